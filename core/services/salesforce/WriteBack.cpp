#include "WriteBack.h"

#include "deliveries/DeliveryLog.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The fields as the org should hold them: Status only where the provider's
// status has a picklist value (a queued message leaves the record as it is).
QJsonObject SalesforceWriteBack::fieldsOf(const DeliveryLog::Delivery &d) const
{
    const SmsFields &f = m_config.fields;
    QJsonObject fields { { f.providerStatusField, d.status }, { f.errorField, errorValue(d) },
        { f.messageIdField, messageIdValue(d) }, { f.segmentsField, d.segments } };
    if (const QString value = f.statusValue(d.status); !value.isEmpty())
        fields.insert(f.statusField, value);
    return fields;
}

Result<QList<BatchWriteBack::Item>> SalesforceWriteBack::pending(int limit)
{
    auto due = m_deliveries.pendingWriteBacks(m_config.org, limit);
    if (!due)
        return due.error();
    QList<Item> items;
    for (const DeliveryLog::Delivery &d : due.value()) {
        QJsonObject record = fieldsOf(d);
        record.insert(QStringLiteral("attributes"),
            QJsonObject { { QStringLiteral("type"), m_config.fields.object } });
        record.insert(QStringLiteral("id"), d.smsRecordId);
        items.append({ d.id, d.writeBackAttempts, record });
    }
    return items;
}

QString SalesforceWriteBack::refusal(const Item &item, const QJsonObject &error) const
{
    const QString code = error.value(QStringLiteral("statusCode")).toString();
    if (code != QLatin1String("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"))
        return BatchWriteBack::refusal(item, error);
    // Name the field and the value, and where the value came from.
    QString field = error.value(QStringLiteral("fields")).toArray().first().toString();
    if (field.isEmpty())
        field = m_config.fields.statusField;
    const QString value = item.record.value(field).toString();
    const QString providerStatus
        = item.record.value(m_config.fields.providerStatusField).toString();
    QString reason = QStringLiteral("%1: %2 does not take the value '%3'").arg(code, field, value);
    if (field == m_config.fields.statusField && !providerStatus.isEmpty()) {
        reason += QStringLiteral(" (the provider's status %1); map it to one of the picklist's "
                                 "values with 'engine org fields %2 --set status:%1=VALUE'")
                      .arg(providerStatus,
                          m_config.org.isEmpty() ? QStringLiteral("ORG") : m_config.org);
    }
    return reason;
}

Result<qint64> SalesforceWriteBack::nextDueMs()
{
    return m_deliveries.nextWriteBackDueMs(m_config.org);
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
    return m_deliveries.reopenWriteBacks(m_config.org, codes);
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
    auto written = m_deliveries.writtenBack(m_config.org, afterId, m_config.batchSize);
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
        if (!isSalesforceId(d.smsRecordId))
            continue;
        quoted.append(QLatin1Char('\'') + d.smsRecordId + QLatin1Char('\''));
        expected.insert(d.smsRecordId, d);
    }
    const qint64 lastId = written->last().id;
    const SmsFields &f = m_config.fields;
    const QString soql
        = QStringLiteral("SELECT Id, %1, %2, %3, %4, %5 FROM %6 WHERE Id IN (%7)")
              .arg(f.statusField, f.providerStatusField, f.errorField, f.messageIdField,
                  f.segmentsField, f.object, quoted.join(QLatin1Char(',')));
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
            const QJsonObject fields = fieldsOf(d);
            QString difference;
            for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
                const QString have = fieldText(record.value(field.key()));
                const QString want = fieldText(field.value());
                if (have != want) {
                    difference = QStringLiteral("%1: %2 is '%3', the log says '%4'")
                                     .arg(id, field.key(), have, want);
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
                    QStringLiteral("%1: not in %2").arg(it.key(), m_config.fields.object));
        }
        checkFrom(lastId, check, done);
    });
}

Status SalesforceWriteBack::release(const QList<qint64> &ids)
{
    return m_deliveries.releaseWriteBacks(ids);
}

Result<SqlTransaction> SalesforceWriteBack::beginBatch()
{
    return m_deliveries.transaction();
}

} // namespace relay::core
