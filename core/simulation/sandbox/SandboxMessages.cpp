#include "SandboxMessages.h"

#include "messages/WebhookSignatures.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sodium.h>

namespace relay::core::sandbox {

namespace {

// A fixed seed: the sandbox's Telnyx signing key is the same in every run,
// so an engine can be configured with its public key.
void telnyxKeyPair(unsigned char *publicKey, unsigned char *secretKey)
{
    const QByteArray seed = QCryptographicHash::hash(
        "relayaudit sandbox telnyx webhook key", QCryptographicHash::Sha256);
    crypto_sign_seed_keypair(
        publicKey, secretKey, reinterpret_cast<const unsigned char *>(seed.constData()));
}

QString formValue(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

SandboxMessages::SandboxMessages(quint64 seed, QObject *parent)
    : QObject(parent), m_random(seed) { }

QByteArray SandboxMessages::telnyxPublicKey()
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    telnyxKeyPair(publicKey, secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    return QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toBase64();
}

int SandboxMessages::delay()
{
    return std::uniform_int_distribution<int>(m_behaviour.minDelayMs, m_behaviour.maxDelayMs)(
        m_random);
}

SandboxMessages::Plan SandboxMessages::plan()
{
    std::uniform_real_distribution<double> roll(0, 1);
    Plan p;
    const double outcome = roll(m_random);
    if (outcome < m_behaviour.failed) {
        p.finalStatus = QStringLiteral("failed");
        p.errorCode = 30007;
    } else if (outcome < m_behaviour.failed + m_behaviour.undelivered) {
        p.finalStatus = QStringLiteral("undelivered");
        static const int codes[] = { 30003, 30005, 30006 };
        p.errorCode = codes[std::uniform_int_distribution<int>(0, 2)(m_random)];
    } else {
        p.finalStatus = QStringLiteral("delivered");
    }
    p.duplicate = roll(m_random) < m_behaviour.duplicate;
    p.reorder = roll(m_random) < m_behaviour.reorder;
    return p;
}

QPair<int, QByteArray> SandboxMessages::createTwilio(
    const QString &account, const QByteArray &formBody)
{
    const QUrlQuery form(QString::fromUtf8(formBody));
    const QString to = formValue(form, "To");
    const QString from = formValue(form, "From");
    const QString service = formValue(form, "MessagingServiceSid");
    const QString body = formValue(form, "Body");
    if (to.isEmpty() || (from.isEmpty() && service.isEmpty()) || body.isEmpty()) {
        return { 400,
            QJsonDocument(
                QJsonObject { { QStringLiteral("code"), 21604 },
                    { QStringLiteral("message"),
                        QStringLiteral("A 'To' phone number, a 'From' "
                                       "or MessagingServiceSid and a Body are required.") },
                    { QStringLiteral("status"), 400 } })
                .toJson(QJsonDocument::Compact) };
    }
    ++m_created;
    ++m_createdFor[to];
    m_lastText = body;
    const QString sid = QStringLiteral("SM%1").arg(QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(m_created) + account.toUtf8()
                                     + QByteArray::number(quint64(m_random()))),
            QCryptographicHash::Md5)
            .toHex()));
    const QUrl callback(formValue(form, "StatusCallback"));
    if (callback.isValid() && !callback.isEmpty())
        scheduleTwilio(
            callback, account, sid, from.isEmpty() ? QStringLiteral("+15550100001") : from, to);
    const QJsonObject message {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("account_sid"), account },
        { QStringLiteral("to"), to },
        { QStringLiteral("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from) },
        { QStringLiteral("messaging_service_sid"),
            service.isEmpty() ? QJsonValue() : QJsonValue(service) },
        { QStringLiteral("body"), body },
        { QStringLiteral("status"),
            service.isEmpty() ? QStringLiteral("queued") : QStringLiteral("accepted") },
        { QStringLiteral("num_segments"), QStringLiteral("1") },
        { QStringLiteral("direction"), QStringLiteral("outbound-api") },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("error_code"), QJsonValue() },
        { QStringLiteral("error_message"), QJsonValue() },
        { QStringLiteral("uri"),
            QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(account, sid) },
    };
    return { 201, QJsonDocument(message).toJson(QJsonDocument::Compact) };
}

QPair<int, QByteArray> SandboxMessages::createTelnyx(const QByteArray &jsonBody)
{
    const QJsonObject request = QJsonDocument::fromJson(jsonBody).object();
    const QString from = request.value(QStringLiteral("from")).toString();
    const QString to = request.value(QStringLiteral("to")).toString();
    const QString text = request.value(QStringLiteral("text")).toString();
    if (from.isEmpty() || to.isEmpty() || text.isEmpty()) {
        return { 422,
            QJsonDocument(
                QJsonObject { { QStringLiteral("errors"),
                    QJsonArray { QJsonObject { { QStringLiteral("code"), QStringLiteral("10005") },
                        { QStringLiteral("title"), QStringLiteral("Invalid parameter") },
                        { QStringLiteral("detail"),
                            QStringLiteral("from, to and text are required") } } } } })
                .toJson(QJsonDocument::Compact) };
    }
    ++m_created;
    ++m_createdFor[to];
    m_lastText = text;
    const QByteArray raw = QCryptographicHash::hash(
        QByteArray(QByteArray::number(m_created) + QByteArray::number(quint64(m_random()))),
        QCryptographicHash::Md5)
                               .toHex();
    const QString id = QString::fromLatin1(raw.mid(0, 8) + '-' + raw.mid(8, 4) + "-4"
        + raw.mid(13, 3) + "-8" + raw.mid(17, 3) + '-' + raw.mid(20, 12));
    const QUrl webhook(request.value(QStringLiteral("webhook_url")).toString());
    if (webhook.isValid() && !webhook.isEmpty())
        scheduleTelnyx(webhook, id, from, to);
    const QJsonObject data {
        { QStringLiteral("record_type"), QStringLiteral("message") },
        { QStringLiteral("direction"), QStringLiteral("outbound") },
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("SMS") },
        { QStringLiteral("from"), QJsonObject { { QStringLiteral("phone_number"), from } } },
        { QStringLiteral("to"),
            QJsonArray { QJsonObject { { QStringLiteral("phone_number"), to },
                { QStringLiteral("status"), QStringLiteral("queued") } } } },
        { QStringLiteral("text"), text },
        { QStringLiteral("parts"), 1 },
    };
    return { 200,
        QJsonDocument(QJsonObject { { QStringLiteral("data"), data } })
            .toJson(QJsonDocument::Compact) };
}

void SandboxMessages::scheduleTwilio(const QUrl &callback, const QString &account,
    const QString &sid, const QString &from, const QString &to)
{
    const Plan p = plan();
    // The parameters Twilio posts, recipient included: the receiver must
    // verify them whole and keep nothing of the recipient.
    const auto params = [account, sid, from, to](const QString &status, int errorCode) {
        QList<QPair<QString, QString>> list {
            { QStringLiteral("AccountSid"), account },
            { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
            { QStringLiteral("From"), from },
            { QStringLiteral("To"), to },
            { QStringLiteral("MessageSid"), sid },
            { QStringLiteral("SmsSid"), sid },
            { QStringLiteral("MessageStatus"), status },
            { QStringLiteral("SmsStatus"), status },
        };
        if (errorCode != 0)
            list.append({ QStringLiteral("ErrorCode"), QString::number(errorCode) });
        return list;
    };
    const int sentAt = delay();
    const int finalAt = p.reorder ? sentAt / 2 : sentAt + delay();
    QTimer::singleShot(sentAt, this,
        [this, callback, params] { postTwilio(callback, params(QStringLiteral("sent"), 0)); });
    QTimer::singleShot(finalAt, this,
        [this, callback, params, p] { postTwilio(callback, params(p.finalStatus, p.errorCode)); });
    if (p.duplicate) {
        QTimer::singleShot(finalAt + delay(), this, [this, callback, params, p] {
            postTwilio(callback, params(p.finalStatus, p.errorCode));
        });
    }
}

void SandboxMessages::scheduleTelnyx(
    const QUrl &webhook, const QString &id, const QString &from, const QString &to)
{
    const Plan p = plan();
    const QString finalStatus = p.finalStatus == QLatin1String("delivered")
        ? QStringLiteral("delivered")
        : p.finalStatus == QLatin1String("failed") ? QStringLiteral("sending_failed")
                                                   : QStringLiteral("delivery_failed");
    const int errorCode = p.finalStatus == QLatin1String("delivered")
        ? 0
        : (p.finalStatus == QLatin1String("failed") ? 40002 : 40300);
    const auto event = [id, from, to](const QString &type, const QString &status, int code) {
        QJsonObject payload { { QStringLiteral("id"), id },
            { QStringLiteral("record_type"), QStringLiteral("message") },
            { QStringLiteral("from"), QJsonObject { { QStringLiteral("phone_number"), from } } },
            { QStringLiteral("to"),
                QJsonArray { QJsonObject { { QStringLiteral("phone_number"), to },
                    { QStringLiteral("status"), status } } } },
            { QStringLiteral("errors"),
                code == 0
                    ? QJsonArray()
                    : QJsonArray { QJsonObject { { QStringLiteral("code"), QString::number(code) },
                        { QStringLiteral("title"), QStringLiteral("Delivery failed") } } } } };
        const QJsonObject data { { QStringLiteral("event_type"), type },
            { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("occurred_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
            { QStringLiteral("payload"), payload },
            { QStringLiteral("record_type"), QStringLiteral("event") } };
        return QJsonDocument(
            QJsonObject { { QStringLiteral("data"), data },
                { QStringLiteral("meta"), QJsonObject { { QStringLiteral("attempt"), 1 } } } })
            .toJson(QJsonDocument::Compact);
    };
    const int sentAt = delay();
    const int finalAt = p.reorder ? sentAt / 2 : sentAt + delay();
    QTimer::singleShot(sentAt, this, [this, webhook, event] {
        postTelnyx(webhook, event(QStringLiteral("message.sent"), QStringLiteral("sent"), 0));
    });
    QTimer::singleShot(finalAt, this, [this, webhook, event, finalStatus, errorCode] {
        postTelnyx(webhook, event(QStringLiteral("message.finalized"), finalStatus, errorCode));
    });
    if (p.duplicate) {
        QTimer::singleShot(finalAt + delay(), this, [this, webhook, event, finalStatus, errorCode] {
            postTelnyx(webhook, event(QStringLiteral("message.finalized"), finalStatus, errorCode));
        });
    }
}

void SandboxMessages::postTwilio(const QUrl &callback, const QList<QPair<QString, QString>> &params)
{
    QUrlQuery form;
    for (const auto &[name, value] : params)
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(callback);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("X-Twilio-Signature",
        webhooks::twilioSignature(SandboxServer::twilioAuthToken(), callback.toString(), params));
    ++m_callbacks;
    QString sid, status;
    for (const auto &[name, value] : params) {
        if (name == QLatin1String("MessageSid"))
            sid = value;
        else if (name == QLatin1String("MessageStatus"))
            status = value;
    }
    QNetworkReply *reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, sid, status] {
        const int answer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer == 403)
            ++m_rejected;
        if (answer >= 200 && answer < 300)
            m_acknowledged[sid].append(status);
        reply->deleteLater();
    });
}

namespace {

// A Telnyx webhook request: signed with Ed25519 over timestamp|body.
QNetworkRequest telnyxRequest(const QUrl &webhook, const QByteArray &body)
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    telnyxKeyPair(publicKey, secretKey);
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray signedPayload = timestamp + '|' + body;
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr,
        reinterpret_cast<const unsigned char *>(signedPayload.constData()),
        static_cast<unsigned long long>(signedPayload.size()), secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    QNetworkRequest request(webhook);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("telnyx-timestamp", timestamp);
    request.setRawHeader("telnyx-signature-ed25519",
        QByteArray(reinterpret_cast<const char *>(signature), sizeof signature).toBase64());
    return request;
}

} // namespace

void SandboxMessages::postTelnyx(const QUrl &webhook, const QByteArray &body)
{
    ++m_callbacks;
    const QJsonObject payload = QJsonDocument::fromJson(body)
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("payload"))
                                    .toObject();
    const QString id = payload.value(QStringLiteral("id")).toString();
    const QString status = payload.value(QStringLiteral("to"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("status"))
                               .toString();
    QNetworkReply *reply = m_network.post(telnyxRequest(webhook, body), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, status] {
        const int answer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer == 403)
            ++m_rejected;
        if (answer >= 200 && answer < 300)
            m_acknowledged[id].append(status);
        reply->deleteLater();
    });
}

QString SandboxMessages::receive(const QString &provider, const QString &account,
    const QUrl &webhook, const QString &from, const QString &to, const QString &text,
    int deliveries)
{
    const QByteArray raw
        = QCryptographicHash::hash(QByteArray("inbound" + QByteArray::number(m_held.size())
                                       + QByteArray::number(quint64(m_random()))),
            QCryptographicHash::Md5)
              .toHex();
    const bool twilio = provider == QLatin1String("twilio");
    QString id = twilio ? QStringLiteral("SM") + QString::fromLatin1(raw)
                        : QString::fromLatin1(raw.mid(0, 8) + '-' + raw.mid(8, 4) + "-4"
                            + raw.mid(13, 3) + "-8" + raw.mid(17, 3) + '-' + raw.mid(20, 12));
    m_held.insert(id, { provider, account, from, to, text, QDateTime::currentDateTimeUtc() });
    for (int i = 0; i < deliveries; ++i)
        QTimer::singleShot(i * delay(), this, [this, webhook, id] { postInbound(webhook, id); });
    return id;
}

QJsonObject SandboxMessages::heldTwilio(const QString &sid) const
{
    const auto it = m_held.constFind(sid);
    if (it == m_held.constEnd() || it->provider != QLatin1String("twilio"))
        return {};
    const QString date = it->at.toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
    return QJsonObject { { QStringLiteral("sid"), sid },
        { QStringLiteral("account_sid"), it->account }, { QStringLiteral("from"), it->from },
        { QStringLiteral("to"), it->to }, { QStringLiteral("body"), it->text },
        { QStringLiteral("status"), QStringLiteral("received") },
        { QStringLiteral("direction"), QStringLiteral("inbound") },
        { QStringLiteral("num_media"), QStringLiteral("0") },
        { QStringLiteral("num_segments"), QStringLiteral("1") },
        { QStringLiteral("date_created"), date }, { QStringLiteral("date_sent"), date },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("uri"),
            QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(it->account, sid) } };
}

QJsonObject SandboxMessages::heldTelnyx(const QString &id) const
{
    const auto it = m_held.constFind(id);
    if (it == m_held.constEnd() || it->provider != QLatin1String("telnyx"))
        return {};
    return QJsonObject { { QStringLiteral("record_type"), QStringLiteral("message") },
        { QStringLiteral("direction"), QStringLiteral("inbound") }, { QStringLiteral("id"), id },
        { QStringLiteral("type"), QStringLiteral("SMS") },
        { QStringLiteral("messaging_profile_id"), it->account },
        { QStringLiteral("from"), QJsonObject { { QStringLiteral("phone_number"), it->from } } },
        { QStringLiteral("to"),
            QJsonArray { QJsonObject { { QStringLiteral("phone_number"), it->to },
                { QStringLiteral("status"), QStringLiteral("webhook_delivered") } } } },
        { QStringLiteral("text"), it->text }, { QStringLiteral("media"), QJsonArray() },
        { QStringLiteral("parts"), 1 },
        { QStringLiteral("received_at"), it->at.toString(Qt::ISODateWithMs) } };
}

void SandboxMessages::postInbound(const QUrl &webhook, const QString &id)
{
    const auto it = m_held.constFind(id);
    if (it == m_held.constEnd())
        return;
    QNetworkReply *reply = nullptr;
    if (it->provider == QLatin1String("twilio")) {
        // What Twilio posts for an incoming SMS (the fields Relay Audit
        // reads, and the others a real webhook carries).
        const QList<QPair<QString, QString>> params { { QStringLiteral("ToCountry"),
                                                          QStringLiteral("US") },
            { QStringLiteral("SmsMessageSid"), id },
            { QStringLiteral("NumMedia"), QStringLiteral("0") }, { QStringLiteral("SmsSid"), id },
            { QStringLiteral("SmsStatus"), QStringLiteral("received") },
            { QStringLiteral("Body"), it->text }, { QStringLiteral("To"), it->to },
            { QStringLiteral("NumSegments"), QStringLiteral("1") },
            { QStringLiteral("MessageSid"), id }, { QStringLiteral("AccountSid"), it->account },
            { QStringLiteral("From"), it->from },
            { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") } };
        QUrlQuery form;
        for (const auto &[name, value] : params)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QNetworkRequest request(webhook);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("X-Twilio-Signature",
            webhooks::twilioSignature(
                SandboxServer::twilioAuthToken(), webhook.toString(), params));
        reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    } else {
        QJsonObject payload = heldTelnyx(id);
        payload.remove(QStringLiteral("received_at"));
        const QJsonObject data { { QStringLiteral("event_type"),
                                     QStringLiteral("message.received") },
            { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("occurred_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
            { QStringLiteral("payload"), payload },
            { QStringLiteral("record_type"), QStringLiteral("event") } };
        const QByteArray body = QJsonDocument(
            QJsonObject { { QStringLiteral("data"), data },
                { QStringLiteral("meta"),
                    QJsonObject { { QStringLiteral("attempt"), 1 },
                        { QStringLiteral("delivered_to"), webhook.toString() } } } })
                                    .toJson(QJsonDocument::Compact);
        reply = m_network.post(telnyxRequest(webhook, body), body);
    }
    ++m_inboundPosted;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        const int answer = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++m_inboundAnswers[answer];
        if (answer == 200)
            m_inboundAcknowledged.insert(id);
        reply->deleteLater();
    });
}

} // namespace relay::core::sandbox
