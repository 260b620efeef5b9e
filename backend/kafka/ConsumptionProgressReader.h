#pragma once

#include "ConsumerGroup.h"
#include "catalog/ClusterConfig.h"
#include "common/Result.h"

#include <QFuture>

#include <chrono>
#include <memory>

namespace outflow {

/// Reads how far a consumer group has consumed a topic: per partition the committed offset,
/// log-start and log-end offsets, lag, lag in time and a drain ETA, plus totals.
///
/// Lag in time is now minus the timestamp of the next unconsumed record (the record at the
/// committed offset, read with ClusterClient::readRange, which joins no group), only for
/// partitions with lag. The drain ETA divides the lag by the consume rate seen over the recent
/// reads, so a reader is meant to live as long as the view that refreshes it: copies share
/// the history, and reads are thread-safe. Switching group or topic starts a new history.
class ConsumptionProgressReader final
{
public:
    explicit ConsumptionProgressReader(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// How long committed offsets are remembered for the consume rate.
    static constexpr qint64 kRateWindowMs = 5 * 60 * 1000;

    Result<ConsumptionProgress> read(const ClusterConfig &cluster, const QString &groupId, const QString &topic) const;
    QFuture<Result<ConsumptionProgress>> asyncRead(const ClusterConfig &cluster, const QString &groupId, const QString &topic) const;

private:
    struct State;
    /// Adds this read's committed offsets to the history and fills in rates and ETAs.
    void estimateDrain(ConsumptionProgress &progress) const;
    /// The timestamp of the record at `offset`, remembered while the committed offset stays.
    qint64 recordTimestamp(const ClusterConfig &cluster, const QString &topic, int partition, qint64 offset) const;

    std::shared_ptr<State> m_state;
    std::chrono::milliseconds m_timeout;
};

} // namespace outflow
