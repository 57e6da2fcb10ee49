#include "RecordColumns.h"

#include "model/UsageRecord.h"
#include "reports/IngestSession.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace relay::core {

namespace {

using Kind = RecordColumn::Kind;

constexpr RecordColumn kColumns[] = {
    { "pull_id", "pull_id", Kind::Integer, true,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Pull") },
    { "provider", "provider", Kind::Provider, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Provider") },
    { "message_id", "msg_id", Kind::MessageId, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Message id") },
    { "sender", "gateway", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Sending gateway") },
    { "messaging_service", "service", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Messaging service") },
    { "campaign_id", "campaign", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Campaign") },
    { "brand_id", "brand", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Brand") },
    { "status", "status", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Status") },
    { "direction", "direction", Kind::Direction, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Direction") },
    { "channel", "channel", Kind::Channel, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Channel") },
    { "segments", "segments", Kind::Integer, true,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Segments") },
    { "media", "media", Kind::Integer, true,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Media") },
    { "error_code", "error_code", Kind::OptionalInteger, true,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Error code") },
    { "date_created", "created_at", Kind::Time, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Created (UTC)") },
    { "date_sent", "sent_at", Kind::Time, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Sent (UTC)") },
    { "date_updated", "updated_at", Kind::Time, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Updated (UTC)") },
    { "price", "price_micros", Kind::Price, true,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Price") },
    { "price_unit", "price_unit", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Currency") },
    { "tags", "tags", Kind::Dictionary, false,
        QT_TRANSLATE_NOOP("relay::core::RecordColumns", "Tags") },
};

QString time(const Statement &row, int column)
{
    return row.isNull(column)
        ? QString()
        : QDateTime::fromSecsSinceEpoch(row.int64(column), Qt::UTC).toString(Qt::ISODate);
}

QString formatted(
    const RecordColumn &c, const Statement &row, int i, const std::vector<std::string> &prefixes)
{
    switch (c.kind) {
    case Kind::Integer:
        return QString::number(row.int64(i));
    case Kind::OptionalInteger:
        return row.isNull(i) ? QString() : QString::number(row.int64(i));
    case Kind::Provider:
        return row.int64(i) == int(ProviderFamily::Telnyx) ? QStringLiteral("telnyx")
                                                           : QStringLiteral("twilio");
    case Kind::MessageId:
        return IngestSession::decodeMessageId(row.blob(i), prefixes);
    case Kind::Dictionary:
        return row.text(i);
    case Kind::Direction:
        return row.int64(i) == 1 ? QStringLiteral("inbound") : QStringLiteral("outbound");
    case Kind::Channel:
        return row.int64(i) == 1 ? QStringLiteral("mms")
            : row.int64(i) == 2  ? QStringLiteral("whatsapp")
                                 : QStringLiteral("sms");
    case Kind::Time:
        return time(row, i);
    case Kind::Price:
        return row.isNull(i) ? QString()
                             : QString::number(static_cast<double>(row.int64(i)) / 1e6, 'f', 5);
    }
    return {};
}

} // namespace

std::span<const RecordColumn> RecordColumns::all()
{
    return kColumns;
}

QStringList RecordColumns::names()
{
    QStringList list;
    for (const RecordColumn &c : kColumns)
        list.append(QLatin1String(c.name));
    return list;
}

int RecordColumns::indexOf(QStringView name)
{
    for (int i = 0; i < count(); ++i) {
        if (name == QLatin1String(kColumns[i].name))
            return i;
    }
    return -1;
}

QString RecordColumns::title(int column)
{
    return column >= 0 && column < count()
        ? QCoreApplication::translate("relay::core::RecordColumns", kColumns[column].title)
        : QString();
}

bool RecordColumns::isNumeric(int column)
{
    return column >= 0 && column < count() && kColumns[column].numeric;
}

QString RecordColumns::selectSql()
{
    QStringList select;
    QStringList joins;
    for (int i = 0; i < count(); ++i) {
        const RecordColumn &c = kColumns[i];
        if (c.kind != Kind::Dictionary) {
            select.append(QStringLiteral("r.%1").arg(QLatin1String(c.column)));
            continue;
        }
        const QString alias = QStringLiteral("d%1").arg(i);
        select.append(QStringLiteral("CAST(%1.value AS TEXT)").arg(alias));
        joins.append(QStringLiteral("LEFT JOIN report_dict %1 ON %1.id = r.%2")
                         .arg(alias, QLatin1String(c.column)));
    }
    return QStringLiteral("SELECT %1, r.id FROM report_record r %2")
        .arg(select.join(QStringLiteral(", ")), joins.join(QLatin1Char(' ')));
}

RecordColumns::Sort RecordColumns::sortSql(int column)
{
    if (column < 0 || column >= count())
        return { QStringLiteral("r.id"), {} };
    const RecordColumn &c = kColumns[column];
    if (c.kind == Kind::Dictionary) {
        return { QStringLiteral("s.value"),
            QStringLiteral("LEFT JOIN report_dict s ON s.id = r.%1").arg(QLatin1String(c.column)) };
    }
    return { QStringLiteral("r.%1").arg(QLatin1String(c.column)), {} };
}

QStringList RecordColumns::format(const Statement &row, const std::vector<std::string> &prefixes)
{
    QStringList fields;
    fields.reserve(count());
    for (int i = 0; i < count(); ++i)
        fields.append(formatted(kColumns[i], row, i, prefixes));
    return fields;
}

} // namespace relay::core
