#include "DemoSession.h"

#include "MainWindow.h"
#include "pages/ReportsPage.h"
#include "providers/ProviderPull.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QStatusBar>

namespace relay::ui {

using namespace relay::core;

namespace {
// A month of sandbox traffic; the first pull takes its last week, and New
// Pull can take any of it.
constexpr qint64 kDemoMessages = 100000;
constexpr int kDemoDays = 31;
}

DemoSession::DemoSession(MainWindow &window, QObject *parent) : QObject(parent), m_window(window)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_sandbox = std::make_unique<sandbox::SandboxServer>(2026, kDemoMessages, today.addDays(-kDemoDays), today.addDays(-1));
    m_sandbox->start();
    if (auto *reports = qobject_cast<ReportsPage *>(m_window.page(MainWindow::ReportsArea)))
        reports->setSandbox(QUrl(m_sandbox->baseUrl()), QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    connect(&m_window, &MainWindow::workspaceUnlocked, this, &DemoSession::workspaceUnlocked);
    connect(&m_window, &MainWindow::workspaceClosing, this, [this] {
        if (!m_pull)
            return;
        m_pull->abandon();
        delete m_pull;
        m_pull = nullptr;
    });
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
    auto pulls = workspace->reports().pulls();
    if (!pulls || !pulls->isEmpty())
        return;
    m_pull = new ProviderPull(*workspace, m_network, this);
    ProviderPull::Options options;
    options.provider = ProviderPull::Provider::Twilio;
    options.account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    options.baseUrl = QUrl(m_sandbox->baseUrl());
    options.from = m_sandbox->traffic().to().addDays(-6);
    options.to = m_sandbox->traffic().to();
    auto id = m_pull->create(options, tr("Demo client"));
    if (!id)
        return;
    auto *reports = qobject_cast<ReportsPage *>(m_window.page(MainWindow::ReportsArea));
    connect(m_pull, &ProviderPull::progressed, this, [this, reports](qint64 pages, qint64 records) {
        m_window.statusBar()->showMessage(tr("Demo pull from the sandbox: %n record(s) in %1 pages", nullptr,
                                             static_cast<int>(records))
                                              .arg(pages),
                                          3000);
        if (reports)
            reports->refresh();
    });
    connect(m_pull, &ProviderPull::finished, this, [reports] {
        if (reports)
            reports->refresh();
    });
    connect(m_pull, &ProviderPull::failed, this, [reports](const Error &error) {
        if (reports)
            reports->showMessage(errorMessage(error), true);
    });
    ProviderPull::Credentials credentials;
    credentials.user = options.account;
    credentials.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    m_pull->start(id.value(), std::move(credentials));
}

} // namespace relay::ui
