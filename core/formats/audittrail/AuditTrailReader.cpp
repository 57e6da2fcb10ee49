#include "AuditTrailReader.h"

#include "Csv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace relay::core {

QStringList AuditTrailReader::csvHeader()
{
    return { QStringLiteral("Date"), QStringLiteral("User"),
        QStringLiteral("Source Namespace Prefix"), QStringLiteral("Action"),
        QStringLiteral("Section"), QStringLiteral("Delegate User") };
}

std::optional<int> AuditTrailReader::fixedOffset(const QString &abbreviation)
{
    // The US zones' abbreviations as Salesforce prints them, and UTC/GMT:
    // each names one offset. Others (IST, CST outside the US sense, CEST's
    // neighbours) need the zone named.
    static const QHash<QString, int> offsets {
        { QStringLiteral("UTC"), 0 },
        { QStringLiteral("GMT"), 0 },
        { QStringLiteral("EST"), -5 * 3600 },
        { QStringLiteral("EDT"), -4 * 3600 },
        { QStringLiteral("CST"), -6 * 3600 },
        { QStringLiteral("CDT"), -5 * 3600 },
        { QStringLiteral("MST"), -7 * 3600 },
        { QStringLiteral("MDT"), -6 * 3600 },
        { QStringLiteral("PST"), -8 * 3600 },
        { QStringLiteral("PDT"), -7 * 3600 },
        { QStringLiteral("AKST"), -9 * 3600 },
        { QStringLiteral("AKDT"), -8 * 3600 },
        { QStringLiteral("HST"), -10 * 3600 },
    };
    const auto it = offsets.constFind(abbreviation);
    if (it == offsets.constEnd())
        return std::nullopt;
    return it.value();
}

QDateTime AuditTrailReader::parseCsvDate(const QString &text, const CsvOptions &options)
{
    // "11/3/2024, 1:30:00 AM PST" (ICU, English), "11/3/2024 1:30 AM PST"
    // (the older JDK form), "12/8/2025, 11:54:14 CEST" (day first, 24 h).
    static const QRegularExpression shape(QStringLiteral(
        R"(^\s*(\d{1,2})/(\d{1,2})/(\d{4}),?[\s\x{00A0}\x{202F}]+(\d{1,2}):(\d{2})(?::(\d{2}))?[\s\x{00A0}\x{202F}]*([AaPp][Mm])?\s*([A-Za-z][A-Za-z0-9+:-]{1,9})?\s*$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const QDate date(m.captured(3).toInt(), options.dayFirst ? second : first,
        options.dayFirst ? first : second);
    int hour = m.captured(4).toInt();
    const QString meridiem = m.captured(7).toUpper();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == QLatin1String("PM") ? 12 : 0);
    }
    const QTime time(
        hour, m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    if (!options.timeZone.isValid()) {
        // No zone named: only an abbreviation with one offset will do.
        const std::optional<int> offset = fixedOffset(m.captured(8));
        if (!offset)
            return {};
        return QDateTime(date, time, Qt::OffsetFromUTC, *offset).toUTC();
    }
    QDateTime local(date, time, options.timeZone);
    // The hour a DST change repeats: the abbreviation says which of the two.
    const QString abbreviation = m.captured(8);
    if (!abbreviation.isEmpty() && options.timeZone.abbreviation(local) != abbreviation) {
        bool matched = false;
        for (const int shift : { -3600, 3600 }) {
            const QDateTime other = local.addSecs(shift);
            if (other.time() == time && options.timeZone.abbreviation(other) == abbreviation) {
                local = other;
                matched = true;
                break;
            }
        }
        // A letters-only abbreviation the zone never uses at that moment
        // (PST read as Europe/Madrid): the zone given is wrong, and every
        // time would be off by hours. Offsets ("GMT+1") are left to the zone.
        static const QRegularExpression letters(QStringLiteral("^[A-Z]{2,5}$"));
        if (!matched && letters.match(abbreviation).hasMatch()
            && letters.match(options.timeZone.abbreviation(local)).hasMatch())
            return {};
    }
    return local.toUTC();
}

Result<QList<AuditTrailRow>> AuditTrailReader::read(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    return bytes.trimmed().startsWith('{') ? readQueryPage(org, bytes)
                                           : readCsv(org, bytes, options);
}

Result<QList<AuditTrailRow>> AuditTrailReader::readCsv(
    const QString &org, const QByteArray &bytes, const CsvOptions &options)
{
    auto records = parseCsv(QString::fromUtf8(bytes));
    if (!records)
        return records.error();
    if (records->isEmpty() || records->first().fields != csvHeader())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("line 1: not a Setup Audit Trail download (the header is not %1)")
                .arg(csvHeader().join(QLatin1Char(','))));
    QList<AuditTrailRow> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &r = records->at(i);
        if (r.fields.size() != 6)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: %2 fields, the header has 6")
                    .arg(r.line)
                    .arg(r.fields.size()));
        AuditTrailRow row;
        row.org = org;
        row.at = parseCsvDate(r.fields.at(0), options);
        if (!row.at.isValid() && !options.timeZone.isValid())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: '%2' has no time zone abbreviation with a single offset "
                               "(PST/PDT, MST/MDT, CST/CDT, EST/EDT, AKST/AKDT, HST, UTC, GMT): "
                               "the CSV's times are in the downloading user's Salesforce time "
                               "zone: name it (e.g. America/Los_Angeles)")
                    .arg(r.line)
                    .arg(r.fields.at(0).left(40)));
        if (!row.at.isValid())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: '%2' is not a date of the download's form (%3) in %4; is "
                               "the time zone right?")
                    .arg(r.line)
                    .arg(r.fields.at(0).left(40),
                        options.dayFirst ? QStringLiteral("D/M/YYYY, H:mm:ss TZ")
                                         : QStringLiteral("M/D/YYYY, h:mm:ss AM TZ"),
                        QString::fromUtf8(options.timeZone.id())));
        row.user = r.fields.at(1).trimmed();
        row.namespacePrefix = r.fields.at(2).trimmed();
        row.display = r.fields.at(3);
        row.section = r.fields.at(4).trimmed();
        row.delegateUser = r.fields.at(5).trimmed();
        row.source = QStringLiteral("csv");
        if (row.user.isEmpty() || row.display.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("line %1: no user or no action").arg(r.line));
        rows.append(row);
    }
    return rows;
}

Result<QList<AuditTrailRow>> AuditTrailReader::readQueryPage(
    const QString &org, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("records")).isArray())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("not a SOQL query result page (%1)")
                .arg(doc.isNull() ? error.errorString() : QStringLiteral("no records array")));
    QList<AuditTrailRow> rows;
    int n = 0;
    for (const QJsonValue &value : doc.object().value(QStringLiteral("records")).toArray()) {
        ++n;
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("attributes"))
                .toObject()
                .value(QStringLiteral("type"))
                .toString()
            != QLatin1String("SetupAuditTrail"))
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("record %1 is not a SetupAuditTrail row").arg(n));
        AuditTrailRow row;
        row.org = org;
        // "2023-11-30T17:33:08.000+0000": Qt's ISO parser wants the offset's colon.
        QString created = o.value(QStringLiteral("CreatedDate")).toString();
        if (created.size() > 5
            && (created.at(created.size() - 5) == QLatin1Char('+')
                || created.at(created.size() - 5) == QLatin1Char('-')))
            created.insert(created.size() - 2, QLatin1Char(':'));
        row.at = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
        const QJsonObject createdBy = o.value(QStringLiteral("CreatedBy")).toObject();
        row.user = createdBy.value(QStringLiteral("Username"))
                       .toString(createdBy.value(QStringLiteral("Name")).toString());
        row.action = o.value(QStringLiteral("Action")).toString();
        row.display = o.value(QStringLiteral("Display")).toString();
        row.section = o.value(QStringLiteral("Section")).toString();
        row.delegateUser = o.value(QStringLiteral("DelegateUser")).toString();
        row.namespacePrefix = o.value(QStringLiteral("ResponsibleNamespacePrefix")).toString();
        row.source = QStringLiteral("api");
        if (!row.at.isValid() || row.user.isEmpty() || row.display.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("record %1: no valid CreatedDate, CreatedBy or Display").arg(n));
        rows.append(row);
    }
    return rows;
}

} // namespace relay::core
