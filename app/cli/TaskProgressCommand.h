#pragma once

#include <QStringList>

namespace outflow {
class Catalog;
}

namespace outflow::cli {

/// `task progress ID [--json] [--interval SECONDS]`: the console's Consumer group tab — per
/// partition the committed offset, log start and end, lag, lag in time and drain ETA, the
/// totals, and the group's members — read by the same ConsumptionProgressReader.
class TaskProgressCommand final
{
public:
    static int run(Catalog &catalog, const QStringList &args);
};

} // namespace outflow::cli
