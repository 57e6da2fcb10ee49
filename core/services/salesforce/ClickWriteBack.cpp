#include "ClickWriteBack.h"

#include "links/LinkStore.h"

#include <QJsonObject>

namespace relay::core {

namespace {

QString withVersion(const QString &name, const QString &version)
{
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

} // namespace

ClickWriteBack::ClickWriteBack(
    LinkStore &links, QNetworkAccessManager &network, Config config, QObject *parent)
    : BatchWriteBack(
        network, config.login, { config.batchSize, config.maxAttempts, config.baseDelayMs }, parent)
    , m_links(links)
    , m_config(std::move(config))
{ }

QString ClickWriteBack::externalId(const QString &code, qint64 clickId)
{
    return code + QLatin1Char('-') + QString::number(clickId);
}

Result<QList<BatchWriteBack::Item>> ClickWriteBack::pending(int limit)
{
    auto due = m_links.pendingWriteBacks(m_config.org, limit);
    if (!due)
        return due.error();
    QList<Item> items;
    for (const LinkStore::Click &c : due.value()) {
        items.append({ c.id, c.writeBackAttempts,
            QJsonObject { { QStringLiteral("attributes"),
                              QJsonObject { { QStringLiteral("type"), m_config.object } } },
                { m_config.externalIdField, externalId(c.code, c.id) },
                { m_config.smsField, c.smsRecordId },
                { m_config.clickedAtField, c.at.toUTC().toString(Qt::ISODateWithMs) },
                { m_config.ipField, c.ip }, { m_config.domainField, c.domain },
                { m_config.browserField, withVersion(c.browser.family, c.browser.version) },
                { m_config.osField, withVersion(c.browser.os, c.browser.osVersion) },
                { m_config.deviceField, c.browser.device } } });
    }
    return items;
}

Result<qint64> ClickWriteBack::nextDueMs()
{
    return m_links.nextWriteBackDueMs(m_config.org);
}

Status ClickWriteBack::mark(qint64 id, Outcome outcome, const QString &reason,
    const QString &salesforceId, qint64 retryAtMs)
{
    const LinkStore::WriteBack state = outcome == Outcome::Written ? LinkStore::WriteBack::Written
        : outcome == Outcome::Retry                                ? LinkStore::WriteBack::Pending
                                                                   : LinkStore::WriteBack::Failed;
    return m_links.setWriteBack(id, state, reason, salesforceId, retryAtMs);
}

Result<qint64> ClickWriteBack::reopen(const QStringList &codes)
{
    return m_links.reopenWriteBacks(codes);
}

QString ClickWriteBack::path() const
{
    return m_client.dataPath(
        QStringLiteral("composite/sobjects/%1/%2").arg(m_config.object, m_config.externalIdField));
}

Status ClickWriteBack::release(const QList<qint64> &ids)
{
    return m_links.releaseWriteBacks(ids);
}

Result<SqlTransaction> ClickWriteBack::beginBatch()
{
    return m_links.transaction();
}

} // namespace relay::core
