// Leak sweep: every command of the real relayaudit-cli, run on marker data,
// then one search for the markers everywhere the process could have left
// them. The markers are what the policy says never stays: recipient numbers
// (in four written forms), message bodies, the Salesforce record a message
// was sent from, credentials (provider and Salesforce secrets, from the
// environment), the workspace passphrase (old and new), and calendar content.
//
//   leak_sweep [--keep]
//
// Searched: every file under the run's private HOME, XDG dirs, TMPDIR,
// workspace and export directory (settings, logs, exports, the crash
// marker, temp files), every cell of every table of the decrypted
// workspace, and each command's stdout and stderr. Not searched: the input
// files the sweep wrote (they hold the markers on purpose), the stdout of
// `hash`, which prints the normal form of the number it was given (its
// purpose), and the credentials in `sandbox serve`'s output: it prints its
// own stand-in credentials, which are the ones the sweep's environment
// carries to reach it. A command that does not run as expected fails the sweep too, so
// a sweep that never reached its data cannot pass. The sweep also fails
// when the CLI has a command it does not run. Exits 1 on any finding.
#include "Clock.h"
#include "Harness.h"
#include "deliveries/DeliveryLog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>

using relay::core::sandbox::SandboxMessages;
using relay::core::sandbox::SandboxServer;
using namespace reliability;

namespace {

constexpr char kPassphrase[] = "Leak-Sweep-Passphrase-b81d";
constexpr char kNewPassphrase[] = "Leak-Sweep-Rekeyed-c42e";
constexpr char kBody[] = "LEAKBODY-q7f3";
constexpr char kSource[] = "003LEAKSRC00042";
constexpr char kMeeting[] = "LEAKMEETING-Board-Review";
constexpr char kAttendee[] = "leak-attendee@example.org";
constexpr char kIntakeSecret[] = "LEAKINTAKE-secret-5f1e-0123456789ab";
// Recipients: sent to, imported in provider reports, looked up.
const char *const kNumbers[]
    = { "+12025553917", "+12025553928", "+12025553939", "+12025553941", "+12125553952" };

struct Marker {
    QByteArray what;
    QByteArray bytes;
};

QList<Marker> markers()
{
    QList<Marker> m;
    for (const char *number : kNumbers) {
        const QByteArray n(number);
        const QByteArray last7 = n.right(7); // 5553917
        const QByteArray exchange = last7.left(3), line = last7.right(4);
        m << Marker { "recipient number", n.mid(2) } // 2025553917
          << Marker { "recipient number", last7 }
          << Marker { "recipient number", exchange + '-' + line }
          << Marker { "recipient number", exchange + ' ' + line }
          << Marker { "recipient number", exchange + '.' + line };
    }
    m << Marker { "message body", kBody } << Marker { "source record id", kSource }
      << Marker { "passphrase", kPassphrase } << Marker { "passphrase", kNewPassphrase }
      << Marker { "calendar content", kMeeting } << Marker { "calendar content", kAttendee }
      << Marker { "credential", SandboxServer::twilioAuthToken() }
      << Marker { "credential", SandboxServer::telnyxApiKey() }
      << Marker { "credential", SandboxServer::salesforceClientSecret() }
      << Marker { "credential", SandboxServer::salesforceRefreshToken() }
      << Marker { "credential", kIntakeSecret };
    return m;
}

struct Finding {
    QString where;
    QByteArray what;
};

struct Sweep {
    QList<Marker> markers = ::markers();
    QList<Finding> findings;
    QStringList failures; // commands that did not do what they should
    QSet<QString> commandsRun;
    int runs = 0;
    qint64 outputBytes = 0;

    void scan(const QString &where, const QByteArray &bytes, const QByteArray &except = {})
    {
        // One finding per kind of marker and place.
        QSet<QByteArray> found;
        for (const Marker &m : std::as_const(markers)) {
            if (m.what != except && !found.contains(m.what) && bytes.contains(m.bytes)) {
                found.insert(m.what);
                findings.append({ where, m.what + " (" + m.bytes.left(6) + "…)" });
            }
        }
    }
};

Sweep *g_sweep = nullptr;

// Runs one command; its output is searched, and a wrong exit is a failure.
Run step(const QString &ws, const QStringList &args, int wantExit = 0,
    const QString &passphrase = QString::fromLatin1(kPassphrase), bool outputMayEchoNumber = false)
{
    Call call;
    call.ws = ws;
    call.args = args;
    call.passphrase = passphrase;
    call.tmp = g_root + QStringLiteral("/tmp");
    const Run run = cli(call);
    ++g_sweep->runs;
    QStringList plain = args;
    plain.removeAll(QStringLiteral("--json"));
    g_sweep->commandsRun.insert(plain.value(0));
    const QString label = QStringLiteral("`%1`").arg(args.join(QLatin1Char(' ')).left(90));
    g_sweep->outputBytes += run.out.size() + run.err.size();
    if (!outputMayEchoNumber)
        g_sweep->scan(label + QStringLiteral(" stdout"), run.out);
    g_sweep->scan(label + QStringLiteral(" stderr"), run.err);
    if (run.code != wantExit)
        g_sweep->failures
            << QStringLiteral("%1: wanted exit %2, got %3").arg(label).arg(wantExit).arg(run.why());
    return run;
}

// A fixture with its recipients and bodies replaced by the markers.
QByteArray markedFixture(const QString &name)
{
    QFile file(QStringLiteral(RELAYAUDIT_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression recipient(QStringLiteral("\\+1(202|212|305|415)555\\d{4}"));
    int i = 0;
    QString out;
    qsizetype last = 0;
    for (auto it = recipient.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last)
            + QLatin1String(kNumbers[3 + (i++ % 2)]);
        last = match.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QLatin1String("MARKER-BODY"), QLatin1String(kBody));
    return out.toUtf8();
}

void scanFiles(
    Sweep &sweep, const QString &root, const QStringList &skip, qint64 *files, qint64 *bytes)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (std::any_of(skip.begin(), skip.end(),
                [&path](const QString &dir) { return path.startsWith(dir); }))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            sweep.failures << QStringLiteral("%1: cannot read it to search it").arg(path);
            continue;
        }
        const QByteArray content = file.readAll();
        ++*files;
        *bytes += content.size();
        sweep.scan(QDir(root).relativeFilePath(path), content);
    }
}

// Every cell of every table, decrypted.
void scanDatabase(Sweep &sweep, const QString &ws, const QString &passphrase, qint64 *cells)
{
    auto opened = openWorkspace(ws, passphrase);
    if (!opened) {
        sweep.failures << QStringLiteral("workspace open: ")
                + relay::core::errorMessage(opened.error());
        return;
    }
    sweep.failures << forEachCell(
        *opened.value(), [&](const QString &where, const QByteArray &bytes) {
            ++*cells;
            sweep.scan(where, bytes);
        });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool keep = app.arguments().contains(QStringLiteral("--keep"));
    QTemporaryDir temp;
    temp.setAutoRemove(!keep);
    const QString root = temp.path();
    setUpEnvironment(root);
    g_root = root;
    g_passphrase = QString::fromLatin1(kPassphrase);
    for (const char *dir :
        { "/home/data", "/home/config", "/tmp", "/inputs", "/exports", "/outputs" })
        QDir().mkpath(root + QLatin1String(dir));
    Sweep sweep;
    g_sweep = &sweep;
    QElapsedTimer timer;
    timer.start();
    std::printf("leak_sweep: %s\nroot %s\n", cliUnderTest().constData(), qPrintable(root));

    const QString ws = root + QStringLiteral("/ws");
    const QString in = root + QStringLiteral("/inputs/");
    const QString out = root + QStringLiteral("/exports/");
    const QDate day(2026, 11, 1);
    SandboxServer provider(23, 300, day, day.addDays(1));
    SandboxServer org(29, 10, day, day.addDays(1));
    if (provider.start() == 0 || org.start() == 0) {
        std::fprintf(stderr, "the sandboxes cannot listen\n");
        return 2;
    }
    SandboxMessages::Behaviour quick;
    quick.minDelayMs = 5;
    quick.maxDelayMs = 50;
    provider.messages().setBehaviour(quick);

    // Inputs holding the markers.
    writeFile(in + QStringLiteral("page.json"),
        markedFixture(QStringLiteral("twilio/messages_page.json")));
    writeFile(
        in + QStringLiteral("bulk.jsonl"), markedFixture(QStringLiteral("twilio/bulk_day.jsonl")));
    writeFile(in + QStringLiteral("mdr.json"),
        markedFixture(QStringLiteral("telnyx/detail_records.json")));
    writeFile(in + QStringLiteral("trail.csv"),
        markedFixture(QStringLiteral("salesforce/setup_audit_trail.csv")));
    writeFile(in + QStringLiteral("text.txt"),
        QByteArray(kBody) + " https://example.com/offer/spring?id=7 reply STOP");
    QByteArray batch = "gateway,to,sms_record_id,batch_id,source_record_id,text\n";
    batch += QByteArray("+15550100001,") + kNumbers[1] + ",a0X000000000902,leak-batch," + kSource
        + ",\"" + kBody + " your code, \"\"quoted\"\"\"\n";
    batch += QByteArray("+15550100002,(212) 555-3952,a0X000000000903,leak-batch,") + kSource + ','
        + kBody + " ünïcode\n";
    batch += QByteArray("whatsapp:+15550100003,whatsapp:") + kNumbers[2]
        + ",a0X000000000904,leak-batch," + kSource + ',' + kBody
        + " https://example.com/track/me\n";
    writeFile(in + QStringLiteral("batch.csv"), batch);
    writeFile(in + QStringLiteral("meeting.ics"),
        QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//leak//"
                   "EN\r\nBEGIN:VEVENT\r\nUID:leak-1\r\nDTSTAMP:20261101T000000Z\r\n"
                   "DTSTART:20261202T150000Z\r\nDTEND:20261202T160000Z\r\nSUMMARY:")
            + kMeeting + "\r\nDESCRIPTION:call " + kNumbers[0] + "\r\nATTENDEE:mailto:" + kAttendee
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

    const QString from = day.toString(Qt::ISODate), to = day.addDays(1).toString(Qt::ISODate);
    const QString account
        = QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid());

    // workspace, settings, credentials, help.
    step(ws, { QStringLiteral("workspace"), QStringLiteral("init") });
    step(ws, { QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info") });
    step(ws, { QStringLiteral("settings"), QStringLiteral("report-ttl-days") });
    step(ws,
        { QStringLiteral("settings"), QStringLiteral("access-retention-days"),
            QStringLiteral("3650") });
    step(ws, { QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("twilio") },
        1); // no keychain here: refused
    step(ws, { QStringLiteral("help"), QStringLiteral("engine"), QStringLiteral("send") });

    // Reports: imports with numbers and bodies, pulls from the sandbox.
    step(ws,
        { QStringLiteral("import"), QStringLiteral("twilio-json"), in + QStringLiteral("page.json"),
            QStringLiteral("--client"), QStringLiteral("Acme") });
    step(ws,
        { QStringLiteral("import"), QStringLiteral("twilio-bulk"),
            in + QStringLiteral("bulk.jsonl") });
    step(ws,
        { QStringLiteral("import"), QStringLiteral("telnyx-mdr"),
            in + QStringLiteral("mdr.json") });
    step(ws,
        { QStringLiteral("pull"), QStringLiteral("twilio"), QStringLiteral("--from"), from,
            QStringLiteral("--to"), to, QStringLiteral("--base-url"), provider.baseUrl() });
    step(ws,
        { QStringLiteral("pull"), QStringLiteral("telnyx"), QStringLiteral("--from"), from,
            QStringLiteral("--to"), to, QStringLiteral("--base-url"), provider.baseUrl() });
    step(ws, { QStringLiteral("pulls") });
    step(ws, { QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("sender") });
    step(ws,
        { QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("error"),
            QStringLiteral("--csv") });
    for (const char *format : { "csv", "json", "pdf" }) {
        step(ws,
            { QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                QLatin1String(format), QStringLiteral("--out"),
                out + QStringLiteral("usage.") + QLatin1String(format) });
    }

    // The engine: gateways, sends (one, a batch with callbacks), write-back.
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100001"), QStringLiteral("--provider"), QStringLiteral("twilio"),
            QStringLiteral("--account"), account });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100002"), QStringLiteral("--provider"),
            QStringLiteral("telnyx") });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("whatsapp:+15550100003"), QStringLiteral("--provider"),
            QStringLiteral("twilio"), QStringLiteral("--account"), account });
    step(ws, { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("list") });
    step(ws, { QStringLiteral("engine"), QStringLiteral("region"), QStringLiteral("US") });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("segments"), QStringLiteral("--text"),
            QString::fromLatin1(kBody) });
    step(ws,
        { QStringLiteral("links"), QStringLiteral("base-url"),
            QStringLiteral("https://l.example.com") });
    step(ws,
        { QStringLiteral("links"), QStringLiteral("gateway"),
            QStringLiteral("whatsapp:+15550100003"), QStringLiteral("--mode"),
            QStringLiteral("pro") });
    step(ws,
        { QStringLiteral("links"), QStringLiteral("gateway"), QStringLiteral("+15550100001"),
            QStringLiteral("--mode"), QStringLiteral("url") });
    step(ws,
        { QStringLiteral("links"), QStringLiteral("shorten"),
            QStringLiteral("https://example.com/offer/spring?id=7") });

    const quint16 port = freePort();
    Child serve;
    Call serveCall;
    serveCall.ws = ws;
    serveCall.tmp = root + QStringLiteral("/tmp");
    serveCall.args = { QStringLiteral("engine"), QStringLiteral("serve"),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port) };
    if (port == 0 || !serve.start(serveCall, root + QStringLiteral("/outputs/serve"))) {
        std::fprintf(stderr, "engine serve did not start\n");
        return 2;
    }
    for (int waited = 0; !serve.out().contains("Listening") && serve.running() && waited < 20000;
         waited += 50)
        pause(50);
    const QString callback = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("send"), QStringLiteral("--gateway"),
            QStringLiteral("+15550100002"), QStringLiteral("--to"),
            QString::fromLatin1(kNumbers[0]), QStringLiteral("--sms-record"),
            QStringLiteral("a0X000000000901"), QStringLiteral("--batch"),
            QStringLiteral("leak-one"), QStringLiteral("--source-record"),
            QString::fromLatin1(kSource), QStringLiteral("--text-file"),
            in + QStringLiteral("text.txt"), QStringLiteral("--base-url"), provider.baseUrl(),
            QStringLiteral("--callback"), callback });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("send-batch"), in + QStringLiteral("batch.csv"),
            QStringLiteral("--base-url"), provider.baseUrl(), QStringLiteral("--callback"),
            callback });
    // A URL Pro click, by a browser.
    {
        const Run listed = step(
            ws, { QStringLiteral("--json"), QStringLiteral("links"), QStringLiteral("list") });
        const QJsonArray links = QJsonDocument::fromJson(listed.out).array();
        QString code;
        for (const QJsonValue &v : links) {
            if (v.toObject().value(QStringLiteral("mode")).toString() == QLatin1String("pro"))
                code = v.toObject().value(QStringLiteral("code")).toString();
        }
        if (code.isEmpty())
            sweep.failures << QStringLiteral("no URL Pro link was made for the WhatsApp send");
        QProcess curl;
        curl.start(QStringLiteral("curl"),
            { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-A"),
                QStringLiteral(
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"),
                callback + code });
        if (!code.isEmpty() && (!curl.waitForFinished(10000) || curl.exitCode() != 0))
            sweep.failures << QStringLiteral("the short link did not answer");
    }
    // Let the callbacks land, then stop the server as Ctrl-C would.
    for (int waited = 0; waited < 20000; waited += 200) {
        pause(200);
        const Run found = cli(ws,
            { QStringLiteral("--json"), QStringLiteral("deliveries"), QStringLiteral("find"),
                QStringLiteral("--batch"), QStringLiteral("leak-batch") });
        int finals = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(found.out).array())
            finals += relay::core::DeliveryLog::isFinal(
                          v.toObject().value(QStringLiteral("status")).toString())
                ? 1
                : 0;
        if (finals == 3)
            break;
    }
    serve.signal(SIGINT);
    const Run served = serve.wait(10000);
    sweep.scan(QStringLiteral("`engine serve` stdout"), served.out);
    sweep.scan(QStringLiteral("`engine serve` stderr"), served.err);
    sweep.commandsRun.insert(QStringLiteral("engine"));
    if (served.code != 0)
        sweep.failures << QStringLiteral("`engine serve`: ") + served.why();

    step(ws,
        { QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--login-url"),
            org.baseUrl() });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--check"),
            QStringLiteral("--login-url"), org.baseUrl() });
    // A registered org: its connection in the workspace, its secrets nowhere
    // of ours (no keychain here, so they stay in the environment).
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("add"),
            QStringLiteral("Sandbox"), QStringLiteral("--instance-url"), org.baseUrl(),
            QStringLiteral("--login-url"), org.baseUrl() });
    step(ws, { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("list") });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("org"), QStringLiteral("check"),
            QStringLiteral("Sandbox") });
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--org"),
            QStringLiteral("Sandbox") });
    // The sweep: a Queued record the callout never brought, read from the
    // org (number and text) and sent.
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
            QStringLiteral("+15550100009"), QStringLiteral("--provider"), QStringLiteral("twilio"),
            QStringLiteral("--account"), account, QStringLiteral("--org"),
            QStringLiteral("Sandbox"), QStringLiteral("--record-id"),
            QStringLiteral("a0G5e000001LeaK") });
    org.addSalesforceRecord(QStringLiteral("Mogli_SMS__Gateway__c"),
        { { QStringLiteral("Mogli_SMS__Inactive__c"), false } }, QStringLiteral("a0G5e000001LeaK"));
    org.addSalesforceRecord(QStringLiteral("Mogli_SMS__SMS__c"),
        { { QStringLiteral("Mogli_SMS__Status__c"), QStringLiteral("Queued") },
            { QStringLiteral("Mogli_SMS__Direction__c"), QStringLiteral("Outgoing") },
            { QStringLiteral("Mogli_SMS__Gateway__c"), QStringLiteral("a0G5e000001LeaK") },
            { QStringLiteral("Mogli_SMS__Phone_Number__c"), QString::fromLatin1(kNumbers[4]) },
            { QStringLiteral("Mogli_SMS__Message__c"), QString::fromLatin1(kBody) },
            { QStringLiteral("CreatedDate"), QStringLiteral("2026-01-01T00:00:00.000Z") } });
    const Run swept = step(ws,
        { QStringLiteral("engine"), QStringLiteral("sweep"), QStringLiteral("--base-url"),
            provider.baseUrl(), QStringLiteral("--callback"), callback });
    if (!swept.out.contains("1 queued record to send; 0 already in the log"))
        sweep.failures << QStringLiteral("`engine sweep` did not find the queued record: ")
                + QString::fromUtf8(swept.out);
    step(ws,
        { QStringLiteral("engine"), QStringLiteral("sweep"), QStringLiteral("--base-url"),
            provider.baseUrl(), QStringLiteral("--callback"), callback });
    // Intake: the package's callout for the Sandbox org, signed with its
    // intake secret, through `engine serve`: number, text and source record
    // go to the provider and nowhere else.
    g_env.insert(
        QStringLiteral("RELAYAUDIT_INTAKE_SECRET_SANDBOX"), QString::fromLatin1(kIntakeSecret));
    {
        const quint16 intakePort = freePort();
        Child intake;
        Call intakeCall = serveCall;
        intakeCall.args
            = { QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(intakePort), QStringLiteral("--base-url"),
                  provider.baseUrl(), QStringLiteral("--sweep-every"), QStringLiteral("0") };
        if (intakePort == 0
            || !intake.start(intakeCall, root + QStringLiteral("/outputs/intake"))) {
            std::fprintf(stderr, "engine serve (intake) did not start\n");
            return 2;
        }
        for (int waited = 0;
             !intake.out().contains("Intake:") && intake.running() && waited < 20000; waited += 50)
            pause(50);
        const QByteArray body = QJsonDocument(
            QJsonObject { { QStringLiteral("records"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("id"), QStringLiteral("a0B5e000009LeaK") },
                    { QStringLiteral("gateway"), QStringLiteral("a0G5e000001LeaK") },
                    { QStringLiteral("phone_number"), QString::fromLatin1(kNumbers[2]) },
                    { QStringLiteral("message"), QString::fromLatin1(kBody) },
                    { QStringLiteral("source_record_id"), QString::fromLatin1(kSource) } } } } })
                                    .toJson(QJsonDocument::Compact);
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray signature
            = QMessageAuthenticationCode::hash(ts + body, kIntakeSecret, QCryptographicHash::Sha256)
                  .toBase64();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
            { QStringLiteral("-s"), QStringLiteral("-H"),
                QStringLiteral("Content-Type: application/json"), QStringLiteral("-H"),
                QStringLiteral("X-Relay-Org: Sandbox"), QStringLiteral("-H"),
                QStringLiteral("X-Relay-Timestamp: ") + QString::fromLatin1(ts),
                QStringLiteral("-H"),
                QStringLiteral("X-Relay-Signature: ") + QString::fromLatin1(signature),
                QStringLiteral("--data-binary"), QStringLiteral("@-"),
                QStringLiteral("http://127.0.0.1:%1/salesforce/sms").arg(intakePort) });
        curl.write(body);
        curl.closeWriteChannel();
        curl.waitForFinished(10000);
        const QByteArray answer = curl.readAllStandardOutput();
        sweep.scan(QStringLiteral("intake answer"), answer);
        if (!answer.contains("\"accepted\":1"))
            sweep.failures << QStringLiteral("the callout was not accepted: ")
                    + QString::fromUtf8(answer);
        for (int waited = 0; waited < 20000; waited += 200) {
            pause(200);
            const Run found = cli(ws,
                { QStringLiteral("--json"), QStringLiteral("deliveries"), QStringLiteral("find"),
                    QStringLiteral("--sms-record"), QStringLiteral("a0B5e000009LeaK") });
            if (!QJsonDocument::fromJson(found.out).array().isEmpty())
                break;
        }
        // A reply to that message, through Twilio, whose webhook comes twice:
        // one SMS record in org Sandbox, and nothing of it here.
        provider.messages().receive(QStringLiteral("twilio"), account,
            QUrl(QStringLiteral("http://127.0.0.1:%1/twilio/inbound").arg(intakePort)),
            QString::fromLatin1(kNumbers[2]), QStringLiteral("+15550100009"),
            QString::fromLatin1(kBody) + QStringLiteral(" reply"), 2);
        const auto replies = [&org] {
            int n = 0;
            for (const QJsonObject &record : org.salesforceRecords())
                n += record.value(QStringLiteral("Mogli_SMS__Direction__c")).toString()
                    == QLatin1String("Incoming");
            return n;
        };
        for (int waited = 0; (replies() == 0 || provider.messages().inboundAnswers().value(200) < 2)
             && waited < 20000;
             waited += 100)
            pause(100);
        if (replies() != 1)
            sweep.failures << QStringLiteral("the reply made %1 SMS records, not 1").arg(replies());
        intake.signal(SIGINT);
        const Run took = intake.wait(10000);
        sweep.scan(QStringLiteral("`engine serve` (intake) stdout"), took.out);
        sweep.scan(QStringLiteral("`engine serve` (intake) stderr"), took.err);
        if (took.code != 0 || !took.out.contains("Intake: 1 SMS records taken to send")
            || !took.out.contains(
                "Incoming: 1 messages taken, 1 duplicates, 1 SMS records created"))
            sweep.failures << QStringLiteral("`engine serve` (intake): ") + took.why()
                    + QString::fromUtf8(took.out);
    }
    step(ws, { QStringLiteral("links"), QStringLiteral("clicks") });
    step(ws,
        { QStringLiteral("links"), QStringLiteral("writeback"), QStringLiteral("--login-url"),
            org.baseUrl() });
    step(ws,
        { QStringLiteral("deliveries"), QStringLiteral("find"), QStringLiteral("--phone"),
            QStringLiteral("(202) 555-3917") });
    step(ws,
        { QStringLiteral("deliveries"), QStringLiteral("find"), QStringLiteral("--batch"),
            QStringLiteral("leak-batch") });
    step(ws, { QStringLiteral("hash"), QString::fromLatin1(kNumbers[0]) }, 0,
        QString::fromLatin1(kPassphrase), true);

    // Access audit, scheduler.
    step(ws,
        { QStringLiteral("access"), QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--domain"), QStringLiteral("mogli.example") });
    step(ws,
        { QStringLiteral("access"), QStringLiteral("import"), in + QStringLiteral("trail.csv"),
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--timezone"),
            QStringLiteral("America/Los_Angeles") });
    step(ws,
        { QStringLiteral("access"), QStringLiteral("pull"), QStringLiteral("--org"),
            QStringLiteral("Sandbox"), QStringLiteral("--instance-url"), org.baseUrl() });
    step(ws,
        { QStringLiteral("access"), QStringLiteral("hours"), QStringLiteral("--org"),
            QStringLiteral("Acme"), QStringLiteral("--timezone"),
            QStringLiteral("America/New_York"), QStringLiteral("--from"), QStringLiteral("08:00"),
            QStringLiteral("--to"), QStringLiteral("18:00") });
    step(ws,
        { QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("add"),
            QStringLiteral("--org"), QStringLiteral("Acme"), QStringLiteral("--by"),
            QStringLiteral("ana@client.example"), QStringLiteral("--from"),
            QStringLiteral("2024-11-01T00:00:00Z") });
    {
        const Run sessions = step(ws,
            { QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("sessions"),
                QStringLiteral("--org"), QStringLiteral("Acme") });
        const QJsonArray list = QJsonDocument::fromJson(sessions.out).array();
        const QString id = list.isEmpty()
            ? QString()
            : QString::number(list.first().toObject().value(QStringLiteral("id")).toInteger());
        if (id.isEmpty())
            sweep.failures << QStringLiteral(
                "access sessions found no session in the imported trail");
        else
            step(ws,
                { QStringLiteral("access"), QStringLiteral("review"), id, QStringLiteral("--org"),
                    QStringLiteral("Acme"), QStringLiteral("--status"), QStringLiteral("reviewed"),
                    QStringLiteral("--note"), QStringLiteral("checked with the client") });
    }
    step(ws,
        { QStringLiteral("scheduler"), QStringLiteral("import-ics"), QStringLiteral("ana"),
            in + QStringLiteral("meeting.ics") });
    step(ws,
        { QStringLiteral("scheduler"), QStringLiteral("hours"), QStringLiteral("ana"),
            QStringLiteral("--start"), QStringLiteral("09:00"), QStringLiteral("--end"),
            QStringLiteral("17:00"), QStringLiteral("--timezone"), QStringLiteral("UTC") });
    step(ws,
        { QStringLiteral("scheduler"), QStringLiteral("terms"), QStringLiteral("ana"),
            QStringLiteral("--version"), QStringLiteral("2026-1") });
    step(ws, { QStringLiteral("scheduler"), QStringLiteral("users") });
    step(ws,
        { QStringLiteral("scheduler"), QStringLiteral("slots"), QStringLiteral("ana"),
            QStringLiteral("--from"), QStringLiteral("2026-12-02"), QStringLiteral("--to"),
            QStringLiteral("2026-12-02"), QStringLiteral("--length"), QStringLiteral("30m") });
    step(ws, { QStringLiteral("scheduler"), QStringLiteral("bookings") });

    // Retention, the log, purge, re-key; a wrong passphrase.
    step(ws, { QStringLiteral("retention"), QStringLiteral("verify") });
    step(ws,
        { QStringLiteral("retention"), QStringLiteral("lookup"), QStringLiteral("--phone"),
            QString::fromLatin1(kNumbers[1]) });
    step(ws,
        { QStringLiteral("retention"), QStringLiteral("report"), QStringLiteral("--out"),
            out + QStringLiteral("compliance.json") });
    step(ws,
        { QStringLiteral("retention"), QStringLiteral("verify-report"),
            out + QStringLiteral("compliance.json") });
    step(ws, { QStringLiteral("workspace"), QStringLiteral("log") });
    step(ws, { QStringLiteral("workspace"), QStringLiteral("verify-log") });
    step(ws, { QStringLiteral("purge"), QStringLiteral("--pull"), QStringLiteral("1") });
    step(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, 3,
        QStringLiteral("Leak-Sweep-Wrong-Passphrase"));
    {
        Call rekey;
        rekey.ws = ws;
        rekey.args = { QStringLiteral("workspace"), QStringLiteral("rekey") };
        rekey.newPassphrase = QString::fromLatin1(kNewPassphrase);
        rekey.tmp = root + QStringLiteral("/tmp");
        const Run run = cli(rekey);
        ++sweep.runs;
        sweep.scan(QStringLiteral("`workspace rekey` stdout"), run.out);
        sweep.scan(QStringLiteral("`workspace rekey` stderr"), run.err);
        if (!run.ok())
            sweep.failures << QStringLiteral("`workspace rekey`: ") + run.why();
    }
    step(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, 0,
        QString::fromLatin1(kNewPassphrase));

    // The sandbox command, and a crash: engine serve holding the provider
    // secrets dies of SIGSEGV; the crash marker is searched with the rest.
    {
        Child sandbox;
        Call call;
        call.ws = ws;
        call.tmp = root + QStringLiteral("/tmp");
        call.args = { QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"),
            QString::number(freePort()) };
        sandbox.start(call, root + QStringLiteral("/outputs/sandbox"));
        pause(1500);
        sandbox.signal(SIGINT);
        const Run run = sandbox.wait(10000);
        // It prints its own stand-in credentials (the ones this sweep's
        // environment carries, to reach it): that is its purpose.
        sweep.scan(QStringLiteral("`sandbox serve` output"), run.out + run.err, "credential");
        sweep.commandsRun.insert(QStringLiteral("sandbox"));
        if (!run.out.contains("Sandbox") && !run.out.contains("sandbox")
            && !run.out.contains("127.0.0.1"))
            sweep.failures << QStringLiteral("`sandbox serve` did not say where it listens: ")
                    + QString::fromUtf8(run.out.left(200));

        Child crashing;
        call.passphrase = QString::fromLatin1(kNewPassphrase);
        call.args = { QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(freePort()) };
        crashing.start(call, root + QStringLiteral("/outputs/crash"));
        for (int waited = 0;
             !crashing.out().contains("Listening") && crashing.running() && waited < 20000;
             waited += 50)
            pause(50);
        crashing.signal(SIGSEGV);
        const Run crashed = crashing.wait(10000);
        sweep.scan(QStringLiteral("crashed `engine serve` output"), crashed.out + crashed.err);
        // The next run reports and removes the crash marker: searched now.
        QFile report(root + QStringLiteral("/home/data/relayaudit/last-crash"));
        if (crashed.err.contains("ERROR: AddressSanitizer: SEGV"))
            // A sanitized CLI (the dev preset's) leaves the signal to
            // AddressSanitizer and writes no marker (CrashMarker::arm).
            std::printf("the CLI is sanitized: AddressSanitizer took the crash, no marker\n");
        else if (!report.open(QIODevice::ReadOnly))
            sweep.failures
                << QStringLiteral("the crash left no marker to search (exit %1)").arg(crashed.code);
        else
            sweep.scan(QStringLiteral("the crash marker"), report.readAll());
    }

    // Every command of the CLI was run.
    {
        const Run help = cli(ws, { QStringLiteral("help") });
        const QByteArray text = help.out;
        const qsizetype start = text.indexOf("Commands:");
        const qsizetype end = text.indexOf("Exit codes:");
        for (const QByteArray &line : text.mid(start, end - start).split('\n')) {
            const QByteArray name = line.trimmed().split(' ').value(0);
            if (line.startsWith("  ") && !name.isEmpty()
                && !sweep.commandsRun.contains(QString::fromLatin1(name)))
                sweep.failures << QStringLiteral("the sweep does not run the command '%1'")
                                      .arg(QString::fromLatin1(name));
        }
    }

    // The search finds what it looks for: every kind of marker is in the inputs.
    {
        Sweep probe;
        qint64 n = 0, b = 0;
        scanFiles(probe, root + QStringLiteral("/inputs"), {}, &n, &b);
        QSet<QByteArray> kinds;
        for (const Finding &f : std::as_const(probe.findings))
            kinds.insert(f.what.left(f.what.indexOf(" (")));
        if (kinds.size() < 4) // numbers, bodies, source ids, calendar content (credentials and
                              // passphrases come by environment)
            sweep.failures << QStringLiteral(
                "the search found only %1 kinds of marker in the inputs that hold them")
                                  .arg(kinds.size());
    }

    // The search.
    qint64 files = 0, bytes = 0, cells = 0;
    // outputs/ holds the children's stdout and stderr, searched above.
    scanFiles(sweep, root,
        { root + QStringLiteral("/inputs/"), root + QStringLiteral("/outputs/") }, &files, &bytes);
    scanDatabase(sweep, ws, QString::fromLatin1(kNewPassphrase), &cells);

    std::printf("\n%d CLI runs covering %lld commands, %lld bytes of output; %lld files (%lld "
                "bytes) and %lld database cells searched "
                "for %lld markers in %.1f s\n",
        sweep.runs, static_cast<long long>(sweep.commandsRun.size()),
        static_cast<long long>(sweep.outputBytes), static_cast<long long>(files),
        static_cast<long long>(bytes), static_cast<long long>(cells),
        static_cast<long long>(sweep.markers.size()),
        static_cast<double>(timer.elapsed()) / 1000.0);
    for (const QString &failure : std::as_const(sweep.failures))
        std::printf("FAILED RUN: %s\n", qPrintable(failure));
    for (const Finding &f : std::as_const(sweep.findings))
        std::printf("LEAK: %s in %s\n", f.what.constData(), qPrintable(f.where));
    std::printf("%lld leaks, %lld failed runs\n", static_cast<long long>(sweep.findings.size()),
        static_cast<long long>(sweep.failures.size()));
    if (keep)
        std::printf("kept %s\n", qPrintable(root));
    return sweep.findings.isEmpty() && sweep.failures.isEmpty() ? 0 : 1;
}
