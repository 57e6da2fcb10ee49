#include "ReportCommands.h"

#include "scheduler/Scheduler.h"

#include "links/LinkStore.h"

#include "access/AccessAudit.h"
#include "deliveries/DeliveryLog.h"

#include "Interrupt.h"
#include "exports/ExportReport.h"
#include "exports/ReportExport.h"
#include "ingest/FileImport.h"
#include "ingest/ReportImporter.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

#include <unistd.h>

namespace relay::cli {

using namespace relay::core;

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject pullJson(const ReportCache::Pull &p)
{
    return QJsonObject {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("provider"), p.provider },
        { QStringLiteral("account"), p.account },
        { QStringLiteral("client"), p.client },
        { QStringLiteral("from"), dateOrNull(p.from) },
        { QStringLiteral("to"), dateOrNull(p.to) },
        { QStringLiteral("senders"), QJsonArray::fromStringList(p.senders) },
        { QStringLiteral("state"), ReportCache::stateName(p.state) },
        { QStringLiteral("pages"), p.pages },
        { QStringLiteral("records"), p.records },
        { QStringLiteral("segments"), p.segments },
        { QStringLiteral("duplicates"), p.duplicates },
        { QStringLiteral("created"), p.created.toString(Qt::ISODate) },
        { QStringLiteral("completed"),
            p.completed.isValid() ? QJsonValue(p.completed.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("expires"), p.expires.toString(Qt::ISODate) },
        { QStringLiteral("requestedBy"), p.requestedBy },
        { QStringLiteral("error"), p.error.isEmpty() ? QJsonValue() : QJsonValue(p.error) },
    };
}

bool parsePullId(const QString &text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out > 0;
}

// --pull ID means what that pull's request covers (ReportCache::coverage),
// narrowed by the other options.
Result<ReportCache::Filter> scoped(ReportCache &cache, const ReportCache::Filter &options)
{
    if (options.pullId <= 0)
        return options;
    auto coverage = cache.coverage(options.pullId);
    if (!coverage)
        return coverage.error();
    return coverage->narrowedBy(options);
}

// The options that narrow a breakdown or an export, shared so both read
// them the same way.
class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(FilterOptions)
public:
    QCommandLineOption pull { QStringLiteral("pull"), tr("Only this pull."), QStringLiteral("id") };
    QCommandLineOption from { QStringLiteral("from"), tr("First UTC day (YYYY-MM-DD)."),
        QStringLiteral("date") };
    QCommandLineOption to { QStringLiteral("to"), tr("Last UTC day (YYYY-MM-DD)."),
        QStringLiteral("date") };
    QCommandLineOption gateway { QStringLiteral("gateway"),
        tr("Only this sending number (as the provider writes it)."), QStringLiteral("number") };
    QCommandLineOption campaign { QStringLiteral("campaign"),
        tr("Only this 10DLC campaign id (\"\" for none)."), QStringLiteral("id") };
    QCommandLineOption brand { QStringLiteral("brand"),
        tr("Only this 10DLC brand id (\"\" for none)."), QStringLiteral("id") };
    QCommandLineOption status { QStringLiteral("status"),
        tr("Only this provider status (delivered, undelivered, ...)."), QStringLiteral("status") };
    QCommandLineOption direction { QStringLiteral("direction"), tr("outbound or inbound."),
        QStringLiteral("direction") };
    QCommandLineOption channel { QStringLiteral("channel"), tr("sms, mms or whatsapp."),
        QStringLiteral("channel") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ pull, from, to, gateway, campaign, brand, status, direction, channel });
    }

    // An error message naming the bad option, or an empty string.
    QString read(const QCommandLineParser &parser, ReportCache::Filter *f) const
    {
        if (parser.isSet(pull) && !parsePullId(parser.value(pull), &f->pullId))
            return tr("--pull takes a pull id, not '%1'").arg(parser.value(pull));
        for (const auto &[option, date] :
            { std::pair { &from, &f->from }, std::pair { &to, &f->to } }) {
            if (!parser.isSet(*option))
                continue;
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return tr("--%1 takes a date as YYYY-MM-DD, not '%2'")
                    .arg(option->names().first(), parser.value(*option));
        }
        if (f->from.isValid() && f->to.isValid() && f->from > f->to)
            return tr("--from (%1) is after --to (%2)")
                .arg(f->from.toString(Qt::ISODate), f->to.toString(Qt::ISODate));
        for (const auto &[option, value] :
            { std::pair { &gateway, &f->gateway }, std::pair { &campaign, &f->campaign },
                std::pair { &brand, &f->brand }, std::pair { &status, &f->status } }) {
            if (parser.isSet(*option))
                *value
                    = parser.value(*option).isNull() ? QStringLiteral("") : parser.value(*option);
        }
        if (parser.isSet(direction)) {
            const QString d = parser.value(direction);
            if (d == QLatin1String("outbound"))
                f->direction = Direction::Outbound;
            else if (d == QLatin1String("inbound"))
                f->direction = Direction::Inbound;
            else
                return tr("--direction takes outbound or inbound, not '%1'").arg(d);
        }
        if (parser.isSet(channel)) {
            const QString c = parser.value(channel);
            if (c == QLatin1String("sms"))
                f->channel = Channel::Sms;
            else if (c == QLatin1String("mms"))
                f->channel = Channel::Mms;
            else if (c == QLatin1String("whatsapp"))
                f->channel = Channel::WhatsApp;
            else
                return tr("--channel takes sms, mms or whatsapp, not '%1'").arg(c);
        }
        return {};
    }
};

} // namespace

// --- import -----------------------------------------------------------------

QString ImportCommand::summary() const
{
    return tr("Import saved provider reports (Twilio pages or BulkExport day files, Telnyx detail "
              "records).");
}

void ImportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports files into the encrypted report cache as a new pull, kept 7 days. Formats:\n"
           "  twilio-json  saved Twilio Messages list pages (JSON)\n"
           "  twilio-bulk  Twilio BulkExport day files (JSON lines, plain or .gz)\n"
           "  telnyx-mdr   saved Telnyx detail-record pages (JSON)\n"
           "Message bodies and the other party's numbers are never read into the cache."));
    parser.addPositionalArgument(
        QStringLiteral("format"), tr("twilio-json, twilio-bulk or telnyx-mdr"));
    parser.addPositionalArgument(
        QStringLiteral("files"), tr("The files to import."), QStringLiteral("FILE..."));
    const QCommandLineOption client(
        QStringLiteral("client"), tr("The client the report is for."), QStringLiteral("label"));
    parser.addOption(client);
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    ReportImporter::Format format {};
    if (positional.isEmpty() || !ReportImporter::parseFormat(positional.first(), &format)) {
        usageError(positional.isEmpty()
                ? tr("import needs a format and at least one file")
                : tr("unknown import format '%1' (twilio-json, twilio-bulk, telnyx-mdr)")
                      .arg(positional.first()));
        return;
    }
    const QStringList files = positional.mid(1);
    if (files.isEmpty()) {
        usageError(tr("import needs at least one file"));
        return;
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            fail(makeError(ErrorCode::NotFound, tr("no such file: %1").arg(file)));
            return;
        }
    }
    const QString clientLabel = parser.value(client);
    withWorkspace([this, format, files, clientLabel](std::unique_ptr<Workspace> workspace) {
        ReportCache &cache = workspace->reports();
        QElapsedTimer timer;
        timer.start();
        installInterruptHandler();
        const bool tty = ::isatty(STDERR_FILENO) == 1;
        const auto progress = [this, &timer](const ReportImporter::Progress &p) {
            if (m_ctx.json)
                return;
            const double seconds = qMax(0.001, static_cast<double>(timer.elapsed()) / 1000.0);
            printProgress(tr("file %1/%2: %3 records, %4 duplicates, %5 records/s")
                              .arg(p.file)
                              .arg(p.files)
                              .arg(p.records)
                              .arg(p.duplicates)
                              .arg(qRound64(static_cast<double>(p.records) / seconds)));
        };
        auto imported = FileImport::run(cache, workspace->activityLog(),
            { format, files, clientLabel }, &interruptFlag(), progress);
        if (tty && !m_ctx.json)
            m_ctx.err << '\n';
        if (!imported) {
            fail(imported.error());
            return;
        }
        if (const std::optional<Error> &failure = imported->failure) {
            if (failure->code == ErrorCode::Cancelled) {
                m_ctx.err << tr("Interrupted: pull %1 keeps the %2 records stored so far.")
                                 .arg(imported->pullId)
                                 .arg(imported->progress.records)
                          << Qt::endl;
            }
            fail(*failure);
            return;
        }
        auto pull = cache.pull(imported->pullId);
        if (!pull) {
            fail(pull.error());
            return;
        }
        if (m_ctx.json) {
            printJson(pullJson(pull.value()));
        } else {
            m_ctx.out << tr("Imported %1 records (%2 segments) into pull %3; %4 duplicates "
                            "skipped. Expires %5.")
                             .arg(pull->records)
                             .arg(pull->segments)
                             .arg(pull->id)
                             .arg(pull->duplicates)
                             .arg(QLocale().toString(
                                 pull->expires.toLocalTime(), QLocale::ShortFormat))
                      << Qt::endl;
        }
        finish(ExitOk);
    });
}

// --- pulls ------------------------------------------------------------------

QString PullsCommand::summary() const
{
    return tr("List the report pulls in the cache, with their 7-day expiry.");
}

void PullsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists report pulls (oldest first): id, provider, client, range, state, "
           "records, segments, created, expires."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto pulls = workspace->reports().pulls();
        if (!pulls) {
            fail(pulls.error());
            return;
        }
        if (m_ctx.json) {
            QJsonArray rows;
            for (const auto &p : pulls.value())
                rows.append(pullJson(p));
            printJson(rows);
            finish(ExitOk);
            return;
        }
        if (pulls->isEmpty()) {
            m_ctx.out << tr("No report pulls in this workspace.") << Qt::endl;
            finish(ExitOk);
            return;
        }
        m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                         .arg(tr("ID"), 4)
                         .arg(tr("PROVIDER"), -12)
                         .arg(tr("CLIENT"), -14)
                         .arg(tr("RANGE"), -23)
                         .arg(tr("STATE"), -9)
                         .arg(tr("RECORDS"), 9)
                         .arg(tr("SEGMENTS"), 9)
                         .arg(tr("CREATED"), -17)
                         .arg(tr("EXPIRES"));
        for (const auto &p : pulls.value()) {
            const QString range = p.from.isValid()
                ? p.from.toString(Qt::ISODate) + QStringLiteral("..") + p.to.toString(Qt::ISODate)
                : QStringLiteral("-");
            m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                             .arg(p.id, 4)
                             .arg(p.provider, -12)
                             .arg(p.client.isEmpty() ? QStringLiteral("-") : p.client, -14)
                             .arg(range, -23)
                             .arg(ReportCache::stateName(p.state), -9)
                             .arg(p.records, 9)
                             .arg(p.segments, 9)
                             .arg(p.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")), -17)
                             .arg(p.expires.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        finish(ExitOk);
    });
}

// --- breakdown --------------------------------------------------------------

QString BreakdownCommand::summary() const
{
    return tr("Messages and segments by sender, status, day, campaign, brand, error, segments, "
              "direction or channel.");
}

void BreakdownCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts messages and segments of every live pull (or one) by a dimension. "
           "Days are UTC, keyed on date_sent (date_created when unsent)."));
    const QCommandLineOption by(QStringLiteral("by"),
        tr("sender, status, day, campaign, brand, error, segments, direction, channel, "
           "service or provider"),
        QStringLiteral("dimension"));
    const QCommandLineOption csv(QStringLiteral("csv"),
        tr("Prints CSV (with shares, and the descriptions of error "
           "codes)."));
    const FilterOptions filterOptions;
    parser.addOption(by);
    filterOptions.addTo(parser);
    parser.addOption(csv);
    if (!parse(parser, arguments))
        return;
    ReportCache::Dimension dimension {};
    if (!parser.isSet(by) || !ReportCache::parseDimension(parser.value(by), &dimension)) {
        usageError(parser.isSet(by) ? tr("unknown dimension '%1'").arg(parser.value(by))
                                    : tr("breakdown needs --by"));
        return;
    }
    ReportCache::Filter requested;
    if (const QString error = filterOptions.read(parser, &requested); !error.isEmpty()) {
        usageError(error);
        return;
    }
    const bool asCsv = parser.isSet(csv);
    withWorkspace([this, dimension, options = requested, asCsv](
                      std::unique_ptr<Workspace> workspace) {
        auto scope = scoped(workspace->reports(), options);
        if (!scope) {
            fail(scope.error());
            return;
        }
        const ReportCache::Filter &filter = scope.value();
        if (asCsv) {
            auto table = ReportExport::breakdownTable(workspace->reports(), dimension, filter);
            if (!table) {
                fail(table.error());
                return;
            }
            QByteArray text = ReportExport::csvLine(table->columns);
            for (const QStringList &row : table->rows)
                text += ReportExport::csvLine(row);
            printExact(QString::fromUtf8(text));
            finish(ExitOk);
            return;
        }
        auto rows = workspace->reports().breakdown(dimension, filter);
        if (!rows) {
            fail(rows.error());
            return;
        }
        const QString name = ReportCache::dimensionName(dimension);
        if (m_ctx.json) {
            QJsonArray array;
            for (const auto &r : rows.value()) {
                array.append(QJsonObject {
                    { QStringLiteral("key"), r.key.isNull() ? QJsonValue() : QJsonValue(r.key) },
                    { QStringLiteral("messages"), r.messages },
                    { QStringLiteral("segments"), r.segments } });
            }
            printJson(
                QJsonObject { { QStringLiteral("by"), name }, { QStringLiteral("rows"), array } });
        } else {
            qint64 messages = 0, segments = 0;
            for (const auto &r : rows.value()) {
                m_ctx.out << QStringLiteral("%1  %2  %3\n")
                                 .arg(r.key.isNull() ? tr("(none)") : r.key, -36)
                                 .arg(r.messages, 10)
                                 .arg(r.segments, 10);
                messages += r.messages;
                segments += r.segments;
            }
            m_ctx.out << QStringLiteral("%1  %2  %3\n")
                             .arg(tr("total"), -36)
                             .arg(messages, 10)
                             .arg(segments, 10);
        }
        finish(ExitOk);
    });
}

// --- export -----------------------------------------------------------------

QString ExportCommand::summary() const
{
    return tr("Export a client usage report: records or a breakdown as CSV or JSON, or a PDF.");
}

void ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the cached records of a pull (or of all live pulls), narrowed by the "
           "filter options, to a file. The file holds ids, the sending gateway, statuses, "
           "segments and timestamps; never a message body or a recipient. Every export "
           "is recorded in the activity log (counts only)."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Export every live pull."));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("csv, json or pdf"), QStringLiteral("format"));
    const QCommandLineOption breakdownOption(QStringLiteral("breakdown"),
        tr("Write this breakdown (csv or json) instead of the records."),
        QStringLiteral("dimension"));
    const QCommandLineOption out(
        QStringLiteral("out"), tr("The file to write."), QStringLiteral("file"));
    const FilterOptions filterOptions;
    parser.addOption(all);
    filterOptions.addTo(parser);
    parser.addOptions({ format, breakdownOption, out });
    if (!parse(parser, arguments))
        return;
    if (parser.isSet(filterOptions.pull) == parser.isSet(all)) {
        usageError(tr("export needs exactly one of --pull ID and --all"));
        return;
    }
    ReportCache::Filter requested;
    if (const QString error = filterOptions.read(parser, &requested); !error.isEmpty()) {
        usageError(error);
        return;
    }
    const QString fmt = parser.value(format);
    const bool pdf = fmt == QLatin1String("pdf");
    ReportExport::Format dataFormat {};
    if (!pdf && !ReportExport::parseFormat(fmt, &dataFormat)) {
        usageError(tr("--format takes csv, json or pdf"));
        return;
    }
    std::optional<ReportCache::Dimension> breakdown;
    if (parser.isSet(breakdownOption)) {
        ReportCache::Dimension dimension {};
        if (!ReportCache::parseDimension(parser.value(breakdownOption), &dimension)) {
            usageError(tr("unknown dimension '%1'").arg(parser.value(breakdownOption)));
            return;
        }
        if (pdf) {
            usageError(tr("--breakdown is for csv and json; a PDF holds every breakdown"));
            return;
        }
        breakdown = dimension;
    }
    if (parser.value(out).isEmpty()) {
        usageError(tr("export needs --out FILE"));
        return;
    }
    if (pdf && !m_ctx.pdfExporter) {
        fail(makeError(ErrorCode::InvalidInput,
            tr("this build has no GUI libraries, which PDF reports need; "
               "export csv or json, or use the full build")));
        return;
    }
    const QString path = parser.value(out);
    installInterruptHandler();
    withWorkspace([this, options = requested, fmt, pdf, dataFormat, breakdown, path](
                      std::unique_ptr<Workspace> workspace) {
        ReportCache &cache = workspace->reports();
        auto scope = scoped(cache, options);
        if (!scope) {
            fail(scope.error());
            return;
        }
        ExportReport::Request request;
        request.path = path;
        request.what = pdf ? ExportReport::What::Pdf
            : breakdown    ? ExportReport::What::Breakdown
                           : ExportReport::What::Records;
        request.format = dataFormat;
        if (breakdown)
            request.dimension = *breakdown;
        request.filter = scope.value();
        request.appVersion = QCoreApplication::applicationVersion();
        auto written = ExportReport::run(cache, workspace->activityLog(), request,
            m_ctx.clock.nowUtc(), &interruptFlag(), m_ctx.pdfExporter);
        if (!written) {
            fail(written.error());
            return;
        }
        const qint64 rows = written.value();
        if (m_ctx.json) {
            printJson(
                QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("rows"), rows } });
        } else if (pdf) {
            m_ctx.out << tr("Wrote a client usage report of %1 messages to %2.").arg(rows).arg(path)
                      << Qt::endl;
        } else if (breakdown) {
            m_ctx.out << tr("Wrote %1 breakdown rows to %2.").arg(rows).arg(path) << Qt::endl;
        } else {
            m_ctx.out << tr("Wrote %1 records to %2.").arg(rows).arg(path) << Qt::endl;
        }
        finish(ExitOk);
    });
}

// --- purge ------------------------------------------------------------------

QString PurgeCommand::summary() const
{
    return tr("Delete report pulls past their retention now (or one pull), keeping counts in the "
              "purge log.");
}

void PurgeCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes expired report pulls (past their 7 days), or one pull at once with "
           "--pull. The purge log keeps ids, counts and times only."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Only list what would be deleted."));
    const QCommandLineOption pull(
        QStringLiteral("pull"), tr("Delete this pull now, expired or not."), QStringLiteral("id"));
    parser.addOptions({ dryRun, pull });
    if (!parse(parser, arguments))
        return;
    qint64 pullId = 0;
    if (parser.isSet(pull) && !parsePullId(parser.value(pull), &pullId)) {
        usageError(tr("--pull takes a pull id, not '%1'").arg(parser.value(pull)));
        return;
    }
    const bool dry = parser.isSet(dryRun);
    withWorkspace([this, pullId, dry](std::unique_ptr<Workspace> workspace) {
        if (pullId > 0) {
            if (auto p = workspace->reports().pull(pullId); !p) {
                fail(p.error());
                return;
            }
        }
        // A real purge writes its activity entries in its own transactions.
        auto purged
            = dry ? workspace->reports().purge(true, pullId) : workspace->purgePulls(pullId);
        if (!purged) {
            fail(purged.error());
            return;
        }
        if (m_ctx.json) {
            QJsonArray rows;
            for (const auto &r : purged.value()) {
                rows.append(QJsonObject { { QStringLiteral("pull"), r.pullId },
                    { QStringLiteral("records"), r.records },
                    { QStringLiteral("rollups"), r.rollups },
                    { QStringLiteral("aggregates"), r.aggregates },
                    { QStringLiteral("mappings"), r.mappings } });
            }
            printJson(QJsonObject {
                { QStringLiteral("dryRun"), dry }, { QStringLiteral("pulls"), rows } });
        } else if (purged->isEmpty()) {
            m_ctx.out << tr("Nothing to purge.") << Qt::endl;
        } else {
            for (const auto &r : purged.value()) {
                m_ctx.out << (dry ? tr("Would delete pull %1: %2 records.")
                                  : tr("Deleted pull %1: %2 records."))
                                 .arg(r.pullId)
                                 .arg(r.records)
                          << Qt::endl;
            }
        }
        finish(ExitOk);
    });
}

// --- settings ---------------------------------------------------------------

QString SettingsCommand::summary() const
{
    return tr(
        "Show or change workspace settings: report-ttl-days (1 to 7), and log-, access-, link- and "
        "scheduler-retention-days (1 to 3650).");
}

namespace {

// One row per setting: its name, its limit, and the store that keeps it.
struct DaysSetting {
    const char *name;
    const char *jsonKey;
    int max;
    std::function<Result<int>(Workspace &)> get;
    std::function<Status(Workspace &, int)> set;
};

const QList<DaysSetting> &daysSettings()
{
    static const QList<DaysSetting> settings {
        { "report-ttl-days", "reportTtlDays", ReportCache::kMaxTtlDays,
            [](Workspace &w) { return w.reports().ttlDays(); },
            [](Workspace &w, int d) { return w.reports().setTtlDays(d); } },
        { "log-retention-days", "logRetentionDays", DeliveryLog::kMaxLogRetentionDays,
            [](Workspace &w) { return w.deliveries().logRetentionDays(); },
            [](Workspace &w, int d) { return w.deliveries().setLogRetentionDays(d); } },
        { "access-retention-days", "accessRetentionDays", AccessAudit::kMaxRetentionDays,
            [](Workspace &w) { return w.access().retentionDays(); },
            [](Workspace &w, int d) { return w.access().setRetentionDays(d); } },
        { "link-retention-days", "linkRetentionDays", LinkStore::kMaxRetentionDays,
            [](Workspace &w) { return w.links().retentionDays(); },
            [](Workspace &w, int d) { return w.links().setRetentionDays(d); } },
        { "scheduler-retention-days", "schedulerRetentionDays", Scheduler::kMaxRetentionDays,
            [](Workspace &w) { return w.scheduler().retentionDays(); },
            [](Workspace &w, int d) { return w.scheduler().setRetentionDays(d); } },
    };
    return settings;
}

} // namespace

void SettingsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("report-ttl-days [DAYS]: how many days report pulls are kept (1 to 7; the "
           "policy allows no more than 7).\n"
           "log-retention-days [DAYS]: how many days the delivery log keeps a message "
           "after its last status change (1 to 3650, default 90).\n"
           "access-retention-days [DAYS]: how many days imported Setup Audit Trail rows "
           "and their reviews are kept (1 to 3650, default 365).\n"
           "link-retention-days [DAYS]: how many days short links and their clicks are kept "
           "after the link was made (1 to 3650, default 90; a click written back goes 7 days "
           "after its write).\n"
           "scheduler-retention-days [DAYS]: how many days bookings are kept after they end "
           "(1 to 3650, default 90)."));
    parser.addPositionalArgument(QStringLiteral("setting"),
        tr("report-ttl-days, log-retention-days, access-retention-days, "
           "link-retention-days or scheduler-retention-days"));
    parser.addPositionalArgument(
        QStringLiteral("value"), tr("The new value."), QStringLiteral("[value]"));
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString name = positional.value(0);
    const auto &settings = daysSettings();
    const auto it = std::find_if(settings.cbegin(), settings.cend(),
        [&name](const DaysSetting &s) { return name == QLatin1String(s.name); });
    if (it == settings.cend() || positional.size() > 2) {
        QStringList names;
        for (const DaysSetting &s : settings)
            names << QLatin1String(s.name) + QStringLiteral(" [DAYS]");
        usageError(tr("settings takes: %1").arg(names.join(QStringLiteral(" | "))));
        return;
    }
    const DaysSetting &setting = *it;
    int days = 0;
    if (positional.size() == 2) {
        bool ok = false;
        days = positional.at(1).toInt(&ok);
        if (!ok || days < 1 || days > setting.max) {
            usageError(tr("%1 must be a whole number from 1 to %2, not '%3'")
                           .arg(name)
                           .arg(setting.max)
                           .arg(positional.at(1)));
            return;
        }
    }
    withWorkspace([this, days, setting, name](std::unique_ptr<Workspace> workspace) {
        if (days > 0) {
            if (const Status set = setting.set(*workspace, days); !set) {
                fail(set.error());
                return;
            }
            logActivity(*workspace, QStringLiteral("settings.") + name,
                { { QStringLiteral("days"), days } });
            if (auto purged = workspace->purgeExpired(); !purged) {
                fail(purged.error());
                return;
            }
        }
        auto current = setting.get(*workspace);
        if (!current) {
            fail(current.error());
            return;
        }
        if (m_ctx.json)
            printJson(QJsonObject { { QLatin1String(setting.jsonKey), current.value() } });
        else
            m_ctx.out << QStringLiteral("%1 = %2").arg(name).arg(current.value()) << Qt::endl;
        finish(ExitOk);
    });
}

} // namespace relay::cli
