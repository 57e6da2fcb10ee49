#include "ProviderKeychain.h"

#include "privacy/SecretStore.h"

#include <cstring>

namespace relay::core {

QString ProviderKeychain::entryName(ProviderKind provider, const QString &account)
{
    if (provider == ProviderKind::Telnyx)
        return QStringLiteral("provider-telnyx");
    return QStringLiteral("provider-twilio:") + account;
}

void ProviderKeychain::store(SecretStore &store, ProviderKind provider, const QString &account,
    const ProviderCredentials &credentials, Done done)
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

void ProviderKeychain::load(
    SecretStore &store, ProviderKind provider, const QString &account, Loaded loaded)
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
            ProviderCredentials credentials;
            credentials.user
                = QString::fromUtf8(reinterpret_cast<const char *>(data), newline - data);
            credentials.secret
                = SecretBytes(newline + 1, size - static_cast<std::size_t>(newline - data) - 1);
            loaded(std::move(credentials));
        });
}

void ProviderKeychain::remove(
    SecretStore &store, ProviderKind provider, const QString &account, Done done)
{
    store.remove(entryName(provider, account), std::move(done));
}

} // namespace relay::core
