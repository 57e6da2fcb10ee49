#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace relay::core {
class WorkspaceWatcher;
}

namespace relay::ui {

// Keeps a page current with its workspace, whoever changes it (a job of
// this window, the CLI, `engine serve`): when the watcher says the data
// changed, a page on screen refreshes itself (at most every minGapMs), a
// hidden one the next time it is shown. Pages never refresh each other.
class LiveRefresh final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinGapMs = 2000;

    LiveRefresh(QWidget *page, core::WorkspaceWatcher *watcher, std::function<void()> refresh);

    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void run();

    QWidget *m_page;
    std::function<void()> m_refresh;
    QTimer m_gap;
    bool m_stale = false;
};

} // namespace relay::ui
