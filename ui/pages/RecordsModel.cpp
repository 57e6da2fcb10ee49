#include "RecordsModel.h"

#include "Worker.h"
#include "reports/RecordColumns.h"
#include "reports/RecordQueries.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace relay::ui {

using core::JobControl;
using core::ReportCache;

// The model's side of the loader thread: what it asked for, the
// connection the thread reads through, and the answers as signals on the
// GUI thread, each with the generation it was asked for.
class RecordsModel::Loader final : public QObject
{
    Q_OBJECT
public:
    explicit Loader(QObject *parent)
        : QObject(parent), m_worker(new core::Worker(QStringLiteral("records-loader"), this))
    { }

    // A connection of the loader's own (nullptr: none).
    core::Status open(const core::Workspace *workspace)
    {
        cancel();
        m_db.reset();
        if (!workspace)
            return {};
        auto db = workspace->openReader();
        if (!db)
            return db.error();
        m_db = std::make_shared<core::Database>(std::move(db.value()));
        return {};
    }

    bool isOpen() const { return m_db != nullptr; }

    // Drops every request: queued ones see the cancel, a running query is
    // interrupted (sqlite3_interrupt, from this thread).
    void cancel()
    {
        m_worker->cancel();
        m_requested.clear();
        if (m_db)
            m_db->interrupt();
    }

    void loadHead(quint64 generation, const ReportCache::Filter &filter)
    {
        run(
            [filter](core::Database &db) {
                return core::RecordQueries(db).firstRecords(filter, kWindow);
            },
            [this, generation](core::Result<QList<QStringList>> rows) {
                Q_EMIT headLoaded(generation, rows ? rows.value() : QList<QStringList>(),
                    rows ? QString() : core::errorMessage(rows.error()));
            });
    }

    void loadIds(
        quint64 generation, const ReportCache::Filter &filter, int column, Qt::SortOrder order)
    {
        run(
            [filter, column, order](core::Database &db) {
                return core::RecordQueries(db).recordIds(filter, column, order);
            },
            [this, generation](core::Result<std::vector<qint64>> ids) {
                std::vector<qint64> list = ids ? std::move(ids.value()) : std::vector<qint64>();
                Q_EMIT idsLoaded(
                    generation, list, ids ? QString() : core::errorMessage(ids.error()));
            });
    }

    // At most one request per window and generation.
    void loadWindow(quint64 generation, int window, std::vector<qint64> ids)
    {
        if (m_requested.contains(window))
            return;
        m_requested.insert(window);
        run([ids = std::move(ids)](
                core::Database &db) { return core::RecordQueries(db).records(ids); },
            [this, generation, window](core::Result<QList<QStringList>> rows) {
                m_requested.remove(window);
                QList<QStringList> list = rows ? std::move(rows.value()) : QList<QStringList>();
                Q_EMIT windowLoaded(
                    generation, window, list, rows ? QString() : core::errorMessage(rows.error()));
            });
    }

Q_SIGNALS:
    void headLoaded(quint64 generation, const QList<QStringList> &rows, const QString &error);
    void idsLoaded(quint64 generation, std::vector<qint64> &ids, const QString &error);
    void windowLoaded(
        quint64 generation, int window, QList<QStringList> &rows, const QString &error);

private:
    // `query` runs on the loader thread with the connection, unless the
    // request was cancelled first; `done` gets its result here.
    template <typename Query, typename Done> void run(Query query, Done done)
    {
        if (!m_db)
            return;
        using Answer = std::invoke_result_t<Query &, core::Database &>;
        m_worker->post(
            this,
            [db = m_db, query = std::move(query)](const JobControl &control) mutable -> Answer {
                if (control.isCancelled())
                    return core::makeError(core::ErrorCode::Cancelled, {});
                return query(*db);
            },
            [done = std::move(done)](Answer answer) mutable {
                if (answer || answer.error().code != core::ErrorCode::Cancelled)
                    done(std::move(answer));
            });
    }

    core::Worker *m_worker;
    // Shared with the jobs that use it: closed when the last one lets go.
    std::shared_ptr<core::Database> m_db;
    QSet<int> m_requested;
};

RecordsModel::RecordsModel(QObject *parent)
    : QAbstractTableModel(parent), m_loader(new Loader(this))
{
    m_windows.setMaxCost(kCachedWindows);
    connect(m_loader, &Loader::headLoaded, this, &RecordsModel::headArrived);
    connect(m_loader, &Loader::idsLoaded, this, &RecordsModel::idsArrived);
    connect(m_loader, &Loader::windowLoaded, this, &RecordsModel::windowArrived);
}

RecordsModel::~RecordsModel() = default;

QString RecordsModel::columnTitle(int column)
{
    return core::RecordColumns::title(column);
}

void RecordsModel::setWorkspace(core::Workspace *workspace)
{
    m_workspace = workspace;
    m_filter = {};
    if (auto opened = m_loader->open(workspace); !opened)
        Q_EMIT failed(core::errorMessage(opened.error()));
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

void RecordsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RecordsModel::reload(bool showHead)
{
    m_loader->cancel();
    const quint64 generation = ++m_generation;
    if (showHead || !m_loader->isOpen()) {
        beginResetModel();
        m_loaded = false;
        m_ids.clear();
        m_ids.shrink_to_fit();
        m_head.clear();
        m_windows.clear();
        endResetModel();
    } else {
        // Windows of the old order are no use to the new one.
        m_windows.clear();
    }
    if (!m_loader->isOpen()) {
        setLoading(false);
        return;
    }
    m_timer.start();
    if (showHead)
        m_loader->loadHead(generation, m_filter);
    m_loader->loadIds(generation, m_filter, m_sortColumn, m_sortOrder);
    setLoading(true);
}

void RecordsModel::headArrived(
    quint64 generation, const QList<QStringList> &rows, const QString &error)
{
    if (generation != m_generation || m_loaded)
        return;
    if (!error.isEmpty()) {
        reportFailure(error);
        return;
    }
    beginResetModel();
    m_head = rows;
    endResetModel();
}

void RecordsModel::idsArrived(quint64 generation, std::vector<qint64> &ids, const QString &error)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!error.isEmpty()) {
        reportFailure(error);
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_loaded = true;
    m_head.clear();
    m_windows.clear();
    endResetModel();
    Q_EMIT loaded(static_cast<qint64>(m_ids.size()), m_timer.elapsed());
}

void RecordsModel::windowArrived(
    quint64 generation, int window, QList<QStringList> &rows, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        reportFailure(error);
        return;
    }
    m_windows.insert(window, new QList<QStringList>(std::move(rows)));
    const int first = window * kWindow;
    const int last = qMin(rowCount() - 1, first + kWindow - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void RecordsModel::reportFailure(const QString &error)
{
    // Once per filter and sort, not once per window.
    if (m_reportedFailure == m_generation)
        return;
    m_reportedFailure = m_generation;
    Q_EMIT failed(error);
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
        return row >= 0 && row < m_head.size() ? &m_head.at(row) : nullptr;
    if (row < 0 || static_cast<std::size_t>(row) >= m_ids.size())
        return nullptr;
    const int window = row / kWindow;
    if (const QList<QStringList> *rows = m_windows.object(window)) {
        const int offset = row % kWindow;
        return offset < rows->size() ? &rows->at(offset) : nullptr;
    }
    // Not here yet: the loader reads it; dataChanged() follows.
    const auto first = m_ids.begin() + static_cast<std::ptrdiff_t>(window) * kWindow;
    const auto last = m_ids.begin()
        + static_cast<std::ptrdiff_t>(
            qMin<std::size_t>(m_ids.size(), std::size_t(window + 1) * kWindow));
    m_loader->loadWindow(m_generation, window, std::vector<qint64>(first, last));
    return nullptr;
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

#include "RecordsModel.moc"
