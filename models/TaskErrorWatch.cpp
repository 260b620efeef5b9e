#include "TaskErrorWatch.h"

namespace outflow {

QList<TaskRecord> TaskErrorWatch::newlyFailed(const QList<TaskRecord> &tasks)
{
    QList<TaskRecord> news;
    QSet<QString> failing;
    for (const TaskRecord &task : tasks) {
        if (task.status != TaskStatus::Error) continue;
        failing.insert(task.id);
        if (m_primed && !m_failing.contains(task.id)) news << task;
    }
    m_failing = std::move(failing);
    m_primed = true;
    return news;
}

} // namespace outflow
