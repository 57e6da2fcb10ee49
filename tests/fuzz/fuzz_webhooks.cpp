// Provider webhooks as StatusServer receives them.
//
// The input is newline-separated fields:
//   1 Twilio auth token          2 the URL Twilio called
//   3 the form body (x-www-form-urlencoded)
//   4 X-Twilio-Signature         5 Telnyx public key (base64)
//   6 telnyx-timestamp           7 telnyx-signature-ed25519
//   8... the Telnyx JSON body (the rest, newlines included)
//
// Twilio: the form is split by webhooks::parseForm() (as StatusServer does),
// then verifyTwilio() with the given header, and
// with the signature twilioSignature() makes, which must verify (also with
// the parameters in another order) while a changed one must not.
// Telnyx: verifyTelnyx() with the given key/timestamp/signature, then with a
// fixed key pair signing "<timestamp>|<body>", which must be Valid at that
// time, Stale far from it, and BadSignature for another body. The JSON body
// is read the way StatusServer::telnyx() reads it.

#include "FuzzSupport.h"
#include "messages/WebhookSignatures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <sodium.h>

#include <algorithm>
#include <limits>

using namespace relay;
using namespace relay::core;

namespace {

unsigned char g_public[crypto_sign_PUBLICKEYBYTES];
unsigned char g_secret[crypto_sign_SECRETKEYBYTES];

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    if (sodium_init() < 0)
        std::abort();
    unsigned char seed[crypto_sign_SEEDBYTES] = {};
    for (std::size_t i = 0; i < sizeof seed; ++i)
        seed[i] = static_cast<unsigned char>(i * 13 + 1);
    crypto_sign_seed_keypair(g_public, g_secret, seed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::vector<QByteArray> f = fuzz::split(data, size, '\n', 8);
    const QByteArray &token = f[0];
    const QString url = QString::fromUtf8(f[1]);
    const QByteArray &formBody = f[2];
    const QByteArray &twilioHeader = f[3];
    const QByteArray &telnyxKey = f[4];
    const QByteArray &timestamp = f[5];
    const QByteArray &telnyxHeader = f[6];
    const QByteArray &body = f[7];

    // Twilio.
    QList<QPair<QString, QString>> form = webhooks::parseForm(formBody);
    (void)webhooks::verifyTwilio(token, url, form, twilioHeader);
    const QByteArray signature = webhooks::twilioSignature(token, url, form);
    FUZZ_CHECK(signature.size() == 28); // base64 of 20 bytes
    FUZZ_CHECK(webhooks::verifyTwilio(token, url, form, signature));
    FUZZ_CHECK(webhooks::verifyTwilio(token, url, form, " " + signature + "\r\n"));
    QList<QPair<QString, QString>> reversed(form.rbegin(), form.rend());
    FUZZ_CHECK(webhooks::twilioSignature(token, url, reversed) == signature);
    QByteArray changed = signature;
    changed[0] = changed[0] == 'A' ? 'B' : 'A';
    FUZZ_CHECK(!webhooks::verifyTwilio(token, url, form, changed));
    FUZZ_CHECK(!webhooks::verifyTwilio(token, url, form, QByteArray()));
    if (!twilioHeader.trimmed().isEmpty() && twilioHeader.trimmed() != signature)
        FUZZ_CHECK(!webhooks::verifyTwilio(token, url, form, twilioHeader));

    // Telnyx, with what the request says.
    const qint64 now = 1732104000; // 2024-11-20T12:00:00Z
    const auto verdict = webhooks::verifyTelnyx(telnyxKey, timestamp, body, telnyxHeader, now);
    FUZZ_CHECK(!webhooks::describe(verdict).isEmpty());
    FUZZ_CHECK(webhooks::verifyTelnyx(telnyxKey, timestamp, body, telnyxHeader, now, 0)
            != webhooks::TelnyxResult::Valid
        || verdict == webhooks::TelnyxResult::Valid);

    // Telnyx, signed with our key.
    const QByteArray publicKey
        = QByteArray(reinterpret_cast<const char *>(g_public), sizeof g_public).toBase64();
    const QByteArray payload = timestamp.trimmed() + '|' + body;
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char *>(payload.constData()),
        static_cast<unsigned long long>(payload.size()), g_secret);
    const QByteArray sigHeader
        = QByteArray(reinterpret_cast<const char *>(sig), sizeof sig).toBase64();
    bool numeric = false;
    const qint64 when = timestamp.trimmed().toLongLong(&numeric);
    const auto ours
        = webhooks::verifyTelnyx(publicKey, timestamp, body, sigHeader, numeric ? when : now);
    if (numeric) {
        FUZZ_CHECK(ours == webhooks::TelnyxResult::Valid);
        FUZZ_CHECK(webhooks::verifyTelnyx(publicKey, timestamp, body + 'x', sigHeader, when)
            == webhooks::TelnyxResult::BadSignature);
        if (when > std::numeric_limits<qint64>::min() + 100000
            && when < std::numeric_limits<qint64>::max() - 100000) {
            FUZZ_CHECK(webhooks::verifyTelnyx(publicKey, timestamp, body, sigHeader, when + 301)
                == webhooks::TelnyxResult::Stale);
            FUZZ_CHECK(webhooks::verifyTelnyx(publicKey, timestamp, body, sigHeader, when - 300)
                == webhooks::TelnyxResult::Valid);
        }
    } else {
        FUZZ_CHECK(ours == webhooks::TelnyxResult::Malformed);
    }

    // The body as StatusServer::telnyx() reads it once verified.
    const QJsonObject object
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    const QJsonObject payloadObject = object.value(QStringLiteral("payload")).toObject();
    const QString id = payloadObject.value(QStringLiteral("id")).toString();
    const QString status = payloadObject.value(QStringLiteral("to"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("status"))
                               .toString();
    const QString code = payloadObject.value(QStringLiteral("errors"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    const QDateTime at = QDateTime::fromString(
        object.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    (void)id;
    (void)status;
    (void)code.toInt();
    (void)at.toUTC();
    return 0;
}
