#pragma once

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
std::optional<TaskStatus> taskStatusFromName(const QString &name);

} // namespace outflow
