#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace relay::core {
class Workspace;
}

namespace relay::ui {

// What this workspace keeps at rest and how: every file with its size, mode
// and whether it is encrypted. (The full policy inventory and verifier build
// on this page.)
class RetentionPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPage(QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    QTreeWidget *files() const { return m_files; }

public Q_SLOTS:
    void refresh();

private:
    core::Workspace *m_workspace = nullptr;
    QLabel *m_summary;
    QTreeWidget *m_files;
};

} // namespace relay::ui
