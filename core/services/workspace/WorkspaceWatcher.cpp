#include "WorkspaceWatcher.h"

#include "workspace/Workspace.h"

namespace relay::core {

WorkspaceWatcher::WorkspaceWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceWatcher::poll);
}

Status WorkspaceWatcher::watch(const Workspace *workspace)
{
    m_timer.stop();
    m_db.close();
    m_version = -1;
    if (!workspace)
        return {};
    auto db = workspace->openReader();
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    auto version = m_db.queryInt(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    m_version = version.value();
    m_timer.start();
    return {};
}

void WorkspaceWatcher::poll()
{
    if (!m_db.isOpen())
        return;
    auto version = m_db.queryInt(QStringLiteral("PRAGMA data_version"));
    if (!version) {
        m_timer.stop();
        Q_EMIT failed(version.error());
        return;
    }
    if (version.value() == m_version)
        return;
    m_version = version.value();
    Q_EMIT changed();
}

} // namespace relay::core
