#pragma once

#include "HiveTable.h"

#include <QStringList>

namespace outflow {

class Catalog;

/// What the console shows of a task's Hive table: where it should be, what the metastore has,
/// and the hour folders that wait to be registered. Reading it calls the catalog, the
/// metastore and the warehouse: never on the GUI thread.
struct HiveTableReport
{
    /// The task's warehouse names a metastore.
    bool configured = false;
    QString metastore;
    HiveTable table;
    /// The metastore has the table (false also when it could not be asked: see `problem`).
    bool exists = false;
    QList<HivePartition> partitions;
    /// Folders committed but not registered yet (the pending list beside the table).
    QStringList waiting;
    /// Why something could not be read, or why the existing table does not fit the task.
    QString problem;

    static HiveTableReport read(Catalog &catalog, const TargetSpec &target);
};

} // namespace outflow
