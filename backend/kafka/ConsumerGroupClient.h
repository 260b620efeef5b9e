#pragma once

#include "ConsumerGroup.h"
#include "catalog/ClusterConfig.h"
#include "common/Result.h"

#include <QFuture>
#include <QHash>

#include <chrono>

namespace outflow {

/// Questions about a consumer group, asked through handles that join nothing: the group's
/// committed offsets (an offset fetch by a consumer that never joins), its state and members
/// (librdkafka's admin API: DescribeConsumerGroups), and the watermarks of its topic's partitions.
///
/// Every call blocks for at most about the timeout, so the synchronous functions are for worker
/// threads; the GUI uses the `async*` variants. Failures say what was asked, of which cluster,
/// and why: unreachable brokers, a group that does not exist, ACLs that deny it.
class ConsumerGroupClient final
{
public:
    explicit ConsumerGroupClient(ClusterConfig cluster, std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// The consumer group a task's workers share.
    static QString groupOfTask(const QString &taskId);

    /// Committed offsets of partitions 0..partitions-1 of `topic`; -1 where none is committed.
    Result<QHash<int, qint64>> committedOffsets(const QString &groupId, const QString &topic, int partitions) const;
    /// State, coordinator and members. A group that does not exist is an error.
    Result<ConsumerGroupDescription> describe(const QString &groupId) const;
    /// Log-start and log-end offsets of partitions 0..partitions-1 of `topic`, over one connection.
    Result<QHash<int, Watermarks>> watermarks(const QString &topic, int partitions) const;

    QFuture<Result<ConsumerGroupDescription>> asyncDescribe(const QString &groupId) const;

    /// The error for a group the coordinator does not know (no members, no committed offsets).
    QString groupMissing(const QString &groupId) const;

private:
    ClusterConfig m_cluster;
    std::chrono::milliseconds m_timeout;
};

} // namespace outflow
