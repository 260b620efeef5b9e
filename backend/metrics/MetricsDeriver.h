#pragma once

#include "Metric.h"
#include "engine/Engine.h"

#include <QHash>

namespace outflow {

/// Turns the engine's cumulative counters (one TaskSamples batch a second) into per-second
/// points per task and per partition.
///
/// A rate needs two samples, so a task's first batch only primes it; a partition that appears
/// later counted from zero since the previous batch. A cumulative counter that
/// went down means the runner was rebuilt (restart, resume, new definition) and counts from zero
/// again: the new value is what happened since, never a negative rate.
class MetricsDeriver final
{
public:
    /// Samples closer than this to the previous one (the control loop also samples when woken)
    /// are skipped: a rate over a few milliseconds is noise.
    static constexpr qint64 kMinIntervalMs = 500;

    MetricRows derive(const TaskSamples &samples);

private:
    struct Previous
    {
        qint64 atMs = 0;
        QHash<int, PartitionSnapshot> partitions;
    };
    QHash<QString, Previous> m_previous;
};

} // namespace outflow
