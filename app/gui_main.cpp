#include "Appearance.h"
#include "Bootstrap.h"
#include "Clock.h"
#include "CrashMarker.h"
#include "DemoSession.h"
#include "I18n.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SettingsDialog.h"
#include "pages/DeliveriesPage.h"
#include "pages/RetentionPage.h"
#include "privacy/SecretStore.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListWidget>
#include <QPixmap>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

QPointer<relay::ui::MainWindow> g_window;

// A background job (an import, an export) waits for another process's write:
// the status bar says so; the wait itself goes on in the job's thread.
void announceWait()
{
    QMetaObject::invokeMethod(
        qApp,
        [] {
            if (g_window)
                g_window->statusBar()->showMessage(QCoreApplication::translate("main",
                                                       "Waiting for another process (the app or "
                                                       "relayaudit-cli) to finish writing to the "
                                                       "workspace…"),
                    10000);
        },
        Qt::QueuedConnection);
}

// After a crash: once the workspace is open, every page of it is checked,
// and damage takes the user to Retention > Files.
void checkPagesOnceUnlocked(relay::ui::MainWindow &window)
{
    QObject::connect(
        &window, &relay::ui::MainWindow::workspaceUnlocked, &window,
        [&window] {
            auto *retention = qobject_cast<relay::ui::RetentionPage *>(
                window.page(relay::ui::MainWindow::RetentionArea));
            if (!retention || retention->checkPages())
                return;
            window.showPage(relay::ui::MainWindow::RetentionArea);
            retention->tabs()->setCurrentIndex(retention->tabs()->count() - 1);
            window.banner()->showMessage(
                QApplication::translate("main",
                    "After the unexpected stop, the workspace check found damage: see "
                    "Retention > Files."),
                relay::ui::MessageBanner::Kind::Error);
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!relay::core::bootstrap()) {
        std::fputs("relayaudit: libsodium failed to initialise\n", stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relayaudit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relay Audit"));
    QApplication::setApplicationVersion(QStringLiteral(RELAYAUDIT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.relayaudit.RelayAudit"));

    // Named explicitly: with no organization set, a default QSettings
    // cannot write. ~/.config/relayaudit/relayaudit.conf on Linux.
    QSettings settings(QStringLiteral("relayaudit"), QStringLiteral("relayaudit"));
    relay::ui::appearance::apply(
        settings.value(QLatin1String(relay::ui::appearance::kSettingsKey)).toString());
    relay::i18n::install(
        app, settings.value(QLatin1String(relay::ui::SettingsDialog::kLanguageKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Relay Audit, the messaging compliance console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo workspace (passphrase %1).")
            .arg(QString::fromLatin1(relay::core::Workspace::kDemoPassphrase)));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QApplication::translate("main", "Open the workspace in <dir>."), QStringLiteral("dir"));
    // For documentation and smoke tests: start, show a page, save the
    // window as an image and quit. An image is a plain file, so only the
    // demo workspace is unlocked for it; any other stays locked.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the window to <png> once it has settled, then quit."),
        QStringLiteral("png"));
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate(
            "main", "Show <page> first: deliveries, reports, retention, access or activity."),
        QStringLiteral("page"));
    const QCommandLineOption find(QStringLiteral("find"),
        QApplication::translate("main",
            "Open the Deliveries page and find <value>: an SMS record id, a provider message id, "
            "a batch id or a phone number, told apart by their shape."),
        QStringLiteral("value"));
    parser.addOptions({ demo, workspace, screenshot, page, find });
    parser.process(app);
    const QStringList pages { QStringLiteral("deliveries"), QStringLiteral("reports"),
        QStringLiteral("retention"), QStringLiteral("access"), QStringLiteral("activity") };
    if (parser.isSet(page) && !pages.contains(parser.value(page))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "relayaudit: unknown page '%1'; one of: %2")
                           .arg(parser.value(page), pages.join(QStringLiteral(", ")))));
        return 2;
    }
    // Taken once the options are known to start the window (not for --help).
    const std::optional<relay::core::crash::Previous> crashed = relay::core::crash::takePrevious();
    relay::core::crash::arm();

    relay::core::SystemClock clock;
    std::unique_ptr<relay::core::SecretStore> secrets;
    if (qEnvironmentVariableIntValue("RELAYAUDIT_NO_KEYCHAIN") == 1)
        secrets = std::make_unique<relay::core::UnavailableSecretStore>();
    else
        secrets = std::make_unique<relay::core::KeychainSecretStore>();

    relay::ui::MainWindow window(*secrets, clock, settings);
    g_window = &window;
    relay::core::Database::setWaitNotice(&announceWait);
    std::unique_ptr<relay::ui::DemoSession> demoSession;
    if (parser.isSet(demo)) {
        demoSession = std::make_unique<relay::ui::DemoSession>(window);
        window.setDemo(true);
        window.setWorkspaceDir(relay::core::Workspace::demoPath());
        window.unlockWithPassphrase(QByteArray(relay::core::Workspace::kDemoPassphrase));
    } else {
        const QString dir = parser.isSet(workspace)
            ? parser.value(workspace)
            : settings
                  .value(QLatin1String(relay::ui::SettingsDialog::kWorkspaceKey),
                      relay::core::Workspace::defaultPath())
                  .toString();
        window.setWorkspaceDir(dir);
        if (relay::core::Workspace::exists(dir) && !parser.isSet(screenshot))
            QTimer::singleShot(0, &window, &relay::ui::MainWindow::unlock);
    }
    window.show();
    if (crashed) {
        // After the unlock above, which clears the banner.
        QTimer::singleShot(0, &window, [&window, signal = crashed->signal] {
            window.banner()->showMessage(
                QApplication::translate("main",
                    "Relay Audit stopped unexpectedly last time (signal %1). No memory dump "
                    "was written, so no key or decrypted data was left on disk, and the "
                    "workspace stays encrypted. If it happens again, tell support what you "
                    "were doing; do not send workspace files.")
                    .arg(signal),
                relay::ui::MessageBanner::Kind::Warning);
        });
        checkPagesOnceUnlocked(window);
    }
    if (parser.isSet(page)) {
        const auto area
            = static_cast<relay::ui::MainWindow::Page>(pages.indexOf(parser.value(page)));
        QObject::connect(&window, &relay::ui::MainWindow::workspaceUnlocked, &window,
            [&window, area] { window.showPage(area); });
    }
    const auto findNow = [&window, value = parser.value(find)] {
        window.showPage(relay::ui::MainWindow::DeliveriesArea);
        if (auto *deliveries = qobject_cast<relay::ui::DeliveriesPage *>(
                window.page(relay::ui::MainWindow::DeliveriesArea)))
            deliveries->findValue(value);
    };
    if (parser.isSet(find) && !parser.isSet(screenshot))
        QObject::connect(&window, &relay::ui::MainWindow::workspaceUnlocked, &window, findNow);
    if (parser.isSet(screenshot)) {
        // Settled: the demo's pulls, sends and replies run for a few seconds.
        const QString file = parser.value(screenshot);
        const bool finding = parser.isSet(find);
        QTimer::singleShot(
            parser.isSet(demo) ? 10000 : 1500, &window, [&window, file, finding, findNow] {
                if (finding)
                    findNow();
                QTimer::singleShot(finding ? 500 : 0, &window, [&window, file] {
                    const bool saved = window.grab().save(file, "PNG");
                    if (!saved)
                        std::fprintf(stderr, "relayaudit: cannot write %s\n", qPrintable(file));
                    QApplication::exit(saved ? 0 : 1);
                });
            });
    }
    return QApplication::exec();
}
