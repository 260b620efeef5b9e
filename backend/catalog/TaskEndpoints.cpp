#include "TaskEndpoints.h"

namespace outflow {

Result<TaskEndpoints> TaskEndpoints::load(Catalog &catalog, const QString &taskId)
{
    using R = Result<TaskEndpoints>;
    auto task = catalog.task(taskId);
    if (!task) return R::fail(task.error());
    auto cluster = catalog.cluster(task->definition.source.cluster);
    if (!cluster) return R::fail(cluster.error());
    auto warehouse = catalog.warehouse(task->definition.target.warehouse);
    if (!warehouse) return R::fail(warehouse.error());
    return R::ok({task.value(), cluster.value(), warehouse.value()});
}

} // namespace outflow
