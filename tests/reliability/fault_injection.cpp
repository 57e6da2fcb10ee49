// Fault injection at scale: drives the real relayaudit-cli against the
// sandbox provider and Salesforce org (in this process) with the sandbox's
// faults on, and compares the stored state with a fault-free run's.
//
//   fault_injection [--records 200000] [--messages 10000] [--rate 0.20] [--seed S]
//                   [--only pull|send] [--telnyx-records N] [--slow-ms 1500]
//                   [--outcomes delivered|mixed] [--concurrency 8] [--keep]
//
// --rate is the total probability that a request meets a fault, split across
// the kinds as 429 25 %, 500 25 %, truncated body 20 %, reset 15 %, slow
// answer 15 % (at 0.20: 0.05, 0.05, 0.04, 0.03, 0.03; printed). Like the
// benchmarks it prints figures and is not run by ctest; it exits 1 on any
// difference from the fault-free state and keeps the run's directory, with
// both digests.
//
// pull: `pull twilio` of --records messages over 20 UTC days into a fresh
//   workspace, fault-free and then with the faults on. A faulty run that
//   stops with a resumable error is resumed with `pull --resume 1` until the
//   pull is complete (the resumes are counted). Then the same for a Telnyx
//   pull of --telnyx-records (default 20,000: the sandbox answers Telnyx 50
//   records a page, and 200,000 take 4.5 min fault-free in the Debug build;
//   0 skips it). Digest: `pulls --json` without times (id, provider, client,
//   range, state, records, segments) and `export --pull 1 --format csv`,
//   every row, sorted.
//
// send: `engine serve` receives the sandbox's signed callbacks while
//   `engine send-batch` submits --messages rows (half Twilio, half Telnyx;
//   short, long, UCS-2, quoted and extension-character texts), then
//   `engine writeback` writes every status to the sandbox org (re-run until
//   it ends without an error; re-runs counted). The provider and the org are
//   two sandbox instances, fresh for each run. The faulty run has the faults
//   on the provider's submits and on every org request (token, PATCH), the
//   org's record refusals (UNABLE_TO_LOCK_ROW) at --rate, its sessions
//   expiring every 10 requests, and the callbacks duplicated and reordered at
//   --rate with delays up to 1 s (the fault-free run: the sandbox's defaults,
//   5 % each, up to 250 ms; with --outcomes mixed the faulty run keeps the
//   5 %, see below).
//   Digest, per SMS record (sorted): gateway, provider, segments, status,
//   error code, write-back state, whether a provider message id is logged;
//   and the org's record: every field, the provider message id written as
//   "=log" when it is the one the log holds (ids are minted per run). Then
//   the counts of deliveries and org records and the verdict of
//   `engine writeback --check`. Timelines are left out: duplicates and
//   reordering legitimately differ. --outcomes delivered (default): every
//   message is delivered, so each record's final status is known in advance
//   and compared exactly. --outcomes mixed: the sandbox's own mix (6 %
//   undelivered, 3 % failed); which record gets which outcome depends on the
//   order submits reach the provider (8 at once), so per record the status
//   is compared as "final" and the org's status and error code as equal to
//   the log's, and the batch's counts of delivered, undelivered and failed
//   (Telnyx's delivery_failed and sending_failed counted with the last two)
//   are compared. Those counts hold only while the sandbox draws the same
//   sequence of outcome plans, so in this mode the faulty run keeps the
//   duplicate and reorder rates (they change how many numbers a plan draws).
//   Every submit creates exactly one message at the provider unless it is
//   retried after the provider created it, which the send path never does
//   (429, 500 and resets come before the sandbox creates anything).
//
// Faults per kind: the sandbox counts only their total, but it draws one
// uniform number per request from a generator seeded by setFaultSeed, and
// the Twilio, Telnyx and send endpoints draw nothing else from it; the
// harness replays the draws for the number of requests served and checks
// the sum against the sandbox's own count. The org also draws for record
// refusals and sessions, so for it only the total is given.
#include "Harness.h"
#include "deliveries/SmsFields.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

using relay::core::sandbox::SandboxMessages;
using relay::core::sandbox::SandboxServer;
using namespace reliability;

namespace {

constexpr char kPassphrase[] = "fault-injection passphrase 43";
constexpr int kRunTimeoutMs = 4 * 3600 * 1000;
constexpr int kBatchGroup = 500; // rows per batch id: `deliveries find` shows at most 1,000
constexpr int kMaxResumes = 30;
constexpr int kMaxWriteBackRuns = 30;
const char kTwilioGateway[] = "+15550100001";
const char kTelnyxGateway[] = "+15550100002";

struct Kinds {
    qint64 tooMany = 0, server = 0, truncated = 0, reset = 0, slow = 0;
    qint64 total() const { return tooMany + server + truncated + reset + slow; }
};

SandboxServer::Faults split(double rate, int slowMs)
{
    SandboxServer::Faults f;
    f.tooManyRequests = rate * 0.25;
    f.serverError = rate * 0.25;
    f.truncated = rate * 0.20;
    f.reset = rate * 0.15;
    f.slow = rate * 0.15;
    f.slowMs = slowMs;
    return f;
}

// The sandbox's draws (SandboxServer::handleRequest), replayed.
Kinds replay(quint64 seed, const SandboxServer::Faults &f, qint64 requests)
{
    std::mt19937_64 random(seed);
    Kinds k;
    for (qint64 i = 0; i < requests; ++i) {
        const double roll = std::uniform_real_distribution<double>(0, 1)(random);
        double edge = f.tooManyRequests;
        if (roll < edge) {
            ++k.tooMany;
        } else if (roll < (edge += f.serverError)) {
            ++k.server;
        } else if (roll < (edge += f.truncated)) {
            ++k.truncated;
        } else if (roll < (edge += f.reset)) {
            ++k.reset;
        } else if (roll < (edge += f.slow)) {
            ++k.slow;
        }
    }
    return k;
}

QString kindsText(const Kinds &k)
{
    return QStringLiteral("429 %1, 500 %2, truncated %3, reset %4, slow %5")
        .arg(k.tooMany)
        .arg(k.server)
        .arg(k.truncated)
        .arg(k.reset)
        .arg(k.slow);
}

QByteArray lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.constLast().trimmed();
}

double seconds(qint64 ms)
{
    return static_cast<double>(ms) / 1000.0;
}

// ---------------------------------------------------------------------------
// pull

struct PullRun {
    bool ok = false;
    QString error; // the run could not be completed
    int runs = 0; // 1 + resumes
    qint64 ms = 0; // all runs together
    double peakMiB = 0; // the largest of the runs
    qint64 records = 0, pages = 0, retries = 0; // the completing run's report
    QStringList stops; // why each stopped run stopped
    qint64 requests = 0;
    qint64 sandboxFaults = 0;
    Kinds kinds;
    Digest digest;
};

PullRun runPull(SandboxServer &sandbox, const QString &provider, const QDate &from, const QDate &to,
    const QString &emptyTemplate, const QString &dir)
{
    PullRun r;
    const QString ws = dir + QStringLiteral("/ws");
    QDir().mkpath(dir + QStringLiteral("/tmp"));
    if (!copyDir(emptyTemplate, ws)) {
        r.error = QStringLiteral("cannot copy the empty workspace");
        return r;
    }
    const qint64 requests0 = sandbox.requests();
    const qint64 faults0 = sandbox.faultsInjected();
    Call call;
    call.ws = ws;
    call.tmp = dir + QStringLiteral("/tmp");
    call.timeoutMs = kRunTimeoutMs;
    call.args = { QStringLiteral("--json"), QStringLiteral("pull"), provider,
        QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
        to.toString(Qt::ISODate), QStringLiteral("--client"), QStringLiteral("Fault injection"),
        QStringLiteral("--base-url"), sandbox.baseUrl() };
    for (;;) {
        double peak = 0;
        const Run run = measuredCli(call, dir + QStringLiteral("/run-%1").arg(r.runs + 1), &peak);
        ++r.runs;
        r.ms += run.ms;
        r.peakMiB = qMax(r.peakMiB, peak);
        if (run.ok()) {
            const QJsonObject done = QJsonDocument::fromJson(run.out).object();
            r.records = done.value(QStringLiteral("records")).toInteger();
            r.pages = done.value(QStringLiteral("pages")).toInteger();
            r.retries = done.value(QStringLiteral("retries")).toInteger();
            r.ok = true;
            break;
        }
        r.stops << QString::fromUtf8(lastLine(run.err).left(300));
        if (run.timedOut || run.crashed) {
            r.error = QStringLiteral("run %1: %2").arg(r.runs).arg(run.why());
            break;
        }
        if (r.runs > kMaxResumes) {
            r.error = QStringLiteral("still not complete after %1 resumes").arg(kMaxResumes);
            break;
        }
        QJsonArray pulls;
        QString error;
        if (!pullsJson(ws, QString::fromLatin1(kPassphrase), &pulls, &error)) {
            r.error = error;
            break;
        }
        if (pulls.isEmpty())
            continue; // stopped before the pull was created: the same command again
        const QJsonObject p = pulls.first().toObject();
        const QString state = p.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("complete")) {
            r.error = QStringLiteral("exit %1 although the pull is complete").arg(run.code);
            break;
        }
        // README: 'pull --resume ID' continues a cancelled, failed or killed pull.
        call.args = { QStringLiteral("--json"), QStringLiteral("pull"), QStringLiteral("--resume"),
            QString::number(p.value(QStringLiteral("id")).toInteger()) };
    }
    r.requests = sandbox.requests() - requests0;
    r.sandboxFaults = sandbox.faultsInjected() - faults0;
    if (!r.error.isEmpty())
        return r;
    QByteArray rows;
    QJsonArray pulls;
    if (!exportCsv(ws, { QStringLiteral("--pull"), QStringLiteral("1") },
            QString::fromLatin1(kPassphrase), false, &rows, &r.digest.error)
        || !pullsJson(ws, QString::fromLatin1(kPassphrase), &pulls, &r.digest.error))
        return r;
    r.digest.text = canonicalPulls(pulls) + rows;
    return r;
}

// ---------------------------------------------------------------------------
// send

struct SendRun {
    QString error; // the run could not be carried out
    int batchRuns = 0;
    int batchExit = -1;
    QMap<QString, int> notSent; // send-batch's stderr reasons (ids and numbers dropped), counted
    qint64 logged = 0, finals = 0;
    QString serveStopped; // engine serve's closing line
    int writeBackRuns = 0;
    qint64 written = 0, refusalsRetried = 0, givenUp = 0, sessionRefreshes = 0;
    QStringList writeBackStops;
    qint64 providerRequests = 0, providerFaults = 0;
    Kinds providerKinds;
    qint64 orgRequests = 0, orgFaults = 0, orgSessions = 0;
    qint64 created = 0, callbacks = 0, callbacksRefused = 0;
    qint64 batchMs = 0, settleMs = 0, writeBackMs = 0, totalMs = 0;
    double batchPeak = 0, servePeak = 0, writeBackPeak = 0;
    Digest digest;
    QMap<QString, QByteArray> lines; // per SMS record, for the difference summary
};

struct SendSetUp {
    QString sendTemplate;
    QString batchFile;
    int messages = 0;
    double rate = 0;
    int slowMs = 1500;
    int concurrency = 8;
    bool mixed = false;
    quint64 seed = 0;
    QDate from, to;
};

QString groupId(int group)
{
    return QStringLiteral("fi-%1").arg(group, 3, 10, QLatin1Char('0'));
}

bool isFinal(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("undelivered")
        || status.contains(QLatin1String("fail"));
}

// Twilio's and Telnyx's final statuses as one outcome: which provider a
// plan of the sandbox lands on depends on the order submits arrive.
QString outcomeClass(const QString &status)
{
    if (status == QLatin1String("delivery_failed"))
        return QStringLiteral("undelivered");
    if (status == QLatin1String("sending_failed"))
        return QStringLiteral("failed");
    return status;
}

// Every delivery of the batch, by SMS record id.
bool deliveries(const QString &ws, int messages, QMap<QString, QJsonObject> *out, QString *error)
{
    out->clear();
    for (int g = 0; g * kBatchGroup < messages; ++g) {
        const Run find = cli(ws,
            { QStringLiteral("--json"), QStringLiteral("deliveries"), QStringLiteral("find"),
                QStringLiteral("--batch"), groupId(g) });
        if (!find.ok()) {
            *error = QStringLiteral("deliveries find: ") + find.why();
            return false;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(find.out).array()) {
            const QJsonObject d = v.toObject();
            out->insert(d.value(QStringLiteral("sms_record_id")).toString(), d);
        }
    }
    return true;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
}

Digest sendDigest(const QString &ws, const SendSetUp &setUp, SandboxServer &org,
    QMap<QString, QByteArray> *perRecord, qint64 *logged, qint64 *finals)
{
    Digest d;
    perRecord->clear();
    QMap<QString, QJsonObject> log;
    if (!deliveries(ws, setUp.messages, &log, &d.error))
        return d;
    const QHash<QString, QJsonObject> &records = org.salesforceRecords();
    QSet<QString> ids(records.keyBegin(), records.keyEnd());
    for (auto it = log.constBegin(); it != log.constEnd(); ++it)
        ids.insert(it.key());
    QStringList sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QMap<QString, int> outcomes;
    *logged = log.size();
    QByteArray text = "deliveries logged: " + QByteArray::number(log.size())
        + "\norg records: " + QByteArray::number(records.size()) + '\n';
    *finals = 0;
    for (const QString &id : std::as_const(sorted)) {
        QString line = id;
        const QJsonObject dl = log.value(id);
        const QString status = dl.value(QStringLiteral("status")).toString();
        const QString error = valueText(dl.value(QStringLiteral("error_code")));
        const QString messageId = dl.value(QStringLiteral("provider_message_id")).toString();
        if (log.contains(id)) {
            *finals += isFinal(status) ? 1 : 0;
            line += QStringLiteral(" gateway=%1 provider=%2 segments=%3")
                        .arg(dl.value(QStringLiteral("gateway")).toString(),
                            dl.value(QStringLiteral("provider")).toString())
                        .arg(dl.value(QStringLiteral("segments")).toInt());
            if (setUp.mixed) {
                line += QStringLiteral(" status=%1")
                            .arg(isFinal(status) ? QStringLiteral("final") : status);
                ++outcomes[outcomeClass(status)];
            } else {
                line += QStringLiteral(" status=%1 error=%2").arg(status, error);
            }
            line
                += QStringLiteral(" write_back=%1 message_id=%2")
                       .arg(dl.value(QStringLiteral("write_back")).toString(),
                           messageId.isEmpty() ? QStringLiteral("none") : QStringLiteral("logged"));
        } else {
            line += QStringLiteral(" not-in-log");
        }
        line += QStringLiteral(" | org");
        if (!records.contains(id)) {
            line += QStringLiteral(" none");
        } else {
            const QJsonObject record = records.value(id);
            QStringList fields = record.keys();
            std::sort(fields.begin(), fields.end());
            const relay::core::SmsFields sms;
            for (const QString &field : std::as_const(fields)) {
                QString value = valueText(record.value(field));
                if (field == sms.messageIdField && !messageId.isEmpty() && value == messageId)
                    value = QStringLiteral("=log");
                else if (setUp.mixed && field == sms.providerStatusField && log.contains(id)
                    && value == status)
                    value = QStringLiteral("=log");
                else if (setUp.mixed && field == sms.statusField && log.contains(id)
                    && value == sms.statusValue(status))
                    value = QStringLiteral("=log");
                else if (setUp.mixed && field == sms.errorField && log.contains(id)
                    && value == error)
                    value = QStringLiteral("=log");
                // A picklist value has spaces; the digest's tokens have none.
                value.replace(QLatin1Char(' '), QLatin1Char('_'));
                line += QLatin1Char(' ') + field + QLatin1Char('=') + value;
            }
        }
        const QByteArray bytes = line.toUtf8();
        perRecord->insert(id, bytes);
        text += bytes + '\n';
    }
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        text += "outcome " + it.key().toUtf8() + ": " + QByteArray::number(it.value()) + '\n';
    const Run check = cli(ws,
        { QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--check"),
            QStringLiteral("--login-url"), org.baseUrl() });
    text += "check: exit " + QByteArray::number(check.code) + ' ' + check.out.trimmed() + '\n';
    d.text = text;
    return d;
}

// send-batch's "SMS record X not sent: reason" lines, counted by reason.
void countNotSent(const QByteArray &err, QMap<QString, int> *reasons)
{
    for (const QByteArray &raw : err.split('\n')) {
        const QString line = QString::fromUtf8(raw.trimmed());
        for (const QLatin1String marker :
            { QLatin1String(" not sent: "), QLatin1String(" refused: ") }) {
            const qsizetype at = line.indexOf(marker);
            if (at >= 0) {
                static const QRegularExpression recordId(QStringLiteral("\\ba0Y[0-9]+\\b"));
                QString reason = line.mid(at + marker.size());
                reason.replace(recordId, QStringLiteral("<id>"));
                ++(*reasons)[QString(marker).trimmed() + QLatin1Char(' ') + reason];
                break;
            }
        }
    }
}

SendRun runSend(const SendSetUp &setUp, bool faulty, const QString &dir)
{
    SendRun r;
    QElapsedTimer total;
    total.start();
    QDir().mkpath(dir + QStringLiteral("/tmp"));
    const QString ws = dir + QStringLiteral("/ws");
    if (!copyDir(setUp.sendTemplate, ws)) {
        r.error = QStringLiteral("cannot copy the send template");
        return r;
    }
    // Fresh provider and org for each run, from the same seeds.
    SandboxServer provider(17, 10, setUp.from, setUp.to);
    SandboxServer org(19, 10, setUp.from, setUp.to);
    if (provider.start() == 0 || org.start() == 0) {
        r.error = QStringLiteral("the sandboxes cannot listen");
        return r;
    }
    const quint64 providerSeed = setUp.seed ^ 0x5e4dULL;
    provider.setFaultSeed(providerSeed);
    org.setFaultSeed(setUp.seed ^ 0x0f9ULL);
    SandboxMessages::Behaviour behaviour;
    if (!setUp.mixed) {
        behaviour.failed = 0;
        behaviour.undelivered = 0;
    }
    const SandboxServer::Faults faults = split(setUp.rate, setUp.slowMs);
    if (faulty) {
        // Mixed outcomes are compared as counts: the sandbox must then draw
        // the same sequence of plans, so the duplicate and reorder rates
        // (which change how many numbers each plan draws) stay as they are.
        if (!setUp.mixed) {
            behaviour.duplicate = setUp.rate;
            behaviour.reorder = setUp.rate;
        }
        behaviour.maxDelayMs = 1000;
        provider.setFaults(faults);
        org.setFaults(faults);
        org.setSalesforceFaults(10, setUp.rate);
    }
    provider.messages().setBehaviour(behaviour);

    // engine serve, measured like the rest.
    const quint16 port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    Child serve;
    Call serveCall;
    serveCall.ws = ws;
    serveCall.tmp = dir + QStringLiteral("/tmp");
    serveCall.args
        = { QStringLiteral("engine"), QStringLiteral("serve"), QStringLiteral("--listen"), listen };
    if (port == 0 || !serve.start(serveCall, dir + QStringLiteral("/serve"))) {
        r.error = QStringLiteral("engine serve did not start");
        return r;
    }
    for (int waited = 0; !serve.out().contains("Listening"); waited += 50) {
        if (!serve.running() || waited > 20000) {
            r.error = QStringLiteral("engine serve did not start listening: ")
                + QString::fromUtf8(serve.wait(1000).err.trimmed());
            return r;
        }
        pause(50);
    }

    // send-batch; re-run (at most twice) while rows are neither logged nor refused as already sent.
    Call batch;
    batch.ws = ws;
    batch.tmp = dir + QStringLiteral("/tmp");
    batch.timeoutMs = kRunTimeoutMs;
    batch.args = { QStringLiteral("engine"), QStringLiteral("send-batch"), setUp.batchFile,
        QStringLiteral("--base-url"), provider.baseUrl(), QStringLiteral("--callback"),
        QStringLiteral("http://%1/").arg(listen), QStringLiteral("--rate"), QStringLiteral("500"),
        QStringLiteral("--concurrency"), QString::number(setUp.concurrency) };
    QMap<QString, QJsonObject> log;
    QString error;
    for (;;) {
        double peak = 0;
        const Run run = measuredCli(
            batch, dir + QStringLiteral("/send-batch-%1").arg(r.batchRuns + 1), &peak);
        ++r.batchRuns;
        r.batchMs += run.ms;
        r.batchPeak = qMax(r.batchPeak, peak);
        r.batchExit = run.code;
        if (r.batchRuns == 1)
            countNotSent(run.err, &r.notSent);
        if (run.ok() || run.timedOut || run.crashed || r.batchRuns >= 3)
            break;
        if (!deliveries(ws, setUp.messages, &log, &error)) {
            r.error = error;
            break;
        }
        if (log.size() >= setUp.messages)
            break;
    }

    // Settle: the callbacks stop coming (a quiet spell longer than the
    // sandbox's longest callback delay, three times over) and every logged
    // delivery is final, or the count of final ones stops moving.
    QElapsedTimer settle;
    settle.start();
    const int quietMs = 3 * behaviour.maxDelayMs + 2000;
    qint64 lastFinals = -1;
    for (int round = 0; round < 20 && r.error.isEmpty(); ++round) {
        qint64 seen = provider.messages().callbacksSent();
        QElapsedTimer quiet;
        quiet.start();
        while (quiet.elapsed() < quietMs && settle.elapsed() < 600000) {
            pause(250);
            if (provider.messages().callbacksSent() != seen) {
                seen = provider.messages().callbacksSent();
                quiet.restart();
            }
        }
        if (!deliveries(ws, setUp.messages, &log, &error)) {
            r.error = error;
            break;
        }
        qint64 finals = 0;
        for (const QJsonObject &d : std::as_const(log))
            finals += isFinal(d.value(QStringLiteral("status")).toString()) ? 1 : 0;
        if (finals == log.size() || finals == lastFinals)
            break;
        lastFinals = finals;
    }
    r.settleMs = settle.elapsed();
    serve.sampleRss();
    serve.signal(SIGTERM);
    const Run served = serve.wait(60000);
    r.servePeak = serve.peakMiB();
    for (const QByteArray &line : served.out.split('\n')) {
        if (line.startsWith("Stopped:"))
            r.serveStopped = QString::fromUtf8(line.trimmed());
    }
    r.created = provider.messages().created();
    r.callbacks = provider.messages().callbacksSent();
    r.callbacksRefused = provider.messages().callbacksRejected();
    r.providerRequests = provider.requests();
    r.providerFaults = provider.faultsInjected();
    r.providerKinds
        = replay(providerSeed, faulty ? faults : SandboxServer::Faults {}, r.providerRequests);
    if (!r.error.isEmpty())
        return r;

    // Write-back until a run ends without an error.
    Call writeBack;
    writeBack.ws = ws;
    writeBack.tmp = dir + QStringLiteral("/tmp");
    writeBack.timeoutMs = kRunTimeoutMs;
    writeBack.args = { QStringLiteral("--json"), QStringLiteral("engine"),
        QStringLiteral("writeback"), QStringLiteral("--login-url"), org.baseUrl() };
    for (;;) {
        double peak = 0;
        const Run run = measuredCli(
            writeBack, dir + QStringLiteral("/writeback-%1").arg(r.writeBackRuns + 1), &peak);
        ++r.writeBackRuns;
        r.writeBackMs += run.ms;
        r.writeBackPeak = qMax(r.writeBackPeak, peak);
        const QJsonObject totals = QJsonDocument::fromJson(run.out).object();
        r.written += totals.value(QStringLiteral("written")).toInteger();
        r.refusalsRetried += totals.value(QStringLiteral("retried")).toInteger();
        r.givenUp += totals.value(QStringLiteral("failed")).toInteger();
        r.sessionRefreshes += totals.value(QStringLiteral("session_refreshes")).toInteger();
        if (run.ok())
            break;
        const QString stop = totals.value(QStringLiteral("error")).toString();
        if (run.timedOut || run.crashed
            || (stop.isEmpty() && totals.contains(QStringLiteral("written")))) {
            // Ended by itself with records given up (exit 1, no error): a re-run has nothing
            // pending.
            if (run.timedOut || run.crashed)
                r.error = QStringLiteral("engine writeback: ") + run.why();
            break;
        }
        r.writeBackStops << (stop.isEmpty() ? QString::fromUtf8(lastLine(run.err).left(200))
                                            : stop.left(200));
        if (r.writeBackRuns >= kMaxWriteBackRuns) {
            r.error = QStringLiteral("engine writeback still failing after %1 runs")
                          .arg(kMaxWriteBackRuns);
            break;
        }
    }
    r.orgRequests = org.requests();
    r.orgFaults = org.faultsInjected();
    r.orgSessions = org.salesforceSessionsIssued();
    r.totalMs = total.elapsed();
    if (!r.error.isEmpty())
        return r;
    // The digest reads the org without faults.
    org.setFaults({});
    org.setSalesforceFaults(0, 0);
    r.digest = sendDigest(ws, setUp, org, &r.lines, &r.logged, &r.finals);
    return r;
}

// A per-record digest line as key -> value: "log.status" -> "delivered",
// "org.Mogli_SMS__Provider_Status__c" -> "delivered", "org" -> "none" when
// the org lacks it.
QMap<QByteArray, QByteArray> fields(const QByteArray &line)
{
    QMap<QByteArray, QByteArray> out;
    QByteArray side = "log.";
    const QList<QByteArray> tokens = line.split(' ');
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QByteArray &t = tokens.at(i);
        const qsizetype eq = t.indexOf('=');
        if (t == "|") {
            continue;
        } else if (t == "org") {
            side = "org.";
        } else if (eq > 0) {
            out.insert(side + t.left(eq), t.mid(eq + 1));
        } else {
            out.insert(side.chopped(1), t); // "log not-in-log", "org none"
        }
    }
    return out;
}

// Field-level differences between the two per-record digests: which
// key=value tokens differ, counted, with a few examples.
QStringList summarise(const QMap<QString, QByteArray> &want, const QMap<QString, QByteArray> &got)
{
    QMap<QString, int> byChange;
    QStringList examples;
    int differing = 0;
    QSet<QString> ids(want.keyBegin(), want.keyEnd());
    for (auto it = got.constBegin(); it != got.constEnd(); ++it)
        ids.insert(it.key());
    QStringList sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &id : std::as_const(sorted)) {
        const QByteArray a = want.value(id, "(none)"), b = got.value(id, "(none)");
        if (a == b)
            continue;
        ++differing;
        const QMap<QByteArray, QByteArray> ta = fields(a), tb = fields(b);
        QSet<QByteArray> keys(ta.keyBegin(), ta.keyEnd());
        for (auto k = tb.constBegin(); k != tb.constEnd(); ++k)
            keys.insert(k.key());
        QList<QByteArray> sortedKeys(keys.begin(), keys.end());
        std::sort(sortedKeys.begin(), sortedKeys.end());
        QStringList changes;
        for (const QByteArray &key : std::as_const(sortedKeys)) {
            const QByteArray x = ta.value(key, "(none)"), y = tb.value(key, "(none)");
            if (x != y)
                changes << QString::fromUtf8(QByteArray(key + ' ' + x + " -> " + y));
        }
        ++byChange[changes.join(QStringLiteral(", "))];
        if (examples.size() < 5)
            examples << QString::fromUtf8(
                QByteArray("    reference " + a + "\n    faulty    " + b));
    }
    QStringList out;
    out << QStringLiteral("%1 SMS records differ:").arg(differing);
    for (auto it = byChange.constBegin(); it != byChange.constEnd(); ++it)
        out << QStringLiteral("  %1 x  %2").arg(it.value(), 5).arg(it.key());
    out << QStringLiteral("  examples:") << examples;
    return out;
}

QByteArray batchText(int i)
{
    switch (i % 10) {
    case 0: { // GSM-7 over one segment: 2 to 4 parts
        QByteArray text = "Fault injection reminder #" + QByteArray::number(i) + ": ";
        for (int k = 0; k <= i % 4; ++k)
            text += "Your appointment is confirmed for Monday at 10:00 at the Main Street clinic. "
                    "Reply STOP to opt out. ";
        return text.trimmed();
    }
    case 1: // UCS-2
        return QByteArray("Caf\xC3\xA9 #") + QByteArray::number(i)
            + " \xE2\x80\x94 \xC3\xA7"
              "a marche \xF0\x9F\x91\x8D";
    case 2: // RFC 4180 quoting: quotes, commas, a newline
        return "Quote \"#" + QByteArray::number(i) + "\", with a comma,\nand a second line";
    case 3: // GSM-7 extension characters cost two septets
        return "Price [EUR 5] {ok} ~#" + QByteArray::number(i) + "^ \xE2\x82\xAC";
    default:
        return "Fault injection message #" + QByteArray::number(i);
    }
}

QByteArray batchCsv(int messages)
{
    QByteArray csv = "gateway,to,sms_record_id,batch_id,source_record_id,text\n";
    for (int i = 0; i < messages; ++i) {
        QByteArray text = batchText(i);
        text.replace('"', "\"\"");
        csv += QByteArray(i % 2 ? kTwilioGateway : kTelnyxGateway) + ",(202) 555-"
            + QByteArray::number(2000 + i % 8000) + ",a0Y" + QByteArray::number(100000000000LL + i)
            + ',' + groupId(i / kBatchGroup).toLatin1() + ",003SRC" + QByteArray::number(i) + ",\""
            + text + "\"\n";
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_passphrase = QString::fromLatin1(kPassphrase);
    const QStringList args = QCoreApplication::arguments();
    qint64 records = 200000;
    int messages = 10000;
    double rate = 0.20;
    qint64 telnyxRecords = -1; // default: min(records, 20,000)
    int slowMs = 1500;
    int concurrency = 8;
    bool mixed = false;
    bool keep = false;
    QString only;
    quint64 seed = QRandomGenerator::system()->generate64() % 1000000000ULL;
    const auto usage = [] {
        std::fprintf(stderr,
            "usage: fault_injection [--records N] [--messages N] [--rate R] [--seed S] [--only "
            "pull|send]\n"
            "                       [--telnyx-records N] [--slow-ms MS] [--outcomes "
            "delivered|mixed]\n"
            "                       [--concurrency N] [--keep]\n");
        return 2;
    };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--records") && hasValue) {
            records = args.at(++i).toLongLong(&ok);
        } else if (a == QLatin1String("--messages") && hasValue) {
            messages = args.at(++i).toInt(&ok);
        } else if (a == QLatin1String("--rate") && hasValue) {
            rate = args.at(++i).toDouble(&ok);
            ok = ok && rate >= 0 && rate <= 1;
        } else if (a == QLatin1String("--seed") && hasValue) {
            seed = args.at(++i).toULongLong(&ok);
        } else if (a == QLatin1String("--only") && hasValue) {
            only = args.at(++i);
            ok = only == QLatin1String("pull") || only == QLatin1String("send");
        } else if (a == QLatin1String("--telnyx-records") && hasValue) {
            telnyxRecords = args.at(++i).toLongLong(&ok);
        } else if (a == QLatin1String("--slow-ms") && hasValue) {
            slowMs = args.at(++i).toInt(&ok);
        } else if (a == QLatin1String("--concurrency") && hasValue) {
            concurrency = args.at(++i).toInt(&ok);
            ok = ok && concurrency >= 1 && concurrency <= 64;
        } else if (a == QLatin1String("--outcomes") && hasValue) {
            const QString o = args.at(++i);
            mixed = o == QLatin1String("mixed");
            ok = mixed || o == QLatin1String("delivered");
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else {
            return usage();
        }
        if (!ok)
            return usage();
    }
    if (records < 1 || messages < 1)
        return usage();
    if (telnyxRecords < 0)
        telnyxRecords = qMin<qint64>(records, 20000);
    if (!QFileInfo(cliUnderTestPath()).isExecutable()) {
        std::fprintf(stderr, "fault_injection: %s is not built\n", cliUnderTest().constData());
        return 2;
    }
    const SandboxServer::Faults faults = split(rate, slowMs);
    std::printf("fault_injection: %s, seed %llu\n", cliUnderTest().constData(),
        static_cast<unsigned long long>(seed));
    std::printf("fault rate %.2f a request: 429 (Retry-After: 1) %.3f, 500 %.3f, truncated body "
                "%.3f, reset %.3f, "
                "slow (%d ms) %.3f\n",
        rate, faults.tooManyRequests, faults.serverError, faults.truncated, faults.reset, slowMs,
        faults.slow);
    std::fflush(stdout);

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/fault_injection-XXXXXX"));
    if (!tmp.isValid())
        return 1;
    g_root = tmp.path();
    for (const char *sub : { "/home/data", "/home/config", "/tmp", "/templates" })
        QDir().mkpath(g_root + QLatin1String(sub));
    setUpEnvironment(g_root);

    // 20 UTC days ending the day before yesterday (a pull takes no future day).
    const QDate to = QDateTime::currentDateTimeUtc().date().addDays(-2);
    const QDate from = to.addDays(-19);

    QElapsedTimer wall;
    wall.start();
    QStringList failures;
    const QString emptyTemplate = g_root + QStringLiteral("/templates/empty");
    {
        const Run init
            = cli(emptyTemplate, { QStringLiteral("workspace"), QStringLiteral("init") });
        if (!init.ok()) {
            std::fprintf(stderr, "fault_injection: workspace init: %s\n", qPrintable(init.why()));
            return 1;
        }
    }

    struct PullRow {
        QString name;
        qint64 size = 0;
        PullRun reference, faulty;
        bool same = false;
    };
    QList<PullRow> pullRows;
    if (only.isEmpty() || only == QLatin1String("pull")) {
        const auto pullTest = [&](const QString &provider, qint64 size, quint64 trafficSeed) {
            PullRow row;
            row.name = QStringLiteral("pull ") + provider;
            row.size = size;
            SandboxServer sandbox(trafficSeed, size, from, to);
            if (sandbox.start() == 0) {
                failures << row.name + QStringLiteral(": the sandbox cannot listen");
                return;
            }
            std::printf("\n%s: %lld messages over %s..%s\n", qPrintable(row.name),
                static_cast<long long>(size), qPrintable(from.toString(Qt::ISODate)),
                qPrintable(to.toString(Qt::ISODate)));
            std::fflush(stdout);
            const QString dir = g_root + QLatin1Char('/')
                + row.name.split(QLatin1Char(' ')).join(QLatin1Char('-'));
            sandbox.setFaults({});
            row.reference = runPull(
                sandbox, provider, from, to, emptyTemplate, dir + QStringLiteral("/reference"));
            const PullRun &ref = row.reference;
            std::printf("  fault-free: %s, %lld records, %lld pages, %lld retries, %lld requests, "
                        "%.1f s, peak RSS %.1f MiB; digest %s "
                        "(%lld lines)\n",
                ref.ok ? "complete" : qPrintable(QStringLiteral("FAILED: ") + ref.error),
                static_cast<long long>(ref.records), static_cast<long long>(ref.pages),
                static_cast<long long>(ref.retries), static_cast<long long>(ref.requests),
                seconds(ref.ms), ref.peakMiB, qPrintable(shortHash(ref.digest.text)),
                static_cast<long long>(ref.digest.text.count('\n')));
            std::fflush(stdout);
            if (!ref.ok || !ref.digest.error.isEmpty()) {
                failures << row.name + QStringLiteral(": the fault-free run failed: ") + ref.error
                        + ref.digest.error;
                pullRows << row;
                return;
            }
            sandbox.setFaultSeed(seed);
            sandbox.setFaults(faults);
            row.faulty = runPull(
                sandbox, provider, from, to, emptyTemplate, dir + QStringLiteral("/faulty"));
            sandbox.setFaults({});
            PullRun &got = row.faulty;
            got.kinds = replay(seed, faults, got.requests);
            std::printf("  faulty:     %s after %d resume(s), %lld records, %lld pages, %lld "
                        "retries (last run), %lld requests, %.1f s, "
                        "peak RSS %.1f MiB; digest %s (%lld lines)\n",
                got.ok ? "complete" : qPrintable(QStringLiteral("FAILED: ") + got.error),
                got.runs - 1, static_cast<long long>(got.records),
                static_cast<long long>(got.pages), static_cast<long long>(got.retries),
                static_cast<long long>(got.requests), seconds(got.ms), got.peakMiB,
                qPrintable(shortHash(got.digest.text)),
                static_cast<long long>(got.digest.text.count('\n')));
            std::printf("  faults:     %lld injected (%s; replayed from the seed, the sandbox "
                        "counted %lld)\n",
                static_cast<long long>(got.kinds.total()), qPrintable(kindsText(got.kinds)),
                static_cast<long long>(got.sandboxFaults));
            for (int i = 0; i < got.stops.size(); ++i)
                std::printf("  run %d stopped: %s\n", i + 1, qPrintable(got.stops.at(i)));
            if (got.kinds.total() != got.sandboxFaults)
                std::printf("  note: the replayed count differs from the sandbox's; the per-kind "
                            "figures are not exact\n");
            row.same = got.ok && got.digest.error.isEmpty() && got.digest.text == ref.digest.text;
            std::printf("  %s\n", row.same ? "== reference" : "DIFFERS from the reference");
            std::fflush(stdout);
            if (!row.same) {
                writeFile(dir + QStringLiteral("/reference.digest"), ref.digest.text);
                writeFile(dir + QStringLiteral("/faulty.digest"), got.digest.text);
                failures << QStringLiteral("%1: %2").arg(row.name,
                    !got.ok ? got.error
                        : !got.digest.error.isEmpty()
                        ? got.digest.error
                        : firstDifference(ref.digest.text, got.digest.text));
            } else if (!keep) {
                QDir(dir).removeRecursively();
            }
            pullRows << row;
        };
        pullTest(QStringLiteral("twilio"), records, 11);
        if (telnyxRecords > 0)
            pullTest(QStringLiteral("telnyx"), telnyxRecords, 13);
    }

    bool sendRan = false, sendSame = false;
    SendRun sendRef, sendGot;
    if (only.isEmpty() || only == QLatin1String("send")) {
        sendRan = true;
        SendSetUp setUp;
        setUp.messages = messages;
        setUp.rate = rate;
        setUp.slowMs = slowMs;
        setUp.concurrency = concurrency;
        setUp.mixed = mixed;
        setUp.seed = seed;
        setUp.from = from;
        setUp.to = to;
        setUp.sendTemplate = g_root + QStringLiteral("/templates/send");
        setUp.batchFile = g_root + QStringLiteral("/templates/batch.csv");
        const QString account
            = QString::fromLatin1(relay::core::sandbox::SyntheticTraffic::accountSid());
        Run run = cli(setUp.sendTemplate, { QStringLiteral("workspace"), QStringLiteral("init") });
        if (run.ok())
            run = cli(setUp.sendTemplate,
                { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
                    QString::fromLatin1(kTwilioGateway), QStringLiteral("--provider"),
                    QStringLiteral("twilio"), QStringLiteral("--account"), account });
        if (run.ok())
            run = cli(setUp.sendTemplate,
                { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
                    QString::fromLatin1(kTelnyxGateway), QStringLiteral("--provider"),
                    QStringLiteral("telnyx") });
        if (!run.ok() || !writeFile(setUp.batchFile, batchCsv(messages))) {
            failures << QStringLiteral("send: set-up: ") + run.why();
        } else {
            std::printf(
                "\nsend: %d messages (%d Twilio, %d Telnyx) in %d batch groups, send-batch "
                "--concurrency %d --rate 500, "
                "callbacks to engine serve, engine writeback to the sandbox org; outcomes: %s\n",
                messages, messages / 2, messages - messages / 2,
                (messages + kBatchGroup - 1) / kBatchGroup, concurrency,
                mixed ? "the sandbox's mix (compared as final + counts)"
                      : "all delivered (compared per record)");
            std::fflush(stdout);
            const QString dir = g_root + QStringLiteral("/send");
            sendRef = runSend(setUp, false, dir + QStringLiteral("/reference"));
            std::printf("  fault-free: %s; digest %s (%lld lines)\n",
                sendRef.error.isEmpty() ? "done" : qPrintable(sendRef.error),
                qPrintable(shortHash(sendRef.digest.text)),
                static_cast<long long>(sendRef.digest.text.count('\n')));
            std::fflush(stdout);
            if (!sendRef.error.isEmpty() || !sendRef.digest.error.isEmpty()) {
                failures << QStringLiteral("send: the fault-free run failed: ") + sendRef.error
                        + sendRef.digest.error;
            } else {
                sendGot = runSend(setUp, true, dir + QStringLiteral("/faulty"));
                std::printf("  faulty:     %s; digest %s (%lld lines)\n",
                    sendGot.error.isEmpty() ? "done" : qPrintable(sendGot.error),
                    qPrintable(shortHash(sendGot.digest.text)),
                    static_cast<long long>(sendGot.digest.text.count('\n')));
                sendSame = sendGot.error.isEmpty() && sendGot.digest.error.isEmpty()
                    && sendGot.digest.text == sendRef.digest.text;
                std::printf("  %s\n", sendSame ? "== reference" : "DIFFERS from the reference");
                if (!sendSame) {
                    writeFile(dir + QStringLiteral("/reference.digest"), sendRef.digest.text);
                    writeFile(dir + QStringLiteral("/faulty.digest"), sendGot.digest.text);
                    failures << QStringLiteral("send: ")
                            + (!sendGot.error.isEmpty() ? sendGot.error
                                    : !sendGot.digest.error.isEmpty()
                                    ? sendGot.digest.error
                                    : firstDifference(sendRef.digest.text, sendGot.digest.text));
                    if (sendGot.error.isEmpty() && sendGot.digest.error.isEmpty()) {
                        for (const QString &line : summarise(sendRef.lines, sendGot.lines))
                            std::printf("  %s\n", qPrintable(line));
                        // The lines after the per-record ones (outcomes, check).
                        const auto tail = [](const QByteArray &text) {
                            QByteArray t;
                            for (const QByteArray &line : text.split('\n')) {
                                if (line.startsWith("outcome ") || line.startsWith("check:")
                                    || line.startsWith("deliveries logged")
                                    || line.startsWith("org records"))
                                    t += "    " + line + '\n';
                            }
                            return t;
                        };
                        std::printf("  reference:\n%s  faulty:\n%s",
                            tail(sendRef.digest.text).constData(),
                            tail(sendGot.digest.text).constData());
                    }
                } else if (!keep) {
                    QDir(dir).removeRecursively();
                }
            }
            std::fflush(stdout);
        }
    }

    // --- the figures ---------------------------------------------------------
    std::printf("\nFault injection, seed %llu, rate %.2f, %.0f s in all\n",
        static_cast<unsigned long long>(seed), rate, seconds(wall.elapsed()));
    if (!pullRows.isEmpty()) {
        std::printf("\n%-12s %7s %6s %6s %8s %6s %5s %5s %5s %5s %5s %7s %7s %8s %8s %7s %7s  %s\n",
            "pull", "records", "pages", "pages", "requests", "faults", "429", "500", "trunc",
            "reset", "slow", "retries", "resumes", "time s", "time s", "RSS MiB", "RSS MiB",
            "result");
        std::printf("%-12s %7s %6s %6s %8s %6s %5s %5s %5s %5s %5s %7s %7s %8s %8s %7s %7s\n", "",
            "", "ff", "faulty", "faulty", "", "", "", "", "", "", "", "", "ff", "faulty", "ff",
            "faulty");
        for (const PullRow &row : std::as_const(pullRows)) {
            const PullRun &a = row.reference, &b = row.faulty;
            std::printf("%-12s %7lld %6lld %6lld %8lld %6lld %5lld %5lld %5lld %5lld %5lld %7lld "
                        "%7d %8.1f %8.1f %7.1f %7.1f  %s\n",
                qPrintable(row.name), static_cast<long long>(b.records),
                static_cast<long long>(a.pages), static_cast<long long>(b.pages),
                static_cast<long long>(b.requests), static_cast<long long>(b.sandboxFaults),
                static_cast<long long>(b.kinds.tooMany), static_cast<long long>(b.kinds.server),
                static_cast<long long>(b.kinds.truncated), static_cast<long long>(b.kinds.reset),
                static_cast<long long>(b.kinds.slow), static_cast<long long>(b.retries),
                qMax(0, b.runs - 1), seconds(a.ms), seconds(b.ms), a.peakMiB, b.peakMiB,
                row.same ? "== reference" : "DIFFERS");
        }
    }
    if (sendRan && sendRef.error.isEmpty()) {
        const SendRun &a = sendRef, &b = sendGot;
        const auto row = [](const char *name, const QString &x, const QString &y) {
            std::printf("  %-44s %22s %22s\n", name, qPrintable(x), qPrintable(y));
        };
        const auto n = [](qint64 v) { return QString::number(v); };
        const auto s = [](qint64 ms) { return QString::number(seconds(ms), 'f', 1); };
        const auto mib = [](double v) { return QString::number(v, 'f', 1); };
        std::printf("\nsend, %d messages%s\n", messages, sendSame ? ": == reference" : ": DIFFERS");
        row("", QStringLiteral("fault-free"), QStringLiteral("faulty"));
        row("provider requests (submits and retries)", n(a.providerRequests),
            n(b.providerRequests));
        row("  faults injected (sandbox's count)", n(a.providerFaults), n(b.providerFaults));
        row("  429 / 500 / truncated / reset / slow", QStringLiteral("-"),
            QStringLiteral("%1/%2/%3/%4/%5")
                .arg(b.providerKinds.tooMany)
                .arg(b.providerKinds.server)
                .arg(b.providerKinds.truncated)
                .arg(b.providerKinds.reset)
                .arg(b.providerKinds.slow));
        row("  submits retried (429 + 500 + reset)",
            n(a.providerKinds.tooMany + a.providerKinds.server + a.providerKinds.reset),
            n(b.providerKinds.tooMany + b.providerKinds.server + b.providerKinds.reset));
        row("messages created at the provider", n(a.created), n(b.created));
        row("callbacks sent (refused by engine serve)",
            QStringLiteral("%1 (%2)").arg(a.callbacks).arg(a.callbacksRefused),
            QStringLiteral("%1 (%2)").arg(b.callbacks).arg(b.callbacksRefused));
        row("send-batch runs / last exit",
            QStringLiteral("%1 / %2").arg(a.batchRuns).arg(a.batchExit),
            QStringLiteral("%1 / %2").arg(b.batchRuns).arg(b.batchExit));
        qint64 notSentA = 0, notSentB = 0;
        for (int v : a.notSent)
            notSentA += v;
        for (int v : b.notSent)
            notSentB += v;
        row("rows not sent or refused (first run)", n(notSentA), n(notSentB));
        row("deliveries logged / final", QStringLiteral("%1 / %2").arg(a.logged).arg(a.finals),
            QStringLiteral("%1 / %2").arg(b.logged).arg(b.finals));
        row("org requests (token, PATCH)", n(a.orgRequests), n(b.orgRequests));
        row("  faults injected (sandbox's count)", n(a.orgFaults), n(b.orgFaults));
        row("  sessions issued", n(a.orgSessions), n(b.orgSessions));
        row("write-back runs", n(a.writeBackRuns), n(b.writeBackRuns));
        row("written / refusals retried / given up",
            QStringLiteral("%1/%2/%3").arg(a.written).arg(a.refusalsRetried).arg(a.givenUp),
            QStringLiteral("%1/%2/%3").arg(b.written).arg(b.refusalsRetried).arg(b.givenUp));
        row("session refreshes", n(a.sessionRefreshes), n(b.sessionRefreshes));
        row("time s: send-batch / settle / write-back",
            QStringLiteral("%1 / %2 / %3").arg(s(a.batchMs), s(a.settleMs), s(a.writeBackMs)),
            QStringLiteral("%1 / %2 / %3").arg(s(b.batchMs), s(b.settleMs), s(b.writeBackMs)));
        row("time s: whole run", s(a.totalMs), s(b.totalMs));
        row("peak RSS MiB: send-batch / serve / writeback",
            QStringLiteral("%1 / %2 / %3")
                .arg(mib(a.batchPeak), mib(a.servePeak), mib(a.writeBackPeak)),
            QStringLiteral("%1 / %2 / %3")
                .arg(mib(b.batchPeak), mib(b.servePeak), mib(b.writeBackPeak)));
        row("digest", shortHash(a.digest.text), shortHash(b.digest.text));
        std::printf("  engine serve, fault-free: %s\n  engine serve, faulty:     %s\n",
            qPrintable(a.serveStopped), qPrintable(b.serveStopped));
        for (auto it = b.notSent.constBegin(); it != b.notSent.constEnd(); ++it)
            std::printf(
                "  faulty send-batch: %d x %s\n", it.value(), qPrintable(it.key().left(200)));
        for (const QString &stop : b.writeBackStops)
            std::printf("  faulty write-back run stopped: %s\n", qPrintable(stop));
    }
    std::fflush(stdout);
    if (!failures.isEmpty()) {
        tmp.setAutoRemove(false);
        std::printf("\nFAILED: %lld difference(s) (seed %llu; rerun with --seed %llu); kept %s\n",
            static_cast<long long>(failures.size()), static_cast<unsigned long long>(seed),
            static_cast<unsigned long long>(seed), qPrintable(g_root));
        for (const QString &f : std::as_const(failures))
            std::printf("  %s\n", qPrintable(f));
        return 1;
    }
    if (keep) {
        tmp.setAutoRemove(false);
        std::printf("\nKept %s\n", qPrintable(g_root));
    }
    std::printf("\nEvery run ended with the fault-free state.\n");
    return 0;
}
