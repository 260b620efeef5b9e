#pragma once

#include "KeyedTableModel.h"
#include "catalog/TaskRecord.h"

namespace outflow {

/// The data-outflow tasks of the catalog, one row per task, keyed by task id.
///
/// Colours are not decided here (this library has no QtGui): views read StatusRole and colour
/// the status themselves.
class TaskListModel final : public KeyedTableModel<TaskRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column { Id, Name, Status, Source, Target, MessagesPerSecond, Lag, Created, ColumnCount };
    enum Role {
        /// The row's TaskStatus as int, on every column.
        StatusRole = Qt::UserRole,
        /// A value that sorts the column naturally (time as a number, not as text).
        SortRole,
    };

    explicit TaskListModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskRecord> &tasks) { replaceRows(tasks); }
    const TaskRecord &task(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const TaskRecord &task) const override { return task.id; }
    bool sameContent(const TaskRecord &a, const TaskRecord &b) const override;

private:
    QString displayText(const TaskRecord &task, Column column) const;
    QVariant sortValue(const TaskRecord &task, Column column) const;
    QString toolTip(const TaskRecord &task, Column column) const;
};

} // namespace outflow
