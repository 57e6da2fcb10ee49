#include "ExportReport.h"

#include "PrivateFile.h"
#include "activity/ActivityLog.h"

#include <QIODevice>

namespace relay::core {

QString ExportReport::formatName(const Request &request)
{
    QString data = request.format == ReportExport::Format::Json ? QStringLiteral("json")
                                                                : QStringLiteral("csv");
    switch (request.what) {
    case What::Records:
        return data;
    case What::Breakdown:
        return QStringLiteral("breakdown-") + data;
    case What::Pdf:
        return QStringLiteral("pdf");
    }
    return data;
}

Result<qint64> ExportReport::run(ReportCache &cache, ActivityLog &log, const Request &request,
    const QDateTime &now, const std::atomic_bool *cancelled, const PdfWriter &pdf)
{
    auto header = ReportExport::header(cache, request.filter, now, request.appVersion);
    if (!header)
        return header.error();
    Result<qint64> rows(qint64 { 0 });
    switch (request.what) {
    case What::Pdf:
        if (!pdf)
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("no PDF writer in this build"));
        if (auto written = pdf(cache, header.value(), request.filter, request.path); !written)
            return written.error();
        rows = header->totals.messages;
        break;
    case What::Breakdown:
        rows = PrivateFile::write<qint64>(request.path, [&](QIODevice &out) {
            return ReportExport::writeBreakdown(
                cache, request.dimension, request.filter, request.format, header.value(), out);
        });
        break;
    case What::Records:
        rows = PrivateFile::write<qint64>(request.path, [&](QIODevice &out) {
            return ReportExport::writeRecords(cache, request.filter, request.format, header.value(),
                out, [cancelled] { return cancelled && cancelled->load(); });
        });
        break;
    }
    if (!rows)
        return rows;
    const QString what = request.what == What::Records ? QStringLiteral("records")
        : request.what == What::Pdf                    ? QStringLiteral("report")
                                                       : dimensionName(request.dimension);
    if (auto logged = log.append(QStringLiteral("report.export"),
            { { QStringLiteral("pull"), request.filter.pullId },
                { QStringLiteral("format"), formatName(request) }, { QStringLiteral("what"), what },
                { QStringLiteral("rows"), rows.value() } });
        !logged)
        return logged.error();
    return rows;
}

} // namespace relay::core
