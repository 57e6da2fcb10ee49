#pragma once

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace relay::core {
class ProviderPull;
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

    MainWindow &m_window;
    std::unique_ptr<core::sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    core::ProviderPull *m_pull = nullptr;
};

} // namespace relay::ui
