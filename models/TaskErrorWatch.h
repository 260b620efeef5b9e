#pragma once

#include "catalog/TaskRecord.h"

#include <QList>
#include <QSet>
#include <QString>

namespace outflow {

/// Which tasks went into Error since the last look, for a desktop notification. The first look
/// only learns the state: tasks already failing when the console starts are not news, and a
/// notification per old failure at every start would teach users to ignore them.
class TaskErrorWatch final
{
public:
    /// The tasks of `tasks` in Error now that were not in Error at the previous call (a task
    /// that recovers and fails again is news again).
    QList<TaskRecord> newlyFailed(const QList<TaskRecord> &tasks);

private:
    QSet<QString> m_failing;
    bool m_primed = false;
};

} // namespace outflow
