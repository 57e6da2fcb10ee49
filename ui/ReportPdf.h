#pragma once

#include "Result.h"
#include "exports/ReportExport.h"
#include "reports/ReportCache.h"

#include <QString>

class QTextDocument;

namespace relay::ui {

// Prints a document to a PDF file through core::PrivateFile (0600): A4, or Letter
// where the locale measures in inches; 5 mm margins; pages numbered.
[[nodiscard]] core::Status printPdf(
    QTextDocument &document, const QString &path, const QString &title, const QString &creator);

// The client usage report as a PDF: a cover with the client, range and
// totals; what the report does not contain; each chart as a picture; the
// breakdown tables; page numbers. Written through core::PrivateFile (0600), so a
// failed export leaves no partial file. Needs a QApplication (the charts
// are QGraphicsWidgets); the CLI makes an offscreen one for it.
[[nodiscard]] core::Status writeReportPdf(core::ReportCache &cache,
    const core::ReportExport::Header &header, const core::ReportCache::Filter &filter,
    const QString &path);

} // namespace relay::ui
