#include "ReportExport.h"

#include "providers/ErrorCatalog.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace relay::core {

namespace {

using Dimension = ReportCache::Dimension;

bool isPlainNumber(const QString &value)
{
    qsizetype i = 0;
    if (i < value.size() && (value.at(i) == QLatin1Char('+') || value.at(i) == QLatin1Char('-')))
        ++i;
    bool digits = false;
    bool point = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
        } else if (c == QLatin1Char('.') && !point && digits) {
            point = true;
            digits = false; // a digit must follow the point
        } else {
            return false;
        }
    }
    return digits;
}

Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, out.errorString());
    return {};
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject filterJson(const ReportCache::Filter &f)
{
    QJsonObject object;
    object.insert(QStringLiteral("pull"), f.pullId > 0 ? QJsonValue(f.pullId) : QJsonValue());
    if (!f.storedIn.isEmpty()) {
        QJsonArray pulls;
        for (const qint64 id : f.storedIn)
            pulls.append(id);
        object.insert(QStringLiteral("records_of_pulls"), pulls);
    }
    if (!f.gateways.isEmpty())
        object.insert(QStringLiteral("gateways"), QJsonArray::fromStringList(f.gateways));
    object.insert(QStringLiteral("from"), dateOrNull(f.from));
    object.insert(QStringLiteral("to"), dateOrNull(f.to));
    const std::pair<const char *, const QString *> values[] = {
        { "gateway", &f.gateway },
        { "service", &f.service },
        { "campaign", &f.campaign },
        { "brand", &f.brand },
        { "status", &f.status },
        { "text", &f.text },
    };
    for (const auto &[name, value] : values) {
        if (!value->isNull())
            object.insert(QLatin1String(name), *value);
    }
    if (f.direction)
        object.insert(QStringLiteral("direction"),
            *f.direction == Direction::Inbound ? QStringLiteral("inbound")
                                               : QStringLiteral("outbound"));
    if (f.channel) {
        object.insert(QStringLiteral("channel"),
            *f.channel == Channel::Mms            ? QStringLiteral("mms")
                : *f.channel == Channel::WhatsApp ? QStringLiteral("whatsapp")
                                                  : QStringLiteral("sms"));
    }
    return object;
}

QJsonArray tableJson(const ReportExport::Table &table)
{
    QJsonArray rows;
    for (const QStringList &row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i) {
            const QString &column = table.columns.at(i);
            const QString &value = row.at(i);
            if (column == QLatin1String("messages") || column == QLatin1String("segments_total"))
                object.insert(column, value.toLongLong());
            else if (column == QLatin1String("share_percent"))
                object.insert(column, value.toDouble());
            else
                object.insert(column, value.isEmpty() ? QJsonValue() : QJsonValue(value));
        }
        rows.append(object);
    }
    return rows;
}

QString share(qint64 part, qint64 total)
{
    return total > 0
        ? QString::number(100.0 * static_cast<double>(part) / static_cast<double>(total), 'f', 1)
        : QStringLiteral("0.0");
}

} // namespace

bool ReportExport::parseFormat(const QString &name, Format *out)
{
    if (name == QLatin1String("csv"))
        *out = Format::Csv;
    else if (name == QLatin1String("json"))
        *out = Format::Json;
    else
        return false;
    return true;
}

QString ReportExport::csvField(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula
        = !value.isEmpty() && formulaStarts.contains(value.front()) && !isPlainNumber(value);
    const bool quote = formula || value.contains(QLatin1Char(','))
        || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString quoted = formula ? QLatin1Char('\'') + value : value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray ReportExport::csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    // RFC 4180 ends records with CRLF.
    return (out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

Result<ReportExport::Header> ReportExport::header(ReportCache &cache,
    const ReportCache::Filter &filter, const QDateTime &now, const QString &appVersion)
{
    auto pulls = cache.pulls();
    if (!pulls)
        return pulls.error();
    Header h;
    QStringList clients, providers, accounts;
    for (const ReportCache::Pull &p : pulls.value()) {
        if (filter.pullId > 0 && p.id != filter.pullId)
            continue;
        ++h.pulls;
        for (auto [list, value] : { std::pair { &clients, &p.client },
                 std::pair { &providers, &p.provider }, std::pair { &accounts, &p.account } }) {
            if (!value->isEmpty() && !list->contains(*value))
                list->append(*value);
        }
        if (p.from.isValid() && (!h.from.isValid() || p.from < h.from))
            h.from = p.from;
        if (p.to.isValid() && (!h.to.isValid() || p.to > h.to))
            h.to = p.to;
    }
    if (filter.pullId > 0 && h.pulls == 0)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no pull with id %1").arg(filter.pullId));
    if (filter.from.isValid())
        h.from = filter.from;
    if (filter.to.isValid())
        h.to = filter.to;
    if (!filter.storedIn.isEmpty())
        h.pulls = filter.storedIn.size();
    h.client = clients.join(QStringLiteral(", "));
    h.provider = providers.join(QStringLiteral(", "));
    h.account = accounts.join(QStringLiteral(", "));
    auto totals = cache.totals(filter);
    if (!totals)
        return totals.error();
    h.totals = totals.value();
    h.generated = now.toUTC();
    h.appVersion = appVersion;
    return h;
}

QJsonObject ReportExport::headerJson(const Header &h, const ReportCache::Filter &filter)
{
    return QJsonObject {
        { QStringLiteral("client"), h.client },
        { QStringLiteral("provider"), h.provider },
        { QStringLiteral("account"), h.account },
        { QStringLiteral("from"), dateOrNull(h.from) },
        { QStringLiteral("to"), dateOrNull(h.to) },
        { QStringLiteral("pulls"), h.pulls },
        { QStringLiteral("generated_at"), h.generated.toString(Qt::ISODate) },
        { QStringLiteral("app_version"), h.appVersion },
        { QStringLiteral("filter"), filterJson(filter) },
        { QStringLiteral("contains"),
            QStringLiteral("ids, sending gateways, statuses, segment counts, timestamps, "
                           "campaigns, brands, error codes and prices") },
        { QStringLiteral("never_contains"), QStringLiteral("message bodies, recipient numbers") },
    };
}

QList<ReportCache::Dimension> ReportExport::reportDimensions()
{
    return { Dimension::Day, Dimension::StatusOf, Dimension::Campaign, Dimension::Brand,
        Dimension::Sender, Dimension::Error, Dimension::Segments, Dimension::Channel,
        Dimension::Direction };
}

Result<ReportExport::Table> ReportExport::breakdownTable(
    ReportCache &cache, Dimension by, const ReportCache::Filter &filter)
{
    auto totals = cache.totals(filter);
    if (!totals)
        return totals.error();
    const qint64 all = totals->messages;
    Table table;
    const QString name = ReportCache::dimensionName(by);
    if (by == Dimension::Error) {
        // Only the messages that have an error code, each with its
        // provider's words for it; shares are of all messages.
        auto rows = cache.crossBreakdown(Dimension::Error, Dimension::Provider, filter);
        if (!rows)
            return rows.error();
        QList<ReportCache::CrossRow> errors;
        for (const auto &r : rows.value()) {
            if (!r.first.isNull())
                errors.append(r);
        }
        std::sort(errors.begin(), errors.end(), [](const auto &x, const auto &y) {
            return x.messages != y.messages
                ? x.messages > y.messages
                : std::pair(x.first, x.second) < std::pair(y.first, y.second);
        });
        table.columns = { QStringLiteral("error_code"), QStringLiteral("provider"),
            QStringLiteral("messages"), QStringLiteral("segments_total"),
            QStringLiteral("share_percent"), QStringLiteral("title"),
            QStringLiteral("description") };
        for (const auto &r : errors) {
            const ErrorCatalog::Entry entry
                = ErrorCatalog::instance().lookup(r.second, r.first.toInt());
            table.rows.append(
                { r.first, r.second, QString::number(r.messages), QString::number(r.segments),
                    share(r.messages, all), entry.title, entry.description });
        }
        return table;
    }
    auto rows = cache.breakdown(by, filter);
    if (!rows)
        return rows.error();
    table.columns = { name, QStringLiteral("messages"), QStringLiteral("segments_total"),
        QStringLiteral("share_percent") };
    QMap<QString, QStringList> services;
    const bool withServices = by == Dimension::Campaign || by == Dimension::Brand;
    if (withServices) {
        // The 10DLC ids with the messaging services (or Telnyx profiles)
        // that send under them.
        table.columns.append(QStringLiteral("messaging_services"));
        auto pairs = cache.crossBreakdown(by, Dimension::Service, filter);
        if (!pairs)
            return pairs.error();
        for (const auto &p : pairs.value()) {
            if (!p.second.isEmpty())
                services[p.first].append(p.second);
        }
    }
    for (const auto &r : rows.value()) {
        QStringList row { r.key, QString::number(r.messages), QString::number(r.segments),
            share(r.messages, all) };
        if (withServices) {
            QStringList list = services.value(r.key);
            list.sort();
            row.append(list.join(QLatin1Char(' ')));
        }
        table.rows.append(row);
    }
    return table;
}

Result<qint64> ReportExport::writeBreakdown(ReportCache &cache, Dimension by,
    const ReportCache::Filter &filter, Format format, const Header &header, QIODevice &out)
{
    auto table = breakdownTable(cache, by, filter);
    if (!table)
        return table.error();
    if (format == Format::Csv) {
        if (auto s = writeAll(out, csvLine(table->columns)); !s)
            return s.error();
        for (const QStringList &row : table->rows) {
            if (auto s = writeAll(out, csvLine(row)); !s)
                return s.error();
        }
    } else {
        QJsonObject root { { QStringLiteral("header"), headerJson(header, filter) },
            { QStringLiteral("by"), ReportCache::dimensionName(by) },
            { QStringLiteral("totals"),
                QJsonObject { { QStringLiteral("messages"), header.totals.messages },
                    { QStringLiteral("segments"), header.totals.segments } } },
            { QStringLiteral("rows"), tableJson(table.value()) } };
        if (auto s = writeAll(out, QJsonDocument(root).toJson(QJsonDocument::Indented)); !s)
            return s.error();
    }
    return static_cast<qint64>(table->rows.size());
}

Result<qint64> ReportExport::writeRecords(ReportCache &cache, const ReportCache::Filter &filter,
    Format format, const Header &header, QIODevice &out, const std::function<bool()> &cancelled)
{
    const QStringList columns = ReportCache::exportColumns();
    if (format == Format::Csv) {
        if (auto s = writeAll(out, csvLine(columns)); !s)
            return s.error();
    } else {
        // One object, written as a stream so a million records never sit in
        // memory: everything but the records first, then the records array.
        QJsonObject breakdowns;
        for (const Dimension by : reportDimensions()) {
            auto table = breakdownTable(cache, by, filter);
            if (!table)
                return table.error();
            breakdowns.insert(ReportCache::dimensionName(by), tableJson(table.value()));
        }
        QJsonObject head { { QStringLiteral("header"), headerJson(header, filter) },
            { QStringLiteral("totals"),
                QJsonObject { { QStringLiteral("messages"), header.totals.messages },
                    { QStringLiteral("segments"), header.totals.segments } } },
            { QStringLiteral("breakdowns"), breakdowns } };
        QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Indented).trimmed();
        text.chop(1); // the closing brace; the records follow
        text = text.trimmed();
        text.append(",\n    \"records\": [");
        if (auto s = writeAll(out, text); !s)
            return s.error();
    }
    qint64 rows = 0;
    Status writeError;
    const Status status = cache.forEachRecord(filter, [&](const QStringList &fields) {
        if (cancelled && cancelled())
            return false;
        QByteArray line;
        if (format == Format::Csv) {
            line = csvLine(fields);
        } else {
            QJsonObject object;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QString &column = columns.at(i);
                const QString &value = fields.at(i);
                const bool numeric = column == QLatin1String("segments")
                    || column == QLatin1String("media") || column == QLatin1String("pull_id")
                    || column == QLatin1String("error_code");
                object.insert(column,
                    value.isEmpty() ? QJsonValue()
                        : numeric   ? QJsonValue(value.toLongLong())
                                    : QJsonValue(value));
            }
            line = (rows > 0 ? ",\n      " : "\n      ")
                + QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        writeError = writeAll(out, line);
        if (!writeError)
            return false;
        ++rows;
        return true;
    });
    if (!writeError)
        return writeError.error();
    if (!status)
        return status.error();
    if (format == Format::Json) {
        if (auto s = writeAll(out, rows > 0 ? "\n    ]\n}\n" : "]\n}\n"); !s)
            return s.error();
    }
    return rows;
}

} // namespace relay::core
