// The whole message path, end to end, through the real relayaudit-cli
// against the sandbox: several client orgs (each its own Salesforce
// sandbox), outgoing SMS records brought by the package's callout (a share
// of callouts posted twice) or found only by the sweep, replies through
// Twilio and Telnyx (a share delivered twice by the provider) with one org
// down for the middle third of them, the status write-back with one org's
// credentials revoked, and hostile requests in between. Afterwards:
// - every outgoing record was sent exactly once, and written back to its
//   own org (the orgs share SMS record ids, so a record written to the wrong
//   org shows);
// - every reply exists exactly once as an SMS record in its own org;
// - nothing waits: no write-back pending, no reply pending;
// - no number, text, source record id or secret is in any file, any
//   decrypted cell or any line the CLI printed.
//
// With --postgres the engine's stores are on a fresh PostgreSQL database
// and --workers `engine serve` processes (2 unless told) take the traffic
// behind a round-robin proxy, as behind nginx; --kills SIGKILLs a random
// worker at random moments (restarted at once). Then what was acknowledged
// must hold: every record sent exactly once (a send a killed worker was
// submitting is listed as uncertain and released when the provider has no
// such message, as an operator would), every status callback answered 2xx
// applied, every reply answered 200 an SMS record exactly once, and no
// number or text in any cell of the database.
//
//   message_path [--orgs 3] [--outgoing 1000] [--swept 200] [--inbound 500] [--seed S] [--keep]
//                [--postgres [--workers 2] [--kills 3]]
//
// Prints its figures; exits 1 on a failed check, 2 when it cannot run.

#include "Harness.h"
#include "PgTestCluster.h"
#include "deliveries/DeliveryLog.h"
#include "deliveries/SmsFields.h"
#include "engine/EngineStore.h"
#include "messages/WebhookSignatures.h"
#include "sandbox/PackageCallout.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>
#include <memory>
#include <random>

using relay::core::SmsFields;
using relay::core::sandbox::PackageCallout;
using relay::core::sandbox::SandboxMessages;
using relay::core::sandbox::SandboxServer;
using relay::core::sandbox::SyntheticTraffic;
using namespace reliability;

namespace {

constexpr char kPassphrase[] = "Message-Path-Passphrase-7c1d";
constexpr char kText[] = "E2ETEXT"; // in every message text, outgoing and incoming
constexpr char kSource[] = "003E2E"; // every source record id starts so

QStringList g_failures;

void check(bool ok, const QString &what)
{
    if (!ok)
        g_failures << what;
}

// Each org: its Salesforce sandbox, two gateways (Twilio and Telnyx) with
// their Gateway records, its intake secret and its callout.
struct Org {
    QString name;
    std::unique_ptr<SandboxServer> salesforce;
    QString twilioGateway, telnyxGateway;
    QString twilioRecord, telnyxRecord;
    QByteArray secret;
    std::unique_ptr<PackageCallout> callout;
    QHash<QString, QString> outgoing; // SMS record id -> recipient
    QSet<QString> incoming; // provider message ids of the replies to it
};

QString gatewayRecord(int n)
{
    return QStringLiteral("a0G5e00000%1").arg(n, 5, 10, QLatin1Char('0'));
}

// The national digits of every number the run used: the leak scan looks
// for each in every run of ten digits.
QSet<QByteArray> g_numbers;
const QList<QByteArray> kSecrets { SandboxServer::twilioAuthToken(), SandboxServer::telnyxApiKey(),
    SandboxServer::salesforceClientSecret(), SandboxServer::salesforceRefreshToken(),
    QByteArray(kPassphrase) };
qint64 g_scannedBytes = 0;

QString national(const QString &e164)
{
    return e164.mid(2);
}

void scan(const QString &where, const QByteArray &bytes, const QList<QByteArray> &secrets)
{
    g_scannedBytes += bytes.size();
    QStringList found;
    if (bytes.contains(kText))
        found << QStringLiteral("a message text");
    if (bytes.contains(kSource))
        found << QStringLiteral("a source record id");
    for (const QByteArray &secret : secrets) {
        if (bytes.contains(secret)) {
            found << QStringLiteral("a secret (%1…)").arg(QString::fromLatin1(secret.left(4)));
            break;
        }
    }
    for (qsizetype i = 0; i + 10 <= bytes.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(bytes[i])))
            continue;
        qsizetype end = i;
        while (end < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[end])))
            ++end;
        for (qsizetype at = i; at + 10 <= end; ++at) {
            if (g_numbers.contains(bytes.mid(at, 10))) {
                found << QStringLiteral("a phone number (…%1)")
                             .arg(QString::fromLatin1(bytes.mid(at + 6, 4)));
                break;
            }
        }
        i = end;
    }
    for (const QString &f : std::as_const(found))
        g_failures << QStringLiteral("leak: %1 in %2").arg(f, where);
}

// A raw request to the engine; its status and body.
QPair<int, QByteArray> post(QNetworkAccessManager &network, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

// Runs the event loop until `done` holds or timeoutMs pass; whether it held.
// The reverse proxy in front of several workers, as nginx's upstream with
// round-robin: each new connection goes to the next worker, and one that
// refuses it (killed, not back yet) is skipped for the one after.
class RoundRobin : public QObject
{
public:
    explicit RoundRobin(QList<quint16> ports) : m_ports(std::move(ports)), m_taken(m_ports.size())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client, 0);
        });
    }
    quint16 start()
    {
        return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
    }
    // Connections each worker took.
    const QList<qint64> &taken() const { return m_taken; }

private:
    void forward(QTcpSocket *client, int tries)
    {
        if (tries >= m_ports.size()) {
            client->abort();
            client->deleteLater();
            return;
        }
        const int which = m_next++ % static_cast<int>(m_ports.size());
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, which] {
            ++m_taken[which];
            upstream->setProperty("up", true);
            upstream->write(client->readAll());
            connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] {
                client->disconnectFromHost();
                client->deleteLater();
            });
            connect(client, &QTcpSocket::disconnected, upstream,
                [upstream] { upstream->disconnectFromHost(); });
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
            [this, client, upstream, tries](QAbstractSocket::SocketError) {
                if (upstream->property("up").toBool()) {
                    // The worker died under a request: the caller sees the
                    // connection go, as behind a proxy that lost its upstream.
                    client->abort();
                    return;
                }
                // Refused: the next worker takes the connection.
                upstream->disconnect();
                upstream->deleteLater();
                forward(client, tries + 1);
            });
        upstream->connectToHost(QHostAddress::LocalHost, m_ports[which]);
    }

    QTcpServer m_server;
    QList<quint16> m_ports;
    QList<qint64> m_taken;
    int m_next = 0;
};

template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        pause(50);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption orgsOption(QStringLiteral("orgs"), QStringLiteral("Client orgs."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption outgoingOption(QStringLiteral("outgoing"),
        QStringLiteral("Outgoing records brought by the callout."), QStringLiteral("n"),
        QStringLiteral("1000"));
    const QCommandLineOption sweptOption(QStringLiteral("swept"),
        QStringLiteral("Outgoing records only the sweep finds."), QStringLiteral("n"),
        QStringLiteral("200"));
    const QCommandLineOption inboundOption(QStringLiteral("inbound"),
        QStringLiteral("Replies through Twilio and Telnyx."), QStringLiteral("n"),
        QStringLiteral("500"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
        QStringLiteral("The engine's stores on PostgreSQL (RELAYAUDIT_TEST_PG_DSN)."));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
        QStringLiteral("engine serve processes (with --postgres; default 2)."), QStringLiteral("n"),
        QStringLiteral("2"));
    const QCommandLineOption killsOption(QStringLiteral("kills"),
        QStringLiteral("SIGKILLs of a random worker at random moments (with --postgres)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({ orgsOption, outgoingOption, sweptOption, inboundOption, seedOption,
        keepOption, postgresOption, workersOption, killsOption });
    parser.process(app);
    const int orgCount = qBound(2, parser.value(orgsOption).toInt(), 9);
    const int outgoing = qBound(1, parser.value(outgoingOption).toInt(), 9000);
    const int swept = qBound(0, parser.value(sweptOption).toInt(), 9000);
    const int inbound = qBound(3, parser.value(inboundOption).toInt(), 9000);
    const quint64 seed = parser.value(seedOption).toULongLong();
    const bool postgres = parser.isSet(postgresOption);
    const int workerCount = postgres ? qBound(1, parser.value(workersOption).toInt(), 4) : 1;
    const int kills = postgres ? qBound(0, parser.value(killsOption).toInt(), 20) : 0;
    std::mt19937_64 random(seed);
    const auto chance
        = [&random](double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; };

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(keepOption));
    const QString root = temp.path();
    setUpEnvironment(root);
    g_root = root;
    g_passphrase = QString::fromLatin1(kPassphrase);
    for (const char *dir : { "/home/data", "/home/config", "/tmp", "/outputs" })
        QDir().mkpath(root + QLatin1String(dir));
    const QString ws = root + QStringLiteral("/ws");
    const QString tmp = root + QStringLiteral("/tmp");
    std::printf("message_path: %s\n%d orgs, %d outgoing through the callout, %d only the sweep "
                "finds, %d replies; seed %llu\n",
        cliUnderTest().constData(), orgCount, outgoing, swept, inbound,
        static_cast<unsigned long long>(seed));
    // PostgreSQL: a fresh database made by the package's role script; every
    // engine command reaches it through the environment, as a deployment's
    // environment file gives it.
    relay::test::PgTestCluster pg;
    QString pgDsn;
    if (postgres) {
        if (!pg.available()) {
            std::fprintf(stderr, "%s\n", relay::test::PgTestCluster::unavailable());
            return 2;
        }
        const QString database = pg.createDatabase(QStringLiteral("_path"));
        if (database.isEmpty()) {
            std::fprintf(stderr, "the test database could not be made\n");
            return 2;
        }
        pgDsn = pg.dsn(QStringLiteral("relay_engine"), database);
        g_env.insert(QStringLiteral("RELAYAUDIT_ENGINE_DSN"), pgDsn);
        g_env.insert(QStringLiteral("RELAYAUDIT_ENGINE_DB_PASSWORD"),
            relay::test::PgTestCluster::enginePassword());
        std::printf("on PostgreSQL (%s), %d workers behind a round-robin proxy, %d SIGKILLs\n",
            qPrintable(database), workerCount, kills);
    }
    QElapsedTimer total;
    total.start();

    const QDate day(2026, 11, 1);
    SandboxServer provider(seed, 0, day, day);
    if (provider.start() == 0) {
        std::fprintf(stderr, "the sandbox cannot listen\n");
        return 2;
    }
    SandboxMessages::Behaviour quick;
    quick.minDelayMs = 5;
    quick.maxDelayMs = 60;
    provider.messages().setBehaviour(quick);
    const QString account = QString::fromLatin1(SyntheticTraffic::accountSid());
    const SmsFields f;
    QList<QByteArray> secrets = kSecrets;
    if (postgres)
        secrets << relay::test::PgTestCluster::enginePassword().toUtf8();

    // The workspace and the orgs, as an operator sets them up.
    QList<Run> runs;
    const auto step = [&](const QStringList &args, int wantExit = 0) {
        Run run = cli(ws, args, g_passphrase, tmp);
        const QString label = QStringLiteral("`%1`").arg(args.join(QLatin1Char(' ')).left(80));
        scan(label + QStringLiteral(" output"), run.out + run.err, secrets);
        check(run.code == wantExit,
            QStringLiteral("%1: wanted exit %2, got %3").arg(label).arg(wantExit).arg(run.why()));
        return run;
    };
    step({ QStringLiteral("workspace"), QStringLiteral("init") });
    step({ QStringLiteral("engine"), QStringLiteral("region"), QStringLiteral("US") });
    std::vector<Org> orgs(static_cast<std::size_t>(orgCount));
    for (int k = 0; k < orgCount; ++k) {
        Org &org = orgs[static_cast<std::size_t>(k)];
        org.name = QStringLiteral("org%1").arg(k + 1);
        org.salesforce = std::make_unique<SandboxServer>(seed + 100 + k, 0, day, day);
        if (org.salesforce->start() == 0) {
            std::fprintf(stderr, "the sandbox cannot listen\n");
            return 2;
        }
        const QString url = org.salesforce->baseUrl();
        step({ QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("add"), org.name,
            QStringLiteral("--instance-url"), url, QStringLiteral("--login-url"), url });
        org.twilioGateway = QStringLiteral("+1555010%1").arg(k * 10 + 1, 4, 10, QLatin1Char('0'));
        org.telnyxGateway = QStringLiteral("+1555010%1").arg(k * 10 + 2, 4, 10, QLatin1Char('0'));
        org.twilioRecord = gatewayRecord(k * 10 + 1);
        org.telnyxRecord = gatewayRecord(k * 10 + 2);
        for (const QString &record : { org.twilioRecord, org.telnyxRecord })
            org.salesforce->addSalesforceRecord(
                f.gatewayObject, { { f.gatewayInactiveField, false } }, record);
        step({ QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            org.twilioGateway, QStringLiteral("--provider"), QStringLiteral("twilio"),
            QStringLiteral("--account"), account, QStringLiteral("--org"), org.name,
            QStringLiteral("--record-id"), org.twilioRecord });
        step({ QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            org.telnyxGateway, QStringLiteral("--provider"), QStringLiteral("telnyx"),
            QStringLiteral("--org"), org.name, QStringLiteral("--record-id"), org.telnyxRecord });
        org.secret = QStringLiteral("intake-secret-%1-%2-0123456789abcdef")
                         .arg(org.name)
                         .arg(seed)
                         .toLatin1();
        secrets << org.secret;
        g_env.insert(QString::fromLatin1(
                         QByteArray("RELAYAUDIT_INTAKE_SECRET_") + org.name.toUpper().toLatin1()),
            QString::fromLatin1(org.secret));
    }
    // A third gateway of the first org, which the org marks Inactive.
    Org &first = orgs.front();
    const QString inactiveGateway = QStringLiteral("+15550100091");
    const QString inactiveRecord = gatewayRecord(91);
    first.salesforce->addSalesforceRecord(
        f.gatewayObject, { { f.gatewayInactiveField, true } }, inactiveRecord);
    step({ QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
        inactiveGateway, QStringLiteral("--provider"), QStringLiteral("twilio"),
        QStringLiteral("--account"), account, QStringLiteral("--org"), first.name,
        QStringLiteral("--record-id"), inactiveRecord });

    // The outgoing records, as users and Flows create them: Queued. The
    // orgs' SMS record ids overlap (each org numbers its own), so a record
    // routed to the wrong org lands on another org's record.
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString old = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs);
    QHash<QString, QList<PackageCallout::Record>> toCall; // org -> its callout's records
    const auto queue = [&](int i, bool viaCallout) {
        Org &org = orgs[static_cast<std::size_t>(i % orgCount)];
        const bool telnyx = (i / orgCount) % 2 == 1;
        const QString id = QStringLiteral("a0B5e%1%2")
                               .arg(viaCallout ? 0 : 1)
                               .arg(i / orgCount, 9, 10, QLatin1Char('0'));
        const QString number
            = (viaCallout ? QStringLiteral("+1202555") : QStringLiteral("+1212555"))
            + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString text = QStringLiteral("%1 %2 your appointment is at 10:%3")
                                 .arg(QLatin1String(kText))
                                 .arg(i)
                                 .arg(i % 60, 2, 10, QLatin1Char('0'));
        const QString gateway = telnyx ? org.telnyxRecord : org.twilioRecord;
        org.salesforce->addSalesforceRecord(f.object,
            { { f.statusField, QString::fromLatin1(SmsFields::kQueued) },
                { f.directionField, QString::fromLatin1(SmsFields::kOutgoing) },
                { f.gatewayField, gateway }, { f.phoneField, number }, { f.messageField, text },
                { QStringLiteral("CreatedDate"), viaCallout ? created : old } },
            id);
        org.outgoing.insert(id, number);
        g_numbers.insert(national(number).toLatin1());
        if (viaCallout)
            toCall[org.name].append(
                { id, QStringLiteral("batch-%1").arg(i / 100), gateway, number, text,
                    QStringLiteral("%1%2")
                        .arg(QLatin1String(kSource))
                        .arg(i, 9, 10, QLatin1Char('0')) });
    };
    for (int i = 0; i < outgoing; ++i)
        queue(i, true);
    for (int i = 0; i < swept; ++i)
        queue(i, false);

    // engine serve: intake, sweep every 2 s (records an hour old: the
    // swept ones; the callout's are not old enough for it), replies fetched
    // again 2 s after an org could not take them.
    // On PostgreSQL the workers stand behind the proxy, and the providers
    // call the proxy's address (--public-url); the sweep also takes the
    // callout's records after 20 s, so that it races the callouts, and
    // finds what a killed worker had taken but not sent.
    QList<quint16> ports;
    for (int w = 0; w < workerCount; ++w)
        ports.append(freePort());
    if (ports.contains(0)) {
        std::fprintf(stderr, "no free port\n");
        return 2;
    }
    RoundRobin proxy(ports);
    const quint16 proxyPort = postgres ? proxy.start() : ports.front();
    const QString engine = QStringLiteral("http://127.0.0.1:%1").arg(proxyPort);
    std::vector<std::unique_ptr<Child>> workers(static_cast<std::size_t>(workerCount));
    QList<Run> ended; // the runs of killed workers
    int starts = 0;
    const auto startWorker = [&](int w) {
        Call call;
        call.ws = ws;
        call.tmp = tmp;
        call.args = { QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(ports[w]), QStringLiteral("--base-url"),
            provider.baseUrl(), QStringLiteral("--sweep-every"), QStringLiteral("2"),
            QStringLiteral("--sweep-older-than"),
            postgres ? QStringLiteral("20") : QStringLiteral("600"),
            QStringLiteral("--retry-every"), QStringLiteral("2") };
        if (postgres)
            call.args << QStringLiteral("--public-url") << engine + QLatin1Char('/');
        auto child = std::make_unique<Child>();
        if (!child->start(call, root + QStringLiteral("/outputs/serve-%1-%2").arg(w).arg(++starts)))
            return false;
        Child *started = child.get();
        workers[static_cast<std::size_t>(w)] = std::move(child);
        return waitFor([&] { return started->out().contains("Listening:") || !started->running(); },
                   30000)
            && started->running();
    };
    for (int w = 0; w < workerCount; ++w) {
        if (!startWorker(w)) {
            const Run dead = workers[static_cast<std::size_t>(w)]->wait(1000);
            std::fprintf(stderr, "engine serve did not come up: %s\n%s\n", qPrintable(dead.why()),
                dead.out.constData());
            return 2;
        }
    }
    // The SIGKILLs: the first while the sends are under way (the callouts
    // start now, and the first sends in a few hundred ms), the others at
    // random moments of the next 45 s (replies, the org's outage); each a
    // random worker, started again at once (the proxy skips its port while
    // it comes up).
    int killed = 0;
    bool stopping = false;
    for (int k = 0; k < kills; ++k) {
        const int at = k == 0 ? std::uniform_int_distribution<int>(300, 2500)(random)
                              : std::uniform_int_distribution<int>(3000, 45000)(random);
        const int w = std::uniform_int_distribution<int>(0, workerCount - 1)(random);
        QTimer::singleShot(at, &app, [&, w, at] {
            if (stopping)
                return;
            Child &victim = *workers[static_cast<std::size_t>(w)];
            victim.signal(SIGKILL);
            ended.append(victim.wait(5000));
            ++killed;
            std::printf("SIGKILL worker %d at %.1f s\n", w, at / 1000.0);
            if (!startWorker(w))
                g_failures
                    << QStringLiteral("worker %1 did not come back after its SIGKILL").arg(w);
        });
    }
    const QUrl intake(engine + QStringLiteral("/salesforce/sms"));

    // The callouts: batches of 25 per org, 10 % posted twice.
    QElapsedTimer phase;
    phase.start();
    qint64 callouts = 0;
    for (Org &org : orgs) {
        org.callout
            = std::make_unique<PackageCallout>(org.name, org.secret, intake, seed + callouts);
        const QList<PackageCallout::Record> records = toCall.value(org.name);
        for (qsizetype at = 0; at < records.size(); at += 25) {
            org.callout->post(records.mid(at, 25));
            ++callouts;
            pause(5);
        }
    }
    const qint64 wanted = qint64(outgoing) + swept;
    const auto sent = [&provider] {
        qint64 n = 0;
        for (int count : provider.messages().createdFor())
            n += count;
        return n;
    };
    // A send a killed worker was submitting is uncertain: the operator
    // checks the provider's log (here, the sandbox's) and releases those it
    // does not have; the others stay sent once, and unlogged.
    QSet<QString> uncertainKept; // "org/id"
    qint64 released = 0;
    const auto settleUncertain = [&] {
        const Run listed = step({ QStringLiteral("engine"), QStringLiteral("release-send"),
            QStringLiteral("--list"), QStringLiteral("--json") });
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array()) {
            const QString orgName = v[QStringLiteral("org")].toString();
            const QString id = v[QStringLiteral("sms_record_id")].toString();
            const auto owner = std::find_if(
                orgs.begin(), orgs.end(), [&](const Org &o) { return o.name == orgName; });
            const QString number = owner == orgs.end() ? QString() : owner->outgoing.value(id);
            if (number.isEmpty()) {
                g_failures << QStringLiteral("an uncertain send of an unknown record: %1/%2")
                                  .arg(orgName, id);
            } else if (provider.messages().createdFor().value(number) == 0) {
                step({ QStringLiteral("engine"), QStringLiteral("release-send"), id,
                    QStringLiteral("--org"), orgName });
                ++released;
            } else {
                uncertainKept.insert(orgName + QLatin1Char('/') + id);
            }
        }
    };
    QElapsedTimer sinceRelease;
    sinceRelease.start();
    const bool allSent = waitFor(
        [&] {
            if (postgres && sinceRelease.elapsed() > 5000) {
                settleUncertain();
                sinceRelease.restart();
            }
            return sent() >= wanted && std::all_of(orgs.begin(), orgs.end(), [](const Org &o) {
                return o.callout->idle();
            });
        },
        postgres ? 180000 : 120000);
    check(allSent,
        QStringLiteral("only %1 of %2 outgoing records were sent within %3 s")
            .arg(sent())
            .arg(wanted)
            .arg(postgres ? 180 : 120));
    qint64 postings = 0, twice = 0, accepted = 0, duplicates = 0, refused = 0;
    for (const Org &org : orgs) {
        const PackageCallout::Answers &a = org.callout->answers();
        postings += a.callouts;
        accepted += a.accepted;
        duplicates += a.duplicate;
        refused += a.refused;
        // A callout to a worker killed under it gets no answer (the package
        // posts again later, or the sweep finds its records).
        check(a.byStatus.value(200) + (kills > 0 ? a.byStatus.value(0) : 0) == a.callouts,
            QStringLiteral("%1: %2 of %3 callouts answered 200")
                .arg(org.name)
                .arg(a.byStatus.value(200))
                .arg(a.callouts));
    }
    twice = postings - callouts;
    // On PostgreSQL the sweep races the callouts: a record is taken by one
    // or the other, and the other says "duplicate"; a callout to a worker
    // killed under it has no answer at all (its records were swept, and
    // each sent once, as checked below).
    check(kills > 0 || (postgres ? accepted + duplicates >= outgoing : accepted == outgoing),
        QStringLiteral("the callouts had %1 records accepted, not %2").arg(accepted).arg(outgoing));
    check(refused == 0, QStringLiteral("the callouts had %1 records refused").arg(refused));
    std::printf("outgoing: %lld callouts (%lld posted twice): %lld accepted, %lld duplicates; "
                "%lld sent in %.1f s\n",
        static_cast<long long>(callouts), static_cast<long long>(twice),
        static_cast<long long>(accepted), static_cast<long long>(duplicates),
        static_cast<long long>(sent()), phase.elapsed() / 1000.0);
    if (postgres)
        std::printf("uncertain sends (a worker killed while submitting): %lld released and sent "
                    "again (the provider had none), %lld left as sent (the provider had it)\n",
            static_cast<long long>(released), static_cast<long long>(uncertainKept.size()));

    // Hostile and wrong requests; each gets its refusal, nothing is sent.
    QNetworkAccessManager network;
    const auto signedHeaders = [&](const Org &org, const QByteArray &ts, const QByteArray &body) {
        return QList<QPair<QByteArray, QByteArray>> { { "Content-Type", "application/json" },
            { "X-Relay-Org", org.name.toUtf8() }, { "X-Relay-Timestamp", ts },
            { "X-Relay-Signature", relay::core::webhooks::intakeSignature(org.secret, ts, body) } };
    };
    const auto oneRecord = [&](const QString &id, const QString &gateway, const QString &number) {
        g_numbers.insert(national(number).toLatin1());
        return PackageCallout::body({ { id, {}, gateway, number,
            QStringLiteral("%1 hostile").arg(QLatin1String(kText)), {} } });
    };
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    {
        // A callout under another org's secret; one five minutes stale; a
        // replay of a genuine one; one through the inactive gateway.
        const QByteArray body = oneRecord(
            QStringLiteral("a0B5e9000000001"), first.twilioRecord, QStringLiteral("+14155550001"));
        auto headers = signedHeaders(orgs[1], now, body);
        headers[1].second = first.name.toUtf8();
        const auto forged = post(network, intake, headers, body);
        check(forged.first == 403,
            QStringLiteral("a callout signed with another org's secret got %1").arg(forged.first));
        const QByteArray stale = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 400);
        const auto late = post(network, intake, signedHeaders(first, stale, body), body);
        check(late.first == 403, QStringLiteral("a stale callout got %1").arg(late.first));
        // The genuine one is a record of the org's, and is written back.
        const QString genuineId = QStringLiteral("a0B5e9000000002");
        const QString genuineNumber = QStringLiteral("+14155550002");
        first.salesforce->addSalesforceRecord(f.object,
            { { f.statusField, QString::fromLatin1(SmsFields::kQueued) },
                { f.directionField, QString::fromLatin1(SmsFields::kOutgoing) },
                { f.gatewayField, first.twilioRecord }, { f.phoneField, genuineNumber } },
            genuineId);
        first.outgoing.insert(genuineId, genuineNumber);
        const QByteArray genuineBody = oneRecord(genuineId, first.twilioRecord, genuineNumber);
        const auto genuine
            = post(network, intake, signedHeaders(first, now, genuineBody), genuineBody);
        check(genuine.first == 200 && genuine.second.contains("\"accepted\":1"),
            QStringLiteral("a genuine callout got %1").arg(genuine.first));
        const auto replay
            = post(network, intake, signedHeaders(first, now, genuineBody), genuineBody);
        check(replay.first == 403, QStringLiteral("a replayed callout got %1").arg(replay.first));
        const QByteArray stoppedBody = oneRecord(
            QStringLiteral("a0B5e9000000003"), inactiveRecord, QStringLiteral("+14155550003"));
        const auto stopped
            = post(network, intake, signedHeaders(first, now, stoppedBody), stoppedBody);
        check(stopped.first == 200 && stopped.second.contains("Inactive"),
            QStringLiteral("a callout through an inactive gateway got %1: %2")
                .arg(stopped.first)
                .arg(QString::fromUtf8(stopped.second.left(300))));
        const auto malformed = post(
            network, intake, signedHeaders(first, now, "{\"records\":7}"), "{\"records\":7}");
        check(malformed.first == 400,
            QStringLiteral("a malformed callout got %1").arg(malformed.first));
        // Incoming-message webhooks: unsigned, and signed without a sender.
        const auto unsignedTwilio = post(network, QUrl(engine + QStringLiteral("/twilio/inbound")),
            { { "Content-Type", "application/x-www-form-urlencoded" } },
            "MessageSid=SMx&From=%2B14155550004&To=%2B15550100001&Body=E2ETEXT");
        check(unsignedTwilio.first == 403,
            QStringLiteral("an unsigned Twilio inbound got %1").arg(unsignedTwilio.first));
        const QList<QPair<QString, QString>> noSender { { QStringLiteral("AccountSid"), account },
            { QStringLiteral("MessageSid"), QStringLiteral("SM00000000000000000000000000000001") },
            { QStringLiteral("To"), first.twilioGateway },
            { QStringLiteral("Body"), QStringLiteral("x") } };
        const QUrl inboundUrl(engine + QStringLiteral("/twilio/inbound"));
        QUrlQuery form;
        for (const auto &[name, value] : noSender)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        const auto senderless = post(network, inboundUrl,
            { { "Content-Type", "application/x-www-form-urlencoded" },
                { "X-Twilio-Signature",
                    relay::core::webhooks::twilioSignature(
                        SandboxServer::twilioAuthToken(), inboundUrl.toString(), noSender) } },
            form.toString(QUrl::FullyEncoded).toUtf8());
        check(senderless.first == 400,
            QStringLiteral("a Twilio inbound without a sender got %1").arg(senderless.first));
        const auto unsignedTelnyx = post(network, QUrl(engine + QStringLiteral("/telnyx/webhook")),
            { { "Content-Type", "application/json" } },
            "{\"data\":{\"event_type\":\"message.received\"}}");
        check(unsignedTelnyx.first == 403,
            QStringLiteral("an unsigned Telnyx webhook got %1").arg(unsignedTelnyx.first));
    }
    const auto sentTo = [&provider](const QString &number) {
        return provider.messages().createdFor().value(number);
    };
    pause(500);
    check(sentTo(QStringLiteral("+14155550001")) == 0, QStringLiteral("a forged callout was sent"));
    check(sentTo(QStringLiteral("+14155550002")) == 1,
        QStringLiteral("the genuine callout was sent %1 times")
            .arg(sentTo(QStringLiteral("+14155550002"))));
    check(sentTo(QStringLiteral("+14155550003")) == 0,
        QStringLiteral("a record through an inactive gateway was sent"));

    // The replies: half through Twilio, half through Telnyx, 10 % delivered
    // twice by their provider; the second org is down for the middle third.
    phase.restart();
    Org &downOrg = orgs[1];
    qint64 deliveries = 0;
    QElapsedTimer outage;
    // The provider posts a moment after it takes a message, and the engine
    // relays it a moment after it answers: the outage starts and ends only
    // once what came before has reached the org.
    const auto settle = [&] {
        const SandboxMessages &m = provider.messages();
        waitFor(
            [&] {
                qint64 answered = 0;
                for (qint64 n : m.inboundAnswers())
                    answered += n;
                return m.inboundPosted() >= deliveries && answered >= deliveries;
            },
            30000);
        pause(1000);
    };
    for (int i = 0; i < inbound; ++i) {
        if (i == inbound / 3) {
            settle();
            downOrg.salesforce->setSalesforceDown(true);
            outage.start();
        }
        if (i == 2 * inbound / 3) {
            // Longer than the Salesforce client rides out by retrying
            // (five attempts over about 8 s).
            settle();
            pause(qMax<int>(0, 12000 - static_cast<int>(outage.elapsed())));
            downOrg.salesforce->setSalesforceDown(false);
        }
        Org &org = orgs[static_cast<std::size_t>(i % orgCount)];
        const bool telnyx = (i / orgCount) % 2 == 1;
        const QString from = QStringLiteral("+1305555%1").arg(i, 4, 10, QLatin1Char('0'));
        g_numbers.insert(national(from).toLatin1());
        const int twiceByProvider = chance(0.10) ? 2 : 1;
        deliveries += twiceByProvider;
        const QString id = provider.messages().receive(
            telnyx ? QStringLiteral("telnyx") : QStringLiteral("twilio"),
            telnyx ? QString() : account,
            QUrl(engine
                + (telnyx ? QStringLiteral("/telnyx/webhook") : QStringLiteral("/twilio/inbound"))),
            from, telnyx ? org.telnyxGateway : org.twilioGateway,
            QStringLiteral("%1 reply %2: yes, see you then").arg(QLatin1String(kText)).arg(i),
            twiceByProvider);
        org.incoming.insert(id);
        // Spread over about 30 s, so that the outage spans a third of the
        // traffic rather than one burst of it.
        pause(qMax(1, 30000 / inbound));
    }
    const auto incomingIn = [&f](const Org &org) {
        QHash<QString, int> byMessage;
        for (const QJsonObject &record : org.salesforce->salesforceRecords()) {
            if (record.value(f.directionField).toString() == QLatin1String(SmsFields::kIncoming))
                ++byMessage[record.value(f.messageIdField).toString()];
        }
        return byMessage;
    };
    // What must arrive: every reply, or with SIGKILLs those the engine
    // answered 200 (a reply posted to a worker killed under it was never
    // acknowledged; Twilio does not post it again).
    const auto expectedIn = [&](const Org &org) {
        if (kills == 0)
            return org.incoming;
        return QSet<QString>(org.incoming).intersect(provider.messages().inboundAcknowledged());
    };
    const bool allIn = waitFor(
        [&] {
            return std::all_of(orgs.begin(), orgs.end(), [&](const Org &org) {
                const QHash<QString, int> in = incomingIn(org);
                const QSet<QString> expected = expectedIn(org);
                return std::all_of(expected.begin(), expected.end(),
                    [&in](const QString &id) { return in.contains(id); });
            });
        },
        120000);
    check(allIn, QStringLiteral("not every reply became an SMS record within 120 s"));
    std::printf("replies: %lld posted by the providers (%lld answered 200), every one an SMS "
                "record after %.1f s\n",
        static_cast<long long>(provider.messages().inboundPosted()),
        static_cast<long long>(provider.messages().inboundAnswers().value(200)),
        phase.elapsed() / 1000.0);

    // Let the last status callbacks land, then stop as Ctrl-C would.
    pause(1500);
    stopping = true;
    QList<Run> stopped;
    for (auto &worker : workers)
        worker->signal(SIGINT);
    for (auto &worker : workers)
        stopped.append(worker->wait(30000));
    static const QRegularExpression pending(
        QStringLiteral("SMS records created, (\\d+) left pending"));
    qint64 heldBack = 0;
    for (const Run &served : std::as_const(stopped)) {
        check(served.code == 0, QStringLiteral("engine serve: ") + served.why());
        heldBack += pending.match(QString::fromUtf8(served.out)).captured(1).toLongLong();
    }
    for (const Run &run : std::as_const(stopped) + ended)
        scan(QStringLiteral("`engine serve` output"), run.out + run.err, secrets);
    // The outage held replies back, and they were fetched again.
    std::printf("replies held back by %s's outage and fetched again: %lld\n",
        qPrintable(downOrg.name), static_cast<long long>(heldBack));
    if (kills == 0)
        check(heldBack > 0, QStringLiteral("the outage held no reply back"));
    if (!postgres) {
        const Run &served = stopped.front();
        check(
            served.out.contains(
                QStringLiteral("Intake: %1 SMS records taken to send").arg(outgoing + 1).toUtf8()),
            QStringLiteral("engine serve's intake count is off: ")
                + QString::fromUtf8(served.out.right(600)));
        check(served.out.contains(
                  QStringLiteral("Sweep: %1 queued %2 the callout missed, sent.\n")
                      .arg(swept)
                      .arg(swept == 1 ? QStringLiteral("record") : QStringLiteral("records"))
                      .toUtf8()),
            QStringLiteral("engine serve's sweep count is off: ")
                + QString::fromUtf8(served.out.right(600)));
    } else {
        const QList<qint64> &taken = proxy.taken();
        QStringList byWorker;
        for (qint64 n : taken)
            byWorker.append(QString::number(n));
        std::printf("the proxy's connections by worker: %s; %d SIGKILLs\n",
            qPrintable(byWorker.join(QStringLiteral(", "))), killed);
        check(std::all_of(taken.begin(), taken.end(), [](qint64 n) { return n > 0; }),
            QStringLiteral("a worker took no connection"));
    }

    // The write-back, first with the third org's credentials revoked: that
    // org is held back and named, the others are written.
    Org &revoked = orgs[2 % orgs.size()];
    revoked.salesforce->setSalesforceRevoked(true);
    const Run held = step({ QStringLiteral("engine"), QStringLiteral("writeback") }, 1);
    check(held.err.contains(revoked.name.toUtf8()) && held.err.contains("invalid_grant"),
        QStringLiteral("the write-back did not name the revoked org: ")
            + QString::fromUtf8(held.err));
    const auto kept = [&uncertainKept](const Org &org, const QString &id) {
        return uncertainKept.contains(org.name + QLatin1Char('/') + id);
    };
    // Written: the message id is in the record (a status may leave Status
    // as it was: a message still queued when its callback was lost).
    const auto written = [&f, &kept](const Org &org) {
        int n = 0;
        for (auto it = org.outgoing.constBegin(); it != org.outgoing.constEnd(); ++it) {
            const QJsonObject record = org.salesforce->salesforceRecords().value(it.key());
            n += !kept(org, it.key()) && !record.value(f.messageIdField).toString().isEmpty();
        }
        return n;
    };
    const auto writable = [&kept](const Org &org) {
        int n = 0;
        for (auto it = org.outgoing.constBegin(); it != org.outgoing.constEnd(); ++it)
            n += !kept(org, it.key());
        return n;
    };
    check(written(revoked) == 0,
        QStringLiteral("%1 records of the revoked org were written").arg(written(revoked)));
    for (const Org &org : orgs) {
        if (&org != &revoked)
            check(written(org) == writable(org),
                QStringLiteral("%1: %2 of %3 records written back while another org was revoked")
                    .arg(org.name)
                    .arg(written(org))
                    .arg(writable(org)));
    }
    revoked.salesforce->setSalesforceRevoked(false);
    step({ QStringLiteral("engine"), QStringLiteral("writeback") });

    // The engine's log on PostgreSQL, read as a console would.
    std::unique_ptr<relay::core::EngineStore> store;
    const relay::core::SystemClock readClock;
    if (postgres) {
        auto opened = relay::core::EngineStore::open(pgDsn,
            relay::core::SecretBytes::fromUtf8(
                relay::test::PgTestCluster::enginePassword().toUtf8()),
            readClock, relay::core::EngineStore::Access::ReadOnly);
        if (!opened)
            g_failures << QStringLiteral("the engine's PostgreSQL does not open: ")
                    + opened.error().detail;
        else
            store = std::move(opened.value());
    }
    // With SIGKILLs a status callback the engine never answered is lost
    // (Twilio does not post it again): the log must hold at least every
    // status it acknowledged, and the record what the log holds.
    qint64 statusesChecked = 0;
    const auto checkAcknowledged = [&](const Org &org, const QString &id,
                                       const QJsonObject &record) {
        const QString messageId = record.value(f.messageIdField).toString();
        auto found = store->deliveries().find(relay::core::DeliveryLog::Key::SmsRecord, id);
        const auto own = found ? std::find_if(found->begin(), found->end(),
                             [&](const auto &d) { return d.org == org.name; })
                               : decltype(found->end()) {};
        if (!found || own == found->end()) {
            g_failures << QStringLiteral("%1 record %2 is not in the log").arg(org.name, id);
            return;
        }
        const int rank = relay::core::DeliveryLog::statusRank(own->status);
        for (const QString &acked : provider.messages().acknowledged().value(messageId)) {
            ++statusesChecked;
            if (relay::core::DeliveryLog::statusRank(acked) > rank)
                g_failures << QStringLiteral("%1 record %2: the engine acknowledged '%3' and the "
                                             "log says '%4'")
                                  .arg(org.name, id, acked, own->status);
        }
        if (record.value(f.providerStatusField).toString() != own->status)
            g_failures << QStringLiteral("%1 record %2 holds provider status '%3', the log '%4'")
                              .arg(org.name, id, record.value(f.providerStatusField).toString(),
                                  own->status);
    };

    // Every outgoing record: sent once, written back to its own org.
    QSet<QString> messageIds;
    qint64 outgoingRecords = 0;
    for (const Org &org : orgs) {
        for (auto it = org.outgoing.constBegin(); it != org.outgoing.constEnd(); ++it) {
            ++outgoingRecords;
            const int times = sentTo(it.value());
            if (times != 1)
                g_failures << QStringLiteral("%1 record %2 was sent %3 times")
                                  .arg(org.name, it.key())
                                  .arg(times);
            if (kept(org, it.key()))
                continue; // sent once, and unlogged: its submit's answer died with its worker
            const QJsonObject record = org.salesforce->salesforceRecords().value(it.key());
            const QString status = record.value(f.statusField).toString();
            if (kills > 0 && store)
                checkAcknowledged(org, it.key(), record);
            else if (status != QLatin1String("Sent Successfully")
                && status != QLatin1String("Error"))
                g_failures << QStringLiteral("%1 record %2 has Status '%3'")
                                  .arg(org.name, it.key(), status);
            const QString id = record.value(f.messageIdField).toString();
            if (id.isEmpty() || messageIds.contains(id))
                g_failures << QStringLiteral("%1 record %2 has message id '%3' (empty or another "
                                             "record's)")
                                  .arg(org.name, it.key(), id);
            messageIds.insert(id);
        }
    }
    // Every reply: one record, in its own org.
    qint64 incomingRecords = 0;
    for (const Org &org : orgs) {
        const QHash<QString, int> records = incomingIn(org);
        for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
            incomingRecords += it.value();
            if (!org.incoming.contains(it.key()) || it.value() != 1)
                g_failures << QStringLiteral("%1 holds %2 record(s) for reply %3, which is %4")
                                  .arg(org.name)
                                  .arg(it.value())
                                  .arg(it.key(),
                                      org.incoming.contains(it.key()) ? QStringLiteral("its own")
                                                                      : QStringLiteral("not its"));
        }
        const QSet<QString> expected = expectedIn(org);
        const qsizetype arrived = std::count_if(expected.begin(), expected.end(),
            [&records](const QString &id) { return records.contains(id); });
        check(arrived == expected.size(),
            QStringLiteral("%1 holds %2 of its %3 replies")
                .arg(org.name)
                .arg(arrived)
                .arg(expected.size()));
    }
    std::printf("checked: %lld outgoing records (sent once, written back to their own org?), "
                "%lld reply records (one a reply, in its own org?)%s\n",
        static_cast<long long>(outgoingRecords), static_cast<long long>(incomingRecords),
        kills > 0 ? qPrintable(
            QStringLiteral("; %1 acknowledged statuses held by the log").arg(statusesChecked))
                  : "");

    // Nothing waits, and the log holds every message of both directions.
    qint64 acknowledgedReplies = 0;
    for (const Org &org : orgs)
        acknowledgedReplies += expectedIn(org).size();
    {
        using namespace relay::core;
        auto opened = openWorkspace(ws, QString::fromLatin1(kPassphrase));
        if (!opened) {
            g_failures << QStringLiteral("the workspace does not open: ")
                    + errorMessage(opened.error());
        } else {
            auto counts
                = store ? store->deliveries().counts() : opened.value()->deliveries().counts();
            check(counts.ok(), QStringLiteral("the log's counts cannot be read"));
            if (counts) {
                std::printf("log: %lld deliveries, %lld written back, %lld write-backs failed, "
                            "%lld incoming (%lld pending)\n",
                    static_cast<long long>(counts->deliveries),
                    static_cast<long long>(counts->writtenBack),
                    static_cast<long long>(counts->writeBackFailed),
                    static_cast<long long>(counts->incoming),
                    static_cast<long long>(counts->incomingPending));
                check(kills > 0
                        ? counts->incoming >= acknowledgedReplies && counts->incoming <= inbound
                        : counts->incoming == inbound,
                    QStringLiteral("the log holds %1 replies, not %2")
                        .arg(counts->incoming)
                        .arg(inbound));
                check(counts->incomingPending == 0,
                    QStringLiteral("%1 replies still pending").arg(counts->incomingPending));
                check(counts->writeBackFailed == 0,
                    QStringLiteral("%1 write-backs failed").arg(counts->writeBackFailed));
                const qint64 logged = wanted + 1 - uncertainKept.size();
                check(counts->writtenBack == logged,
                    QStringLiteral("%1 of %2 sends written back")
                        .arg(counts->writtenBack)
                        .arg(logged));
            }
            if (store) {
                // Every cell of every table of the engine's database, as text.
                qint64 rows = 0;
                auto tables = store->sql().prepare(QStringLiteral(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    "'public' ORDER BY 1"));
                QStringList names;
                if (!tables || !tables->each([&] { names.append(tables->text(0)); }))
                    g_failures << QStringLiteral("the engine's tables cannot be listed");
                for (const QString &table : std::as_const(names)) {
                    auto all = store->sql().prepare(
                        QStringLiteral("SELECT t::text FROM %1 t").arg(table));
                    if (!all || !all->each([&] {
                            ++rows;
                            scan(QStringLiteral("PostgreSQL %1").arg(table), all->text(0).toUtf8(),
                                secrets);
                        }))
                        g_failures << QStringLiteral("table %1 cannot be read").arg(table);
                }
                std::printf("leak scan: %lld rows of %lld tables on PostgreSQL\n",
                    static_cast<long long>(rows), static_cast<long long>(names.size()));
            }
            qint64 cells = 0;
            const QStringList problems = forEachCell(
                *opened.value(), [&cells, &secrets](const QString &where, const QByteArray &bytes) {
                    ++cells;
                    scan(where, bytes, secrets);
                });
            g_failures << problems;
            std::printf("leak scan: %lld decrypted cells\n", static_cast<long long>(cells));
        }
    }
    qint64 files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        scan(QDir(root).relativeFilePath(path), readAll(path), secrets);
    }
    std::printf("leak scan: %lld files, %.1f MB searched in all\n", static_cast<long long>(files),
        g_scannedBytes / 1e6);

    std::printf("message_path: %.1f s\n", total.elapsed() / 1000.0);
    if (!g_failures.isEmpty()) {
        for (const QString &failure : std::as_const(g_failures).mid(0, 40))
            std::printf("FAIL %s\n", qPrintable(failure));
        std::printf("message_path: %lld failures\n", static_cast<long long>(g_failures.size()));
        return 1;
    }
    std::printf("message_path: passed\n");
    return 0;
}
