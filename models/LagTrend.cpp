#include "LagTrend.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace outflow {

LagTrend::Verdict LagTrend::judge(const QList<MetricPoint> &lag, qint64 nowMs, qint64 windowMs)
{
    const qint64 fromMs = nowMs - windowMs;
    std::array<QList<double>, kSpans> values;
    for (const MetricPoint &p : lag) {
        if (p.atMs < fromMs || p.atMs > nowMs || std::isnan(p.value)) continue;
        const int span = qMin(kSpans - 1, int((p.atMs - fromMs) * kSpans / qMax<qint64>(1, windowMs)));
        values[span] << p.value;
    }
    Verdict verdict;
    // Medians, not averages: a burst of a few seconds must not look like a trend.
    std::array<double, kSpans> median{};
    for (int i = 0; i < kSpans; ++i) {
        QList<double> &v = values[i];
        if (v.isEmpty()) return verdict; // a gap: the task did not run all along, nothing to say
        std::sort(v.begin(), v.end());
        median[i] = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
        if (i > 0 && median[i] < median[i - 1]) return verdict;
    }
    verdict.fromLag = median.front();
    verdict.toLag = median.back();
    const double growth = verdict.toLag - verdict.fromLag;
    verdict.growing = growth >= kMinGrowth && growth >= verdict.fromLag / 5;
    return verdict;
}

} // namespace outflow
