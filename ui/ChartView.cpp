#include "ChartView.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace relay::ui {

namespace {

// More values than this are summed up rather than read out one by one.
constexpr int kListedValues = 12;

QString formatted(qreal value)
{
    const QLocale locale;
    return value == std::floor(value) ? locale.toString(static_cast<qint64>(value))
                                      : locale.toString(value, 'f', 1);
}

// Qt Charts' getters are not const.
QStringList categoriesOf(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

// "%" when the value axis shows percentages.
QString unitOf(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *values = qobject_cast<QValueAxis *>(axis);
            values && values->labelFormat().contains(QLatin1String("%%")))
            return QStringLiteral("%");
    }
    return {};
}

// "name: a 3; b 5" for a few values, "name: 31 values, total …" for many.
QString describeValues(const QString &name, const QList<qreal> &values,
    const QStringList &categories, bool reversed, const QString &unit)
{
    const auto number = [&unit](qreal value) -> QString { return formatted(value) + unit; };
    if (values.isEmpty())
        return ChartView::tr("%1: no values").arg(name);
    if (values.size() > kListedValues
        || (!categories.isEmpty() && categories.size() < values.size())) {
        qreal total = 0;
        for (const qreal v : values)
            total += v;
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        const int count = static_cast<int>(values.size());
        // A total of rates means nothing.
        if (!unit.isEmpty())
            return ChartView::tr("%1: %n value(s), lowest %2, highest %3", nullptr, count)
                .arg(name, number(*low), number(*high));
        return ChartView::tr("%1: %n value(s), total %2, lowest %3, highest %4", nullptr, count)
            .arg(name, number(total), number(*low), number(*high));
    }
    QStringList items;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qsizetype at = reversed ? values.size() - 1 - i : i;
        items << (categories.isEmpty()
                ? number(values.at(at))
                : ChartView::tr("%1 %2").arg(categories.at(at), number(values.at(at))));
    }
    return ChartView::tr("%1: %2").arg(name, items.join(QStringLiteral("; ")));
}

} // namespace

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
    setAccessibleDescription(chart ? summary(chart) : QString());
}

QString ChartView::summary(const QChart *chart)
{
    if (!chart)
        return {};
    QStringList parts;
    if (!chart->title().isEmpty())
        parts << chart->title();
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            // Horizontal bars draw the first category lowest: read from the top.
            const bool reversed = series->type() == QAbstractSeries::SeriesTypeHorizontalBar
                || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
                || series->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
            const QStringList categories = categoriesOf(series);
            for (QBarSet *set : bars->barSets()) {
                QList<qreal> values;
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
                parts << describeValues(set->label(), values, categories, reversed, unitOf(series));
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QList<qreal> values;
            QStringList labels;
            const QStringList categories = categoriesOf(series);
            for (const QPointF &point : line->points()) {
                values << point.y();
                const auto at = static_cast<qsizetype>(std::lround(point.x()));
                if (at >= 0 && at < categories.size())
                    labels << categories.at(at);
            }
            parts << describeValues(line->name(), values,
                labels.size() == values.size() ? labels : QStringList(), false, unitOf(series));
        }
        // Scatter points repeat a line's values for hovering: not read twice.
    }
    if (chart->series().isEmpty())
        parts << tr("No data.");
    return parts.join(QStringLiteral(". "));
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
