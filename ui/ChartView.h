#pragma once

#include <QChartView>

namespace relay::ui {

// A chart view with "Copy as Image" (context menu, Ctrl+C) and a text for
// screen readers that says what the chart shows: its accessible description
// is the title and the plotted values (summary()).
class ChartView final : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Replaces the chart; the view deletes the one it showed before.
    void replaceChart(QChart *chart);
    void copyToClipboard();

    // The chart in words: its title, then each bar set or line with its
    // values by category (a long one as its count, total, lowest and highest).
    static QString summary(const QChart *chart);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace relay::ui
