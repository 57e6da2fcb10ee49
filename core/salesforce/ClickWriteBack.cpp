#include "ClickWriteBack.h"

#include "links/LinkStore.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace relay::core {

namespace {

QString withVersion(const QString &name, const QString &version)
{
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

} // namespace

ClickWriteBack::ClickWriteBack(Workspace &workspace, QNetworkAccessManager &network, Config config, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_config(std::move(config)), m_client(network, m_config.login)
{
}

QString ClickWriteBack::externalId(const QString &code, qint64 clickId)
{
    return code + QLatin1Char('-') + QString::number(clickId);
}

void ClickWriteBack::run()
{
    if (m_running)
        return;
    m_running = true;
    nextBatch();
}

void ClickWriteBack::stop(const QString &error)
{
    m_running = false;
    m_totals.requests = m_client.requests();
    Q_EMIT finished(error.isEmpty(), error);
}

void ClickWriteBack::nextBatch()
{
    LinkStore &links = m_workspace.links();
    auto due = links.pendingWriteBacks(m_config.batchSize);
    if (!due) {
        stop(errorMessage(due.error()));
        return;
    }
    if (due->isEmpty()) {
        auto next = links.nextWriteBackDueMs();
        if (!next) {
            stop(errorMessage(next.error()));
            return;
        }
        if (next.value() == 0) {
            stop({});
            return;
        }
        const qint64 wait = qMax<qint64>(1, next.value() - QDateTime::currentMSecsSinceEpoch());
        QTimer::singleShot(static_cast<int>(qMin<qint64>(wait, 60000)), this, &ClickWriteBack::nextBatch);
        return;
    }
    QJsonArray records;
    QList<qint64> ids;
    for (const LinkStore::Click &c : due.value()) {
        records.append(QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), m_config.object}}},
                                   {m_config.externalIdField, externalId(c.code, c.id)},
                                   {m_config.smsField, c.smsRecordId},
                                   {m_config.clickedAtField, c.at.toUTC().toString(Qt::ISODateWithMs)},
                                   {m_config.ipField, c.ip},
                                   {m_config.domainField, c.domain},
                                   {m_config.browserField, withVersion(c.browser.family, c.browser.version)},
                                   {m_config.osField, withVersion(c.browser.os, c.browser.osVersion)},
                                   {m_config.deviceField, c.browser.device}});
        ids.append(c.id);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), records}})
                                .toJson(QJsonDocument::Compact);
    const QString path = m_client.dataPath(QStringLiteral("composite/sobjects/%1/%2").arg(m_config.object, m_config.externalIdField));
    m_client.send("PATCH", path, body, [this, ids](const SalesforceClient::Reply &reply) {
        if (!reply.ok()) {
            stop(reply.error);
            return;
        }
        applyResults(ids, reply.body);
    });
}

void ClickWriteBack::applyResults(const QList<qint64> &ids, const QByteArray &answer)
{
    const QJsonArray results = QJsonDocument::fromJson(answer).array();
    if (results.size() != ids.size()) {
        stop(QStringLiteral("Salesforce answered %1 results for %2 clicks").arg(results.size()).arg(ids.size()));
        return;
    }
    LinkStore &links = m_workspace.links();
    auto tx = Transaction::begin(m_workspace.database());
    if (!tx) {
        stop(errorMessage(tx.error()));
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QStringLiteral("success")).toBool()) {
            if (auto s = links.setWriteBack(ids.at(i), LinkStore::WriteBack::Written, {}, result.value(QStringLiteral("id")).toString());
                !s) {
                stop(errorMessage(s.error()));
                return;
            }
            ++m_totals.written;
            continue;
        }
        const QJsonObject first = result.value(QStringLiteral("errors")).toArray().first().toObject();
        const QString reason = first.value(QStringLiteral("statusCode")).toString() + QStringLiteral(": ")
            + first.value(QStringLiteral("message")).toString();
        auto attempts = links.writeBackAttempts(ids.at(i));
        if (!attempts) {
            stop(errorMessage(attempts.error()));
            return;
        }
        const bool giveUp = attempts.value() + 1 >= m_config.maxAttempts;
        const qint64 retryAt = QDateTime::currentMSecsSinceEpoch() + (qint64{m_config.baseDelayMs} << qMin(attempts.value(), 10));
        if (auto s = links.setWriteBack(ids.at(i), giveUp ? LinkStore::WriteBack::Failed : LinkStore::WriteBack::Pending, reason, {},
                                        giveUp ? 0 : retryAt);
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
    nextBatch();
}

} // namespace relay::core
