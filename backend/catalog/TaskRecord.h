#pragma once

#include "TaskDefinition.h"
#include "TaskStatus.h"

#include <QDateTime>
#include <QString>

namespace outflow {

/// A task as the catalog stores it: its definition plus lifecycle state.
struct TaskRecord
{
    QString id;
    TaskDefinition definition;
    TaskStatus status = TaskStatus::Creating;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// When a task in Error retries next (invalid when no retry is scheduled).
    QDateTime nextRetryAt;
    int retryCount = 0;

    friend bool operator==(const TaskRecord &, const TaskRecord &) = default;
};

/// One entry of a task's action history: who did what, when, and how it ended.
struct TaskAction
{
    QDateTime at;
    QString actor;
    QString action;
    QString result;
    QString detail;

    friend bool operator==(const TaskAction &, const TaskAction &) = default;
};

} // namespace outflow
