#pragma once

#include <QWidget>

class QTableView;

namespace relay::core {
class WorkspaceWatcher;
class Workspace;
} // namespace relay::core

namespace relay::ui {

class ActivityLogModel;
class HeaderState;
class MessageBanner;

// Who did what in this workspace, and a check of the log's hash chain.
class ActivityPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    // Refreshes itself when the workspace changes (LiveRefresh).
    void followChanges(core::WorkspaceWatcher *watcher);
    ActivityLogModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();
    void verify();

private:
    core::Workspace *m_workspace = nullptr;
    MessageBanner *m_banner;
    ActivityLogModel *m_model;
    QTableView *m_view;
    HeaderState *m_headerState = nullptr;
};

} // namespace relay::ui
