#include "BatchWriteBack.h"

#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace relay::core {

BatchWriteBack::BatchWriteBack(QNetworkAccessManager &network, const SalesforceClient::Login &login,
    Limits limits, QObject *parent)
    : QObject(parent), m_client(network, login), m_limits(limits)
{ }

const QStringList &BatchWriteBack::transientCodes()
{
    static const QStringList codes { QStringLiteral("UNABLE_TO_LOCK_ROW"),
        QStringLiteral("REQUEST_RUNNING_TOO_LONG"), QStringLiteral("SERVER_UNAVAILABLE") };
    return codes;
}

const QStringList &BatchWriteBack::permanentCodes()
{
    static const QStringList codes { QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST") };
    return codes;
}

QString BatchWriteBack::refusal(const Item &, const QJsonObject &error) const
{
    return error.value(QStringLiteral("statusCode")).toString() + QStringLiteral(": ")
        + error.value(QStringLiteral("message")).toString();
}

void BatchWriteBack::run()
{
    if (m_running)
        return;
    m_running = true;
    auto reopened = reopen(transientCodes());
    if (!reopened) {
        stop(errorMessage(reopened.error()));
        return;
    }
    m_totals.reopened = reopened.value();
    nextBatch();
}

void BatchWriteBack::stop(const QString &error, const QList<Item> &held)
{
    QList<qint64> ids;
    for (const Item &item : held)
        ids.append(item.id);
    if (auto s = release(ids); !s) {
        stop(error + QStringLiteral("; and the batch's records stay taken for a while: ")
            + errorMessage(s.error()));
        return;
    }
    stop(error);
}

void BatchWriteBack::stop(const QString &error)
{
    m_running = false;
    QString why = error;
    if (why.isEmpty() && m_totals.deferred > 0) {
        why = QStringLiteral("%1 records were refused as busy %2 times each (e.g. "
                             "UNABLE_TO_LOCK_ROW); run the write-back again to retry them")
                  .arg(m_totals.deferred)
                  .arg(m_limits.maxAttempts);
    }
    m_totals.requests = m_client.requests();
    m_totals.sessionRefreshes = m_client.sessionRefreshes();
    Q_EMIT finished(why.isEmpty(), why);
}

void BatchWriteBack::nextBatch()
{
    auto due = pending(m_limits.batchSize);
    if (!due) {
        stop(errorMessage(due.error()));
        return;
    }
    if (due->isEmpty()) {
        // Refused records wait for their retry time; the pass ends when
        // nothing is pending at all.
        auto next = nextDueMs();
        if (!next) {
            stop(errorMessage(next.error()));
            return;
        }
        if (next.value() == 0) {
            stop({});
            return;
        }
        const qint64 wait = qMax<qint64>(1, next.value() - QDateTime::currentMSecsSinceEpoch());
        QTimer::singleShot(
            static_cast<int>(qMin<qint64>(wait, 60000)), this, &BatchWriteBack::nextBatch);
        return;
    }
    QJsonArray records;
    for (const Item &item : due.value())
        records.append(item.record);
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("allOrNone"), false },
            { QStringLiteral("records"),
                records } }).toJson(QJsonDocument::Compact);
    m_client.send(
        "PATCH", path(), body, [this, items = due.value()](const SalesforceClient::Reply &reply) {
            if (!reply.ok()) {
                stop(reply.error, items);
                return;
            }
            applyResults(items, reply.body);
        });
}

void BatchWriteBack::applyResults(const QList<Item> &items, const QByteArray &answer)
{
    // One result per record, in order.
    const QJsonArray results = QJsonDocument::fromJson(answer).array();
    if (results.size() != items.size()) {
        stop(QStringLiteral("Salesforce answered %1 results for %2 records")
                 .arg(results.size())
                 .arg(items.size()),
            items);
        return;
    }
    // The batch's outcomes land together (one commit, not 200).
    auto tx = beginBatch();
    if (!tx) {
        stop(errorMessage(tx.error()), items);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QJsonObject result = results.at(i).toObject();
        Status marked;
        if (result.value(QStringLiteral("success")).toBool()) {
            marked = mark(
                item.id, Outcome::Written, {}, result.value(QStringLiteral("id")).toString(), 0);
            ++m_totals.written;
        } else {
            const QJsonObject first
                = result.value(QStringLiteral("errors")).toArray().first().toObject();
            const QString code = first.value(QStringLiteral("statusCode")).toString();
            const QString reason = refusal(item, first);
            const bool giveUp
                = item.attempts + 1 >= m_limits.maxAttempts || permanentCodes().contains(code);
            const qint64 retryAt
                = now + (qint64 { m_limits.baseDelayMs } << qMin(item.attempts, 10));
            marked = mark(item.id, giveUp ? Outcome::Failed : Outcome::Retry, reason, {},
                giveUp ? 0 : retryAt);
            ++(giveUp ? m_totals.failed : m_totals.retried);
            if (giveUp)
                m_totals.lastRefusal = reason;
            if (giveUp && transientCodes().contains(code))
                ++m_totals.deferred;
        }
        if (!marked) {
            stop(errorMessage(marked.error()));
            return;
        }
    }
    if (auto committed = tx->commit(); !committed) {
        stop(errorMessage(committed.error()));
        return;
    }
    Q_EMIT progressed(m_totals.written, 0);
    nextBatch();
}

} // namespace relay::core
