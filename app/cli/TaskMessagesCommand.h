#pragma once

#include <QStringList>

namespace outflow {
class Catalog;
}

namespace outflow::cli {

/// `task messages ID --partition P --last 5|20|60|100 [--json]`: the console's View messages —
/// the last records of a partition the task has confirmed dumped (LastDumpedReader), values
/// decoded as the task writes them (RecordDecoding) when the cluster has a schema registry.
class TaskMessagesCommand final
{
public:
    static int run(Catalog &catalog, const QStringList &args);
};

} // namespace outflow::cli
