#include "TaskMetrics.h"

#include "MonotonicClock.h"

#include <algorithm>

namespace outflow {

PartitionCounters &TaskMetrics::partition(int partition)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_partitions[partition];
    if (!slot) slot = std::make_shared<PartitionCounters>();
    return *slot;
}

QList<PartitionSnapshot> TaskMetrics::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    QList<PartitionSnapshot> out;
    for (auto it = m_partitions.begin(); it != m_partitions.end(); ++it) {
        const PartitionCounters &c = *it.value();
        PartitionSnapshot s;
        s.partition = it.key();
        s.messagesIn = c.messagesIn.load(std::memory_order_relaxed);
        s.bytesIn = c.bytesIn.load(std::memory_order_relaxed);
        s.messagesCommitted = c.messagesCommitted.load(std::memory_order_relaxed);
        s.bytesCommitted = c.bytesCommitted.load(std::memory_order_relaxed);
        s.filesCommitted = c.filesCommitted.load(std::memory_order_relaxed);
        s.badRecords = c.badRecords.load(std::memory_order_relaxed);
        s.errors = c.errors.load(std::memory_order_relaxed);
        s.committedOffset = c.committedOffset.load(std::memory_order_relaxed);
        s.highWatermark = c.highWatermark.load(std::memory_order_relaxed);
        s.lastRecordTimestampMs = c.lastRecordTimestampMs.load(std::memory_order_relaxed);
        out << s;
    }
    std::sort(out.begin(), out.end(), [](const PartitionSnapshot &a, const PartitionSnapshot &b) { return a.partition < b.partition; });
    return out;
}

void TaskMetrics::setNoticeSink(NoticeSink sink)
{
    QMutexLocker lock(&m_mutex);
    m_sink = std::move(sink);
}

void TaskMetrics::notice(const TaskNotice &notice)
{
    constexpr qint64 kRepeatWindowMs = 60000;
    const qint64 now = monotonicMs();
    TaskNotice passed = notice;
    NoticeSink sink;
    {
        QMutexLocker lock(&m_mutex);
        NoticeSlot &slot = m_noticeSlots[notice.action + u'\n' + notice.detail];
        if (slot.lastPassedMs > 0 && now - slot.lastPassedMs < kRepeatWindowMs) {
            ++slot.suppressed;
            return;
        }
        if (slot.suppressed > 0) passed.detail += QStringLiteral(" (seen %1 more times before)").arg(slot.suppressed);
        slot = {now, 0};
        sink = m_sink;
    }
    if (sink) sink(passed); // outside the lock: it writes the catalog
}

} // namespace outflow
