#pragma once

#include "ConsumerGroup.h"
#include "catalog/ClusterConfig.h"
#include "catalog/WarehouseConfig.h"
#include "common/Result.h"

#include <QFuture>

#include <chrono>

namespace outflow {

/// Where a task dumps to, as far as "what was dumped last" is concerned.
struct DumpTarget
{
    ClusterConfig cluster;
    WarehouseConfig warehouse;
    QString bid;
    QString tid;
    QString groupId;
};

/// The last N records of a partition that a task has **confirmed** dumped: the N offsets just
/// below the group's committed offset, or below the warehouse's recovered position (the highest
/// `last + 1` over the partition's committed files) when that is further — the same position
/// the engine recovers from, so a record is never shown before its file is renamed into place.
///
/// Reading uses ClusterClient::readRange: an assign-only consumer that never joins the task's
/// group and never commits.
class LastDumpedReader final
{
public:
    explicit LastDumpedReader(DumpTarget target, std::chrono::milliseconds timeout = std::chrono::seconds(10));

    Result<DumpedRecords> read(const QString &topic, int partition, int count) const;
    QFuture<Result<DumpedRecords>> asyncRead(const QString &topic, int partition, int count) const;

    /// The warehouse's recovered position of a partition; -1 when it has no committed file.
    Result<qint64> warehousePosition(const QString &topic, int partition) const;

private:
    DumpTarget m_target;
    std::chrono::milliseconds m_timeout;
};

} // namespace outflow
