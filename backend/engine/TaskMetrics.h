#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

namespace outflow {

/// Counters of one partition of a task. Written by the sink worker that owns the partition
/// (atomics, relaxed: they are statistics), read once a second by the sampler.
struct PartitionCounters
{
    std::atomic<qint64> messagesIn{0};
    std::atomic<qint64> bytesIn{0};
    std::atomic<qint64> messagesCommitted{0};
    std::atomic<qint64> bytesCommitted{0};
    std::atomic<qint64> filesCommitted{0};
    std::atomic<qint64> badRecords{0};
    std::atomic<qint64> errors{0};
    /// Next offset to be committed to the warehouse (the committed position), -1 unknown.
    std::atomic<qint64> committedOffset{-1};
    /// High watermark as last seen by the consumer, -1 unknown.
    std::atomic<qint64> highWatermark{-1};
    /// Timestamp (ms) of the last record consumed, -1 none yet.
    std::atomic<qint64> lastRecordTimestampMs{-1};
};

/// A point-in-time copy of one partition's counters.
struct PartitionSnapshot
{
    int partition = -1;
    qint64 messagesIn = 0;
    qint64 bytesIn = 0;
    qint64 messagesCommitted = 0;
    qint64 bytesCommitted = 0;
    qint64 filesCommitted = 0;
    qint64 badRecords = 0;
    qint64 errors = 0;
    qint64 committedOffset = -1;
    qint64 highWatermark = -1;
    qint64 lastRecordTimestampMs = -1;
    /// Records between the committed position and the end of the partition; -1 unknown.
    qint64 lag() const { return committedOffset >= 0 && highWatermark >= 0 ? qMax<qint64>(0, highWatermark - committedOffset) : -1; }
};

/// All partition counters of one task, created on first use (partitions move between workers).
class TaskMetrics final
{
public:
    PartitionCounters &partition(int partition);
    QList<PartitionSnapshot> snapshot() const;

private:
    mutable QMutex m_mutex;
    QHash<int, std::shared_ptr<PartitionCounters>> m_partitions;
};

} // namespace outflow
