#include "ChartView.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace relay::ui {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(240);
}

void ChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    if (chart)
        setAccessibleDescription(chart->title());
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(grab().toImage());
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy as Image"), QKeySequence::Copy, this, &ChartView::copyToClipboard);
    menu.exec(event->globalPos());
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace relay::ui
