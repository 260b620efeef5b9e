#include "LastDumpedReader.h"

#include "ClusterClient.h"
#include "ConsumerGroupClient.h"
#include "KafkaCallPool.h"
#include "warehouse/CommitIndex.h"
#include "warehouse/WarehouseFactory.h"

#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

LastDumpedReader::LastDumpedReader(DumpTarget target, std::chrono::milliseconds timeout)
    : m_target(std::move(target)), m_timeout(timeout)
{
}

Result<qint64> LastDumpedReader::warehousePosition(const QString &topic, int partition) const
{
    auto warehouse = WarehouseFactory::create(m_target.warehouse);
    if (!warehouse) return Result<qint64>::fail(warehouse.error());
    return CommitIndex(*warehouse.value(), m_target.bid, m_target.tid, topic, partition).position();
}

Result<DumpedRecords> LastDumpedReader::read(const QString &topic, int partition, int count) const
{
    using R = Result<DumpedRecords>;
    const ConsumerGroupClient groups(m_target.cluster, m_timeout);
    auto marks = groups.watermarks(topic, partition + 1);
    if (!marks) return R::fail(marks.error());
    auto committed = groups.committedOffsets(m_target.groupId, topic, partition + 1);
    if (!committed) return R::fail(committed.error());
    auto stored = warehousePosition(topic, partition);
    if (!stored) return R::fail(stored.error());

    DumpedRecords out;
    out.topic = topic;
    out.partition = partition;
    out.requested = count;
    out.logStartOffset = marks->value(partition).low;
    out.logEndOffset = marks->value(partition).high;
    const qint64 groupOffset = committed->value(partition, -1);
    if (groupOffset >= 0 && groupOffset >= stored.value()) {
        out.position = groupOffset;
        out.positionSource = DumpedRecords::PositionSource::GroupOffset;
    } else if (stored.value() >= 0) {
        out.position = stored.value();
        out.positionSource = DumpedRecords::PositionSource::Warehouse;
    }

    if (out.logEndOffset == 0) {
        out.shortfall = DumpedRecords::Shortfall::PartitionEmpty;
        return R::ok(out);
    }
    if (out.position <= 0) {
        out.shortfall = DumpedRecords::Shortfall::NothingDumped;
        return R::ok(out);
    }
    // Never past the log end: a position beyond it would only come from a recreated topic.
    const qint64 end = qMin(out.position, out.logEndOffset);
    const qint64 from = qMax(end - count, out.logStartOffset);
    if (from < end) {
        auto records = ClusterClient(m_target.cluster, m_timeout).readRange(topic, partition, from, end);
        if (!records) return R::fail(records.error());
        out.records = records.value();
    }
    if (out.records.size() < count) {
        out.shortfall = end - count < out.logStartOffset && out.logStartOffset > 0 ? DumpedRecords::Shortfall::RemovedByRetention
                                                                                   : DumpedRecords::Shortfall::FewerDumped;
    }
    return R::ok(out);
}

QFuture<Result<DumpedRecords>> LastDumpedReader::asyncRead(const QString &topic, int partition, int count) const
{
    return QtConcurrent::run(KafkaCallPool::instance(), [reader = *this, topic, partition, count] { return reader.read(topic, partition, count); });
}

} // namespace outflow
