#pragma once

#include "catalog/ClusterConfig.h"
#include "common/Result.h"

#include <librdkafka/rdkafkacpp.h>

#include <QMap>
#include <QString>

#include <memory>

namespace outflow {

/// Positions of one topic's partitions in a task's consumer group, read and written through a
/// consumer of that group: the committed offsets, the log's watermarks, and a task's start
/// position (earliest, latest or an ISO-8601 time) resolved into offsets.
///
/// A resolved `latest` or time start must be durable before the first record is consumed:
/// otherwise a crash before the first file would resolve it again, later, and skip whatever
/// arrived in between (docs/exactly-once.md, "Start positions").
class GroupPositions final
{
public:
    GroupPositions(RdKafka::KafkaConsumer &consumer, QString topic, int timeoutMs = 15000);

    /// Committed offsets of the group for `partitions`; a partition without one is absent.
    Result<QMap<int, qint64>> committed(const QList<int> &partitions) const;
    /// The first offset and the log end of a partition.
    Status watermarks(int partition, qint64 &low, qint64 &high) const;
    /// Offsets where `start` begins in each of `partitions`, resolved against the log now.
    Result<QMap<int, qint64>> resolveStart(const QString &start, const QList<int> &partitions) const;
    /// Commits `offsets` to the group and waits for the broker's answer.
    Status commit(const QMap<int, qint64> &offsets) const;

    /// For a new task: resolves `start` for every partition of `topic` and commits it to the
    /// group `groupId`, through a consumer that never joins the group (the group has no
    /// members yet). Earliest needs no commit: it is the same offset tomorrow.
    static Status makeStartDurable(const ClusterConfig &cluster, const QString &groupId, const QString &topic, int partitions,
                                   const QString &start);

    /// A consumer of group `groupId` that never joins it: it reads and commits the group's
    /// offsets while no member runs (the broker refuses its commits otherwise).
    static Result<std::unique_ptr<RdKafka::KafkaConsumer>> outsideConsumer(const ClusterConfig &cluster, const QString &groupId,
                                                                           RdKafka::EventCb *events = nullptr);

private:
    QString describe(const QString &what, RdKafka::ErrorCode code) const;

    RdKafka::KafkaConsumer &m_consumer;
    QString m_topic;
    std::string m_topicStd;
    int m_timeoutMs;
};

} // namespace outflow
