#pragma once

#include "metrics/MetricsStore.h"

#include <QList>

namespace outflow {

/// Whether a task's lag has been growing for a sustained period, judged from its lag history
/// (the metrics store's points of the task as a whole). A spike or a backlog that is being
/// drained is not growth: the window is split into five spans, every span needs points, each
/// span's median lag is at least the previous one's, and the last ends clearly above the first.
class LagTrend final
{
public:
    /// "Sustained": ten minutes of steady growth.
    static constexpr qint64 kWindowMs = 10 * 60 * 1000;
    static constexpr int kSpans = 5;
    /// Growth smaller than this many records, or than a fifth of the starting lag, is noise.
    static constexpr double kMinGrowth = 100;

    struct Verdict
    {
        bool growing = false;
        double fromLag = 0; ///< median lag of the window's first span
        double toLag = 0;   ///< median lag of its last span
    };

    /// Judges the points of [nowMs - windowMs, nowMs]; points outside it and unknown (NaN)
    /// values are ignored.
    static Verdict judge(const QList<MetricPoint> &lag, qint64 nowMs, qint64 windowMs = kWindowMs);
};

} // namespace outflow
