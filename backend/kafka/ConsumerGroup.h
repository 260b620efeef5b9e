#pragma once

#include "KafkaRecord.h"

#include <QList>
#include <QPair>
#include <QString>

namespace outflow {

/// One member of a consumer group, as the group coordinator describes it.
struct GroupMember
{
    QString memberId;
    QString clientId;
    QString host;
    /// Assigned (topic, partition) pairs, sorted.
    QList<QPair<QString, int>> assignment;

    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};

/// A consumer group's state and members (DescribeConsumerGroups).
struct ConsumerGroupDescription
{
    QString groupId;
    /// The coordinator's name for the state: Stable, PreparingRebalance, CompletingRebalance,
    /// Empty (no member, offsets kept) or Dead.
    QString state;
    /// `host:port (broker id)` of the group coordinator; empty when unknown.
    QString coordinator;
    QString partitionAssignor;
    QList<GroupMember> members;
};

/// Where one partition's consumption stands. Offsets are -1 where unknown.
struct PartitionProgress
{
    int partition = -1;
    /// The group's committed offset: the next record the task will dump.
    qint64 committedOffset = -1;
    qint64 logStartOffset = -1;
    qint64 logEndOffset = -1;
    /// Records between the committed offset and the log end; -1 without a committed offset.
    qint64 lag = -1;
    /// How long the next unconsumed record has been waiting (now minus its timestamp), in ms;
    /// 0 without lag, -1 unknown (no committed offset, or the record carries no timestamp).
    qint64 lagTimeMs = -1;
    /// Committed records per second over the recent refreshes; -1 before there are two.
    double consumeRate = -1;
    /// When the lag would be gone at that rate, in ms from now; 0 without lag, -1 unknown
    /// (no rate yet, or nothing is being consumed while records wait).
    qint64 drainEtaMs = -1;

    friend bool operator==(const PartitionProgress &, const PartitionProgress &) = default;
};

/// A task's consumption of its topic: one row per partition plus their totals.
struct ConsumptionProgress
{
    QString groupId;
    QString topic;
    QString groupState;
    int memberCount = 0;
    qint64 atMs = 0;
    QList<PartitionProgress> partitions;
    /// Sums of the offsets, lag and rates of the partitions that know them; the longest lag
    /// time; the latest drain ETA (unknown when a lagging partition's is). `partition` is -1.
    PartitionProgress totals;
};

/// The last records of a partition that are confirmed dumped (see LastDumpedReader).
struct DumpedRecords
{
    /// Why fewer records than requested came back.
    enum class Shortfall {
        None,
        /// Nothing was ever written to the partition.
        PartitionEmpty,
        /// Neither the group nor the warehouse confirms any record of the partition yet.
        NothingDumped,
        /// The partition has fewer dumped records than requested (a young partition).
        FewerDumped,
        /// Older dumped records were already deleted from Kafka by retention.
        RemovedByRetention,
    };
    enum class PositionSource { None, GroupOffset, Warehouse };

    QString topic;
    int partition = -1;
    int requested = 0;
    /// The first offset not confirmed dumped; the records are the ones just below it.
    qint64 position = -1;
    PositionSource positionSource = PositionSource::None;
    qint64 logStartOffset = -1;
    qint64 logEndOffset = -1;
    /// Ascending offsets.
    QList<KafkaRecord> records;
    Shortfall shortfall = Shortfall::None;
};

} // namespace outflow
