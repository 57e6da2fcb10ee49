#include "ReportCharts.h"

#include "VisibleText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace relay::ui {

// The translation context of the chart texts.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

using core::ReportCache;
using core::ReportExport;

core::Result<ReportData> ReportData::load(ReportCache &cache, const ReportCache::Filter &filter)
{
    ReportData data;
    data.filter = filter;
    auto totals = cache.totals(filter);
    if (!totals)
        return totals.error();
    data.totals = totals.value();
    auto days = cache.crossBreakdown(
        ReportCache::Dimension::Day, ReportCache::Dimension::StatusOf, filter);
    if (!days)
        return days.error();
    data.dayByStatus = std::move(days.value());
    const std::pair<ReportCache::Dimension, ReportExport::Table *> tables[] = {
        { ReportCache::Dimension::Campaign, &data.campaigns },
        { ReportCache::Dimension::Brand, &data.brands },
        { ReportCache::Dimension::Sender, &data.gateways },
        { ReportCache::Dimension::Segments, &data.segments },
        { ReportCache::Dimension::Error, &data.errors },
        { ReportCache::Dimension::StatusOf, &data.statuses },
    };
    for (const auto &[by, table] : tables) {
        auto rows = ReportExport::breakdownTable(cache, by, filter);
        if (!rows)
            return rows.error();
        *table = std::move(rows.value());
    }
    return data;
}

bool isFailedStatus(const QString &status)
{
    static const QStringList failed { QStringLiteral("undelivered"), QStringLiteral("failed"),
        QStringLiteral("gw_reject"), QStringLiteral("gw_timeout"),
        QStringLiteral("delivery_failed"), QStringLiteral("sending_failed") };
    return failed.contains(status);
}

double deliveryRate(qint64 delivered, qint64 failed)
{
    const qint64 final = delivered + failed;
    return final > 0 ? 100.0 * static_cast<double>(delivered) / static_cast<double>(final) : -1.0;
}

namespace charts {

namespace {

QChart *newChart(const QString &title, bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString count(qreal value)
{
    return QLocale().toString(static_cast<qint64>(value));
}

QStringList sortedDays(const ReportData &data)
{
    QStringList days;
    for (const auto &r : data.dayByStatus) {
        const QString day = r.first.isNull() ? ReportCharts::tr("(no date)") : r.first;
        if (!days.contains(day))
            days.append(day);
    }
    days.sort();
    return days;
}

// Day labels that stay readable: every day as MM-DD for a week or two; for
// a month, every few days (a category axis cannot skip labels, so a value
// axis with labelled points stands in, at the bars' positions 0..n-1).
QAbstractAxis *dayAxis(const QStringList &days, int roomyUpTo, int maxLabels)
{
    if (days.size() <= roomyUpTo) {
        auto *axis = new QBarCategoryAxis;
        QStringList labels;
        for (const QString &day : days)
            labels << day.right(5);
        axis->append(labels);
        return axis;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, static_cast<qreal>(days.size()) - 0.5);
    const int step = static_cast<int>((days.size() + maxLabels - 1) / maxLabels);
    for (int i = 0; i < days.size(); i += step)
        axis->append(days.at(i).right(5), i);
    axis->setTitleText(ReportCharts::tr("UTC days, %1 to %2").arg(days.first(), days.last()));
    return axis;
}

// 0 to a round number above the largest value; an empty chart (a filter
// that matches nothing) gets 0 to 1 rather than an undefined range.
void fitCounts(QValueAxis *axis, qreal largest)
{
    axis->setRange(0, largest > 0 ? largest : 1);
    axis->applyNiceNumbers();
}

// One tooltip per bar (category), shown while the pointer is on it.
void showTips(QAbstractBarSeries *series, QChart *chart, const QStringList &tips)
{
    QObject::connect(
        series, &QAbstractBarSeries::hovered, chart, [tips](bool on, int index, QBarSet *) {
            if (on && index >= 0 && index < tips.size())
                QToolTip::showText(QCursor::pos(), tips.at(index));
            else
                QToolTip::hideText();
        });
}

} // namespace

QChart *dailyByStatus(const ReportData &data, Measure measure, bool dark)
{
    const bool segments = measure == Measure::Segments;
    QChart *chart = newChart(segments ? ReportCharts::tr("Segments per UTC day, by status")
                                      : ReportCharts::tr("Messages per UTC day, by status"),
        dark);
    const QStringList days = sortedDays(data);
    QStringList statuses;
    QHash<QString, QHash<QString, qint64>> values; // status -> day -> count
    for (const auto &r : data.dayByStatus) {
        const QString day = r.first.isNull() ? ReportCharts::tr("(no date)") : r.first;
        if (!statuses.contains(r.second))
            statuses.append(r.second);
        values[r.second][day] += segments ? r.segments : r.messages;
    }
    statuses.sort();
    auto *bars = new QStackedBarSeries;
    for (const QString &status : std::as_const(statuses)) {
        auto *set = new QBarSet(core::visibleText(status));
        for (const QString &day : days)
            *set << static_cast<qreal>(values.value(status).value(day));
        bars->append(set);
    }
    QObject::connect(
        bars, &QStackedBarSeries::hovered, chart, [days](bool on, int index, QBarSet *set) {
            if (on && index >= 0 && index < days.size())
                QToolTip::showText(QCursor::pos(),
                    ReportCharts::tr("%1, %2: %3")
                        .arg(days.at(index), set->label(), count(set->at(index))));
            else
                QToolTip::hideText();
        });
    chart->addSeries(bars);
    QAbstractAxis *x = dayAxis(days, 10, 8);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    qreal largest = 0;
    for (int i = 0; i < days.size(); ++i) {
        qreal stack = 0;
        for (QBarSet *set : bars->barSets())
            stack += set->at(i);
        largest = std::max(largest, stack);
    }
    fitCounts(countAxis, largest);
    return chart;
}

QChart *deliveryRate(const ReportData &data, bool dark)
{
    QChart *chart = newChart(ReportCharts::tr("Delivery rate per UTC day"), dark);
    const QStringList days = sortedDays(data);
    QHash<QString, std::pair<qint64, qint64>> perDay; // delivered, failed
    for (const auto &r : data.dayByStatus) {
        const QString day = r.first.isNull() ? ReportCharts::tr("(no date)") : r.first;
        if (r.second == QLatin1String("delivered"))
            perDay[day].first += r.messages;
        else if (isFailedStatus(r.second))
            perDay[day].second += r.messages;
    }
    auto *line = new QLineSeries;
    line->setName(ReportCharts::tr("Delivered / (delivered + undelivered + failed)"));
    auto *points = new QScatterSeries; // the days themselves, for hovering
    points->setMarkerSize(7);
    points->setName(QString());
    QStringList pointDays;
    for (int i = 0; i < days.size(); ++i) {
        const auto [delivered, failed] = perDay.value(days.at(i));
        const double rate = relay::ui::deliveryRate(delivered, failed);
        if (rate < 0)
            continue;
        line->append(i, rate);
        points->append(i, rate);
        pointDays << ReportCharts::tr("%1: %2% delivered (%3 of %4 final)")
                         .arg(days.at(i), QLocale().toString(rate, 'f', 1), count(delivered),
                             count(delivered + failed));
    }
    QObject::connect(points, &QScatterSeries::hovered, chart,
        [pointDays, points](const QPointF &point, bool on) {
            const auto all = points->points();
            const auto it = std::find(all.begin(), all.end(), point);
            if (on && it != all.end())
                QToolTip::showText(
                    QCursor::pos(), pointDays.at(static_cast<int>(it - all.begin())));
            else
                QToolTip::hideText();
        });
    chart->addSeries(line);
    chart->addSeries(points);
    chart->legend()->markers(points).first()->setVisible(false);
    QAbstractAxis *x = dayAxis(days, 4, 4);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto *series :
        { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart *topBars(
    const QString &title, const ReportExport::Table &table, Measure measure, int limit, bool dark)
{
    QChart *chart = newChart(title, dark);
    const int valueColumn = measure == Measure::Segments ? 2 : 1;
    QStringList labels;
    QStringList tips;
    QList<qreal> values;
    qreal other = 0;
    int otherCount = 0;
    for (const QStringList &row : table.rows) {
        const qreal value = row.at(valueColumn).toDouble();
        if (labels.size() < limit) {
            const QString key
                = row.at(0).isEmpty() ? ReportCharts::tr("(none)") : core::visibleText(row.at(0));
            labels << key;
            values << value;
            QString tip
                = ReportCharts::tr("%1: %2 (%3% of messages)").arg(key, count(value), row.at(3));
            if (table.columns.size() > 4 && row.size() > 4 && !row.at(4).isEmpty())
                tip += QLatin1Char('\n')
                    + ReportCharts::tr("Messaging services: %1").arg(row.at(4));
            tips << tip;
        } else {
            other += value;
            ++otherCount;
        }
    }
    if (otherCount > 0) {
        labels << ReportCharts::tr("%n other(s)", nullptr, otherCount);
        values << other;
        tips << ReportCharts::tr("%n other(s): %1", nullptr, otherCount).arg(count(other));
    }
    // Largest at the top: horizontal bars draw the first category lowest.
    std::reverse(labels.begin(), labels.end());
    std::reverse(values.begin(), values.end());
    std::reverse(tips.begin(), tips.end());
    auto *set = new QBarSet(
        measure == Measure::Segments ? ReportCharts::tr("Segments") : ReportCharts::tr("Messages"));
    set->append(values);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    showTips(series, chart, tips);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    fitCounts(axis, values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()));
    chart->legend()->hide();
    return chart;
}

QChart *segmentDistribution(const ReportData &data, bool dark)
{
    QChart *chart = newChart(ReportCharts::tr("Messages by segment count"), dark);
    const QStringList buckets { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
        QStringLiteral("4+") };
    QHash<QString, qint64> messages;
    for (const QStringList &row : data.segments.rows)
        messages[row.at(0)] += row.at(1).toLongLong();
    auto *set = new QBarSet(ReportCharts::tr("Messages"));
    QStringList tips;
    for (const QString &bucket : buckets) {
        *set << static_cast<qreal>(messages.value(bucket));
        const QString n = count(static_cast<qreal>(messages.value(bucket)));
        tips << (bucket == QLatin1String("1")
                ? ReportCharts::tr("1 segment: %1 messages").arg(n)
                : ReportCharts::tr("%1 segments: %2 messages").arg(bucket, n));
    }
    auto *series = new QBarSeries;
    series->append(set);
    showTips(series, chart, tips);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(buckets);
    x->setTitleText(ReportCharts::tr("Segments per message"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    qreal largest = 0;
    for (int i = 0; i < set->count(); ++i)
        largest = std::max(largest, set->at(i));
    fitCounts(y, largest);
    chart->legend()->hide();
    return chart;
}

} // namespace charts

} // namespace relay::ui
