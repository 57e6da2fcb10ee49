#include "PullCommands.h"

#include "EnvCredentials.h"
#include "Interrupt.h"
#include "Terminal.h"
#include "deliveries/Orgs.h"
#include "engine/SmsIntake.h"
#include "ingest/ProviderPull.h"
#include "privacy/ProviderKeychain.h"
#include "salesforce/OrgKeychain.h"
#include "sandbox/PackageCallout.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

#include <csignal>
#include <cstring>

#include <unistd.h>

namespace relay::cli {

using namespace relay::core;

namespace { } // namespace

QString PullCommand::summary() const
{
    return tr(
        "Pull a provider's usage report for a date range into the encrypted cache (resumable).");
}

void PullCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Pulls message records (sending gateway, segments, status timestamps, ids, campaign and "
        "brand) from Twilio "
        "or Telnyx for UTC days --from..--to, and Twilio's daily usage. Bodies and recipients are "
        "not kept.\n"
        "Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
        "TWILIO_API_SECRET); "
        "TELNYX_API_KEY.\nCtrl-C stops cleanly; 'pull --resume ID' continues where it stopped."));
    parser.addPositionalArgument(QStringLiteral("provider"),
        tr("twilio (Messages list), twilio-bulk (BulkExport day files) or telnyx"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("First UTC day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Last UTC day (YYYY-MM-DD)."), QStringLiteral("date"));
    const QCommandLineOption sender(QStringLiteral("sender"),
        tr("Only this sending gateway (repeatable)."), QStringLiteral("number"));
    const QCommandLineOption client(
        QStringLiteral("client"), tr("The client the report is for."), QStringLiteral("label"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        tr("Stand-in for every host of the provider (e.g. the sandbox)."), QStringLiteral("url"));
    const QCommandLineOption resume(
        QStringLiteral("resume"), tr("Continue an interrupted pull."), QStringLiteral("id"));
    const QCommandLineOption account(QStringLiteral("account"),
        tr("The Twilio Account SID (default: TWILIO_ACCOUNT_SID)."), QStringLiteral("sid"));
    parser.addOptions({ from, to, sender, client, baseUrl, resume, account });
    if (!parse(parser, arguments))
        return;

    qint64 resumeId = 0;
    ProviderPull::Options options;
    if (parser.isSet(resume)) {
        bool ok = false;
        resumeId = parser.value(resume).toLongLong(&ok);
        if (!ok || resumeId <= 0) {
            usageError(tr("--resume takes a pull id, not '%1'").arg(parser.value(resume)));
            return;
        }
    } else {
        const QStringList positional = parser.positionalArguments();
        const QString which = positional.value(0);
        if (positional.size() != 1
            || (which != QLatin1String("twilio") && which != QLatin1String("twilio-bulk")
                && which != QLatin1String("telnyx"))) {
            usageError(tr("pull takes twilio, twilio-bulk or telnyx (or --resume ID)"));
            return;
        }
        options.provider = which == QLatin1String("telnyx") ? ProviderKind::Telnyx
            : which == QLatin1String("twilio-bulk")         ? ProviderKind::TwilioBulk
                                                            : ProviderKind::Twilio;
        options.from = QDate::fromString(parser.value(from), Qt::ISODate);
        options.to = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!options.from.isValid() || !options.to.isValid()) {
            usageError(tr("pull needs --from and --to as YYYY-MM-DD"));
            return;
        }
        if (auto range
            = ProviderPull::validateRange(options.from, options.to, m_ctx.clock.nowUtc().date());
            !range) {
            usageError(range.error().detail);
            return;
        }
        options.senders = parser.values(sender);
        options.account = parser.value(account);
        if (parser.isSet(baseUrl)) {
            options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
            if (!options.baseUrl.isValid()
                || (options.baseUrl.scheme() != QLatin1String("https")
                    && options.baseUrl.scheme() != QLatin1String("http"))) {
                usageError(
                    tr("--base-url takes an http(s) URL, not '%1'").arg(parser.value(baseUrl)));
                return;
            }
        }
    }
    const QString clientLabel = parser.value(client);

    withWorkspace([this, resumeId, options, clientLabel](std::unique_ptr<Workspace> opened) {
        auto workspace = std::shared_ptr<Workspace>(std::move(opened));
        ProviderPull::Options opts = options;
        qint64 pullId = resumeId;
        if (resumeId > 0) {
            auto pull = workspace->reports().pull(resumeId);
            if (!pull) {
                fail(pull.error());
                return;
            }
            if (pull->account == QLatin1String("file")) {
                // An import is not a pull: its files are what it read.
                fail(makeError(ErrorCode::InvalidInput,
                    tr("pull %1 is an import of files (%2); imports do not resume: import the "
                       "files again with 'relayaudit-cli import %2 FILE...' (messages stored "
                       "already are skipped), and delete this one with 'relayaudit-cli purge "
                       "--pull %1'")
                        .arg(resumeId)
                        .arg(pull->provider)));
                return;
            }
            opts.provider = pull->provider == QLatin1String("telnyx") ? ProviderKind::Telnyx
                : pull->provider == QLatin1String("twilio-bulk")      ? ProviderKind::TwilioBulk
                                                                      : ProviderKind::Twilio;
            opts.account = pull->account;
        }
        if (opts.provider == ProviderKind::Telnyx && opts.account.isEmpty())
            opts.account = QStringLiteral("telnyx");
        auto fromEnvironment = credentialsFromEnvironment(opts.provider, &opts.account);
        if (fromEnvironment) {
            startPull(workspace, opts, pullId, clientLabel, std::move(fromEnvironment.value()));
            return;
        }
        // Not in the environment: the keychain (relayaudit-cli credentials set).
        if (opts.account.isEmpty()) {
            fail(fromEnvironment.error());
            return;
        }
        ProviderKeychain::load(m_ctx.secrets, opts.provider, opts.account,
            [this, workspace, opts, pullId, clientLabel, envError = fromEnvironment.error()](
                Result<ProviderCredentials> stored) {
                if (!stored) {
                    Error error = envError;
                    error.detail += tr("; or store them with 'relayaudit-cli credentials set'");
                    fail(error);
                    return;
                }
                startPull(workspace, opts, pullId, clientLabel, std::move(stored.value()));
            });
    });
}

void PullCommand::startPull(std::shared_ptr<core::Workspace> workspace,
    core::ProviderPull::Options opts, qint64 pullId, const QString &clientLabel,
    core::ProviderCredentials credentials)
{
    {
        auto *network = new QNetworkAccessManager(this);
        auto *pull
            = new ProviderPull(workspace->reports(), workspace->activityLog(), *network, this);
        if (pullId == 0) {
            auto created = pull->create(opts, clientLabel);
            if (!created) {
                fail(created.error());
                return;
            }
            pullId = created.value();
        }
        installInterruptHandler();
        auto *watch = new QTimer(this);
        watch->setInterval(200);
        connect(watch, &QTimer::timeout, pull, [pull] {
            if (interruptFlag().load())
                pull->cancel();
        });
        watch->start();
        // The 7-day promise holds during long pulls too.
        auto *hourly = new QTimer(this);
        hourly->setInterval(3600 * 1000);
        connect(hourly, &QTimer::timeout, this, [workspace] { (void)workspace->purgeExpired(); });
        hourly->start();

        const bool tty = ::isatty(STDERR_FILENO) == 1;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        connect(pull, &ProviderPull::progressed, this,
            [this, timer, pullId](qint64 pages, qint64 records) {
                if (m_ctx.json)
                    return;
                const double seconds = qMax(0.001, static_cast<double>(timer->elapsed()) / 1000.0);
                printProgress(tr("pull %1: %2 pages, %3 records, %4 records/s")
                                  .arg(pullId)
                                  .arg(pages)
                                  .arg(records)
                                  .arg(qRound64(static_cast<double>(records) / seconds)));
            });
        connect(pull, &ProviderPull::failed, this, [this, pullId](const Error &error) {
            if (error.code == ErrorCode::Cancelled) {
                m_ctx.err
                    << tr("\nInterrupted. Resume with: relayaudit-cli pull --resume %1").arg(pullId)
                    << Qt::endl;
                m_ctx.err.flush();
                finish(130);
                return;
            }
            m_ctx.err << tr("Pull %1 stopped; what was stored is kept. Resume with: relayaudit-cli "
                            "pull --resume %1")
                             .arg(pullId)
                      << Qt::endl;
            fail(error);
        });
        connect(pull, &ProviderPull::finished, this, [this, workspace, pull, pullId, tty](bool ok) {
            if (!ok)
                return;
            if (tty && !m_ctx.json)
                m_ctx.err << '\n';
            auto p = workspace->reports().pull(pullId);
            if (!p) {
                fail(p.error());
                return;
            }
            if (m_ctx.json) {
                printJson(QJsonObject { { QStringLiteral("id"), pullId },
                    { QStringLiteral("records"), p->records },
                    { QStringLiteral("segments"), p->segments },
                    { QStringLiteral("pages"), p->pages },
                    { QStringLiteral("retries"), pull->retries() },
                    { QStringLiteral("expires"), p->expires.toString(Qt::ISODate) } });
            } else {
                m_ctx.out << tr("Pull %1 complete: %2 records (%3 segments) in %4 pages; %5 "
                                "retries. Expires %6.")
                                 .arg(pullId)
                                 .arg(p->records)
                                 .arg(p->segments)
                                 .arg(p->pages)
                                 .arg(pull->retries())
                                 .arg(p->expires.toString(Qt::ISODate))
                          << Qt::endl;
            }
            finish(ExitOk);
        });
        pull->start(pullId, std::move(credentials));
    }
}

QString CredentialsCommand::summary() const
{
    return tr("Keep provider credentials and org logins in the system keychain instead of the "
              "environment.");
}

void CredentialsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("credentials set|remove twilio|telnyx|salesforce: stores (or removes) provider "
           "credentials, or the Salesforce secrets of an org 'engine org add' registered, in the "
           "system keychain. Twilio's secret comes from TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
           "TWILIO_API_SECRET), Telnyx's from TELNYX_API_KEY, else it is typed with echo off; an "
           "org's from the SALESFORCE_* variables. Never from an argument."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("set or remove"));
    parser.addPositionalArgument(QStringLiteral("provider"), tr("twilio, telnyx or salesforce"));
    const QCommandLineOption account(QStringLiteral("account"),
        tr("The Twilio Account SID (default: TWILIO_ACCOUNT_SID)."), QStringLiteral("sid"));
    const SalesforceLoginOptions login;
    parser.addOptions({ account, login.org });
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QStringList services { QStringLiteral("twilio"), QStringLiteral("telnyx"),
        QStringLiteral("salesforce") };
    if (positional.size() != 2
        || (positional.at(0) != QLatin1String("set") && positional.at(0) != QLatin1String("remove"))
        || !services.contains(positional.at(1))) {
        usageError(tr("credentials takes: set|remove twilio|telnyx|salesforce"));
        return;
    }
    const bool set = positional.at(0) == QLatin1String("set");
    if (positional.at(1) == QLatin1String("salesforce")) {
        if (!parser.isSet(login.org)) {
            usageError(tr("credentials set|remove salesforce needs --org NAME"));
            return;
        }
        orgLogin(set, parser.value(login.org));
        return;
    }
    const auto provider
        = positional.at(1) == QLatin1String("telnyx") ? ProviderKind::Telnyx : ProviderKind::Twilio;
    QString sid = parser.isSet(account) ? parser.value(account)
                                        : qEnvironmentVariable("TWILIO_ACCOUNT_SID");
    if (provider == ProviderKind::Twilio && !sid.startsWith(QLatin1String("AC"))) {
        usageError(tr("a Twilio Account SID (AC…) is needed: --account or TWILIO_ACCOUNT_SID"));
        return;
    }
    if (provider == ProviderKind::Telnyx)
        sid.clear();
    const QString label = provider == ProviderKind::Telnyx ? QStringLiteral("Telnyx")
                                                           : QStringLiteral("Twilio ") + sid;

    if (!set) {
        ProviderKeychain::remove(m_ctx.secrets, provider, sid, [this, label](Status status) {
            reportKeychain(
                status, tr("Removed the %1 credentials from the system keychain."), label);
        });
        return;
    }

    QString found = sid;
    auto credentials = credentialsFromEnvironment(provider, &found);
    if (!credentials) {
        auto typed = Terminal::readHidden(provider == ProviderKind::Telnyx
                ? tr("Telnyx API key: ")
                : tr("Twilio auth token for %1: ").arg(sid));
        if (!typed) {
            fail(credentials.error());
            return;
        }
        ProviderCredentials entered;
        entered.user = sid;
        entered.secret = std::move(typed.value());
        credentials = std::move(entered);
    }
    ProviderKeychain::store(
        m_ctx.secrets, provider, sid, credentials.value(), [this, label](Status status) {
            reportKeychain(status, tr("Stored the %1 credentials in the system keychain."), label);
        });
}

void CredentialsCommand::orgLogin(bool set, const QString &org)
{
    const QString label = tr("Salesforce secrets of org %1").arg(org);
    if (!set) {
        OrgKeychain::remove(m_ctx.secrets, org, [this, label](Status status) {
            reportKeychain(status, tr("Removed the %1 from the system keychain."), label);
        });
        return;
    }
    // Only from the environment: a refresh token or a PEM key is not typed.
    SalesforceClient::Login login;
    if (auto s = salesforceLoginFromEnvironment(&login); !s) {
        fail(s.error());
        return;
    }
    withWorkspace([this, org, login, label](std::unique_ptr<Workspace> workspace) {
        auto known = workspace->orgs().find(org);
        if (!known) {
            fail(known.error());
            return;
        }
        // New secrets for the same connected app: the workspace's copy of
        // the flow, consumer key and username stays true.
        const bool jwt = login.flow == SalesforceClient::Login::Flow::JwtBearer;
        if ((known->flow == Orgs::Flow::JwtBearer) != jwt || known->clientId != login.clientId
            || known->username != login.username) {
            fail(makeError(ErrorCode::InvalidInput,
                QStringLiteral("the SALESFORCE_* variables name another connected app, flow or "
                               "user than org %1 was added with; remove the org and add it again")
                    .arg(org)));
            return;
        }
        OrgKeychain::store(m_ctx.secrets, org, login, [this, label](Status status) {
            reportKeychain(status, tr("Stored the %1 in the system keychain."), label);
        });
    });
}

void CredentialsCommand::reportKeychain(
    const Status &status, const QString &doneText, const QString &label)
{
    if (!status) {
        fail(status.error());
        return;
    }
    m_ctx.out << doneText.arg(label) << Qt::endl;
    finish(ExitOk);
}

QString SandboxCommand::summary() const
{
    return tr("Serve the local Twilio- and Telnyx-shaped sandbox on 127.0.0.1.");
}

void SandboxCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("sandbox serve: a local provider simulator with deterministic traffic (bodies and "
           "recipients included, as a provider has them), and a stand-in Salesforce org. Faults: "
           "--faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. What the people at "
           "the other end do, as form POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, "
           "text, webhook, times: a recipient's reply, posted signed to the webhook), "
           "/sandbox/queued (gateway, phone_number, message, age_seconds: an outgoing SMS record "
           "set to Queued), /sandbox/gateway (id, inactive: a Gateway record), /sandbox/org "
           "(down, revoked: an outage, revoked tokens)."));
    parser.addPositionalArgument(QStringLiteral("serve"), tr("serve"));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port on 127.0.0.1 (0: any)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Traffic seed."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption messages(QStringLiteral("messages"), tr("Messages in the range."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("First day of traffic."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Last day of traffic."), QStringLiteral("date"));
    const QCommandLineOption faults(
        QStringLiteral("faults"), tr("Fault rates."), QStringLiteral("spec"));
    const QCommandLineOption certificate(QStringLiteral("salesforce-cert"),
        tr("The certificate (or public key) the stand-in org's connected app trusts for the "
           "JWT bearer flow, PEM."),
        QStringLiteral("file"));
    const QCommandLineOption callout(QStringLiteral("callout"),
        tr("Play the org's managed package: post each record /sandbox/queued makes to this "
           "intake URL (the engine's /salesforce/sms), signed for --org with its intake secret "
           "from RELAYAUDIT_INTAKE_SECRET_<ORG>."),
        QStringLiteral("url"));
    const QCommandLineOption calloutOrg(QStringLiteral("org"),
        tr("The org's name in the engine's workspace (X-Relay-Org), with --callout."),
        QStringLiteral("name"));
    const QCommandLineOption calloutTwice(QStringLiteral("callout-twice"),
        tr("With --callout: the share of callouts posted a second time (default 0.1)."),
        QStringLiteral("share"), QStringLiteral("0.1"));
    const QCommandLineOption calloutLost(QStringLiteral("callout-lost"),
        tr("With --callout: the share of callouts never posted, left to the sweep (default 0)."),
        QStringLiteral("share"), QStringLiteral("0"));
    parser.addOptions({ port, seed, messages, from, to, faults, certificate, callout, calloutOrg,
        calloutTwice, calloutLost });
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments() != QStringList { QStringLiteral("serve") }) {
        usageError(tr("sandbox takes: serve"));
        return;
    }
    bool ok = false;
    const int portNumber = parser.value(port).toInt(&ok);
    if (!ok || portNumber < 0 || portNumber > 65535) {
        usageError(tr("--port takes 0 to 65535"));
        return;
    }
    const qint64 count = parser.value(messages).toLongLong(&ok);
    if (!ok || count < 0 || count > 10000000) {
        usageError(tr("--messages takes 0 to 10000000"));
        return;
    }
    const QDate today = m_ctx.clock.nowUtc().date();
    const QDate first = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate)
                                           : today.addDays(-7);
    const QDate last
        = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : today.addDays(-1);
    if (!first.isValid() || !last.isValid() || first > last) {
        usageError(tr("--from and --to take YYYY-MM-DD, --from first"));
        return;
    }
    sandbox::SandboxServer::Faults faultRates;
    QString why;
    if (parser.isSet(faults)
        && !sandbox::SandboxServer::parseFaults(parser.value(faults), &faultRates, &why)) {
        usageError(tr("--faults: %1").arg(why));
        return;
    }
    QByteArray certificatePem;
    if (parser.isSet(certificate)) {
        QFile file(parser.value(certificate));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
            usageError(tr("--salesforce-cert: cannot read %1 as a PEM file")
                           .arg(parser.value(certificate)));
            return;
        }
        certificatePem = file.readAll();
        if (!certificatePem.contains("-----BEGIN CERTIFICATE-----")
            && !certificatePem.contains("-----BEGIN PUBLIC KEY-----")) {
            usageError(tr("--salesforce-cert: %1 holds no certificate or public key")
                           .arg(parser.value(certificate)));
            return;
        }
    }
    sandbox::PackageCallout *package = nullptr;
    if (parser.isSet(callout)) {
        const QUrl intake(parser.value(callout));
        const QString org = parser.value(calloutOrg);
        bool twiceOk = false;
        bool lostOk = false;
        sandbox::PackageCallout::Behaviour behaviour;
        behaviour.twice = parser.value(calloutTwice).toDouble(&twiceOk);
        behaviour.never = parser.value(calloutLost).toDouble(&lostOk);
        if (!intake.isValid() || !intake.scheme().startsWith(QLatin1String("http"))) {
            usageError(tr("--callout takes the engine's intake URL, such as "
                          "http://127.0.0.1:8090/salesforce/sms"));
            return;
        }
        if (org.isEmpty()) {
            usageError(tr("--callout needs --org NAME, the org's name in the engine's workspace"));
            return;
        }
        if (!twiceOk || !lostOk || behaviour.twice < 0 || behaviour.twice > 1 || behaviour.never < 0
            || behaviour.never > 1) {
            usageError(tr("--callout-twice and --callout-lost take a share from 0 to 1"));
            return;
        }
        const QByteArray variable = SmsIntake::environmentVariable(org);
        const QByteArray secret = qgetenv(variable.constData());
        if (secret.size() < qsizetype(SmsIntake::kMinSecretBytes)) {
            fail(makeError(ErrorCode::NoCredentials,
                tr("--callout: set %1 to org %2's intake secret (at least %3 characters), as "
                   "for engine serve")
                    .arg(QString::fromLatin1(variable), org)
                    .arg(SmsIntake::kMinSecretBytes)));
            return;
        }
        package = new sandbox::PackageCallout(
            org, secret, intake, parser.value(seed).toULongLong(), this);
        package->setBehaviour(behaviour);
    }
    auto *server
        = new sandbox::SandboxServer(parser.value(seed).toULongLong(), count, first, last, this);
    server->setCallout(package);
    server->setFaults(faultRates);
    server->setSalesforceCertificate(certificatePem);
    if (server->start(static_cast<quint16>(portNumber)) == 0) {
        fail(makeError(ErrorCode::Io, tr("cannot listen on 127.0.0.1:%1").arg(portNumber)));
        return;
    }
    m_ctx.out << tr(
        "Sandbox serving %1 messages (%2..%3) at %4\n"
        "  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6\n"
        "  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8\n"
        "  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 "
        "SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)\n"
        "  Salesforce JWT bearer flow: SALESFORCE_USERNAME=%12 with SALESFORCE_JWT_KEY_FILE (%13)\n"
        "Ctrl-C to stop.")
                     .arg(count)
                     .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                         server->baseUrl(),
                         QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()),
                         QString::fromLatin1(sandbox::SandboxServer::twilioAuthToken()),
                         QString::fromLatin1(sandbox::SandboxServer::telnyxApiKey()),
                         QString::fromLatin1(sandbox::SandboxMessages::telnyxPublicKey()),
                         QString::fromLatin1(sandbox::SandboxServer::salesforceClientId()),
                         QString::fromLatin1(sandbox::SandboxServer::salesforceClientSecret()),
                         QString::fromLatin1(sandbox::SandboxServer::salesforceRefreshToken()),
                         sandbox::SandboxServer::salesforceUsername(),
                         certificatePem.isEmpty()
                             ? tr("start with --salesforce-cert to accept it")
                             : tr("the key of %1").arg(parser.value(certificate)))
              << Qt::endl;
    installInterruptHandler();
    std::signal(SIGTERM, [](int) { interruptFlag().store(true); });
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, [this] {
        if (interruptFlag().load())
            finish(ExitOk);
    });
    watch->start(200);
}

} // namespace relay::cli
