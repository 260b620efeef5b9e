#include "MetricsDeriver.h"

namespace outflow {

namespace {

qint64 delta(qint64 now, qint64 before) { return now >= before ? now - before : now; }

/// Lag in time: how old the newest consumed record is while records wait, 0 when caught up.
double lagTimeMs(const PartitionSnapshot &p, qint64 atMs)
{
    const qint64 lag = p.lag();
    if (lag == 0) return 0;
    if (lag < 0 || p.lastRecordTimestampMs < 0) return MetricRow::unknown();
    return double(qMax<qint64>(0, atMs - p.lastRecordTimestampMs));
}

void addKnown(double &sum, double v)
{
    if (std::isnan(v)) return;
    sum = std::isnan(sum) ? v : sum + v;
}

} // namespace

MetricRows MetricsDeriver::derive(const TaskSamples &samples)
{
    MetricRows rows;
    QHash<QString, Previous> next;
    for (const TaskSample &sample : samples) {
        Previous current{sample.atMs, {}};
        for (const PartitionSnapshot &p : sample.partitions) current.partitions.insert(p.partition, p);
        const auto previous = m_previous.constFind(sample.taskId);
        if (previous != m_previous.cend() && sample.atMs - previous->atMs < kMinIntervalMs) {
            next.insert(sample.taskId, *previous); // keep the older base, rate it next time
            continue;
        }
        next.insert(sample.taskId, current);
        if (previous == m_previous.cend()) continue;

        const double seconds = double(sample.atMs - previous->atMs) / 1000.0;
        MetricRow total{sample.taskId, kTaskResource, sample.atMs, {}};
        total.values.fill(0);
        total.setValue(Metric::Lag, MetricRow::unknown());
        total.setValue(Metric::LagTimeMs, MetricRow::unknown());
        for (const PartitionSnapshot &p : sample.partitions) {
            // A partition first seen now got its counters (from zero) since the last sample.
            const PartitionSnapshot zero{p.partition};
            const auto found = previous->partitions.constFind(p.partition);
            const PartitionSnapshot *before = found == previous->partitions.cend() ? &zero : &*found;
            MetricRow row{sample.taskId, p.partition, sample.atMs, {}};
            row.setValue(Metric::MessagesIn, double(delta(p.messagesIn, before->messagesIn)) / seconds);
            row.setValue(Metric::MessagesOut, double(delta(p.messagesCommitted, before->messagesCommitted)) / seconds);
            row.setValue(Metric::BytesIn, double(delta(p.bytesIn, before->bytesIn)) / seconds);
            row.setValue(Metric::BytesOut, double(delta(p.bytesCommitted, before->bytesCommitted)) / seconds);
            row.setValue(Metric::Lag, p.lag() >= 0 ? double(p.lag()) : MetricRow::unknown());
            row.setValue(Metric::LagTimeMs, lagTimeMs(p, sample.atMs));
            row.setValue(Metric::FilesCommitted, double(delta(p.filesCommitted, before->filesCommitted)));
            row.setValue(Metric::BadRecords, double(delta(p.badRecords, before->badRecords)));
            row.setValue(Metric::Errors, double(delta(p.errors, before->errors)));
            rows << row;
            for (int m = 0; m < kMetricCount; ++m) {
                const auto metric = Metric(m);
                if (metric == Metric::LagTimeMs) continue;
                addKnown(total.values[size_t(m)], row.value(metric));
            }
            // The task is as far behind in time as its furthest partition.
            const double lagTime = row.value(Metric::LagTimeMs);
            if (!std::isnan(lagTime))
                total.setValue(Metric::LagTimeMs, std::isnan(total.value(Metric::LagTimeMs)) ? lagTime
                                                                                              : qMax(total.value(Metric::LagTimeMs), lagTime));
        }
        rows << total;
    }
    // Tasks missing from this batch stopped here; when they come back their counters restart.
    m_previous = std::move(next);
    return rows;
}

} // namespace outflow
