#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QString>

#include <functional>

namespace relay::core {

// Where workspace keys live when they are not derived from a passphrase.
// Asynchronous, because the OS keychain answers over D-Bus; handlers run on
// the calling thread's event loop.
class SecretStore
{
public:
    using ReadHandler = std::function<void(Result<SecretBytes>)>;
    using DoneHandler = std::function<void(Status)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &name, ReadHandler handler) = 0;
    virtual void write(const QString &name, const SecretBytes &secret, DoneHandler handler) = 0;
    virtual void remove(const QString &name, DoneHandler handler) = 0;
};

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager). Never falls back to a plain file.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr const char *kService = "org.relayaudit.RelayAudit";

    void read(const QString &name, ReadHandler handler) override;
    void write(const QString &name, const SecretBytes &secret, DoneHandler handler) override;
    void remove(const QString &name, DoneHandler handler) override;
};

// For machines without a keychain (headless, CI) or when
// RELAYAUDIT_NO_KEYCHAIN=1: every call fails with ErrorCode::Keychain, so
// callers take the passphrase path.
class UnavailableSecretStore final : public SecretStore
{
public:
    void read(const QString &name, ReadHandler handler) override;
    void write(const QString &name, const SecretBytes &secret, DoneHandler handler) override;
    void remove(const QString &name, DoneHandler handler) override;
};

} // namespace relay::core
