// The Reports page: filters across charts and tables, the windowed records
// model, exports (CSV, JSON, PDF), the new-pull dialog against the sandbox,
// and provider credentials.
#include "Appearance.h"
#include "ChartView.h"
#include "CredentialsDialog.h"
#include "I18n.h"
#include "MessageBanner.h"
#include "NewPullDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "ingest/ReportImporter.h"
#include "pages/FilterBar.h"
#include "pages/RecordsModel.h"
#include "pages/ReportsPage.h"
#include "reports/IngestSession.h"
#include "reports/ReportCache.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <random>

using namespace relay::core;
using namespace relay::test;
using relay::ui::ReportsPage;

namespace {

const char *const kStatuses[] = { "delivered", "undelivered", "failed", "sent" };
const char *const kServices[]
    = { "MG00000000000000000000000000000001", "MG00000000000000000000000000000002", "" };

qreal chartSum(QChart *chart)
{
    qreal sum = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                sum += set->sum();
        }
    }
    return sum;
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsModelFetchesWindowsAndSorts();
    void filtersUpdateEveryChartAndTable();
    void exportsWriteFilesAndLogThem();
    void pdfHasTotalsAndNoContent();
    void newPullDialogRejectsBadInput();
    void newPullDialogPullsCancelsAndResumes();
    void lockingStopsARunningPull();
    void credentialsGoToTheKeychainOnly();
    void settingsSurviveARestartAndDarkRedrawsCharts();
    void englishPluralsReadNaturally();
    void everyAppearanceHasReadableContrast();

private:
    // 3,000 records in one pull: 1,000 on campaign CAAAAAA, the rest none.
    void fill(int records);

    std::unique_ptr<QTemporaryDir> m_tmp;
    FakeClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    QMap<QString, qint64> m_byStatus; // messages
    QMap<QString, qint64> m_campaignSegs; // segments by campaign ("" none)
};

namespace {

// What ReportsPage::startExport() reports once it is done.
struct Exported {
    qint64 rows = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

Exported exportAndWait(ReportsPage &page, const QString &path, const QString &format)
{
    QSignalSpy done(&page, &ReportsPage::exported);
    page.startExport(path, format);
    if (!done.wait(60000))
        return { 0, QStringLiteral("no answer within a minute") };
    return { done.first().at(0).toLongLong(), done.first().at(1).toString() };
}

} // namespace

void TestReportsPage::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime::currentDateTimeUtc());
    auto ws = Workspace::create(
        m_tmp->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(), testKey(5), m_clock);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    m_byStatus.clear();
    m_campaignSegs.clear();
}

void TestReportsPage::cleanup()
{
    m_ws.reset();
    m_tmp.reset();
}

void TestReportsPage::fill(int records)
{
    ReportCache &cache = m_ws->reports();
    ReportCache::NewPull request;
    request.provider = QStringLiteral("twilio");
    request.account = QStringLiteral("AC00000000000000000000000000000000");
    request.client = QStringLiteral("Acme Health");
    request.from = QDate(2026, 11, 1);
    request.to = QDate(2026, 11, 5);
    auto pullId = cache.createPull(request);
    QVERIFY(pullId.ok());
    auto session = cache.ingest(pullId.value());
    QVERIFY(session.ok());
    session.value()->setMapping(kServices[0], "CAAAAAA", "BAAAAAA");
    std::mt19937 random(11);
    const qint64 day0 = QDate(1970, 1, 1).daysTo(QDate(2026, 11, 1)) * 86400;
    for (int i = 0; i < records; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "SM%032d", i);
        const char *status = kStatuses[random() % 4];
        const char *service = kServices[i % 3];
        const int segments = 1 + static_cast<int>(random() % 3);
        UsageRecordView view;
        view.messageId = id;
        view.gateway = i % 2 ? "+15550100001" : "+15550100002";
        view.service = service;
        view.status = status;
        view.segments = segments;
        view.sentAt = day0 + static_cast<qint64>(random() % (5 * 86400));
        view.createdAt = view.sentAt;
        view.priceMicros = -7900 * segments;
        view.priceUnit = "USD";
        session.value()->add(view);
        m_byStatus[QLatin1String(status)] += 1;
        m_campaignSegs[i % 3 == 0 ? QStringLiteral("CAAAAAA") : QString()] += segments;
    }
    QVERIFY(session.value()->commit(QStringLiteral(""), 1).ok());
    QVERIFY(cache.finishPull(pullId.value(), ReportCache::State::Complete).ok());
}

void TestReportsPage::recordsModelFetchesWindowsAndSorts()
{
    fill(3000);
    relay::ui::RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Each reset's row count: the first rows in storage order come before
    // the ids, both from the loader thread.
    QList<int> resets;
    connect(&model, &QAbstractItemModel::modelReset, this,
        [&resets, &model] { resets.append(model.rowCount()); });
    model.setWorkspace(m_ws.get());
    QCOMPARE(model.rowCount(), 0); // nothing is read on this thread
    QTRY_COMPARE(model.total(), qint64 { 3000 });
    QCOMPARE(resets, (QList<int> { 0, relay::ui::RecordsModel::kWindow, 3000 }));
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.columnCount(), ReportCache::exportColumns().size());
    // A window is read when the view asks for a row of it, and arrives later.
    QTRY_COMPARE(model.index(0, 2).data().toString(),
        QStringLiteral("SM%1").arg(0, 32, 10, QLatin1Char('0')));
    QTRY_COMPARE(model.index(2999, 2).data().toString(),
        QStringLiteral("SM%1").arg(2999, 32, 10, QLatin1Char('0')));
    QCOMPARE(model.cachedWindows(), 2); // the first and the last window only

    // Amounts read in the reader's number format; the raw value stays the provider's.
    const int price
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("price")));
    QVERIFY(price > 0);
    const QString raw = model.index(0, price).data(Qt::UserRole).toString();
    QVERIFY2(raw.startsWith(QLatin1String("-0.0")), qPrintable(raw));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(model.index(0, price).data().toString(),
        QString(raw).replace(QLatin1Char('.'), QLatin1Char(',')));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(model.index(0, price).data().toString(), raw);

    const int status
        = static_cast<int>(ReportCache::exportColumns().indexOf(QStringLiteral("status")));
    model.sort(status, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 3000);
    QTRY_COMPARE(model.index(0, status).data().toString(), QStringLiteral("undelivered"));
    QTRY_COMPARE(model.index(2999, status).data().toString(), QStringLiteral("delivered"));
    const int undelivered = static_cast<int>(m_byStatus.value(QStringLiteral("undelivered")));
    QTRY_COMPARE(
        model.index(undelivered - 1, status).data().toString(), QStringLiteral("undelivered"));
    QTRY_COMPARE(model.index(undelivered, status).data().toString(), QStringLiteral("sent"));

    ReportCache::Filter delivered;
    delivered.status = QStringLiteral("delivered");
    model.setFilter(delivered);
    QTRY_VERIFY(model.total() >= 0);
    QCOMPARE(model.total(), m_byStatus.value(QStringLiteral("delivered")));
    for (int row : { 0, model.rowCount() / 2, model.rowCount() - 1 })
        QTRY_COMPARE(model.index(row, status).data().toString(), QStringLiteral("delivered"));

    ReportCache::Filter byId;
    byId.text = QStringLiteral("SM%1").arg(1234, 32, 10, QLatin1Char('0'));
    model.setFilter(byId);
    QTRY_COMPARE(model.total(), qint64 { 1 });
    QTRY_COMPARE(model.index(0, 2).data().toString(), byId.text);

    // A pull purged under the open table leaves marked rows, not a crash.
    model.setFilter({});
    QTRY_COMPARE(model.total(), qint64 { 3000 });
    QVERIFY(m_ws->reports().purge(false, 1).ok());
    QTRY_COMPARE(model.index(1500, 2).data().toString(), QStringLiteral("(purged)"));
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestReportsPage::filtersUpdateEveryChartAndTable()
{
    fill(3000);
    ReportsPage page;
    page.resize(1200, 900);
    page.setWorkspace(m_ws.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    qint64 allSegments = 0;
    for (qint64 s : std::as_const(m_campaignSegs))
        allSegments += s;
    QCOMPARE(chartSum(page.dailyChart()->chart()), static_cast<qreal>(allSegments));
    QCOMPARE(chartSum(page.campaignChart()->chart()), static_cast<qreal>(allSegments));

    // Choosing a campaign narrows every chart, table and the totals.
    relay::ui::FilterBar *bar = page.filterBar();
    const int index = bar->campaign()->findData(QStringLiteral("CAAAAAA"));
    QVERIFY(index > 0);
    bar->campaign()->setCurrentIndex(index);
    const qint64 campaign = m_campaignSegs.value(QStringLiteral("CAAAAAA"));
    QCOMPARE(chartSum(page.dailyChart()->chart()), static_cast<qreal>(campaign));
    QCOMPARE(chartSum(page.gatewayChart()->chart()), static_cast<qreal>(campaign));
    QCOMPARE(chartSum(page.campaignChart()->chart()), static_cast<qreal>(campaign));
    QVERIFY2(page.totals()->text().contains(QLocale().toString(campaign)),
        qPrintable(page.totals()->text()));
    QCOMPARE(page.breakdown()->rowCount(), 2); // two gateways
    qint64 tableSegments = 0;
    for (int r = 0; r < page.breakdown()->rowCount(); ++r)
        tableSegments += page.breakdown()->item(r, 2)->data(Qt::UserRole).toLongLong();
    QCOMPARE(tableSegments, campaign);
    page.tabs()->setCurrentIndex(ReportsPage::RecordsTab);
    QTRY_COMPARE(page.recordsModel()->total(), qint64 { 1000 });

    // "(none)" is a choice of its own.
    bar->campaign()->setCurrentIndex(bar->campaign()->findData(QStringLiteral("")));
    QCOMPARE(
        chartSum(page.dailyChart()->chart()), static_cast<qreal>(m_campaignSegs.value(QString())));
    QTRY_COMPARE(page.recordsModel()->total(), qint64 { 2000 });

    // A reversed range is refused with a message; nothing changes.
    bar->from()->setDate(QDate(2026, 11, 4));
    bar->to()->setDate(QDate(2026, 11, 2));
    QVERIFY(page.banner()->isVisible());
    bar->clear();
    QCOMPARE(chartSum(page.dailyChart()->chart()), static_cast<qreal>(allSegments));

    // Copy as image puts the chart on the clipboard.
    page.dailyChart()->copyToClipboard();
    QVERIFY(!QGuiApplication::clipboard()->image().isNull());
}

void TestReportsPage::exportsWriteFilesAndLogThem()
{
    fill(3000);
    ReportsPage page;
    page.setWorkspace(m_ws.get());
    page.filterBar()->status()->setCurrentIndex(
        page.filterBar()->status()->findData(QStringLiteral("failed")));
    const QString csv = m_tmp->filePath(QStringLiteral("failed.csv"));
    const Exported rows = exportAndWait(page, csv, QStringLiteral("csv"));
    QVERIFY(rows.ok());
    QCOMPARE(rows.rows, m_byStatus.value(QStringLiteral("failed")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), rows.rows + 1);
    QCOMPARE(unixMode(csv), 0600);
    const QString json = m_tmp->filePath(QStringLiteral("failed.json"));
    QVERIFY(exportAndWait(page, json, QStringLiteral("json")).ok());
    const QJsonObject root = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(root.value(QStringLiteral("records")).toArray().size(), rows.rows);
    QCOMPARE(
        root.value(QStringLiteral("header")).toObject().value(QStringLiteral("client")).toString(),
        QStringLiteral("Acme Health"));
    page.dimension()->setCurrentIndex(
        page.dimension()->findText(QStringLiteral("Sending gateway")));
    const QString gateways = m_tmp->filePath(QStringLiteral("gateways.csv"));
    const Exported breakdownRows = exportAndWait(page, gateways, QStringLiteral("breakdown-csv"));
    QVERIFY(breakdownRows.ok());
    QCOMPARE(breakdownRows.rows, 2);
    QVERIFY(readAll(gateways).startsWith("sender,messages,segments_total,share_percent\r\n"));
    const Exported bad = exportAndWait(
        page, m_tmp->filePath(QStringLiteral("no/such/dir/x.csv")), QStringLiteral("csv"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QLatin1String("no/such/dir/x.csv")), qPrintable(bad.error));

    auto entries = m_ws->activityLog().entries();
    QVERIFY(entries.ok());
    int exports = 0;
    for (const auto &entry : entries.value()) {
        if (entry.action == QLatin1String("report.export")) {
            ++exports;
            const bool breakdown
                = entry.detail.value(QStringLiteral("what")).toString() == QLatin1String("sender");
            QCOMPARE(
                entry.detail.value(QStringLiteral("rows")).toInteger(), breakdown ? 2 : rows.rows);
        }
    }
    QCOMPARE(exports, 3); // the failed one is not logged as an export
}

void TestReportsPage::pdfHasTotalsAndNoContent()
{
    // The fixture page carries bodies and recipients; none may reach the PDF.
    ReportCache &cache = m_ws->reports();
    QVERIFY(
        importTwilioPage(cache, QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
            QStringLiteral("Acme Health"))
        > 0);
    ReportsPage page;
    page.setWorkspace(m_ws.get());
    const QString pdf = m_tmp->filePath(QStringLiteral("report.pdf"));
    const Exported rows = exportAndWait(page, pdf, QStringLiteral("pdf"));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.rows, 4);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QCOMPARE(unixMode(pdf), 0600);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
    QProcess extract;
    extract.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(extract.waitForFinished(30000));
    const QByteArray text = extract.readAllStandardOutput();
    QVERIFY2(text.contains("Messaging usage report"), text.constData());
    QVERIFY(text.contains("Acme Health"));
    QVERIFY(text.contains("Messages        4") || text.contains("Messages 4")
        || text.contains("Messages\t4"));
    QVERIFY(text.contains("Segments        8") || text.contains("Segments 8"));
    QVERIFY(text.contains("does not contain"));
    QVERIFY(text.contains("30007")); // the error table, with its meaning
    QVERIFY(!text.contains("MARKER-BODY"));
    QVERIFY(!text.contains("12025550143"));
    QVERIFY(!text.contains("13125550177"));
    QVERIFY(!readAll(pdf).contains("MARKER-BODY"));
}

void TestReportsPage::newPullDialogRejectsBadInput()
{
    MemorySecretStore secrets;
    const QDate today(2026, 11, 27);
    relay::ui::NewPullDialog dialog(*m_ws, secrets, today);
    dialog.account()->setText(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    dialog.from()->setDate(QDate(2026, 11, 10));
    dialog.to()->setDate(QDate(2026, 11, 12));
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(!dialog.problem()->isVisibleTo(&dialog));

    dialog.to()->setDate(QDate(2026, 11, 1)); // end before start
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.problem()->isVisibleTo(&dialog));
    QVERIFY2(dialog.problem()->text().contains(
                 QLatin1String("ends (2026-11-01) before it starts (2026-11-10)")),
        qPrintable(dialog.problem()->text()));

    dialog.from()->setDate(QDate(2026, 9, 1)); // 62 days: over one pull's limit
    dialog.to()->setDate(QDate(2026, 11, 1));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY2(dialog.problem()->text().contains(
                 QLatin1String("62 days is more than one pull covers (31)")),
        qPrintable(dialog.problem()->text()));

    dialog.from()->setDate(QDate(2026, 11, 20));
    dialog.to()->setDate(QDate(2026, 11, 30)); // the future
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.problem()->text().contains(QLatin1String("in the future")));

    dialog.to()->setDate(QDate(2026, 11, 26));
    QVERIFY(dialog.startButton()->isEnabled());
    dialog.account()->setText(QStringLiteral("not-a-sid"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.problem()->text().contains(
        QLatin1String("'not-a-sid' is not a Twilio Account SID")));
    dialog.account()->setText(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    dialog.senders()->setText(QStringLiteral("+15550100001, bob@example.com"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.problem()->text().contains(
        QLatin1String("'bob@example.com' is not a sending gateway")));
    dialog.senders()->setText(QStringLiteral("+15550100001, 88512, whatsapp:+15550100003"));
    QVERIFY(dialog.startButton()->isEnabled());
    auto options = dialog.options();
    QVERIFY(options.ok());
    QCOMPARE(options->senders.size(), 3);

    // No credentials in the keychain: a clear message, nothing created.
    dialog.startButton()->click();
    QTRY_VERIFY(dialog.problem()->isVisibleTo(&dialog));
    QVERIFY(dialog.problem()->text().contains(
        QLatin1String("No credentials for AC0123456789abcdef0123456789abcdef")));
    auto pulls = m_ws->reports().pulls();
    QVERIFY(pulls.ok());
    QVERIFY(pulls->isEmpty());
}

void TestReportsPage::newPullDialogPullsCancelsAndResumes()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    sandbox::SandboxServer server(7, 3000, today.addDays(-3), today.addDays(-1));
    sandbox::SandboxServer::Faults faults;
    faults.slow = 1.0; // every answer takes a while, so Cancel lands mid-pull
    faults.slowMs = 250;
    server.setFaults(faults);
    QVERIFY(server.start() > 0);
    MemorySecretStore secrets;
    relay::ui::NewPullDialog dialog(*m_ws, secrets, today);
    dialog.setSandbox(
        QUrl(server.baseUrl()), QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    dialog.from()->setDate(today.addDays(-3));
    dialog.to()->setDate(today.addDays(-1));
    dialog.client()->setText(QStringLiteral("Sandbox client"));
    QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()->text()));
    dialog.startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.progressText()->text().contains(QLatin1String("records")), 20000);
    QVERIFY(dialog.cancelButton()->isEnabled());
    dialog.cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
    auto pulls = m_ws->reports().pulls();
    QVERIFY(pulls.ok());
    QCOMPARE(pulls->size(), 1);
    QCOMPARE(pulls->first().state, ReportCache::State::Cancelled);
    QCOMPARE(pulls->first().client, QStringLiteral("Sandbox client"));
    QVERIFY(pulls->first().records < 3000);
    QCOMPARE(dialog.startButton()->text(), QStringLiteral("&Resume pull"));

    // Resume: the same pull completes with every record once.
    faults.slow = 0;
    server.setFaults(faults);
    dialog.startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progress()->value() == 1000 && !dialog.isRunning(), 30000);
    pulls = m_ws->reports().pulls();
    QVERIFY(pulls.ok());
    QCOMPARE(pulls->size(), 1);
    QCOMPARE(pulls->first().state, ReportCache::State::Complete);
    QCOMPARE(pulls->first().records, server.traffic().size());
}

void TestReportsPage::lockingStopsARunningPull()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    sandbox::SandboxServer server(9, 3000, today.addDays(-3), today.addDays(-1));
    sandbox::SandboxServer::Faults faults;
    faults.slow = 1.0;
    faults.slowMs = 400;
    server.setFaults(faults);
    QVERIFY(server.start() > 0);
    MemorySecretStore secrets;
    ReportsPage page;
    page.setSecrets(&secrets);
    page.setSandbox(
        QUrl(server.baseUrl()), QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    page.setWorkspace(m_ws.get());
    page.newPull();
    QPointer<relay::ui::NewPullDialog> dialog = page.findChild<relay::ui::NewPullDialog *>();
    QVERIFY(dialog);
    dialog->from()->setDate(today.addDays(-3));
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isRunning() && !m_ws->reports().pulls()->isEmpty(), 10000);
    // The workspace goes (lock, another folder): the pull stops, resumable.
    page.setWorkspace(nullptr);
    QTRY_VERIFY(dialog.isNull());
    auto pulls = m_ws->reports().pulls();
    QVERIFY(pulls.ok());
    QCOMPARE(pulls->size(), 1);
    QCOMPARE(pulls->first().state, ReportCache::State::Cancelled);
}

void TestReportsPage::credentialsGoToTheKeychainOnly()
{
    MemorySecretStore secrets;
    QSettings settings(m_tmp->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    relay::ui::CredentialsDialog dialog(secrets);
    dialog.account()->setText(QStringLiteral("not a sid"));
    dialog.secret()->setText(QStringLiteral("tok-SECRET-123"));
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.status()->text().contains(QLatin1String("AC followed by 32 hex digits")));
    dialog.account()->setText(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    QVERIFY(dialog.secret()->text().isEmpty()); // gone from the field at once
    QTRY_VERIFY(dialog.status()->text().contains(QLatin1String("Saved")));
    QVERIFY(secrets.contains(QStringLiteral("provider-twilio:AC0123456789abcdef0123456789abcdef")));
    settings.sync();
    QVERIFY(!readAll(settings.fileName()).contains("tok-SECRET-123"));
    for (const QString &file : QDir(m_tmp->path()).entryList(QDir::Files))
        QVERIFY(!readAll(m_tmp->filePath(file)).contains("tok-SECRET-123"));
    dialog.removeButton()->click();
    QTRY_VERIFY(dialog.status()->text().contains(QLatin1String("Removed")));
    QCOMPARE(secrets.size(), 0);
}

void TestReportsPage::settingsSurviveARestartAndDarkRedrawsCharts()
{
    fill(300);
    const QString file = m_tmp->filePath(QStringLiteral("relayaudit.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        relay::ui::SettingsDialog dialog(settings);
        auto *appearance = dialog.findChild<QComboBox *>();
        QVERIFY(appearance);
        const auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == QLatin1String("Appearance"))
                combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
            if (combo->accessibleName() == QLatin1String("Language"))
                combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        }
        dialog.accept();
    }
    // Read back the way the app reads it at start (an INI group named
    // "general" would not survive this).
    QSettings again(file, QSettings::IniFormat);
    QCOMPARE(again.value(QLatin1String(relay::ui::appearance::kSettingsKey)).toString(),
        QStringLiteral("dark"));
    QCOMPARE(again.value(QLatin1String(relay::ui::SettingsDialog::kLanguageKey)).toString(),
        QStringLiteral("de"));

    ReportsPage page;
    page.setWorkspace(m_ws.get());
    QCOMPARE(page.dailyChart()->chart()->theme(), QChart::ChartThemeDark);
    relay::ui::appearance::apply(QStringLiteral("light"));
    QCoreApplication::processEvents();
    QCOMPARE(page.dailyChart()->chart()->theme(), QChart::ChartThemeLight);
}

void TestReportsPage::everyAppearanceHasReadableContrast()
{
    // WCAG 2 contrast ratio from relative luminance.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    const QStringList modes = relay::ui::appearance::modes();
    QVERIFY(modes.contains(QStringLiteral("high-contrast")));
    for (const QString &mode : modes) {
        if (mode == QLatin1String("system"))
            continue; // the desktop's own palette, not ours to grade
        relay::ui::appearance::apply(mode);
        QCoreApplication::processEvents();
        const QPalette p = QApplication::palette();
        // AA (4.5:1) for every mode; AAA (7:1) for high contrast.
        const double floor = mode == QLatin1String("high-contrast") ? 7.0 : 4.5;
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs {
            { QPalette::Text, QPalette::Base }, { QPalette::WindowText, QPalette::Window },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::ToolTipText, QPalette::ToolTipBase }
        };
        for (const auto &[fg, bg] : pairs) {
            const double ratio
                = contrast(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
            QVERIFY2(ratio >= floor,
                qPrintable(QStringLiteral("%1: role %2 on %3 is %4:1")
                               .arg(mode)
                               .arg(int(fg))
                               .arg(int(bg))
                               .arg(ratio, 0, 'f', 2)));
        }
        if (mode == QLatin1String("high-contrast")) {
            QVERIFY(contrast(p.color(QPalette::Disabled, QPalette::Text),
                        p.color(QPalette::Disabled, QPalette::Base))
                >= 4.5);
            ReportsPage page;
            page.setWorkspace(m_ws.get());
            QCOMPARE(page.dailyChart()->chart()->theme(), QChart::ChartThemeDark);
        }
    }
    relay::ui::appearance::apply(QStringLiteral("light"));
}

void TestReportsPage::englishPluralsReadNaturally()
{
    relay::i18n::install(*qApp, QStringLiteral("en"));
    QCOMPARE(ReportsPage::tr("%n day(s)", nullptr, 1), QStringLiteral("1 day"));
    QCOMPARE(ReportsPage::tr("%n day(s)", nullptr, 6), QStringLiteral("6 days"));
    QCOMPARE(ReportsPage::tr("%n record(s)", nullptr, 0), QStringLiteral("0 records"));
    // Not a plural: left alone.
    QCOMPARE(ReportsPage::tr("Refresh (s)"), QStringLiteral("Refresh (s)"));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
