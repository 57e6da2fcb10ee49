#include "WriteBack.h"

#include "deliveries/DeliveryLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace relay::core {

namespace {

QJsonValue errorValue(const DeliveryLog::Delivery &d)
{
    return d.errorCode == UsageRecordView::kNoError ? QJsonValue()
                                                    : QJsonValue(QString::number(d.errorCode));
}

QJsonValue messageIdValue(const DeliveryLog::Delivery &d)
{
    return d.providerMessageId.isEmpty() ? QJsonValue() : QJsonValue(d.providerMessageId);
}

// Salesforce answers a number field as a double and a text field as a string.
QString fieldText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

SalesforceWriteBack::SalesforceWriteBack(
    DeliveryLog &deliveries, QNetworkAccessManager &network, Config config, QObject *parent)
    : BatchWriteBack(
        network, config.login, { config.batchSize, config.maxAttempts, config.baseDelayMs }, parent)
    , m_deliveries(deliveries)
    , m_config(std::move(config))
{ }

Result<QList<BatchWriteBack::Item>> SalesforceWriteBack::pending(int limit)
{
    auto due = m_deliveries.pendingWriteBacks(limit);
    if (!due)
        return due.error();
    QList<Item> items;
    for (const DeliveryLog::Delivery &d : due.value()) {
        items.append({ d.id, d.writeBackAttempts,
            QJsonObject { { QStringLiteral("attributes"),
                              QJsonObject { { QStringLiteral("type"), m_config.object } } },
                { QStringLiteral("id"), d.smsRecordId }, { m_config.statusField, d.status },
                { m_config.errorField, errorValue(d) },
                { m_config.messageIdField, messageIdValue(d) },
                { m_config.segmentsField, d.segments } } });
    }
    return items;
}

Result<qint64> SalesforceWriteBack::nextDueMs()
{
    return m_deliveries.nextWriteBackDueMs();
}

Status SalesforceWriteBack::mark(
    qint64 id, Outcome outcome, const QString &reason, const QString &, qint64 retryAtMs)
{
    const DeliveryLog::WriteBack state = outcome == Outcome::Written
        ? DeliveryLog::WriteBack::Written
        : outcome == Outcome::Retry ? DeliveryLog::WriteBack::Pending
                                    : DeliveryLog::WriteBack::Failed;
    return m_deliveries.setWriteBack(id, state, reason, retryAtMs);
}

Result<qint64> SalesforceWriteBack::reopen(const QStringList &codes)
{
    return m_deliveries.reopenWriteBacks(codes);
}

QString SalesforceWriteBack::path() const
{
    return m_client.dataPath(QStringLiteral("composite/sobjects"));
}

void SalesforceWriteBack::check(std::function<void(Result<Check>)> done)
{
    checkFrom(0, std::make_shared<Check>(), std::move(done));
}

void SalesforceWriteBack::checkFrom(
    qint64 afterId, std::shared_ptr<Check> check, std::function<void(Result<Check>)> done)
{
    auto written = m_deliveries.writtenBack(afterId, m_config.batchSize);
    if (!written) {
        done(written.error());
        return;
    }
    if (written->isEmpty()) {
        done(*check);
        return;
    }
    QStringList quoted;
    QHash<QString, DeliveryLog::Delivery> expected;
    for (const DeliveryLog::Delivery &d : written.value()) {
        // Record ids are [A-Za-z0-9]; anything else never reaches the query.
        static const QRegularExpression idShape(
            QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
        if (!idShape.match(d.smsRecordId).hasMatch())
            continue;
        quoted.append(QLatin1Char('\'') + d.smsRecordId + QLatin1Char('\''));
        expected.insert(d.smsRecordId, d);
    }
    const qint64 lastId = written->last().id;
    const QString soql
        = QStringLiteral("SELECT Id, %1, %2, %3, %4 FROM %5 WHERE Id IN (%6)")
              .arg(m_config.statusField, m_config.errorField, m_config.messageIdField,
                  m_config.segmentsField, m_config.object, quoted.join(QLatin1Char(',')));
    m_client.query(soql, [this, check, expected, lastId, done](Result<QJsonArray> records) mutable {
        if (!records) {
            done(records.error());
            return;
        }
        QSet<QString> seen;
        for (const QJsonValue &value : records.value()) {
            const QJsonObject record = value.toObject();
            // The org answers 18-character ids; the log may hold the 15-character form.
            QString id = record.value(QStringLiteral("Id")).toString();
            if (!expected.contains(id))
                id = id.left(15);
            const auto it = expected.constFind(id);
            if (it == expected.constEnd())
                continue;
            seen.insert(id);
            const DeliveryLog::Delivery &d = it.value();
            const QList<std::pair<QString, QJsonValue>> fields { { m_config.statusField, d.status },
                { m_config.errorField, errorValue(d) },
                { m_config.messageIdField, messageIdValue(d) },
                { m_config.segmentsField, d.segments } };
            QString difference;
            for (const auto &[field, want] : fields) {
                const QString have = fieldText(record.value(field));
                if (have != fieldText(want)) {
                    difference = QStringLiteral("%1: %2 is '%3', the log says '%4'")
                                     .arg(id, field, have, fieldText(want));
                    break;
                }
            }
            ++check->checked;
            if (difference.isEmpty()) {
                ++check->matching;
            } else {
                ++check->differing;
                if (check->examples.size() < 10)
                    check->examples.append(difference);
            }
        }
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (seen.contains(it.key()))
                continue;
            ++check->checked;
            ++check->missing;
            if (check->examples.size() < 10)
                check->examples.append(
                    QStringLiteral("%1: not in %2").arg(it.key(), m_config.object));
        }
        checkFrom(lastId, check, done);
    });
}

Result<Transaction> SalesforceWriteBack::beginBatch()
{
    return m_deliveries.transaction();
}

} // namespace relay::core
