#include "ChartView.h"
#include "DemoSession.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SendTestDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "engine/StatusServer.h"
#include "ingest/ReportImporter.h"
#include "pages/AccessPage.h"
#include "pages/ActivityLogModel.h"
#include "pages/ActivityPage.h"
#include "pages/DeliveriesPage.h"
#include "pages/ReportsPage.h"
#include "pages/RetentionPage.h"
#include "privacy/ProviderKeychain.h"
#include "privacy/RecipientHash.h"
#include "reports/ReportCache.h"
#include "retention/ComplianceReport.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace relay::core;
using namespace relay::test;
using relay::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsLockedWithCreateOffer();
    void everyNavigationEntryShowsItsPage();
    void pastedValuesAreToldApartByShape_data();
    void pastedValuesAreToldApartByShape();
    void keyboardShortcutsSwitchPages();
    void helpOpensTheUserGuideWithItsScreenshots();
    void splittersComeBackWhereTheUserLeftThem();
    void retentionPageShowsEncryptedOwnerOnlyFiles();
    void activityPageListsAndVerifies();
    void activityModelPassesModelTester();
    void lockReturnsToLockedPage();
    void unlockDialogShowsWrongPassphraseInlineThenUnlocks();
    void sendTestMessageOutsideTheDemo();
    void accessPageShowsSessionsAndTakesReviews();
    void accessDatesFollowNewImportsUntilChosen();
    void demoTitleSaysDemo();
    void reportsPageListsPullsAndBreaksThemDown();
    void valuesFromOutsideShowControlsAsEscapes();
    void pagesFollowChangesMadeElsewhere();
    void demoPullStopsCleanlyWhenTheWorkspaceLocks();
    void deliveriesPageFindsTheDemoSendsByEveryKey();

private:
    std::unique_ptr<Workspace> makeWorkspace(const char *passphrase);
    QString dir() const { return m_tmp->filePath(QStringLiteral("ws")); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit-test"));
}

void TestMainWindow::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
        m_tmp->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_secrets, m_clock, *m_settings);
    m_window->setWorkspaceDir(dir());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

std::unique_ptr<Workspace> TestMainWindow::makeWorkspace(const char *passphrase)
{
    const WorkspaceMeta meta = WorkspaceMeta::forPassphrase(fastKdf());
    auto key = Workspace::passphraseKey(meta, secret(passphrase));
    if (!key)
        return {};
    auto ws = Workspace::create(dir(), meta, key.value(), m_clock);
    return ws ? std::move(ws.value()) : nullptr;
}

void TestMainWindow::startsLockedWithCreateOffer()
{
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(!m_window->navigation()->isVisible());
    const auto buttons = m_window->findChildren<QPushButton *>();
    const bool offersCreate = std::any_of(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->isVisible() && b->text().contains(QLatin1String("Create Workspace"));
    });
    QVERIFY(offersCreate);
}

void TestMainWindow::everyNavigationEntryShowsItsPage()
{
    auto ws = makeWorkspace("a long passphrase");
    QVERIFY(ws);
    m_window->setWorkspace(std::move(ws));
    QVERIFY(m_window->isUnlocked());
    QVERIFY(m_window->navigation()->isVisible());
    QCOMPARE(m_window->navigation()->count(), int { MainWindow::AreaCount });
    for (int p = 0; p < MainWindow::AreaCount; ++p) {
        QListWidgetItem *item = m_window->navigation()->item(p);
        const QRect rect = m_window->navigation()->visualItemRect(item);
        QTest::mouseClick(m_window->navigation()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(int { m_window->currentPage() }, p);
        QWidget *page = m_window->page(static_cast<MainWindow::Page>(p));
        QVERIFY(page->isVisible());
        QVERIFY(!page->accessibleName().isEmpty() || page->findChild<QLabel *>());
    }
    QVERIFY(qobject_cast<relay::ui::DeliveriesPage *>(m_window->page(MainWindow::DeliveriesArea)));
    QVERIFY(qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea)));
    QVERIFY(qobject_cast<relay::ui::ActivityPage *>(m_window->page(MainWindow::ActivityArea)));
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::RetentionArea);
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::ActivityArea);
}

void TestMainWindow::helpOpensTheUserGuideWithItsScreenshots()
{
    // F1 works locked too: the guide is how a new user gets started.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTextBrowser *guide = nullptr;
    QTRY_VERIFY(
        (guide = m_window->findChild<QTextBrowser *>(QStringLiteral("userGuide"))) != nullptr);
    const QString text = guide->toPlainText();
    for (const char *section : { "Investigating a delivery", "Producing a client usage export",
             "Running a retention check", "Reviewing access sessions" }) {
        QVERIFY2(text.contains(QLatin1String(section)), section);
    }
    // Every screenshot the guide names is built in and loads.
    int images = 0;
    for (QTextBlock block = guide->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++images;
            const QVariant resource
                = guide->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            QVERIFY2(!QImage::fromData(resource.toByteArray()).isNull(), qPrintable(image.name()));
            QCOMPARE(image.width(), 720.0);
        }
    }
    QCOMPARE(images, 4);
    // Asked again, the same window comes forward instead of another.
    QWidget *dialog = guide->window();
    m_window->showUserGuide();
    QCOMPARE(m_window->findChildren<QTextBrowser *>(QStringLiteral("userGuide")).size(), 1);
    QCOMPARE(guide->window(), dialog);
    QVERIFY(dialog->isVisible());
}

void TestMainWindow::splittersComeBackWhereTheUserLeftThem()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    m_window->showPage(MainWindow::ReportsArea);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("reportsSplitter"));
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->sizes().value(0) > 0);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({ total / 4, total - total / 4 });
    const QList<int> chosen = splitter->sizes();
    m_window->close();
    m_window.reset();
    // Only layout goes to the settings.
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(key.startsWith(QLatin1String("ui/")), qPrintable(key));

    m_window = std::make_unique<MainWindow>(m_secrets, m_clock, *m_settings);
    m_window->setWorkspaceDir(dir());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QDir(dir()).removeRecursively()); // a fresh workspace: the layout is the app's, not the
                                              // workspace's
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    m_window->showPage(MainWindow::ReportsArea);
    splitter = m_window->findChild<QSplitter *>(QStringLiteral("reportsSplitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->sizes(), chosen);
}

void TestMainWindow::retentionPageShowsEncryptedOwnerOnlyFiles()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    auto *page
        = qobject_cast<relay::ui::RetentionPage *>(m_window->page(MainWindow::RetentionArea));
    QVERIFY(page);
    QTreeWidget *files = page->files();
    QCOMPARE(files->topLevelItemCount(), 2);
    const auto db = files->findItems(QStringLiteral("workspace.db"), Qt::MatchExactly);
    QCOMPARE(db.size(), 1);
    QCOMPARE(db.first()->text(2), QStringLiteral("0600"));
    QVERIFY(db.first()->text(3).contains(QLatin1String("Encrypted")));
    // Every page checked: intact; then one byte changed in the last page.
    page->checkPagesButton()->click();
    QVERIFY2(page->pagesResult()->text().startsWith(QLatin1String("Intact: ")),
        qPrintable(page->pagesResult()->text()));
    // One bit of a byte in the last page, flipped and flipped back.
    const auto flip = [this] {
        QFile file(m_window->workspace()->path() + QStringLiteral("/workspace.db"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = file.size() - 4096 + 300;
        char byte = 0;
        QVERIFY(file.seek(at) && file.getChar(&byte));
        QVERIFY(file.seek(at) && file.putChar(static_cast<char>(byte ^ 0x04)));
    };
    flip();
    page->checkPagesButton()->click();
    QVERIFY2(page->pagesResult()->text().startsWith(QLatin1String("Damaged: 1 of ")),
        qPrintable(page->pagesResult()->text()));
    flip(); // the checks below read every table
    page->checkPagesButton()->click();
    QVERIFY(page->pagesResult()->text().startsWith(QLatin1String("Intact: ")));

    // The inventory, category by category, with the policy sentence.
    QVERIFY(page->inventory()->topLevelItemCount() >= 14);
    const auto hash
        = page->inventory()->findItems(QStringLiteral("Recipient hash"), Qt::MatchExactly);
    QCOMPARE(hash.size(), 1);
    bool quotesPolicy = false;
    for (int i = 0; i < hash.first()->childCount(); ++i)
        quotesPolicy = quotesPolicy
            || hash.first()->child(i)->text(0).contains(
                QLatin1String("cryptographic hash of the receiving number"));
    QVERIFY(quotesPolicy);

    // The checks run off the GUI thread and all pass on a fresh workspace.
    QSignalSpy finished(page, &relay::ui::RetentionPage::checksFinished);
    page->runButton()->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(page->checks()->topLevelItemCount(), 9);
    for (int i = 0; i < page->checks()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = page->checks()->topLevelItem(i);
        QCOMPARE(item->text(1), QStringLiteral("Pass"));
        // Each check by its title, never its bare id ("addresses", "calendar").
        QVERIFY2(item->text(0).contains(QLatin1Char(' ')), qPrintable(item->text(0)));
    }
    const QString report = m_tmp->filePath(QStringLiteral("compliance.json"));
    QVERIFY(page->writeSignedReport(report).ok());
    const relay::core::compliance::Verification verified
        = relay::core::compliance::verify(readAll(report));
    QVERIFY2(verified.valid, qPrintable(verified.problem));

    // Lookups: an id answers with what is and is not kept; a number with no
    // pepper in the keychain says that nothing was ever hashed, and the field clears.
    QSignalSpy looked(page, &relay::ui::RetentionPage::lookedUp);
    page->lookupKey()->setCurrentIndex(
        page->lookupKey()->findData(relay::ui::RetentionPage::SmsRecordKey));
    page->lookupQuery()->setText(QStringLiteral("a0Y000000000001"));
    page->lookUp();
    QTRY_COMPARE(looked.size(), 1);
    QVERIFY(page->lookupResult()->toPlainText().contains(QLatin1String(" in the delivery log")));
    QVERIFY(page->lookupResult()->toPlainText().contains(QLatin1String("the recipient number")));
    page->lookupKey()->setCurrentIndex(
        page->lookupKey()->findData(relay::ui::RetentionPage::PhoneKey));
    page->lookupQuery()->setText(QStringLiteral("(202) 555-2042"));
    page->lookUp();
    QVERIFY(page->lookupQuery()->text().isEmpty());
    QTRY_COMPARE(looked.size(), 2);
    QVERIFY2(page->lookupResult()->toPlainText().contains(QLatin1String("hashed no number")),
        qPrintable(page->lookupResult()->toPlainText()));
}

void TestMainWindow::activityPageListsAndVerifies()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"), 2);
    auto *page = qobject_cast<relay::ui::ActivityPage *>(m_window->page(MainWindow::ActivityArea));
    QVERIFY(page);
    // init + the unlock, which records the two failed attempts before it.
    QCOMPARE(page->model()->rowCount(), 2);
    const QModelIndex action = page->model()->index(1, relay::ui::ActivityLogModel::ActionColumn);
    QCOMPARE(action.data().toString(), QStringLiteral("Workspace unlocked"));
    QVERIFY(page->model()
                ->index(1, relay::ui::ActivityLogModel::DetailColumn)
                .data()
                .toString()
                .contains(QLatin1String("failedAttempts=2")));
    page->verify();
    QVERIFY(page->banner()->isVisibleTo(page));
    QCOMPARE(page->banner()->kind(), relay::ui::MessageBanner::Kind::Positive);
    QVERIFY(page->banner()->text().contains(QLatin1String("intact")));

    QVERIFY(m_window->workspace()
                ->database()
                .exec(QStringLiteral("UPDATE activity_log SET os_user = 'x' WHERE seq = 1"))
                .ok());
    page->verify();
    QCOMPARE(page->banner()->kind(), relay::ui::MessageBanner::Kind::Error);
    QVERIFY(page->banner()->text().contains(QLatin1String("entry 1 was altered")));
}

void TestMainWindow::activityModelPassesModelTester()
{
    auto ws = makeWorkspace("a long passphrase");
    QVERIFY(ws);
    for (int i = 0; i < 20; ++i)
        QVERIFY(ws->activityLog()
                    .append(QStringLiteral("test.action"), { { QStringLiteral("n"), i } })
                    .ok());
    relay::ui::ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto entries = ws->activityLog().entries();
    QVERIFY(entries.ok());
    model.setEntries(entries.value());
    QCOMPARE(model.rowCount(), 21);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::lockReturnsToLockedPage()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    QVERIFY(m_window->isUnlocked());
    m_window->lock();
    QVERIFY(!m_window->isUnlocked());
    QVERIFY(!m_window->navigation()->isVisible());
    QVERIFY(m_window->windowTitle().contains(dir()));
}

void TestMainWindow::unlockDialogShowsWrongPassphraseInlineThenUnlocks()
{
    makeWorkspace("the right passphrase").reset();
    m_window->setWorkspaceDir(dir());
    const auto before = hashTree(dir());

    int stage = 0;
    // Drives the modal dialog from inside its own event loop. The timer dies
    // with this function, so nothing fires into the next test.
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = m_window->findChild<relay::ui::UnlockDialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        auto *field = dialog->findChild<QLineEdit *>();
        auto *banner = dialog->findChild<relay::ui::MessageBanner *>();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (stage == 0) {
            field->setText(QStringLiteral("the wrong passphrase"));
            ok->click();
            stage = 1;
        } else if (stage == 1 && banner->isVisible()) {
            QCOMPARE(banner->text(),
                QStringLiteral("Wrong passphrase, or not a Relay Audit workspace."));
            QCOMPARE(hashTree(dir()), before); // nothing touched
            field->setText(QStringLiteral("the right passphrase"));
            ok->click();
            stage = 2;
        }
    });
    driver.start();
    m_window->unlock();
    QCOMPARE(stage, 2);
    QVERIFY(m_window->isUnlocked());
    auto entries = m_window->workspace()->activityLog().entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().action, QStringLiteral("workspace.unlock"));
    QCOMPARE(entries->last().detail.value(QStringLiteral("failedAttempts")).toInt(), 1);
}

// A support engineer's own workspace: the page builds its pipeline from
// the workspace's pepper, the keychain's provider credentials and the
// settings' URLs; says what is missing; and the status comes back signed.
void TestMainWindow::sendTestMessageOutsideTheDemo()
{
    qunsetenv("RELAYAUDIT_PEPPER");
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    sandbox::SandboxServer sandbox(3, 0, QDate(2026, 11, 1), QDate(2026, 11, 1));
    QVERIFY(sandbox.start() > 0);
    auto ws = makeWorkspace("a long passphrase");
    QVERIFY(ws);
    QVERIFY(ws->gateways()
                .add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"), account, {} })
                .ok());
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    StatusServer callbacks(ws->deliveries(), ws->links(), serverOptions);
    QVERIFY(callbacks.start(QHostAddress::LocalHost) > 0);
    m_window->setWorkspace(std::move(ws));
    auto *page
        = qobject_cast<relay::ui::DeliveriesPage *>(m_window->page(MainWindow::DeliveriesArea));
    QVERIFY(page);
    QVERIFY(page->sendTestButton()->isVisibleTo(page));
    auto *banner = page->findChild<relay::ui::MessageBanner *>();
    QVERIFY(banner);

    // No provider credentials and no callback URL yet: both are named, the dialog still opens.
    m_settings->setValue(
        QLatin1String(relay::ui::SettingsDialog::kProviderBaseKey), sandbox.baseUrl());
    page->sendTestMessage();
    QTRY_VERIFY(page->findChild<relay::ui::SendTestDialog *>());
    QVERIFY2(
        banner->text().contains(
            QStringLiteral("No credentials in the keychain for Twilio account %1").arg(account)),
        qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("No status callback URL is set")));
    delete page->findChild<relay::ui::SendTestDialog *>();

    // Credentials added (File > Provider Credentials writes the same entry), a new page pipeline
    // for the callback URL.
    ProviderCredentials credentials;
    credentials.user = account;
    credentials.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    bool stored = false;
    ProviderKeychain::store(m_secrets, ProviderKind::Twilio, account, credentials,
        [&stored](Status s) { stored = s.ok(); });
    QTRY_VERIFY(stored);
    QUrl base = callbacks.twilioCallbackUrl();
    base.setPath(QStringLiteral("/"));
    m_settings->setValue(QLatin1String(relay::ui::SettingsDialog::kCallbackKey), base.toString());
    page->setWorkspace(
        m_window->workspace()); // as reopening does: the page builds its pipeline anew
    page->sendTestMessage();
    QTRY_VERIFY(page->findChild<relay::ui::SendTestDialog *>());
    auto *dialog = page->findChild<relay::ui::SendTestDialog *>();
    QVERIFY2(!banner->isVisible() || banner->text().isEmpty(), qPrintable(banner->text()));
    dialog->recipient()->setText(QStringLiteral("(202) 555-2777"));
    dialog->text()->setPlainText(QStringLiteral("A test from the support desk"));
    const QString record = dialog->smsRecord()->text();
    dialog->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->result()->text().contains(QLatin1String("Submitted as")), 10000);
    // The sandbox calls back, signed; the status reaches a final one.
    QTRY_VERIFY_WITH_TIMEOUT(DeliveryLog::isFinal(m_window->workspace()
                                                      ->deliveries()
                                                      .find(DeliveryLog::Key::SmsRecord, record)
                                                      ->first()
                                                      .status),
        20000);
    QVERIFY(callbacks.counters().applied > 0);
    QCOMPARE(callbacks.counters().rejected, 0);
    // The pepper went to the keychain, not to a file or the settings.
    QVERIFY(m_secrets.contains(Pepper::entryName(m_window->workspace()->meta().id)));
    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(!settingsText.contains("2025552777") && !settingsText.contains("sandbox-auth-token"));
    delete dialog;
    m_window->lock();
}

void TestMainWindow::accessPageShowsSessionsAndTakesReviews()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    auto *page = qobject_cast<relay::ui::AccessPage *>(m_window->page(MainWindow::AccessAuditArea));
    QVERIFY(page);
    QCOMPARE(page->sessions()->rowCount(), 0);
    QVERIFY(
        m_window->workspace()->access().setRetentionDays(3650).ok()); // the fixtures are from 2024
    const QString dir = QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/");
    const AccessAudit::CsvOptions pacific { QTimeZone("America/Los_Angeles"), false };
    // A file that is not a trail: refused, nothing stored.
    QVERIFY(!page->importFiles({ QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json") },
                     QStringLiteral("Acme"), pacific)
                 .ok());
    QCOMPARE(m_window->workspace()->access().rows()->size(), 0);
    QVERIFY(page->importFiles({ dir + QStringLiteral("setup_audit_trail.csv"),
                                  dir + QStringLiteral("audit_trail_page1.json"),
                                  dir + QStringLiteral("audit_trail_page2.json") },
                    QStringLiteral("Acme"), pacific)
                .ok());
    QCOMPARE(page->sessions()->rowCount(), 0); // no staff yet
    QVERIFY(m_window->workspace()
                ->access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    page->refresh();
    QCOMPARE(page->sessions()->rowCount(), 3);
    QCOMPARE(page->sessions()->item(1, relay::ui::AccessPage::StaffColumn)->text(),
        QStringLiteral("support1@mogli.example"));
    QCOMPARE(page->sessions()->item(0, relay::ui::AccessPage::EndColumn)->text(),
        QStringLiteral("no logout"));

    page->sessions()->selectRow(0);
    const QString details = page->details()->toPlainText();
    QVERIFY(details.contains(QLatin1String("Timeline")));
    QVERIFY(details.contains(QLatin1String("No logout: the session never ended")));
    QVERIFY(details.contains(QLatin1String("Timeout value changed from 2 hours to 12 hours")));
    page->reviewStatus()->setCurrentIndex(
        page->reviewStatus()->findData(QStringLiteral("escalated")));
    page->reviewNote()->setText(
        QStringLiteral("Why were session timeouts raised? Asked the vendor."));
    page->saveReviewButton()->click();
    QCOMPARE(page->sessions()->item(0, relay::ui::AccessPage::ReviewColumn)->text(),
        QStringLiteral("escalated"));
    QVERIFY(page->reviewNote()->text().isEmpty());
    bool logged = false;
    for (const auto &e : m_window->workspace()->activityLog().entries().value())
        logged = logged
            || (e.action == QLatin1String("access.review")
                && e.detail.value(QStringLiteral("status")).toString()
                    == QLatin1String("escalated"));
    QVERIFY(logged);
    QVERIFY(m_window->workspace()->activityLog().verify()->intact);
    // Someone edits the review's entry in the log afterwards: the chain says so.
    QVERIFY(m_window->workspace()
                ->database()
                .exec(QStringLiteral("UPDATE activity_log SET detail = replace(detail, "
                                     "'escalated', 'reviewed') WHERE action = 'access.review'"))
                .ok());
    QVERIFY(!m_window->workspace()->activityLog().verify()->intact);

    // Filters: by flag and by review state.
    page->flagFilter()->setCurrentIndex(page->flagFilter()->findData(QStringLiteral("no-logout")));
    QCOMPARE(page->sessions()->rowCount(), 1);
    page->flagFilter()->setCurrentIndex(0);
    page->reviewFilter()->setCurrentIndex(page->reviewFilter()->findData(QStringLiteral("none")));
    QCOMPARE(page->sessions()->rowCount(), 2);
    page->reviewFilter()->setCurrentIndex(0);

    // Exports: the shown sessions with their rows.
    const QString csv = m_tmp->filePath(QStringLiteral("sessions.csv"));
    QVERIFY(page->exportCsv(csv).ok());
    const QByteArray text = readAll(csv);
    QVERIFY(text.startsWith("session_id,org,staff_user"));
    QCOMPARE(text.count('\n') >= 1 + 3, true);
    QVERIFY(text.contains("Logged in using Login-As access for Ana Lopez"));
    QVERIFY(page->exportPdf(m_tmp->filePath(QStringLiteral("sessions.pdf"))).ok());
    QVERIFY(QFileInfo(m_tmp->filePath(QStringLiteral("sessions.pdf"))).size() > 1000);
    m_window->lock();
}

void TestMainWindow::accessDatesFollowNewImportsUntilChosen()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    auto *page = qobject_cast<relay::ui::AccessPage *>(m_window->page(MainWindow::AccessAuditArea));
    QVERIFY(page);
    QVERIFY(
        m_window->workspace()->access().setRetentionDays(3650).ok()); // the fixtures are from 2024
    QVERIFY(m_window->workspace()
                ->access()
                .addStaff({ AccessAudit::StaffKind::Domain, QStringLiteral("mogli.example") })
                .ok());
    const QString dir = QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/");
    const AccessAudit::CsvOptions pacific { QTimeZone("America/Los_Angeles"), false };
    QVERIFY(page->importFiles({ dir + QStringLiteral("setup_audit_trail.csv") },
                    QStringLiteral("Acme"), pacific)
                .ok());
    const QDate firstLast = page->toDate()->date();
    const int before = page->sessions()->rowCount();
    // A later trail: the range grows with it, so its sessions show.
    QVERIFY(page->importFiles({ dir + QStringLiteral("audit_trail_page1.json"),
                                  dir + QStringLiteral("audit_trail_page2.json") },
                    QStringLiteral("Acme"), pacific)
                .ok());
    QVERIFY2(page->toDate()->date() > firstLast,
        qPrintable(page->toDate()->date().toString(Qt::ISODate)));
    QVERIFY(page->sessions()->rowCount() > before);
    // A day the reviewer picks stays picked across a refresh.
    page->toDate()->setDate(firstLast);
    page->refresh();
    QCOMPARE(page->toDate()->date(), firstLast);
    m_window->lock();
}

void TestMainWindow::demoTitleSaysDemo()
{
    m_window->setDemo(true);
    m_window->unlockWithPassphrase(QByteArray(Workspace::kDemoPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 30000);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("Demo workspace")));
    QVERIFY(m_window->windowTitle().contains(QLatin1String(Workspace::kDemoPassphrase)));
}

void TestMainWindow::reportsPageListsPullsAndBreaksThemDown()
{
    auto ws = makeWorkspace("a long passphrase");
    QVERIFY(ws);
    ReportCache &cache = ws->reports();
    QVERIFY(
        importTwilioPage(cache, QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
            QStringLiteral("Acme"))
        > 0);
    m_window->setWorkspace(std::move(ws));
    m_window->showPage(MainWindow::ReportsArea);
    auto *page = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    QVERIFY(page);
    QCOMPARE(page->pulls()->rowCount(), 1);
    QCOMPARE(page->pulls()->item(0, 1)->text(), QStringLiteral("Acme"));
    QCOMPARE(page->pulls()->item(0, 6)->data(Qt::UserRole).toLongLong(), 4);
    QCOMPARE(page->breakdown()->rowCount(), 4); // four senders
    page->dimension()->setCurrentIndex(page->dimension()->findText(QStringLiteral("Channel")));
    QCOMPARE(page->breakdown()->rowCount(), 3); // sms, mms, whatsapp
    page->pulls()->selectRow(0);
    QCOMPARE(page->breakdown()->rowCount(), 3);

    // Segments per UTC day stacked by status: 2 days, 4 statuses.
    QChart *daily = page->dailyChart()->chart();
    QCOMPARE(daily->series().size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(daily->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 4);
    qreal segments = 0;
    for (QBarSet *set : bars->barSets()) {
        QCOMPARE(set->count(), 2);
        for (int i = 0; i < set->count(); ++i)
            segments += set->at(i);
    }
    QCOMPARE(segments, 8.0);
    page->measure()->setCurrentIndex(1); // messages
    bars = qobject_cast<QStackedBarSeries *>(page->dailyChart()->chart()->series().first());
    qreal messages = 0;
    for (QBarSet *set : bars->barSets())
        messages += set->sum();
    QCOMPARE(messages, 4.0);
    // Delivery rate: 01 Nov has one undelivered (0 %), 02 Nov one delivered (100 %).
    auto *rate = qobject_cast<QLineSeries *>(page->deliveryChart()->chart()->series().first());
    QVERIFY(rate);
    QCOMPARE(rate->count(), 2);
    QCOMPARE(rate->at(0).y(), 0.0);
    QCOMPARE(rate->at(1).y(), 100.0);
}

// A client label with a bidi override and a terminal escape: every table and
// tree on the pages shows them as escapes; so does a message banner.
void TestMainWindow::valuesFromOutsideShowControlsAsEscapes()
{
    auto ws = makeWorkspace("a long passphrase");
    QVERIFY(ws);
    const QString label = QStringLiteral("Acme\u202e evil\x1b[2J");
    QVERIFY(importTwilioPage(ws->reports(),
                QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"), label)
        > 0);
    m_window->setWorkspace(std::move(ws));
    m_window->showPage(MainWindow::ReportsArea);
    auto *page = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    QVERIFY(page);
    QCOMPARE(page->pulls()->item(0, 1)->text(), label); // the value is kept exact
    auto *delegate = qobject_cast<QStyledItemDelegate *>(page->pulls()->itemDelegate());
    QVERIFY(delegate);
    QCOMPARE(delegate->displayText(page->pulls()->item(0, 1)->data(Qt::DisplayRole), QLocale()),
        QStringLiteral("Acme\\u202e evil\\x1b[2J"));
    int views = 0;
    for (int area = 0; area < MainWindow::AreaCount; ++area) {
        const auto found
            = m_window->page(MainWindow::Page(area))->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : found) {
            if (!qobject_cast<QTableView *>(view) && !qobject_cast<QTreeView *>(view))
                continue;
            auto *shown = qobject_cast<QStyledItemDelegate *>(view->itemDelegate());
            QVERIFY2(shown, qPrintable(view->objectName()));
            QCOMPARE(shown->displayText(QStringLiteral("a\x1b"
                                                       "b\u200fc\x85"),
                         QLocale()),
                QStringLiteral("a\\x1bb\\u200fc\\u0085"));
            ++views;
        }
    }
    QVERIFY(views >= 6);
    relay::ui::MessageBanner banner;
    banner.showMessage(QStringLiteral("line 3: \"\x1b]0;owned\x07\"\nsee the file"),
        relay::ui::MessageBanner::Kind::Error);
    QCOMPARE(banner.text(), QStringLiteral("line 3: \"\\x1b]0;owned\\x07\"\nsee the file"));
}

void TestMainWindow::pagesFollowChangesMadeElsewhere()
{
    m_window->setWorkspace(makeWorkspace("a long passphrase"));
    m_window->showPage(MainWindow::ReportsArea);
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(m_window->page(MainWindow::ReportsArea));
    auto *activity
        = qobject_cast<relay::ui::ActivityPage *>(m_window->page(MainWindow::ActivityArea));
    QVERIFY(reports && activity);
    QCOMPARE(reports->pulls()->rowCount(), 0);
    const int entries = activity->model()->rowCount();
    // Another connection to the same file, as the CLI or `engine serve` has.
    auto elsewhere = m_window->workspace()->openAnother();
    QVERIFY(elsewhere.ok());
    QVERIFY(importTwilioPage((*elsewhere)->reports(),
                QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"),
                QStringLiteral("Elsewhere"))
        > 0);
    QVERIFY((*elsewhere)->activityLog().append(QStringLiteral("test.elsewhere")).ok());
    // The page on screen follows without a refresh by anyone.
    QTRY_COMPARE_WITH_TIMEOUT(reports->pulls()->rowCount(), 1, 5000);
    QCOMPARE(reports->pulls()->item(0, 1)->text(), QStringLiteral("Elsewhere"));
    // A hidden page catches up when it is shown.
    QCOMPARE(activity->model()->rowCount(), entries);
    m_window->showPage(MainWindow::ActivityArea);
    QTRY_VERIFY_WITH_TIMEOUT(activity->model()->rowCount() > entries, 5000);
}

void TestMainWindow::demoPullStopsCleanlyWhenTheWorkspaceLocks()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(Workspace::demoPath()).removeRecursively();
    relay::ui::DemoSession demo(*m_window);
    m_window->setDemo(true);
    m_window->setWorkspaceDir(Workspace::demoPath());
    m_window->unlockWithPassphrase(QByteArray(Workspace::kDemoPassphrase));
    // Argon2id takes its time on a loaded machine: allow it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 30000);
    QVERIFY(!demo.sandboxUrl().isEmpty());
    QTest::qWait(50); // the pull is under way
    m_window->lock(); // must stop it before the workspace closes
    QVERIFY(!m_window->isUnlocked());
    QTest::qWait(100);
    m_window->unlockWithPassphrase(QByteArray(Workspace::kDemoPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 30000);
    auto pulls = m_window->workspace()->reports().pulls();
    QVERIFY(pulls.ok());
    QCOMPARE(pulls->size(), 1);
    QVERIFY(pulls->first().state == ReportCache::State::Cancelled
        || pulls->first().state == ReportCache::State::Complete);
    m_window->lock();
    QDir(Workspace::demoPath()).removeRecursively();
}

void TestMainWindow::deliveriesPageFindsTheDemoSendsByEveryKey()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(Workspace::demoPath()).removeRecursively();
    relay::ui::DemoSession demo(*m_window);
    m_window->setDemo(true);
    m_window->setWorkspaceDir(Workspace::demoPath());
    m_window->unlockWithPassphrase(QByteArray(Workspace::kDemoPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isUnlocked(), 30000);
    // 300 messages through the sandbox, their callbacks, then the write-back.
    // Seen once under ASan on a loaded CI machine: the count read failed
    // for the whole minute. Say why if it happens again.
    QString why;
    const auto written = [this, &why]() -> qint64 {
        auto counts = m_window->workspace()->deliveries().counts();
        if (!counts) {
            why = relay::core::errorMessage(counts.error());
            return -1;
        }
        why = QStringLiteral("%1 of 300 written back").arg(counts->writtenBack);
        return counts->writtenBack;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(written() == 300, qPrintable(why), 60000);
    auto *page
        = qobject_cast<relay::ui::DeliveriesPage *>(m_window->page(MainWindow::DeliveriesArea));
    QVERIFY(page);
    m_window->showPage(MainWindow::DeliveriesArea);
    page->refreshSummary();
    QVERIFY2(page->summary()->text().contains(QLatin1String("300 messages sent")),
        qPrintable(page->summary()->text()));

    QSignalSpy searched(page, &relay::ui::DeliveriesPage::searched);
    page->key()->setCurrentIndex(page->key()->findData(relay::ui::DeliveriesPage::Batch));
    page->query()->setText(QStringLiteral("demo-batch-2"));
    page->findButton()->click();
    QTRY_COMPARE(searched.size(), 1);
    QCOMPARE(page->results()->rowCount(), 100);

    page->key()->setCurrentIndex(page->key()->findData(relay::ui::DeliveriesPage::Phone));
    page->query()->setText(QStringLiteral("202-555-2042"));
    page->findButton()->click();
    QVERIFY(page->query()->text().isEmpty()); // the number leaves the field at once
    QTRY_COMPARE(searched.size(), 2);
    QCOMPARE(page->results()->rowCount(), 1);
    const QString record = page->results()->item(0, 0)->text();
    QCOMPARE(record, QStringLiteral("a0D000000000042"));
    const QString details = page->details()->toPlainText();
    QVERIFY(details.contains(QLatin1String("Status timeline")));
    QVERIFY(details.contains(QLatin1String("Salesforce write-back: written")));
    QVERIFY(!details.contains(QLatin1String("5552042")));

    page->key()->setCurrentIndex(page->key()->findData(relay::ui::DeliveriesPage::ProviderMessage));
    // The demo's two orgs: Acme sends through Twilio, Globex through Telnyx.
    const QString org = page->results()->item(0, 1)->text();
    QVERIFY2(org == QLatin1String("Acme") || org == QLatin1String("Globex"), qPrintable(org));
    page->query()->setText(page->results()->item(0, 5)->text());
    page->findButton()->click();
    QTRY_COMPARE(searched.size(), 3);
    QCOMPARE(page->results()->item(0, 0)->text(), record);
    // Another single result replaces the details too (row 0 stays selected).
    page->key()->setCurrentIndex(page->key()->findData(relay::ui::DeliveriesPage::SmsRecord));
    page->query()->setText(QStringLiteral("a0D000000000043"));
    page->findButton()->click();
    QTRY_COMPARE(searched.size(), 4);
    QVERIFY(page->details()->toPlainText().contains(QLatin1String("SMS record a0D000000000043")));
    // Send Test Message: one message through the same pipeline, found afterwards.
    QVERIFY(page->sendTestButton()->isVisibleTo(page));
    page->sendTestMessage();
    auto *dialog = page->findChild<relay::ui::SendTestDialog *>();
    QVERIFY(dialog);
    dialog->recipient()->setText(QStringLiteral("(202) 555-2999"));
    dialog->text()->setPlainText(QStringLiteral("Test \u20ac5 {ok}"));
    QVERIFY2(dialog->segments()->text().contains(QLatin1String("GSM-7")),
        qPrintable(dialog->segments()->text()));
    QVERIFY(dialog->segments()->text().contains(QLatin1String("cost two")));
    dialog->text()->setPlainText(QStringLiteral("Test \U0001F600"));
    QVERIFY(dialog->segments()->text().contains(QLatin1String("UCS-2 because of")));
    const QString testRecord = dialog->smsRecord()->text();
    dialog->sendButton()->click();
    QVERIFY(dialog->recipient()->text().isEmpty());
    QVERIFY(dialog->text()->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->result()->text().contains(QLatin1String("Submitted as")), 10000);
    QTRY_COMPARE(searched.size(), 5);
    QCOMPARE(page->results()->item(0, 0)->text(), testRecord);
    dialog->close();

    // Every search is in the activity log, the number never.
    auto entries = m_window->workspace()->activityLog().entries();
    QVERIFY(entries.ok());
    int finds = 0;
    for (const auto &e : entries.value()) {
        finds += e.action == QLatin1String("deliveries.find");
        QVERIFY(!QJsonDocument(e.detail).toJson().contains("5552042"));
    }
    QCOMPARE(finds, 5);
    m_window->lock();
    QDir(Workspace::demoPath()).removeRecursively();
}

void TestMainWindow::pastedValuesAreToldApartByShape_data()
{
    using Page = relay::ui::DeliveriesPage;
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("key");
    QTest::newRow("Twilio SID") << QStringLiteral("SM0e2a31057385f103e86fef171b487e43")
                                << int(Page::ProviderMessage);
    QTest::newRow("Twilio MMS SID")
        << QStringLiteral("MM0e2a31057385f103e86fef171b487e43") << int(Page::ProviderMessage);
    QTest::newRow("Telnyx UUID") << QStringLiteral("b81547e7-88c1-4d22-8e38-e7619e6bcd01")
                                 << int(Page::ProviderMessage);
    QTest::newRow("18-character record")
        << QStringLiteral("a0X5e0000000000102") << int(Page::SmsRecord);
    QTest::newRow("15-character record, spaces around")
        << QStringLiteral("  a0D000000000002 ") << int(Page::SmsRecord);
    QTest::newRow("number with spaces") << QStringLiteral("+1 202 555 2002") << int(Page::Phone);
    QTest::newRow("number as written") << QStringLiteral("(202) 555-2002") << int(Page::Phone);
    QTest::newRow("fifteen digits are a number")
        << QStringLiteral("442071838750123") << int(Page::Phone);
    QTest::newRow("batch") << QStringLiteral("demo-batch-1") << int(Page::Batch);
    QTest::newRow("too few digits") << QStringLiteral("555-20") << int(Page::Batch);
}

void TestMainWindow::pastedValuesAreToldApartByShape()
{
    QFETCH(QString, value);
    QFETCH(int, key);
    QCOMPARE(int(relay::ui::DeliveriesPage::keyFor(value)), key);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
