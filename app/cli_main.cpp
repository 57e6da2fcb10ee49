#include "Bootstrap.h"
#include "Clock.h"
#include "CrashMarker.h"
#include "I18n.h"
#include "cli/Cli.h"
#include "cli/VisibleOutput.h"
#include "privacy/SecretStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef RELAYAUDIT_WITH_PDF
#include "CompliancePdf.h"
#include "ReportPdf.h"

#include <QApplication>
#include <cstring>

#include <strings.h>
#endif

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

// Another process's write holds the workspace for more than a second.
void announceWait()
{
    static const QByteArray line
        = QCoreApplication::translate("main",
              "relayaudit-cli: waiting for another process (the app or relayaudit-cli) to finish "
              "writing to the workspace…")
              .toUtf8()
        + '\n';
    [[maybe_unused]] const ssize_t written
        = ::write(STDERR_FILENO, line.constData(), static_cast<size_t>(line.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (!relay::core::bootstrap()) {
        std::fputs("relayaudit-cli: libsodium failed to initialise\n", stderr);
        return 1;
    }
#ifdef RELAYAUDIT_WITH_PDF
    // A PDF report paints its charts with QtGui, which needs a QApplication;
    // offscreen, so the CLI needs no display. Every other command stays a
    // plain QCoreApplication.
    bool pdf = false;
    const auto isPdf = [](const char *name) {
        const std::size_t n = std::strlen(name);
        return n > 4 && strcasecmp(name + n - 4, ".pdf") == 0;
    };
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || std::strcmp(argv[i], "--format=pdf") == 0
            || (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc
                && std::strcmp(argv[i + 1], "pdf") == 0)
            || (std::strncmp(argv[i], "--out=", 6) == 0 && isPdf(argv[i] + 6))
            || (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc && isPdf(argv[i + 1]));
    }
    if (pdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = pdf
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYAUDIT_VERSION));
    // `help --man` is the English man page the build installs; everything
    // else speaks the user's language.
    const QStringList arguments = QCoreApplication::arguments();
    const bool manPage
        = arguments.contains(QLatin1String("help")) && arguments.contains(QLatin1String("--man"));
    if (!manPage)
        relay::i18n::install(app);

    // What a command prints for a person shows control characters as escapes.
    relay::cli::VisibleOutput outDevice(STDOUT_FILENO);
    relay::cli::VisibleOutput errDevice(STDERR_FILENO);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    // The build runs `help --man`: it must not touch the builder's marker.
    const auto crashed = manPage ? std::nullopt : relay::core::crash::takePrevious();
    if (crashed) {
        err << QCoreApplication::translate("main",
            "relayaudit-cli: note: the last Relay Audit run stopped unexpectedly "
            "(signal %1); no memory dump was written and the workspace stays "
            "encrypted.")
                   .arg(crashed->signal)
            << Qt::endl;
    }
    if (!manPage)
        relay::core::crash::arm();
    relay::core::Database::setWaitNotice(&announceWait);
    relay::core::SystemClock clock;
    std::unique_ptr<relay::core::SecretStore> secrets;
    if (qEnvironmentVariableIntValue("RELAYAUDIT_NO_KEYCHAIN") == 1)
        secrets = std::make_unique<relay::core::UnavailableSecretStore>();
    else
        secrets = std::make_unique<relay::core::KeychainSecretStore>();

    relay::cli::CliContext context { out, err, {}, false, *secrets, clock };
    context.outDevice = &outDevice;
    context.errDevice = &errDevice;
    context.checkAfterCrash = crashed.has_value();
#ifdef RELAYAUDIT_WITH_PDF
    context.pdfExporter = relay::ui::writeReportPdf;
    context.compliancePdfExporter = relay::ui::writeCompliancePdf;
#endif
    relay::cli::Cli cli(context);
    QObject::connect(
        &cli, &relay::cli::Cli::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    cli.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
