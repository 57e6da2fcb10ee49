#include "WebhookSignatures.h"

#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <sodium.h>

#include <algorithm>

namespace relay::core::webhooks {

QList<QPair<QString, QString>> parseForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> pairs;
    for (QByteArray part : body.split('&')) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        pairs.append({ QUrl::fromPercentEncoding(part.left(eq < 0 ? part.size() : eq)),
            eq < 0 ? QString() : QUrl::fromPercentEncoding(part.mid(eq + 1)) });
    }
    return pairs;
}

QByteArray twilioSignature(const QByteArray &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters)
{
    // Names in byte order (the libraries sort the raw strings).
    QMap<QByteArray, QList<QByteArray>> byName;
    for (const auto &[name, value] : parameters)
        byName[name.toUtf8()].append(value.toUtf8());
    QByteArray data = url.toUtf8();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QList<QByteArray> values = it.value();
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (const QByteArray &value : std::as_const(values))
            data += it.key() + value;
    }
    return QMessageAuthenticationCode::hash(data, authToken, QCryptographicHash::Sha1).toBase64();
}

bool verifyTwilio(const QByteArray &authToken, const QString &url,
    const QList<QPair<QString, QString>> &parameters, const QByteArray &signatureHeader)
{
    const QByteArray expected = twilioSignature(authToken, url, parameters);
    const QByteArray given = signatureHeader.trimmed();
    if (given.isEmpty() || given.size() != expected.size())
        return false;
    return sodium_memcmp(
               expected.constData(), given.constData(), static_cast<std::size_t>(given.size()))
        == 0;
}

namespace {

// The distance in unsigned arithmetic: the header is the sender's, and
// nowSeconds - timestamp overflows for one near -2^63.
bool withinTolerance(qint64 timestamp, qint64 nowSeconds, qint64 toleranceSeconds)
{
    const quint64 distance = timestamp < nowSeconds
        ? static_cast<quint64>(nowSeconds) - static_cast<quint64>(timestamp)
        : static_cast<quint64>(timestamp) - static_cast<quint64>(nowSeconds);
    return toleranceSeconds >= 0 && distance <= static_cast<quint64>(toleranceSeconds);
}

} // namespace

QByteArray intakeSignature(
    const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    return QMessageAuthenticationCode::hash(timestamp + body, secret, QCryptographicHash::Sha256)
        .toBase64();
}

TelnyxResult verifyIntake(const QByteArray &secret, const QByteArray &timestampHeader,
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSeconds,
    qint64 toleranceSeconds)
{
    const QByteArray timestamp = timestampHeader.trimmed();
    bool ok = false;
    const qint64 seconds = timestamp.toLongLong(&ok);
    const QByteArray given = signatureHeader.trimmed();
    if (!ok || given.isEmpty())
        return TelnyxResult::Malformed;
    if (!withinTolerance(seconds, nowSeconds, toleranceSeconds))
        return TelnyxResult::Stale;
    const QByteArray expected = intakeSignature(secret, timestamp, body);
    if (given.size() != expected.size()
        || sodium_memcmp(
               expected.constData(), given.constData(), static_cast<std::size_t>(given.size()))
            != 0)
        return TelnyxResult::BadSignature;
    return TelnyxResult::Valid;
}

TelnyxResult verifyTelnyx(const QByteArray &publicKeyBase64, const QByteArray &timestampHeader,
    const QByteArray &body, const QByteArray &signatureHeader, qint64 nowSeconds,
    qint64 toleranceSeconds)
{
    const QByteArray key = QByteArray::fromBase64(
        publicKeyBase64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return TelnyxResult::BadKey;
    const QByteArray signature = QByteArray::fromBase64(
        signatureHeader.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 timestamp = timestampHeader.trimmed().toLongLong(&ok);
    if (!ok || signature.size() != crypto_sign_BYTES)
        return TelnyxResult::Malformed;
    if (!withinTolerance(timestamp, nowSeconds, toleranceSeconds))
        return TelnyxResult::Stale;
    const QByteArray signedPayload = timestampHeader.trimmed() + '|' + body;
    const int result = crypto_sign_verify_detached(
        reinterpret_cast<const unsigned char *>(signature.constData()),
        reinterpret_cast<const unsigned char *>(signedPayload.constData()),
        static_cast<unsigned long long>(signedPayload.size()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    return result == 0 ? TelnyxResult::Valid : TelnyxResult::BadSignature;
}

QString describe(TelnyxResult result)
{
    switch (result) {
    case TelnyxResult::Valid:
        return QStringLiteral("valid");
    case TelnyxResult::BadSignature:
        return QStringLiteral("the signature does not match the body and timestamp");
    case TelnyxResult::BadKey:
        return QStringLiteral("the configured Telnyx public key is not 32 bytes of base64");
    case TelnyxResult::Stale:
        return QStringLiteral(
            "the timestamp is too far from now (a replay, or a clock off by minutes)");
    case TelnyxResult::Malformed:
        return QStringLiteral("the signature or timestamp header is malformed");
    }
    return {};
}

} // namespace relay::core::webhooks
