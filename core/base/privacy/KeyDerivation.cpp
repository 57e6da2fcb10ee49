#include "KeyDerivation.h"

#include <sodium.h>

namespace relay::core {

QByteArray randomSalt()
{
    QByteArray salt(static_cast<qsizetype>(kSaltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltSize);
    return salt;
}

Result<SecretBytes> deriveKey(
    const SecretBytes &passphrase, const QByteArray &salt, const KdfParams &params)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::NoPassphrase, {});
    if (static_cast<std::size_t>(salt.size()) != crypto_pwhash_SALTBYTES)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the workspace salt has the wrong size"));
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN
        || params.memLimitBytes > quint64 { 4 } * 1024 * 1024 * 1024) {
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("Argon2id parameters out of range"));
    }
    SecretBytes key(kKeySize);
    const int rc = crypto_pwhash(key.data(), key.size(),
        reinterpret_cast<const char *>(passphrase.data()), passphrase.size(),
        reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
        static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Io, QStringLiteral("Argon2id ran out of memory"));
    return key;
}

QByteArray keyCheck(const SecretBytes &key)
{
    static constexpr char context[] = "relayaudit key check v1";
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()),
        static_cast<std::size_t>(out.size()), reinterpret_cast<const unsigned char *>(context),
        sizeof(context) - 1, key.data(), key.size());
    return out;
}

} // namespace relay::core
