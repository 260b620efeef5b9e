#include "TaskStatus.h"

#include <array>
#include <utility>

namespace outflow {

namespace {
constexpr std::array<std::pair<TaskStatus, const char *>, 9> kNames{{
    {TaskStatus::Creating, "Creating"},
    {TaskStatus::CreateFailed, "CreateFailed"},
    {TaskStatus::Running, "Running"},
    {TaskStatus::Pausing, "Pausing"},
    {TaskStatus::Paused, "Paused"},
    {TaskStatus::Resuming, "Resuming"},
    {TaskStatus::Error, "Error"},
    {TaskStatus::Restarting, "Restarting"},
    {TaskStatus::Deleting, "Deleting"},
}};
} // namespace

QString taskStatusName(TaskStatus status)
{
    for (const auto &[value, name] : kNames)
        if (value == status) return QString::fromLatin1(name);
    return {};
}

QList<TaskStatus> allTaskStatuses()
{
    QList<TaskStatus> out;
    for (const auto &[value, name] : kNames) out << value;
    return out;
}

std::optional<TaskStatus> taskStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kNames)
        if (name == QLatin1String(text)) return value;
    return std::nullopt;
}

} // namespace outflow
