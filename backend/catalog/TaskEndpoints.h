#pragma once

#include "catalog/Catalog.h"
#include "common/Result.h"

namespace outflow {

/// A task with the registered cluster and warehouse it names, read together from the catalog
/// (off the GUI thread), so views that talk to Kafka or the warehouse use the current settings.
struct TaskEndpoints
{
    TaskRecord task;
    ClusterConfig cluster;
    WarehouseConfig warehouse;

    /// Fails with the catalog's message, or saying which cluster or warehouse is not registered.
    static Result<TaskEndpoints> load(Catalog &catalog, const QString &taskId);
};

} // namespace outflow
