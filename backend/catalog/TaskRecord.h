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
    /// Row version in the catalog: every update names the version it read and fails when
    /// another process wrote the row since (compare-and-set), so no stale copy overwrites.
    qint64 version = 0;
    /// Why this Outflow cannot read the stored definition (a time zone this host does not
    /// know, a field of a newer version); empty when it can. Such a task shows as Error with
    /// this reason, is never run, and its stored row is never rewritten (Delete still works).
    QString unreadable;

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
