// relayaudit-cli's argument parsing (Cli::run and each command's own
// options), on the paths that parse, print help or fail: the global
// --workspace points at a directory that does not exist (and HOME/XDG data
// dirs at an empty temporary one, so the default workspace does not exist
// either), so every command that needs a workspace stops at opening it.
// Inputs naming a command or action that would serve, send, prompt for a
// secret or create a workspace are skipped wherever they appear (help
// COMMAND re-runs with COMMAND first), and so are arguments with a '/'
// (the fuzzer reads no file outside its empty working directory). stdin is
// /dev/null. The input is one argument per line.
//
// Checked: every run ends with exactly one finished(code), code 0..3,
// within the deadline; nothing is written to the working directory.

#include "Bootstrap.h"
#include "Clock.h"
#include "FuzzSupport.h"
#include "cli/Cli.h"
#include "privacy/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace relay;

namespace {

QCoreApplication *g_app = nullptr;
QTemporaryDir *g_home = nullptr;
QString g_missing;
core::SystemClock g_clock;
core::UnavailableSecretStore *g_secrets = nullptr;

bool refused(const QString &argument)
{
    static const QStringList denied { QStringLiteral("sandbox"), QStringLiteral("serve"),
        QStringLiteral("send"), QStringLiteral("send-batch"), QStringLiteral("writeback"),
        QStringLiteral("credentials"), QStringLiteral("init"), QStringLiteral("rekey") };
    return denied.contains(argument) || argument.contains(QLatin1Char('/'))
        || argument == QLatin1String(".") || argument == QLatin1String("..")
        || argument.contains(QChar(0));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    if (!core::bootstrap())
        std::abort();
    // Nothing to read from, never a terminal to prompt on.
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null >= 0) {
        ::dup2(null, 0);
        ::close(null);
    }
    g_home = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/relayaudit-fuzz-cli-XXXXXX"));
    const QByteArray home = QFile::encodeName(g_home->path());
    qputenv("HOME", home);
    qputenv("XDG_DATA_HOME", home + "/data");
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_CACHE_HOME", home + "/cache");
    qputenv("RELAYAUDIT_NO_KEYCHAIN", "1");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    for (const char *name : { "RELAYAUDIT_PASSPHRASE", "RELAYAUDIT_NEW_PASSPHRASE",
             "RELAYAUDIT_PEPPER", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY",
             "TWILIO_API_SECRET", "TELNYX_API_KEY" })
        qunsetenv(name);
    if (!QDir::setCurrent(g_home->path()))
        std::abort();
    g_missing = g_home->filePath(QStringLiteral("no-such-workspace"));
    static int argc = 1;
    static char name[] = "relayaudit-cli";
    static char *argv[] = { name, nullptr };
    g_app = new QCoreApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relayaudit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYAUDIT_VERSION));
    g_secrets = new core::UnavailableSecretStore;
    std::atexit([] {
        delete g_secrets;
        delete g_app;
        delete g_home;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 2048)
        return 0;
    QStringList arguments { QStringLiteral("relayaudit-cli"), QStringLiteral("--workspace"),
        g_missing };
    const QList<QByteArray> lines = fuzz::qbytes(data, size).split('\n');
    if (lines.size() > 24)
        return 0;
    for (const QByteArray &line : lines) {
        const QString argument = QString::fromUtf8(line);
        if (refused(argument))
            return 0;
        arguments.append(argument);
    }
    if (size == 0)
        arguments = arguments.mid(0, 3); // no command: the usage text

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::CliContext context { outStream, errStream, {}, false, *g_secrets, g_clock };
    int finishedCount = 0;
    int code = -1;
    {
        cli::Cli cli(context);
        QEventLoop loop;
        QObject::connect(&cli, &cli::Cli::finished, &loop, [&](int exitCode) {
            ++finishedCount;
            code = exitCode;
            loop.quit();
        });
        cli.run(arguments);
        if (finishedCount == 0) {
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            deadline.start(5000);
            loop.exec();
        }
        // Anything queued after the end (a second finished()) runs now.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    outStream.flush();
    errStream.flush();
    if (finishedCount != 1) {
        std::fprintf(
            stderr, "finished %d times; stderr: %s\n", finishedCount, qPrintable(err.left(500)));
    }
    FUZZ_CHECK(finishedCount == 1);
    FUZZ_CHECK(code >= cli::ExitOk && code <= cli::ExitLocked);
    if (code == cli::ExitOk)
        FUZZ_CHECK(!out.isEmpty());
    else
        FUZZ_CHECK(!err.isEmpty() || !out.isEmpty());
    FUZZ_CHECK(!QFileInfo::exists(g_missing));
    FUZZ_CHECK(
        QDir(g_home->path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    return 0;
}
