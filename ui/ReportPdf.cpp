#include "ReportPdf.h"

#include "PrivateFile.h"

#include "ReportCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace relay::ui {

namespace {

class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    static QString columnTitle(const QString &column);
};

QString ReportPdf::columnTitle(const QString &column)
{
    static const QHash<QString, const char *> titles {
        { QStringLiteral("messages"), QT_TR_NOOP("Messages") },
        { QStringLiteral("segments_total"), QT_TR_NOOP("Segments") },
        { QStringLiteral("share_percent"), QT_TR_NOOP("Share %") },
        { QStringLiteral("messaging_services"), QT_TR_NOOP("Messaging services") },
        { QStringLiteral("campaign"), QT_TR_NOOP("Campaign") },
        { QStringLiteral("brand"), QT_TR_NOOP("Brand") },
        { QStringLiteral("sender"), QT_TR_NOOP("Sending gateway") },
        { QStringLiteral("segments"), QT_TR_NOOP("Segments per message") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("error_code"), QT_TR_NOOP("Error code") },
        { QStringLiteral("provider"), QT_TR_NOOP("Provider") },
        { QStringLiteral("title"), QT_TR_NOOP("Meaning") },
        { QStringLiteral("description"), QT_TR_NOOP("What it usually means") },
    };
    const char *title = titles.value(column);
    return title ? tr(title) : column;
}

QImage render(QChart *chart, QSize size)
{
    // A scene of its own: the chart needs no view, and the scene deletes it.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(
        &painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QString table(const core::ReportExport::Table &t, int limit, const QString &emptyText)
{
    if (t.rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(emptyText.toHtmlEscaped());
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &column : t.columns)
        html += QStringLiteral("<th bgcolor=\"#e8ecf0\">%1</th>")
                    .arg(ReportPdf::columnTitle(column).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    int shown = 0;
    for (const QStringList &row : t.rows) {
        if (shown++ == limit)
            break;
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString &column = t.columns.at(i);
            const bool number = column == QLatin1String("messages")
                || column == QLatin1String("segments_total")
                || column == QLatin1String("share_percent");
            QString value = row.at(i);
            if (number && column != QLatin1String("share_percent"))
                value = QLocale().toString(value.toLongLong());
            else if (number)
                value = QLocale().toString(value.toDouble(), 'f', 1);
            else if (value.isEmpty() && i == 0)
                value = ReportPdf::tr("(none)");
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" align=\"right\"") : QString(),
                            value.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (t.rows.size() > limit) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(ReportPdf::tr(
                        "… and %n more row(s); the CSV and JSON exports have them all.", nullptr,
                        static_cast<int>(t.rows.size() - limit)));
    }
    return html;
}

} // namespace

core::Status writeReportPdf(core::ReportCache &cache, const core::ReportExport::Header &header,
    const core::ReportCache::Filter &filter, const QString &path)
{
    auto loaded = ReportData::load(cache, filter);
    if (!loaded)
        return loaded.error();
    const ReportData &data = loaded.value();
    const QLocale locale;

    QTextDocument document;
    // QTextDocument::print() lays a page out at 96 dpi inside its own 2 cm
    // margins: with the writer's 5 mm, an A4 line is about 600 px wide.
    const QSize chartSize(600, 290);
    const std::pair<const char *, QChart *> pictures[] = {
        { "daily", charts::dailyByStatus(data, charts::Measure::Segments, false) },
        { "rate", charts::deliveryRate(data, false) },
        { "campaigns",
            charts::topBars(ReportPdf::tr("Segments by campaign"), data.campaigns,
                charts::Measure::Segments, 10, false) },
        { "brands",
            charts::topBars(ReportPdf::tr("Segments by brand"), data.brands,
                charts::Measure::Segments, 10, false) },
        { "gateways",
            charts::topBars(ReportPdf::tr("Segments by sending gateway"), data.gateways,
                charts::Measure::Segments, 10, false) },
        { "distribution", charts::segmentDistribution(data, false) },
    };
    for (const auto &[name, chart] : pictures)
        document.addResource(QTextDocument::ImageResource,
            QUrl(QStringLiteral("chart://") + QLatin1String(name)), render(chart, chartSize));

    const QString range = header.from.isValid()
        ? ReportPdf::tr("%1 to %2 (UTC days)")
              .arg(locale.toString(header.from, QLocale::LongFormat),
                  locale.toString(header.to, QLocale::LongFormat))
        : ReportPdf::tr("all cached days");
    QString html;
    html += QStringLiteral("<h1>%1</h1>")
                .arg(ReportPdf::tr("Messaging usage report").toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"3\">");
    const std::pair<QString, QString> facts[] = {
        { ReportPdf::tr("Client"),
            header.client.isEmpty() ? ReportPdf::tr("(not named)") : header.client },
        { ReportPdf::tr("Provider"), header.provider },
        { ReportPdf::tr("Range"), range },
        { ReportPdf::tr("Messages"), locale.toString(header.totals.messages) },
        { ReportPdf::tr("Segments"), locale.toString(header.totals.segments) },
        { ReportPdf::tr("Generated"), locale.toString(header.generated, QLocale::LongFormat) },
        { ReportPdf::tr("Generated by"), QStringLiteral("Relay Audit %1").arg(header.appVersion) },
    };
    for (const auto &[label, value] : facts) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    QStringList narrowed;
    const std::pair<QString, const QString *> conditions[] = {
        { ReportPdf::tr("sending gateway"), &filter.gateway },
        { ReportPdf::tr("messaging service"), &filter.service },
        { ReportPdf::tr("campaign"), &filter.campaign },
        { ReportPdf::tr("brand"), &filter.brand },
        { ReportPdf::tr("status"), &filter.status },
    };
    for (const auto &[label, value] : conditions) {
        if (!value->isNull())
            narrowed << QStringLiteral("%1 = %2").arg(
                label, value->isEmpty() ? ReportPdf::tr("(none)") : *value);
    }
    if (filter.channel)
        narrowed << ReportPdf::tr("one channel");
    if (filter.direction)
        narrowed << (*filter.direction == core::Direction::Inbound
                ? ReportPdf::tr("inbound only")
                : ReportPdf::tr("outbound only"));
    if (!narrowed.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportPdf::tr("Narrowed to: %1.")
                             .arg(narrowed.join(QStringLiteral("; ")))
                             .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(ReportPdf::tr("What this report contains").toHtmlEscaped(),
                    ReportPdf::tr(
                        "Counts of messages and segments from the provider's usage records, by "
                        "day, status, "
                        "campaign, brand, sending gateway, segment count and error code. Days are "
                        "UTC, "
                        "counted on the date a message was sent (created, when it was not sent).")
                        .toHtmlEscaped());
    html
        += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(ReportPdf::tr("What this report does not contain").toHtmlEscaped(),
                   ReportPdf::tr(
                       "No message bodies and no recipient phone numbers. Relay Audit never stores "
                       "either: usage records keep only ids, the client's own sending numbers, "
                       "statuses, "
                       "segment counts, timestamps, campaign and brand ids, error codes and "
                       "prices.")
                       .toHtmlEscaped());

    const auto picture = [](const char *name) {
        return QStringLiteral(
            "<p align=\"center\"><img src=\"chart://%1\" width=\"600\" height=\"290\"></p>")
            .arg(QLatin1String(name));
    };
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(ReportPdf::tr("Volume and delivery").toHtmlEscaped());
    html += picture("daily") + picture("rate");
    html += QStringLiteral("<h3>%1</h3>").arg(ReportPdf::tr("By status").toHtmlEscaped())
        + table(data.statuses, 50, ReportPdf::tr("No messages."));
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(ReportPdf::tr("Campaigns and brands (10DLC)").toHtmlEscaped());
    html += picture("campaigns") + table(data.campaigns, 50, ReportPdf::tr("No messages."));
    html += picture("brands") + table(data.brands, 50, ReportPdf::tr("No messages."));
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(ReportPdf::tr("Sending gateways").toHtmlEscaped());
    html += picture("gateways") + table(data.gateways, 40, ReportPdf::tr("No messages."));
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(ReportPdf::tr("Segments and errors").toHtmlEscaped());
    html += picture("distribution") + table(data.segments, 10, ReportPdf::tr("No messages."));
    html += QStringLiteral("<h3>%1</h3>").arg(ReportPdf::tr("Top error codes").toHtmlEscaped())
        + table(data.errors, 25, ReportPdf::tr("No message had an error code."));
    document.setHtml(html);

    return printPdf(document, path, ReportPdf::tr("Messaging usage report: %1").arg(header.client),
        QStringLiteral("Relay Audit %1").arg(header.appVersion));
}

core::Status printPdf(
    QTextDocument &document, const QString &path, const QString &title, const QString &creator)
{
    core::PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter writer(&file.device());
        writer.setTitle(title);
        writer.setCreator(creator);
        writer.setPageSize(
            QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                 : QPageSize::A4));
        writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);
        // With no page size of its own, the document is laid out on the
        // writer's pages and print() numbers them.
        document.print(&writer);
    }
    return file.commit();
}

} // namespace relay::ui
