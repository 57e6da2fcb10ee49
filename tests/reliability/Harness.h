// Shared by the reliability harnesses (crash_consistency, fault_injection):
// running the real relayaudit-cli against a private HOME with the sandbox's
// credentials, and the canonical digests of a workspace's state. Header-only;
// each harness is one executable.
#pragma once

#include "CliUnderTest.h"
#include "Clock.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <functional>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace reliability {

// Runs the event loop for ms (the in-process sandbox answers meanwhile).
inline void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A port nothing listens on right now, on 127.0.0.1; 0 if none.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Run {
    int code = -1; // exit code; -1: did not exit normally
    bool crashed = false; // died of a signal (our SIGKILL)
    bool killed = false; // we sent SIGKILL while it was running
    bool timedOut = false;
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
    bool ok() const { return code == 0; }
    QString why() const
    {
        if (timedOut)
            return QStringLiteral("timed out");
        if (crashed)
            return QStringLiteral("died of a signal");
        return QStringLiteral("exit %1: %2")
            .arg(code)
            .arg(QString::fromUtf8(err.trimmed().right(400)));
    }
};

// The environment of every child (set up by setUpEnvironment), the run's
// temporary root, a clean settings file, and the passphrase a Call uses
// unless it names another.
inline QProcessEnvironment g_env;
inline QString g_root;
inline QString g_settings;
inline QString g_passphrase;

struct Call {
    QString ws;
    QStringList args;
    QString passphrase = g_passphrase;
    QString newPassphrase;
    QString tmp; // TMPDIR of the run (retention verify looks there)
    int killAfterMs = -1; // SIGKILL this long after the start, if still running
    int timeoutMs = 300000;
};

// The children's environment: a private HOME, XDG dirs and TMPDIR under
// root, no keychain, a fixed pepper, and the sandbox's provider and
// Salesforce credentials. Nothing of the user's own environment that names a
// secret is passed on.
inline void setUpEnvironment(const QString &root)
{
    using relay::core::sandbox::SandboxServer;
    g_env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "RELAYAUDIT_PASSPHRASE", "RELAYAUDIT_NEW_PASSPHRASE",
             "SALESFORCE_JWT_KEY_FILE", "SALESFORCE_USERNAME" })
        g_env.remove(QLatin1String(name));
    const auto set
        = [](const char *name, const QString &value) { g_env.insert(QLatin1String(name), value); };
    set("RELAYAUDIT_NO_KEYCHAIN", QStringLiteral("1"));
    set("HOME", root + QStringLiteral("/home"));
    set("XDG_DATA_HOME", root + QStringLiteral("/home/data"));
    set("XDG_CONFIG_HOME", root + QStringLiteral("/home/config"));
    set("TMPDIR", root + QStringLiteral("/tmp"));
    set("LANG", QStringLiteral("C.UTF-8"));
    set("LC_ALL", QStringLiteral("C.UTF-8"));
    set("RELAYAUDIT_PEPPER", QString(64, QLatin1Char('7')));
    set("TWILIO_ACCOUNT_SID",
        QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid()));
    set("TWILIO_AUTH_TOKEN", QString::fromLatin1(SandboxServer::twilioAuthToken()));
    set("TELNYX_API_KEY", QString::fromLatin1(SandboxServer::telnyxApiKey()));
    set("TELNYX_PUBLIC_KEY",
        QString::fromLatin1(relay::core::sandbox::SandboxMessages::telnyxPublicKey()));
    set("SALESFORCE_CLIENT_ID", QString::fromLatin1(SandboxServer::salesforceClientId()));
    set("SALESFORCE_CLIENT_SECRET", QString::fromLatin1(SandboxServer::salesforceClientSecret()));
    set("SALESFORCE_REFRESH_TOKEN", QString::fromLatin1(SandboxServer::salesforceRefreshToken()));
}

// Runs the CLI through QProcess; the event loop keeps running meanwhile (the
// sandbox answers from this process).
inline Run cli(const Call &call)
{
    QProcess process;
    QProcessEnvironment env = g_env;
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), call.passphrase);
    if (!call.newPassphrase.isEmpty())
        env.insert(QStringLiteral("RELAYAUDIT_NEW_PASSPHRASE"), call.newPassphrase);
    if (!call.tmp.isEmpty())
        env.insert(QStringLiteral("TMPDIR"), call.tmp);
    process.setProcessEnvironment(env);
    process.setProgram(cliUnderTestPath());
    process.setArguments(QStringList { QStringLiteral("--workspace"), call.ws } + call.args);
    process.setStandardInputFile(QProcess::nullDevice());

    Run run;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QElapsedTimer timer;
    process.start();
    if (!process.waitForStarted(10000)) {
        run.err = "failed to start: " + process.errorString().toUtf8();
        return run;
    }
    timer.start();
    if (call.killAfterMs >= 0) {
        QTimer::singleShot(call.killAfterMs, &process, [&] {
            if (process.state() == QProcess::Running) {
                run.killed = true;
                process.kill(); // SIGKILL
            }
        });
    }
    QTimer::singleShot(call.timeoutMs, &process, [&] {
        if (process.state() == QProcess::Running) {
            run.timedOut = true;
            process.kill();
        }
    });
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    run.ms = timer.elapsed();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(5000);
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.code = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline Run cli(const QString &ws, const QStringList &args, const QString &passphrase = g_passphrase,
    const QString &tmp = {})
{
    Call call;
    call.ws = ws;
    call.args = args;
    call.passphrase = passphrase;
    call.tmp = tmp;
    return cli(call);
}

// A CLI process whose peak RSS is measured. Its VmHWM (the high-water mark of
// its resident set since exec, from /proc/PID/status) is sampled every time
// it is polled, every 20 ms while it is waited for, so the figure misses at
// most the last 20 ms before exit. (wait4's ru_maxrss will not do: Linux
// folds the address space a child had before exec into it, and a
// posix_spawn child shares this process's until then, so it reports at least
// this harness's own peak.) stdout and stderr go to files; the event loop
// runs while it is waited for.
class Child
{
public:
    Child() = default;
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;
    ~Child()
    {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
    }

    // outBase: the files outBase.out and outBase.err.
    bool start(const Call &call, const QString &outBase)
    {
        m_outPath = outBase + QStringLiteral(".out");
        m_errPath = outBase + QStringLiteral(".err");
        std::vector<QByteArray> storage { cliUnderTest(), QByteArrayLiteral("--workspace"),
            QFile::encodeName(call.ws) };
        for (const QString &a : call.args)
            storage.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &s : storage)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        QProcessEnvironment environment = g_env;
        environment.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), call.passphrase);
        if (!call.newPassphrase.isEmpty())
            environment.insert(QStringLiteral("RELAYAUDIT_NEW_PASSPHRASE"), call.newPassphrase);
        if (!call.tmp.isEmpty())
            environment.insert(QStringLiteral("TMPDIR"), call.tmp);
        std::vector<QByteArray> envStorage;
        for (const QString &e : environment.toStringList())
            envStorage.push_back(e.toLocal8Bit());
        std::vector<char *> envp;
        for (QByteArray &e : envStorage)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        const QByteArray outPath = QFile::encodeName(m_outPath);
        const QByteArray errPath = QFile::encodeName(m_errPath);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(
            &actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(
            &actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        m_timer.start();
        const int spawned
            = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0) {
            m_pid = 0;
            return false;
        }
        return true;
    }

    // Reaps the child if it has ended; true while it runs.
    bool running()
    {
        if (m_pid <= 0 || m_reaped)
            return false;
        sampleRss();
        int status = 0;
        const pid_t got = ::waitpid(m_pid, &status, WNOHANG);
        if (got == 0)
            return true;
        m_reaped = true;
        m_result.ms = m_timer.elapsed();
        if (got == m_pid) {
            m_result.crashed = WIFSIGNALED(status);
            m_result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        return false;
    }

    // Reads VmHWM now (it only grows); the largest reading is the peak.
    void sampleRss()
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
        if (!status.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                m_peakKiB = qMax(m_peakKiB, line.mid(6).trimmed().split(' ').value(0).toLong());
                break;
            }
        }
    }

    void signal(int sig)
    {
        if (m_pid > 0 && !m_reaped) {
            if (sig == SIGKILL)
                m_result.killed = true;
            ::kill(m_pid, sig);
        }
    }

    // Runs the event loop until the child ends (SIGKILL when it still runs
    // timeoutMs after this call).
    Run wait(int timeoutMs)
    {
        if (m_pid > 0 && running()) {
            QEventLoop loop;
            QTimer poll;
            QElapsedTimer waited;
            waited.start();
            poll.setInterval(20);
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (!running())
                    loop.quit();
                else if (waited.elapsed() > timeoutMs && !m_result.timedOut) {
                    m_result.timedOut = true;
                    signal(SIGKILL);
                }
            });
            poll.start();
            loop.exec();
        }
        m_result.out = out();
        m_result.err = readAllOf(m_errPath);
        if (m_pid <= 0)
            m_result.err = "failed to start " + cliUnderTest();
        return m_result;
    }

    QByteArray out() const { return readAllOf(m_outPath); }
    double peakMiB() const { return static_cast<double>(m_peakKiB) / 1024.0; }
    qint64 elapsedMs() const { return m_timer.elapsed(); }

private:
    static QByteArray readAllOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    pid_t m_pid = 0;
    bool m_reaped = false;
    long m_peakKiB = 0;
    QString m_outPath;
    QString m_errPath;
    QElapsedTimer m_timer;
    Run m_result;
};

// One measured run to its end: the Run and the child's peak RSS in MiB.
inline Run measuredCli(const Call &call, const QString &outBase, double *peakMiB)
{
    Child child;
    if (!child.start(call, outBase)) {
        Run run;
        run.err = "failed to start " + cliUnderTest();
        return run;
    }
    const Run run = child.wait(call.timeoutMs);
    if (peakMiB)
        *peakMiB = child.peakMiB();
    return run;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QFile::setPermissions(
        to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileInfoList files = QDir(from).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (!QFile::copy(info.filePath(), target)
            || !QFile::setPermissions(target, info.permissions()))
            return false;
    }
    return true;
}

struct Digest {
    QByteArray text;
    QString error; // the digest could not be taken
};

// Sorted lines of a CSV export, optionally without the first column.
inline QByteArray sortedLines(QByteArray text, bool dropFirstColumn)
{
    text.replace("\r\n", "\n");
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (dropFirstColumn) {
        for (QByteArray &line : lines)
            line = line.mid(line.indexOf(',') + 1);
    }
    std::sort(lines.begin(), lines.end());
    return lines.join('\n') + '\n';
}

inline bool exportCsv(const QString &ws, const QStringList &scope, const QString &passphrase,
    bool dropPullId, QByteArray *out, QString *error)
{
    const QString file = ws + QStringLiteral(".export.csv");
    QFile::remove(file);
    const Run run = cli(ws,
        QStringList { QStringLiteral("export") } + scope
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), file },
        passphrase);
    if (!run.ok()) {
        *error = QStringLiteral("export: ") + run.why();
        return false;
    }
    *out = sortedLines(readAll(file), dropPullId);
    QFile::remove(file);
    return true;
}

inline bool pullsJson(const QString &ws, const QString &passphrase, QJsonArray *out, QString *error)
{
    const Run run = cli(ws, { QStringLiteral("pulls"), QStringLiteral("--json") }, passphrase);
    if (!run.ok()) {
        *error = QStringLiteral("pulls: ") + run.why();
        return false;
    }
    *out = QJsonDocument::fromJson(run.out).array();
    return true;
}

inline QByteArray canonicalPulls(const QJsonArray &pulls)
{
    QByteArray text;
    for (const QJsonValue &v : pulls) {
        const QJsonObject p = v.toObject();
        QJsonObject kept;
        for (const char *key :
            { "id", "provider", "client", "from", "to", "state", "records", "segments" })
            kept.insert(QLatin1String(key), p.value(QLatin1String(key)));
        text += QJsonDocument(kept).toJson(QJsonDocument::Compact) + '\n';
    }
    return text;
}

// The first line where two digests differ, for the report.
inline QString firstDifference(const QByteArray &want, const QByteArray &got)
{
    const QList<QByteArray> a = want.split('\n');
    const QList<QByteArray> b = got.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i), y = b.value(i);
        if (x != y) {
            return QStringLiteral("line %1 of %2/%3: reference '%4', got '%5'")
                .arg(i + 1)
                .arg(a.size())
                .arg(b.size())
                .arg(QString::fromUtf8(x.left(160)), QString::fromUtf8(y.left(160)));
        }
    }
    return QStringLiteral("(identical)");
}

inline QString shortHash(const QByteArray &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
}

inline double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? static_cast<double>(values.at(n / 2))
                 : static_cast<double>(values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Opens a workspace in this process (after the CLI is done with it).
inline relay::core::Result<std::unique_ptr<relay::core::Workspace>> openWorkspace(
    const QString &ws, const QString &passphrase)
{
    using namespace relay::core;
    static SystemClock clock;
    auto meta = Workspace::inspect(ws);
    if (!meta)
        return meta.error();
    auto key = Workspace::passphraseKey(meta.value(), SecretBytes::fromUtf8(passphrase.toUtf8()));
    if (!key)
        return key.error();
    return Workspace::open(ws, key.value(), clock);
}

// Every cell of every table, decrypted: cell(where, bytes). What could not
// be read, as lines.
inline QStringList forEachCell(relay::core::Workspace &workspace,
    const std::function<void(const QString &where, const QByteArray &bytes)> &cell)
{
    using namespace relay::core;
    Database &db = workspace.database();
    auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    if (!tables || !tables->each([&] { names << tables->text(0); }))
        return { QStringLiteral("workspace: cannot list its tables") };
    tables = Statement();
    QStringList problems;
    for (const QString &table : std::as_const(names)) {
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!rows) {
            problems << QStringLiteral("workspace: cannot read ") + table;
            continue;
        }
        qint64 row = 0;
        const Status read = rows->each([&] {
            ++row;
            for (int c = 0; c < rows->columnCount(); ++c)
                cell(QStringLiteral("workspace.db %1 row %2 column %3").arg(table).arg(row).arg(c),
                    rows->blob(c));
        });
        if (!read)
            problems << QStringLiteral("workspace: cannot read ") + table;
    }
    return problems;
}

} // namespace reliability
