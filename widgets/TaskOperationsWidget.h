#pragma once

#include "catalog/TaskStatus.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace outflow {

class TaskListModel;

/// The Operations cell of one task row: a **Delete** link and a **More** menu (Pause, Start,
/// Restart, Rebuild, Copy). Menu items are enabled from the task's state when the menu opens,
/// so they are never stale; the whole cell is disabled while an action on the task runs.
class TaskOperationsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskOperationsWidget)

public:
    enum class Operation { Pause, Start, Restart, ResetPosition, Rebuild, Copy, Delete };
    Q_ENUM(Operation)

    TaskOperationsWidget(const TaskListModel *model, QString taskId, QWidget *parent = nullptr);

    const QString &taskId() const { return m_taskId; }
    /// Whether `operation` makes sense for a task in `status` (PRODUCT.md section 3).
    static bool allowed(Operation operation, TaskStatus status);
    void setBusy(bool busy);

Q_SIGNALS:
    void operationRequested(const QString &taskId, outflow::TaskOperationsWidget::Operation operation);

private:
    void updateMenu();

    const TaskListModel *m_model;
    QString m_taskId;
    QToolButton *m_delete;
    QToolButton *m_more;
    QMenu *m_menu;
};

} // namespace outflow
