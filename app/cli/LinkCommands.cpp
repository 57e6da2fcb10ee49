#include "LinkCommands.h"

#include "EnvCredentials.h"
#include "deliveries/Orgs.h"
#include "links/LinkStore.h"
#include "salesforce/ClickWriteBack.h"
#include "scheduler/Scheduler.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimeZone>

namespace relay::cli {

using namespace relay::core;

namespace {

QString writeBackName(LinkStore::WriteBack state)
{
    switch (state) {
    case LinkStore::WriteBack::Pending:
        return QStringLiteral("pending");
    case LinkStore::WriteBack::Written:
        return QStringLiteral("written");
    case LinkStore::WriteBack::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

// "30m", "1h", "1h30m" or plain minutes; 0 when it is none of them.
int parseMinutes(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(?:(\\d{1,3})h)?(?:(\\d{1,4})m?)?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed().isEmpty())
        return 0;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

QJsonArray intervalsJson(const QList<Scheduler::Interval> &intervals)
{
    QJsonArray array;
    for (const Scheduler::Interval &i : intervals)
        array.append(QJsonObject { { QStringLiteral("start"), Command::isoUtc(i.start) },
            { QStringLiteral("end"), Command::isoUtc(i.end) } });
    return array;
}

} // namespace

QString LinksCommand::summary() const
{
    return tr(
        "Short links (Mogli URL and URL Pro): links, clicks, per-gateway mode, click write-back.");
}

void LinksCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("list") || action == QLatin1String("clicks")) {
        list(arguments.mid(1), action == QLatin1String("clicks"));
    } else if (action == QLatin1String("gateway")) {
        gateway(arguments.mid(1));
    } else if (action == QLatin1String("base-url")) {
        baseUrl(arguments.mid(1));
    } else if (action == QLatin1String("shorten")) {
        shorten(arguments.mid(1));
    } else if (action == QLatin1String("writeback")) {
        writeBack(arguments.mid(1));
    } else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr("Usage: relayaudit-cli links <action> [options]\n\n"
                        "Actions:\n"
                        "  list        The short links: code, target domain, mode, clicks.\n"
                        "  clicks      URL Pro clicks: time, IP address, domain, browser data, "
                        "write-back state.\n"
                        "  gateway     Show or set a gateway's link mode: none, url or pro.\n"
                        "  base-url    Show or set where 'engine serve' answers short links as "
                        "recipients reach it.\n"
                        "  shorten     Make a short link for one URL.\n"
                        "  writeback   Write pending clicks to the client's Salesforce org.\n"
                        "How long links are kept: 'settings link-retention-days'.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else {
        usageError(tr("unknown links action '%1'").arg(action));
    }
}

void LinksCommand::list(const QStringList &arguments, bool clicks)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(clicks
            ? tr("links clicks: the recorded URL Pro clicks, newest first.")
            : tr("links list: the short links, newest first. URL Pro links show the "
                 "recipient hash and SMS record they were made for, never a number."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 1000)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOption(limit);
    if (!parse(parser, arguments))
        return;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1) {
        usageError(tr("--limit takes a positive number, not '%1'").arg(parser.value(limit)));
        return;
    }
    withWorkspace([this, clicks, n](std::unique_ptr<Workspace> workspace) {
        auto base = workspace->links().baseUrl();
        if (!base) {
            fail(base.error());
            return;
        }
        const QString prefix = base->isEmpty() ? QString() : base->toString() + QLatin1Char('/');
        if (!clicks) {
            auto links = workspace->links().links(n);
            if (!links) {
                fail(links.error());
                return;
            }
            QJsonArray array;
            for (const LinkStore::Link &l : links.value()) {
                array.append(QJsonObject { { QStringLiteral("code"), l.code },
                    { QStringLiteral("short_url"),
                        prefix.isEmpty() ? QJsonValue() : QJsonValue(prefix + l.code) },
                    { QStringLiteral("target"), l.target }, { QStringLiteral("domain"), l.domain },
                    { QStringLiteral("mode"), LinkStore::modeName(l.mode) },
                    { QStringLiteral("recipient_hash"),
                        l.recipientHash.isEmpty() ? QJsonValue() : QJsonValue(l.recipientHash) },
                    { QStringLiteral("sms_record_id"),
                        l.smsRecordId.isEmpty() ? QJsonValue() : QJsonValue(l.smsRecordId) },
                    { QStringLiteral("created"), Command::isoUtc(l.created) },
                    { QStringLiteral("clicks"), l.clicks } });
            }
            if (m_ctx.json) {
                printJson(array);
            } else if (links->isEmpty()) {
                m_ctx.out << tr("No short links.") << Qt::endl;
            } else {
                for (const LinkStore::Link &l : links.value()) {
                    m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                                     .arg(l.code, LinkStore::modeName(l.mode).leftJustified(3),
                                         Command::isoUtc(l.created),
                                         tr("%n click(s)", nullptr, static_cast<int>(l.clicks))
                                             .leftJustified(10),
                                         l.target);
                }
                m_ctx.out.flush();
            }
            finish(ExitOk);
            return;
        }
        auto list = workspace->links().clicks(n);
        if (!list) {
            fail(list.error());
            return;
        }
        QJsonArray array;
        for (const LinkStore::Click &c : list.value()) {
            array.append(QJsonObject { { QStringLiteral("id"), c.id },
                { QStringLiteral("code"), c.code }, { QStringLiteral("at"), Command::isoUtc(c.at) },
                { QStringLiteral("ip"), c.ip }, { QStringLiteral("domain"), c.domain },
                { QStringLiteral("browser"), c.browser.family },
                { QStringLiteral("browser_version"), c.browser.version },
                { QStringLiteral("os"), c.browser.os },
                { QStringLiteral("os_version"), c.browser.osVersion },
                { QStringLiteral("device"), c.browser.device },
                { QStringLiteral("sms_record_id"), c.smsRecordId },
                { QStringLiteral("writeback"), writeBackName(c.writeBack) },
                { QStringLiteral("writeback_error"),
                    c.writeBackError.isEmpty() ? QJsonValue() : QJsonValue(c.writeBackError) },
                { QStringLiteral("salesforce_id"),
                    c.salesforceId.isEmpty() ? QJsonValue() : QJsonValue(c.salesforceId) } });
        }
        if (m_ctx.json) {
            printJson(array);
        } else if (list->isEmpty()) {
            m_ctx.out << tr("No clicks recorded.") << Qt::endl;
        } else {
            for (const LinkStore::Click &c : list.value()) {
                m_ctx.out << QStringLiteral("%1  %2  %3  %4 %5 / %6 %7 / %8  %9\n")
                                 .arg(Command::isoUtc(c.at), c.code, c.ip.leftJustified(15),
                                     c.browser.family, c.browser.version, c.browser.os,
                                     c.browser.osVersion, c.browser.device,
                                     writeBackName(c.writeBack));
            }
            m_ctx.out.flush();
        }
        finish(ExitOk);
    });
}

void LinksCommand::gateway(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("links gateway GATEWAY [--mode none|url|pro]: whether texts sent from GATEWAY get "
           "their http(s) links shortened (url), shortened with one tracked link per "
           "recipient (pro), or sent as written (none)."));
    parser.addPositionalArgument(QStringLiteral("gateway"), tr("A gateway of this workspace."));
    const QCommandLineOption mode(
        QStringLiteral("mode"), tr("none, url or pro."), QStringLiteral("mode"));
    parser.addOption(mode);
    if (!parse(parser, arguments))
        return;
    const QString address = parser.positionalArguments().value(0);
    if (address.isEmpty() || parser.positionalArguments().size() > 1) {
        usageError(tr("links gateway takes one gateway"));
        return;
    }
    std::optional<LinkStore::Mode> wanted;
    if (parser.isSet(mode)) {
        wanted = LinkStore::modeFromName(parser.value(mode));
        if (!wanted) {
            usageError(tr("--mode is none, url or pro, not '%1'").arg(parser.value(mode)));
            return;
        }
    }
    withWorkspace([this, address, wanted](std::unique_ptr<Workspace> workspace) {
        if (auto g = workspace->gateways().find(address); !g) {
            fail(g.error());
            return;
        }
        if (wanted) {
            if (auto s = workspace->links().setGatewayMode(address, *wanted); !s) {
                fail(s.error());
                return;
            }
            logActivity(*workspace, QStringLiteral("links.gateway"),
                { { QStringLiteral("mode"), LinkStore::modeName(*wanted) } });
        }
        auto current = workspace->links().gatewayMode(address);
        if (!current) {
            fail(current.error());
            return;
        }
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("gateway"), address },
                { QStringLiteral("mode"), LinkStore::modeName(current.value()) } });
        else
            m_ctx.out << tr("%1: links %2").arg(address, LinkStore::modeName(current.value()))
                      << Qt::endl;
        finish(ExitOk);
    });
}

void LinksCommand::baseUrl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("links base-url [URL]: the address recipients reach 'engine serve' at for short "
           "links (https://l.example.com); a short link is URL/CODE."));
    parser.addPositionalArgument(
        QStringLiteral("url"), tr("The new base URL."), QStringLiteral("[url]"));
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        usageError(tr("links base-url takes at most one URL"));
        return;
    }
    const QString wanted = positional.value(0);
    withWorkspace([this, wanted](std::unique_ptr<Workspace> workspace) {
        if (!wanted.isEmpty()) {
            if (auto s = workspace->links().setBaseUrl(QUrl(wanted, QUrl::StrictMode)); !s) {
                fail(s.error());
                return;
            }
            logActivity(*workspace, QStringLiteral("links.base-url"), {});
        }
        auto base = workspace->links().baseUrl();
        if (!base) {
            fail(base.error());
            return;
        }
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("base_url"),
                base->isEmpty() ? QJsonValue() : QJsonValue(base->toString()) } });
        else
            m_ctx.out << (base->isEmpty() ? tr("No link base URL is set.") : base->toString())
                      << Qt::endl;
        finish(ExitOk);
    });
}

void LinksCommand::shorten(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("links shorten URL: makes (or finds) the Mogli URL short link for URL."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("An http(s) URL."));
    if (!parse(parser, arguments))
        return;
    const QString target = parser.positionalArguments().value(0);
    if (target.isEmpty() || parser.positionalArguments().size() > 1) {
        usageError(tr("links shorten takes one URL"));
        return;
    }
    withWorkspace([this, target](std::unique_ptr<Workspace> workspace) {
        auto base = workspace->links().baseUrl();
        if (!base) {
            fail(base.error());
            return;
        }
        auto link = workspace->links().create(QUrl(target, QUrl::StrictMode), LinkStore::Mode::Url);
        if (!link) {
            fail(link.error());
            return;
        }
        logActivity(*workspace, QStringLiteral("links.shorten"),
            { { QStringLiteral("code"), link->code } });
        const QString shortUrl
            = base->isEmpty() ? QString() : base->toString() + QLatin1Char('/') + link->code;
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("code"), link->code },
                { QStringLiteral("short_url"),
                    shortUrl.isEmpty() ? QJsonValue() : QJsonValue(shortUrl) } });
        else
            m_ctx.out << (shortUrl.isEmpty() ? link->code : shortUrl) << Qt::endl;
        finish(ExitOk);
    });
}

void LinksCommand::writeBack(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes pending URL Pro clicks to the client's org as records of --object "
           "(sObject Collections upsert on --external-id-field, 200 a request) until none is "
           "pending. A click goes to the org of the message its link was in (its gateway's "
           "org); every org with pending clicks is written in one run, each with its own login, "
           "and one org's failure holds back only that org. The default org's connected app "
           "comes from the same SALESFORCE_* variables as 'engine writeback'."));
    const SalesforceLoginOptions login;
    const QCommandLineOption object(QStringLiteral("object"),
        tr("The click object (default Link_Click__c)."), QStringLiteral("name"),
        QStringLiteral("Link_Click__c"));
    const QCommandLineOption externalId(QStringLiteral("external-id-field"),
        tr("Its external id field (default Click_Key__c)."), QStringLiteral("name"),
        QStringLiteral("Click_Key__c"));
    const QCommandLineOption storeOption = engineStoreOption();
    parser.addOptions(
        { login.org, login.loginUrl, login.audience, object, externalId, storeOption });
    if (!parse(parser, arguments))
        return;
    ClickWriteBack::Config config;
    if (const QString problem = login.read(parser, &config.login); !problem.isEmpty()) {
        usageError(problem);
        return;
    }
    config.object = parser.value(object);
    config.externalIdField = parser.value(externalId);
    for (const QString &name : { config.object, config.externalIdField }) {
        if (!isSalesforceApiName(name)) {
            usageError(tr("'%1' is not a Salesforce API name").arg(name));
            return;
        }
    }
    const QString only = parser.value(login.org);
    withEngine(parser.value(storeOption), [this, config, only](const EngineSide &engine) {
        auto run = std::make_shared<ClickRun>();
        run->engine = engine;
        run->config = config;
        auto orgs = writeBackOrgs(
            engine.orgs(), only, [&engine] { return engine.links().orgsWithPendingClicks(); });
        if (!orgs) {
            fail(orgs.error());
            return;
        }
        run->orgs = std::move(orgs.value());
        run->network = new QNetworkAccessManager(this);
        nextClickOrg(run);
    });
}

// One org after the other, each with its own login; one org's failure
// holds back only that org's clicks.
void LinksCommand::nextClickOrg(const std::shared_ptr<ClickRun> &run)
{
    if (run->orgs.isEmpty()) {
        const BatchWriteBack::Totals &t = run->totals;
        logActivity(*run->engine, QStringLiteral("links.writeback"),
            { { QStringLiteral("written"), t.written }, { QStringLiteral("retried"), t.retried },
                { QStringLiteral("failed"), t.failed }, { QStringLiteral("requests"), t.requests },
                { QStringLiteral("failed_orgs"), run->failedOrgs.size() } });
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("written"), t.written },
                { QStringLiteral("retried"), t.retried }, { QStringLiteral("failed"), t.failed },
                { QStringLiteral("orgs"), run->results } });
        for (const QString &failed : std::as_const(run->failedOrgs))
            m_ctx.err << tr("relayaudit-cli: clicks not written back to %1").arg(failed)
                      << Qt::endl;
        finish(run->failedOrgs.isEmpty() && t.failed == 0 ? ExitOk : ExitFailure);
        return;
    }
    const QString org = run->orgs.takeFirst();
    // A registered org's login is its own; the default org's comes from
    // the options and the environment.
    SalesforceClient::Login login = org.isEmpty() ? run->config.login : SalesforceClient::Login();
    resolveSalesforceLogin(m_ctx.secrets, run->engine->orgs(), org, login,
        [this, run, org](Result<SalesforceClient::Login> resolved) {
            const QString label = org.isEmpty() ? tr("the default org") : tr("org %1").arg(org);
            if (!resolved) {
                run->failedOrgs << QStringLiteral("%1: %2").arg(
                    label, errorMessage(resolved.error()));
                run->results.append(QJsonObject { { QStringLiteral("org"), org },
                    { QStringLiteral("error"), errorMessage(resolved.error()) } });
                nextClickOrg(run);
                return;
            }
            ClickWriteBack::Config config = run->config;
            config.org = org;
            config.login = std::move(resolved.value());
            auto *job = new ClickWriteBack(run->engine->links(), *run->network, config, this);
            connect(job, &BatchWriteBack::finished, this,
                [this, run, job, org, label](bool ok, const QString &error) {
                    job->deleteLater();
                    const BatchWriteBack::Totals &t = job->totals();
                    run->totals.written += t.written;
                    run->totals.retried += t.retried;
                    run->totals.failed += t.failed;
                    run->totals.requests += t.requests;
                    run->results.append(QJsonObject { { QStringLiteral("org"), org },
                        { QStringLiteral("written"), t.written },
                        { QStringLiteral("retried"), t.retried },
                        { QStringLiteral("failed"), t.failed },
                        { QStringLiteral("session_refreshes"), t.sessionRefreshes },
                        { QStringLiteral("error"), ok ? QJsonValue() : QJsonValue(error) } });
                    if (!m_ctx.json)
                        m_ctx.out << tr("Wrote back %1 clicks to %5 (%2 refusals retried, %3 "
                                        "given up, %4 session refreshes).")
                                         .arg(t.written)
                                         .arg(t.retried)
                                         .arg(t.failed)
                                         .arg(t.sessionRefreshes)
                                         .arg(label)
                                  << Qt::endl;
                    if (!ok)
                        run->failedOrgs << QStringLiteral("%1: %2").arg(label, error);
                    nextClickOrg(run);
                });
            job->run();
        });
}

// --- scheduler -----------------------------------------------------------

QString SchedulerCommand::summary() const
{
    return tr("Scheduler: users' free/busy times from iCalendar, bookable slots, guest bookings.");
}

void SchedulerCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("import-ics")) {
        importIcs(arguments.mid(1));
    } else if (action == QLatin1String("hours")) {
        hours(arguments.mid(1));
    } else if (action == QLatin1String("terms")) {
        terms(arguments.mid(1));
    } else if (action == QLatin1String("users")) {
        users(arguments.mid(1));
    } else if (action == QLatin1String("slots")) {
        slots(arguments.mid(1));
    } else if (action == QLatin1String("book")) {
        book(arguments.mid(1));
    } else if (action == QLatin1String("bookings")) {
        bookings(arguments.mid(1));
    } else if (action.isEmpty() || action == QLatin1String("--help")
        || action == QLatin1String("-h")) {
        m_ctx.out << tr("Usage: relayaudit-cli scheduler <action> [options]\n\n"
                        "Actions:\n"
                        "  import-ics  Replace a user's busy times with those of an iCalendar file "
                        "(times only are kept).\n"
                        "  hours       Show or set a user's working hours and time zone.\n"
                        "  terms       Record the terms-of-use version a user agreed to.\n"
                        "  users       The users, with their time zone, hours and busy intervals.\n"
                        "  slots       Bookable slots of a given length.\n"
                        "  book        Book a guest into a slot.\n"
                        "  bookings    The bookings.\n"
                        "How long bookings are kept: 'settings scheduler-retention-days'.\n");
        finish(action.isEmpty() ? ExitUsage : ExitOk);
    } else {
        usageError(tr("unknown scheduler action '%1'").arg(action));
    }
}

void SchedulerCommand::importIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler import-ics USER FILE: reads FILE (a VFREEBUSY, or VEVENTs of which only "
           "start, end and transparency are kept) and replaces USER's busy times. Event "
           "titles, descriptions, locations, attendees and organisers are dropped while "
           "parsing. A malformed file stores nothing and names the line."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The scheduler user."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("An .ics file."));
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0).trimmed().isEmpty()) {
        usageError(tr("scheduler import-ics takes USER FILE"));
        return;
    }
    const QString user = positional.at(0).trimmed();
    const QString &path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    constexpr qint64 kMaxBytes = qint64 { 16 } << 20;
    if (file.size() > kMaxBytes) {
        fail(makeError(ErrorCode::InvalidInput,
            tr("%1 is larger than 16 MiB; a calendar export is far smaller").arg(path)));
        return;
    }
    const QByteArray ics = file.readAll();
    withWorkspace([this, user, ics, path](std::unique_ptr<Workspace> workspace) {
        auto summary = workspace->scheduler().importIcs(user, ics);
        if (!summary) {
            fail(makeError(
                summary.error().code, QStringLiteral("%1: %2").arg(path, summary.error().detail)));
            return;
        }
        const Scheduler::ImportSummary &s = summary.value();
        logActivity(*workspace, QStringLiteral("scheduler.import"),
            { { QStringLiteral("busy"), s.busyIntervals },
                { QStringLiteral("events"), s.eventsRead } });
        if (m_ctx.json) {
            printJson(QJsonObject { { QStringLiteral("busy_intervals"), s.busyIntervals },
                { QStringLiteral("events"), s.eventsRead },
                { QStringLiteral("transparent_skipped"), s.transparentSkipped },
                { QStringLiteral("freebusy_periods"), s.freeBusyPeriods },
                { QStringLiteral("time_zone"), s.timeZone } });
        } else {
            m_ctx.out << tr("Imported %1's calendar: %2 busy interval(s) from %3 event(s) and %4 "
                            "free/busy period(s); "
                            "%5 transparent or cancelled event(s) block nothing. Time zone %6.")
                             .arg(user)
                             .arg(s.busyIntervals)
                             .arg(s.eventsRead)
                             .arg(s.freeBusyPeriods)
                             .arg(s.transparentSkipped)
                             .arg(s.timeZone)
                      << Qt::endl;
        }
        finish(ExitOk);
    });
}

void SchedulerCommand::hours(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: the hours slots "
           "are offered in (09:00 to 17:00 in the calendar's time zone unless set)."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The scheduler user."));
    const QCommandLineOption startOption(
        QStringLiteral("start"), tr("Start of the working day."), QStringLiteral("HH:MM"));
    const QCommandLineOption endOption(
        QStringLiteral("end"), tr("End of the working day."), QStringLiteral("HH:MM"));
    const QCommandLineOption zone(
        QStringLiteral("timezone"), tr("IANA time zone."), QStringLiteral("zone"));
    parser.addOptions({ startOption, endOption, zone });
    if (!parse(parser, arguments))
        return;
    const QString user = parser.positionalArguments().value(0).trimmed();
    const QTime start = QTime::fromString(parser.value(startOption), QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(parser.value(endOption), QStringLiteral("HH:mm"));
    if (user.isEmpty() || !start.isValid() || !end.isValid() || start >= end) {
        usageError(
            tr("scheduler hours takes USER --start HH:MM --end HH:MM, the start before the end"));
        return;
    }
    if (parser.isSet(zone) && !QTimeZone(parser.value(zone).toUtf8()).isValid()) {
        usageError(tr("--timezone: '%1' is not an IANA time zone").arg(parser.value(zone)));
        return;
    }
    const QString timeZone = parser.value(zone);
    withWorkspace([this, user, start, end, timeZone](std::unique_ptr<Workspace> workspace) {
        if (auto s = workspace->scheduler().setWorkingHours(user, start, end, timeZone); !s) {
            fail(s.error());
            return;
        }
        logActivity(*workspace, QStringLiteral("scheduler.hours"), {});
        m_ctx.out << tr("%1 works %2 to %3.")
                         .arg(user, start.toString(QStringLiteral("HH:mm")),
                             end.toString(QStringLiteral("HH:mm")))
                  << Qt::endl;
        finish(ExitOk);
    });
}

void SchedulerCommand::terms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler terms USER --version V: records that USER agreed to the terms of use V "
           "(at sign-in), now."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The scheduler user."));
    const QCommandLineOption version(
        QStringLiteral("version"), tr("The terms-of-use version."), QStringLiteral("v"));
    parser.addOption(version);
    if (!parse(parser, arguments))
        return;
    const QString user = parser.positionalArguments().value(0).trimmed();
    const QString v = parser.value(version).trimmed();
    if (user.isEmpty() || v.isEmpty()) {
        usageError(tr("scheduler terms takes USER --version V"));
        return;
    }
    withWorkspace([this, user, v](std::unique_ptr<Workspace> workspace) {
        if (auto s = workspace->scheduler().setUserTerms(user, v, m_ctx.clock.nowUtc()); !s) {
            fail(s.error());
            return;
        }
        logActivity(*workspace, QStringLiteral("scheduler.terms"), {});
        m_ctx.out << tr("%1 agreed to terms %2.").arg(user, v) << Qt::endl;
        finish(ExitOk);
    });
}

void SchedulerCommand::users(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler users: each user's time zone, working hours, busy intervals and terms."));
    if (!parse(parser, arguments))
        return;
    withWorkspace([this](std::unique_ptr<Workspace> workspace) {
        auto list = workspace->scheduler().users();
        if (!list) {
            fail(list.error());
            return;
        }
        QJsonArray array;
        for (const Scheduler::User &u : list.value()) {
            array.append(QJsonObject { { QStringLiteral("user"), u.user },
                { QStringLiteral("time_zone"), u.timeZone },
                { QStringLiteral("hours_start"), u.hoursStart.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("hours_end"), u.hoursEnd.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("busy_intervals"), u.busyIntervals },
                { QStringLiteral("imported"),
                    u.importedAt.isValid() ? QJsonValue(Command::isoUtc(u.importedAt))
                                           : QJsonValue() },
                { QStringLiteral("terms_version"),
                    u.termsVersion.isEmpty() ? QJsonValue() : QJsonValue(u.termsVersion) } });
        }
        if (m_ctx.json) {
            printJson(array);
        } else if (list->isEmpty()) {
            m_ctx.out << tr(
                "No scheduler users; import a calendar with 'scheduler import-ics USER FILE'.")
                      << Qt::endl;
        } else {
            for (const Scheduler::User &u : list.value()) {
                m_ctx.out << tr("%1  %2  %3-%4  %5 busy interval(s)  terms %6")
                                 .arg(u.user, u.timeZone,
                                     u.hoursStart.toString(QStringLiteral("HH:mm")),
                                     u.hoursEnd.toString(QStringLiteral("HH:mm")))
                                 .arg(u.busyIntervals)
                                 .arg(
                                     u.termsVersion.isEmpty() ? tr("not recorded") : u.termsVersion)
                          << Qt::endl;
            }
        }
        finish(ExitOk);
    });
}

void SchedulerCommand::slots(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: the free slots "
           "of that length inside USER's working hours (in the user's time zone), none "
           "overlapping busy time or a booking. --json prints [{\"start\", \"end\"}] in "
           "ISO 8601 UTC."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The scheduler user."));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Last day (inclusive)."), QStringLiteral("date"));
    const QCommandLineOption length(QStringLiteral("length"), tr("Slot length: 30m, 1h, 1h30m."),
        QStringLiteral("length"), QStringLiteral("30m"));
    parser.addOptions({ from, to, length });
    if (!parse(parser, arguments))
        return;
    const QString user = parser.positionalArguments().value(0).trimmed();
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    const int minutes = parseMinutes(parser.value(length));
    if (user.isEmpty() || parser.positionalArguments().size() != 1) {
        usageError(tr("scheduler slots takes one USER"));
        return;
    }
    if (!first.isValid() || !last.isValid()) {
        usageError(tr("--from and --to take dates as YYYY-MM-DD"));
        return;
    }
    if (minutes <= 0) {
        usageError(tr("--length takes a duration such as 30m, 1h or 1h30m, not '%1'")
                       .arg(parser.value(length)));
        return;
    }
    withWorkspace([this, user, first, last, minutes](std::unique_ptr<Workspace> workspace) {
        auto list = workspace->scheduler().slots(user, first, last, minutes);
        if (!list) {
            fail(list.error());
            return;
        }
        if (m_ctx.json) {
            printJson(intervalsJson(list.value()));
        } else if (list->isEmpty()) {
            m_ctx.out << tr("No free slots of %n minute(s) in that range.", nullptr, minutes)
                      << Qt::endl;
        } else {
            for (const Scheduler::Interval &i : list.value())
                m_ctx.out << Command::isoUtc(i.start) << QStringLiteral("  ")
                          << Command::isoUtc(i.end) << Qt::endl;
        }
        finish(ExitOk);
    });
}

void SchedulerCommand::book(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL "
           "[--phone +E164] --guest-terms V [--user-terms V]: books a guest into a free "
           "slot, recording the terms-of-use version each party agreed to and when."));
    parser.addPositionalArgument(QStringLiteral("user"), tr("The scheduler user."));
    const QCommandLineOption startOption(QStringLiteral("start"),
        tr("Slot start, e.g. 2026-12-01T14:00:00Z."), QStringLiteral("time"));
    const QCommandLineOption length(QStringLiteral("length"), tr("Slot length (default 30m)."),
        QStringLiteral("length"), QStringLiteral("30m"));
    const QCommandLineOption name(
        QStringLiteral("name"), tr("The guest's name."), QStringLiteral("name"));
    const QCommandLineOption email(
        QStringLiteral("email"), tr("The guest's email address."), QStringLiteral("email"));
    const QCommandLineOption phone(QStringLiteral("phone"),
        tr("The guest's own phone number (optional)."), QStringLiteral("phone"));
    const QCommandLineOption guestTerms(QStringLiteral("guest-terms"),
        tr("Terms-of-use version the guest agreed to."), QStringLiteral("v"));
    const QCommandLineOption userTerms(QStringLiteral("user-terms"),
        tr("The user's (default: as recorded by 'scheduler terms')."), QStringLiteral("v"));
    parser.addOptions({ startOption, length, name, email, phone, guestTerms, userTerms });
    if (!parse(parser, arguments))
        return;
    const QString user = parser.positionalArguments().value(0).trimmed();
    const QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
    const int minutes = parseMinutes(parser.value(length));
    if (user.isEmpty() || !start.isValid() || minutes <= 0) {
        usageError(tr("scheduler book takes USER --start TIME (ISO 8601 with its offset) --length "
                      "30m and the guest's details"));
        return;
    }
    Scheduler::Booking booking;
    booking.user = user;
    booking.slot = { start.toUTC(), start.toUTC().addSecs(qint64 { minutes } * 60) };
    booking.guestName = parser.value(name).trimmed();
    booking.guestEmail = parser.value(email).trimmed();
    booking.guestPhone = parser.value(phone).trimmed();
    booking.guestTermsVersion = parser.value(guestTerms).trimmed();
    booking.guestTermsAt = m_ctx.clock.nowUtc();
    booking.userTermsVersion = parser.value(userTerms).trimmed();
    withWorkspace([this, booking](std::unique_ptr<Workspace> workspace) {
        auto id = workspace->scheduler().book(booking);
        if (!id) {
            fail(id.error());
            return;
        }
        // The guest's details stay in the booking; the log keeps its id only.
        logActivity(*workspace, QStringLiteral("scheduler.book"),
            { { QStringLiteral("booking"), id.value() } });
        if (m_ctx.json)
            printJson(QJsonObject { { QStringLiteral("booking"), id.value() },
                { QStringLiteral("start"), Command::isoUtc(booking.slot.start) },
                { QStringLiteral("end"), Command::isoUtc(booking.slot.end) } });
        else
            m_ctx.out << tr("Booked %1 to %2 (booking %3).")
                             .arg(Command::isoUtc(booking.slot.start),
                                 Command::isoUtc(booking.slot.end))
                             .arg(id.value())
                      << Qt::endl;
        finish(ExitOk);
    });
}

void SchedulerCommand::bookings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("scheduler bookings [USER]: the bookings, with the guest's details and both "
           "parties' terms-of-use versions."));
    parser.addPositionalArgument(
        QStringLiteral("user"), tr("Only this user's."), QStringLiteral("[user]"));
    if (!parse(parser, arguments))
        return;
    const QString user = parser.positionalArguments().value(0).trimmed();
    withWorkspace([this, user](std::unique_ptr<Workspace> workspace) {
        auto list = workspace->scheduler().bookings(user);
        if (!list) {
            fail(list.error());
            return;
        }
        QJsonArray array;
        for (const Scheduler::Booking &b : list.value()) {
            array.append(
                QJsonObject { { QStringLiteral("id"), b.id }, { QStringLiteral("user"), b.user },
                    { QStringLiteral("start"), Command::isoUtc(b.slot.start) },
                    { QStringLiteral("end"), Command::isoUtc(b.slot.end) },
                    { QStringLiteral("guest_name"), b.guestName },
                    { QStringLiteral("guest_email"), b.guestEmail },
                    { QStringLiteral("guest_phone"),
                        b.guestPhone.isEmpty() ? QJsonValue() : QJsonValue(b.guestPhone) },
                    { QStringLiteral("user_terms"), b.userTermsVersion },
                    { QStringLiteral("user_terms_at"), Command::isoUtc(b.userTermsAt) },
                    { QStringLiteral("guest_terms"), b.guestTermsVersion },
                    { QStringLiteral("guest_terms_at"), Command::isoUtc(b.guestTermsAt) } });
        }
        if (m_ctx.json) {
            printJson(array);
        } else if (list->isEmpty()) {
            m_ctx.out << tr("No bookings.") << Qt::endl;
        } else {
            for (const Scheduler::Booking &b : list.value()) {
                m_ctx.out << tr("%1  %2  %3-%4  %5 <%6>  terms: user %7, guest %8")
                                 .arg(b.id)
                                 .arg(b.user, Command::isoUtc(b.slot.start),
                                     Command::isoUtc(b.slot.end), b.guestName, b.guestEmail,
                                     b.userTermsVersion, b.guestTermsVersion)
                          << Qt::endl;
            }
        }
        finish(ExitOk);
    });
}

} // namespace relay::cli
