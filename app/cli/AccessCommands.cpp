#include "AccessCommands.h"

#include "EnvCredentials.h"
#include "access/AccessAudit.h"
#include "activity/ActivityLog.h"
#include "salesforce/SalesforceClient.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace relay::cli {

using namespace relay::core;

namespace {

QJsonObject sessionJson(const AccessAudit::Session &s)
{
    QJsonObject json { { QStringLiteral("id"), s.id }, { QStringLiteral("org"), s.org },
        { QStringLiteral("staff_user"), s.staffUser },
        { QStringLiteral("acting_as"),
            s.actingAs.isEmpty() ? QJsonValue() : QJsonValue(s.actingAs) },
        { QStringLiteral("start"), Command::isoUtc(s.start) },
        { QStringLiteral("end"),
            s.end.isValid() ? QJsonValue(Command::isoUtc(s.end)) : QJsonValue() },
        { QStringLiteral("changes"), s.changes },
        { QStringLiteral("sections"), QJsonArray::fromStringList(s.sections) },
        { QStringLiteral("flags"), QJsonArray::fromStringList(s.flags.names()) },
        { QStringLiteral("grant"), s.grant.isEmpty() ? QJsonValue() : QJsonValue(s.grant) } };
    if (s.review) {
        json.insert(QStringLiteral("review"),
            QJsonObject {
                { QStringLiteral("status"), SessionBuilder::reviewStatusName(s.review->status) },
                { QStringLiteral("note"), s.review->note },
                { QStringLiteral("reviewer"), s.review->reviewer },
                { QStringLiteral("at"), Command::isoUtc(s.review->at) } });
    }
    return json;
}

} // namespace

QString AccessCommand::summary() const
{
    return tr("Subscriber-access sessions from the Salesforce Setup Audit Trail: import, review.");
}

void AccessCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("staff"))
        staff(arguments);
    else if (action == QLatin1String("import"))
        import(arguments);
    else if (action == QLatin1String("pull"))
        pull(arguments);
    else if (action == QLatin1String("sessions"))
        sessions(arguments);
    else if (action == QLatin1String("grant"))
        grant(arguments);
    else if (action == QLatin1String("hours"))
        hours(arguments);
    else if (action == QLatin1String("review"))
        review(arguments);
    else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr(
            "Usage: relayaudit-cli access <action> [options]\n\n"
            "Actions:\n"
            "  staff     Who counts as vendor staff: users, domains, the package publisher.\n"
            "  import    Import Setup Audit Trail rows from the downloaded CSV or saved REST "
            "pages.\n"
            "  pull      Query the Setup Audit Trail through the REST API and import it.\n"
            "  sessions  Vendor staff's subscriber-access sessions, with flags and reviews.\n"
            "  grant     Access grants entered by hand where the trail has none.\n"
            "  hours     An org's business hours, for the after-hours flag.\n"
            "  review    Record a review of a session.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else
        usageError(tr("access takes: staff | import | pull | sessions | grant | hours | review"));
}

void AccessCommand::staff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access "
        "staff list: who counts as vendor staff when they appear as the Delegate User (or log in "
        "as "
        "someone); --publisher names the vendor's package publisher as the trail writes it (e.g. "
        "\"Mogli Technologies\"), so that only its login-access grants count."));
    parser.addPositionalArgument(QStringLiteral("staff"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("verb"), tr("add, remove or list"));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("A staff member's Salesforce username."), QStringLiteral("username"));
    const QCommandLineOption domain(QStringLiteral("domain"),
        tr("A username domain every staff member has."), QStringLiteral("domain"));
    const QCommandLineOption publisher(
        QStringLiteral("publisher"), tr("The vendor's package publisher."), QStringLiteral("name"));
    parser.addOptions({ user, domain, publisher });
    if (!parse(parser, arguments))
        return;
    const QString verb = parser.positionalArguments().value(1);
    if (verb != QLatin1String("add") && verb != QLatin1String("remove")
        && verb != QLatin1String("list")) {
        usageError(tr("access staff takes: add | remove | list"));
        return;
    }
    const int given = (parser.isSet(user) ? 1 : 0) + (parser.isSet(domain) ? 1 : 0)
        + (parser.isSet(publisher) ? 1 : 0);
    if (verb != QLatin1String("list") && given != 1) {
        usageError(
            tr("access staff %1 needs exactly one of --user, --domain and --publisher").arg(verb));
        return;
    }
    const AccessAudit::Staff entry { parser.isSet(user) ? AccessAudit::StaffKind::User
            : parser.isSet(domain)                      ? AccessAudit::StaffKind::Domain
                                                        : AccessAudit::StaffKind::Publisher,
        parser.isSet(user)         ? parser.value(user)
            : parser.isSet(domain) ? parser.value(domain)
                                   : parser.value(publisher) };
    const auto kindText = &SessionBuilder::staffKindName;
    withWorkspace([this, verb, entry, kindText](std::unique_ptr<Workspace> workspace) {
        AccessAudit &access = workspace->access();
        if (verb != QLatin1String("list")) {
            if (auto s
                = verb == QLatin1String("add") ? access.addStaff(entry) : access.removeStaff(entry);
                !s) {
                fail(s.error());
                return;
            }
            logActivity(*workspace, QStringLiteral("access.staff.") + verb,
                { { QStringLiteral("kind"), kindText(entry.kind) } });
        }
        auto list = access.staff();
        if (!list) {
            fail(list.error());
            return;
        }
        if (m_ctx.json) {
            QJsonArray array;
            for (const AccessAudit::Staff &s : list.value())
                array.append(QJsonObject { { QStringLiteral("kind"), kindText(s.kind) },
                    { QStringLiteral("value"), s.value } });
            printJson(array);
        } else if (list->isEmpty()) {
            m_ctx.out << tr("No vendor staff configured: no session can be found.") << Qt::endl;
        } else {
            for (const AccessAudit::Staff &s : list.value())
                m_ctx.out << QStringLiteral("%1  %2").arg(
                    kindText(s.kind).leftJustified(9), s.value)
                          << '\n';
            m_ctx.out.flush();
        }
        finish(ExitOk);
    });
}

void AccessCommand::import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("access import FILE... --org NAME [--timezone ZONE] [--day-first]: imports Setup Audit "
           "Trail rows, from the "
           "CSV the Setup page downloads (its times are in the downloading user's Salesforce time "
           "zone: a US zone's abbreviation (PST, EDT, ...), UTC or GMT on every time fixes it; "
           "otherwise name it with --timezone, e.g. "
           "America/Los_Angeles; --day-first when dates read D/M/YYYY) or from saved REST query "
           "pages on SetupAuditTrail "
           "(JSON; several pages of one query at once). Re-importing adds nothing twice; a "
           "malformed row stops its file "
           "with the line, and nothing of that file is stored."));
    parser.addPositionalArgument(QStringLiteral("import"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("CSV downloads or JSON query pages."),
        QStringLiteral("FILE..."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The client org these rows come from."), QStringLiteral("name"));
    const QCommandLineOption zone(
        QStringLiteral("timezone"), tr("The CSV's time zone (IANA)."), QStringLiteral("zone"));
    const QCommandLineOption dayFirst(
        QStringLiteral("day-first"), tr("The CSV's dates read D/M/YYYY."));
    parser.addOptions({ org, zone, dayFirst });
    if (!parse(parser, arguments))
        return;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty() || parser.value(org).trimmed().isEmpty()) {
        usageError(tr("access import needs --org NAME and at least one file"));
        return;
    }
    AccessAudit::CsvOptions options;
    if (parser.isSet(zone)) {
        options.timeZone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.timeZone.isValid()) {
            usageError(tr("--timezone: '%1' is not an IANA time zone (e.g. America/Los_Angeles)")
                           .arg(parser.value(zone)));
            return;
        }
    }
    options.dayFirst = parser.isSet(dayFirst);
    const QString orgName = parser.value(org).trimmed();
    withWorkspace([this, files, options, orgName](std::unique_ptr<Workspace> workspace) {
        auto result = workspace->access().importFiles(orgName, files, options);
        if (!result) {
            fail(result.error());
            return;
        }
        const qint64 rows = result->rows;
        const qint64 added = result->added;
        logActivity(*workspace, QStringLiteral("access.import"),
            { { QStringLiteral("files"), static_cast<qint64>(files.size()) },
                { QStringLiteral("rows"), rows }, { QStringLiteral("added"), added } });
        if (m_ctx.json)
            printJson(QJsonObject {
                { QStringLiteral("rows"), rows }, { QStringLiteral("added"), added } });
        else
            m_ctx.out << tr("Read %1 audit-trail rows from %2 file(s) for %3; %4 new.")
                             .arg(rows)
                             .arg(files.size())
                             .arg(orgName)
                             .arg(added)
                      << (result->tooOld > 0
                                 ? tr(" %1 older than the access retention were not stored.")
                                       .arg(result->tooOld)
                                 : QString())
                      << Qt::endl;
        finish(ExitOk);
    });
}

void AccessCommand::pull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: queries "
           "SetupAuditTrail through the REST API (all pages) and imports the rows. The session: "
           "the org as 'engine org add' registered it, with its keychain secrets; or, for an org "
           "not registered, the Salesforce environment variables of 'engine writeback' "
           "(refresh-token or JWT bearer flow) with --instance-url as its login URL."));
    parser.addPositionalArgument(QStringLiteral("pull"), tr("The action."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The client org."), QStringLiteral("name"));
    const QCommandLineOption instance(
        QStringLiteral("instance-url"), tr("The org's login URL."), QStringLiteral("url"));
    const QCommandLineOption since(QStringLiteral("since"),
        tr("First UTC day (default: 180 days back, what the trail keeps)."),
        QStringLiteral("date"));
    const QCommandLineOption audience(
        QStringLiteral("audience"), tr("JWT bearer flow: the aud claim."), QStringLiteral("url"));
    parser.addOptions({ org, instance, since, audience });
    if (!parse(parser, arguments))
        return;
    const QUrl url(parser.value(instance));
    if (parser.value(org).trimmed().isEmpty()
        || (parser.isSet(instance)
            && (!url.isValid() || !url.scheme().startsWith(QLatin1String("http"))))) {
        usageError(tr("access pull needs --org NAME, and --instance-url http(s)://… for an org "
                      "'engine org add' has not registered"));
        return;
    }
    const QDate from = parser.isSet(since) ? QDate::fromString(parser.value(since), Qt::ISODate)
                                           : m_ctx.clock.nowUtc().date().addDays(-180);
    if (!from.isValid()) {
        usageError(tr("--since takes YYYY-MM-DD"));
        return;
    }
    SalesforceClient::Login login;
    login.loginUrl = url;
    login.audience = parser.value(audience);
    const QString orgName = parser.value(org).trimmed();
    withOrgLogin(orgName, std::move(login),
        [this, from, orgName](
            std::shared_ptr<Workspace> workspace, SalesforceClient::Login resolved) {
            pullTrail(std::move(workspace), resolved, from, orgName);
        });
}

void AccessCommand::pullTrail(std::shared_ptr<Workspace> workspace,
    const SalesforceClient::Login &login, const QDate &from, const QString &orgName)
{
    auto *network = new QNetworkAccessManager(this);
    auto *client = new SalesforceClient(*network, login, this);
    const QString soql = QStringLiteral(
        "SELECT Id, Action, Section, CreatedDate, CreatedBy.Name, CreatedBy.Username, Display, "
        "DelegateUser, ResponsibleNamespacePrefix, CreatedByContext, CreatedByIssuer "
        "FROM SetupAuditTrail WHERE CreatedDate >= %1T00:00:00Z ORDER BY CreatedDate")
                             .arg(from.toString(Qt::ISODate));
    client->query(soql, [this, workspace, orgName](Result<QJsonArray> records) {
        if (!records) {
            fail(records.error());
            return;
        }
        const QByteArray page = QJsonDocument(
            QJsonObject { { QStringLiteral("records"),
                records.value() } }).toJson(QJsonDocument::Compact);
        auto result = workspace->access().importQueryPage(orgName, page);
        if (!result) {
            fail(result.error());
            return;
        }
        logActivity(*workspace, QStringLiteral("access.pull"),
            { { QStringLiteral("rows"), result->rows },
                { QStringLiteral("added"), result->added } });
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("rows"), result->rows },
                { QStringLiteral("added"), result->added } });
        else
            m_ctx.out << tr("Pulled %1 audit-trail rows for %2; %3 new.")
                             .arg(result->rows)
                             .arg(orgName)
                             .arg(result->added)
                      << Qt::endl;
        finish(ExitOk);
    });
}

void AccessCommand::sessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive "
           "FILE] [--json]: the "
           "subscriber-access sessions of vendor staff, with their flags and reviews."));
    parser.addPositionalArgument(QStringLiteral("sessions"), tr("The action."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("Only this org."), QStringLiteral("name"));
    const QCommandLineOption flagged(QStringLiteral("flagged"), tr("Only sessions with a flag."));
    const QCommandLineOption idle(QStringLiteral("idle-hours"),
        tr("A session with no logout closes after this gap (default 2)."), QStringLiteral("n"),
        QStringLiteral("2"));
    const QCommandLineOption many(QStringLiteral("many"),
        tr("Flag sessions with more changes than this (default 50)."), QStringLiteral("n"),
        QStringLiteral("50"));
    const QCommandLineOption sensitive(QStringLiteral("sensitive"),
        tr("Sensitive sections from this file instead of the built-in list (same JSON form)."),
        QStringLiteral("file"));
    parser.addOptions({ org, flagged, idle, many, sensitive });
    if (!parse(parser, arguments))
        return;
    bool ok = false;
    AccessAudit::SessionOptions options;
    const double hoursValue = parser.value(idle).toDouble(&ok);
    if (!ok || hoursValue <= 0 || hoursValue > 72) {
        usageError(tr("--idle-hours takes a number of hours from 0 to 72"));
        return;
    }
    options.idleGapSeconds = static_cast<qint64>(hoursValue * 3600);
    options.manyChanges = parser.value(many).toInt(&ok);
    if (!ok || options.manyChanges < 0) {
        usageError(tr("--many takes a whole number"));
        return;
    }
    if (parser.isSet(sensitive)) {
        auto sections = SessionBuilder::sensitiveSectionsFromFile(parser.value(sensitive));
        if (!sections) {
            fail(sections.error());
            return;
        }
        options.sensitiveSections = sections.value();
    }
    const QString orgName = parser.value(org);
    const bool onlyFlagged = parser.isSet(flagged);
    withWorkspace([this, options, orgName, onlyFlagged](std::unique_ptr<Workspace> workspace) {
        auto list = workspace->access().sessions(orgName, options);
        if (!list) {
            fail(list.error());
            return;
        }
        QJsonArray array;
        int shown = 0;
        for (const AccessAudit::Session &s : list.value()) {
            if (onlyFlagged && s.flags.isEmpty())
                continue;
            ++shown;
            if (m_ctx.json) {
                array.append(sessionJson(s));
                continue;
            }
            const qint64 minutes = s.start.secsTo(s.end.isValid() ? s.end : s.lastActivity) / 60;
            m_ctx.out << tr("#%1  %2  %3 as %4  %5 → %6 (%7 min)  %8 change(s)")
                             .arg(s.id)
                             .arg(s.org, s.staffUser,
                                 s.actingAs.isEmpty() ? tr("(unknown)") : s.actingAs,
                                 Command::isoUtc(s.start),
                                 s.end.isValid() ? Command::isoUtc(s.end) : tr("no logout"))
                             .arg(minutes)
                             .arg(s.changes)
                      << '\n';
            if (!s.sections.isEmpty())
                m_ctx.out << QStringLiteral("    ")
                          << tr("sections: %1").arg(s.sections.join(QStringLiteral(", "))) << '\n';
            if (!s.flags.isEmpty())
                m_ctx.out << QStringLiteral("    ")
                          << tr("flags: %1").arg(s.flags.names().join(QStringLiteral(", ")))
                          << '\n';
            m_ctx.out << QStringLiteral("    ")
                      << (s.grant.isEmpty() ? tr("under no grant")
                                            : tr("under the %1").arg(s.grant))
                      << '\n';
            if (s.review)
                m_ctx.out << QStringLiteral("    ")
                          << tr("%1 by %2: %3")
                                 .arg(SessionBuilder::reviewStatusName(s.review->status),
                                     s.review->reviewer, s.review->note)
                          << '\n';
        }
        if (m_ctx.json)
            printJson(array);
        else if (shown == 0)
            m_ctx.out << tr("No sessions.") << '\n';
        m_ctx.out.flush();
        finish(ExitOk);
    });
}

void AccessCommand::grant(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: an access "
        "grant entered by hand where the trail has none; access grant list [--org NAME]."));
    parser.addPositionalArgument(QStringLiteral("grant"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("verb"), tr("add or list"));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The client org."), QStringLiteral("name"));
    const QCommandLineOption by(
        QStringLiteral("by"), tr("Who granted it."), QStringLiteral("username"));
    const QCommandLineOption from(QStringLiteral("from"),
        tr("Start (ISO 8601, UTC unless it says)."), QStringLiteral("time"));
    const QCommandLineOption until(QStringLiteral("until"),
        tr("Expiry (ISO 8601); none: open-ended."), QStringLiteral("time"));
    parser.addOptions({ org, by, from, until });
    if (!parse(parser, arguments))
        return;
    const QString verb = parser.positionalArguments().value(1);
    if (verb != QLatin1String("add") && verb != QLatin1String("list")) {
        usageError(tr("access grant takes: add | list"));
        return;
    }
    AccessAudit::Grant entry;
    if (verb == QLatin1String("add")) {
        const auto time = [](const QString &text) {
            QDateTime t = QDateTime::fromString(text, Qt::ISODate);
            if (t.isValid() && t.timeSpec() == Qt::LocalTime)
                t.setTimeZone(QTimeZone::utc());
            return t.toUTC();
        };
        entry = { 0, parser.value(org).trimmed(), parser.value(by).trimmed(),
            time(parser.value(from)), parser.isSet(until) ? time(parser.value(until)) : QDateTime(),
            QStringLiteral("manual") };
        if (entry.org.isEmpty() || entry.grantedBy.isEmpty() || !entry.start.isValid()
            || (parser.isSet(until) && !entry.expiry.isValid())) {
            usageError(tr("access grant add needs --org, --by and --from (and --until, if given) "
                          "as ISO 8601 times"));
            return;
        }
    }
    const QString orgName = parser.value(org).trimmed();
    withWorkspace([this, verb, entry, orgName](std::unique_ptr<Workspace> workspace) {
        if (verb == QLatin1String("add")) {
            auto id = workspace->access().addGrant(entry);
            if (!id) {
                fail(id.error());
                return;
            }
            logActivity(*workspace, QStringLiteral("access.grant.add"),
                { { QStringLiteral("grant"), id.value() } });
        }
        auto list = workspace->access().grants(orgName);
        if (!list) {
            fail(list.error());
            return;
        }
        QJsonArray array;
        for (const AccessAudit::Grant &g : list.value()) {
            if (m_ctx.json) {
                array.append(QJsonObject { { QStringLiteral("org"), g.org },
                    { QStringLiteral("granted_by"), g.grantedBy },
                    { QStringLiteral("start"), Command::isoUtc(g.start) },
                    { QStringLiteral("expiry"),
                        g.expiry.isValid() ? QJsonValue(Command::isoUtc(g.expiry)) : QJsonValue() },
                    { QStringLiteral("source"), g.source } });
            } else {
                m_ctx.out << tr("%1  %2 grant by %3  %4 → %5")
                                 .arg(g.org, g.source, g.grantedBy, Command::isoUtc(g.start),
                                     g.expiry.isValid() ? Command::isoUtc(g.expiry)
                                                        : tr("open-ended"))
                          << '\n';
            }
        }
        if (m_ctx.json)
            printJson(array);
        m_ctx.out.flush();
        finish(ExitOk);
    });
}

void AccessCommand::hours(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: the org's business hours "
        "(Monday to Friday); sessions with activity outside them are flagged after-hours."));
    parser.addPositionalArgument(QStringLiteral("hours"), tr("The action."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The client org."), QStringLiteral("name"));
    const QCommandLineOption zone(
        QStringLiteral("timezone"), tr("The org's time zone (IANA)."), QStringLiteral("zone"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Start of the day, HH:MM."), QStringLiteral("time"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("End of the day, HH:MM."), QStringLiteral("time"));
    parser.addOptions({ org, zone, from, to });
    if (!parse(parser, arguments))
        return;
    const AccessAudit::OrgSettings settings { parser.value(org).trimmed(),
        QTimeZone(parser.value(zone).toUtf8()),
        QTime::fromString(parser.value(from), QStringLiteral("HH:mm")),
        QTime::fromString(parser.value(to), QStringLiteral("HH:mm")) };
    withWorkspace([this, settings](std::unique_ptr<Workspace> workspace) {
        if (auto s = workspace->access().setOrgSettings(settings); !s) {
            fail(s.error());
            return;
        }
        logActivity(*workspace, QStringLiteral("access.hours"), {});
        m_ctx.out << tr("%1: business hours %2 to %3, %4, Monday to Friday.")
                         .arg(settings.org, settings.hoursStart.toString(QStringLiteral("HH:mm")),
                             settings.hoursEnd.toString(QStringLiteral("HH:mm")),
                             QString::fromUtf8(settings.timeZone.id()))
                  << Qt::endl;
        finish(ExitOk);
    });
}

void AccessCommand::review(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("access review ID --org NAME --status reviewed|escalated --note TEXT: records a review "
           "of a "
           "session; the activity log gets the session, the status and a digest of the note."));
    parser.addPositionalArgument(QStringLiteral("review"), tr("The action."));
    parser.addPositionalArgument(
        QStringLiteral("id"), tr("The session id (access sessions shows it)."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The client org."), QStringLiteral("name"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("reviewed or escalated"), QStringLiteral("status"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Why."), QStringLiteral("text"));
    parser.addOptions({ org, status, note });
    if (!parse(parser, arguments))
        return;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    const QString statusText = parser.value(status);
    if (!ok || parser.positionalArguments().size() != 2 || parser.value(org).trimmed().isEmpty()
        || (statusText != QLatin1String("reviewed") && statusText != QLatin1String("escalated"))) {
        usageError(tr("access review needs a session id, --org and --status reviewed|escalated"));
        return;
    }
    const AccessAudit::Review entry { id,
        statusText == QLatin1String("reviewed") ? AccessAudit::ReviewStatus::Reviewed
                                                : AccessAudit::ReviewStatus::Escalated,
        parser.value(note), ActivityLog::currentOsUser(), {} };
    const QString orgName = parser.value(org).trimmed();
    withWorkspace([this, entry, orgName](std::unique_ptr<Workspace> workspace) {
        auto sessions = workspace->access().sessions(orgName, {});
        if (!sessions) {
            fail(sessions.error());
            return;
        }
        const auto it = std::find_if(sessions->cbegin(), sessions->cend(),
            [&entry](const AccessAudit::Session &s) { return s.id == entry.sessionId; });
        if (it == sessions->cend()) {
            fail(makeError(ErrorCode::NotFound,
                tr("no session %1 in %2 ('access sessions' lists them)")
                    .arg(entry.sessionId)
                    .arg(orgName)));
            return;
        }
        if (auto s = workspace->access().review(*it, entry); !s) {
            fail(s.error());
            return;
        }
        // The note is free text: the chained log holds its digest, so a later edit of the note
        // shows.
        logActivity(
            *workspace, QStringLiteral("access.review"), SessionBuilder::reviewLogDetail(entry));
        m_ctx.out << tr("Session %1 marked %2.")
                         .arg(entry.sessionId)
                         .arg(SessionBuilder::reviewStatusName(entry.status))
                  << Qt::endl;
        finish(ExitOk);
    });
}

} // namespace relay::cli
