#pragma once

#include "salesforce/SalesforceClient.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

namespace relay::core {
class ClickWriteBack;
class InboundRelay;
class ProviderPull;
class SalesforceWriteBack;
class SendPipeline;
class StatusServer;
namespace sandbox {
class SandboxServer;
}
} // namespace relay::core

namespace relay::ui {

class MainWindow;

// The embedded default: the sandbox provider runs in-process on 127.0.0.1
// and, the first time the demo workspace opens, a week of its traffic is
// pulled into the report cache exactly as a real Twilio pull would be.
class DemoSession final : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(MainWindow &window, QObject *parent = nullptr);
    ~DemoSession() override;

    QString sandboxUrl() const;

private:
    void workspaceUnlocked();
    // A few hundred messages through the real send path: sandbox provider,
    // signed callbacks to an in-process status server, write-back to the
    // sandbox's Salesforce.
    void sendDemoBatch();
    // A demo user's calendar (its event titles are dropped on import) and a booking.
    void seedScheduler();
    // One org's statuses back to its (sandbox) Salesforce, then the next step.
    void writeBackOrg(
        const QString &org, const core::SalesforceClient::Login &login, std::function<void()> then);
    // A few recipients follow their URL Pro links; the clicks go to the org.
    void clickDemoLinks();
    void demoReplies();

    MainWindow &m_window;
    std::unique_ptr<core::sandbox::SandboxServer> m_sandbox; // the providers, and org Acme
    std::unique_ptr<core::sandbox::SandboxServer> m_secondOrg; // org Globex
    static constexpr const char *kAcme = "Acme";
    static constexpr const char *kGlobex = "Globex";
    QNetworkAccessManager m_network;
    core::ProviderPull *m_pull = nullptr;
    std::unique_ptr<core::InboundRelay> m_inbound; // outlives the server that calls it
    std::unique_ptr<core::StatusServer> m_statusServer;
    std::unique_ptr<core::SendPipeline> m_pipeline;
    std::unique_ptr<core::SalesforceWriteBack> m_writeBack;
    std::unique_ptr<core::ClickWriteBack> m_clickWriteBack;
};

} // namespace relay::ui
