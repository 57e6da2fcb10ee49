// Hostile input against the real CLI: oversized files, a 100 MB line, a
// million-column CSV row, JSON nested a million deep, and a wrong passphrase
// a hundred times. Each must end with an error that names the problem, in
// bounded memory (the child's peak RSS, from wait4), with the workspace's
// bytes unchanged. Prints a table; exits 1 when any case fails.
//
//   bench_hostile [--keep DIR]
#include "CliUnderTest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

extern char **environ;

namespace {

constexpr char kPassphrase[] = "bench-hostile-passphrase";

struct Outcome {
    int exitCode = -1;
    double peakMiB = 0;
    double seconds = 0;
    QByteArray err;
};

// Runs the CLI with stderr to a file; the child's own peak RSS comes back
// from wait4 (QProcess does not report it).
// The children's home: the bench never reads or writes the user's own.
QByteArray g_home;
// A process feeding a pipe case, stopped after it.
pid_t g_writer = 0;

Outcome runCli(const QStringList &arguments, const QString &errFile, const QByteArray &passphrase)
{
    std::vector<QByteArray> storage { cliUnderTest() };
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    QByteArray passEnv = "RELAYAUDIT_PASSPHRASE=" + passphrase;
    QByteArray keychain = "RELAYAUDIT_NO_KEYCHAIN=1";
    QByteArray home = "HOME=" + g_home;
    QByteArray data = "XDG_DATA_HOME=" + g_home + "/data";
    QByteArray config = "XDG_CONFIG_HOME=" + g_home + "/config";
    std::vector<char *> env { passEnv.data(), keychain.data(), home.data(), data.data(),
        config.data() };
    for (char **e = environ; *e; ++e) {
        if (std::strncmp(*e, "RELAYAUDIT_", 11) != 0 && std::strncmp(*e, "HOME=", 5) != 0
            && std::strncmp(*e, "XDG_DATA_HOME=", 14) != 0
            && std::strncmp(*e, "XDG_CONFIG_HOME=", 16) != 0)
            env.push_back(*e);
    }
    env.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray errPath = QFile::encodeName(errFile);
    posix_spawn_file_actions_addopen(
        &actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return outcome;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    outcome.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    outcome.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    QFile err(errFile);
    if (err.open(QIODevice::ReadOnly)) {
        // The error line, not the progress lines before it.
        const QList<QByteArray> lines = err.readAll().trimmed().split('\n');
        outcome.err = lines.constLast();
        for (const QByteArray &line : lines) {
            if (line.contains("error:"))
                outcome.err = line.mid(line.indexOf("error:") + 7);
        }
    }
    return outcome;
}

// A file of `size` bytes that starts with `head`; the rest is a hole (reads
// as zero bytes) unless `fill` is given.
bool writeFile(const QString &path, const QByteArray &head, qint64 size, char fill = '\0')
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(head);
    if (fill != '\0') {
        const QByteArray chunk(1 << 20, fill);
        for (qint64 left = size - head.size(); left > 0; left -= chunk.size())
            file.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
        return true;
    }
    return file.resize(size);
}

QByteArray digestOfTree(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &f : std::as_const(files)) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        hash.addData(f.toUtf8());
        hash.addData(file.readAll());
    }
    return hash.result().toHex();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 2;
    const QString dir = app.arguments().contains(QStringLiteral("--keep"))
        ? app.arguments().value(app.arguments().indexOf(QStringLiteral("--keep")) + 1)
        : tmp.path();
    QDir().mkpath(dir);
    const QString ws = dir + QStringLiteral("/ws");
    g_home = QFile::encodeName(dir + QStringLiteral("/home"));
    QDir().mkpath(QFile::decodeName(g_home));
    const QString errFile = dir + QStringLiteral("/stderr.txt");
    const auto path
        = [&](const char *name) -> QString { return dir + QLatin1Char('/') + QLatin1String(name); };
    const QStringList onWs { QStringLiteral("--workspace"), ws };

    if (runCli(onWs + QStringList { QStringLiteral("workspace"), QStringLiteral("init") }, errFile,
            kPassphrase)
            .exitCode
        != 0) {
        std::fputs("bench_hostile: cannot create the workspace\n", stderr);
        return 2;
    }
    constexpr qint64 kGiB = qint64 { 1 } << 30;

    struct Case {
        const char *name;
        std::function<bool()> prepare;
        QStringList arguments;
        const char *expected; // in the error message
        double maxMiB;
    };
    std::vector<Case> cases;
    cases.push_back({ "1 GiB Twilio page (import)",
        [&] { return writeFile(path("page.json"), "{\"messages\": [", kGiB); },
        onWs
            + QStringList { QStringLiteral("import"), QStringLiteral("twilio-json"),
                path("page.json") },
        "more than a saved page can be", 200 });
    cases.push_back({ "100 MB line (BulkExport .gz)",
        [&] {
            gzFile gz = gzopen(QFile::encodeName(path("day.json.gz")).constData(), "wb1");
            if (!gz)
                return false;
            gzputs(gz, "{\"sid\": \"");
            const QByteArray chunk(1 << 20, 'a');
            for (int i = 0; i < 100; ++i)
                gzwrite(gz, chunk.constData(), static_cast<unsigned>(chunk.size()));
            return gzclose(gz) == Z_OK;
        },
        onWs
            + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"),
                path("day.json.gz") },
        "longer than 1 MiB", 200 });
    cases.push_back({ "1 GiB BulkExport file, no newline",
        [&] { return writeFile(path("day.json"), "{\"sid\": \"", kGiB, 'b'); },
        onWs
            + QStringList { QStringLiteral("import"), QStringLiteral("twilio-bulk"),
                path("day.json") },
        "longer than 1 MiB", 200 });
    cases.push_back({ "JSON nested 1,000,000 deep (import)",
        [&] {
            return writeFile(
                path("deep.json"), "{\"messages\": " + QByteArray(1000000, '['), 1000013);
        },
        onWs
            + QStringList { QStringLiteral("import"), QStringLiteral("twilio-json"),
                path("deep.json") },
        "deep.json", 200 });
    cases.push_back({ "1 GiB audit-trail CSV (access import)",
        [&] {
            return writeFile(path("trail.csv"),
                "Date,User,Source Namespace Prefix,Action,Section,Delegate User\n", kGiB);
        },
        onWs
            + QStringList { QStringLiteral("access"), QStringLiteral("import"), path("trail.csv"),
                QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
                QStringLiteral("UTC") },
        "more than an audit-trail download", 200 });
    cases.push_back({ "1,000,000-column CSV row (access import)",
        [&] {
            QByteArray row = "Date,User,Source Namespace Prefix,Action,Section,Delegate User\n";
            row += QByteArray("x,").repeated(1000000) + "x\n";
            return writeFile(path("wide.csv"), row, row.size());
        },
        onWs
            + QStringList { QStringLiteral("access"), QStringLiteral("import"), path("wide.csv"),
                QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
                QStringLiteral("UTC") },
        "wide.csv", 400 });
    cases.push_back({ "REST page nested 1,000,000 deep (access import)",
        [&] {
            return writeFile(
                path("deep-page.json"), "{\"records\": " + QByteArray(1000000, '['), 1000012);
        },
        onWs
            + QStringList { QStringLiteral("access"), QStringLiteral("import"),
                path("deep-page.json"), QStringLiteral("--org"), QStringLiteral("Acme") },
        "deep-page.json", 200 });
    cases.push_back({ "1,000,000-column row (engine send-batch)",
        [&] {
            QByteArray csv = "gateway,to,sms_record_id,batch_id,source_record_id,text\n";
            csv += QByteArray("x,").repeated(1000000) + "x\n";
            return writeFile(path("batch.csv"), csv, csv.size());
        },
        onWs
            + QStringList { QStringLiteral("engine"), QStringLiteral("send-batch"),
                path("batch.csv") },
        "batch.csv", 400 });
    cases.push_back({ "1 GiB send batch (engine send-batch)",
        [&] {
            return writeFile(path("big-batch.csv"),
                "gateway,to,sms_record_id,batch_id,source_record_id,text\n", kGiB);
        },
        onWs
            + QStringList { QStringLiteral("engine"), QStringLiteral("send-batch"),
                path("big-batch.csv") },
        "more than a send batch can be", 200 });
    // A pipe has no size to check first: the reader must stop at its cap.
    cases.push_back({ "endless pipe (access import)",
        [&] {
            const QByteArray fifo = QFile::encodeName(path("endless.csv"));
            if (mkfifo(fifo.constData(), 0600) != 0)
                return false;
            const QByteArray script = "exec yes 'x,x,x,x,x,x' > '" + fifo + "'";
            char sh[] = "/bin/sh";
            char dashC[] = "-c";
            std::vector<char *> shArgs { sh, dashC, const_cast<char *>(script.constData()),
                nullptr };
            return posix_spawn(&g_writer, "/bin/sh", nullptr, nullptr, shArgs.data(), environ) == 0;
        },
        onWs
            + QStringList { QStringLiteral("access"), QStringLiteral("import"), path("endless.csv"),
                QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
                QStringLiteral("UTC") },
        "more than an audit-trail download", 300 });
    cases.push_back({ "1 GiB calendar (scheduler import-ics)",
        [&] { return writeFile(path("cal.ics"), "BEGIN:VCALENDAR\r\n", kGiB); },
        onWs
            + QStringList { QStringLiteral("scheduler"), QStringLiteral("import-ics"),
                QStringLiteral("ada"), path("cal.ics") },
        "larger than", 200 });

    std::printf("bench_hostile: %s\n", cliUnderTest().constData());
    std::printf("%-48s %4s %8s %7s  %s\n", "case", "exit", "peak MiB", "seconds",
        "error (first 200 characters)");
    int failures = 0;
    for (const Case &c : cases) {
        if (!c.prepare()) {
            std::printf("%-48s cannot write the input\n", c.name);
            ++failures;
            continue;
        }
        const Outcome o = runCli(c.arguments, errFile, kPassphrase);
        if (g_writer > 0) {
            ::kill(g_writer, SIGKILL);
            waitpid(g_writer, nullptr, 0);
            g_writer = 0;
        }
        const bool named = o.err.contains(c.expected);
        const bool ok = o.exitCode > 0 && named && o.peakMiB <= c.maxMiB;
        std::printf("%-48s %4d %8.1f %7.2f  %s%s\n", c.name, o.exitCode, o.peakMiB, o.seconds,
            o.err.left(200).constData(), ok ? "" : "   <-- FAIL");
        failures += ok ? 0 : 1;
        for (const char *f :
            { "page.json", "day.json.gz", "day.json", "deep.json", "trail.csv", "wide.csv",
                "deep-page.json", "batch.csv", "big-batch.csv", "cal.ics", "endless.csv" })
            QFile::remove(path(f));
    }

    // A wrong passphrase, a hundred times: refused each time (exit 3), and
    // not one byte of the workspace changes.
    const QByteArray before = digestOfTree(ws);
    int refused = 0;
    double worst = 0;
    for (int i = 0; i < 100; ++i) {
        const Outcome o
            = runCli(onWs + QStringList { QStringLiteral("workspace"), QStringLiteral("info") },
                errFile, QByteArray("wrong-passphrase-") + QByteArray::number(i));
        refused += o.exitCode == 3 ? 1 : 0;
        worst = qMax(worst, o.peakMiB);
    }
    const QByteArray after = digestOfTree(ws);
    const bool unchanged = !before.isEmpty() && before == after;
    std::printf("%-48s %4s %8.1f %7s  refused %d of 100; workspace bytes %s\n",
        "wrong passphrase x100", "3", worst, "-", refused,
        unchanged ? "unchanged (SHA-256 of every file)" : "CHANGED   <-- FAIL");
    failures += (refused == 100 && unchanged) ? 0 : 1;
    // The hostile imports above must not have changed it either.
    const Outcome verify
        = runCli(onWs + QStringList { QStringLiteral("retention"), QStringLiteral("verify") },
            errFile, kPassphrase);
    std::printf("%-48s %4d %8.1f %7.2f  %s\n", "retention verify afterwards", verify.exitCode,
        verify.peakMiB, verify.seconds,
        verify.exitCode == 0 ? "all checks pass" : "FAILED   <-- FAIL");
    failures += verify.exitCode == 0 ? 0 : 1;
    std::printf("%d case(s) failed\n", failures);
    return failures == 0 ? 0 : 1;
}
