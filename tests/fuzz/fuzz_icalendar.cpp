// Scheduler iCalendar imports (Scheduler::importIcs: its own line scanner,
// then libical, RRULE expansion, VFREEBUSY) into a workspace made once in a
// temporary directory, with a fixed clock. An import that succeeds leaves
// busy intervals that are valid, ordered, non-empty and do not overlap.

#include "Bootstrap.h"
#include "Clock.h"
#include "FuzzSupport.h"
#include "scheduler/Scheduler.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

using namespace relay;
using namespace relay::core;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    }
};

FixedClock g_clock;
QTemporaryDir *g_dir = nullptr;
Workspace *g_workspace = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    if (!bootstrap())
        std::abort();
    g_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/relayaudit-fuzz-ics-XXXXXX"));
    SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 7 + 3);
    auto ws = Workspace::create(
        g_dir->filePath(QStringLiteral("ws")), WorkspaceMeta::forKeychain(), key, g_clock);
    if (!ws) {
        std::fprintf(stderr, "cannot create the workspace: %s\n", qPrintable(ws.error().detail));
        std::abort();
    }
    g_workspace = ws.value().release();
    // Both stay until exit (reachable, not leaked); the directory is removed by atexit.
    std::atexit([] {
        delete g_workspace;
        g_workspace = nullptr;
        delete g_dir;
        g_dir = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Scheduler &scheduler = g_workspace->scheduler();
    const QString user = QStringLiteral("fuzz");
    auto summary = scheduler.importIcs(user, fuzz::qbytes(data, size));
    if (!summary) {
        FUZZ_CHECK(!summary.error().detail.isEmpty());
        return 0;
    }
    FUZZ_CHECK(
        summary->busyIntervals >= 0 && summary->eventsRead >= 0 && summary->freeBusyPeriods >= 0);
    FUZZ_CHECK(summary->transparentSkipped + summary->cancelledSkipped <= summary->eventsRead);
    auto busy = scheduler.busy(user, {}, {});
    FUZZ_CHECK(busy.ok());
    FUZZ_CHECK(busy->size() == summary->busyIntervals);
    QDateTime lastEnd;
    for (const Scheduler::Interval &i : busy.value()) {
        FUZZ_CHECK(i.start.isValid() && i.end.isValid());
        FUZZ_CHECK(i.start < i.end);
        if (lastEnd.isValid())
            FUZZ_CHECK(lastEnd < i.start); // merged: not even touching
        lastEnd = i.end;
    }
    return 0;
}
