// Hostile clients against the real `relayaudit-cli engine serve`: a 30 MB
// unsigned body (declared, then chunked), and 1,500 connections that
// trickle a header line every two seconds while signed callbacks keep
// arriving. Prints the server's memory and the callbacks' answer times;
// exits 1 when the server reads a hostile body whole or stops answering.
//
//   bench_server [--slow 1500] [--seconds 15]
#include "Loopback.h"
#include "messages/WebhookSignatures.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using relay::test::connectLoopback;
using relay::test::freePort;

constexpr char kPassphrase[] = "bench-server-passphrase";

// Sends bytes (ignoring a server that stops reading) and returns the status
// of the answer, 0 when the connection closed without one.
int request(quint16 port, const QByteArray &head, qint64 bodyBytes, bool chunked, double *ms)
{
    QElapsedTimer timer;
    timer.start();
    const int fd = connectLoopback(port);
    if (fd < 0)
        return -1;
    const timeval timeout { 5, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::send(fd, head.constData(), static_cast<size_t>(head.size()), MSG_NOSIGNAL);
    const QByteArray block(64 * 1024, 'x');
    const QByteArray chunkHead = QByteArray::number(block.size(), 16) + "\r\n";
    for (qint64 sent = 0; sent < bodyBytes; sent += block.size()) {
        if (chunked
            && ::send(
                   fd, chunkHead.constData(), static_cast<size_t>(chunkHead.size()), MSG_NOSIGNAL)
                < 0)
            break;
        if (::send(fd, block.constData(), static_cast<size_t>(block.size()), MSG_NOSIGNAL) < 0)
            break;
        if (chunked && ::send(fd, "\r\n", 2, MSG_NOSIGNAL) < 0)
            break;
    }
    char answer[256] = {};
    const ssize_t n = ::recv(fd, answer, sizeof answer - 1, 0);
    ::close(fd);
    *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return n > 12 && std::strncmp(answer, "HTTP/1.", 7) == 0 ? std::atoi(answer + 9) : 0;
}

double statusKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(std::strlen(field)))
                .trimmed()
                .split(' ')
                .first()
                .toDouble();
    }
    return -1;
}

QByteArray signedCallback(const QString &url, int n)
{
    const QString account
        = QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid());
    const QString sid = QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0'));
    const QList<QPair<QString, QString>> params { { QStringLiteral("AccountSid"), account },
        { QStringLiteral("MessageSid"), sid },
        { QStringLiteral("MessageStatus"), QStringLiteral("delivered") } };
    const QByteArray signature = relay::core::webhooks::twilioSignature(
        relay::core::sandbox::SandboxServer::twilioAuthToken(), url, params);
    const QByteArray body = "AccountSid=" + account.toLatin1() + "&MessageSid=" + sid.toLatin1()
        + "&MessageStatus=delivered";
    return "POST /twilio/status HTTP/1.1\r\nHost: " + QUrl(url).authority().toLatin1()
        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: " + signature
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int slowWanted = 1500;
    int seconds = 15;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--slow"))
            slowWanted = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toInt();
    }
    // The slow clients need a descriptor each; the server keeps the usual limit.
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    const rlim_t serverLimit = std::min<rlim_t>(files.rlim_cur, 1024);
    files.rlim_cur = files.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &files);

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
        QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid()));
    env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
        QString::fromLatin1(relay::core::sandbox::SandboxServer::twilioAuthToken()));
    const QString ws = home.filePath(QStringLiteral("ws"));
    QProcess init;
    init.setProcessEnvironment(env);
    init.start(QStringLiteral(RELAYAUDIT_CLI_PATH),
        { QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("init") });
    if (!init.waitForFinished(60000) || init.exitCode() != 0) {
        std::fprintf(stderr, "bench_server: workspace init failed\n");
        return 1;
    }
    const quint16 port = freePort();
    QProcess server;
    server.setProcessEnvironment(env);
    server.setProgram(QStringLiteral("/bin/sh"));
    server.setArguments(
        { QStringLiteral("-c"), QStringLiteral("ulimit -n %1; exec \"$0\" \"$@\"").arg(serverLimit),
            QStringLiteral(RELAYAUDIT_CLI_PATH), QStringLiteral("--workspace"), ws,
            QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port) });
    server.start();
    if (!server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench_server: engine serve did not start\n");
        return 1;
    }
    const qint64 pid = server.processId();
    const QString url = QStringLiteral("http://127.0.0.1:%1/twilio/status").arg(port);
    bool failed = false;

    std::printf("engine serve, pid %lld, %llu open files allowed\n", static_cast<long long>(pid),
        static_cast<unsigned long long>(serverLimit));
    std::printf("%-46s %8.1f MiB\n", "server RSS at rest", statusKiB(pid, "VmRSS:") / 1024);
    // Peak RSS from here on (the workspace's key derivation came before).
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    clear.close();
    double ms = 0;
    const QByteArray declared
        = "POST /twilio/status HTTP/1.1\r\nHost: x\r\nContent-Type: "
          "application/x-www-form-urlencoded\r\nContent-Length: 31457280\r\n\r\n";
    int code = request(port, declared, 30 << 20, false, &ms);
    std::printf("%-46s HTTP %d in %.1f ms\n", "30 MB body, declared, unsigned", code, ms);
    failed |= code != 413;
    const QByteArray chunked
        = "POST /twilio/status HTTP/1.1\r\nHost: x\r\nContent-Type: "
          "application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
    code = request(port, chunked, 30 << 20, true, &ms);
    std::printf("%-46s HTTP %d in %.1f ms\n", "30 MB body, chunked, unsigned", code, ms);
    failed |= code != 413 && code != 0;
    const double peak = statusKiB(pid, "VmHWM:") / 1024;
    const double after = statusKiB(pid, "VmRSS:") / 1024;
    std::printf("%-46s %8.1f MiB peak, %.1f MiB after\n", "server RSS around the 30 MB bodies",
        peak, after);
    failed |= peak > 200;

    // Slow clients: each sends a request line, then a header line every 2 s.
    std::vector<int> slow;
    for (int i = 0; i < slowWanted; ++i) {
        const int fd = connectLoopback(port);
        if (fd < 0)
            break;
        ::send(fd, "POST /twilio/status HTTP/1.1\r\n", 30, MSG_NOSIGNAL);
        slow.push_back(fd);
    }
    std::printf("%-46s %zu\n", "slow connections opened", slow.size());
    std::vector<double> answers;
    int unanswered = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 nextTrickle = 0;
    int n = 0;
    while (clock.elapsed() < seconds * 1000) {
        if (clock.elapsed() >= nextTrickle) {
            for (int &fd : slow) {
                if (fd >= 0 && ::send(fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL | MSG_DONTWAIT) < 0) {
                    ::close(fd);
                    fd = -1; // the server closed it
                }
            }
            nextTrickle = clock.elapsed() + 2000;
        }
        code = request(port, signedCallback(url, ++n), 0, false, &ms);
        if (code == 200)
            answers.push_back(ms);
        else
            ++unanswered;
        QThread::msleep(100);
    }
    const auto closed = std::count(slow.begin(), slow.end(), -1);
    for (int fd : slow) {
        if (fd >= 0)
            ::close(fd);
    }
    std::sort(answers.begin(), answers.end());
    const auto at = [&](double q) {
        return answers.empty()
            ? -1.0
            : answers.at(static_cast<std::size_t>(q * static_cast<double>(answers.size() - 1)));
    };
    std::printf("%-46s %zu answered 200, %d not; p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        "signed callbacks while they are held", answers.size(), unanswered, at(0.5), at(0.99),
        answers.empty() ? -1.0 : answers.back());
    std::printf("%-46s %lld of %zu\n", "slow connections the server closed",
        static_cast<long long>(closed), slow.size());
    std::printf("%-46s %8.1f MiB\n", "server RSS at the end", statusKiB(pid, "VmRSS:") / 1024);
    failed |= unanswered > 0 || answers.empty() || at(0.5) > 1000;
    server.terminate();
    server.waitForFinished(10000);
    std::printf("%s\n", failed ? "FAILED" : "ok");
    return failed ? 1 : 0;
}
