#pragma once

#include "catalog/TaskStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace outflow {

/// Filters a TaskListModel by free text (name or id) and by state, and sorts it with failed
/// tasks first whatever the sort column and direction: they are what the user must act on.
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    /// Case-insensitive substring of the task name or id; empty matches all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    /// Only tasks in this state; nullopt matches all.
    void setStatusFilter(std::optional<TaskStatus> status);
    std::optional<TaskStatus> statusFilter() const { return m_status; }

    /// The states that sort to the top: a task that failed to run or to be created.
    static bool needsAttention(TaskStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    std::optional<TaskStatus> m_status;
};

} // namespace outflow
