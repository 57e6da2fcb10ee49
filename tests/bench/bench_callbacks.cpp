// Benchmark: signed Twilio status callbacks through the real `relayaudit-cli
// engine serve` over HTTP, as a provider sends them: each one verified
// (X-Twilio-Signature) and applied to the delivery log (group commit), on
// the workspace's SQLCipher file, and on PostgreSQL with 1 and 2 worker
// processes; beside it, in the same run, the minimal design the issue names
// (callback_peer.cjs: Node 20, the same signature check, SQLite in WAL mode
// with synchronous=FULL, acknowledged after a 5 ms group commit).
//
// The callbacks are not shaped for the engine: two or three per message
// (sent, delivered, and a tenth delivered twice, a provider's retry), in
// shuffled order over tens of thousands of messages, every one a distinct
// signed request. Two loads each:
//   - closed loop: N connections (32), each sends its next callback when
//     answered: callbacks answered per second, and the answer times;
//   - open loop: callbacks offered at a fixed rate (2,000/s) whatever the
//     server does, each timed from when it was due (no coordinated
//     omission): p50 and p99 time to answer.
// Prints figures and the ratios to the peer; asserts nothing about speed
// (exit 1 only when answers are not 200).
//
//   bench_callbacks [--messages 20000] [--connections 32] [--rate 2000]
//                   [--seconds 8] [--seed 1] [--no-peer] [--no-postgres]
//
// PostgreSQL needs a cluster (RELAYAUDIT_TEST_PG_DSN and RELAYAUDIT_TEST_PG_CA
// as tests/support/pg-cluster prints them; start it with
// PGCLUSTER_DURABLE=1, or every commit is flattered by fsync=off). The peer
// needs node and npm's better-sqlite3@12, installed on first use into
// $XDG_CACHE_HOME/relayaudit-bench (or says why it is skipped).
#include "Clock.h"
#include "Loopback.h"
#include "PgTestCluster.h"
#include "deliveries/DeliveryLog.h"
#include "engine/EngineStore.h"
#include "messages/WebhookSignatures.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <vector>

#include <fcntl.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sodium.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace relay::core;
using relay::test::freePort;
using relay::test::PgTestCluster;

namespace {

constexpr char kPassphrase[] = "bench-callbacks-passphrase";
constexpr char kPublicUrl[] = "http://relay.bench";

QString messageSid(int i)
{
    return QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0'));
}

DeliveryLog::Submitted submission(int i)
{
    DeliveryLog::Submitted s;
    s.smsRecordId = QStringLiteral("a0B8%1AAA").arg(i, 11, 10, QLatin1Char('0'));
    s.batchId = QStringLiteral("batch-%1").arg(i / 500);
    s.gateway = QStringLiteral("+1555010%1").arg(i % 20, 4, 10, QLatin1Char('0'));
    s.recipientHash = QStringLiteral("v1:%1").arg(i, 64, 16, QLatin1Char('0'));
    s.provider = QStringLiteral("twilio");
    s.providerMessageId = messageSid(i);
    s.segments = 1 + i % 3;
    s.status = QStringLiteral("queued");
    return s;
}

// Twilio's status callback as it posts it (the fields of a real one), signed
// over the public URL the workers were given.
QByteArray callbackRequest(int message, const char *status)
{
    const QString account = QString::fromLatin1(sandbox::SyntheticTraffic::accountSid());
    const QString sid = messageSid(message);
    const QString to = QStringLiteral("+1202555%1").arg(message % 10000, 4, 10, QLatin1Char('0'));
    const QString from = QStringLiteral("+1555010%1").arg(message % 20, 4, 10, QLatin1Char('0'));
    const QList<QPair<QString, QString>> params { { QStringLiteral("SmsSid"), sid },
        { QStringLiteral("SmsStatus"), QLatin1String(status) },
        { QStringLiteral("MessageStatus"), QLatin1String(status) }, { QStringLiteral("To"), to },
        { QStringLiteral("MessageSid"), sid }, { QStringLiteral("AccountSid"), account },
        { QStringLiteral("From"), from },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") } };
    const QString url = QLatin1String(kPublicUrl) + QStringLiteral("/twilio/status");
    const QByteArray signature
        = webhooks::twilioSignature(sandbox::SandboxServer::twilioAuthToken(), url, params);
    QByteArray body;
    for (const auto &[key, value] : params) {
        if (!body.isEmpty())
            body += '&';
        body += key.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    }
    return "POST /twilio/status HTTP/1.1\r\nHost: relay.bench\r\nContent-Type: "
           "application/x-www-form-urlencoded\r\nX-Twilio-Signature: "
        + signature + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Messages [first, first + count): sent, delivered, a tenth delivered
// twice; shuffled.
std::vector<QByteArray> callbacks(int first, int count, std::mt19937_64 &random)
{
    struct One {
        int message;
        const char *status;
    };
    std::vector<One> list;
    for (int i = first; i < first + count; ++i) {
        list.push_back({ i, "sent" });
        list.push_back({ i, "delivered" });
        if (random() % 10 == 0)
            list.push_back({ i, "delivered" });
    }
    std::shuffle(list.begin(), list.end(), random);
    std::vector<QByteArray> out;
    out.reserve(list.size());
    for (const One &one : list)
        out.push_back(callbackRequest(one.message, one.status));
    return out;
}

// A non-blocking connection without Nagle's delay (each request one write).
int connectTo(quint16 port)
{
    const int fd = relay::test::connectLoopback(port);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

struct Figures {
    qint64 answered = 0;
    qint64 ok = 0; // 200
    qint64 failed = 0; // another status, or a connection lost
    double seconds = 0;
    std::vector<double> ms; // answer times, sorted

    double perSecond() const { return seconds > 0 ? static_cast<double>(answered) / seconds : 0; }
    double at(double q) const
    {
        return ms.empty() ? -1
                          : ms.at(static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1)));
    }
};

// Sends requests[from, from + count) over `connections` keep-alive
// connections spread over `ports`. rate 0: closed loop; else each request is
// due at start + i / rate and timed from then.
Figures drive(const QList<quint16> &ports, const std::vector<QByteArray> &requests,
    std::size_t from, std::size_t count, int connections, double rate)
{
    struct Connection {
        int fd = -1;
        quint16 port = 0;
        QByteArray out;
        qsizetype written = 0;
        QByteArray in;
        bool busy = false;
        qint64 dueNs = 0;
    };
    std::vector<Connection> conns(static_cast<std::size_t>(connections));
    for (std::size_t i = 0; i < conns.size(); ++i) {
        conns[i].port = ports.at(static_cast<qsizetype>(i) % ports.size());
        conns[i].fd = connectTo(conns[i].port);
    }
    Figures figures;
    figures.ms.reserve(count);
    QElapsedTimer clock;
    clock.start();
    std::size_t issued = 0;
    const auto dueNs = [&](std::size_t i) {
        return rate > 0 ? static_cast<qint64>(static_cast<double>(i) * 1e9 / rate) : 0;
    };
    std::vector<pollfd> polls;
    std::vector<Connection *> polled;
    while (static_cast<std::size_t>(figures.answered) < count) {
        if (clock.elapsed() > 300000)
            break;
        const qint64 now = clock.nsecsElapsed();
        for (Connection &c : conns) {
            if (c.busy || issued >= count)
                continue;
            if (rate > 0 && dueNs(issued) > now)
                break;
            if (c.fd < 0)
                c.fd = connectTo(c.port);
            if (c.fd < 0)
                continue;
            c.out = requests[from + issued];
            c.written = 0;
            c.in.clear();
            c.busy = true;
            c.dueNs = rate > 0 ? dueNs(issued) : now;
            ++issued;
        }
        polls.clear();
        polled.clear();
        for (Connection &c : conns) {
            if (!c.busy)
                continue;
            polls.push_back(
                { c.fd, static_cast<short>(c.written < c.out.size() ? POLLOUT : POLLIN), 0 });
            polled.push_back(&c);
        }
        int waitMs = 50;
        if (rate > 0 && issued < count)
            waitMs = static_cast<int>(
                qBound<qint64>(qint64 { 0 }, (dueNs(issued) - now) / 1000000, qint64 { 50 }));
        if (polls.empty()) {
            if (waitMs > 0)
                ::usleep(static_cast<useconds_t>(waitMs) * 1000);
            continue;
        }
        if (::poll(polls.data(), polls.size(), waitMs) <= 0)
            continue;
        for (std::size_t i = 0; i < polls.size(); ++i) {
            Connection &c = *polled[i];
            if (polls[i].revents == 0)
                continue;
            const auto lost = [&] {
                ::close(c.fd);
                c.fd = -1;
                c.busy = false;
                ++figures.answered;
                ++figures.failed;
            };
            if (c.written < c.out.size()) {
                const ssize_t n = ::send(c.fd, c.out.constData() + c.written,
                    static_cast<size_t>(c.out.size() - c.written), MSG_NOSIGNAL);
                if (n < 0 && errno != EAGAIN)
                    lost();
                else if (n > 0)
                    c.written += n;
                continue;
            }
            char buffer[4096];
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN)) {
                lost();
                continue;
            }
            if (n < 0)
                continue;
            c.in.append(buffer, n);
            const qsizetype headEnd = c.in.indexOf("\r\n\r\n");
            if (headEnd < 0)
                continue;
            qint64 length = 0;
            const QByteArray head = c.in.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (c.in.size() < headEnd + 4 + length)
                continue;
            const int status = c.in.mid(9, 3).toInt();
            figures.ms.push_back(static_cast<double>(clock.nsecsElapsed() - c.dueNs) / 1e6);
            ++figures.answered;
            status == 200 ? ++figures.ok : ++figures.failed;
            c.busy = false;
            if (head.contains("connection: close")) {
                ::close(c.fd);
                c.fd = -1;
            }
        }
    }
    figures.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    for (Connection &c : conns) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    std::sort(figures.ms.begin(), figures.ms.end());
    return figures;
}

// A server process under test: started, waited for, stopped.
class Server
{
public:
    Server(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    bool waitListening()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAll();
            if (m_output.contains("Listening"))
                return true;
        }
        std::fprintf(stderr, "the server did not start:\n%s\n", m_output.right(2000).constData());
        return false;
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

struct Run {
    Figures closed;
    Figures open;
};

void print(const char *name, const Run &run)
{
    std::printf("%-28s %8.0f /s  (p50 %6.1f ms, p99 %6.1f ms)   %8.1f ms  %8.1f ms   %lld\n", name,
        run.closed.perSecond(), run.closed.at(0.5), run.closed.at(0.99), run.open.at(0.5),
        run.open.at(0.99), static_cast<long long>(run.closed.failed + run.open.failed));
}

// Both loads against servers already listening on `ports`.
Run measure(const QList<quint16> &ports, const std::vector<QByteArray> &closedLoad,
    const std::vector<QByteArray> &openLoad, int connections, double rate, int seconds)
{
    Run run;
    // A short warm-up (the first connections, the statements' first plans)
    // from the closed load's start, then the measured rest of it.
    const std::size_t warm = std::min<std::size_t>(500, closedLoad.size() / 10);
    (void)drive(ports, closedLoad, 0, warm, connections, 0);
    run.closed = drive(ports, closedLoad, warm, closedLoad.size() - warm, connections, 0);
    const std::size_t offered
        = std::min<std::size_t>(openLoad.size(), static_cast<std::size_t>(rate * seconds));
    run.open = drive(ports, openLoad, 0, offered, qMax(connections, 64), rate);
    return run;
}

QString peerModules()
{
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/relayaudit-bench");
}

// node and better-sqlite3@12 (installed on first use); empty with the reason
// in `why` when the peer cannot run.
QString peerReady(QString *why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *why = QStringLiteral("node is not installed");
        return {};
    }
    const QString dir = peerModules();
    if (!QFile::exists(dir + QStringLiteral("/node_modules/better-sqlite3/package.json"))) {
        QDir().mkpath(dir);
        std::printf("installing better-sqlite3@12 for the peer into %s ...\n", qPrintable(dir));
        std::fflush(stdout);
        QProcess npm;
        npm.setWorkingDirectory(dir);
        npm.setProcessChannelMode(QProcess::MergedChannels);
        npm.start(QStringLiteral("npm"),
            { QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                QStringLiteral("better-sqlite3@12") });
        if (!npm.waitForFinished(600000) || npm.exitCode() != 0) {
            *why = QStringLiteral("npm could not install better-sqlite3@12: ")
                + QString::fromUtf8(npm.readAll().right(400));
            return {};
        }
    }
    return node;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages whose callbacks make the closed load."), QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
        QStringLiteral("Connections of the closed load."), QStringLiteral("n"),
        QStringLiteral("32"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
        QStringLiteral("Callbacks per second of the open load."), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Length of the open load."), QStringLiteral("s"), QStringLiteral("8"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption noPeerOption(
        QStringLiteral("no-peer"), QStringLiteral("Leave out the Node.js peer."));
    const QCommandLineOption noPgOption(
        QStringLiteral("no-postgres"), QStringLiteral("Leave out PostgreSQL."));
    parser.addOptions({ messagesOption, connectionsOption, rateOption, secondsOption, seedOption,
        noPeerOption, noPgOption });
    parser.process(app);
    const int messages = qBound(1000, parser.value(messagesOption).toInt(), 5'000'000);
    const int connections = qBound(1, parser.value(connectionsOption).toInt(), 1000);
    const double rate = qBound(1.0, parser.value(rateOption).toDouble(), 100000.0);
    const int seconds = qBound(1, parser.value(secondsOption).toInt(), 600);
    std::mt19937_64 random(parser.value(seedOption).toULongLong());
    // Messages for the open load follow the closed load's.
    const int openMessages = static_cast<int>(rate * seconds / 2.1) + 1;
    const std::vector<QByteArray> closedLoad = callbacks(0, messages, random);
    const std::vector<QByteArray> openLoad = callbacks(messages, openMessages, random);
    const int total = messages + openMessages;
    std::printf("bench_callbacks: %zu signed Twilio callbacks for %d messages (shuffled, a tenth "
                "twice) in a closed loop over %d connections; then %.0f/s offered for %d s\n",
        closedLoad.size(), messages, connections, rate, seconds);

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("RELAYAUDIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("RELAYAUDIT_PEPPER"), QString(64, QLatin1Char('5')));
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
        QString::fromLatin1(sandbox::SyntheticTraffic::accountSid()));
    env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"),
        QString::fromLatin1(sandbox::SandboxServer::twilioAuthToken()));
    SystemClock clock;
    const auto serveArgs = [](quint16 port) {
        return QStringList { QStringLiteral("engine"), QStringLiteral("serve"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--public-url"), QLatin1String(kPublicUrl) };
    };
    // A thousand submits a transaction (each holds its message's lock until
    // the commit, and PostgreSQL's lock table is finite).
    const auto seed = [&](SqlConnection &db, DeliveryLog &log) {
        for (int from = 0; from < total; from += 1000) {
            auto tx = db.transaction();
            if (!tx)
                return false;
            for (int i = from; i < std::min(total, from + 1000); ++i) {
                if (auto logged = log.recordSubmit(submission(i)); !logged) {
                    std::fprintf(stderr, "%s\n", qPrintable(logged.error().detail));
                    return false;
                }
            }
            if (!tx->commit())
                return false;
        }
        return true;
    };
    std::printf(
        "\n%-28s %-42s %-20s %s\n", "", "closed loop: answered", "at the offered rate:", "not 200");
    std::printf("%-28s %-42s %-8s %-10s\n", "", "", "p50", "p99");
    bool failed = false;

    // SQLCipher: the workspace, one process.
    Run sqlite;
    {
        const QString ws = home.filePath(QStringLiteral("ws"));
        WorkspaceMeta meta = WorkspaceMeta::forPassphrase();
        auto key = Workspace::passphraseKey(meta, SecretBytes::fromUtf8(kPassphrase));
        auto workspace = key ? Workspace::create(ws, meta, key.value(), clock)
                             : Result<std::unique_ptr<Workspace>>(key.error());
        if (!workspace || !seed(workspace.value()->sql(), workspace.value()->deliveries())) {
            std::fprintf(stderr, "the workspace could not be made\n");
            return 2;
        }
        workspace.value().reset();
        const quint16 port = freePort();
        Server server(QStringLiteral(RELAYAUDIT_CLI_PATH),
            QStringList { QStringLiteral("--workspace"), ws } + serveArgs(port), env);
        if (!server.waitListening())
            return 2;
        sqlite = measure({ port }, closedLoad, openLoad, connections, rate, seconds);
        print("SQLCipher, 1 worker", sqlite);
        failed |= sqlite.closed.failed + sqlite.open.failed > 0;
    }

    // PostgreSQL: a database each for 1 and 2 workers, filled alike.
    Run pgRuns[3];
    PgTestCluster pg;
    if (parser.isSet(noPgOption)) {
        std::printf("PostgreSQL: left out (--no-postgres)\n");
    } else if (!pg.available()) {
        std::printf("PostgreSQL: skipped, %s\n", PgTestCluster::unavailable());
    } else {
        for (int workers : { 1, 2 }) {
            const QString database = pg.createDatabase(QStringLiteral("_cb%1").arg(workers));
            const QString dsn = pg.dsn(QStringLiteral("relay_engine"), database);
            {
                auto store = EngineStore::open(
                    dsn, SecretBytes::fromUtf8(PgTestCluster::enginePassword().toUtf8()), clock);
                if (!store)
                    std::fprintf(stderr, "%s\n", qPrintable(store.error().detail));
                if (!store || !seed(store.value()->connection(), store.value()->deliveries())) {
                    std::fprintf(stderr, "the database could not be filled\n");
                    return 2;
                }
            }
            QProcessEnvironment pgEnv = env;
            pgEnv.insert(QStringLiteral("RELAYAUDIT_ENGINE_DSN"), dsn);
            pgEnv.insert(
                QStringLiteral("RELAYAUDIT_ENGINE_DB_PASSWORD"), PgTestCluster::enginePassword());
            QList<quint16> ports;
            std::vector<std::unique_ptr<Server>> servers;
            for (int w = 0; w < workers; ++w) {
                ports.append(freePort());
                servers.push_back(std::make_unique<Server>(
                    QStringLiteral(RELAYAUDIT_CLI_PATH), serveArgs(ports.back()), pgEnv));
            }
            for (auto &server : servers) {
                if (!server->waitListening())
                    return 2;
            }
            pgRuns[workers] = measure(ports, closedLoad, openLoad, connections, rate, seconds);
            print(workers == 1 ? "PostgreSQL, 1 worker" : "PostgreSQL, 2 workers", pgRuns[workers]);
            failed |= pgRuns[workers].closed.failed + pgRuns[workers].open.failed > 0;
        }
    }

    // The peer: the same callbacks against the minimal design.
    Run peer;
    if (parser.isSet(noPeerOption)) {
        std::printf("Node.js peer: left out (--no-peer)\n");
    } else {
        QString why;
        const QString node = peerReady(&why);
        if (node.isEmpty()) {
            std::printf("Node.js peer: skipped, %s\n", qPrintable(why));
        } else {
            QProcessEnvironment peerEnv = env;
            peerEnv.insert(
                QStringLiteral("NODE_PATH"), peerModules() + QStringLiteral("/node_modules"));
            const quint16 port = freePort();
            Server server(node,
                { QStringLiteral(RELAYAUDIT_SOURCE_DIR "/tests/bench/callback_peer.cjs"),
                    QString::number(port), home.filePath(QStringLiteral("peer.db")),
                    QString::fromLatin1(sandbox::SandboxServer::twilioAuthToken()),
                    QLatin1String(kPublicUrl) },
                peerEnv);
            if (!server.waitListening())
                return 2;
            peer = measure({ port }, closedLoad, openLoad, connections, rate, seconds);
            print("Node.js 20 + SQLite WAL peer", peer);
            failed |= peer.closed.failed + peer.open.failed > 0;
        }
    }
    if (peer.closed.perSecond() > 0) {
        std::printf("\nanswered per second, engine / peer: SQLCipher %.2f",
            sqlite.closed.perSecond() / peer.closed.perSecond());
        if (pgRuns[1].closed.perSecond() > 0)
            std::printf(", PostgreSQL 1 worker %.2f, 2 workers %.2f",
                pgRuns[1].closed.perSecond() / peer.closed.perSecond(),
                pgRuns[2].closed.perSecond() / peer.closed.perSecond());
        std::printf("\n");
    }
    if (pgRuns[1].closed.perSecond() > 0)
        std::printf("PostgreSQL, 2 workers / 1: %.2f\n",
            pgRuns[2].closed.perSecond() / pgRuns[1].closed.perSecond());
    return failed ? 1 : 0;
}
