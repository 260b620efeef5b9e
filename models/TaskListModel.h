#pragma once

#include "KeyedTableModel.h"
#include "catalog/TaskRecord.h"
#include "engine/Engine.h"

#include <QHash>
#include <optional>

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
    enum Column { Id, Name, Status, Source, Target, MessagesPerSecond, Lag, Created, Operations, ColumnCount };
    enum Role {
        /// The row's TaskStatus as int, on every column.
        StatusRole = Qt::UserRole,
        /// A value that sorts the column naturally (time as a number, not as text).
        SortRole,
        /// True while an action the user started on this task is still running.
        BusyRole,
        /// The task id, on every column (views act on tasks, not on rows).
        TaskIdRole,
    };

    explicit TaskListModel(QObject *parent = nullptr);

    void setTasks(const QList<TaskRecord> &tasks) { replaceRows(tasks); }
    const TaskRecord &task(int row) const { return item(row); }
    /// The task with this id, if listed.
    std::optional<TaskRecord> taskById(const QString &id) const;

    /// Merges one batch of engine samples: msg/s (from the previous sample of the same task)
    /// and lag. Emits a single dataChanged over the two live columns, never a reset.
    void applySamples(const TaskSamples &samples);
    /// Sum of the msg/s of every task in the latest batch.
    double totalMessagesPerSecond() const { return m_totalRate; }

    /// Shows `label` (e.g. "Pausing…") in the status column until clearBusy(); BusyRole is true.
    void setBusy(const QString &taskId, const QString &label);
    void clearBusy(const QString &taskId);
    bool isBusy(const QString &taskId) const { return m_busy.contains(taskId); }

    /// The status as the user reads it, translated.
    static QString statusLabel(TaskStatus status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const TaskRecord &task) const override { return task.id; }
    bool sameContent(const TaskRecord &a, const TaskRecord &b) const override;

private:
    /// Live figures of one task; a rate needs two samples, so the first one only primes it.
    struct Live
    {
        qint64 atMs = 0;
        qint64 messagesIn = 0;
        std::optional<double> rate;
        std::optional<qint64> lag;
    };

    void emitRowChanged(const QString &taskId);
    QString displayText(const TaskRecord &task, Column column) const;
    QVariant sortValue(const TaskRecord &task, Column column) const;
    QString toolTip(const TaskRecord &task, Column column) const;

    QHash<QString, Live> m_live;
    QHash<QString, QString> m_busy;
    double m_totalRate = 0;
};

} // namespace outflow
