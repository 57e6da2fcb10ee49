#include "ProviderCredentials.h"

#include "privacy/SecretStore.h"

#include <cstring>

namespace relay::core {

QString ProviderCredentials::entryName(ProviderPull::Provider provider, const QString &account)
{
    if (provider == ProviderPull::Provider::Telnyx)
        return QStringLiteral("provider-telnyx");
    return QStringLiteral("provider-twilio:") + account;
}

void ProviderCredentials::store(SecretStore &store, ProviderPull::Provider provider,
    const QString &account, const ProviderPull::Credentials &credentials, Done done)
{
    // "user\n" + secret, in locked memory; Telnyx has no user.
    const QByteArray user = credentials.user.toUtf8();
    SecretBytes packed(static_cast<std::size_t>(user.size()) + 1 + credentials.secret.size());
    std::memcpy(packed.data(), user.constData(), static_cast<std::size_t>(user.size()));
    packed.data()[user.size()] = '\n';
    std::memcpy(
        packed.data() + user.size() + 1, credentials.secret.data(), credentials.secret.size());
    store.write(entryName(provider, account), packed, std::move(done));
}

void ProviderCredentials::load(
    SecretStore &store, ProviderPull::Provider provider, const QString &account, Loaded loaded)
{
    store.read(
        entryName(provider, account), [loaded = std::move(loaded)](Result<SecretBytes> packed) {
            if (!packed) {
                loaded(packed.error());
                return;
            }
            const unsigned char *data = packed->data();
            const std::size_t size = packed->size();
            const auto *newline = static_cast<const unsigned char *>(std::memchr(data, '\n', size));
            if (!newline) {
                loaded(makeError(ErrorCode::Keychain,
                    QStringLiteral("the keychain entry is not in Relay Audit's format")));
                return;
            }
            ProviderPull::Credentials credentials;
            credentials.user
                = QString::fromUtf8(reinterpret_cast<const char *>(data), newline - data);
            credentials.secret
                = SecretBytes(newline + 1, size - static_cast<std::size_t>(newline - data) - 1);
            loaded(std::move(credentials));
        });
}

void ProviderCredentials::remove(
    SecretStore &store, ProviderPull::Provider provider, const QString &account, Done done)
{
    store.remove(entryName(provider, account), std::move(done));
}

} // namespace relay::core
