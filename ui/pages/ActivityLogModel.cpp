#include "ActivityLogModel.h"

#include <QLocale>

namespace relay::ui {

void ActivityLogModel::setEntries(QList<core::ActivityLog::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::describeAction(const QString &action)
{
    if (action == QLatin1String("workspace.init"))
        return tr("Workspace created");
    if (action == QLatin1String("workspace.rekey"))
        return tr("Workspace re-keyed");
    if (action == QLatin1String("workspace.rekey.failed"))
        return tr("Re-key failed");
    if (action == QLatin1String("workspace.unlock"))
        return tr("Workspace unlocked");
    if (action == QLatin1String("report.pull"))
        return tr("Report pulled");
    if (action == QLatin1String("report.import"))
        return tr("Report imported");
    if (action == QLatin1String("report.export"))
        return tr("Report exported");
    if (action == QLatin1String("report.purge"))
        return tr("Report purged");
    if (action == QLatin1String("report.interrupted"))
        return tr("Report pull interrupted");
    if (action == QLatin1String("settings.report-ttl-days"))
        return tr("Report retention changed");
    return action;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case UserColumn:
            return entry.user;
        case ActionColumn:
            return describeAction(entry.action);
        case DetailColumn: {
            QStringList parts;
            for (auto it = entry.detail.begin(); it != entry.detail.end(); ++it)
                parts.append(it.key() + QLatin1Char('=') + it.value().toVariant().toString());
            return parts.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return entry.at.toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return entry.action;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace relay::ui
