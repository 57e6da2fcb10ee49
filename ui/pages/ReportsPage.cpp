#include "ReportsPage.h"

#include "MessageBanner.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHash>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relay::ui {

using core::ReportCache;

namespace {

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUp(QTableWidget *table, const QStringList &headers, const QString &name)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Columns fit their contents; the last one takes the rest of the width.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
}

QString stateLabel(ReportCache::State state)
{
    switch (state) {
    case ReportCache::State::Running:
        return ReportsPage::tr("running");
    case ReportCache::State::Complete:
        return ReportsPage::tr("complete");
    case ReportCache::State::Failed:
        return ReportsPage::tr("failed");
    case ReportCache::State::Cancelled:
        return ReportsPage::tr("cancelled (resumable)");
    }
    return {};
}

QString remaining(const QDateTime &expires)
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expires);
    if (seconds <= 0)
        return ReportsPage::tr("due now");
    if (seconds >= 86400)
        return ReportsPage::tr("%n day(s)", nullptr, static_cast<int>(seconds / 86400));
    return ReportsPage::tr("%n hour(s)", nullptr, static_cast<int>(qMax<qint64>(1, seconds / 3600)));
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent),
      m_banner(new MessageBanner(this)),
      m_pulls(new QTableWidget(this)),
      m_dimension(new QComboBox(this)),
      m_scope(new QLabel(this)),
      m_breakdown(new QTableWidget(this)),
      m_measure(new QComboBox(this)),
      m_daily(new QChartView(this)),
      m_delivery(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<h2>Reports</h2>"), this));
    header->addStretch(1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    header->addWidget(refreshButton);
    layout->addLayout(header);
    auto *intro = new QLabel(tr("Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, "
                                "segment counts, ids, status timestamps, campaign and brand, never bodies or "
                                "recipients, and deletes itself 7 days after it completed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);

    setUp(m_pulls, {tr("ID"), tr("Provider"), tr("Client"), tr("Range"), tr("State"), tr("Records"), tr("Segments"),
                    tr("Expires in")},
          tr("Report pulls"));
    setUp(m_breakdown, {tr("Key"), tr("Messages"), tr("Segments"), tr("Share")}, tr("Breakdown"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    auto *byLabel = new QLabel(tr("&Breakdown by:"), lower);
    byLabel->setBuddy(m_dimension);
    const QList<QPair<QString, ReportCache::Dimension>> dimensions{
        {tr("Sending gateway"), ReportCache::Dimension::Sender}, {tr("Status"), ReportCache::Dimension::StatusOf},
        {tr("Day (UTC)"), ReportCache::Dimension::Day},           {tr("Campaign"), ReportCache::Dimension::Campaign},
        {tr("Brand"), ReportCache::Dimension::Brand},             {tr("Error code"), ReportCache::Dimension::Error},
        {tr("Segments"), ReportCache::Dimension::Segments},       {tr("Direction"), ReportCache::Dimension::Direction},
        {tr("Channel"), ReportCache::Dimension::Channel},
    };
    for (const auto &[label, dimension] : dimensions)
        m_dimension->addItem(label, static_cast<int>(dimension));
    m_dimension->setAccessibleName(tr("Breakdown dimension"));
    controls->addWidget(byLabel);
    controls->addWidget(m_dimension);
    controls->addWidget(m_scope, 1);
    lowerLayout->addLayout(controls);
    lowerLayout->addWidget(m_breakdown, 1);

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartControls = new QHBoxLayout;
    auto *measureLabel = new QLabel(tr("&Count:"), charts);
    measureLabel->setBuddy(m_measure);
    m_measure->addItem(tr("Segments"));
    m_measure->addItem(tr("Messages"));
    m_measure->setAccessibleName(tr("Count segments or messages"));
    chartControls->addWidget(measureLabel);
    chartControls->addWidget(m_measure);
    chartControls->addStretch(1);
    chartsLayout->addLayout(chartControls);
    auto *chartRow = new QHBoxLayout;
    for (QChartView *view : {m_daily, m_delivery}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    m_daily->setAccessibleName(tr("Per UTC day, stacked by status"));
    m_delivery->setAccessibleName(tr("Delivery rate per UTC day"));
    chartRow->addWidget(m_daily, 3);
    chartRow->addWidget(m_delivery, 2);
    chartsLayout->addLayout(chartRow, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pulls);
    splitter->addWidget(charts);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshBreakdown);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshBreakdown);
    connect(m_pulls, &QTableWidget::itemSelectionChanged, this, &ReportsPage::refreshBreakdown);
}

void ReportsPage::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->dismiss();
    refresh();
}

void ReportsPage::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}

void ReportsPage::refresh()
{
    const qint64 selected = m_pulls->currentRow() >= 0 ? m_pulls->item(m_pulls->currentRow(), 0)->data(Qt::UserRole).toLongLong() : 0;
    m_pulls->setRowCount(0);
    if (!m_workspace) {
        m_breakdown->setRowCount(0);
        return;
    }
    auto pulls = m_workspace->reports().pulls();
    if (!pulls) {
        showMessage(core::errorMessage(pulls.error()), true);
        return;
    }
    m_pulls->setRowCount(static_cast<int>(pulls->size()));
    int row = 0;
    for (const auto &p : pulls.value()) {
        m_pulls->setItem(row, 0, number(p.id));
        m_pulls->setItem(row, 1, new QTableWidgetItem(p.provider));
        m_pulls->setItem(row, 2, new QTableWidgetItem(p.client));
        m_pulls->setItem(row, 3, new QTableWidgetItem(p.from.isValid() ? tr("%1 to %2").arg(QLocale().toString(p.from, QLocale::ShortFormat),
                                                                                            QLocale().toString(p.to, QLocale::ShortFormat))
                                                                       : tr("files")));
        auto *state = new QTableWidgetItem(stateLabel(p.state));
        if (!p.error.isEmpty())
            state->setToolTip(p.error);
        m_pulls->setItem(row, 4, state);
        m_pulls->setItem(row, 5, number(p.records));
        m_pulls->setItem(row, 6, number(p.segments));
        auto *expires = new QTableWidgetItem(remaining(p.expires));
        expires->setToolTip(QLocale().toString(p.expires.toLocalTime(), QLocale::LongFormat));
        m_pulls->setItem(row, 7, expires);
        if (p.id == selected)
            m_pulls->selectRow(row);
        ++row;
    }
    refreshBreakdown();
}

void ReportsPage::refreshCharts(const ReportCache::Filter &filter)
{
    auto *daily = new QChart;
    auto *delivery = new QChart;
    daily->setTitle(m_measure->currentIndex() == 0 ? tr("Segments per UTC day, by status") : tr("Messages per UTC day, by status"));
    delivery->setTitle(tr("Delivery rate per UTC day"));
    for (QChart *chart : {daily, delivery}) {
        chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundRoundness(0);
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    auto rows = m_workspace ? m_workspace->reports().crossBreakdown(ReportCache::Dimension::Day,
                                                                     ReportCache::Dimension::StatusOf, filter)
                            : core::Result<QList<ReportCache::CrossRow>>(QList<ReportCache::CrossRow>{});
    if (rows) {
        const bool segments = m_measure->currentIndex() == 0;
        QStringList days;
        QStringList statuses;
        QHash<QString, QHash<QString, qint64>> values; // status -> day -> count
        for (const auto &r : rows.value()) {
            const QString day = r.first.isNull() ? tr("(no date)") : r.first;
            if (!days.contains(day))
                days.append(day);
            if (!statuses.contains(r.second))
                statuses.append(r.second);
            values[r.second][day] += segments ? r.segments : r.messages;
        }
        days.sort();
        statuses.sort();
        auto *bars = new QStackedBarSeries;
        for (const QString &status : std::as_const(statuses)) {
            auto *set = new QBarSet(status);
            for (const QString &day : std::as_const(days))
                *set << static_cast<qreal>(values.value(status).value(day));
            bars->append(set);
        }
        connect(bars, &QStackedBarSeries::hovered, this, [this, days](bool on, int index, QBarSet *set) {
            if (on && index >= 0 && index < days.size())
                m_daily->setToolTip(tr("%1, %2: %3").arg(days.at(index), set->label(), QLocale().toString(set->at(index), 'f', 0)));
        });
        daily->addSeries(bars);
        auto *dayAxis = new QBarCategoryAxis;
        QStringList labels;
        for (const QString &day : std::as_const(days))
            labels << day.right(5); // MM-DD keeps a month readable
        dayAxis->append(labels);
        daily->addAxis(dayAxis, Qt::AlignBottom);
        bars->attachAxis(dayAxis);
        auto *countAxis = new QValueAxis;
        countAxis->setLabelFormat(QStringLiteral("%.0f"));
        daily->addAxis(countAxis, Qt::AlignLeft);
        bars->attachAxis(countAxis);
        countAxis->applyNiceNumbers();

        // delivered / (delivered + undelivered + failed), the providers'
        // final states (Telnyx: delivered vs failed, gw_reject, gw_timeout).
        auto *rate = new QLineSeries;
        rate->setName(tr("Delivered"));
        const QStringList failedStates{QStringLiteral("undelivered"), QStringLiteral("failed"), QStringLiteral("gw_reject"),
                                       QStringLiteral("gw_timeout"), QStringLiteral("delivery_failed"),
                                       QStringLiteral("sending_failed")};
        for (int i = 0; i < days.size(); ++i) {
            qint64 delivered = 0, final = 0;
            for (const auto &r : rows.value()) {
                const QString day = r.first.isNull() ? tr("(no date)") : r.first;
                if (day != days.at(i))
                    continue;
                if (r.second == QLatin1String("delivered")) {
                    delivered += r.messages;
                    final += r.messages;
                } else if (failedStates.contains(r.second)) {
                    final += r.messages;
                }
            }
            if (final > 0)
                rate->append(i, 100.0 * static_cast<double>(delivered) / static_cast<double>(final));
        }
        delivery->addSeries(rate);
        auto *x = new QBarCategoryAxis; // the same days as the bars, by day of month
        QStringList dayOfMonth;
        for (const QString &label : std::as_const(labels))
            dayOfMonth << label.right(2);
        x->append(dayOfMonth);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%.0f%%"));
        delivery->addAxis(x, Qt::AlignBottom);
        delivery->addAxis(y, Qt::AlignLeft);
        rate->attachAxis(x);
        rate->attachAxis(y);
    }
    // The views own and delete the charts they showed before.
    QChart *oldDaily = m_daily->chart();
    QChart *oldDelivery = m_delivery->chart();
    m_daily->setChart(daily);
    m_delivery->setChart(delivery);
    delete oldDaily;
    delete oldDelivery;
}

void ReportsPage::refreshBreakdown()
{
    m_breakdown->setRowCount(0);
    if (!m_workspace) {
        refreshCharts({});
        return;
    }
    ReportCache::Filter filter;
    const int row = m_pulls->currentRow();
    if (row >= 0 && m_pulls->item(row, 0))
        filter.pullId = m_pulls->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_scope->setText(filter.pullId > 0 ? tr("Pull %1").arg(filter.pullId) : tr("All live pulls"));
    refreshCharts(filter);
    const auto dimension = static_cast<ReportCache::Dimension>(m_dimension->currentData().toInt());
    auto rows = m_workspace->reports().breakdown(dimension, filter);
    if (!rows) {
        showMessage(core::errorMessage(rows.error()), true);
        return;
    }
    qint64 total = 0;
    for (const auto &r : rows.value())
        total += r.messages;
    m_breakdown->setRowCount(static_cast<int>(rows->size()));
    int i = 0;
    for (const auto &r : rows.value()) {
        auto *key = new QTableWidgetItem(r.key.isNull() ? tr("(none)") : r.key);
        if (r.key.isNull())
            key->setForeground(palette().color(QPalette::PlaceholderText));
        m_breakdown->setItem(i, 0, key);
        m_breakdown->setItem(i, 1, number(r.messages));
        m_breakdown->setItem(i, 2, number(r.segments));
        auto *share = new QTableWidgetItem(total > 0 ? QLocale().toString(100.0 * static_cast<double>(r.messages) / static_cast<double>(total), 'f', 1) + QLatin1Char('%')
                                                     : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_breakdown->setItem(i, 3, share);
        ++i;
    }
}

} // namespace relay::ui
