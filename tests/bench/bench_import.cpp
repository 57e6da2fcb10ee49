// Benchmark: generate an N-record Twilio BulkExport day file, import it into
// a fresh encrypted workspace, then run every breakdown. Prints records/s,
// milliseconds per breakdown and peak RSS. Not a test: it asserts nothing
// about speed (these machines are noisy); it prints figures.
//
//   bench_import [records=1000000] [--keep-file PATH]
#include "BenchSupport.h"
#include "Clock.h"
#include "ingest/ReportImporter.h"
#include "privacy/SecretBytes.h"
#include "reports/ReportCache.h"
#include "sandbox/SyntheticTraffic.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#include <sodium.h>

using namespace relay::core;

namespace { } // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const QStringList args = QCoreApplication::arguments();
    const qint64 records = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--"))
        ? args.at(1).toLongLong()
        : 1000000;
    const int keep = static_cast<int>(args.indexOf(QStringLiteral("--keep-file")));

    QTemporaryDir tmp;
    const QString path = keep > 0 && keep + 1 < args.size()
        ? args.at(keep + 1)
        : tmp.filePath(QStringLiteral("day.json"));
    QElapsedTimer timer;
    if (!QFileInfo::exists(path)) {
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        sandbox::SyntheticTraffic traffic(42, records, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QByteArray chunk;
        for (qint64 i = 0; i < records; ++i) {
            chunk += sandbox::SyntheticTraffic::twilioBulkLine(traffic.at(i));
            chunk += '\n';
            if (chunk.size() > (8 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        file.close();
        std::printf("generated %lld records, %.1f MB (%.0f bytes/record) in %.2f s\n",
            static_cast<long long>(records), static_cast<double>(QFileInfo(path).size()) / 1e6,
            static_cast<double>(QFileInfo(path).size()) / static_cast<double>(records),
            static_cast<double>(timer.elapsed()) / 1000.0);
    }

    SystemClock clock;
    auto workspace = Workspace::create(tmp.filePath(QStringLiteral("ws")),
        WorkspaceMeta::forKeychain(), SecretBytes::random(kKeySize), clock);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(errorMessage(workspace.error())));
        return 1;
    }
    ReportCache &cache = workspace.value()->reports();
    ReportCache::NewPull request;
    request.provider = QStringLiteral("twilio-bulk");
    request.account = QStringLiteral("file");
    auto pullId = cache.createPull(request);
    if (!pullId) {
        std::fprintf(stderr, "%s\n", qPrintable(errorMessage(pullId.error())));
        return 1;
    }

    timer.start();
    ReportImporter importer(cache);
    const Status imported
        = importer.run(pullId.value(), ReportImporter::Format::TwilioBulk, { path });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!imported) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(errorMessage(imported.error())));
        return 1;
    }
    std::printf("import: %lld records in %.2f s = %.0f records/s (%.0f MB/s), duplicates %lld\n",
        static_cast<long long>(importer.progress().records), seconds,
        static_cast<double>(importer.progress().records) / seconds,
        static_cast<double>(QFileInfo(path).size()) / 1e6 / seconds,
        static_cast<long long>(importer.progress().duplicates));

    // Importing the same file again: every record is a duplicate.
    auto again = cache.createPull(request);
    timer.start();
    ReportImporter second(cache);
    if (!again || !second.run(again.value(), ReportImporter::Format::TwilioBulk, { path }))
        return 1;
    std::printf("re-import (all duplicates): %lld rejected in %.2f s\n",
        static_cast<long long>(second.progress().duplicates),
        static_cast<double>(timer.nsecsElapsed()) / 1e9);

    for (const char *name : { "sender", "status", "day", "campaign", "brand", "error", "segments",
             "direction", "channel" }) {
        ReportCache::Dimension dimension {};
        ReportCache::parseDimension(QLatin1String(name), &dimension);
        timer.start();
        auto rows = cache.breakdown(dimension, {});
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!rows)
            return 1;
        qint64 total = 0;
        for (const auto &r : rows.value())
            total += r.messages;
        std::printf("breakdown --by %-9s %3lld rows, %lld messages, %.2f ms\n", name,
            static_cast<long long>(rows->size()), static_cast<long long>(total), ms);
    }
    std::printf("database file: %.1f MB\n",
        static_cast<double>(QFileInfo(tmp.filePath(QStringLiteral("ws/workspace.db"))).size())
            / 1e6);
    std::printf("peak RSS: %.0f MiB\n", relay::bench::peakRssMiB());
    return 0;
}
