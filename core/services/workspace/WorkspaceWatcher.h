#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QObject>
#include <QTimer>

namespace relay::core {

class Workspace;

// Tells when the workspace's data changed, whoever changed it: this
// process (another connection of it: a job, a page, the engine), or another
// process on the same file (the CLI, `engine serve`). It polls SQLite's
// PRAGMA data_version on a connection of its own, which changes whenever
// any other connection commits; a poll is a few microseconds.
class WorkspaceWatcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit WorkspaceWatcher(QObject *parent = nullptr);

    // Starts watching (nullptr: stops). Changes made before this call are
    // not reported.
    [[nodiscard]] Status watch(const Workspace *workspace);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Polls now rather than at the next tick.
    void poll();

Q_SIGNALS:
    // The data changed since the last signal (at most once per interval).
    void changed();
    // The watcher's connection failed (the file went away, a disk error).
    void failed(const relay::core::Error &error);

private:
    Database m_db;
    qint64 m_version = -1;
    QTimer m_timer;
};

} // namespace relay::core
