#include "Bootstrap.h"
#include "Clock.h"
#include "I18n.h"
#include "cli/Cli.h"
#include "privacy/SecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    if (!relay::core::bootstrap()) {
        std::fputs("relayaudit-cli: libsodium failed to initialise\n", stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYAUDIT_VERSION));
    relay::i18n::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    relay::core::SystemClock clock;
    std::unique_ptr<relay::core::SecretStore> secrets;
    if (qEnvironmentVariableIntValue("RELAYAUDIT_NO_KEYCHAIN") == 1)
        secrets = std::make_unique<relay::core::UnavailableSecretStore>();
    else
        secrets = std::make_unique<relay::core::KeychainSecretStore>();

    relay::cli::CliContext context{out, err, {}, false, *secrets, clock};
    relay::cli::Cli cli(context);
    QObject::connect(&cli, &relay::cli::Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
