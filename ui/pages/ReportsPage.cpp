#include "ReportsPage.h"

#include "MessageBanner.h"
#include "reports/ReportCache.h"
#include "workspace/Workspace.h"

#include <QComboBox>
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
      m_breakdown(new QTableWidget(this))
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_pulls);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshBreakdown);
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

void ReportsPage::refreshBreakdown()
{
    m_breakdown->setRowCount(0);
    if (!m_workspace)
        return;
    ReportCache::BreakdownFilter filter;
    const int row = m_pulls->currentRow();
    if (row >= 0 && m_pulls->item(row, 0))
        filter.pullId = m_pulls->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_scope->setText(filter.pullId > 0 ? tr("Pull %1").arg(filter.pullId) : tr("All live pulls"));
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
