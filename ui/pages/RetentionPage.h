#pragma once

#include "retention/Inventory.h"
#include "retention/Lookup.h"
#include "retention/Verifier.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace relay::core {
class WorkspaceWatcher;
class Clock;
class SecretStore;
class Worker;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class MessageBanner;

// What compliance reviewers open the app for. Checks: the retention
// verifier on the live workspace (off the GUI thread), each check with its
// counts and evidence, and a signed compliance report to export. Inventory:
// the policy as data, category by category, with where each lives and the
// policy sentence it comes from. Look Up: what is kept about a number (by
// its hash), an SMS record or a provider message, and what is not.
// Files: every file of the workspace with its mode and encryption.
class RetentionPage final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ChecksTab, InventoryTab, LookupTab, LinksTab, SchedulerTab, FilesTab };
    enum LookupKey { PhoneKey, SmsRecordKey, ProviderMessageKey };

    explicit RetentionPage(QWidget *parent = nullptr);
    ~RetentionPage() override;

    void setWorkspace(core::Workspace *workspace);
    // Refreshes itself when the workspace changes (LiveRefresh).
    void followChanges(core::WorkspaceWatcher *watcher);
    void setSecrets(core::SecretStore *secrets) { m_secrets = secrets; }
    void setClock(const core::Clock *clock) { m_clock = clock; }
    void setSettingsFile(const QString &path) { m_settingsFile = path; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *files() const { return m_files; }
    QTreeWidget *links() const { return m_links; }
    QTreeWidget *clicks() const { return m_clicks; }
    QTreeWidget *schedulerUsers() const { return m_schedulerUsers; }
    QTreeWidget *bookings() const { return m_bookings; }
    QTreeWidget *checks() const { return m_checks; }
    QTreeWidget *inventory() const { return m_inventoryTree; }
    QComboBox *lookupKey() const { return m_lookupKey; }
    QLineEdit *lookupQuery() const { return m_lookupQuery; }
    QTextBrowser *lookupResult() const { return m_lookupResult; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *checkPagesButton() const { return m_checkPages; }
    QLabel *pagesResult() const { return m_pagesResult; }

    // The signed report of the last run, as exported.
    [[nodiscard]] core::Status writeSignedReport(const QString &path);

public Q_SLOTS:
    void refresh();
    void runChecks();
    // Every page of workspace.db and its HMAC, then the structure (the
    // Files tab shows the verdict); false when anything is damaged.
    bool checkPages();
    void lookUp();
    void exportReport();

Q_SIGNALS:
    void checksFinished(bool passed);
    void lookedUp();

private:
    void refreshFiles();
    void refreshLinks();
    void refreshScheduler();
    void buildChecksTabs();
    QPushButton *buildLookupTab(); // returns its Look Up button
    void buildStoreTabs();
    void buildFilesTab();
    void fillInventory();
    QString lookupHtml(const core::RetentionLookup::Found &found) const;
    void showLookup(const core::Result<core::RetentionLookup::Found> &found);
    void showChecks(const QList<core::RetentionVerifier::Check> &checks, qint64 ms);

    core::Workspace *m_workspace = nullptr;
    core::SecretStore *m_secrets = nullptr;
    const core::Clock *m_clock = nullptr;
    QString m_settingsFile;
    core::RetentionInventory m_inventory;
    QList<core::RetentionVerifier::Check> m_lastChecks;
    bool m_running = false;
    core::Worker *m_jobs = nullptr; // the checks, off the GUI thread
    quint64 m_generation = 0; // of the workspace: results for an earlier one are dropped

    MessageBanner *m_banner;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_checks;
    QTreeWidget *m_inventoryTree;
    QComboBox *m_lookupKey;
    QLineEdit *m_lookupQuery;
    QTextBrowser *m_lookupResult;
    QTreeWidget *m_links;
    QTreeWidget *m_clicks;
    QLabel *m_linksSummary;
    QTreeWidget *m_schedulerUsers;
    QTreeWidget *m_bookings;
    QLabel *m_schedulerSummary;
    QTreeWidget *m_files;
    QPushButton *m_checkPages;
    QLabel *m_pagesResult;
    QPushButton *m_run;
    QPushButton *m_export;
};

} // namespace relay::ui
