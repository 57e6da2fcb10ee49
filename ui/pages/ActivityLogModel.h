#pragma once

#include "activity/ActivityLog.h"

#include <QAbstractTableModel>

namespace relay::ui {

// The workspace's activity log as a table, newest last.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, DetailColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<core::ActivityLog::Entry> entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeAction(const QString &action);

private:
    QList<core::ActivityLog::Entry> m_entries;
};

} // namespace relay::ui
