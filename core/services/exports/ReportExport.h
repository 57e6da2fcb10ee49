#pragma once

#include "Result.h"
#include "reports/ReportCache.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace relay::core {

// Client usage exports: records and breakdowns of a filter as CSV or JSON.
// What the cache holds is all an export can hold: ids, gateways, statuses,
// segments, timestamps, campaigns and brands; never a body or a recipient.
class ReportExport
{
public:
    enum class Format { Csv, Json };
    static bool parseFormat(const QString &name, Format *out);

    // Who and what the export is for.
    struct Header {
        QString client; // the pull's client, or every client of the live pulls, comma-separated
        QString provider; // likewise
        QString account;
        QDate from; // the filter's range, else the pulls'
        QDate to;
        qint64 pulls = 0;
        ReportCache::Totals totals;
        QDateTime generated;
        QString appVersion;
    };
    [[nodiscard]] static Result<Header> header(ReportCache &cache,
        const ReportCache::Filter &filter, const QDateTime &now, const QString &appVersion);
    static QJsonObject headerJson(const Header &header, const ReportCache::Filter &filter);

    // A breakdown as a table of strings, as every export and the GUI show
    // it: key, messages, segments, share of messages (percent), and extra
    // columns for some dimensions: the messaging services behind a campaign
    // or brand; the provider, title and description of an error code.
    struct Table {
        QStringList columns;
        QList<QStringList> rows;
    };
    [[nodiscard]] static Result<Table> breakdownTable(
        ReportCache &cache, ReportCache::Dimension by, const ReportCache::Filter &filter);
    // The dimensions a full report shows, in order.
    static QList<ReportCache::Dimension> reportDimensions();

    // RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes
    // doubled. A field a spreadsheet would run as a formula (first character
    // = + - @ tab CR) is prefixed with ' and quoted, as OWASP's CSV
    // injection guidance says; except plain numbers ("+15551234567",
    // "-0.00790"), which no spreadsheet runs as anything but a number, so
    // E.164 senders and negative prices read back unchanged.
    static QString csvField(const QString &value);
    static QByteArray csvLine(const QStringList &fields);

    // Writes the records of the filter. CSV: a header line and a line a
    // record. JSON: one object with the header, the filter, totals, every
    // breakdown of reportDimensions() and the records. Returns the number of
    // records written. `cancelled` is polled between records.
    [[nodiscard]] static Result<qint64> writeRecords(ReportCache &cache,
        const ReportCache::Filter &filter, Format format, const Header &header, QIODevice &out,
        const std::function<bool()> &cancelled = {});
    // One breakdown; returns the number of rows written.
    [[nodiscard]] static Result<qint64> writeBreakdown(ReportCache &cache,
        ReportCache::Dimension by, const ReportCache::Filter &filter, Format format,
        const Header &header, QIODevice &out);
};

} // namespace relay::core
