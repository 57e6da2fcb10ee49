#pragma once

#include "reports/ReportCache.h"

#include <QWidget>

class QChartView;
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
    QChartView *dailyChart() const { return m_daily; }
    QChartView *deliveryChart() const { return m_delivery; }
    QComboBox *measure() const { return m_measure; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();
    void showMessage(const QString &text, bool error);

private:
    void refreshBreakdown();
    void refreshCharts(const core::ReportCache::Filter &filter);

    core::Workspace *m_workspace = nullptr;
    MessageBanner *m_banner;
    QTableWidget *m_pulls;
    QComboBox *m_dimension;
    QLabel *m_scope;
    QTableWidget *m_breakdown;
    QComboBox *m_measure;
    QChartView *m_daily;
    QChartView *m_delivery;
};

} // namespace relay::ui
