#include "TaskActionRunner.h"

#include "Confirmation.h"
#include "TaskListModel.h"
#include "engine/Engine.h"

#include "FutureWatch.h"

#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

TaskActionRunner::TaskActionRunner(ConsoleContext context, TaskListModel *model, QWidget *dialogParent)
    : QObject(dialogParent), m_context(std::move(context)), m_model(model), m_dialogParent(dialogParent)
{
}

TaskActionRunner::Wording TaskActionRunner::wording(Action action, const QString &taskId, const QString &taskName,
                                                    TaskStatus status) const
{
    const QString task = tr("%1 (%2)").arg(taskName, taskId);
    switch (action) {
    case Action::Pause:
        if (status == TaskStatus::Error)
            return {tr("Pause task"),
                    tr("Pause task %1?\n\nIt stops retrying and stays Paused until you start it again; Start retries "
                       "from the committed position.")
                        .arg(task),
                    tr("Pause"), tr("Pausing…"), tr("Task %1 is pausing: it no longer retries.").arg(task)};
        return {tr("Pause task"),
                tr("Pause task %1?\n\nWhat has been written is flushed and committed, then the task stops consuming. "
                   "Start continues from the committed position.")
                    .arg(task),
                tr("Pause"), tr("Pausing…"), tr("Task %1 is pausing: it commits what it wrote, then stops.").arg(task)};
    case Action::Start:
        return {tr("Start task"), tr("Start task %1?\n\nIt continues from its committed position.").arg(task), tr("Start"),
                tr("Starting…"), tr("Task %1 is starting.").arg(task)};
    case Action::Restart:
        return {tr("Restart task"),
                tr("Restart task %1?\n\nIts consumers and writers are torn down, uncommitted temporary files are "
                   "discarded and it starts over from the committed position. Data already dumped is untouched.")
                    .arg(task),
                tr("Restart"), tr("Restarting…"), tr("Task %1 is restarting.").arg(task)};
    case Action::Delete:
        return {tr("Delete task"),
                tr("Delete task %1?\n\nThe task stops dumping and its record and history are deleted. Data already "
                   "dumped into the warehouse and the Kafka cluster are untouched.\n\nThis cannot be undone.")
                    .arg(task),
                tr("Delete"), tr("Deleting…"), tr("Task %1 is being deleted.").arg(task)};
    }
    return {};
}

TaskActionRunner::EngineCall TaskActionRunner::callFor(Action action, const QString &taskId)
{
    switch (action) {
    case Action::Pause: return [taskId](Engine &e, const QString &actor) { return e.pauseTask(taskId, actor); };
    case Action::Start: return [taskId](Engine &e, const QString &actor) { return e.startTask(taskId, actor); };
    case Action::Restart: return [taskId](Engine &e, const QString &actor) { return e.restartTask(taskId, actor); };
    case Action::Delete: return [taskId](Engine &e, const QString &actor) { return e.deleteTask(taskId, actor); };
    }
    return {};
}

void TaskActionRunner::request(Action action, const QString &taskId)
{
    const std::optional<TaskRecord> task = m_model->taskById(taskId);
    const Wording w = wording(action, taskId, task ? task->definition.name : taskId, task ? task->status : TaskStatus::Running);
    Confirmation::ask(m_dialogParent, w.title, w.question, w.confirm, action == Action::Delete,
                      [this, action, taskId, w] { run(taskId, w.busy, w.done, callFor(action, taskId)); });
}

void TaskActionRunner::run(const QString &taskId, const QString &busyLabel, const QString &doneText, EngineCall call)
{
    m_model->setBusy(taskId, busyLabel);
    FutureWatch::onReady(this, QtConcurrent::run([engine = m_context.engine, actor = m_context.actor, call = std::move(call)] { return call(*engine, actor); }), [this, taskId, doneText](const Status &status) {
            m_model->clearBusy(taskId);
            Q_EMIT finished(taskId, status.isOk(), status.isOk() ? doneText : status.error());
        });
}

} // namespace outflow
