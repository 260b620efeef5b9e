#pragma once

#include "KafkaRecord.h"
#include "catalog/ClusterConfig.h"
#include "common/Result.h"

#include <QDateTime>
#include <QFuture>

#include <chrono>

namespace outflow {

/// Short, bounded conversations with a Kafka cluster: metadata, watermarks, offsets for a time,
/// reading an offset range, creating topics. Every call blocks for at most the timeout, so the
/// synchronous functions are for worker threads; the GUI uses the `async*` variants, which run
/// on a private thread pool and deliver a QFuture.
///
/// Reading never joins a consumer group and never commits offsets.
class ClusterClient final
{
public:
    explicit ClusterClient(ClusterConfig cluster, std::chrono::milliseconds timeout = std::chrono::seconds(10));

    Result<ClusterMetadata> metadata() const;
    /// The topic's metadata, or a clear error when it does not exist.
    Result<TopicInfo> topic(const QString &name) const;
    Result<Watermarks> watermarks(const QString &topic, int partition) const;
    /// The first offset whose timestamp is at or after `time`; the high watermark when none is.
    Result<qint64> offsetForTime(const QString &topic, int partition, const QDateTime &time) const;
    /// Records with offsets in [from, to) of one partition (fewer where offsets are missing).
    Result<QList<KafkaRecord>> readRange(const QString &topic, int partition, qint64 from, qint64 to) const;
    /// Creates a topic (replication factor 1 unless given); an existing topic is an error.
    Status createTopic(const QString &name, int partitions, int replicationFactor = 1) const;

    QFuture<Result<ClusterMetadata>> asyncMetadata() const;
    QFuture<Result<Watermarks>> asyncWatermarks(const QString &topic, int partition) const;
    QFuture<Result<QList<KafkaRecord>>> asyncReadRange(const QString &topic, int partition, qint64 from, qint64 to) const;

    const ClusterConfig &cluster() const { return m_cluster; }

private:
    QString describeFailure(const QString &what, const QString &reason) const;

    ClusterConfig m_cluster;
    std::chrono::milliseconds m_timeout;
};

} // namespace outflow
