#pragma once

#include "reports/ReportCache.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace relay::core {
class Workspace;
}

namespace relay::ui {

// Every cached record of a filter, for a QTableView, without ever loading
// the records, after DB Browser for SQLite's RowLoader: a loader thread (a
// core::Worker with its own SQLCipher connection) sorts the filter's record
// ids (8 bytes each) and reads rows in windows of kWindow as the view asks
// for them; a few windows stay cached. While the ids of a new filter load,
// the first rows in storage order are shown. Nothing is read on the GUI
// thread; a result for an older filter or sort is dropped by its
// generation, and a sort no longer wanted is interrupted.
class RecordsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kWindow = 256;
    static constexpr int kCachedWindows = 64;

    explicit RecordsModel(QObject *parent = nullptr);
    ~RecordsModel() override;

    void setWorkspace(core::Workspace *workspace);
    void setFilter(const core::ReportCache::Filter &filter);
    const core::ReportCache::Filter &filter() const { return m_filter; }
    // The ids of the current filter and sort are still loading.
    bool isLoading() const { return m_loading; }
    // Rows of the filter once the ids are in, else -1.
    qint64 total() const { return m_loaded ? static_cast<qint64>(m_ids.size()) : -1; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Windows of rows held in memory now (at most kCachedWindows).
    int cachedWindows() const { return static_cast<int>(m_windows.count()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString columnTitle(int column);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The ids of the current filter and sort are in; ms: how long it took.
    void loaded(qint64 rows, qint64 ms);
    void failed(const QString &message);

private:
    class Loader;
    void reload(bool showHead);
    void setLoading(bool loading);
    void headArrived(quint64 generation, const QList<QStringList> &rows, const QString &error);
    void idsArrived(quint64 generation, std::vector<qint64> &ids, const QString &error);
    void windowArrived(
        quint64 generation, int window, QList<QStringList> &rows, const QString &error);
    void reportFailure(const QString &error);
    const QStringList *rowAt(int row) const;

    core::Workspace *m_workspace = nullptr;
    Loader *m_loader; // asks the loader thread; data() asks it for windows
    core::ReportCache::Filter m_filter;
    int m_sortColumn = -1; // storage order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
    bool m_loading = false;
    std::vector<qint64> m_ids;
    QList<QStringList> m_head;
    QCache<int, QList<QStringList>> m_windows;
    quint64 m_generation = 0;
    quint64 m_reportedFailure = 0; // the generation whose failure was reported
    QElapsedTimer m_timer;
};

} // namespace relay::ui
