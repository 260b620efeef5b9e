#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace outflow {

/// Task states, named as the cloud console names them (PRODUCT.md section 3).
enum class TaskStatus {
    Creating,
    CreateFailed,
    Running,
    Pausing,
    Paused,
    Resuming,
    Error,
    Restarting,
    Deleting,
};

QString taskStatusName(TaskStatus status);
/// Every status, in lifecycle order (for filters and menus).
QList<TaskStatus> allTaskStatuses();
std::optional<TaskStatus> taskStatusFromName(const QString &name);

} // namespace outflow
