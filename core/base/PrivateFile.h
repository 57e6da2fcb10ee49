#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <functional>

namespace relay::core {

// A file only its owner may read (0600), written whole or not at all: the
// content goes to a temporary file beside it (QSaveFile, created 0600 before
// a byte is written), which replaces the target only on commit(). What the
// program writes for a user (exports, reports, signed documents) goes
// through here. Errors name the path.
class PrivateFile
{
public:
    explicit PrivateFile(const QString &path);
    ~PrivateFile(); // uncommitted: the temporary is removed, the target untouched
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    [[nodiscard]] Status open();
    QIODevice &device() { return m_file; }
    [[nodiscard]] Status commit();

    // The three steps for content at hand, or produced by `fill` (which
    // returns what it wrote: rows, bytes); `fill` failing leaves no file.
    [[nodiscard]] static Status write(const QString &path, const QByteArray &bytes);
    template <typename T>
    [[nodiscard]] static Result<T> write(
        const QString &path, const std::function<Result<T>(QIODevice &)> &fill);

private:
    Error failure() const;

    QString m_path;
    QSaveFile m_file;
    bool m_committed = false;
};

template <typename T>
Result<T> PrivateFile::write(const QString &path, const std::function<Result<T>(QIODevice &)> &fill)
{
    PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened.error();
    Result<T> filled = fill(file.device());
    if (!filled)
        return filled;
    if (auto committed = file.commit(); !committed)
        return committed.error();
    return filled;
}

} // namespace relay::core
