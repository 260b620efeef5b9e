#pragma once

#include "ChartSpec.h"
#include "catalog/Catalog.h"

namespace outflow {

/// The Dashboard's charts, in order, as JSON in the catalog's settings (so every console that
/// opens the catalog shows the same dashboard). Blocking: call off the GUI thread.
class DashboardStore final
{
public:
    static constexpr auto kSettingKey = "dashboard.charts";

    static Result<QList<ChartSpec>> load(Catalog &catalog);
    static Status save(Catalog &catalog, const QList<ChartSpec> &charts);
    /// Adds a chart at the end (read, append and write under one lock, so two quick copies
    /// both land).
    static Status append(Catalog &catalog, ChartSpec chart);
};

} // namespace outflow
