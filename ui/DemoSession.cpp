#include "DemoSession.h"

#include "MainWindow.h"
#include "deliveries/Orgs.h"
#include "deliveries/SmsFields.h"
#include "engine/InboundRelay.h"
#include "engine/SendPipeline.h"
#include "engine/StatusServer.h"
#include "ingest/ProviderPull.h"
#include "links/LinkStore.h"
#include "pages/AccessPage.h"
#include "pages/DeliveriesPage.h"
#include "pages/ReportsPage.h"
#include "pages/RetentionPage.h"
#include "salesforce/ClickWriteBack.h"
#include "salesforce/WriteBack.h"
#include "sandbox/SandboxServer.h"
#include "scheduler/Scheduler.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>

namespace relay::ui {

using namespace relay::core;

namespace {
// A month of sandbox traffic; the first pull takes its last week, and New
// Pull can take any of it.
constexpr qint64 kDemoMessages = 100000;
constexpr int kDemoDays = 31;
} // namespace

DemoSession::DemoSession(MainWindow &window, QObject *parent) : QObject(parent), m_window(window)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_sandbox = std::make_unique<sandbox::SandboxServer>(
        2026, kDemoMessages, today.addDays(-kDemoDays), today.addDays(-1));
    m_sandbox->start();
    // A second client org, its own Salesforce: the demo's messages go to two.
    m_secondOrg = std::make_unique<sandbox::SandboxServer>(
        2027, 1, today.addDays(-kDemoDays), today.addDays(-1));
    m_secondOrg->start();
    if (auto *reports = qobject_cast<ReportsPage *>(m_window.page(MainWindow::ReportsArea)))
        reports->setSandbox(QUrl(m_sandbox->baseUrl()),
            QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    connect(&m_window, &MainWindow::workspaceUnlocked, this, &DemoSession::workspaceUnlocked);
    connect(&m_window, &MainWindow::workspaceClosing, this, [this] {
        // The engine parts hold the workspace: they go first.
        if (auto *deliveries
            = qobject_cast<DeliveriesPage *>(m_window.page(MainWindow::DeliveriesArea)))
            deliveries->setPipeline(nullptr);
        m_writeBack.reset();
        m_clickWriteBack.reset();
        m_pipeline.reset();
        m_statusServer.reset();
        if (!m_pull)
            return;
        m_pull->abandon();
        delete m_pull;
        m_pull = nullptr;
    });
    // The demo's recipient-hash pepper is fixed and published, like its
    // passphrase; a real workspace's lives in the keychain.
    if (!qEnvironmentVariableIsSet("RELAYAUDIT_PEPPER")) {
        qputenv("RELAYAUDIT_PEPPER",
            QCryptographicHash::hash("relay-audit-demo pepper", QCryptographicHash::Sha256)
                .toHex());
    }
}

DemoSession::~DemoSession() = default;

QString DemoSession::sandboxUrl() const
{
    return m_sandbox->baseUrl();
}

void DemoSession::workspaceUnlocked()
{
    Workspace *workspace = m_window.workspace();
    if (!workspace || m_pull)
        return;
    auto logged = workspace->deliveries().counts();
    if (logged && logged->deliveries == 0)
        QTimer::singleShot(0, this, &DemoSession::sendDemoBatch);
    // The stand-in org's Setup Audit Trail, as a REST query answers it, and
    // who the vendor's staff are: the Access Audit page has sessions to show.
    auto trail = workspace->access().rows();
    if (trail && trail->isEmpty()) {
        const QByteArray page = QJsonDocument(
            QJsonObject { { QStringLiteral("records"),
                m_sandbox->setupAuditTrail(QStringLiteral(
                    "v60.0")) } }).toJson(QJsonDocument::Compact);
        const QString org = tr("Demo client org");
        if (workspace->access().importQueryPage(org, page)
            && workspace->access().addStaff(
                { AccessAudit::StaffKind::Domain, sandbox::SandboxServer::salesforceStaffDomain() })
            && workspace->access().setOrgSettings(
                { org, QTimeZone("America/Chicago"), QTime(8, 0), QTime(18, 0) })) {
            // The pages see it through the workspace watcher.
        }
    }
    seedScheduler();
    auto pulls = workspace->reports().pulls();
    if (!pulls || !pulls->isEmpty())
        return;
    m_pull = new ProviderPull(workspace->reports(), workspace->activityLog(), m_network, this);
    ProviderPull::Options options;
    options.provider = ProviderKind::Twilio;
    options.account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.from = m_sandbox->traffic().to().addDays(-6);
    options.to = m_sandbox->traffic().to();
    auto id = m_pull->create(options, tr("Demo client"));
    if (!id)
        return;
    auto *reports = qobject_cast<ReportsPage *>(m_window.page(MainWindow::ReportsArea));
    connect(m_pull, &ProviderPull::progressed, this, [this](qint64 pages, qint64 records) {
        m_window.statusBar()->showMessage(tr("Demo pull from the sandbox: %n record(s) in %1 pages",
                                              nullptr, static_cast<int>(records))
                                              .arg(pages),
            3000);
    });
    connect(m_pull, &ProviderPull::failed, this, [reports](const Error &error) {
        if (reports)
            reports->showMessage(errorMessage(error), true);
    });
    ProviderCredentials credentials;
    credentials.user = options.account;
    credentials.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    m_pull->start(id.value(), std::move(credentials));
}

} // namespace relay::ui

namespace relay::ui {

void DemoSession::sendDemoBatch()
{
    Workspace *workspace = m_window.workspace();
    if (!workspace || m_pipeline)
        return;
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    const QString twilioGateway = QStringLiteral("+15550100001");
    const QString telnyxGateway = QStringLiteral("+15550100002");
    // Two client orgs, one gateway each: Acme on the sandbox itself, Globex
    // on a second sandbox org.
    for (const auto &[name, server] :
        { std::pair { kAcme, m_sandbox.get() }, std::pair { kGlobex, m_secondOrg.get() } }) {
        Orgs::Org org;
        org.name = QLatin1String(name);
        org.instanceUrl = QUrl(server->baseUrl());
        org.loginUrl = org.instanceUrl;
        org.clientId = QString::fromLatin1(sandbox::SandboxServer::salesforceClientId());
        if (!workspace->orgs().add(org))
            return;
    }
    if (!workspace->gateways().add({ twilioGateway, QStringLiteral("twilio"), account, {},
            QLatin1String(kAcme), QStringLiteral("a0G5e000001AcmA") })
        || !workspace->gateways().add({ telnyxGateway, QStringLiteral("telnyx"), {}, {},
            QLatin1String(kGlobex), QStringLiteral("a0G5e000001GlbA") })) {
        return;
    }
    // Their Gateway records, active, in each org.
    const SmsFields fields;
    m_sandbox->addSalesforceRecord(fields.gatewayObject, { { fields.gatewayInactiveField, false } },
        QStringLiteral("a0G5e000001AcmA"));
    m_secondOrg->addSalesforceRecord(fields.gatewayObject,
        { { fields.gatewayInactiveField, false } }, QStringLiteral("a0G5e000001GlbA"));
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    serverOptions.telnyxPublicKey = sandbox::SandboxMessages::telnyxPublicKey();
    m_statusServer = std::make_unique<StatusServer>(
        workspace->deliveries(), workspace->links(), serverOptions);
    if (m_statusServer->start(QHostAddress::LocalHost) == 0)
        return;
    // The Twilio gateway tracks links per recipient (URL Pro), answered by
    // the demo's own engine server.
    if (!workspace->links().setBaseUrl(m_statusServer->baseUrl())
        || !workspace->links().setGatewayMode(twilioGateway, LinkStore::Mode::Pro)) {
        return;
    }
    auto pepper = Pepper::fromEnvironment();
    if (!pepper)
        return;
    SendPipeline::Options options;
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.twilioStatusCallback = m_statusServer->twilioCallbackUrl();
    options.telnyxWebhook = m_statusServer->telnyxWebhookUrl();
    options.perGatewayPerSecond = 200;
    m_pipeline = std::make_unique<SendPipeline>(
        SendPipeline::Stores { workspace->gateways(), workspace->deliveries(), workspace->links() },
        m_network, RecipientHasher(std::move(pepper.value())), options);
    ProviderCredentials twilio;
    twilio.user = account;
    twilio.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    m_pipeline->setTwilioCredentials(account, std::move(twilio));
    m_pipeline->setTelnyxKey(SecretBytes::fromUtf8(sandbox::SandboxServer::telnyxApiKey()));
    // The receive path: the recipients' replies become incoming SMS records
    // in Acme's and Globex's orgs.
    auto relayPepper = Pepper::fromEnvironment();
    if (!relayPepper)
        return;
    m_inbound = std::make_unique<InboundRelay>(
        InboundRelay::Stores { workspace->orgs(), workspace->gateways(), workspace->deliveries() },
        m_network, RecipientHasher(std::move(relayPepper.value())), QStringLiteral("US"),
        [this](const QString &org, std::function<void(Result<SalesforceClient::Login>)> resolved) {
            resolved(org == QLatin1String(kGlobex) ? m_secondOrg->salesforceLogin()
                                                   : m_sandbox->salesforceLogin());
        });
    m_statusServer->setInbound(m_inbound.get());
    static const char *const kTexts[]
        = { "Your appointment is confirmed for tomorrow at 10:00. Reply STOP to opt out.",
              // One element, on two lines (the parentheses say so to clang).
              ("Reminder: your prescription is ready for pickup: "
               "https://pharmacy.example.com/pickup?store=12"),
              "Thanks for your payment! Questions? Call us ~ we're here 24/7 {support}." };
    for (int i = 0; i < 300; ++i) {
        const SendPipeline::Request request { i % 3 == 2 ? telnyxGateway : twilioGateway,
            QStringLiteral("(202) 555-%1").arg(2000 + i), QString::fromLatin1(kTexts[i % 3]),
            QStringLiteral("003D%1").arg(i, 11, 10, QLatin1Char('0')),
            QStringLiteral("a0D%1").arg(i, 12, 10, QLatin1Char('0')),
            QStringLiteral("demo-batch-%1").arg(i / 100 + 1), Channel::Sms };
        (void)m_pipeline->send(request);
    }
    if (auto *deliveries
        = qobject_cast<DeliveriesPage *>(m_window.page(MainWindow::DeliveriesArea)))
        deliveries->setPipeline(m_pipeline.get());
    connect(m_pipeline.get(), &SendPipeline::drained, this, [this] {
        // The callbacks settle within a second or two; then the statuses go
        // back to the sandbox's Salesforce.
        QTimer::singleShot(2500, this, [this] {
            Workspace *ws = m_window.workspace();
            if (!ws)
                return;
            writeBackOrg(QLatin1String(kAcme), m_sandbox->salesforceLogin(), [this] {
                writeBackOrg(QLatin1String(kGlobex), m_secondOrg->salesforceLogin(),
                    [this] { clickDemoLinks(); });
            });
        });
    });
}

void DemoSession::writeBackOrg(
    const QString &org, const SalesforceClient::Login &login, std::function<void()> then)
{
    Workspace *ws = m_window.workspace();
    if (!ws)
        return;
    SalesforceWriteBack::Config config;
    config.org = org;
    config.login = login;
    m_writeBack = std::make_unique<SalesforceWriteBack>(ws->deliveries(), m_network, config);
    connect(m_writeBack.get(), &SalesforceWriteBack::finished, this,
        [then = std::move(then)] { then(); });
    m_writeBack->run();
}

void DemoSession::clickDemoLinks()
{
    Workspace *workspace = m_window.workspace();
    if (!workspace || !m_statusServer)
        return;
    auto links = workspace->links().links(40);
    if (!links)
        return;
    static const char *const kAgents[]
        = { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
            "like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/120.0.6099.144 Mobile Safari/537.36",
              "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like "
              "Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91" };
    const QString base = m_statusServer->baseUrl().toString();
    auto pending = std::make_shared<int>(0);
    int i = 0;
    for (const LinkStore::Link &link : links.value()) {
        if (link.mode != LinkStore::Mode::Pro || i % 3 == 1) {
            ++i;
            continue; // not every recipient follows the link
        }
        QNetworkRequest request(QUrl(base + QLatin1Char('/') + link.code));
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("User-Agent", kAgents[i++ % 4]);
        QNetworkReply *reply = m_network.get(request);
        ++*pending;
        connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
            reply->deleteLater();
            if (--*pending > 0)
                return;
            Workspace *ws = m_window.workspace();
            if (!ws)
                return;
            ClickWriteBack::Config config;
            config.login = m_sandbox->salesforceLogin();
            m_clickWriteBack = std::make_unique<ClickWriteBack>(ws->links(), m_network, config);
            m_clickWriteBack->run();
            demoReplies();
        });
    }
}

// Thirty recipients reply, through Twilio (Acme's gateway) and Telnyx
// (Globex's); every tenth reply reaches the engine twice, as providers
// retry. Each becomes one incoming SMS record in its org.
void DemoSession::demoReplies()
{
    if (!m_inbound || !m_statusServer)
        return;
    static const char *const kReplies[] = { "Yes, see you then!", "Can we move it to Friday?",
        "STOP", "Thanks, got it.", "Who is this?" };
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    for (int i = 0; i < 30; ++i) {
        const bool telnyx = i % 3 == 2; // the recipients the Telnyx gateway texted
        m_sandbox->messages().receive(telnyx ? QStringLiteral("telnyx") : QStringLiteral("twilio"),
            telnyx ? QString() : account,
            telnyx ? m_statusServer->telnyxWebhookUrl() : m_statusServer->twilioInboundUrl(),
            QStringLiteral("+1202555%1").arg(2000 + i),
            telnyx ? QStringLiteral("+15550100002") : QStringLiteral("+15550100001"),
            QString::fromLatin1(kReplies[i % 5]), i % 10 == 0 ? 2 : 1);
    }
}

void DemoSession::seedScheduler()
{
    Workspace *workspace = m_window.workspace();
    if (!workspace)
        return;
    Scheduler &scheduler = workspace->scheduler();
    auto users = scheduler.users();
    if (!users || !users->isEmpty())
        return;
    // Next week's calendar as a calendar app exports it; the titles,
    // locations and attendees never reach the workspace.
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    const auto stamp = [&monday](int day, QTime time) -> QString {
        return monday.addDays(day).toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T')
            + time.toString(QStringLiteral("HHmmss"));
    };
    const struct {
        int day;
        QTime start, end;
        const char *summary;
    } events[] = { { 0, QTime(9, 0), QTime(10, 30), "Pipeline review" },
        { 0, QTime(13, 0), QTime(14, 0), "Lunch with a client" },
        { 1, QTime(11, 0), QTime(12, 0), "Onboarding call" },
        { 2, QTime(9, 30), QTime(12, 0), "Quarterly planning" },
        { 3, QTime(15, 0), QTime(16, 30), "Dentist" },
        { 4, QTime(10, 0), QTime(11, 0), "Team retro" } };
    QString ics = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relay "
                                 "Audit//Demo//EN\r\nX-WR-TIMEZONE:America/Chicago\r\n");
    int uid = 0;
    for (const auto &e : events) {
        ics += QStringLiteral(
            "BEGIN:VEVENT\r\nUID:demo-%1@relayaudit\r\nDTSTAMP:20260101T000000Z\r\n"
            "DTSTART;TZID=America/Chicago:%2\r\nDTEND;TZID=America/Chicago:%3\r\nSUMMARY:%4\r\n"
            "LOCATION:Room 4\r\nATTENDEE;CN=Sam:mailto:sam@client.example\r\nEND:VEVENT\r\n")
                   .arg(++uid)
                   .arg(stamp(e.day, e.start), stamp(e.day, e.end), QLatin1String(e.summary));
    }
    ics += QStringLiteral("END:VCALENDAR\r\n");
    const QString user = QStringLiteral("dana@client.example");
    if (!scheduler.importIcs(user, ics.toUtf8())
        || !scheduler.setUserTerms(
            user, QStringLiteral("2026-03"), QDateTime::currentDateTimeUtc()))
        return;
    auto free = scheduler.slots(user, monday.addDays(1), monday.addDays(1), 30);
    if (!free || free->isEmpty())
        return;
    Scheduler::Booking booking;
    booking.user = user;
    booking.slot = free->first();
    booking.guestName = QStringLiteral("Jordan Guest");
    booking.guestEmail = QStringLiteral("jordan@guest.example");
    booking.guestTermsVersion = QStringLiteral("2026-03");
    booking.guestTermsAt = QDateTime::currentDateTimeUtc();
    (void)scheduler.book(booking);
}

} // namespace relay::ui
