#include "CompliancePdf.h"

#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>

namespace relay::ui {

namespace {

class CompliancePdf
{
    Q_DECLARE_TR_FUNCTIONS(CompliancePdf)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString countsText(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QJsonArray array = it.value().toArray();
        const QString value = it.value().isArray()
            ? (array.isEmpty() ? QString() : array.first().toString())
            : QLocale().toString(it.value().toInteger());
        parts.append(QStringLiteral("%1 %2").arg(
            QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')), value));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

core::Status writeCompliancePdf(const QJsonObject &report, const QString &path)
{
    const QJsonObject signature = report.value(QStringLiteral("signature")).toObject();
    if (signature.isEmpty())
        return core::makeError(
            core::ErrorCode::InvalidInput, CompliancePdf::tr("the report is not signed"));
    const bool passed = report.value(QStringLiteral("passed")).toBool();
    const QString json = QFileInfo(path).completeBaseName() + QStringLiteral(".json");

    QString html;
    html += QStringLiteral("<h1>%1</h1>")
                .arg(escaped(CompliancePdf::tr("Data retention compliance report")));
    html += QStringLiteral("<table cellpadding=\"2\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(value));
    };
    // Identifiers in monospace: a proportional font draws "ff" and "fi" as
    // ligatures, and a fingerprint copied from the page would then not
    // compare equal to the one `workspace info` prints.
    const auto idRow = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td><code>%2</code></td></tr>")
                    .arg(escaped(label), escaped(value));
    };
    idRow(CompliancePdf::tr("Workspace"), report.value(QStringLiteral("workspace_id")).toString());
    row(CompliancePdf::tr("Generated"), report.value(QStringLiteral("generated_at")).toString());
    row(CompliancePdf::tr("Retention inventory"),
        CompliancePdf::tr("version %1")
            .arg(report.value(QStringLiteral("inventory_version")).toInt()));
    row(CompliancePdf::tr("Relay Audit"), report.value(QStringLiteral("app_version")).toString());
    row(CompliancePdf::tr("Result"),
        passed ? CompliancePdf::tr("every check passes") : CompliancePdf::tr("some checks fail"));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(escaped(CompliancePdf::tr("Checks")));
    for (const QJsonValue &value : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        const bool ok = check.value(QStringLiteral("passed")).toBool();
        html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                    .arg(escaped(ok ? CompliancePdf::tr("PASS") : CompliancePdf::tr("FAIL")),
                        escaped(check.value(QStringLiteral("title")).toString()),
                        escaped(countsText(check.value(QStringLiteral("counts")).toObject())));
        const QJsonArray evidence = check.value(QStringLiteral("evidence")).toArray();
        if (!evidence.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QJsonValue &e : evidence) {
                const QJsonObject finding = e.toObject();
                html += QStringLiteral("<li><small>%1: %2</small></li>")
                            .arg(escaped(finding.value(QStringLiteral("where")).toString()),
                                escaped(finding.value(QStringLiteral("what")).toString()));
            }
            html += QStringLiteral("</ul>");
        }
    }

    // Every store the report lists; the name of one this version does not know is shown as it is.
    const QJsonObject purges = report.value(QStringLiteral("purges_last_30_days")).toObject();
    const QHash<QString, QString> storeNames { { QStringLiteral("report_cache"),
                                                   CompliancePdf::tr("Report cache") },
        { QStringLiteral("delivery_log"), CompliancePdf::tr("Delivery log") },
        { QStringLiteral("access_audit"), CompliancePdf::tr("Setup Audit Trail") },
        { QStringLiteral("links"), CompliancePdf::tr("Short links and clicks") },
        { QStringLiteral("scheduler"), CompliancePdf::tr("Scheduler bookings") } };
    html += QStringLiteral("<h2>%1</h2>")
                .arg(escaped(CompliancePdf::tr("Purges in the last 30 days")));
    for (auto it = purges.constBegin(); it != purges.constEnd(); ++it) {
        html += QStringLiteral("<p>%1: %2</p>")
                    .arg(escaped(storeNames.value(it.key(), it.key())),
                        escaped(countsText(it.value().toObject())));
    }

    const QJsonObject exports = report.value(QStringLiteral("exports_last_30_days")).toObject();
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(escaped(CompliancePdf::tr("Exports in the last 30 days")),
                    escaped(CompliancePdf::tr(
                        "%1 exports, %2 rows. Exported files are outside the encrypted workspace "
                        "by design and are not among the checked files.")
                                .arg(exports.value(QStringLiteral("exports")).toInteger())
                                .arg(exports.value(QStringLiteral("rows")).toInteger())));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(CompliancePdf::tr("Signature")));
    html += QStringLiteral("<table cellpadding=\"2\">");
    row(CompliancePdf::tr("Algorithm"), signature.value(QStringLiteral("algorithm")).toString());
    idRow(CompliancePdf::tr("Fingerprint"),
        signature.value(QStringLiteral("fingerprint")).toString());
    idRow(
        CompliancePdf::tr("Public key"), signature.value(QStringLiteral("public_key")).toString());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p><p><small><code>%2</code></small></p>")
                .arg(escaped(CompliancePdf::tr(
                         "This PDF renders the signed report %1. To check that report, run "
                         "\"relayaudit-cli retention verify-report %1\"; compare the fingerprint "
                         "with "
                         "\"relayaudit-cli workspace info\" of the workspace.")
                                 .arg(json)),
                    escaped(signature.value(QStringLiteral("value")).toString()));

    QTextDocument document;
    document.setHtml(html);
    return printPdf(document, path, CompliancePdf::tr("Data retention compliance report"),
        QStringLiteral("Relay Audit %1")
            .arg(report.value(QStringLiteral("app_version")).toString()));
}

} // namespace relay::ui
