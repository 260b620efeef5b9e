#include "ConsumptionProgressReader.h"

#include "ClusterClient.h"
#include "ConsumerGroupClient.h"
#include "KafkaCallPool.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

struct ConsumptionProgressReader::State
{
    struct Sample
    {
        qint64 atMs;
        qint64 committed;
    };

    QMutex mutex;
    QString groupId;
    QString topic;
    QHash<int, QList<Sample>> history;
    /// (partition, offset) → record timestamp: the next unconsumed record does not change until
    /// the group commits past it, so a stalled partition costs one read, not one per refresh.
    QHash<QPair<int, qint64>, qint64> timestamps;
};

ConsumptionProgressReader::ConsumptionProgressReader(std::chrono::milliseconds timeout)
    : m_state(std::make_shared<State>()), m_timeout(timeout)
{
}

Result<ConsumptionProgress> ConsumptionProgressReader::read(const ClusterConfig &cluster, const QString &groupId, const QString &topic) const
{
    using R = Result<ConsumptionProgress>;
    auto info = ClusterClient(cluster, m_timeout).topic(topic);
    if (!info) return R::fail(info.error());
    const int partitions = info->partitions;
    const ConsumerGroupClient groups(cluster, m_timeout);
    auto description = groups.describe(groupId);
    if (!description) return R::fail(description.error());
    auto committed = groups.committedOffsets(groupId, topic, partitions);
    if (!committed) return R::fail(committed.error());
    auto marks = groups.watermarks(topic, partitions);
    if (!marks) return R::fail(marks.error());

    ConsumptionProgress out;
    out.groupId = groupId;
    out.topic = topic;
    out.groupState = description->state;
    out.memberCount = int(description->members.size());
    out.atMs = QDateTime::currentMSecsSinceEpoch();
    for (int p = 0; p < partitions; ++p) {
        PartitionProgress row;
        row.partition = p;
        row.committedOffset = committed->value(p, -1);
        row.logStartOffset = marks->value(p).low;
        row.logEndOffset = marks->value(p).high;
        if (row.committedOffset < 0 && row.logEndOffset == row.logStartOffset) {
            // Nothing to consume (an empty partition): no commit is needed to be caught up.
            row.lag = 0;
            row.lagTimeMs = 0;
        } else if (row.committedOffset >= 0) {
            row.lag = qMax<qint64>(0, row.logEndOffset - qMax(row.committedOffset, row.logStartOffset));
            if (row.lag == 0) {
                row.lagTimeMs = 0;
            } else {
                // Below the log start the next record the group gets is the first one still kept.
                const qint64 ts = recordTimestamp(cluster, topic, p, qMax(row.committedOffset, row.logStartOffset));
                row.lagTimeMs = ts >= 0 ? qMax<qint64>(0, out.atMs - ts) : -1;
            }
        }
        out.partitions << row;
    }
    estimateDrain(out);

    PartitionProgress &t = out.totals;
    t.logStartOffset = t.logEndOffset = 0;
    bool etaKnown = true;
    for (const PartitionProgress &row : std::as_const(out.partitions)) {
        t.logStartOffset += row.logStartOffset;
        t.logEndOffset += row.logEndOffset;
        if (row.committedOffset >= 0) t.committedOffset = qMax<qint64>(t.committedOffset, 0) + row.committedOffset;
        if (row.lag >= 0) t.lag = qMax<qint64>(t.lag, 0) + row.lag;
        t.lagTimeMs = qMax(t.lagTimeMs, row.lagTimeMs);
        if (row.consumeRate >= 0) t.consumeRate = qMax(t.consumeRate, 0.0) + row.consumeRate;
        if (row.lag != 0 && row.drainEtaMs < 0) etaKnown = false;
        t.drainEtaMs = qMax(t.drainEtaMs, row.drainEtaMs);
    }
    // The topic is drained when its slowest partition is; one unknown partition makes it unknown.
    if (!etaKnown) t.drainEtaMs = -1;
    return R::ok(out);
}

qint64 ConsumptionProgressReader::recordTimestamp(const ClusterConfig &cluster, const QString &topic, int partition, qint64 offset) const
{
    {
        QMutexLocker lock(&m_state->mutex);
        if (auto it = m_state->timestamps.constFind({partition, offset}); it != m_state->timestamps.constEnd()) return *it;
    }
    auto records = ClusterClient(cluster, m_timeout).readRange(topic, partition, offset, offset + 1);
    // A failed or empty read (a record deleted meanwhile) leaves the lag time unknown this round.
    if (!records || records->isEmpty() || records->first().offset != offset) return -1;
    const qint64 ts = records->first().timestampMs;
    QMutexLocker lock(&m_state->mutex);
    m_state->timestamps.insert({partition, offset}, ts);
    return ts;
}

void ConsumptionProgressReader::estimateDrain(ConsumptionProgress &progress) const
{
    QMutexLocker lock(&m_state->mutex);
    State &s = *m_state;
    if (s.groupId != progress.groupId || s.topic != progress.topic) {
        s.groupId = progress.groupId;
        s.topic = progress.topic;
        s.history.clear();
        s.timestamps.clear();
    }
    // Only the current next-unconsumed records' timestamps can be asked for again.
    QHash<QPair<int, qint64>, qint64> current;
    for (PartitionProgress &row : progress.partitions) {
        const QPair<int, qint64> next{row.partition, qMax(row.committedOffset, row.logStartOffset)};
        if (auto it = s.timestamps.constFind(next); it != s.timestamps.constEnd()) current.insert(it.key(), *it);
        if (row.lag == 0) row.drainEtaMs = 0;
        QList<State::Sample> &samples = s.history[row.partition];
        if (row.committedOffset < 0) {
            samples.clear();
            continue;
        }
        // Offsets moved back (the group was reset): the old samples describe another run.
        if (!samples.isEmpty() && samples.last().committed > row.committedOffset) samples.clear();
        samples << State::Sample{progress.atMs, row.committedOffset};
        while (samples.size() > 2 && progress.atMs - samples.first().atMs > kRateWindowMs) samples.removeFirst();
        const qint64 spanMs = samples.last().atMs - samples.first().atMs;
        if (spanMs >= 1000) row.consumeRate = double(samples.last().committed - samples.first().committed) * 1000.0 / double(spanMs);
        if (row.lag > 0 && row.consumeRate > 0) row.drainEtaMs = qint64(double(row.lag) / row.consumeRate * 1000.0);
    }
    s.timestamps = current;
}

QFuture<Result<ConsumptionProgress>> ConsumptionProgressReader::asyncRead(const ClusterConfig &cluster, const QString &groupId,
                                                                          const QString &topic) const
{
    return QtConcurrent::run(KafkaCallPool::instance(), [reader = *this, cluster, groupId, topic] { return reader.read(cluster, groupId, topic); });
}

} // namespace outflow
