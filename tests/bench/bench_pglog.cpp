// Benchmark: the delivery log's write path and lookups on both backends, at
// the store (no HTTP, no signature check): submits logged and status
// callbacks applied per second on the workspace's SQLCipher file and on
// PostgreSQL by 1 and by 2 worker processes, each callback its own
// transaction as `engine serve` applies it today (no group commit yet); the
// callbacks in shuffled order, three per message, a tenth of them twice.
// Then lookups by every key in the log. Prints figures; asserts nothing.
//
//   bench_pglog [--deliveries 20000] [--seed 1]
//
// It needs a cluster (RELAYAUDIT_TEST_PG_DSN and RELAYAUDIT_TEST_PG_CA, as
// tests/support/pg-cluster prints them). For figures that mean anything,
// start that cluster with PGCLUSTER_DURABLE=1: the tests' cluster runs with
// fsync off, which flatters every commit.
#include "Clock.h"
#include "PgTestCluster.h"
#include "deliveries/DeliveryLog.h"
#include "engine/EngineStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sodium.h>

using namespace relay::core;
using relay::test::PgTestCluster;

namespace {

struct Callback {
    int message = 0;
    const char *status = "";
};

const char *const kStatuses[] = { "sent", "delivered", "delivered" };

QString recordId(int i)
{
    return QStringLiteral("a0B7%1AAA").arg(i, 11, 10, QLatin1Char('0'));
}

QString messageId(int i)
{
    return QStringLiteral("40317%1-bench").arg(i, 10, 10, QLatin1Char('0'));
}

DeliveryLog::Submitted submission(int i)
{
    DeliveryLog::Submitted s;
    s.smsRecordId = recordId(i);
    s.batchId = QStringLiteral("batch-%1").arg(i / 500);
    s.gateway = QStringLiteral("+1555010%1").arg(i % 20, 4, 10, QLatin1Char('0'));
    s.recipientHash = QStringLiteral("v1:%1").arg(i, 64, 16, QLatin1Char('0'));
    s.provider = QStringLiteral("telnyx");
    s.providerMessageId = messageId(i);
    s.segments = 1 + i % 3;
    s.status = QStringLiteral("queued");
    return s;
}

// The same list in every process: shuffled, a tenth sent twice.
QList<Callback> callbacks(int deliveries, quint64 seed)
{
    QList<Callback> out;
    std::mt19937_64 random(seed);
    for (int i = 0; i < deliveries; ++i) {
        out.append({ i, kStatuses[0] });
        out.append({ i, kStatuses[1] });
        if (random() % 10 == 0)
            out.append({ i, kStatuses[2] });
    }
    std::shuffle(out.begin(), out.end(), random);
    return out;
}

// Applies every `of`-th callback from `part`; the count that failed.
int apply(DeliveryLog &log, const QList<Callback> &all, int part, int of)
{
    int failed = 0;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (qsizetype i = part; i < all.size(); i += of) {
        const Callback &c = all[i];
        if (!log.applyStatus(QStringLiteral("telnyx"), messageId(c.message),
                QLatin1String(c.status), at, UsageRecordView::kNoError))
            ++failed;
    }
    return failed;
}

double perSecond(qsizetype n, qint64 ms)
{
    return static_cast<double>(n) * 1000.0 / static_cast<double>(qMax<qint64>(1, ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QCommandLineParser parser;
    const QCommandLineOption deliveriesOption(QStringLiteral("deliveries"),
        QStringLiteral("Messages."), QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption workerOption(QStringLiteral("worker"),
        QStringLiteral("Internal: apply part K of N of the callbacks to DSN."),
        QStringLiteral("dsn,k,n"));
    parser.addOptions({ deliveriesOption, seedOption, workerOption });
    parser.process(app);
    const int deliveries = qBound(100, parser.value(deliveriesOption).toInt(), 10'000'000);
    const quint64 seed = parser.value(seedOption).toULongLong();
    const QList<Callback> all = callbacks(deliveries, seed);
    SystemClock clock;

    if (parser.isSet(workerOption)) {
        const QStringList spec = parser.value(workerOption).split(QLatin1Char(','));
        auto store = EngineStore::open(
            spec.value(0), SecretBytes::fromUtf8(PgTestCluster::enginePassword().toUtf8()), clock);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().detail));
            return 2;
        }
        return apply(store.value()->deliveries(), all, spec.value(1).toInt(), spec.value(2).toInt())
                == 0
            ? 0
            : 1;
    }

    PgTestCluster pg;
    if (!pg.available()) {
        std::fprintf(stderr, "bench_pglog: %s\n", PgTestCluster::unavailable());
        return 2;
    }
    std::printf("bench_pglog: %d messages, %lld callbacks (shuffled, a tenth twice), each its own "
                "transaction\n",
        deliveries, static_cast<long long>(all.size()));

    // SQLCipher: the workspace, one process.
    QTemporaryDir tmp;
    auto ws = Workspace::create(tmp.filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(),
        SecretBytes::random(kKeySize), clock);
    if (!ws)
        return 1;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < deliveries; ++i)
        (void)ws.value()->deliveries().recordSubmit(submission(i));
    const qint64 sqliteSubmitMs = timer.restart();
    const int sqliteFailed = apply(ws.value()->deliveries(), all, 0, 1);
    const qint64 sqliteMs = timer.elapsed();
    const double sqliteRate = perSecond(all.size(), sqliteMs);
    std::printf("SQLCipher, 1 process:   %8.0f submits/s logged, %8.0f callbacks/s applied%s\n",
        perSecond(deliveries, sqliteSubmitMs), sqliteRate, sqliteFailed ? " (with failures)" : "");

    // PostgreSQL: a database each for 1 and 2 workers, filled alike.
    double rates[3] = { 0, 0, 0 };
    std::unique_ptr<EngineStore> looked;
    for (int workers : { 1, 2 }) {
        const QString database = pg.createDatabase(QStringLiteral("_bench%1").arg(workers));
        const QString dsn = pg.dsn(QStringLiteral("relay_engine"), database);
        auto store = EngineStore::open(
            dsn, SecretBytes::fromUtf8(PgTestCluster::enginePassword().toUtf8()), clock);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().detail));
            return 2;
        }
        timer.restart();
        for (int i = 0; i < deliveries; ++i)
            (void)store.value()->deliveries().recordSubmit(submission(i));
        const qint64 submitMs = timer.restart();
        QList<QProcess *> running;
        for (int k = 0; k < workers; ++k) {
            auto *process = new QProcess(&app);
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--deliveries"), QString::number(deliveries),
                    QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--worker"),
                    QStringLiteral("%1,%2,%3").arg(dsn).arg(k).arg(workers) });
            running.append(process);
        }
        bool ok = true;
        for (QProcess *process : std::as_const(running))
            ok = process->waitForFinished(-1) && process->exitCode() == 0 && ok;
        const qint64 ms = timer.elapsed();
        rates[workers] = perSecond(all.size(), ms);
        std::printf(
            "PostgreSQL, %d process%-3s %8.0f submits/s logged, %8.0f callbacks/s applied%s\n",
            workers, workers == 1 ? ":" : "es:", perSecond(deliveries, submitMs), rates[workers],
            ok ? "" : " (a worker failed)");
        if (workers == 1)
            looked = std::move(store.value());
    }
    std::printf("ratios: PostgreSQL 1 process / SQLCipher %.2f; 2 processes / 1 process %.2f\n",
        rates[1] / sqliteRate, rates[2] / rates[1]);

    // Lookups by every key, random keys, on the first PostgreSQL log.
    std::mt19937_64 random(seed + 7);
    const auto lookups = [&](const char *name, DeliveryLog::Key key, auto value) {
        QList<double> ms;
        for (int n = 0; n < 200; ++n) {
            const int i = static_cast<int>(random() % static_cast<quint64>(deliveries));
            QElapsedTimer one;
            one.start();
            (void)looked->deliveries().find(key, value(i), 100);
            ms.append(static_cast<double>(one.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        std::printf("lookup by %-18s p50 %6.2f ms, p99 %6.2f ms\n", name, ms[100], ms[197]);
    };
    std::printf("lookups in a PostgreSQL log of %d messages (200 random keys each):\n", deliveries);
    lookups("SMS record id", DeliveryLog::Key::SmsRecord, recordId);
    lookups("provider message id", DeliveryLog::Key::ProviderMessage, messageId);
    lookups("batch", DeliveryLog::Key::Batch,
        [](int i) { return QStringLiteral("batch-%1").arg(i / 500); });
    lookups("recipient hash", DeliveryLog::Key::RecipientHash,
        [](int i) { return QStringLiteral("v1:%1").arg(i, 64, 16, QLatin1Char('0')); });
    return 0;
}
