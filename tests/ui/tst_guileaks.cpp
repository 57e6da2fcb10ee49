// The GUI's half of the leak sweep (tests/reliability/leak_sweep is the
// CLI's): the window's flows, driven as a user would through their dialogs,
// on marker data (recipient numbers, message text, the passphrase, a wrong
// passphrase, provider credentials, report bodies), then one search of every
// file under the test's HOME, XDG dirs and TMPDIR (settings, exports, temp
// files), of every decrypted cell of the workspace, and of every message
// Qt logged meanwhile.
#include "MainWindow.h"
#include "SendTestDialog.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "UnlockDialog.h"
#include "deliveries/DeliveryLog.h"
#include "engine/StatusServer.h"
#include "pages/AccessPage.h"
#include "pages/DeliveriesPage.h"
#include "pages/ReportsPage.h"
#include "pages/RetentionPage.h"
#include "privacy/ProviderKeychain.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace relay::core;
using namespace relay::test;
using relay::ui::MainWindow;

namespace {

constexpr char kPassphrase[] = "Gui-Leak-Passphrase-7d2e";
constexpr char kWrongPassphrase[] = "Gui-Leak-Wrong-Passphrase-e19a";
constexpr char kText[] = "GUILEAK-TEXT-4b8c";
constexpr char kBody[] = "GUILEAK-BODY-93fa";
// Sent to, looked up, found, and in the imported provider report.
const char *const kNumbers[] = { "+12025554917", "+12025554928", "+12125554939" };

QByteArray g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log += message.toUtf8() + '\n';
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestGuiLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFlowOnMarkerDataLeavesNoMarker();
    void cleanupTestCase();

private:
    QList<QPair<QByteArray, QByteArray>> markers() const;
    void scan(const QString &where, const QByteArray &bytes);

    QTemporaryDir m_root;
    QStringList m_found;
};

void TestGuiLeaks::initTestCase()
{
    QVERIFY(m_root.isValid());
    // Everything the process writes on its own goes under the root.
    for (const char *dir : { "home/data", "home/config", "home/cache", "tmp", "inputs", "exports" })
        QVERIFY(QDir().mkpath(m_root.filePath(QLatin1String(dir))));
    qputenv("HOME", m_root.filePath(QStringLiteral("home")).toUtf8());
    qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("home/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("home/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_root.filePath(QStringLiteral("home/cache")).toUtf8());
    qputenv("TMPDIR", m_root.filePath(QStringLiteral("tmp")).toUtf8());
    qunsetenv("RELAYAUDIT_PEPPER");
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit-leaks"));
    g_previous = qInstallMessageHandler(capture);
}

void TestGuiLeaks::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

QList<QPair<QByteArray, QByteArray>> TestGuiLeaks::markers() const
{
    QList<QPair<QByteArray, QByteArray>> m;
    for (const char *number : kNumbers) {
        const QByteArray n(number);
        const QByteArray exchange = n.mid(5, 3), line = n.right(4);
        for (const QByteArray &form : QList<QByteArray> {
                 n.mid(2), n.right(7), exchange + '-' + line, exchange + ' ' + line })
            m.append(qMakePair(QByteArray("recipient number"), form));
    }
    m.append(qMakePair(QByteArray("message text"), QByteArray(kText)));
    m.append(qMakePair(QByteArray("report body"), QByteArray(kBody)));
    m.append(qMakePair(QByteArray("passphrase"), QByteArray(kPassphrase)));
    m.append(qMakePair(QByteArray("wrong passphrase"), QByteArray(kWrongPassphrase)));
    m.append(
        qMakePair(QByteArray("credential"), QByteArray(sandbox::SandboxServer::twilioAuthToken())));
    return m;
}

void TestGuiLeaks::scan(const QString &where, const QByteArray &bytes)
{
    for (const auto &[what, form] : markers()) {
        if (bytes.contains(form))
            m_found << QStringLiteral("%1 (%2) in %3")
                           .arg(QString::fromLatin1(what), QString::fromLatin1(form), where);
    }
}

void TestGuiLeaks::everyFlowOnMarkerDataLeavesNoMarker()
{
    // Inputs: a Twilio page whose recipients and bodies are markers, a trail.
    QFile fixture(QStringLiteral(RELAYAUDIT_FIXTURES "/twilio/messages_page.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QString page = QString::fromUtf8(fixture.readAll());
    page.replace(QRegularExpression(QStringLiteral("\\+1(202|212|305|415)555\\d{4}")),
        QLatin1String(kNumbers[2]));
    page.replace(QLatin1String("MARKER-BODY"), QLatin1String(kBody));
    const QString pageFile = m_root.filePath(QStringLiteral("inputs/page.json"));
    QFile input(pageFile);
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write(page.toUtf8());
    input.close();
    // The search finds what it looks for.
    scan(QStringLiteral("the input"), page.toUtf8());
    QCOMPARE(m_found.size(), 3); // the number in its ten- and seven-digit forms, the body
    m_found.clear();

    QSettings settings(
        m_root.filePath(QStringLiteral("home/config/relayaudit-leaks.ini")), QSettings::IniFormat);
    MemorySecretStore secrets;
    SystemClock clock;
    MainWindow window(secrets, clock, settings);
    const QString dir = m_root.filePath(QStringLiteral("home/data/ws"));
    {
        const WorkspaceMeta meta = WorkspaceMeta::forPassphrase(fastKdf());
        auto key = Workspace::passphraseKey(meta, secret(kPassphrase));
        QVERIFY(key.ok());
        auto ws = Workspace::create(dir, meta, key.value(), clock);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()->access().setRetentionDays(3650).ok()); // the trail fixture is from 2024
    }
    window.setWorkspaceDir(dir);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Every modal dialog of the flows, answered as a user would.
    QString saveAs;
    QString openFile;
    int wrongTried = 0;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *unlock = qobject_cast<relay::ui::UnlockDialog *>(modal)) {
            auto *field = unlock->findChild<QLineEdit *>();
            auto *ok = unlock->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled() && !field->text().isEmpty())
                return; // still checking the last one
            field->setText(QLatin1String(wrongTried++ == 0 ? kWrongPassphrase : kPassphrase));
            ok->click();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            const QString path = files->acceptMode() == QFileDialog::AcceptSave ? saveAs : openFile;
            // Typed into the name field, as a user would: selectFile() leaves
            // that field alone while it has the focus.
            if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            else
                files->selectFile(path);
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto *ask = qobject_cast<QInputDialog *>(modal)) {
            if (ask->inputMode() == QInputDialog::TextInput && ask->comboBoxItems().isEmpty())
                ask->setTextValue(QStringLiteral("Acme"));
            ask->accept();
        }
    });
    driver.start();

    // 1. Unlock: a wrong passphrase first, then the right one.
    window.unlock();
    QTRY_VERIFY_WITH_TIMEOUT(window.isUnlocked(), 20000);
    QVERIFY(wrongTried >= 2);

    // 2. A test message through the sandbox, with its signed callbacks.
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    sandbox::SandboxServer sandbox(5, 0, QDate(2026, 11, 1), QDate(2026, 11, 1));
    QVERIFY(sandbox.start() > 0);
    QVERIFY(window.workspace()
                ->gateways()
                .add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"), account, {} })
                .ok());
    StatusServer::Options serverOptions;
    serverOptions.twilioTokens.insert(account,
        std::make_shared<SecretBytes>(
            SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken())));
    StatusServer callbacks(
        window.workspace()->deliveries(), window.workspace()->links(), serverOptions);
    QVERIFY(callbacks.start(QHostAddress::LocalHost) > 0);
    ProviderCredentials credentials;
    credentials.user = account;
    credentials.secret = SecretBytes::fromUtf8(sandbox::SandboxServer::twilioAuthToken());
    bool stored = false;
    ProviderKeychain::store(secrets, ProviderKind::Twilio, account, credentials,
        [&stored](Status s) { stored = s.ok(); });
    QTRY_VERIFY(stored);
    settings.setValue(
        QLatin1String(relay::ui::SettingsDialog::kProviderBaseKey), sandbox.baseUrl());
    QUrl base = callbacks.twilioCallbackUrl();
    base.setPath(QStringLiteral("/"));
    settings.setValue(QLatin1String(relay::ui::SettingsDialog::kCallbackKey), base.toString());
    auto *deliveries
        = qobject_cast<relay::ui::DeliveriesPage *>(window.page(MainWindow::DeliveriesArea));
    QVERIFY(deliveries);
    deliveries->setWorkspace(window.workspace());
    window.showPage(MainWindow::DeliveriesArea);
    deliveries->sendTestMessage();
    relay::ui::SendTestDialog *send = nullptr;
    QTRY_VERIFY((send = deliveries->findChild<relay::ui::SendTestDialog *>()) != nullptr);
    send->recipient()->setText(QStringLiteral("(202) 555-4917"));
    send->text()->setPlainText(QString::fromLatin1(kText) + QStringLiteral(" your table is ready"));
    const QString record = send->smsRecord()->text();
    send->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(send->result()->text().contains(QLatin1String("Submitted")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(DeliveryLog::isFinal(window.workspace()
                                                      ->deliveries()
                                                      .find(DeliveryLog::Key::SmsRecord, record)
                                                      ->first()
                                                      .status),
        20000);
    delete send;

    // 3. The log searched by the number.
    QSignalSpy searched(deliveries, &relay::ui::DeliveriesPage::searched);
    deliveries->key()->setCurrentIndex(
        deliveries->key()->findData(relay::ui::DeliveriesPage::Phone));
    deliveries->query()->setText(QString::fromLatin1(kNumbers[0]));
    deliveries->findButton()->click();
    QTRY_COMPARE(searched.size(), 1);
    QCOMPARE(searched.first().first().toInt(), 1);

    // 4. A provider report imported through its dialogs, then exported as CSV and PDF.
    auto *reports = qobject_cast<relay::ui::ReportsPage *>(window.page(MainWindow::ReportsArea));
    QVERIFY(reports);
    window.showPage(MainWindow::ReportsArea);
    openFile = pageFile;
    QSignalSpy imported(reports, &relay::ui::ReportsPage::imported);
    reports->importFiles();
    QVERIFY(imported.wait(60000));
    QCOMPARE(imported.first().at(1).toString(), QString());
    QCOMPARE(reports->pulls()->rowCount(), 1);
    reports->pulls()->selectRow(0);
    QSignalSpy exported(reports, &relay::ui::ReportsPage::exported);
    saveAs = m_root.filePath(QStringLiteral("exports/usage.csv"));
    reports->exportRecordsCsv();
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    QVERIFY(QFileInfo(saveAs).size() > 0);
    saveAs = m_root.filePath(QStringLiteral("exports/usage.pdf"));
    reports->exportPdf();
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.last().at(1).toString(), QString());
    QVERIFY(QFileInfo(saveAs).size() > 0);

    // 5. The retention checks, and a lookup by the number.
    auto *retention
        = qobject_cast<relay::ui::RetentionPage *>(window.page(MainWindow::RetentionArea));
    QVERIFY(retention);
    window.showPage(MainWindow::RetentionArea);
    QSignalSpy checked(retention, &relay::ui::RetentionPage::checksFinished);
    retention->runChecks();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QVERIFY2(
        checked.first().first().toBool(), "the retention checks failed on the marker workspace");
    QSignalSpy looked(retention, &relay::ui::RetentionPage::lookedUp);
    retention->lookupKey()->setCurrentIndex(
        retention->lookupKey()->findData(relay::ui::RetentionPage::PhoneKey));
    retention->lookupQuery()->setText(QString::fromLatin1(kNumbers[1]));
    retention->lookUp();
    QTRY_COMPARE(looked.size(), 1);

    // 6. The access audit: a trail imported.
    auto *access = qobject_cast<relay::ui::AccessPage *>(window.page(MainWindow::AccessAuditArea));
    QVERIFY(access);
    QVERIFY(access
                ->importFiles(
                    { QStringLiteral(RELAYAUDIT_FIXTURES "/salesforce/setup_audit_trail.csv") },
                    QStringLiteral("Acme"),
                    AccessAudit::CsvOptions { QTimeZone("America/Los_Angeles"), false })
                .ok());

    // 7. Locked, the window closed as the user would.
    window.lock();
    QVERIFY(!window.isUnlocked());
    driver.stop();
    window.close();
    settings.sync();

    // The search.
    qint64 files = 0;
    QDirIterator it(
        m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(m_root.filePath(QStringLiteral("inputs"))))
            continue; // they hold the markers on purpose
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        scan(QDir(m_root.path()).relativeFilePath(path), file.readAll());
    }
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY(files >= 5); // workspace.db, workspace.json, settings, two exports
    scan(QStringLiteral("Qt's log"), g_log);

    const WorkspaceMeta meta = Workspace::inspect(dir).value();
    auto key = Workspace::passphraseKey(meta, secret(kPassphrase));
    QVERIFY(key.ok());
    auto ws = Workspace::open(dir, key.value(), clock);
    QVERIFY(ws.ok());
    auto tables = ws.value()->database().prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables.ok());
    QStringList names;
    QVERIFY(tables->each([&] { names << tables->text(0); }).ok());
    tables = Statement();
    qint64 cells = 0;
    for (const QString &table : std::as_const(names)) {
        auto rows
            = ws.value()->database().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QVERIFY(rows.ok());
        QVERIFY(rows->each([&] {
                        for (int c = 0; c < rows->columnCount(); ++c) {
                            ++cells;
                            scan(QStringLiteral("workspace.db %1").arg(table), rows->blob(c));
                        }
                    })
                    .ok());
    }
    // The flows did reach the workspace: the send, the import, the trail.
    QCOMPARE(ws.value()->deliveries().counts()->deliveries, 1);
    QCOMPARE(
        ws.value()->database().queryInt(QStringLiteral("SELECT count(*) FROM report_pull")).value(),
        1);
    QVERIFY(ws.value()
                ->database()
                .queryInt(QStringLiteral("SELECT count(*) FROM report_record"))
                .value()
        >= 4);
    QVERIFY(
        ws.value()->database().queryInt(QStringLiteral("SELECT count(*) FROM access_row")).value()
        > 0);
    qInfo("searched %lld files, %lld decrypted cells and %lld bytes of log for %lld markers",
        static_cast<long long>(files), static_cast<long long>(cells),
        static_cast<long long>(g_log.size()), static_cast<long long>(markers().size()));
    QVERIFY2(m_found.isEmpty(), qPrintable(m_found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiLeaks)
#include "tst_guileaks.moc"
