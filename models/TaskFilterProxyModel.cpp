#include "TaskFilterProxyModel.h"

#include "TaskListModel.h"

namespace outflow {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TaskFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText) return;
    m_searchText = trimmed;
    invalidateFilter();
}

void TaskFilterProxyModel::setStatusFilter(std::optional<TaskStatus> status)
{
    if (status == m_status) return;
    m_status = status;
    invalidateFilter();
}

bool TaskFilterProxyModel::needsAttention(TaskStatus status)
{
    return status == TaskStatus::Error || status == TaskStatus::CreateFailed;
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_status) {
        const QModelIndex status = source->index(sourceRow, TaskListModel::Status, sourceParent);
        if (source->data(status, TaskListModel::StatusRole).toInt() != int(*m_status)) return false;
    }
    if (m_searchText.isEmpty()) return true;
    for (int column : {int(TaskListModel::Name), int(TaskListModel::Id)}) {
        const QModelIndex cell = source->index(sourceRow, column, sourceParent);
        if (cell.data(Qt::DisplayRole).toString().contains(m_searchText, Qt::CaseInsensitive)) return true;
    }
    return false;
}

bool TaskFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto attention = [this](const QModelIndex &index) {
        const QModelIndex status = index.siblingAtColumn(TaskListModel::Status);
        return needsAttention(TaskStatus(sourceModel()->data(status, TaskListModel::StatusRole).toInt()));
    };
    const bool leftFailed = attention(left);
    const bool rightFailed = attention(right);
    if (leftFailed != rightFailed) {
        // The view reverses lessThan for a descending sort; answer the other way round then so
        // failed tasks stay on top in both directions.
        return sortOrder() == Qt::AscendingOrder ? leftFailed : rightFailed;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace outflow
