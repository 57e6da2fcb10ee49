#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace relay::core {

// Provider webhook authentication, as the providers document it.
namespace webhooks {

// An application/x-www-form-urlencoded body (Twilio's callbacks), pairs in
// order, '+' read as a space.
QList<QPair<QString, QString>> parseForm(const QByteArray &body);

// Twilio: X-Twilio-Signature is base64(HMAC-SHA1(auth token, URL + the POST
// parameters sorted by name, each as name then value)). The URL is the full
// URL Twilio called, exactly (scheme, host as written, port, path, query).
// Repeated names: their values sorted and de-duplicated, as Twilio's own
// libraries do.
QByteArray twilioSignature(const QByteArray &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters);
// Constant-time comparison; an empty or malformed header fails.
bool verifyTwilio(const QByteArray &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters, const QByteArray &signatureHeader);

// Telnyx: telnyx-signature-ed25519 is base64(Ed25519 signature of
// "<telnyx-timestamp>|<raw body>") under the account's public key (base64,
// 32 bytes). A timestamp further than `toleranceSeconds` from now is stale
// and fails, so a captured webhook cannot be replayed later.
enum class TelnyxResult { Valid, BadSignature, BadKey, Stale, Malformed };
TelnyxResult verifyTelnyx(const QByteArray &publicKeyBase64, const QByteArray &timestampHeader,
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSeconds,
    qint64 toleranceSeconds = 300);
QString describe(TelnyxResult result);

// The managed package's callout to `engine serve` (POST /salesforce/sms):
// X-Relay-Signature is base64(HMAC-SHA256(the org's intake secret,
// X-Relay-Timestamp + body)), what Apex computes with
// EncodingUtil.base64Encode(Crypto.generateMac('hmacSHA256',
// Blob.valueOf(timestamp + body), Blob.valueOf(secret))). The timestamp is
// Unix seconds; one further than toleranceSeconds from now is stale.
QByteArray intakeSignature(
    const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body);
// Valid, BadSignature, Stale or Malformed (never BadKey); constant-time.
TelnyxResult verifyIntake(const QByteArray &secret, const QByteArray &timestampHeader,
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSeconds,
    qint64 toleranceSeconds = 300);

} // namespace webhooks

} // namespace relay::core
