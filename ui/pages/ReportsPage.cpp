#include "ReportsPage.h"

#include "LiveRefresh.h"

#include "ChartView.h"
#include "Clock.h"
#include "MessageBanner.h"
#include "NewPullDialog.h"
#include "ReportCharts.h"
#include "ReportPdf.h"
#include "Worker.h"
#include "exports/ReportExport.h"
#include "ingest/ReportImporter.h"
#include "pages/FilterBar.h"
#include "pages/HeaderState.h"
#include "pages/PageKeys.h"
#include "pages/RecordsModel.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>

namespace relay::ui {

using core::ReportCache;
using core::ReportExport;

namespace {

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUp(QTableWidget *table, const QStringList &headers, const QString &name,
    const QString &description)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    // Tab leaves the table (arrow keys move between cells): no trap for the keyboard.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Columns fit their contents; the last one takes the rest of the width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    table->setAccessibleDescription(description);
}

QString stateLabel(ReportCache::State state, bool resumable)
{
    switch (state) {
    case ReportCache::State::Running:
        return ReportsPage::tr("running");
    case ReportCache::State::Complete:
        return ReportsPage::tr("complete");
    case ReportCache::State::Failed:
        return resumable ? ReportsPage::tr("failed (resumable)")
                         : ReportsPage::tr("failed (import again)");
    case ReportCache::State::Cancelled:
        return resumable ? ReportsPage::tr("cancelled (resumable)")
                         : ReportsPage::tr("cancelled (import again)");
    }
    return {};
}

QString remaining(const QDateTime &now, const QDateTime &expires)
{
    const qint64 seconds = now.secsTo(expires);
    if (seconds <= 0)
        return ReportsPage::tr("due now");
    if (seconds >= 86400)
        return ReportsPage::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
    return ReportsPage::tr(
        "%n hour(s)", nullptr, static_cast<int>(qMax<qint64>(1, seconds / 3600)));
}

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

// Fills a table widget from an export table; numbers right-aligned.
void fillTable(QTableWidget *table, const ReportExport::Table &data, const QStringList &headers,
    const QList<int> &columns)
{
    table->setSortingEnabled(false);
    table->clearContents();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(data.rows.size()));
    for (int r = 0; r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        for (int c = 0; c < columns.size(); ++c) {
            const QString &column = data.columns.at(columns.at(c));
            const QString &value = row.at(columns.at(c));
            QTableWidgetItem *item;
            if (column == QLatin1String("messages") || column == QLatin1String("segments_total")) {
                item = number(value.toLongLong());
            } else if (column == QLatin1String("share_percent")) {
                item = new QTableWidgetItem(
                    QLocale().toString(value.toDouble(), 'f', 1) + QLatin1Char('%'));
                item->setData(Qt::UserRole, value.toDouble());
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            } else {
                item = new QTableWidgetItem(
                    value.isEmpty() && c == 0 ? ReportsPage::tr("(none)") : value);
                if (value.isEmpty() && c == 0)
                    item->setForeground(table->palette().color(QPalette::PlaceholderText));
            }
            table->setItem(r, c, item);
        }
    }
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_pulls(new QTableWidget(this))
    , m_newPull(new QPushButton(tr("&New Pull…"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_import(new QPushButton(tr("&Import Files…"), this))
    , m_delete(new QPushButton(tr("&Delete Now"), this))
    , m_export(new QToolButton(this))
    , m_scopeLabel(new QLabel(this))
    , m_filterBar(new FilterBar(this))
    , m_totals(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_measure(new QComboBox(this))
    , m_daily(new ChartView(this))
    , m_delivery(new ChartView(this))
    , m_campaigns(new ChartView(this))
    , m_brands(new ChartView(this))
    , m_gateways(new ChartView(this))
    , m_distribution(new ChartView(this))
    , m_errors(new QTableWidget(this))
    , m_dimension(new QComboBox(this))
    , m_breakdown(new QTableWidget(this))
    , m_search(new QLineEdit(this))
    , m_recordsStatus(new QLabel(this))
    , m_records(new QTableView(this))
    , m_recordsModel(new RecordsModel(this))
    , m_jobs(new core::Worker(QStringLiteral("report-jobs"), this))
{
    auto *layout = new QVBoxLayout(this);
    QPushButton *refreshButton = nullptr;
    layout->addLayout(buildHeader(&refreshButton));
    auto *intro = new QLabel(
        tr("Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, "
           "segment counts, ids, status timestamps, campaign and brand, never bodies or "
           "recipients, and deletes itself 7 days after it was created."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    setUp(m_pulls,
        { tr("ID"), tr("Client"), tr("Provider"), tr("Account"), tr("Range (UTC)"), tr("State"),
            tr("Records"), tr("Segments"), tr("Expires in") },
        tr("Report pulls"),
        tr("The usage reports in the cache, one per row: id, client, provider, account, UTC days, "
           "state, records, "
           "segments and the time left before it deletes itself. Select one to break it down, or "
           "none for every "
           "live pull."));
    m_pulls->setSelectionMode(QAbstractItemView::SingleSelection);

    // The breakdown area: scope, filters, totals, tabs.
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    QFont scopeFont = m_scopeLabel->font();
    scopeFont.setBold(true);
    m_scopeLabel->setFont(scopeFont);
    m_scopeLabel->setWordWrap(true);
    lowerLayout->addWidget(m_scopeLabel);
    lowerLayout->addWidget(m_filterBar);
    m_totals->setAccessibleName(tr("Totals of the filter"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_totals);
    m_tabs->addTab(buildChartsTab(), tr("C&harts"));
    buildErrorsTab();
    m_tabs->addTab(m_errors, tr("&Errors"));
    m_tabs->addTab(buildBreakdownTab(), tr("Break&down"));
    m_tabs->addTab(buildRecordsTab(), tr("Rec&ords"));
    m_tabs->setAccessibleName(tr("Breakdown views"));
    lowerLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(m_pulls);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 5);
    layout->addWidget(splitter, 1);

    wire(refreshButton);
    // The column layouts the user gives the tables outlive the window.
    new HeaderState(m_pulls->horizontalHeader(), QStringLiteral("reports/pulls"));
    new HeaderState(m_errors->horizontalHeader(), QStringLiteral("reports/errors"));
    new HeaderState(m_breakdown->horizontalHeader(), QStringLiteral("reports/breakdown"));
    new HeaderState(m_records->horizontalHeader(), QStringLiteral("reports/records"));

    // Reading order: the page's buttons, its banner, the pulls, the filters,
    // then the tabs, whose pages follow in the order they were made. (The
    // tab widget itself, not its bar: Tab reaches the bar through it.)
    keys::setTabChain(
        { m_newPull, m_resume, m_import, m_delete, m_export, refreshButton, m_banner->closeButton(),
            m_pulls, m_filterBar->from(), m_filterBar->to(), m_filterBar->gateway(),
            m_filterBar->campaign(), m_filterBar->brand(), m_filterBar->status(),
            m_filterBar->direction(), m_filterBar->channel(), m_filterBar->clearButton(), m_tabs });
    keys::addPageAction(this, QKeySequence::Find, tr("Find Records"), [this] {
        m_tabs->setCurrentIndex(RecordsTab);
        keys::focusField(m_search);
    });
    keys::addPageAction(this, QKeySequence::Refresh, tr("Refresh"), &ReportsPage::refresh);
    updateActions();
}

QHBoxLayout *ReportsPage::buildHeader(QPushButton **refreshButton)
{
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Reports</h2>"), this));
    header->addStretch(1);
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Records as &CSV…"), this, &ReportsPage::exportRecordsCsv);
    exportMenu->addAction(tr("&Breakdown as CSV…"), this, &ReportsPage::exportBreakdownCsv);
    exportMenu->addAction(tr("Report as &JSON…"), this, &ReportsPage::exportJson);
    exportMenu->addAction(tr("Client Report as &PDF…"), this, &ReportsPage::exportPdf);
    m_export->setMenu(exportMenu);
    *refreshButton = new QPushButton(tr("&Refresh"), this);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_newPull, m_resume, m_import, m_delete, m_export, *refreshButton })
        header->addWidget(w);
    return header;
}

QWidget *ReportsPage::buildChartsTab()
{
    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    auto *chartControls = new QHBoxLayout;
    auto *measureLabel = new QLabel(tr("&Count:"), charts);
    measureLabel->setBuddy(m_measure);
    m_measure->addItem(tr("Segments"));
    m_measure->addItem(tr("Messages"));
    m_measure->setAccessibleName(tr("Count segments or messages"));
    chartControls->addWidget(measureLabel);
    chartControls->addWidget(m_measure);
    chartControls->addStretch(1);
    auto *copyHint = new QLabel(tr("Right-click a chart to copy it as an image."), charts);
    copyHint->setEnabled(false);
    chartControls->addWidget(copyHint);
    chartsLayout->addLayout(chartControls);
    auto *grid = new QGridLayout;
    grid->addWidget(m_daily, 0, 0);
    grid->addWidget(m_delivery, 0, 1);
    grid->addWidget(m_campaigns, 1, 0);
    grid->addWidget(m_brands, 1, 1);
    grid->addWidget(m_gateways, 2, 0);
    grid->addWidget(m_distribution, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    chartsLayout->addLayout(grid);
    m_daily->setAccessibleName(tr("Per UTC day, stacked by status"));
    m_delivery->setAccessibleName(tr("Delivery rate per UTC day"));
    m_campaigns->setAccessibleName(tr("By campaign"));
    m_brands->setAccessibleName(tr("By brand"));
    m_gateways->setAccessibleName(tr("By sending gateway"));
    m_distribution->setAccessibleName(tr("Segment-count distribution"));
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setWidget(charts);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to each chart, and the area scrolls to it: no stop of its own.
    chartsScroll->setFocusPolicy(Qt::NoFocus);
    chartsScroll->setAccessibleName(tr("Charts"));
    chartsScroll->setAccessibleDescription(
        tr("Six charts of the filtered messages; each one's description reads out "
           "its values"));

    return chartsScroll;
}

void ReportsPage::buildErrorsTab()
{
    setUp(m_errors, {}, tr("Top error codes"),
        tr("The error codes of the filtered messages, most frequent first: code, provider, "
           "messages, share, "
           "meaning and what it usually means"));
    m_errors->setWordWrap(true);
}

QWidget *ReportsPage::buildBreakdownTab()
{
    auto *breakdownPage = new QWidget;
    auto *breakdownLayout = new QVBoxLayout(breakdownPage);
    auto *controls = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&Breakdown by:"), breakdownPage);
    byLabel->setBuddy(m_dimension);
    const QList<QPair<QString, ReportCache::Dimension>> dimensions {
        { tr("Sending gateway"), ReportCache::Dimension::Sender },
        { tr("Status"), ReportCache::Dimension::StatusOf },
        { tr("Day (UTC)"), ReportCache::Dimension::Day },
        { tr("Campaign"), ReportCache::Dimension::Campaign },
        { tr("Brand"), ReportCache::Dimension::Brand },
        { tr("Messaging service"), ReportCache::Dimension::Service },
        { tr("Error code"), ReportCache::Dimension::Error },
        { tr("Segments"), ReportCache::Dimension::Segments },
        { tr("Direction"), ReportCache::Dimension::Direction },
        { tr("Channel"), ReportCache::Dimension::Channel },
    };
    for (const auto &[label, dimension] : dimensions)
        m_dimension->addItem(label, static_cast<int>(dimension));
    m_dimension->setAccessibleName(tr("Breakdown dimension"));
    controls->addWidget(byLabel);
    controls->addWidget(m_dimension);
    controls->addStretch(1);
    breakdownLayout->addLayout(controls);
    setUp(m_breakdown, { tr("Key"), tr("Messages"), tr("Segments"), tr("Share") }, tr("Breakdown"),
        tr("The filtered messages grouped by the chosen dimension: each value with its messages, "
           "segments and "
           "share"));
    breakdownLayout->addWidget(m_breakdown, 1);

    return breakdownPage;
}

QWidget *ReportsPage::buildRecordsTab()
{
    auto *recordsPage = new QWidget;
    auto *recordsLayout = new QVBoxLayout(recordsPage);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("F&ind:"), recordsPage);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(
        tr("a whole message id, or part of a gateway, service, campaign or brand"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find records"));
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_recordsStatus);
    recordsLayout->addLayout(searchRow);
    m_records->setModel(m_recordsModel);
    m_records->setSortingEnabled(true);
    m_records->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_records->setAlternatingRowColors(true);
    m_records->setTabKeyNavigation(false);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setWordWrap(false);
    m_records->verticalHeader()->setDefaultSectionSize(m_records->fontMetrics().height() + 6);
    m_records->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_records->horizontalHeader()->setDefaultSectionSize(140);
    m_records->horizontalHeader()->resizeSection(0, 50);
    m_records->horizontalHeader()->resizeSection(1, 70);
    m_records->horizontalHeader()->resizeSection(2, 290);
    m_records->setAccessibleName(tr("Cached records"));
    m_records->setAccessibleDescription(
        tr("The filtered message records of the cache, one per row, with the "
           "columns of the CSV export; never a body or a recipient"));
    recordsLayout->addWidget(m_records, 1);
    return recordsPage;
}

void ReportsPage::wire(QPushButton *refreshButton)
{
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_newPull, &QPushButton::clicked, this, &ReportsPage::newPull);
    connect(m_resume, &QPushButton::clicked, this, &ReportsPage::resumePull);
    connect(m_import, &QPushButton::clicked, this, &ReportsPage::importFiles);
    connect(m_delete, &QPushButton::clicked, this, &ReportsPage::deleteSelectedPull);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshBreakdown);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ReportsPage::applyFilter);
    connect(m_pulls, &QTableWidget::itemSelectionChanged, this, &ReportsPage::scopeChanged);
    connect(m_filterBar, &FilterBar::changed, this, &ReportsPage::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == RecordsTab && m_recordsDirty)
            refreshRecords();
    });
    // Typing pauses before the search runs.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &ReportsPage::refreshRecords);
    connect(m_recordsModel, &RecordsModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_recordsStatus->setText(tr("Loading…"));
    });
    connect(m_recordsModel, &RecordsModel::loaded, this, [this](qint64 rows, qint64) {
        m_recordsStatus->setText(
            tr("%n record(s)", nullptr, static_cast<int>(qMin<qint64>(rows, INT_MAX))));
    });
    connect(m_recordsModel, &RecordsModel::failed, this,
        [this](const QString &message) { showMessage(message, true); });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark: the charts are drawn again in the matching theme.
    if (event->type() == QEvent::PaletteChange && m_workspace)
        applyFilter();
}

void ReportsPage::followChanges(core::WorkspaceWatcher *watcher)
{
    new LiveRefresh(this, watcher, [this] { refreshIfPullsChanged(); });
}

void ReportsPage::setWorkspace(core::Workspace *workspace)
{
    // A pull still running for the workspace that goes stops now (it stays
    // resumable) and lets go of its connection and key.
    const auto dialogs = findChildren<NewPullDialog *>();
    for (NewPullDialog *dialog : dialogs)
        dialog->reject();
    m_jobs->cancel();
    ++m_generation;
    m_workspace = workspace;
    m_recordsModel->setWorkspace(workspace);
    m_banner->dismiss();
    m_filterBar->clear();
    refresh();
}

void ReportsPage::setSandbox(const QUrl &url, const QString &twilioAccount)
{
    m_sandbox = url;
    m_sandboxAccount = twilioAccount;
}

void ReportsPage::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(
        text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

qint64 ReportsPage::selectedPull() const
{
    const auto rows = m_pulls->selectionModel() ? m_pulls->selectionModel()->selectedRows()
                                                : QModelIndexList {};
    if (rows.isEmpty() || !m_pulls->item(rows.first().row(), 0))
        return 0;
    return m_pulls->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

ReportCache::Filter ReportsPage::currentFilter() const
{
    return m_scope.narrowedBy(m_filterBar->filter());
}

void ReportsPage::updateActions()
{
    const bool open = m_workspace != nullptr;
    const qint64 pull = selectedPull();
    bool resumable = false;
    for (int row = 0; row < m_pulls->rowCount(); ++row) {
        if (m_pulls->item(row, 0) && m_pulls->item(row, 0)->data(Qt::UserRole).toLongLong() == pull)
            resumable = m_pulls->item(row, 5)->data(Qt::UserRole).toBool();
    }
    m_newPull->setEnabled(open && m_secrets);
    m_import->setEnabled(open);
    m_resume->setEnabled(open && m_secrets && pull > 0 && resumable);
    m_delete->setEnabled(open && pull > 0);
    m_export->setEnabled(open);
}

QByteArray ReportsPage::pullsFingerprint(const QList<ReportCache::Pull> &pulls) const
{
    QByteArray fingerprint;
    for (const ReportCache::Pull &p : pulls) {
        fingerprint += QByteArray::number(p.id) + ':' + QByteArray::number(int(p.state)) + ':'
            + QByteArray::number(p.records) + ':' + QByteArray::number(p.segments) + ';';
    }
    return fingerprint;
}

void ReportsPage::refreshIfPullsChanged()
{
    if (!m_workspace)
        return;
    auto pulls = m_workspace->reports().pulls();
    if (pulls && pullsFingerprint(pulls.value()) != m_pullsShown)
        refresh();
}

void ReportsPage::refresh()
{
    const qint64 selected = selectedPull();
    const QSignalBlocker blocker(m_pulls);
    m_pulls->clearSelection();
    m_pulls->setRowCount(0);
    if (!m_workspace) {
        scopeChanged();
        return;
    }
    auto pulls = m_workspace->reports().pulls();
    if (!pulls) {
        showMessage(core::errorMessage(pulls.error()), true);
        return;
    }
    m_pullsShown = pullsFingerprint(pulls.value());
    m_pulls->setRowCount(static_cast<int>(pulls->size()));
    int row = 0;
    for (const auto &p : pulls.value()) {
        m_pulls->setItem(row, 0, number(p.id));
        m_pulls->setItem(row, 1, new QTableWidgetItem(p.client));
        m_pulls->setItem(row, 2, new QTableWidgetItem(p.provider));
        m_pulls->setItem(row, 3, new QTableWidgetItem(p.account));
        m_pulls->setItem(row, 4,
            new QTableWidgetItem(p.from.isValid()
                    ? tr("%1 to %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))
                    : tr("files")));
        // Only provider pulls resume; an import is re-run from its files.
        const bool providerPull = p.provider == QLatin1String("twilio")
            || p.provider == QLatin1String("twilio-bulk") || p.provider == QLatin1String("telnyx");
        const bool resumable
            = (p.state == ReportCache::State::Cancelled || p.state == ReportCache::State::Failed)
            && providerPull;
        auto *state = new QTableWidgetItem(stateLabel(p.state, providerPull));
        state->setData(Qt::UserRole, resumable);
        if (!p.error.isEmpty())
            state->setToolTip(p.error);
        m_pulls->setItem(row, 5, state);
        m_pulls->setItem(row, 6, number(p.records));
        m_pulls->setItem(row, 7, number(p.segments));
        auto *expires = new QTableWidgetItem(remaining(m_workspace->clock().nowUtc(), p.expires));
        expires->setToolTip(
            tr("Deleted at %1")
                .arg(QLocale().toString(p.expires.toLocalTime(), QLocale::LongFormat)));
        m_pulls->setItem(row, 8, expires);
        if (p.id == selected)
            m_pulls->selectRow(row);
        ++row;
    }
    scopeChanged();
}

void ReportsPage::scopeChanged()
{
    const qint64 pull = selectedPull();
    m_scope = {};
    m_scopeLabel->setText(tr("All live pulls"));
    if (m_workspace && pull > 0) {
        auto coverage = m_workspace->reports().coverage(pull);
        if (coverage) {
            m_scope = coverage.value();
            QStringList others;
            for (const qint64 id : std::as_const(m_scope.storedIn)) {
                if (id != pull)
                    others << QString::number(id);
            }
            // Messages an earlier pull already held are stored there once.
            m_scopeLabel->setText(others.isEmpty() ? tr("Pull %1").arg(pull)
                                                   : tr("Pull %1: its days and senders, including "
                                                        "messages already stored by %n earlier "
                                                        "pull(s) of the same account (%2)",
                                                       nullptr, static_cast<int>(others.size()))
                                                         .arg(pull)
                                                         .arg(others.join(QStringLiteral(", "))));
        } else {
            showMessage(core::errorMessage(coverage.error()), true);
        }
    }
    m_filterBar->setScope(m_workspace ? &m_workspace->reports() : nullptr, m_scope);
    updateActions();
    applyFilter();
}

void ReportsPage::applyFilter()
{
    const ReportCache::Filter filter = currentFilter();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        showMessage(tr("The last day (%1) is before the first (%2).")
                        .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)),
            true);
        return;
    }
    ReportData report;
    report.filter = filter;
    if (m_workspace) {
        auto loaded = ReportData::load(m_workspace->reports(), filter);
        if (!loaded) {
            showMessage(core::errorMessage(loaded.error()), true);
            return;
        }
        report = std::move(loaded.value());
    }
    showData(report);
    refreshBreakdown();
    m_recordsDirty = true;
    if (m_tabs->currentIndex() == RecordsTab)
        refreshRecords();
}

void ReportsPage::showData(const ReportData &report)
{
    const bool dark = isDark(this);
    const auto measure
        = m_measure->currentIndex() == 0 ? charts::Measure::Segments : charts::Measure::Messages;
    m_daily->replaceChart(charts::dailyByStatus(report, measure, dark));
    m_delivery->replaceChart(charts::deliveryRate(report, dark));
    m_campaigns->replaceChart(
        charts::topBars(measure == charts::Measure::Segments ? tr("Segments by campaign")
                                                             : tr("Messages by campaign"),
            report.campaigns, measure, 8, dark));
    m_brands->replaceChart(charts::topBars(
        measure == charts::Measure::Segments ? tr("Segments by brand") : tr("Messages by brand"),
        report.brands, measure, 8, dark));
    m_gateways->replaceChart(
        charts::topBars(measure == charts::Measure::Segments ? tr("Segments by sending gateway")
                                                             : tr("Messages by sending gateway"),
            report.gateways, measure, 8, dark));
    m_distribution->replaceChart(charts::segmentDistribution(report, dark));

    qint64 delivered = 0, failed = 0;
    for (const QStringList &row : report.statuses.rows) {
        if (row.at(0) == QLatin1String("delivered"))
            delivered += row.at(1).toLongLong();
        else if (isFailedStatus(row.at(0)))
            failed += row.at(1).toLongLong();
    }
    const double rate = deliveryRate(delivered, failed);
    QString totals = tr("%1 messages · %2 segments")
                         .arg(QLocale().toString(report.totals.messages),
                             QLocale().toString(report.totals.segments));
    if (rate >= 0)
        totals += QStringLiteral(" · ") + tr("%1% delivered").arg(QLocale().toString(rate, 'f', 1));
    if (m_filterBar->isNarrowed())
        totals += QStringLiteral(" · ") + tr("filtered");
    m_totals->setText(totals);

    fillTable(m_errors, report.errors,
        { tr("Error code"), tr("Provider"), tr("Messages"), tr("Share"), tr("Meaning"),
            tr("What it usually means") },
        { 0, 1, 2, 4, 5, 6 });
    for (int r = 0; r < m_errors->rowCount(); ++r) {
        if (QTableWidgetItem *description = m_errors->item(r, 5))
            description->setToolTip(description->text());
    }
    m_errors->resizeRowsToContents();
}

void ReportsPage::refreshBreakdown()
{
    m_breakdown->setRowCount(0);
    if (!m_workspace)
        return;
    const auto dimension = static_cast<ReportCache::Dimension>(m_dimension->currentData().toInt());
    auto table = ReportExport::breakdownTable(m_workspace->reports(), dimension, currentFilter());
    if (!table) {
        showMessage(core::errorMessage(table.error()), true);
        return;
    }
    if (dimension == ReportCache::Dimension::Error) {
        fillTable(m_breakdown, table.value(),
            { tr("Error code"), tr("Provider"), tr("Messages"), tr("Segments"), tr("Share"),
                tr("Meaning") },
            { 0, 1, 2, 3, 4, 5 });
    } else if (table->columns.size() > 4) {
        fillTable(m_breakdown, table.value(),
            { tr("Key"), tr("Messages"), tr("Segments"), tr("Share"), tr("Messaging services") },
            { 0, 1, 2, 3, 4 });
    } else {
        fillTable(m_breakdown, table.value(),
            { tr("Key"), tr("Messages"), tr("Segments"), tr("Share") }, { 0, 1, 2, 3 });
    }
}

void ReportsPage::refreshRecords()
{
    if (!m_workspace)
        return;
    m_recordsDirty = false;
    ReportCache::Filter filter = currentFilter();
    filter.text = m_search->text().trimmed();
    m_recordsModel->setFilter(filter);
}

// --- pulls ------------------------------------------------------------------

NewPullDialog *ReportsPage::pullDialog()
{
    auto *dialog
        = new NewPullDialog(*m_workspace, *m_secrets, m_workspace->clock().nowUtc().date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_sandbox.isEmpty())
        dialog->setSandbox(m_sandbox, m_sandboxAccount);
    // Pages land every second or so; the list follows at most once a second.
    auto *throttle = new QTimer(dialog);
    throttle->setSingleShot(true);
    throttle->setInterval(1000);
    connect(dialog, &NewPullDialog::cacheChanged, throttle, qOverload<>(&QTimer::start));
    connect(throttle, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(dialog, &NewPullDialog::pullFinished, this, &ReportsPage::refresh);
    return dialog;
}

void ReportsPage::newPull()
{
    if (!m_workspace || !m_secrets)
        return;
    pullDialog()->open();
}

void ReportsPage::resumePull()
{
    const qint64 id = selectedPull();
    if (!m_workspace || !m_secrets || id <= 0)
        return;
    auto pull = m_workspace->reports().pull(id);
    if (!pull) {
        showMessage(core::errorMessage(pull.error()), true);
        return;
    }
    NewPullDialog *dialog = pullDialog();
    dialog->setResume(pull.value());
    dialog->open();
    dialog->startPull();
}

void ReportsPage::deleteSelectedPull()
{
    const qint64 id = selectedPull();
    if (!m_workspace || id <= 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Pull %1").arg(id),
        tr("Delete pull %1 and every record it holds now, before its 7 days are "
           "up? The purge log keeps only its counts.")
            .arg(id),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto purged = m_workspace->purgePulls(id);
    if (!purged) {
        showMessage(core::errorMessage(purged.error()), true);
        return;
    }
    const qint64 records = purged->isEmpty() ? 0 : purged->first().records;
    showMessage(
        tr("Deleted pull %1 (%n record(s)).", nullptr, static_cast<int>(records)).arg(id), false);
    refresh();
}

void ReportsPage::importFiles()
{
    if (!m_workspace)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Provider Reports"),
        QString(), tr("Provider reports (*.json *.jsonl *.gz *.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    const QStringList formats { tr("Twilio Messages pages (JSON)"),
        tr("Twilio BulkExport day files (JSON lines, .gz)"),
        tr("Telnyx detail records (JSON or CSV)") };
    bool ok = false;
    const bool gz = files.first().endsWith(QLatin1String(".gz"));
    const bool csv = files.first().endsWith(QLatin1String(".csv"));
    const QString choice = QInputDialog::getItem(this, tr("Import Provider Reports"),
        tr("These files are:"), formats,
        gz        ? 1
            : csv ? 2
                  : 0,
        false, &ok);
    if (!ok)
        return;
    const auto format = static_cast<core::ReportImporter::Format>(formats.indexOf(choice));
    const QString client = QInputDialog::getText(this, tr("Import Provider Reports"),
        tr("Client (for the report):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        startImport({ format, files, client });
}

QProgressDialog *ReportsPage::jobProgress(const QString &label)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, m_jobs, &core::Worker::cancel);
    return dialog;
}

void ReportsPage::startImport(const core::FileImport::Request &request)
{
    // The import writes through a connection of its own, on the page's
    // worker thread; the window stays live.
    if (!m_workspace)
        return;
    auto another = m_workspace->openAnother();
    if (!another) {
        showMessage(core::errorMessage(another.error()), true);
        Q_EMIT imported(0, core::errorMessage(another.error()));
        return;
    }
    QProgressDialog *dialog
        = jobProgress(tr("Importing %n file(s)…", nullptr, static_cast<int>(request.files.size())));
    connect(m_jobs, &core::Worker::progressed, dialog, [dialog](qint64 records) {
        dialog->setLabelText(tr("Imported %1 records…").arg(QLocale().toString(records)));
    });
    auto workspace = std::shared_ptr<core::Workspace>(std::move(another.value()));
    const quint64 generation = m_generation;
    m_jobs->post(
        this,
        [workspace, request](const core::JobControl &control) {
            auto outcome = core::FileImport::run(workspace->reports(), workspace->activityLog(),
                request, control.cancelFlag(), [&control](const core::ReportImporter::Progress &p) {
                    control.progress(p.records, 0);
                });
            return std::make_pair(outcome ? outcome->pullId : 0,
                !outcome               ? core::errorMessage(outcome.error())
                    : outcome->failure ? core::errorMessage(*outcome->failure)
                                       : QString());
        },
        [this, dialog, generation, files = request.files](std::pair<qint64, QString> result) {
            dialog->close();
            if (generation != m_generation)
                return; // the workspace changed meanwhile
            const QString &error = result.second;
            showMessage(error.isEmpty()
                    ? tr("Imported %n file(s).", nullptr, static_cast<int>(files.size()))
                    : error,
                !error.isEmpty());
            refresh();
            Q_EMIT imported(result.first, error);
        });
}

// --- exports ----------------------------------------------------------------

void ReportsPage::startExport(const QString &path, const QString &format)
{
    const auto finish = [this](qint64 rows, const QString &error) {
        if (error.isEmpty())
            showMessage(exportedText(rows, m_lastExport.first, m_lastExport.second), false);
        else
            showMessage(tr("The export failed: %1").arg(error), true);
        Q_EMIT exported(rows, error);
    };
    m_lastExport = { format, path };
    core::ExportReport::Request request;
    if (!exportRequest(path, format, &request)) {
        QMetaObject::invokeMethod(
            this, [finish, format] { finish(0, tr("unknown export format '%1'").arg(format)); },
            Qt::QueuedConnection);
        return;
    }
    if (request.what == core::ExportReport::What::Pdf) {
        // The charts are painted with QtGui: on this thread, without a worker.
        auto rows = m_workspace
            ? core::ExportReport::run(m_workspace->reports(), m_workspace->activityLog(), request,
                m_workspace->clock().nowUtc(), nullptr, writeReportPdf)
            : core::Result<qint64>(core::makeError(core::ErrorCode::NotFound, {}));
        const QString error = rows ? QString() : core::errorMessage(rows.error());
        const qint64 count = rows ? rows.value() : 0;
        QMetaObject::invokeMethod(
            this, [finish, count, error] { finish(count, error); }, Qt::QueuedConnection);
        return;
    }
    // Records are read on the worker thread (a connection of its own), so a
    // million of them do not freeze the window.
    auto another = m_workspace->openAnother();
    if (!another) {
        const QString error = core::errorMessage(another.error());
        QMetaObject::invokeMethod(
            this, [finish, error] { finish(0, error); }, Qt::QueuedConnection);
        return;
    }
    QProgressDialog *dialog = jobProgress(tr("Exporting…"));
    auto workspace = std::shared_ptr<core::Workspace>(std::move(another.value()));
    m_jobs->post(
        this,
        [workspace, request](const core::JobControl &control) {
            auto rows = core::ExportReport::run(workspace->reports(), workspace->activityLog(),
                request, workspace->clock().nowUtc(), control.cancelFlag());
            return std::make_pair(
                rows ? rows.value() : 0, rows ? QString() : core::errorMessage(rows.error()));
        },
        [dialog, finish](std::pair<qint64, QString> result) {
            dialog->close();
            finish(result.first, result.second);
        });
}

bool ReportsPage::exportRequest(
    const QString &path, const QString &format, core::ExportReport::Request *request) const
{
    request->path = path;
    request->filter = currentFilter();
    request->appVersion = QCoreApplication::applicationVersion();
    if (format == QLatin1String("pdf")) {
        request->what = core::ExportReport::What::Pdf;
        return true;
    }
    QString dataFormat = format;
    if (format.startsWith(QLatin1String("breakdown-"))) {
        // The breakdown on the Breakdown tab, as it is shown.
        request->what = core::ExportReport::What::Breakdown;
        request->dimension
            = static_cast<ReportCache::Dimension>(m_dimension->currentData().toInt());
        dataFormat = format.mid(10);
    }
    return m_workspace && ReportExport::parseFormat(dataFormat, &request->format);
}

QString ReportsPage::exportedText(qint64 rows, const QString &format, const QString &path)
{
    return format == QLatin1String("pdf")
        ? tr("Wrote the client report (%1 messages) to %2.").arg(QLocale().toString(rows), path)
        : format.startsWith(QLatin1String("breakdown-"))
        ? tr("Wrote %1 breakdown rows to %2.").arg(QLocale().toString(rows), path)
        : tr("Wrote %1 records to %2.").arg(QLocale().toString(rows), path);
}

void ReportsPage::exportWithDialog(
    const QString &format, const QString &title, const QString &nameFilter)
{
    if (!m_workspace)
        return;
    auto header = ReportExport::header(
        m_workspace->reports(), currentFilter(), m_workspace->clock().nowUtc(), {});
    QString base = header && !header->client.isEmpty() && !header->client.contains(QLatin1Char(','))
        ? header->client
        : tr("usage-report");
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString suffix
        = format == QLatin1String("breakdown-csv") ? QStringLiteral("csv") : format;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-%2.%3")
                            .arg(base, m_workspace->clock().nowUtc().date().toString(Qt::ISODate),
                                suffix));
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, nameFilter);
    if (!path.isEmpty())
        startExport(path, format);
}

void ReportsPage::exportRecordsCsv()
{
    exportWithDialog(QStringLiteral("csv"), tr("Export Records as CSV"), tr("CSV files (*.csv)"));
}

void ReportsPage::exportBreakdownCsv()
{
    exportWithDialog(
        QStringLiteral("breakdown-csv"), tr("Export Breakdown as CSV"), tr("CSV files (*.csv)"));
}

void ReportsPage::exportJson()
{
    exportWithDialog(
        QStringLiteral("json"), tr("Export Report as JSON"), tr("JSON files (*.json)"));
}

void ReportsPage::exportPdf()
{
    exportWithDialog(
        QStringLiteral("pdf"), tr("Export Client Report as PDF"), tr("PDF files (*.pdf)"));
}

} // namespace relay::ui
