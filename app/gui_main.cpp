#include "Appearance.h"
#include "Bootstrap.h"
#include "Clock.h"
#include "DemoSession.h"
#include "I18n.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "privacy/SecretStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

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
    relay::ui::appearance::apply(settings.value(QLatin1String(relay::ui::appearance::kSettingsKey)).toString());
    relay::i18n::install(app, settings.value(QLatin1String(relay::ui::SettingsDialog::kLanguageKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relay Audit, the messaging compliance console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo workspace (passphrase %1).")
                                      .arg(QString::fromLatin1(relay::core::Workspace::kDemoPassphrase)));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QApplication::translate("main", "Open the workspace in <dir>."),
                                       QStringLiteral("dir"));
    parser.addOptions({demo, workspace});
    parser.process(app);

    relay::core::SystemClock clock;
    std::unique_ptr<relay::core::SecretStore> secrets;
    if (qEnvironmentVariableIntValue("RELAYAUDIT_NO_KEYCHAIN") == 1)
        secrets = std::make_unique<relay::core::UnavailableSecretStore>();
    else
        secrets = std::make_unique<relay::core::KeychainSecretStore>();

    relay::ui::MainWindow window(*secrets, clock, settings);
    std::unique_ptr<relay::ui::DemoSession> demoSession;
    if (parser.isSet(demo)) {
        demoSession = std::make_unique<relay::ui::DemoSession>(window);
        window.setDemo(true);
        window.setWorkspaceDir(relay::core::Workspace::demoPath());
        window.unlockWithPassphrase(QByteArray(relay::core::Workspace::kDemoPassphrase));
    } else {
        const QString dir = parser.isSet(workspace)
            ? parser.value(workspace)
            : settings.value(QLatin1String(relay::ui::SettingsDialog::kWorkspaceKey),
                             relay::core::Workspace::defaultPath())
                  .toString();
        window.setWorkspaceDir(dir);
        if (relay::core::Workspace::exists(dir))
            QTimer::singleShot(0, &window, &relay::ui::MainWindow::unlock);
    }
    window.show();
    return QApplication::exec();
}
