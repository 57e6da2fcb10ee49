#pragma once

#include "exports/ExportReport.h"
#include "ingest/FileImport.h"
#include "reports/ReportCache.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QProgressDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace relay::core {
class WorkspaceWatcher;
class SecretStore;
class Worker;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class ChartView;
class FilterBar;
class MessageBanner;
class NewPullDialog;
class RecordsModel;
struct ReportData;

// The report cache: every pull with its 7-day clock and its actions (new
// pull, resume, import files, delete now); below it the breakdown of the
// selected pull (or all live pulls), narrowed by the filter bar, as charts,
// the error table, a breakdown by any dimension and the records themselves;
// and the client exports (CSV, JSON, PDF) of what the filter shows.
class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ChartsTab, ErrorsTab, BreakdownTab, RecordsTab };

    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setWorkspace(core::Workspace *workspace);
    // Refreshes itself when the workspace changes (LiveRefresh).
    void followChanges(core::WorkspaceWatcher *watcher);
    // For new pulls: the keychain, and in the demo the in-process sandbox.
    void setSecrets(core::SecretStore *secrets) { m_secrets = secrets; }
    void setSandbox(const QUrl &url, const QString &twilioAccount);

    core::ReportCache::Filter currentFilter() const;

    QTableWidget *pulls() const { return m_pulls; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *breakdown() const { return m_breakdown; }
    QTableWidget *errors() const { return m_errors; }
    QComboBox *dimension() const { return m_dimension; }
    QComboBox *measure() const { return m_measure; }
    ChartView *dailyChart() const { return m_daily; }
    ChartView *deliveryChart() const { return m_delivery; }
    ChartView *campaignChart() const { return m_campaigns; }
    ChartView *brandChart() const { return m_brands; }
    ChartView *gatewayChart() const { return m_gateways; }
    ChartView *segmentChart() const { return m_distribution; }
    QTableView *records() const { return m_records; }
    RecordsModel *recordsModel() const { return m_recordsModel; }
    QLineEdit *recordsSearch() const { return m_search; }
    QLabel *totals() const { return m_totals; }
    MessageBanner *banner() const { return m_banner; }

    // Writes what the filter shows ("csv", "json", "pdf", or "breakdown-csv"
    // for the Breakdown tab's table) through core::ExportReport, records
    // off the GUI thread; exported() tells how it went.
    void startExport(const QString &path, const QString &format);
    // Imports files as a new pull (core::FileImport) off the GUI thread;
    // imported() tells how it went.
    void startImport(const core::FileImport::Request &request);

public Q_SLOTS:
    void refresh();
    void showMessage(const QString &text, bool error);
    void newPull();
    void resumePull();
    void importFiles();
    void deleteSelectedPull();
    void exportRecordsCsv();
    void exportBreakdownCsv();
    void exportJson();
    void exportPdf();

Q_SIGNALS:
    // rows: records, breakdown rows, or messages for a PDF; error empty on success.
    void exported(qint64 rows, const QString &error);
    void imported(qint64 pullId, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *buildHeader(QPushButton **refreshButton);
    QWidget *buildChartsTab();
    void buildErrorsTab();
    QWidget *buildBreakdownTab();
    QWidget *buildRecordsTab();
    void wire(QPushButton *refreshButton);
    qint64 selectedPull() const;
    void scopeChanged();
    void applyFilter();
    void showData(const ReportData &report);
    // What the pulls hold, as a fingerprint: a refresh that changes nothing
    // of it leaves the charts and the records table alone.
    QByteArray pullsFingerprint(const QList<core::ReportCache::Pull> &pulls) const;
    void refreshIfPullsChanged();
    void refreshBreakdown();
    void refreshRecords();
    void updateActions();
    NewPullDialog *pullDialog();
    void exportWithDialog(const QString &format, const QString &title, const QString &nameFilter);
    QProgressDialog *jobProgress(const QString &label);
    bool exportRequest(
        const QString &path, const QString &format, core::ExportReport::Request *request) const;
    static QString exportedText(qint64 rows, const QString &format, const QString &path);

    core::Workspace *m_workspace = nullptr;
    quint64 m_generation = 0; // of the workspace: results for an earlier one are dropped
    QPair<QString, QString> m_lastExport; // format, path
    QByteArray m_pullsShown; // pullsFingerprint() of the list on screen
    core::SecretStore *m_secrets = nullptr;
    QUrl m_sandbox;
    QString m_sandboxAccount;
    bool m_recordsDirty = true;
    core::ReportCache::Filter m_scope; // the selected pull's coverage, or every live pull

    MessageBanner *m_banner;
    QTableWidget *m_pulls;
    QPushButton *m_newPull;
    QPushButton *m_resume;
    QPushButton *m_import;
    QPushButton *m_delete;
    QToolButton *m_export;
    QLabel *m_scopeLabel;
    FilterBar *m_filterBar;
    QLabel *m_totals;
    QTabWidget *m_tabs;
    QComboBox *m_measure;
    ChartView *m_daily;
    ChartView *m_delivery;
    ChartView *m_campaigns;
    ChartView *m_brands;
    ChartView *m_gateways;
    ChartView *m_distribution;
    QTableWidget *m_errors;
    QComboBox *m_dimension;
    QTableWidget *m_breakdown;
    QLineEdit *m_search;
    QLabel *m_recordsStatus;
    QTableView *m_records;
    RecordsModel *m_recordsModel;
    core::Worker *m_jobs; // imports and exports, one after another
};

} // namespace relay::ui
