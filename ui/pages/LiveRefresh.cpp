#include "LiveRefresh.h"

#include "workspace/WorkspaceWatcher.h"

#include <QEvent>
#include <QWidget>

namespace relay::ui {

LiveRefresh::LiveRefresh(
    QWidget *page, core::WorkspaceWatcher *watcher, std::function<void()> refresh)
    : QObject(page), m_page(page), m_refresh(std::move(refresh))
{
    m_gap.setSingleShot(true);
    m_gap.setInterval(kMinGapMs);
    connect(&m_gap, &QTimer::timeout, this, [this] {
        if (m_stale && m_page->isVisible())
            run();
    });
    connect(watcher, &core::WorkspaceWatcher::changed, this, &LiveRefresh::changed);
    page->installEventFilter(this);
}

void LiveRefresh::changed()
{
    m_stale = true;
    // A burst of changes (an import committing every batch) is one refresh
    // now and one at the end of the gap.
    if (m_page->isVisible() && !m_gap.isActive())
        run();
}

void LiveRefresh::run()
{
    m_stale = false;
    m_gap.start();
    m_refresh();
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        run();
    return QObject::eventFilter(watched, event);
}

} // namespace relay::ui
