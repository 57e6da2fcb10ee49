#pragma once

#include "Result.h"
#include "privacy/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace relay::core {

// The OAuth 2.0 JWT bearer assertion Salesforce takes at its token endpoint
// (grant_type urn:ietf:params:oauth:grant-type:jwt-bearer): header
// {"alg":"RS256"}, claims iss (the connected app's consumer key), sub (the
// username), aud (https://login.salesforce.com, https://test.salesforce.com
// or the Experience Cloud site URL) and exp (Salesforce takes at most three
// minutes ahead), each part base64url without padding, signed RSASSA-PKCS1-
// v1_5 with SHA-256 by the key whose certificate the connected app holds.
namespace jwt {

inline constexpr int kLifetimeSeconds = 180;

struct Claims {
    QString issuer; // iss: the consumer key
    QString subject; // sub: the Salesforce username
    QString audience; // aud
    QDateTime expires;
};

// `privateKeyPem`: an unencrypted PKCS#8 or PKCS#1 RSA key in PEM. An
// encrypted key, another key type or broken PEM is an error that says which.
[[nodiscard]] Result<QByteArray> signRs256(const Claims &claims, const SecretBytes &privateKeyPem);

// Reads a signing key file: at most 64 KiB, and (on POSIX) readable by its
// owner only, as ssh insists for its keys; the bytes go straight into
// locked memory and the read buffer is wiped.
[[nodiscard]] Result<SecretBytes> readKeyFile(const QString &path);

// For the sandbox's stand-in org and the tests: checks the signature
// against `publicKeyOrCertificatePem` (a PUBLIC KEY or a CERTIFICATE, as a
// connected app holds it) and returns the claims. The header must say RS256.
[[nodiscard]] Result<QJsonObject> verifyRs256(
    const QByteArray &assertion, const QByteArray &publicKeyOrCertificatePem);

} // namespace jwt

} // namespace relay::core
