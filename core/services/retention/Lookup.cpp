#include "Lookup.h"

#include "Clock.h"
#include "activity/ActivityLog.h"
#include "privacy/RecipientHash.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QSet>

namespace relay::core {

RetentionLookup::RetentionLookup(Workspace &workspace, const Clock &clock, DeliveryLog *engineLog)
    : m_workspace(workspace), m_clock(clock), m_engineLog(engineLog)
{ }

QString RetentionLookup::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::SmsRecord:
        return QStringLiteral("sms-record");
    case Kind::ProviderMessage:
        return QStringLiteral("provider-id");
    }
    return {};
}

Status RetentionLookup::admit(Kind kind, const QString &key)
{
    const QString user = ActivityLog::currentOsUser();
    auto recent = m_workspace.activityLog().count(QStringLiteral("retention.lookup"), user,
        m_clock.nowMs() - qint64 { kWindowMinutes } * 60 * 1000);
    if (!recent)
        return recent.error();
    if (recent->count >= kMaxLookups) {
        const QDateTime again = QDateTime::fromMSecsSinceEpoch(
            recent->oldestMs + qint64 { kWindowMinutes } * 60 * 1000, Qt::UTC);
        return makeError(ErrorCode::Cancelled,
            QStringLiteral(
                "%1 lookups in %2 minutes is the limit for %3; the next is possible at %4 UTC")
                .arg(kMaxLookups)
                .arg(kWindowMinutes)
                .arg(user, again.toString(QStringLiteral("HH:mm:ss"))));
    }
    return m_workspace.activityLog().append(QStringLiteral("retention.lookup"),
        { { QStringLiteral("by"), kindName(kind) }, { QStringLiteral("key"), key } });
}

Result<RetentionLookup::Found> RetentionLookup::byPhone(
    const RecipientNumber &number, const RecipientHasher &hasher)
{
    return lookup(Kind::Phone, hasher.hash(number));
}

Result<RetentionLookup::Found> RetentionLookup::bySmsRecord(const QString &id)
{
    return lookup(Kind::SmsRecord, id.trimmed());
}

Result<RetentionLookup::Found> RetentionLookup::byProviderMessage(const QString &id)
{
    return lookup(Kind::ProviderMessage, id.trimmed());
}

Result<RetentionLookup::Found> RetentionLookup::lookup(Kind kind, const QString &key)
{
    if (key.isEmpty() || key.size() > 80)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("an id is 1 to 80 characters"));
    if (auto s = admit(kind, key); !s)
        return s.error();
    Found found;
    found.kind = kind;
    found.key = key;
    const DeliveryLog::Key logKey = kind == Kind::Phone ? DeliveryLog::Key::RecipientHash
        : kind == Kind::SmsRecord                       ? DeliveryLog::Key::SmsRecord
                                                        : DeliveryLog::Key::ProviderMessage;
    auto deliveries = (m_engineLog ? *m_engineLog : m_workspace.deliveries()).find(logKey, key);
    if (!deliveries)
        return deliveries.error();
    found.deliveries = deliveries.value();
    // The same messages in cached provider reports, by provider message id.
    QSet<QString> messageIds;
    if (kind == Kind::ProviderMessage)
        messageIds.insert(key);
    for (const DeliveryLog::Delivery &d : std::as_const(found.deliveries)) {
        if (!d.providerMessageId.isEmpty())
            messageIds.insert(d.providerMessageId);
    }
    for (const QString &id : std::as_const(messageIds)) {
        ReportCache::Filter filter;
        filter.text = id;
        auto ids = m_workspace.reports().recordIds(filter, -1, Qt::AscendingOrder);
        if (!ids)
            return ids.error();
        if (ids->empty())
            continue;
        auto rows = m_workspace.reports().records(ids.value());
        if (!rows)
            return rows.error();
        for (const QStringList &row : rows.value()) {
            // The text filter also matches parts of other fields; keep exact message ids.
            if (row.size() > 2 && row.at(2) == id)
                found.reportRows.append(row);
        }
    }
    if (kind == Kind::Phone)
        found.scheme = RecipientHasher::schemeDescription();
    // English here (the CLI); the GUI translates: QCoreApplication::translate("RetentionLookup",
    // item).
    found.notRetained
        = { QString::fromLatin1(QT_TRANSLATE_NOOP("RetentionLookup", "the recipient number")),
              QString::fromLatin1(QT_TRANSLATE_NOOP("RetentionLookup", "the message text")),
              QString::fromLatin1(QT_TRANSLATE_NOOP(
                  "RetentionLookup", "the Salesforce record the message was sent from")) };
    return found;
}

QJsonObject RetentionLookup::toJson(const Found &found)
{
    QJsonArray deliveries;
    for (const DeliveryLog::Delivery &d : found.deliveries)
        deliveries.append(DeliveryLog::toJson(d));
    QJsonArray reports;
    const QStringList columns = ReportCache::exportColumns();
    for (const QStringList &row : found.reportRows) {
        QJsonObject record;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            record.insert(columns.at(i), row.at(i));
        reports.append(record);
    }
    QJsonObject json { { QStringLiteral("by"), kindName(found.kind) },
        { QStringLiteral("key"), found.key }, { QStringLiteral("deliveries"), deliveries },
        { QStringLiteral("report_records"), reports },
        { QStringLiteral("not_retained"), QJsonArray::fromStringList(found.notRetained) } };
    if (!found.scheme.isEmpty())
        json.insert(QStringLiteral("hash_scheme"), found.scheme);
    return json;
}

} // namespace relay::core
