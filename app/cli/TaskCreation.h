#pragma once

#include "catalog/TaskDefinition.h"
#include "common/Result.h"

namespace outflow {
class Engine;
}

namespace outflow::cli {

/// What `task create` and `task copy` share: reading a definition file, and creating a task
/// the way the console's Create and Copy do (Engine::createTask), reporting like PRODUCT.md §7.
class TaskCreation final
{
public:
    /// The definition in a JSON file (PRODUCT.md §7), validated; unknown fields are errors.
    static Result<TaskDefinition> readDefinitionFile(const QString &path);
    /// Creates and starts the task; prints its id. A task that was recorded but failed its
    /// checks (CreateFailed) still prints its id, then fails with the reason.
    static int createAndReport(Engine &engine, const TaskDefinition &definition, const QString &actor);
};

} // namespace outflow::cli
