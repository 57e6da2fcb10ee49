#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace relay::core {

// What went wrong, as a code the UI and the CLI turn into translated text in
// one place (errorMessage()), plus an untranslated technical detail that may
// name a file or an SQL statement but never a secret or personal data.
enum class ErrorCode {
    Io, // a file or directory could not be read or written
    WrongKey, // wrong passphrase or key, or not a Relay Audit workspace
    Corrupt, // the key is right but the database is damaged
    NotEncrypted, // a plain SQLite file where an encrypted one belongs
    NotFound, // no workspace (or no such object) where one was expected
    AlreadyExists, // refusing to overwrite
    Sql, // an SQLite error that is none of the above
    Keychain, // the OS keychain did not answer or refused
    NoPassphrase, // a passphrase is needed and none was given
    NoCredentials, // a provider's or an org's credentials are needed and none were found
    InvalidInput, // bad arguments or malformed input
    Migration, // a schema migration failed or the file is from a newer version
    Cancelled,
    Busy, // another process kept the workspace locked for longer than we wait
    Remote, // a remote service (a provider, a Salesforce org) refused or could not be reached
};

struct Error {
    ErrorCode code;
    QString detail;
};

// A value or an Error. Deliberately small: what std::expected will be once
// the project moves past C++20.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    // By value, so `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error { ErrorCode::Io, {} };
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString detail)
{
    return Error { code, std::move(detail) };
}

// A stable name for a code ("wrong-key"), for JSON output and the activity log.
QString errorCodeName(ErrorCode code);

// The one place codes become sentences. Translated through the "relay::core"
// context, so the CLI and the GUI show the same words.
QString errorMessage(const Error &error);

} // namespace relay::core
