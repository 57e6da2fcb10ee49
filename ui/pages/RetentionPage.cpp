#include "RetentionPage.h"

#include "LiveRefresh.h"

#include "links/LinkStore.h"
#include "scheduler/Scheduler.h"

#include "Clock.h"
#include "CompliancePdf.h"
#include "HeaderState.h"
#include "MessageBanner.h"
#include "PageKeys.h"
#include "PrivateFile.h"
#include "Worker.h"
#include "privacy/RecipientHash.h"
#include "retention/ComplianceReport.h"
#include "retention/Lookup.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relay::ui {

using core::RetentionVerifier;

namespace {
enum FileColumn { NameColumn, SizeColumn, ModeColumn, StateColumn };

bool startsWithSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && file.read(16).startsWith(QByteArrayView("SQLite format 3"));
}

using ChecksResult = std::shared_ptr<core::Result<QList<RetentionVerifier::Check>>>;

// Fits the first columns to their contents, unless the user laid them out.
void fitColumns(QTreeView *tree, int columns)
{
    if (const HeaderState *state = HeaderState::of(tree->header()); state && state->isCustomised())
        return;
    for (int c = 0; c < columns; ++c)
        tree->resizeColumnToContents(c);
}

// A read-only table of what a store holds, as it holds it.
void setUpTable(
    QTreeWidget *tree, const QStringList &headers, const QString &name, const QString &description)
{
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSortingEnabled(true);
    tree->header()->setStretchLastSection(true);
    tree->setAccessibleName(name);
    tree->setAccessibleDescription(description);
}

} // namespace

RetentionPage::RetentionPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_checks(new QTreeWidget(this))
    , m_inventoryTree(new QTreeWidget(this))
    , m_lookupKey(new QComboBox(this))
    , m_lookupQuery(new QLineEdit(this))
    , m_lookupResult(new QTextBrowser(this))
    , m_links(new QTreeWidget(this))
    , m_clicks(new QTreeWidget(this))
    , m_linksSummary(new QLabel(this))
    , m_schedulerUsers(new QTreeWidget(this))
    , m_bookings(new QTreeWidget(this))
    , m_schedulerSummary(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_checkPages(new QPushButton(tr("Check &Pages"), this))
    , m_pagesResult(new QLabel(this))
    , m_run(new QPushButton(tr("&Run Checks"), this))
    , m_export(new QPushButton(tr("&Export Signed Report…"), this))
{
    m_jobs = new core::Worker(QStringLiteral("retention-checks"), this);
    if (auto inventory = core::RetentionInventory::builtIn())
        m_inventory = std::move(inventory.value());

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Retention</h2>"), this));
    header->addStretch(1);
    header->addWidget(m_run);
    header->addWidget(m_export);
    m_export->setEnabled(false);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    buildChecksTabs();
    QPushButton *go = buildLookupTab();
    buildStoreTabs();
    buildFilesTab();
    m_tabs->setAccessibleName(tr("Retention views"));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &RetentionPage::refresh);
    connect(m_run, &QPushButton::clicked, this, &RetentionPage::runChecks);
    connect(m_checkPages, &QPushButton::clicked, this, &RetentionPage::checkPages);
    connect(m_export, &QPushButton::clicked, this, &RetentionPage::exportReport);
    connect(go, &QPushButton::clicked, this, &RetentionPage::lookUp);
    connect(m_lookupQuery, &QLineEdit::returnPressed, this, &RetentionPage::lookUp);
    connect(m_lookupKey, &QComboBox::currentIndexChanged, this, [this] {
        m_lookupQuery->setPlaceholderText(m_lookupKey->currentData().toInt() == PhoneKey
                ? tr("a number in any spelling; it is hashed, then cleared")
                : QString());
    });
    fillInventory();

    // The column layouts the user gives the tables outlive the window.
    const std::pair<QTreeWidget *, const char *> trees[] = {
        { m_checks, "retention/checks" },
        { m_inventoryTree, "retention/inventory" },
        { m_links, "retention/links" },
        { m_clicks, "retention/clicks" },
        { m_schedulerUsers, "retention/schedulerUsers" },
        { m_bookings, "retention/bookings" },
        { m_files, "retention/files" },
    };
    for (const auto &[tree, key] : trees)
        new HeaderState(tree->header(), QLatin1String(key));

    // Reading order: the page's buttons, its banner, then the tabs, whose
    // pages follow in the order they were made (the tab widget itself, not
    // its bar: Tab reaches the bar through it). On Look Up, the button
    // comes before the result.
    keys::setTabChain({ m_run, m_export, m_banner->closeButton(), m_tabs });
    keys::setTabChain({ m_lookupKey, m_lookupQuery, go, m_lookupResult });
    keys::addPageAction(this, QKeySequence::Find, tr("Look Up"), [this] {
        m_tabs->setCurrentIndex(LookupTab);
        keys::focusField(m_lookupQuery);
    });
    keys::addPageAction(this, QKeySequence::Refresh, tr("Refresh"), &RetentionPage::refresh);
}
void RetentionPage::buildChecksTabs()
{
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({ tr("Check"), tr("Result"), tr("Counts") });
    m_checks->setAccessibleName(tr("Retention checks"));
    m_checks->setAccessibleDescription(
        tr("The checks of the retention inventory on the live workspace: each check "
           "with its result and counts, and its evidence below it when it fails"));
    m_checks->header()->setStretchLastSection(true);
    m_checks->setWordWrap(true);
    m_tabs->addTab(m_checks, tr("Checks"));

    m_inventoryTree->setColumnCount(4);
    m_inventoryTree->setHeaderLabels(
        { tr("Data"), tr("Kept"), tr("Phone numbers"), tr("Retention") });
    m_inventoryTree->setAccessibleName(tr("Retention inventory"));
    m_inventoryTree->setAccessibleDescription(
        tr("The retention policy as data, one category per row: whether it is "
           "stored, whether it may hold a phone number, how long it is kept; "
           "below it, its purpose, policy sentence and where it lives"));
    m_inventoryTree->setWordWrap(true);
    m_inventoryTree->header()->setStretchLastSection(true);
    m_tabs->addTab(m_inventoryTree, tr("Inventory"));
}

QPushButton *RetentionPage::buildLookupTab()
{
    auto *lookup = new QWidget(this);
    auto *lookupLayout = new QVBoxLayout(lookup);
    auto *intro = new QLabel(
        tr("What this workspace keeps about a recipient number (looked up by its hash), an SMS "
           "record "
           "or a provider message, and what it does not keep. Every lookup is in the activity log "
           "with the hash or the id, never the number; each user has %1 lookups in %2 minutes.")
            .arg(core::RetentionLookup::kMaxLookups)
            .arg(core::RetentionLookup::kWindowMinutes),
        lookup);
    intro->setWordWrap(true);
    lookupLayout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_lookupKey->addItem(tr("Phone number"), PhoneKey);
    m_lookupKey->addItem(tr("SMS record id"), SmsRecordKey);
    m_lookupKey->addItem(tr("Provider message id"), ProviderMessageKey);
    m_lookupKey->setAccessibleName(tr("Look up by"));
    m_lookupQuery->setAccessibleName(tr("Look up"));
    m_lookupQuery->setPlaceholderText(tr("a number in any spelling; it is hashed, then cleared"));
    m_lookupQuery->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("&Look Up"), lookup);
    row->addWidget(m_lookupKey);
    row->addWidget(m_lookupQuery, 1);
    row->addWidget(go);
    lookupLayout->addLayout(row);
    m_lookupResult->setAccessibleName(tr("Lookup result"));
    m_lookupResult->setAccessibleDescription(
        tr("What the workspace keeps about the number or id looked up, and what "
           "it does not keep"));
    lookupLayout->addWidget(m_lookupResult, 1);
    m_tabs->addTab(lookup, tr("Look Up"));
    return go;
}

// What the link and scheduler stores hold, as they hold it.
void RetentionPage::buildStoreTabs()
{
    setUpTable(m_links,
        { tr("Code"), tr("Mode"), tr("Domain"), tr("Created"), tr("Clicks"), tr("SMS record"),
            tr("Target") },
        tr("Short links"),
        tr("The short links in the link store, one per row: code, mode, domain, created, clicks, "
           "SMS record and "
           "target"));
    setUpTable(m_clicks,
        { tr("Time"), tr("Code"), tr("IP address"), tr("Domain"), tr("Browser"), tr("OS"),
            tr("Device"), tr("Write-back") },
        tr("Link clicks"),
        tr("The recorded clicks on URL Pro links, one per row: time, code, IP address, domain, "
           "browser, OS, device "
           "and the Salesforce write-back"));
    auto *linksTab = new QWidget(this);
    auto *linksLayout = new QVBoxLayout(linksTab);
    m_linksSummary->setWordWrap(true);
    linksLayout->addWidget(m_linksSummary);
    auto *linksSplit = new QSplitter(Qt::Vertical, linksTab);
    linksSplit->setObjectName(QStringLiteral("retentionLinksSplitter"));
    linksSplit->addWidget(m_links);
    linksSplit->addWidget(m_clicks);
    linksLayout->addWidget(linksSplit, 1);
    m_tabs->addTab(linksTab, tr("Links"));

    setUpTable(m_schedulerUsers,
        { tr("User"), tr("Time zone"), tr("Working hours"), tr("Busy intervals"), tr("Next busy"),
            tr("Terms") },
        tr("Scheduler users and their free/busy times"),
        tr("The scheduler's users, one per row: time zone, working hours, busy intervals kept, "
           "next busy time and "
           "the terms they agreed to"));
    setUpTable(m_bookings,
        { tr("Slot"), tr("User"), tr("Guest"), tr("Email"), tr("Phone"), tr("User terms"),
            tr("Guest terms") },
        tr("Bookings"),
        tr("The bookings in the scheduler, one per row: slot, user, guest name, email and phone, "
           "and the terms "
           "each side agreed to"));
    auto *schedulerTab = new QWidget(this);
    auto *schedulerLayout = new QVBoxLayout(schedulerTab);
    m_schedulerSummary->setWordWrap(true);
    schedulerLayout->addWidget(m_schedulerSummary);
    auto *schedulerSplit = new QSplitter(Qt::Vertical, schedulerTab);
    schedulerSplit->setObjectName(QStringLiteral("retentionSchedulerSplitter"));
    schedulerSplit->addWidget(m_schedulerUsers);
    schedulerSplit->addWidget(m_bookings);
    schedulerLayout->addWidget(schedulerSplit, 1);
    m_tabs->addTab(schedulerTab, tr("Scheduler"));
}

void RetentionPage::buildFilesTab()
{
    m_files->setColumnCount(4);
    m_files->setHeaderLabels({ tr("File"), tr("Size"), tr("Mode"), tr("At rest") });
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->header()->setStretchLastSection(true);
    m_files->setAccessibleName(tr("Workspace files"));
    m_files->setAccessibleDescription(
        tr("Every file of the workspace, one per row: name, size, file mode and "
           "whether it is encrypted at rest"));
    auto *filesTab = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesTab);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_files, 1);
    auto *pagesRow = new QHBoxLayout;
    m_checkPages->setToolTip(tr("Read every page of the workspace database and verify its "
                                "HMAC, then SQLite's structural check"));
    m_pagesResult->setTextFormat(Qt::PlainText);
    m_pagesResult->setAccessibleName(tr("Page check result"));
    m_pagesResult->setWordWrap(true);
    m_pagesResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pagesRow->addWidget(m_checkPages);
    pagesRow->addWidget(m_pagesResult, 1);
    filesLayout->addLayout(pagesRow);
    m_tabs->addTab(filesTab, tr("Files"));
}

RetentionPage::~RetentionPage() = default;

void RetentionPage::followChanges(core::WorkspaceWatcher *watcher)
{
    new LiveRefresh(this, watcher, [this] { refresh(); });
}

void RetentionPage::setWorkspace(core::Workspace *workspace)
{
    m_jobs->cancel();
    ++m_generation;
    m_workspace = workspace;
    m_lastChecks.clear();
    m_checks->clear();
    m_pagesResult->clear();
    m_lookupResult->clear();
    m_lookupQuery->clear();
    m_export->setEnabled(false);
    m_banner->dismiss();
    refresh();
}

void RetentionPage::refresh()
{
    refreshFiles();
    // The stores' tabs read their tables only when shown.
    if (m_tabs->currentIndex() == LinksTab)
        refreshLinks();
    else if (m_tabs->currentIndex() == SchedulerTab)
        refreshScheduler();
}

void RetentionPage::refreshLinks()
{
    m_links->clear();
    m_clicks->clear();
    m_linksSummary->clear();
    if (!m_workspace)
        return;
    core::LinkStore &store = m_workspace->links();
    auto counts = store.counts();
    auto links = store.links(2000);
    auto clicks = store.clicks(2000);
    auto days = store.retentionDays();
    if (!counts || !links || !clicks || !days) {
        m_linksSummary->setText(core::errorMessage(!counts ? counts.error()
                : !links                                   ? links.error()
                : !clicks                                  ? clicks.error()
                                                           : days.error()));
        return;
    }
    const auto &c = counts.value();
    m_linksSummary->setText(tr("%n short link(s), %1 of them URL Pro (one per recipient, keyed to "
                               "the recipient hash). Clicks: %2 written back to "
                               "Salesforce, %3 pending, %4 failed. Links and their clicks are kept "
                               "%5 days; a click written back is deleted %6 "
                               "days after its write. A URL link records no click.",
        nullptr, static_cast<int>(c.links))
                                .arg(c.proLinks)
                                .arg(c.clicksWritten)
                                .arg(c.clicksPending)
                                .arg(c.clicksFailed)
                                .arg(days.value())
                                .arg(core::LinkStore::kWrittenClickDays));
    const QLocale locale;
    m_links->setSortingEnabled(false);
    for (const core::LinkStore::Link &l : links.value()) {
        auto *item = new QTreeWidgetItem(m_links);
        item->setText(0, l.code);
        item->setText(1, l.mode == core::LinkStore::Mode::Pro ? tr("URL Pro") : tr("URL"));
        item->setText(2, l.domain);
        item->setText(3, locale.toString(l.created.toLocalTime(), QLocale::ShortFormat));
        item->setData(4, Qt::DisplayRole, l.clicks);
        item->setText(5, l.smsRecordId);
        item->setText(6, l.target);
    }
    m_links->setSortingEnabled(true);
    m_clicks->setSortingEnabled(false);
    for (const core::LinkStore::Click &k : clicks.value()) {
        auto *item = new QTreeWidgetItem(m_clicks);
        item->setText(0, locale.toString(k.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, k.code);
        item->setText(2, k.ip);
        item->setText(3, k.domain);
        item->setText(
            4, QString(k.browser.family + QLatin1Char(' ') + k.browser.version).trimmed());
        item->setText(5, QString(k.browser.os + QLatin1Char(' ') + k.browser.osVersion).trimmed());
        item->setText(6, k.browser.device);
        switch (k.writeBack) {
        case core::LinkStore::WriteBack::Written:
            item->setText(7, tr("Written (%1)").arg(k.salesforceId));
            break;
        case core::LinkStore::WriteBack::Pending:
            item->setText(7,
                k.writeBackError.isEmpty() ? tr("Pending")
                                           : tr("Pending: %1").arg(k.writeBackError));
            break;
        case core::LinkStore::WriteBack::Failed:
            item->setText(7, tr("Failed: %1").arg(k.writeBackError));
            item->setIcon(7, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        }
    }
    m_clicks->setSortingEnabled(true);
    for (QTreeWidget *tree : { m_links, m_clicks })
        fitColumns(tree, tree->columnCount() - 1);
}

void RetentionPage::refreshScheduler()
{
    m_schedulerUsers->clear();
    m_bookings->clear();
    m_schedulerSummary->clear();
    if (!m_workspace)
        return;
    core::Scheduler &scheduler = m_workspace->scheduler();
    auto users = scheduler.users();
    auto bookings = scheduler.bookings();
    auto days = scheduler.retentionDays();
    if (!users || !bookings || !days) {
        m_schedulerSummary->setText(core::errorMessage(!users ? users.error()
                : !bookings                                   ? bookings.error()
                                                              : days.error()));
        return;
    }
    m_schedulerSummary->setText(
        tr("Calendar data is kept as busy/free times only: event titles, descriptions, locations, "
           "attendees and organisers are dropped while a calendar is read. Bookings keep the "
           "guest's name, email and optional phone with the terms of use both parties agreed to, "
           "for %n day(s) after the booking ends.",
            nullptr, days.value()));
    const QLocale locale;
    for (const core::Scheduler::User &u : users.value()) {
        auto *item = new QTreeWidgetItem(m_schedulerUsers);
        item->setText(0, u.user);
        item->setText(1, u.timeZone);
        item->setText(2,
            tr("%1 to %2")
                .arg(locale.toString(u.hoursStart, QLocale::ShortFormat),
                    locale.toString(u.hoursEnd, QLocale::ShortFormat)));
        item->setData(3, Qt::DisplayRole, u.busyIntervals);
        if (u.nextBusy.start.isValid()) {
            const QTimeZone zone(u.timeZone.toUtf8());
            item->setText(4,
                tr("%1 to %2")
                    .arg(locale.toString(u.nextBusy.start.toTimeZone(zone), QLocale::ShortFormat),
                        locale.toString(
                            u.nextBusy.end.toTimeZone(zone).time(), QLocale::ShortFormat)));
        }
        item->setText(5,
            u.termsVersion.isEmpty()
                ? tr("not recorded")
                : tr("%1 (%2)").arg(u.termsVersion,
                    locale.toString(u.termsAt.toLocalTime().date(), QLocale::ShortFormat)));
    }
    for (const core::Scheduler::Booking &b : bookings.value()) {
        auto *item = new QTreeWidgetItem(m_bookings);
        item->setText(0,
            tr("%1 to %2")
                .arg(locale.toString(b.slot.start.toLocalTime(), QLocale::ShortFormat),
                    locale.toString(b.slot.end.toLocalTime().time(), QLocale::ShortFormat)));
        item->setText(1, b.user);
        item->setText(2, b.guestName);
        item->setText(3, b.guestEmail);
        item->setText(4, b.guestPhone);
        item->setText(5, b.userTermsVersion);
        item->setText(6, b.guestTermsVersion);
    }
    for (QTreeWidget *tree : { m_schedulerUsers, m_bookings })
        fitColumns(tree, tree->columnCount() - 1);
}

void RetentionPage::fillInventory()
{
    m_inventoryTree->clear();
    for (const core::RetentionInventory::Category &c : m_inventory.categories()) {
        auto *item = new QTreeWidgetItem(m_inventoryTree);
        item->setText(0, c.name);
        item->setText(1, c.stored ? tr("stored") : tr("never at rest"));
        item->setText(2, c.mayHoldPhoneNumber ? tr("sending gateways only") : tr("none"));
        item->setText(3, c.retentionText);
        item->setToolTip(3, c.retentionText);
        item->setToolTip(0, c.what);
        auto *what = new QTreeWidgetItem(item);
        what->setText(0, c.what);
        what->setFirstColumnSpanned(true);
        auto *purpose = new QTreeWidgetItem(item);
        purpose->setText(0, tr("Purpose: %1").arg(c.purpose));
        purpose->setFirstColumnSpanned(true);
        auto *policy = new QTreeWidgetItem(item);
        policy->setText(0, tr("Policy: “%1”").arg(c.policy));
        policy->setFirstColumnSpanned(true);
        for (const core::RetentionInventory::Location &l : c.locations) {
            auto *where = new QTreeWidgetItem(item);
            where->setText(
                0, tr("%1 › %2: %3").arg(l.store, l.table, l.columns.join(QStringLiteral(", "))));
            where->setFirstColumnSpanned(true);
        }
        if (c.locations.isEmpty() && c.stored) {
            auto *none = new QTreeWidgetItem(item);
            none->setText(0, tr("No store of this kind exists in this workspace yet."));
            none->setFirstColumnSpanned(true);
        }
    }
    m_inventoryTree->setColumnWidth(0, 320);
    m_inventoryTree->setColumnWidth(1, 110);
    m_inventoryTree->setColumnWidth(2, 160);
}

void RetentionPage::runChecks()
{
    if (!m_workspace || !m_clock || m_running)
        return;
    // Its own connection, made here and handed to the worker: the page's
    // workspace may close while the checks run.
    auto other = m_workspace->openAnother();
    if (!other) {
        m_banner->showMessage(
            tr("The checks could not start: %1").arg(core::errorMessage(other.error())),
            MessageBanner::Kind::Error);
        return;
    }
    std::shared_ptr<core::Workspace> workspace(std::move(other.value()));
    m_running = true;
    m_run->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    const core::RetentionVerifier::Options options { m_settingsFile, QDir::tempPath() };
    const core::RetentionInventory inventory = m_inventory;
    const core::Clock *clock = m_clock;
    const quint64 generation = m_generation;
    m_jobs->post(
        this,
        [workspace, options, inventory, clock](const core::JobControl &) {
            QElapsedTimer timer;
            timer.start();
            RetentionVerifier verifier(*workspace, inventory, *clock);
            auto result = std::make_shared<core::Result<QList<RetentionVerifier::Check>>>(
                verifier.run(options));
            return std::make_pair(result, timer.elapsed());
        },
        [this, generation](std::pair<ChecksResult, qint64> done) {
            m_running = false;
            m_run->setEnabled(true);
            if (generation != m_generation)
                return; // the workspace changed meanwhile
            const ChecksResult &result = done.first;
            if (!*result) {
                m_summary->clear();
                m_banner->showMessage(
                    tr("The checks stopped: %1").arg(core::errorMessage(result->error())),
                    MessageBanner::Kind::Error);
                return;
            }
            showChecks(result->value(), done.second);
        });
}

void RetentionPage::showChecks(const QList<RetentionVerifier::Check> &checks, qint64 ms)
{
    m_lastChecks = checks;
    m_checks->clear();
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    bool all = true;
    qint64 findings = 0;
    for (const RetentionVerifier::Check &c : checks) {
        all = all && c.passed;
        findings += c.findings;
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(
            0, QCoreApplication::translate("RetentionVerifier", c.title.toLatin1().constData()));
        item->setIcon(0, c.passed ? good : bad);
        item->setText(
            1, c.passed ? tr("Pass") : tr("%n finding(s)", nullptr, static_cast<int>(c.findings)));
        QStringList counts;
        for (auto it = c.counts.constBegin(); it != c.counts.constEnd(); ++it) {
            if (!it.value().isArray())
                counts.append(QStringLiteral("%1 %2").arg(
                    QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                    QLocale().toString(it.value().toInteger())));
        }
        item->setText(2, counts.join(QStringLiteral(" · ")));
        item->setToolTip(2, counts.join(QLatin1Char('\n')));
        for (const RetentionVerifier::Finding &f : c.evidence) {
            auto *evidence = new QTreeWidgetItem(item);
            evidence->setText(0, QStringLiteral("%1: %2").arg(f.where, f.what));
            evidence->setFirstColumnSpanned(true);
        }
        item->setExpanded(!c.passed);
    }
    fitColumns(m_checks, 2);
    m_summary->setText(all ? tr("All %n check(s) pass on the live workspace (%1 ms).", nullptr,
                           static_cast<int>(checks.size()))
                                 .arg(ms)
                           : tr("%n finding(s): see the checks marked with a warning.", nullptr,
                               static_cast<int>(findings)));
    if (all)
        m_banner->showMessage(
            tr("Every check of the retention inventory passes."), MessageBanner::Kind::Positive);
    else
        m_banner->showMessage(tr("Some data is kept where or longer than the policy allows."),
            MessageBanner::Kind::Warning);
    m_export->setEnabled(true);
    m_tabs->setCurrentIndex(ChecksTab);
    Q_EMIT checksFinished(all);
}

core::Status RetentionPage::writeSignedReport(const QString &path)
{
    if (!m_workspace || !m_clock || m_lastChecks.isEmpty())
        return core::makeError(core::ErrorCode::NotFound, tr("run the checks first"));
    auto built = core::compliance::build(*m_workspace, m_inventory, m_lastChecks, *m_clock);
    if (!built)
        return built.error();
    const QJsonObject report
        = core::compliance::sign(built.value(), core::compliance::signingKey(*m_workspace));
    // A PDF goes with the signed JSON beside it: the JSON is what verifies.
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const QString json = pdf ? path.left(path.size() - 4) + QStringLiteral(".json") : path;
    if (auto written
        = core::PrivateFile::write(json, QJsonDocument(report).toJson(QJsonDocument::Indented));
        !written)
        return written;
    if (pdf) {
        if (auto s = writeCompliancePdf(report, path); !s)
            return s;
    }
    return m_workspace->activityLog().append(QStringLiteral("retention.report"),
        { { QStringLiteral("passed"), report.value(QStringLiteral("passed")).toBool() } });
}

void RetentionPage::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Signed Compliance Report"),
        QDir::home().filePath(QStringLiteral("compliance-report.json")),
        tr("Signed report (*.json);;PDF, with the signed report beside it (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = writeSignedReport(path); !s) {
        m_banner->showMessage(core::errorMessage(s.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->showMessage(
        tr("Wrote %1, signed by %2. Check it with \"relayaudit-cli retention verify-report\".")
            .arg(QDir::toNativeSeparators(path),
                core::compliance::fingerprint(
                    core::compliance::signingKey(*m_workspace).publicKey)),
        MessageBanner::Kind::Positive);
}

QString RetentionPage::lookupHtml(const core::RetentionLookup::Found &f) const
{
    QString html;
    if (f.kind == core::RetentionLookup::Kind::Phone) {
        html += QStringLiteral("<p>%1<br><code>%2</code></p><p><small>%3</small></p>")
                    .arg(tr("Recipient hash:").toHtmlEscaped(), f.key.toHtmlEscaped(),
                        tr("How it is made: %1.").arg(f.scheme).toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4>")
                .arg(tr("%n message(s) in the delivery log", nullptr,
                    static_cast<int>(f.deliveries.size()))
                         .toHtmlEscaped());
    if (!f.deliveries.isEmpty()) {
        html += QStringLiteral("<table "
                               "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</"
                               "th><th>%5</th><th>%6</th></tr>")
                    .arg(tr("SMS record"), tr("Batch"), tr("Gateway"), tr("Provider message id"),
                        tr("Status"), tr("Status changes"));
        for (const core::DeliveryLog::Delivery &d : f.deliveries) {
            QStringList changes;
            for (const core::DeliveryLog::Event &e : d.events)
                changes.append(QStringLiteral("%1 %2").arg(
                    e.status, e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            html += QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(d.smsRecordId.toHtmlEscaped(), d.batchId.toHtmlEscaped(),
                            d.gateway.toHtmlEscaped(), d.providerMessageId.toHtmlEscaped(),
                            d.status.toHtmlEscaped(), changes.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h4>%1</h4>")
                .arg(tr("%n cached report row(s)", nullptr, static_cast<int>(f.reportRows.size()))
                         .toHtmlEscaped());
    for (const QStringList &r : f.reportRows) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Pull %1: %2 from %3, status %4, %5 segment(s)")
                             .arg(r.value(0), r.value(2), r.value(3), r.value(7), r.value(10))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Not retained").toHtmlEscaped());
    for (const QString &item : f.notRetained)
        html += QStringLiteral("<li>%1</li>")
                    .arg(QCoreApplication::translate("RetentionLookup", item.toLatin1().constData())
                             .toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

void RetentionPage::showLookup(const core::Result<core::RetentionLookup::Found> &found)
{
    if (found)
        m_lookupResult->setHtml(lookupHtml(found.value()));
    else
        m_lookupResult->setHtml(QStringLiteral("<p><b>%1</b></p>")
                                    .arg(core::errorMessage(found.error()).toHtmlEscaped()));
    Q_EMIT lookedUp();
}

void RetentionPage::lookUp()
{
    if (!m_workspace || !m_clock)
        return;
    const QString query = m_lookupQuery->text().trimmed();
    const int key = m_lookupKey->currentData().toInt();
    // The number leaves the field at once.
    m_lookupQuery->clear();
    if (query.isEmpty())
        return;
    const auto show
        = [this](const core::Result<core::RetentionLookup::Found> &found) { showLookup(found); };
    core::RetentionLookup lookup(*m_workspace, *m_clock);
    if (key == SmsRecordKey) {
        show(lookup.bySmsRecord(query));
        return;
    }
    if (key == ProviderMessageKey) {
        show(lookup.byProviderMessage(query));
        return;
    }
    auto region = m_workspace->gateways().defaultRegion();
    auto number
        = core::RecipientNumber::parse(query, region ? region.value() : QStringLiteral("US"));
    if (!number) {
        show(number.error());
        return;
    }
    if (!m_secrets)
        return;
    QPointer<RetentionPage> guard(this);
    core::Workspace *workspace = m_workspace;
    core::Pepper::load(*m_secrets, workspace->meta().id, false,
        [this, guard, workspace, show, recipient = number.value()](
            core::Result<core::SecretBytes> pepper) {
            if (!guard || workspace != m_workspace)
                return;
            if (!pepper) {
                show(core::makeError(core::ErrorCode::NotFound,
                    tr("this workspace has no recipient-hash pepper: it has hashed no number")));
                return;
            }
            core::RetentionLookup byHash(*m_workspace, *m_clock);
            show(byHash.byPhone(recipient, core::RecipientHasher(std::move(pepper.value()))));
        });
}

bool RetentionPage::checkPages()
{
    if (!m_workspace)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_workspace->checkIntegrity();
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_pagesResult->setText(core::errorMessage(result.error()));
        return false;
    }
    const core::Workspace::Integrity &integrity = result.value();
    if (integrity.ok()) {
        m_pagesResult->setText(tr("Intact: %n page(s) read, every HMAC verified, the structure "
                                  "is sound.",
            nullptr, static_cast<int>(integrity.pages)));
        return true;
    }
    QStringList lines;
    for (const core::DamagedPage &d : integrity.damaged)
        lines.append(tr("Page %1: %2").arg(d.page).arg(d.owner));
    lines.append(integrity.structure);
    m_pagesResult->setText(tr("Damaged: %1 of %2 pages fail their HMAC; %3 structural "
                              "problem(s). Restore the workspace from a backup, or re-create it "
                              "and pull again.\n%4")
                               .arg(integrity.damaged.size())
                               .arg(integrity.pages)
                               .arg(integrity.structure.size())
                               .arg(lines.join(QLatin1Char('\n'))));
    return false;
}

void RetentionPage::refreshFiles()
{
    m_files->clear();
    if (!m_workspace) {
        m_summary->clear();
        return;
    }
    auto info = m_workspace->info();
    if (!info) {
        m_summary->setText(core::errorMessage(info.error()));
        return;
    }
    const auto &i = info.value();
    if (m_lastChecks.isEmpty()) {
        m_summary->setText(
            tr("Workspace <b>%1</b>, schema version %2. Databases are encrypted with SQLCipher %3 "
               "(raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6). Run the checks to "
               "prove the "
               "retention inventory on it.")
                .arg(i.path.toHtmlEscaped())
                .arg(i.schemaVersion)
                .arg(i.cipher.cipherVersion)
                .arg(i.cipher.pageSize)
                .arg(i.cipher.useHmac ? tr("on") : tr("off"),
                    i.cipher.secureDelete ? tr("on") : tr("off")));
    }
    const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const auto &file : i.files) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, file.name);
        item->setText(SizeColumn, QLocale().formattedDataSize(file.bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ModeColumn, file.permissions);
        const bool ownerOnly = file.permissions == QLatin1String("0600");
        QString state;
        bool ok = ownerOnly;
        if (file.name.endsWith(QLatin1String(".db"))) {
            const bool plain = startsWithSqliteHeader(QDir(i.path).filePath(file.name));
            ok = ok && !plain;
            state = plain ? tr("NOT encrypted") : tr("Encrypted (SQLCipher)");
        } else if (file.name == core::Workspace::metaFileName()) {
            state = tr("Key metadata: salt and key check, no secret");
        } else {
            state = tr("Other file");
        }
        if (!ownerOnly)
            state += tr("; readable by others");
        item->setText(StateColumn, state);
        item->setIcon(StateColumn, ok ? good : bad);
    }
    fitColumns(m_files, StateColumn);
}

} // namespace relay::ui
