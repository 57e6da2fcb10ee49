// Benchmark: `retention verify` on a workspace with N cached report records
// and N delivery-log entries (default 1,000,000 each, each entry with one
// status event). The cache comes from the sandbox's synthetic traffic; the
// log rows are written as the engine writes them (hash, ids, timestamps).
// Prints each check's result and the total time; asserts nothing.
//
//   bench_retention [rows=1000000]
#include "BenchSupport.h"
#include "Clock.h"
#include "privacy/SecretBytes.h"
#include "retention/Inventory.h"
#include "retention/Verifier.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#include <sodium.h>

using namespace relay::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir tmp;
    SystemClock clock;
    auto workspace = Workspace::create(tmp.filePath(QStringLiteral("ws")),
        WorkspaceMeta::forKeychain(), SecretBytes::random(32), clock);
    if (!workspace)
        return 1;
    Workspace &ws = *workspace.value();
    if (!ws.gateways().add({ QStringLiteral("+15550100001"), QStringLiteral("twilio"),
            QStringLiteral("AC00000000000000000000000000000000"), {} }))
        return 1;

    QElapsedTimer timer;
    timer.start();
    const QDate to = QDateTime::currentDateTimeUtc().date().addDays(-1);
    if (relay::bench::fillReportCache(ws.reports(), rows, to.addDays(-6), to) == 0)
        return 1;
    const double cacheSeconds = static_cast<double>(timer.restart()) / 1000.0;

    // The delivery log, in one transaction, shaped as the engine writes it.
    {
        Database &db = ws.database();
        auto tx = Transaction::begin(db);
        auto delivery = db.prepare(QStringLiteral(
            "INSERT INTO delivery (id, sms_record_id, batch_id, gateway, channel, recipient_hash, "
            "provider, provider_message_id, "
            "segments, status, status_rank, error_code, created_ms, updated_ms, writeback) "
            "VALUES (?1, ?2, ?3, '+15550100001', 0, ?4, 'twilio', ?5, 1, 'delivered', 6, NULL, ?6, "
            "?6, 'written')"));
        auto event
            = db.prepare(QStringLiteral("INSERT INTO delivery_event (delivery_id, status, at_ms, "
                                        "received_ms, error_code, source) "
                                        "VALUES (?1, 'delivered', ?2, ?2, NULL, 'callback')"));
        if (!tx || !delivery || !event)
            return 1;
        const qint64 now = clock.nowMs();
        for (qint64 i = 1; i <= rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QString hash = QStringLiteral("v1:")
                + QString::fromLatin1(
                    QCryptographicHash::hash(n, QCryptographicHash::Sha256).toHex());
            delivery->reset();
            delivery->bind(1, i)
                .bind(2, QStringLiteral("a0Y%1").arg(i, 12, 10, QLatin1Char('0')))
                .bind(3, QStringLiteral("batch-%1").arg(i / 1000))
                .bind(4, hash)
                .bind(5,
                    QStringLiteral("SM%1").arg(QString::fromLatin1(
                        QCryptographicHash::hash(n, QCryptographicHash::Md5).toHex())))
                .bind(6, now - i * 1000);
            event->reset();
            event->bind(1, i).bind(2, now - i * 1000);
            if (!delivery->run() || !event->run())
                return 1;
        }
        delivery = Statement();
        event = Statement();
        if (!tx->commit())
            return 1;
    }
    const double logSeconds = static_cast<double>(timer.restart()) / 1000.0;
    std::printf("workspace: %lld cached records (%.1f s), %lld log entries + %lld events (%.1f s); "
                "database %.0f MB\n",
        static_cast<long long>(rows), cacheSeconds, static_cast<long long>(rows),
        static_cast<long long>(rows), logSeconds,
        static_cast<double>(QFileInfo(tmp.filePath(QStringLiteral("ws/workspace.db"))).size())
            / 1e6);

    auto inventory = RetentionInventory::builtIn();
    if (!inventory)
        return 1;
    RetentionVerifier verifier(ws, inventory.value(), clock);
    timer.restart();
    auto checks = verifier.run({});
    const double verifySeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!checks)
        return 1;
    for (const RetentionVerifier::Check &c : checks.value()) {
        std::printf("  %-10s %s  %lld findings  %6lld ms\n", qPrintable(c.id),
            c.passed ? "pass" : "FAIL", static_cast<long long>(c.findings),
            static_cast<long long>(c.elapsedMs));
        if (!c.evidence.isEmpty())
            std::printf("             first: %s: %s\n", qPrintable(c.evidence.first().where),
                qPrintable(c.evidence.first().what));
    }
    std::printf("retention verify: %.2f s for every check; peak RSS %.0f MiB\n", verifySeconds,
        relay::bench::peakRssMiB());
    return 0;
}
