#include "WriteBack.h"

#include "messaging/DeliveryLog.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace relay::core {

namespace {

QJsonValue errorValue(const DeliveryLog::Delivery &d)
{
    return d.errorCode == UsageRecordView::kNoError ? QJsonValue() : QJsonValue(QString::number(d.errorCode));
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

SalesforceWriteBack::SalesforceWriteBack(Workspace &workspace, QNetworkAccessManager &network, Config config, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_config(std::move(config)), m_client(network, m_config.login)
{
}

void SalesforceWriteBack::run()
{
    if (m_running)
        return;
    m_running = true;
    nextBatch();
}

void SalesforceWriteBack::stop(const QString &error)
{
    m_running = false;
    m_totals.requests = m_client.requests();
    m_totals.sessionRefreshes = m_client.sessionRefreshes();
    Q_EMIT finished(error.isEmpty(), error);
}

void SalesforceWriteBack::nextBatch()
{
    auto due = m_workspace.deliveries().pendingWriteBacks(m_config.batchSize);
    if (!due) {
        stop(errorMessage(due.error()));
        return;
    }
    if (due->isEmpty()) {
        // Refused records wait for their retry time; the pass ends when
        // nothing is pending at all.
        auto next = m_workspace.deliveries().nextWriteBackDueMs();
        if (!next) {
            stop(errorMessage(next.error()));
            return;
        }
        if (next.value() == 0) {
            stop({});
            return;
        }
        const qint64 wait = qMax<qint64>(1, next.value() - QDateTime::currentMSecsSinceEpoch());
        QTimer::singleShot(static_cast<int>(qMin<qint64>(wait, 60000)), this, &SalesforceWriteBack::nextBatch);
        return;
    }
    QJsonArray records;
    QList<qint64> ids;
    for (const DeliveryLog::Delivery &d : due.value()) {
        records.append(QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), m_config.object}}},
                                   {QStringLiteral("id"), d.smsRecordId},
                                   {m_config.statusField, d.status},
                                   {m_config.errorField, errorValue(d)},
                                   {m_config.messageIdField, messageIdValue(d)},
                                   {m_config.segmentsField, d.segments}});
        ids.append(d.id);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), records}})
                                .toJson(QJsonDocument::Compact);
    m_client.send("PATCH", m_client.dataPath(QStringLiteral("composite/sobjects")), body,
                  [this, ids](const SalesforceClient::Reply &reply) {
                      if (!reply.ok()) {
                          stop(reply.error);
                          return;
                      }
                      applyResults(ids, reply.body);
                  });
}

void SalesforceWriteBack::applyResults(const QList<qint64> &ids, const QByteArray &answer)
{
    // One result per record, in order.
    const QJsonArray results = QJsonDocument::fromJson(answer).array();
    if (results.size() != ids.size()) {
        stop(QStringLiteral("Salesforce answered %1 results for %2 records").arg(results.size()).arg(ids.size()));
        return;
    }
    DeliveryLog &log = m_workspace.deliveries();
    // The batch's outcomes land together (one commit, not 200).
    auto tx = Transaction::begin(m_workspace.database());
    if (!tx) {
        stop(errorMessage(tx.error()));
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QStringLiteral("success")).toBool()) {
            if (auto s = log.setWriteBack(ids.at(i), DeliveryLog::WriteBack::Written); !s) {
                stop(errorMessage(s.error()));
                return;
            }
            ++m_totals.written;
            continue;
        }
        const QJsonObject first = result.value(QStringLiteral("errors")).toArray().first().toObject();
        const QString reason = first.value(QStringLiteral("statusCode")).toString() + QStringLiteral(": ")
            + first.value(QStringLiteral("message")).toString();
        auto attempts = log.writeBackAttempts(ids.at(i));
        if (!attempts) {
            stop(errorMessage(attempts.error()));
            return;
        }
        const bool giveUp = attempts.value() + 1 >= m_config.maxAttempts;
        const qint64 retryAt = QDateTime::currentMSecsSinceEpoch() + (qint64{m_config.baseDelayMs} << qMin(attempts.value(), 10));
        if (auto s = log.setWriteBack(ids.at(i), giveUp ? DeliveryLog::WriteBack::Failed : DeliveryLog::WriteBack::Pending,
                                      reason, giveUp ? 0 : retryAt);
            !s) {
            stop(errorMessage(s.error()));
            return;
        }
        ++(giveUp ? m_totals.failed : m_totals.retried);
    }
    if (auto committed = tx->commit(); !committed) {
        stop(errorMessage(committed.error()));
        return;
    }
    Q_EMIT progressed(m_totals.written, 0);
    nextBatch();
}

void SalesforceWriteBack::check(std::function<void(Result<Check>)> done)
{
    checkFrom(0, std::make_shared<Check>(), std::move(done));
}

void SalesforceWriteBack::checkFrom(qint64 afterId, std::shared_ptr<Check> check, std::function<void(Result<Check>)> done)
{
    auto written = m_workspace.deliveries().writtenBack(afterId, m_config.batchSize);
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
        static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
        if (!idShape.match(d.smsRecordId).hasMatch())
            continue;
        quoted.append(QLatin1Char('\'') + d.smsRecordId + QLatin1Char('\''));
        expected.insert(d.smsRecordId, d);
    }
    const qint64 lastId = written->last().id;
    const QString soql = QStringLiteral("SELECT Id, %1, %2, %3, %4 FROM %5 WHERE Id IN (%6)")
                             .arg(m_config.statusField, m_config.errorField, m_config.messageIdField, m_config.segmentsField,
                                  m_config.object, quoted.join(QLatin1Char(',')));
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
            const QList<std::pair<QString, QJsonValue>> fields{{m_config.statusField, d.status},
                                                               {m_config.errorField, errorValue(d)},
                                                               {m_config.messageIdField, messageIdValue(d)},
                                                               {m_config.segmentsField, d.segments}};
            QString difference;
            for (const auto &[field, want] : fields) {
                const QString have = fieldText(record.value(field));
                if (have != fieldText(want)) {
                    difference = QStringLiteral("%1: %2 is '%3', the log says '%4'").arg(id, field, have, fieldText(want));
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
                check->examples.append(QStringLiteral("%1: not in %2").arg(it.key(), m_config.object));
        }
        checkFrom(lastId, check, done);
    });
}

} // namespace relay::core
