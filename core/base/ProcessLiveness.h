#pragma once

#include <QtGlobal>

namespace relay::core {

// One process, told apart from any other that ever ran on this machine: a
// pid alone is reused, so it carries the process's start time (clock ticks
// since boot, /proc/PID/stat field 22) and the boot it ran in. Integers
// only, so stores can keep it without a text column to scan.
struct ProcessIdentity {
    qint64 pid = 0;
    qint64 start = 0;
    qint64 boot = 0;

    // This process.
    static ProcessIdentity self();
    // Whether that process is still running (same pid, start and boot).
    bool isAlive() const;
};

} // namespace relay::core
