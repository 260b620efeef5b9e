#pragma once

#include <QStringList>

namespace outflow {
class Catalog;
}

namespace outflow::cli {

/// `task metrics ID --range 1h|6h|24h|7d [--csv]`: the task's metrics history as the console's
/// Monitoring charts read it (MetricsStore, same table and buckets), one row per bucket with
/// every metric; buckets without data are gaps, never zeros.
class TaskMetricsCommand final
{
public:
    static int run(Catalog &catalog, const QStringList &args);
};

} // namespace outflow::cli
