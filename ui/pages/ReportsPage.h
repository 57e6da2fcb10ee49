#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace relay::core {
class Workspace;
}

namespace relay::ui {

class MessageBanner;

// The report cache: every pull with its 7-day clock, and a breakdown of the
// selected pull (or all live pulls) by one dimension. Charts, filters and
// exports build on this page.
class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);

    void setWorkspace(core::Workspace *workspace);
    QTableWidget *pulls() const { return m_pulls; }
    QTableWidget *breakdown() const { return m_breakdown; }
    QComboBox *dimension() const { return m_dimension; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();
    void showMessage(const QString &text, bool error);

private:
    void refreshBreakdown();

    core::Workspace *m_workspace = nullptr;
    MessageBanner *m_banner;
    QTableWidget *m_pulls;
    QComboBox *m_dimension;
    QLabel *m_scope;
    QTableWidget *m_breakdown;
};

} // namespace relay::ui
