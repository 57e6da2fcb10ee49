#include "Jwt.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace relay::core::jwt {

namespace {

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using MdContext = std::unique_ptr<EVP_MD_CTX, MdFree>;

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// OpenSSL's own prompt would read the terminal; an encrypted key is refused instead.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

Bio memoryBio(const void *data, std::size_t size)
{
    return Bio(BIO_new_mem_buf(data, static_cast<int>(size)));
}

} // namespace

Result<QByteArray> signRs256(const Claims &claims, const SecretBytes &privateKeyPem)
{
    if (privateKeyPem.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the JWT signing key is empty"));
    const QByteArrayView pem(reinterpret_cast<const char *>(privateKeyPem.data()),
        static_cast<qsizetype>(privateKeyPem.size()));
    if (pem.contains(QByteArrayView("ENCRYPTED")))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the JWT signing key is encrypted; give an unencrypted PEM key (openssl "
                           "pkey -in KEY -out PLAIN)"));
    Bio bio = memoryBio(privateKeyPem.data(), privateKeyPem.size());
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the JWT signing key is not a PEM private key"));
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the JWT signing key is not an RSA key (RS256 needs RSA)"));

    const QByteArray header = QByteArrayLiteral(R"({"alg":"RS256"})").toBase64(kBase64Url);
    const QJsonObject body { { QStringLiteral("iss"), claims.issuer },
        { QStringLiteral("sub"), claims.subject }, { QStringLiteral("aud"), claims.audience },
        { QStringLiteral("exp"), claims.expires.toSecsSinceEpoch() } };
    const QByteArray signingInput
        = header + '.' + QJsonDocument(body).toJson(QJsonDocument::Compact).toBase64(kBase64Url);

    MdContext ctx(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(signingInput.constData()),
               static_cast<std::size_t>(signingInput.size()))
            != 1) {
        return makeError(
            ErrorCode::Io, QStringLiteral("OpenSSL could not start an RS256 signature"));
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(signingInput.constData()),
            static_cast<std::size_t>(signingInput.size()))
        != 1) {
        return makeError(ErrorCode::Io, QStringLiteral("OpenSSL could not sign the JWT"));
    }
    signature.truncate(static_cast<qsizetype>(length));
    return QByteArray(signingInput + '.' + signature.toBase64(kBase64Url));
}

Result<SecretBytes> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("no key file at %1").arg(path));
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the key file %1 is open to other users; chmod 600 it first").arg(path));
#endif
    if (QFileInfo(path).size() > 64 * 1024)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("%1 is too large for a PEM key").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    SecretBytes key = SecretBytes::fromUtf8(bytes);
    bytes.fill('\0');
    if (!key.isEmpty()
        && !QByteArrayView(
            reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size()))
                .contains(QByteArrayView("-----BEGIN ")))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not a PEM file").arg(path));
    return key;
}

Result<QJsonObject> verifyRs256(
    const QByteArray &assertion, const QByteArray &publicKeyOrCertificatePem)
{
    const QList<QByteArray> parts = assertion.split('.');
    if (parts.size() != 3)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("a JWT has three dot-separated parts"));
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decode(parts.at(0));
    const auto claims = decode(parts.at(1));
    const auto signature = decode(parts.at(2));
    if (!header || !claims || !signature)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a JWT part is not base64url"));
    if (QJsonDocument::fromJson(*header).object().value(QStringLiteral("alg")).toString()
        != QLatin1String("RS256"))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the JWT is not RS256"));
    const QJsonDocument claimsJson = QJsonDocument::fromJson(*claims);
    if (!claimsJson.isObject())
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the JWT claims are not a JSON object"));

    Key key;
    if (Bio bio = memoryBio(publicKeyOrCertificatePem.constData(),
            static_cast<std::size_t>(publicKeyOrCertificatePem.size()))) {
        if (publicKeyOrCertificatePem.contains("CERTIFICATE")) {
            std::unique_ptr<X509, X509Free> cert(
                PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (cert)
                key.reset(X509_get_pubkey(cert.get()));
        } else {
            key.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
        }
    }
    if (!key)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("no public key or certificate to check the JWT with"));

    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    MdContext ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return makeError(ErrorCode::Io, QStringLiteral("OpenSSL could not start an RS256 check"));
    if (EVP_DigestVerify(ctx.get(),
            reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
            static_cast<std::size_t>(signature.decoded.size()),
            reinterpret_cast<const unsigned char *>(signingInput.constData()),
            static_cast<std::size_t>(signingInput.size()))
        != 1) {
        return makeError(
            ErrorCode::WrongKey, QStringLiteral("the JWT signature does not match the key"));
    }
    return claimsJson.object();
}

} // namespace relay::core::jwt
