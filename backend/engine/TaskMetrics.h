#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
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

/// Something a sink worker saw that an operator must be able to find later (a consumer error,
/// records lost to retention) but that does not stop the task. The engine writes notices into
/// the task's action history as they happen.
struct TaskNotice
{
    QString action; ///< short label, e.g. "Consumer error"
    QString detail; ///< the numbers and the reason, verbatim
};

/// All partition counters of one task, created on first use (partitions move between workers),
/// and where its notices go.
class TaskMetrics final
{
public:
    using NoticeSink = std::function<void(const TaskNotice &)>;

    PartitionCounters &partition(int partition);
    QList<PartitionSnapshot> snapshot() const;

    /// Where notices go (the engine: the action history). Set before the workers start.
    void setNoticeSink(NoticeSink sink);
    /// Passes a notice on at once (a record of lost data must not wait in memory for a crash).
    /// The same action and detail within a minute are counted, not repeated, so an error that
    /// recurs on every fetch cannot flood the history.
    void notice(const TaskNotice &notice);

private:
    struct NoticeSlot
    {
        qint64 lastPassedMs = 0;
        int suppressed = 0;
    };

    mutable QMutex m_mutex;
    QHash<int, std::shared_ptr<PartitionCounters>> m_partitions;
    NoticeSink m_sink;
    QHash<QString, NoticeSlot> m_noticeSlots;
};

} // namespace outflow
