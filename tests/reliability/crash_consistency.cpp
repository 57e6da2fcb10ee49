// Crash consistency: drives the real relayaudit-cli through QProcess and kills
// it with SIGKILL at a random point of import, pull, purge, rekey and
// write-back. After every kill the workspace must open, `retention verify`
// must pass, and resuming (re-running the command, or `pull --resume`) must
// give exactly the state a fault-free run gives, compared as a canonical
// digest. The provider and the Salesforce org are the sandbox, in this
// process. Like the benchmarks it prints figures and is not run by ctest; it
// exits 1 on any inconsistency, naming the operation, the trial and the seed.
//
//   crash_consistency [--trials 20] [--ops import,pull,purge,rekey,writeback] [--seed S]
//                     [--keep]
//
// Each trial's kill delay is a fraction (drawn from the seed) of the
// operation's fault-free duration measured in this run, so a seed replays
// the same fractions; the delays in milliseconds follow the machine's speed.
// A trial counts as "mid-operation" when the process was still running when
// the SIGKILL came (it died of it). Every trial starts from a copy of a
// template workspace built once per run (the pre-state); `retention verify`
// passes when it exits 0, or when it reports exactly the findings it already
// reports on that untouched pre-state (printed as an observation). --keep
// keeps the temporary directory; a failing trial's directory is always kept,
// with both digests beside it.
//
// State digests (what "the same result" means), per operation:
//   import     the records of every pull (`export --all --format csv`, sorted,
//              the pull_id column dropped: a re-run import is a new pull) and
//              the number of records all pulls hold together (no record twice,
//              none lost).
//   pull       `export --pull 1 --format csv` sorted, and `pulls --json`
//              without its times (id, provider, client, range, state, records,
//              segments).
//   purge      the remaining pulls (`pulls --json` without times), their
//              records (`export --all`, sorted) and the activity log's
//              report.purge entries (pull, records, why).
//   rekey      the workspace opens with the new passphrase only (and after a
//              killed re-key with exactly one of old and new), and its pulls
//              and records are those of the fault-free re-key.
//   writeback  the sandbox org's SMS records (id and every field), the delivery
//              log as `deliveries find --batch --json` shows it (status,
//              events, write-back state per message) and the verdict of
//              `engine writeback --check`.
#include "Harness.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SyntheticTraffic.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using relay::core::sandbox::SandboxServer;
using relay::core::sandbox::SyntheticTraffic;
using namespace reliability;

namespace {

constexpr char kOldPassphrase[] = "crash-consistency old passphrase 41";
constexpr char kNewPassphrase[] = "crash-consistency new passphrase 42";

// Sizes: each operation takes one to a few seconds in the core-only (Debug)
// build on a 2-core machine, long enough to be killed at many points, short
// enough for 20 trials of all five in a few minutes.
constexpr qint64 kImportRecords = 60000; // the import, and the data of purge and rekey
constexpr qint64 kSecondPullRecords = 15000;
constexpr qint64 kPullMessages = 6000; // sandbox traffic over three days, pulled slowly
constexpr int kSends = 600; // messages whose statuses are written back

QByteArray activityEntries(
    const QString &ws, const QString &passphrase, const QString &action, QString *error)
{
    const Run run
        = cli(ws, { QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("log") },
            passphrase);
    if (!run.ok()) {
        *error = QStringLiteral("workspace log: ") + run.why();
        return {};
    }
    QByteArray text;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() == action)
            text += action.toUtf8() + ' '
                + QJsonDocument(e.value(QStringLiteral("detail")).toObject())
                      .toJson(QJsonDocument::Compact)
                + '\n';
    }
    return text;
}

int countActivity(const QString &ws, const QString &passphrase, const QString &action)
{
    QString ignored;
    return static_cast<int>(activityEntries(ws, passphrase, action, &ignored).count('\n'));
}

// One operation under test.
struct Operation {
    QString name;
    QString command; // for the report
    std::function<bool(QString *)> setUp; // templates, once
    std::function<bool(const QString &ws, QString *)> prepare; // a fresh pre-state in ws
    std::function<Call(const QString &ws)> call; // the operation
    // After a kill: opens? which passphrase works now? (set *passphrase)
    std::function<bool(const QString &ws, QString *passphrase, QString *)> reopen;
    // Resume to completion; false with a reason if it could not.
    std::function<bool(const QString &ws, const QString &passphrase, const QString &tmp, QString *)>
        resume;
    std::function<Digest(const QString &ws)> digest;
    // Observations that are not failures (counted per trial, named in the notes).
    std::function<QStringList(const QString &ws)> observe;
};

struct Figures {
    int trials = 0;
    int midOperation = 0;
    int reopened = 0;
    int verified = 0;
    int identical = 0;
    QList<qint64> resumeMs;
    qint64 referenceMs = 0;
    QString referenceHash;
    QMap<QString, int> notes;
    double wallSeconds = 0;
};

bool openWith(const QString &ws, const QString &passphrase)
{
    return cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, passphrase).ok();
}

// What `retention verify` found: the failing checks and their evidence lines.
struct Findings {
    QSet<QString> failing;
    QSet<QString> evidence;
    bool subsetOf(const Findings &other) const
    {
        return other.failing.contains(failing) && other.evidence.contains(evidence);
    }
};

Findings findings(const QByteArray &out)
{
    Findings f;
    bool inFail = false;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("FAIL")) {
            QByteArray name = line.mid(4).trimmed();
            if (const qsizetype paren = name.indexOf("  ("); paren > 0)
                name.truncate(paren);
            f.failing.insert(QString::fromUtf8(name));
            inFail = true;
        } else if (line.startsWith("      ") && inFail) {
            f.evidence.insert(QString::fromUtf8(line.trimmed()));
        } else {
            inFail = false;
        }
    }
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_passphrase = QString::fromLatin1(kOldPassphrase);
    const QStringList args = QCoreApplication::arguments();
    int trials = 20;
    QStringList ops { QStringLiteral("import"), QStringLiteral("pull"), QStringLiteral("purge"),
        QStringLiteral("rekey"), QStringLiteral("writeback") };
    quint64 seed = QRandomGenerator::system()->generate64() % 1000000000ULL;
    bool keep = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--trials") && hasValue) {
            trials = args.at(++i).toInt();
        } else if (a == QLatin1String("--ops") && hasValue) {
            ops = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--seed") && hasValue) {
            seed = args.at(++i).toULongLong();
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else {
            std::fprintf(stderr,
                "usage: crash_consistency [--trials N] [--ops import,pull,purge,rekey,writeback] "
                "[--seed S] [--keep]\n");
            return 2;
        }
    }
    for (const QString &op : ops) {
        if (!QStringList { QStringLiteral("import"), QStringLiteral("pull"),
                QStringLiteral("purge"), QStringLiteral("rekey"), QStringLiteral("writeback") }
                 .contains(op)) {
            std::fprintf(stderr, "crash_consistency: unknown operation '%s'\n", qPrintable(op));
            return 2;
        }
    }
    if (trials < 1) {
        std::fprintf(stderr, "crash_consistency: --trials takes a positive number\n");
        return 2;
    }
    if (!QFileInfo(cliUnderTestPath()).isExecutable()) {
        std::fprintf(stderr, "crash_consistency: %s is not built\n", cliUnderTest().constData());
        return 2;
    }
    std::printf("crash_consistency: %s, %d trials per operation, ops %s, seed %llu\n",
        cliUnderTest().constData(), trials, qPrintable(ops.join(QLatin1Char(','))),
        static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/crash_consistency-XXXXXX"));
    if (!tmp.isValid())
        return 1;
    g_root = tmp.path();
    QDir().mkpath(g_root + QStringLiteral("/home/data"));
    QDir().mkpath(g_root + QStringLiteral("/home/config"));
    QDir().mkpath(g_root + QStringLiteral("/tmp"));
    g_settings = g_root + QStringLiteral("/clean.conf");
    {
        QFile settings(g_settings);
        if (!settings.open(QIODevice::WriteOnly))
            return 1;
        settings.write("[app]\nappearance=light\n");
    }

    // The provider and the Salesforce org.
    SandboxServer sandbox(11, kPullMessages, QDate(2026, 11, 1), QDate(2026, 11, 3));
    if (sandbox.start() == 0) {
        std::fprintf(stderr, "crash_consistency: the sandbox cannot listen\n");
        return 1;
    }
    sandbox.setFaultSeed(seed);
    const QString account = QString::fromLatin1(SyntheticTraffic::accountSid());

    setUpEnvironment(g_root);

    const QString old = QString::fromLatin1(kOldPassphrase);
    const QString fresh = QString::fromLatin1(kNewPassphrase);
    const QString templates = g_root + QStringLiteral("/templates");
    QDir().mkpath(templates);
    const QString emptyTemplate = templates + QStringLiteral("/empty");
    const QString dataTemplate = templates + QStringLiteral("/data");
    const QString sentTemplate = templates + QStringLiteral("/sent");
    const QString fileA = templates + QStringLiteral("/bulk-a.json");
    const QString fileB = templates + QStringLiteral("/bulk-b.json");

    const auto writeBulk
        = [](const QString &path, quint64 trafficSeed, qint64 records, QDate from, QDate to) {
              QFile file(path);
              if (!file.open(QIODevice::WriteOnly))
                  return false;
              SyntheticTraffic traffic(trafficSeed, records, from, to);
              QByteArray chunk;
              for (qint64 i = 0; i < records; ++i) {
                  chunk += SyntheticTraffic::twilioBulkLine(traffic.at(i));
                  chunk += '\n';
                  if (chunk.size() > (4 << 20)) {
                      file.write(chunk);
                      chunk.clear();
                  }
              }
              return file.write(chunk) == chunk.size();
          };
    bool haveEmpty = false, haveData = false, haveSent = false;
    const auto needEmpty = [&](QString *error) {
        if (haveEmpty)
            return true;
        const Run run = cli(emptyTemplate, { QStringLiteral("workspace"), QStringLiteral("init") });
        if (!run.ok()) {
            *error = QStringLiteral("workspace init: ") + run.why();
            return false;
        }
        return haveEmpty = true;
    };
    const auto needFileA = [&](QString *error) {
        if (QFileInfo::exists(fileA))
            return true;
        if (!writeBulk(fileA, 42, kImportRecords, QDate(2026, 11, 1), QDate(2026, 11, 20))) {
            *error = QStringLiteral("cannot write ") + fileA;
            return false;
        }
        return true;
    };
    const auto needData = [&](QString *error) {
        if (haveData)
            return true;
        if (!needFileA(error)
            || !writeBulk(fileB, 77, kSecondPullRecords, QDate(2026, 11, 1), QDate(2026, 11, 20)))
            return false;
        Run run = cli(dataTemplate, { QStringLiteral("workspace"), QStringLiteral("init") });
        for (const auto &[file, client] : { std::pair { fileA, QStringLiteral("Client A") },
                 std::pair { fileB, QStringLiteral("Client B") } }) {
            if (run.ok())
                run = cli(dataTemplate,
                    { QStringLiteral("import"), QStringLiteral("twilio-bulk"), file,
                        QStringLiteral("--client"), client });
        }
        if (!run.ok()) {
            *error = QStringLiteral("data template: ") + run.why();
            return false;
        }
        return haveData = true;
    };
    QStringList setUpNotes;
    const auto buildSent = [&](QString *error) {
        const QString ws = sentTemplate;
        QDir(ws).removeRecursively();
        Run run = cli(ws, { QStringLiteral("workspace"), QStringLiteral("init") });
        if (run.ok())
            run = cli(ws,
                { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
                    QStringLiteral("+15550100001"), QStringLiteral("--provider"),
                    QStringLiteral("twilio"), QStringLiteral("--account"), account });
        if (run.ok())
            run = cli(ws,
                { QStringLiteral("engine"), QStringLiteral("gateway"), QStringLiteral("add"),
                    QStringLiteral("+15550100002"), QStringLiteral("--provider"),
                    QStringLiteral("telnyx") });
        if (!run.ok()) {
            *error = QStringLiteral("sent template: ") + run.why();
            return false;
        }
        // engine serve receives the sandbox's signed callbacks.
        const quint16 port
            = static_cast<quint16>(20000 + QRandomGenerator::global()->bounded(20000));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
        QProcess serve;
        QProcessEnvironment env = g_env;
        env.insert(QStringLiteral("RELAYAUDIT_PASSPHRASE"), QString::fromLatin1(kOldPassphrase));
        serve.setProcessEnvironment(env);
        serve.setProgram(cliUnderTestPath());
        serve.setArguments({ QStringLiteral("--workspace"), ws, QStringLiteral("engine"),
            QStringLiteral("serve"), QStringLiteral("--listen"), listen });
        serve.start();
        if (!serve.waitForReadyRead(10000)
            || !serve.readAllStandardOutput().contains("Listening")) {
            *error = QStringLiteral("engine serve did not start: ")
                + QString::fromUtf8(serve.readAllStandardError());
            serve.kill();
            serve.waitForFinished();
            return false;
        }
        QByteArray csv = "gateway,to,sms_record_id,batch_id,source_record_id,text\n";
        for (int i = 0; i < kSends; ++i) {
            csv += (i % 2 ? "+15550100001" : "+15550100002") + QByteArray(",(202) 555-")
                + QByteArray::number(3000 + i % 1000) + ",a0Y"
                + QByteArray::number(100000000000LL + i) + ",cc-batch,003SRC"
                + QByteArray::number(i) + ",\"Crash consistency message #" + QByteArray::number(i)
                + "\"\n";
        }
        const QString batch = templates + QStringLiteral("/batch.csv");
        QFile out(batch);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
            *error = QStringLiteral("cannot write ") + batch;
            return false;
        }
        out.close();
        run = cli(ws,
            { QStringLiteral("engine"), QStringLiteral("send-batch"), batch,
                QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--callback"),
                QStringLiteral("http://%1/").arg(listen), QStringLiteral("--rate"),
                QStringLiteral("500") });
        bool done = run.ok();
        if (!done)
            *error = QStringLiteral("send-batch: ") + run.why();
        // Every message reaches a final status before the template is taken.
        QElapsedTimer waited;
        waited.start();
        while (done) {
            const Run find = cli(ws,
                { QStringLiteral("--json"), QStringLiteral("deliveries"), QStringLiteral("find"),
                    QStringLiteral("--batch"), QStringLiteral("cc-batch") });
            int finals = 0;
            for (const QJsonValue &d : QJsonDocument::fromJson(find.out).array()) {
                const QString status = d.toObject().value(QStringLiteral("status")).toString();
                finals += status == QLatin1String("delivered")
                    || status == QLatin1String("undelivered")
                    || status.contains(QLatin1String("fail"));
            }
            if (finals == kSends)
                break;
            if (waited.elapsed() > 120000) {
                *error = QStringLiteral("only %1 of %2 messages reached a final status")
                             .arg(finals)
                             .arg(kSends);
                done = false;
                break;
            }
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
        }
        serve.terminate();
        QEventLoop stop;
        QObject::connect(&serve, &QProcess::finished, &stop, &QEventLoop::quit);
        QTimer::singleShot(10000, &stop, &QEventLoop::quit);
        if (serve.state() != QProcess::NotRunning)
            stop.exec();
        if (serve.state() != QProcess::NotRunning) {
            serve.kill();
            serve.waitForFinished();
        }
        return done;
    };
    // send-batch beside engine serve has been seen to refuse a row with
    // "database is locked" on a loaded machine: noted, and built again.
    const auto needSent = [&](QString *error) {
        for (int attempt = 1; !haveSent && attempt <= 3; ++attempt) {
            haveSent = buildSent(error);
            if (!haveSent)
                setUpNotes << QStringLiteral("building the write-back template, attempt %1: %2")
                                  .arg(attempt)
                                  .arg(error->simplified().right(300));
        }
        return haveSent;
    };

    const auto pullsCanon = [](const QString &ws, const QString &passphrase, QString *error) {
        QJsonArray pulls;
        if (!pullsJson(ws, passphrase, &pulls, error))
            return QByteArray();
        return canonicalPulls(pulls);
    };
    const auto clearOrg = [&sandbox] {
        const QStringList ids = sandbox.salesforceRecords().keys();
        for (const QString &id : ids)
            sandbox.removeSalesforceRecord(id);
    };
    const auto noFaults = [&sandbox] { sandbox.setFaults({}); };

    QList<Operation> operations;

    // --- import ---------------------------------------------------------------
    {
        Operation op;
        op.name = QStringLiteral("import");
        op.command = QStringLiteral("import twilio-bulk FILE (%1 records)").arg(kImportRecords);
        op.setUp = [&](QString *error) { return needEmpty(error) && needFileA(error); };
        op.prepare = [&](const QString &ws, QString *error) {
            if (!copyDir(emptyTemplate, ws)) {
                *error = QStringLiteral("cannot copy the template");
                return false;
            }
            return true;
        };
        op.call = [&](const QString &ws) {
            Call c;
            c.ws = ws;
            c.args = { QStringLiteral("import"), QStringLiteral("twilio-bulk"), fileA,
                QStringLiteral("--client"), QStringLiteral("Crash") };
            return c;
        };
        op.reopen = [&](const QString &ws, QString *passphrase, QString *error) {
            *passphrase = old;
            const Run run = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") });
            if (!run.ok())
                *error = QStringLiteral("workspace info: ") + run.why();
            return run.ok();
        };
        op.resume = [&, call = op.call](const QString &ws, const QString &, const QString &trialTmp,
                        QString *error) {
            QJsonArray pulls;
            if (!pullsJson(ws, old, &pulls, error))
                return false;
            for (const QJsonValue &p : pulls) {
                if (p.toObject().value(QStringLiteral("state")).toString()
                    == QLatin1String("complete"))
                    return true; // it had finished: nothing to resume
            }
            Call c = call(ws);
            c.tmp = trialTmp;
            const Run run = cli(c);
            if (!run.ok())
                *error = QStringLiteral("re-run import: ") + run.why();
            return run.ok();
        };
        op.digest = [&](const QString &ws) {
            Digest d;
            QByteArray rows;
            QJsonArray pulls;
            if (!exportCsv(ws, { QStringLiteral("--all") }, old, true, &rows, &d.error)
                || !pullsJson(ws, old, &pulls, &d.error))
                return d;
            qint64 records = 0;
            for (const QJsonValue &p : pulls)
                records += p.toObject().value(QStringLiteral("records")).toInteger();
            d.text = "records held by all pulls: " + QByteArray::number(records) + '\n' + rows;
            return d;
        };
        op.observe = [&](const QString &ws) {
            QStringList notes;
            QJsonArray pulls;
            QString ignored;
            if (pullsJson(ws, old, &pulls, &ignored)) {
                for (const QJsonValue &v : pulls) {
                    const QJsonObject p = v.toObject();
                    if (p.value(QStringLiteral("state")).toString() != QLatin1String("complete")) {
                        notes << QStringLiteral("a killed import leaves its partial pull behind in "
                                                "state '%1' beside the re-run's pull")
                                     .arg(p.value(QStringLiteral("state")).toString());
                    }
                }
            }
            return notes;
        };
        operations.append(op);
    }

    // --- pull -----------------------------------------------------------------
    {
        Operation op;
        op.name = QStringLiteral("pull");
        op.command = QStringLiteral(
            "pull twilio, %1 messages over 3 days, 60% of requests answered 250 ms late")
                         .arg(kPullMessages);
        op.setUp = [&](QString *error) {
            SandboxServer::Faults slow;
            slow.slow = 0.6;
            slow.slowMs = 250;
            sandbox.setFaults(slow);
            return needEmpty(error);
        };
        op.prepare = [&](const QString &ws, QString *error) {
            if (!copyDir(emptyTemplate, ws)) {
                *error = QStringLiteral("cannot copy the template");
                return false;
            }
            return true;
        };
        op.call = [&](const QString &ws) {
            Call c;
            c.ws = ws;
            c.args = { QStringLiteral("pull"), QStringLiteral("twilio"), QStringLiteral("--from"),
                QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-03"),
                QStringLiteral("--client"), QStringLiteral("Crash"), QStringLiteral("--base-url"),
                sandbox.baseUrl() };
            return c;
        };
        op.reopen = operations.first().reopen;
        op.resume = [&, call = op.call](const QString &ws, const QString &, const QString &trialTmp,
                        QString *error) {
            QJsonArray pulls;
            if (!pullsJson(ws, old, &pulls, error))
                return false;
            Call c = call(ws);
            c.tmp = trialTmp;
            if (!pulls.isEmpty()) {
                const QJsonObject p = pulls.first().toObject();
                if (p.value(QStringLiteral("state")).toString() == QLatin1String("complete"))
                    return true;
                // README: 'pull --resume ID' continues a cancelled, failed or killed pull.
                c.args = { QStringLiteral("pull"), QStringLiteral("--resume"),
                    QString::number(p.value(QStringLiteral("id")).toInteger()) };
            } // else it was killed before the pull was created: run it again
            const Run run = cli(c);
            if (!run.ok())
                *error = c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.why();
            return run.ok();
        };
        op.digest = [&](const QString &ws) {
            Digest d;
            QByteArray rows;
            if (!exportCsv(ws, { QStringLiteral("--pull"), QStringLiteral("1") }, old, false, &rows,
                    &d.error))
                return d;
            const QByteArray pulls = pullsCanon(ws, old, &d.error);
            d.text = pulls + rows;
            return d;
        };
        op.observe = [](const QString &) { return QStringList(); };
        operations.append(op);
    }

    // --- purge ----------------------------------------------------------------
    {
        Operation op;
        op.name = QStringLiteral("purge");
        op.command = QStringLiteral("purge --pull 1 (%1 of %2 records)")
                         .arg(kImportRecords)
                         .arg(kImportRecords + kSecondPullRecords);
        op.setUp = [&](QString *error) {
            noFaults();
            return needData(error);
        };
        op.prepare = [&](const QString &ws, QString *error) {
            if (!copyDir(dataTemplate, ws)) {
                *error = QStringLiteral("cannot copy the template");
                return false;
            }
            return true;
        };
        op.call = [&](const QString &ws) {
            Call c;
            c.ws = ws;
            c.args = { QStringLiteral("purge"), QStringLiteral("--pull"), QStringLiteral("1") };
            return c;
        };
        op.reopen = operations.first().reopen;
        op.resume = [&, call = op.call](const QString &ws, const QString &, const QString &trialTmp,
                        QString *error) {
            QJsonArray pulls;
            if (!pullsJson(ws, old, &pulls, error))
                return false;
            bool present = false;
            for (const QJsonValue &p : pulls)
                present = present || p.toObject().value(QStringLiteral("id")).toInteger() == 1;
            if (!present)
                return true; // the purge had committed
            Call c = call(ws);
            c.tmp = trialTmp;
            const Run run = cli(c);
            if (!run.ok())
                *error = QStringLiteral("re-run purge: ") + run.why();
            return run.ok();
        };
        op.digest = [&](const QString &ws) {
            Digest d;
            QByteArray rows;
            if (!exportCsv(ws, { QStringLiteral("--all") }, old, false, &rows, &d.error))
                return d;
            const QByteArray pulls = pullsCanon(ws, old, &d.error);
            const QByteArray purges
                = activityEntries(ws, old, QStringLiteral("report.purge"), &d.error);
            d.text = pulls + purges + rows;
            return d;
        };
        op.observe = [](const QString &) { return QStringList(); };
        operations.append(op);
    }

    // --- rekey ----------------------------------------------------------------
    {
        Operation op;
        op.name = QStringLiteral("rekey");
        op.command = QStringLiteral("workspace rekey (passphrase to passphrase, %1 records)")
                         .arg(kImportRecords + kSecondPullRecords);
        op.setUp = [&](QString *error) {
            noFaults();
            return needData(error);
        };
        op.prepare = operations.at(2).prepare;
        op.call = [&](const QString &ws) {
            Call c;
            c.ws = ws;
            c.args = { QStringLiteral("workspace"), QStringLiteral("rekey") };
            c.newPassphrase = fresh;
            return c;
        };
        // Exactly one of the old and the new passphrase opens it; the one
        // that does keeps doing so, the other keeps failing with exit 3.
        op.reopen = [&](const QString &ws, QString *passphrase, QString *error) {
            const Run withOld
                = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, old);
            const Run withNew
                = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, fresh);
            if (withOld.ok() == withNew.ok()) {
                *error = withOld.ok()
                    ? QStringLiteral("both the old and the new passphrase open it")
                    : QStringLiteral("neither passphrase opens it (old: %1; new: %2)")
                          .arg(withOld.why(), withNew.why());
                return false;
            }
            *passphrase = withOld.ok() ? old : fresh;
            const QString other = withOld.ok() ? fresh : old;
            const Run again
                = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, *passphrase);
            const Run otherAgain
                = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, other);
            if (!again.ok() || otherAgain.code != 3
                || (withOld.ok() ? withNew.code : withOld.code) != 3) {
                *error = QStringLiteral(
                    "the working passphrase changed after the first open (again: %1; other: %2)")
                             .arg(again.why(), otherAgain.why());
                return false;
            }
            return true;
        };
        op.resume = [&, call = op.call](const QString &ws, const QString &passphrase,
                        const QString &trialTmp, QString *error) {
            if (passphrase == fresh)
                return true; // the re-key had got far enough to be finished on open
            Call c = call(ws);
            c.tmp = trialTmp;
            const Run run = cli(c);
            if (!run.ok())
                *error = QStringLiteral("re-run rekey: ") + run.why();
            return run.ok();
        };
        op.digest = [&](const QString &ws) {
            Digest d;
            const bool newOpens = openWith(ws, fresh);
            const Run withOld
                = cli(ws, { QStringLiteral("workspace"), QStringLiteral("info") }, old);
            QByteArray rows;
            if (!exportCsv(ws, { QStringLiteral("--all") }, fresh, false, &rows, &d.error))
                return d;
            const QByteArray pulls = pullsCanon(ws, fresh, &d.error);
            d.text = "opens with the new passphrase: " + QByteArray(newOpens ? "yes" : "no")
                + "\nold passphrase: exit " + QByteArray::number(withOld.code) + '\n' + pulls
                + rows;
            return d;
        };
        op.observe = [&](const QString &ws) {
            QStringList notes;
            const int rekeys = countActivity(ws, fresh, QStringLiteral("workspace.rekey"));
            if (rekeys > 1)
                notes << QStringLiteral(
                    "the activity log holds %1 workspace.rekey entries for one completed re-key "
                    "(a killed attempt's entry stays)")
                             .arg(rekeys);
            const QStringList files = QDir(ws).entryList(QDir::Files | QDir::Hidden);
            if (files.size() != 2)
                notes << QStringLiteral("files left in the workspace: %1")
                             .arg(files.join(QLatin1Char(' ')));
            return notes;
        };
        operations.append(op);
    }

    // --- writeback ------------------------------------------------------------
    {
        Operation op;
        op.name = QStringLiteral("writeback");
        op.command = QStringLiteral(
            "engine writeback, %1 SMS records, every org request answered 400 ms late")
                         .arg(kSends);
        op.setUp = [&](QString *error) {
            noFaults();
            if (!needSent(error))
                return false;
            SandboxServer::Faults slow;
            slow.slow = 1.0;
            slow.slowMs = 400;
            sandbox.setFaults(slow);
            sandbox.setSalesforceFaults(0, 0);
            return true;
        };
        op.prepare = [&](const QString &ws, QString *error) {
            clearOrg(); // a fresh org for every trial
            if (!copyDir(sentTemplate, ws)) {
                *error = QStringLiteral("cannot copy the template");
                return false;
            }
            return true;
        };
        op.call = [&](const QString &ws) {
            Call c;
            c.ws = ws;
            c.args = { QStringLiteral("engine"), QStringLiteral("writeback"),
                QStringLiteral("--login-url"), sandbox.baseUrl() };
            return c;
        };
        op.reopen = operations.first().reopen;
        op.resume = [&, call = op.call](const QString &ws, const QString &, const QString &trialTmp,
                        QString *error) {
            Call c = call(ws);
            c.tmp = trialTmp;
            const Run run = cli(c);
            if (!run.ok())
                *error = QStringLiteral("re-run writeback: ") + run.why();
            return run.ok();
        };
        op.digest = [&](const QString &ws) {
            Digest d;
            QByteArray org;
            const auto &records = sandbox.salesforceRecords();
            QStringList ids = records.keys();
            std::sort(ids.begin(), ids.end());
            for (const QString &id : ids)
                org += id.toUtf8() + ' '
                    + QJsonDocument(records.value(id)).toJson(QJsonDocument::Compact) + '\n';
            const Run find = cli(ws,
                { QStringLiteral("--json"), QStringLiteral("deliveries"), QStringLiteral("find"),
                    QStringLiteral("--batch"), QStringLiteral("cc-batch") });
            if (!find.ok()) {
                d.error = QStringLiteral("deliveries find: ") + find.why();
                return d;
            }
            QList<QByteArray> log;
            for (const QJsonValue &v : QJsonDocument::fromJson(find.out).array())
                log << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            std::sort(log.begin(), log.end());
            const Run check = cli(ws,
                { QStringLiteral("engine"), QStringLiteral("writeback"), QStringLiteral("--check"),
                    QStringLiteral("--login-url"), sandbox.baseUrl() });
            d.text = "org records: " + QByteArray::number(ids.size()) + '\n' + org
                + "delivery log:\n" + log.join('\n') + "\ncheck: exit "
                + QByteArray::number(check.code) + ' ' + check.out.trimmed() + '\n';
            return d;
        };
        op.observe = [](const QString &) { return QStringList(); };
        operations.append(op);
    }

    QElapsedTimer total;
    total.start();
    QStringList failures;
    QMap<QString, Figures> figures;
    for (Operation &op : operations) {
        if (!ops.contains(op.name))
            continue;
        QElapsedTimer wall;
        wall.start();
        Figures &f = figures[op.name];
        const QString dir = g_root + QLatin1Char('/') + op.name;
        QDir().mkpath(dir);
        QString error;
        QElapsedTimer setUpTimer;
        setUpTimer.start();
        if (!op.setUp(&error)) {
            failures
                << QStringLiteral("%1: setting up: %2 (seed %3)").arg(op.name, error).arg(seed);
            continue;
        }

        // What retention verify says of the pre-state itself: a trial passes
        // when verify passes, or finds exactly what it finds there (a finding
        // the crash did not cause; named in the observations).
        Findings baseline;
        {
            const QString baseWs = dir + QStringLiteral("/baseline");
            if (!op.prepare(baseWs, &error)) {
                failures
                    << QStringLiteral("%1: baseline: %2 (seed %3)").arg(op.name, error).arg(seed);
                continue;
            }
            Call verify;
            verify.ws = baseWs;
            verify.args = { QStringLiteral("retention"), QStringLiteral("verify"),
                QStringLiteral("--settings"), g_settings };
            verify.tmp = dir + QStringLiteral("/baseline-tmp");
            QDir().mkpath(verify.tmp);
            const Run run = cli(verify);
            if (!run.ok()) {
                baseline = findings(run.out);
                if (run.code != 1 || baseline.failing.isEmpty()) {
                    failures << QStringLiteral(
                        "%1: retention verify on the pre-state: %2 (seed %3)")
                                    .arg(op.name, run.why())
                                    .arg(seed);
                    continue;
                }
                f.notes[QStringLiteral("retention verify fails on the fault-free pre-state already "
                                       "(%1; %2 evidence lines); "
                                       "trials accept exactly those findings")
                            .arg(QStringList(baseline.failing.values()).join(QStringLiteral(", ")))
                            .arg(baseline.evidence.size())]
                    = trials;
            }
            QDir(baseWs).removeRecursively();
        }

        // The fault-free reference.
        const QString refWs = dir + QStringLiteral("/reference");
        if (!op.prepare(refWs, &error)) {
            failures << QStringLiteral("%1: reference: %2 (seed %3)").arg(op.name, error).arg(seed);
            continue;
        }
        Call refCall = op.call(refWs);
        refCall.tmp = dir + QStringLiteral("/reference-tmp");
        QDir().mkpath(refCall.tmp);
        const Run ref = cli(refCall);
        if (!ref.ok()) {
            failures << QStringLiteral("%1: the fault-free run failed: %2 (seed %3)")
                            .arg(op.name, ref.why())
                            .arg(seed);
            continue;
        }
        f.referenceMs = ref.ms;
        const Digest reference = op.digest(refWs);
        if (!reference.error.isEmpty()) {
            failures << QStringLiteral("%1: reference digest: %2 (seed %3)")
                            .arg(op.name, reference.error)
                            .arg(seed);
            continue;
        }
        f.referenceHash = shortHash(reference.text);
        std::printf(
            "\n%s: %s\n  set-up %.1f s; fault-free run %lld ms; reference digest %s (%lld lines)\n",
            qPrintable(op.name), qPrintable(op.command),
            static_cast<double>(setUpTimer.elapsed()) / 1000.0, static_cast<long long>(ref.ms),
            qPrintable(f.referenceHash), static_cast<long long>(reference.text.count('\n')));
        std::fflush(stdout);

        // Kill delays: fractions of the fault-free duration, from the seed
        // and the operation's name (the same per operation whichever --ops).
        std::mt19937_64 random(seed ^ qHash(op.name, 0x5eed));
        std::uniform_real_distribution<double> fraction(0.0, 1.0);
        for (int trial = 1; trial <= trials; ++trial) {
            const double at = fraction(random);
            const int delay = static_cast<int>(at * static_cast<double>(ref.ms));
            const QString trialDir = dir + QStringLiteral("/trial-%1").arg(trial);
            const QString ws = trialDir + QStringLiteral("/ws");
            const QString trialTmp = trialDir + QStringLiteral("/tmp");
            QDir().mkpath(trialTmp);
            ++f.trials;
            const auto failed = [&](const QString &what) {
                failures << QStringLiteral("%1 trial %2 (seed %3, SIGKILL after %4 ms = %5 of the "
                                           "fault-free run): %6; kept %7")
                                .arg(op.name)
                                .arg(trial)
                                .arg(seed)
                                .arg(delay)
                                .arg(at, 0, 'f', 3)
                                .arg(what, trialDir);
            };
            if (!op.prepare(ws, &error)) {
                failed(QStringLiteral("preparing: ") + error);
                continue;
            }
            Call call = op.call(ws);
            call.tmp = trialTmp;
            call.killAfterMs = delay;
            const Run killed = cli(call);
            const bool mid = killed.killed && killed.crashed;
            f.midOperation += mid ? 1 : 0;
            if (!mid && !killed.ok()) {
                failed(QStringLiteral("the run failed on its own: ") + killed.why());
                continue;
            }
            QString passphrase;
            if (!op.reopen(ws, &passphrase, &error)) {
                failed(QStringLiteral("does not reopen: ") + error);
                continue;
            }
            ++f.reopened;
            Call verify;
            verify.ws = ws;
            verify.args = { QStringLiteral("retention"), QStringLiteral("verify"),
                QStringLiteral("--settings"), g_settings };
            verify.passphrase = passphrase;
            verify.tmp = trialTmp;
            const Run verified = cli(verify);
            if (!verified.ok()
                && !(verified.code == 1 && findings(verified.out).subsetOf(baseline))) {
                QString fails;
                for (const QByteArray &line : verified.out.split('\n')) {
                    if (line.startsWith("FAIL"))
                        fails += QString::fromUtf8(line.left(300)) + QStringLiteral("; ");
                }
                failed(QStringLiteral("retention verify exit %1 after the kill: %2%3")
                           .arg(verified.code)
                           .arg(fails, QString::fromUtf8(verified.err.trimmed().left(300))));
                continue;
            }
            QElapsedTimer resumeTimer;
            resumeTimer.start();
            if (!op.resume(ws, passphrase, trialTmp, &error)) {
                failed(QStringLiteral("resume: ") + error);
                continue;
            }
            const qint64 resumeMs = resumeTimer.elapsed();
            f.resumeMs << resumeMs;
            verify.passphrase = op.name == QLatin1String("rekey") ? fresh : old;
            const Run verifiedAfter = cli(verify);
            if (!verifiedAfter.ok()
                && !(verifiedAfter.code == 1 && findings(verifiedAfter.out).subsetOf(baseline))) {
                failed(QStringLiteral("retention verify exit %1 after resuming: %2")
                           .arg(verifiedAfter.code)
                           .arg(QStringList(findings(verifiedAfter.out).failing.values())
                                    .join(QStringLiteral(", "))));
                continue;
            }
            ++f.verified;
            const Digest got = op.digest(ws);
            if (!got.error.isEmpty()) {
                failed(QStringLiteral("digest: ") + got.error);
                continue;
            }
            const QStringList notes = op.observe(ws);
            for (const QString &note : notes)
                ++f.notes[note];
            const bool same = got.text == reference.text;
            if (same) {
                ++f.identical;
            } else {
                QFile want(trialDir + QStringLiteral("/reference.digest"));
                if (want.open(QIODevice::WriteOnly))
                    want.write(reference.text);
                QFile have(trialDir + QStringLiteral("/resumed.digest"));
                if (have.open(QIODevice::WriteOnly))
                    have.write(got.text);
                failed(QStringLiteral(
                    "resumed state differs from the reference (%1 vs %2), first difference at %3")
                           .arg(shortHash(got.text), f.referenceHash,
                               firstDifference(reference.text, got.text)));
            }
            std::printf("  trial %2d: SIGKILL after %5d ms (%.3f) %s; reopened; verify ok; resumed "
                        "in %5lld ms; %s%s\n",
                trial, delay, at, mid ? "mid-operation      " : "after it had ended",
                static_cast<long long>(resumeMs), same ? "== reference" : "DIFFERS",
                notes.isEmpty() ? ""
                                : qPrintable(QStringLiteral(" [") + notes.join(QStringLiteral("; "))
                                    + QLatin1Char(']')));
            std::fflush(stdout);
            if (same && !keep)
                QDir(trialDir).removeRecursively();
        }
        f.wallSeconds = static_cast<double>(wall.elapsed()) / 1000.0;
        QDir(refWs).removeRecursively();
    }

    std::printf("\nCrash consistency, seed %llu, %d trials per operation, %.0f s in all\n",
        static_cast<unsigned long long>(seed), trials,
        static_cast<double>(total.elapsed()) / 1000.0);
    std::printf("%-10s %6s %8s %8s %8s %9s %10s %10s %9s %7s\n", "operation", "trials", "mid-op",
        "reopened", "verify", "resumed==", "resume med", "resume max", "fault-free", "wall");
    std::printf("%-10s %6s %8s %8s %8s %9s %10s %10s %9s %7s\n", "", "", "kills", "OK", "OK",
        "reference", "ms", "ms", "ms", "s");
    for (const QString &name : ops) {
        if (!figures.contains(name))
            continue;
        const Figures &f = figures[name];
        const qint64 max
            = f.resumeMs.isEmpty() ? 0 : *std::max_element(f.resumeMs.begin(), f.resumeMs.end());
        std::printf("%-10s %6d %8d %8d %8d %9d %10.0f %10lld %9lld %7.0f\n", qPrintable(name),
            f.trials, f.midOperation, f.reopened, f.verified, f.identical, median(f.resumeMs),
            static_cast<long long>(max), static_cast<long long>(f.referenceMs), f.wallSeconds);
    }
    bool anyNote = false;
    for (const QString &note : setUpNotes) {
        if (!anyNote)
            std::printf("\nObservations (not counted as failures):\n");
        anyNote = true;
        std::printf("  set-up: %s\n", qPrintable(note));
    }
    for (const QString &name : ops) {
        for (auto it = figures[name].notes.constBegin(); it != figures[name].notes.constEnd();
             ++it) {
            if (!anyNote)
                std::printf("\nObservations (not counted as failures):\n");
            anyNote = true;
            std::printf("  %s, %d of %d trials: %s\n", qPrintable(name), it.value(),
                figures[name].trials, qPrintable(it.key()));
        }
    }
    if (!failures.isEmpty()) {
        tmp.setAutoRemove(false);
        std::printf("\nFAILED: %lld inconsistencies (seed %llu; rerun with --seed %llu):\n",
            static_cast<long long>(failures.size()), static_cast<unsigned long long>(seed),
            static_cast<unsigned long long>(seed));
        for (const QString &f : failures)
            std::printf("  %s\n", qPrintable(f));
        return 1;
    }
    if (keep) {
        tmp.setAutoRemove(false);
        std::printf("\nKept %s\n", qPrintable(g_root));
    }
    std::printf("\nAll %d trials consistent.\n", trials * static_cast<int>(figures.size()));
    return 0;
}
