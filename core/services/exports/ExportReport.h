#pragma once

#include "Result.h"
#include "exports/ReportExport.h"
#include "reports/ReportCache.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace relay::core {

class ActivityLog;

// Exporting a client usage report to a file, as the GUI and the CLI both
// do it: the header, the records or one breakdown (CSV, JSON) or the
// client's PDF, written 0600 whole or not at all (PrivateFile), and a
// report.export entry in the activity log with what and how many, never
// what the rows hold.
class ExportReport
{
public:
    enum class What { Records, Breakdown, Pdf };

    struct Request {
        QString path;
        What what = What::Records;
        ReportExport::Format format = ReportExport::Format::Csv; // records and breakdowns
        ReportDimension dimension = ReportDimension::Sender; // breakdowns
        ReportFilter filter;
        QString appVersion;
    };

    // The PDF needs Qt's painting (the ui library): the caller supplies it.
    using PdfWriter = std::function<Status(ReportCache &cache, const ReportExport::Header &header,
        const ReportFilter &filter, const QString &path)>;

    // The format's name as the activity log and the CLI say it: csv, json,
    // breakdown-csv, breakdown-json, pdf.
    static QString formatName(const Request &request);

    // Returns the rows written (messages for a PDF). `cancelled` is polled
    // between records; a cancelled export leaves no file.
    [[nodiscard]] static Result<qint64> run(ReportCache &cache, ActivityLog &log,
        const Request &request, const QDateTime &now, const std::atomic_bool *cancelled = nullptr,
        const PdfWriter &pdf = {});
};

} // namespace relay::core
