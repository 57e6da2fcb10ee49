#pragma once

#include "Result.h"
#include "exports/ReportExport.h"
#include "reports/ReportCache.h"

#include <QList>
#include <QString>

class QChart;

namespace relay::ui {

// Everything the breakdown page and the PDF report show for one filter,
// read from the roll-ups in one go.
struct ReportData {
    core::ReportCache::Filter filter;
    core::ReportCache::Totals totals;
    QList<core::ReportCache::CrossRow> dayByStatus;
    core::ReportExport::Table campaigns;
    core::ReportExport::Table brands;
    core::ReportExport::Table gateways;
    core::ReportExport::Table segments;
    core::ReportExport::Table errors;
    core::ReportExport::Table statuses;

    [[nodiscard]] static core::Result<ReportData> load(
        core::ReportCache &cache, const core::ReportCache::Filter &filter);
};

// Delivery rate: delivered / (delivered + undelivered + failed), the
// providers' final states (Telnyx: delivered vs failed, gw_reject,
// gw_timeout, delivery_failed, sending_failed). -1 when nothing is final.
double deliveryRate(qint64 delivered, qint64 failed);
bool isFailedStatus(const QString &status);

// The charts, as new QChart objects the caller owns. `dark` picks the dark
// theme for a dark palette; tooltips show on hover.
namespace charts {
enum class Measure { Segments, Messages };
QChart *dailyByStatus(const ReportData &data, Measure measure, bool dark);
QChart *deliveryRate(const ReportData &data, bool dark);
// The top `limit` rows of a table as horizontal bars (key, messages,
// segments); the rest summed as "other".
QChart *topBars(const QString &title, const core::ReportExport::Table &table, Measure measure,
    int limit, bool dark);
QChart *segmentDistribution(const ReportData &data, bool dark);
} // namespace charts

} // namespace relay::ui
