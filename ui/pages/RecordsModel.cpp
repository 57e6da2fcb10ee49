#include "RecordsModel.h"

#include "Clock.h"
#include "reports/RecordColumns.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <QMutex>

namespace relay::ui {

using core::ReportCache;

// What the GUI thread shares with a reader thread: the connection to
// interrupt when the load is no longer wanted.
struct RecordsModel::Job {
    QMutex mutex;
    core::Database db;
    bool cancelled = false;
};

RecordsModel::RecordsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_windows.setMaxCost(kCachedWindows);
}

RecordsModel::~RecordsModel()
{
    cancelLoad();
}

QString RecordsModel::columnTitle(int column)
{
    return core::RecordColumns::title(column);
}

void RecordsModel::setWorkspace(core::Workspace *workspace)
{
    cancelLoad();
    m_workspace = workspace;
    m_filter = {};
    reload(true);
}

void RecordsModel::setFilter(const ReportCache::Filter &filter)
{
    m_filter = filter;
    reload(true);
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // The rows shown stay until the new order is in.
    reload(false);
}

void RecordsModel::reload(bool showHead)
{
    cancelLoad();
    if (showHead || !m_workspace) {
        beginResetModel();
        m_loaded = false;
        m_ids.clear();
        m_ids.shrink_to_fit();
        m_head.clear();
        m_windows.clear();
        m_reportedFailure = false;
        if (m_workspace) {
            auto head = m_workspace->reports().firstRecords(m_filter, kWindow);
            if (head)
                m_head = std::move(head.value());
            else
                Q_EMIT failed(core::errorMessage(head.error()));
        }
        endResetModel();
    }
    if (m_workspace)
        startLoad();
}

void RecordsModel::startLoad()
{
    auto db = m_workspace->openReader();
    if (!db) {
        Q_EMIT failed(core::errorMessage(db.error()));
        return;
    }
    m_job = std::make_shared<Job>();
    m_job->db = std::move(db.value());
    const quint64 generation = ++m_generation;
    const auto job = m_job;
    const ReportCache::Filter filter = m_filter;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    m_timer.start();
    m_thread = QThread::create([this, job, generation, filter, column, order] {
        static const core::SystemClock clock;
        std::vector<qint64> ids;
        QString error;
        {
            ReportCache reader(job->db, clock);
            auto result = reader.recordIds(filter, column, order);
            if (result)
                ids = std::move(result.value());
            else
                error = core::errorMessage(result.error());
        }
        QMutexLocker lock(&job->mutex);
        job->db.close();
        if (job->cancelled)
            return;
        // The model waits for this thread before it goes, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, generation, ids = std::move(ids), error]() mutable {
                finishLoad(generation, std::move(ids), error);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("records-loader"));
    m_thread->start(QThread::LowPriority);
    Q_EMIT loadingChanged(true);
}

void RecordsModel::cancelLoad()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_job->mutex);
        m_job->cancelled = true;
        if (m_job->db.isOpen())
            m_job->db.interrupt();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    ++m_generation; // a result already queued is dropped
    Q_EMIT loadingChanged(false);
}

void RecordsModel::finishLoad(quint64 generation, std::vector<qint64> ids, const QString &error)
{
    if (generation != m_generation)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job.reset();
    Q_EMIT loadingChanged(false);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_loaded = true;
    m_head.clear();
    m_windows.clear();
    m_reportedFailure = false;
    endResetModel();
    Q_EMIT loaded(static_cast<qint64>(m_ids.size()), m_timer.elapsed());
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const std::size_t rows = m_loaded ? m_ids.size() : static_cast<std::size_t>(m_head.size());
    return static_cast<int>(qMin<std::size_t>(rows, std::numeric_limits<int>::max()));
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : core::RecordColumns::count();
}

const QStringList *RecordsModel::rowAt(int row) const
{
    if (!m_loaded)
        return row < m_head.size() ? &m_head.at(row) : nullptr;
    if (row < 0 || static_cast<std::size_t>(row) >= m_ids.size() || !m_workspace)
        return nullptr;
    const int window = row / kWindow;
    if (!m_windows.contains(window)) {
        const auto first = m_ids.begin() + static_cast<std::ptrdiff_t>(window) * kWindow;
        const auto last = m_ids.begin()
            + static_cast<std::ptrdiff_t>(
                qMin<std::size_t>(m_ids.size(), std::size_t(window + 1) * kWindow));
        auto rows = m_workspace->reports().records(std::vector<qint64>(first, last));
        if (!rows) {
            if (!m_reportedFailure) {
                m_reportedFailure = true;
                Q_EMIT const_cast<RecordsModel *>(this)->failed(core::errorMessage(rows.error()));
            }
            return nullptr;
        }
        m_windows.insert(window, new QList<QStringList>(std::move(rows.value())));
    }
    const QList<QStringList> *rows = m_windows.object(window);
    const int offset = row % kWindow;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const bool numeric = core::RecordColumns::isNumeric(column);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const QStringList *row = rowAt(index.row());
    if (!row)
        return {};
    const core::RecordColumn::Kind kind = core::RecordColumns::all()[column].kind;
    if (row->isEmpty()) {
        return role == Qt::DisplayRole && kind == core::RecordColumn::Kind::MessageId
            ? tr("(purged)")
            : QVariant();
    }
    const QString &value = row->at(column);
    if (role == Qt::UserRole)
        return value;
    // Amounts in the reader's number format; the exports keep the provider's.
    if (kind == core::RecordColumn::Kind::Price && !value.isEmpty()) {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (ok)
            return QLocale().toString(amount, 'f', 5);
    }
    if (kind == core::RecordColumn::Kind::Time && !value.isEmpty()) {
        QString shown = value;
        shown.replace(QLatin1Char('T'), QLatin1Char(' '));
        shown.remove(QLatin1Char('Z'));
        return shown;
    }
    return value;
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return QLocale().toString(section + 1);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace relay::ui
