#include "PackageCallout.h"

#include "messages/WebhookSignatures.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace relay::core::sandbox {

PackageCallout::PackageCallout(
    QString org, QByteArray secret, QUrl intake, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_org(std::move(org))
    , m_secret(std::move(secret))
    , m_intake(std::move(intake))
    , m_random(seed)
{ }

QByteArray PackageCallout::body(const QList<Record> &records)
{
    QJsonArray array;
    for (const Record &r : records) {
        QJsonObject record { { QStringLiteral("id"), r.id },
            { QStringLiteral("gateway"), r.gateway },
            { QStringLiteral("phone_number"), r.phoneNumber },
            { QStringLiteral("message"), r.message } };
        if (!r.batchGroupId.isEmpty())
            record.insert(QStringLiteral("batch_group_id"), r.batchGroupId);
        if (!r.sourceRecordId.isEmpty())
            record.insert(QStringLiteral("source_record_id"), r.sourceRecordId);
        array.append(record);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("records"), array } })
        .toJson(QJsonDocument::Compact);
}

int PackageCallout::post(const QList<Record> &records)
{
    std::uniform_real_distribution<double> roll(0, 1);
    if (roll(m_random) < m_behaviour.never) {
        ++m_answers.lost;
        return 0;
    }
    const QByteArray payload = body(records);
    send(payload);
    if (roll(m_random) < m_behaviour.twice) {
        // Apex retries after its timeout, seconds later: a new timestamp and
        // so a new signature (the engine refuses a signature seen before).
        ++m_inFlight;
        const int later = std::uniform_int_distribution<int>(1100, 3000)(m_random);
        QTimer::singleShot(later, this, [this, payload] {
            --m_inFlight;
            send(payload);
        });
        return 2;
    }
    return 1;
}

void PackageCallout::send(const QByteArray &payload)
{
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QNetworkRequest request(m_intake);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Relay-Org", m_org.toUtf8());
    request.setRawHeader("X-Relay-Timestamp", timestamp);
    request.setRawHeader(
        "X-Relay-Signature", webhooks::intakeSignature(m_secret, timestamp, payload));
    request.setTransferTimeout(30000);
    ++m_answers.callouts;
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ++m_answers.byStatus[status];
        const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("records"))
                                       .toArray();
        for (const QJsonValue &result : results) {
            const QString outcome = result.toObject().value(QStringLiteral("result")).toString();
            if (outcome == QLatin1String("accepted"))
                ++m_answers.accepted;
            else if (outcome == QLatin1String("duplicate"))
                ++m_answers.duplicate;
            else
                ++m_answers.refused;
        }
        Q_EMIT answered();
    });
}

} // namespace relay::core::sandbox
