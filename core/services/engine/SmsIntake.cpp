#include "SmsIntake.h"

#include "deliveries/Gateways.h"
#include "deliveries/Orgs.h"
#include "deliveries/SmsFields.h"
#include "engine/SendPipeline.h"
#include "messages/WebhookSignatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relay::core {

namespace {

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject result(int index, const QString &id, const char *verdict, const QString &reason = {})
{
    QJsonObject out { { QStringLiteral("index"), index },
        { QStringLiteral("id"), id.isEmpty() ? QJsonValue() : QJsonValue(id) },
        { QStringLiteral("result"), QLatin1String(verdict) } };
    if (!reason.isEmpty())
        out.insert(QStringLiteral("reason"), reason);
    return out;
}

} // namespace

SmsIntake::SmsIntake(Gateways &gateways, SendPipeline &pipeline, Options options)
    : m_gateways(gateways), m_pipeline(pipeline), m_options(std::move(options))
{ }

QByteArray SmsIntake::environmentVariable(const QString &org)
{
    QByteArray name = org.toUpper().toLatin1();
    name.replace('.', '_').replace('-', '_');
    return QByteArrayLiteral("RELAYAUDIT_INTAKE_SECRET_") + name;
}

QString SmsIntake::keychainEntry(const QString &org)
{
    return QStringLiteral("salesforce-intake:") + org;
}

HttpResponse SmsIntake::reject(int status, const QString &reason, QString *rejection)
{
    ++m_counters.rejected;
    *rejection = reason;
    // A 403 tells the caller nothing it could probe with (which orgs are
    // configured, which check failed); the operator's line says.
    HttpResponse answer = json(status,
        { { QStringLiteral("error"),
            status == 403 ? QStringLiteral("refused: an unknown org, or a bad, stale or replayed "
                                           "signature")
                          : reason } });
    // Every org's package calls from Salesforce's few shared addresses: one
    // org's wrong secret must not get the others' callouts throttled. A
    // signature of 32 bytes or more is not guessed by trying.
    answer.countsAsRefusal = false;
    return answer;
}

HttpResponse SmsIntake::handle(const HttpRequest &request, qint64 nowSeconds, QString *rejection)
{
    const QString org = QString::fromUtf8(request.header("x-relay-org")).trimmed();
    // The header is the caller's: it reaches the operator's line only when
    // it is an org's name (letters, digits, '.', '_', '-').
    if (!Orgs::checkName(org).isEmpty())
        return reject(403,
            org.isEmpty() ? QStringLiteral("intake request without an X-Relay-Org header")
                          : QStringLiteral("intake request whose X-Relay-Org is not an org's name"),
            rejection);
    const auto secret = m_options.secrets.value(org);
    if (!secret || secret->size() < kMinSecretBytes)
        return reject(403,
            QStringLiteral("intake request for org '%1', which has no intake secret here").arg(org),
            rejection);
    // A view of the secret, not a copy that would outlive the request.
    const QByteArray key = QByteArray::fromRawData(
        reinterpret_cast<const char *>(secret->data()), static_cast<qsizetype>(secret->size()));
    const QByteArray signature = request.header("x-relay-signature").trimmed();
    const auto verdict = webhooks::verifyIntake(key, request.header("x-relay-timestamp"),
        request.body, signature, nowSeconds, m_options.toleranceSeconds);
    if (verdict != webhooks::TelnyxResult::Valid)
        return reject(403,
            QStringLiteral("intake request for org %1 refused: %2")
                .arg(org, webhooks::describe(verdict)),
            rejection);
    // A signed request is good for the whole window: the same signature a
    // second time is a replay (a retried callout signs anew).
    m_seen.removeIf([&](const auto &entry) {
        return qAbs(nowSeconds - entry.value()) > m_options.toleranceSeconds;
    });
    if (m_seen.contains(signature))
        return reject(403,
            QStringLiteral("intake request for org %1 refused: a replay of a request already "
                           "taken")
                .arg(org),
            rejection);
    m_seen.insert(signature, request.header("x-relay-timestamp").trimmed().toLongLong());

    QJsonParseError parseError {};
    QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue records = document.object().value(QStringLiteral("records"));
    if (parseError.error != QJsonParseError::NoError || !records.isArray())
        return reject(400,
            QStringLiteral("intake request for org %1: the body is not a JSON object with a "
                           "\"records\" array")
                .arg(org),
            rejection);
    const QJsonArray batch = records.toArray();
    document = QJsonDocument();
    if (batch.size() > kMaxRecords)
        return reject(400,
            QStringLiteral("intake request for org %1: %2 records; a callout holds at most %3")
                .arg(org)
                .arg(batch.size())
                .arg(kMaxRecords),
            rejection);

    auto gateways = m_gateways.list();
    if (!gateways)
        return json(500, { { QStringLiteral("error"), errorMessage(gateways.error()) } });
    QHash<QString, Gateways::Gateway> byRecord; // its Gateway record (15 characters)
    for (const Gateways::Gateway &g : std::as_const(gateways.value())) {
        if (g.org == org && !g.recordId.isEmpty())
            byRecord.insert(g.recordId.left(15), g);
    }

    QJsonArray results;
    Counters taken;
    int index = -1;
    for (const QJsonValue &value : batch) {
        ++index;
        const QJsonObject record = value.toObject();
        const QString id = record.value(QStringLiteral("id")).toString();
        const QString gatewayRecord = record.value(QStringLiteral("gateway")).toString();
        // The answer names a record by its place in the batch and, when it
        // has one, its id; it never repeats a value that is not an id.
        QString refusal;
        if (!isSalesforceId(id))
            refusal
                = QStringLiteral("the record has no SMS record id (15 or 18 letters and digits)");
        else if (!isSalesforceId(gatewayRecord) || !byRecord.contains(gatewayRecord.left(15)))
            refusal = QStringLiteral("its gateway is not one of org %1's gateways").arg(org);
        else if (m_inactive.value(org).contains(gatewayRecord.left(15)))
            refusal = QStringLiteral("its gateway %1 is Inactive in org %2")
                          .arg(byRecord.value(gatewayRecord.left(15)).address, org);
        if (!refusal.isEmpty()) {
            ++taken.refused;
            results.append(result(index, isSalesforceId(id) ? id : QString(), "refused", refusal));
            continue;
        }
        const Gateways::Gateway &gateway = byRecord[gatewayRecord.left(15)];
        SendPipeline::Request send;
        send.gateway = gateway.address;
        send.recipient = record.value(QStringLiteral("phone_number")).toString();
        send.text = record.value(QStringLiteral("message")).toString();
        send.sourceRecordId = record.value(QStringLiteral("source_record_id")).toString();
        send.smsRecordId = id;
        send.batchId = record.value(QStringLiteral("batch_group_id")).toString().left(64);
        send.channel = gateway.address.startsWith(QLatin1String("whatsapp:")) ? Channel::WhatsApp
                                                                              : Channel::Sms;
        // send() wipes the number, the text and the source record id.
        auto queued = m_pipeline.send(std::move(send));
        if (queued) {
            ++taken.accepted;
            results.append(result(index, id, "accepted"));
        } else if (queued.error().code == ErrorCode::AlreadyExists) {
            ++taken.duplicates;
            results.append(result(index, id, "duplicate"));
        } else {
            ++taken.refused;
            results.append(result(index, id, "refused", queued.error().detail));
        }
    }
    m_counters.accepted += taken.accepted;
    m_counters.duplicates += taken.duplicates;
    m_counters.refused += taken.refused;
    return json(200,
        { { QStringLiteral("org"), org }, { QStringLiteral("accepted"), taken.accepted },
            { QStringLiteral("duplicates"), taken.duplicates },
            { QStringLiteral("refused"), taken.refused }, { QStringLiteral("records"), results } });
}

} // namespace relay::core
