#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace relay::core {
class WorkspaceWatcher;
class Clock;
class SecretStore;
class Workspace;
struct Error;
} // namespace relay::core

namespace relay::ui {

class ActivityPage;
class DeliveriesPage;
class MessageBanner;
class ReportsPage;
class AccessPage;
class RetentionPage;
class WorkspaceUnlocker;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        DeliveriesArea,
        ReportsArea,
        RetentionArea,
        AccessAuditArea,
        ActivityArea,
        AreaCount
    };

    MainWindow(core::SecretStore &secrets, const core::Clock &clock, QSettings &settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the workspace at dir, locked (or "create" when there is none).
    void setWorkspaceDir(const QString &dir);
    void setDemo(bool demo);
    // Takes an unlocked workspace and shows it.
    void setWorkspace(std::unique_ptr<core::Workspace> workspace, int failedAttempts = 0);

    bool isUnlocked() const { return m_workspace != nullptr; }
    core::Workspace *workspace() const { return m_workspace.get(); }
    Page currentPage() const;
    QWidget *page(Page page) const;
    QListWidget *navigation() const { return m_navigation; }
    MessageBanner *banner() const { return m_banner; }

    // Opens a passphrase workspace without a dialog (the demo's documented
    // passphrase); the result arrives like a dialog unlock.
    void unlockWithPassphrase(const QByteArray &passphrase);

public Q_SLOTS:
    void showPage(relay::ui::MainWindow::Page page);
    void unlock();
    void lock();
    void openWorkspaceFolder();
    void showSettings();
    void showCredentials();
    void showUserGuide();
    void showAbout();

Q_SIGNALS:
    void workspaceUnlocked();
    // Before the open workspace goes away (lock, another folder, quit).
    void workspaceClosing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QWidget *buildLockedPage();
    QWidget *buildWorkspaceView();
    void updateState();
    void showError(const core::Error &error);

    core::SecretStore &m_secrets;
    const core::Clock &m_clock;
    QSettings &m_settings;
    WorkspaceUnlocker *m_unlocker;
    core::WorkspaceWatcher *m_watcher;
    std::unique_ptr<core::Workspace> m_workspace;
    QString m_dir;
    bool m_demo = false;

    QStackedWidget *m_root = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_lockedTitle = nullptr;
    QLabel *m_lockedText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    ReportsPage *m_reports = nullptr;
    RetentionPage *m_retention = nullptr;
    AccessPage *m_access = nullptr;
    ActivityPage *m_activity = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    QLabel *m_statusLock = nullptr;
    QPointer<QDialog> m_guide;
    QAction *m_lockAction = nullptr;
    QAction *m_unlockAction = nullptr;
};

} // namespace relay::ui
