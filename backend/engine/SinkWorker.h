#pragma once

#include "PartitionSink.h"
#include "TaskMetrics.h"
#include "catalog/ClusterConfig.h"
#include "catalog/TaskDefinition.h"
#include "common/Result.h"
#include "warehouse/CommitIndex.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <QMap>
#include <QElapsedTimer>
#include <QMutex>
#include <QReadWriteLock>
#include <QThread>

#include <atomic>
#include <future>
#include <memory>

namespace outflow {

class GroupPositions;
class Warehouse;

/// The task's one Kafka consumer in this process and the partition sinks of whatever partitions
/// the group assigned to it. Each assigned partition is a lane: its own librdkafka queue (split
/// off the consumer queue before assign(), so its records never pass through another queue) and
/// its own sink. TaskRunner steps the worker from up to `parallelism` pool threads at once; a step
/// claims lanes no other step holds, so a partition is written by one thread at a time and the
/// group has one member per process however parallel the task is.
///
/// Control (rebalance callbacks, errors and events on the consumer queue, finishing a recovery)
/// runs in slot 0's steps under the lanes' write lock: no lane step runs meanwhile, so a
/// revocation rolls and commits every lane with nothing in flight.
///
/// Exactly-once: on assignment the position of each partition is recovered from the warehouse
/// (its CommitIndex) and the group offset, taking the later; stale temporary files are
/// discarded. Offsets are committed to Kafka only after the file holding them is committed.
///
/// Recovery talks to the warehouse and may be slow (HDFS), so it runs on a thread of its own,
/// not in the rebalance callback: the callback only starts it, the worker keeps polling (the
/// group keeps it as a member meanwhile) and hands the partitions to librdkafka, at their
/// recovered positions, on the first control step after recovery finished.
class SinkWorker final : public RdKafka::RebalanceCb, public RdKafka::EventCb
{
public:
    enum class StepOutcome { Busy, Idle, Failed };

    SinkWorker(QString taskId, TaskDefinition definition, ClusterConfig cluster, std::shared_ptr<Warehouse> warehouse,
               TaskMetrics &metrics, PartitionSink::CommitObserver commitObserver = {});
    ~SinkWorker() override;

    /// Creates the consumer and subscribes; the group assigns partitions on later steps. The
    /// prefetch is sized for the topic's `partitions`.
    Status open(int partitions);
    /// Steps of slot 0 also serve the consumer queue (control); every step then consumes from
    /// the lanes no other step holds, up to `maxRecords` or `budgetMs` in all, writes, rolls
    /// due files and commits their offsets. Slots step concurrently; one slot steps serially.
    StepOutcome step(int slot, int maxRecords, int budgetMs);
    /// The reason of the last Failed step.
    QString failure() const;
    /// True once the worker has been assigned partitions or consumed a record.
    bool healthy() const { return m_healthy.load(); }

    /// Commits every open file and its offsets, then leaves the group.
    Status closeGracefully();
    /// Drops open files (temporary files are deleted) and leaves the group without committing.
    void closeDiscarding();

    void rebalance_cb(RdKafka::KafkaConsumer *consumer, RdKafka::ErrorCode err, std::vector<RdKafka::TopicPartition *> &partitions) override;
    void event_cb(RdKafka::Event &event) override;

private:
    /// A partition ready to be consumed, as recovery found it.
    struct RecoveredPartition
    {
        int partition;
        qint64 position;
        CommitIndex index;
    };
    using Recovery = Result<std::vector<RecoveredPartition>>;

    /// One assigned partition: its queue, its sink, and whether a step holds it.
    struct Lane
    {
        std::unique_ptr<RdKafka::Queue> queue;
        std::unique_ptr<PartitionSink> sink;
        std::atomic<bool> held{false};
        qint64 lastRollCheckMs = 0;
        qint64 lastWatermarkMs = 0;
    };

    /// Serves the consumer queue and finishes a recovery; under the lanes' write lock.
    bool control();
    /// Consumes one held lane until its queue is empty, `maxRecords` or `budgetMs` on `clock`;
    /// returns the records written, or -1 when the task failed.
    int drain(int partition, Lane &lane, int maxRecords, const QElapsedTimer &clock, int budgetMs);
    /// False when `message` is an error the task cannot go on from (the worker failed).
    bool survivable(const RdKafka::Message &message);

    /// Starts recovering `partitions` on the recovery thread (from the rebalance callback).
    void startRecovery(const std::vector<RdKafka::TopicPartition *> &partitions);
    /// Positions of `partitions`; runs on the recovery thread.
    Recovery recover(const QList<int> &partitions);
    /// Opens the sinks of the recovered partitions and assigns them at their positions.
    Status finishAssignment(Recovery recovered);
    /// Stops a recovery in flight (a revoke, a close) and forgets its result.
    void cancelRecovery();
    Status revokePartitions();
    /// The position to consume from, checked against the log: past its end is an error (the
    /// topic was recreated), before its start is a retention gap, recorded and skipped.
    Result<qint64> checkedPosition(const GroupPositions &positions, int partition, qint64 fromWarehouse, qint64 fromGroup);
    /// Fails when the record the table's fingerprint names differs from Kafka's record at that
    /// offset now (a recreated topic, another cluster), even if the new log is longer.
    Status checkSameLog(int partition, qint64 low, qint64 high);
    /// Where partitions without any position start: the task's start position the first time
    /// (made durable in the group before consuming), the partition's beginning afterwards.
    Result<QMap<int, qint64>> startPositions(const GroupPositions &positions, const QList<int> &partitions, bool taskHasPosition);
    /// Commits every lane's offset and waits for the group's answer (revocation, closing).
    Status commitAllOffsets();
    /// Commits one lane's offset asynchronously if its files were committed since.
    void commitRolledOffset(int partition, PartitionSink &sink);
    /// Fails when the group no longer counts this consumer as the partition's owner.
    Status confirmOwnership(int partition, qint64 committedNext);
    void fail(const QString &reason);
    void releaseConsumerQueue();
    /// Counts a consumer error, queues it for the action history and returns its text.
    QString consumerError(const RdKafka::Message &message);
    RecordView viewOf(RdKafka::Message &message) const;

    QString m_taskId;
    TaskDefinition m_definition;
    ClusterConfig m_cluster;
    std::shared_ptr<Warehouse> m_warehouse;
    TaskMetrics &m_metrics;
    PartitionSink::CommitObserver m_commitObserver; // Hive registration, when the warehouse has a metastore
    QByteArray m_topicUtf8;
    /// The cluster's schema registry, with the schemas fetched so far; null: it names none.
    std::shared_ptr<SchemaRegistryClient> m_registry;
    std::unique_ptr<RdKafka::KafkaConsumer> m_consumer;
    rd_kafka_queue_t *m_consumerQueue = nullptr; // the consumer queue's C handle: its length only
    /// Write-locked by control, read-locked by lane steps (closing runs when no step is left):
    /// the lanes only change while none is being consumed. QReadWriteLock, because a waiting
    /// writer holds back new readers (a rebalance is never starved by busy lanes).
    QReadWriteLock m_lanesLock;
    std::map<int, std::unique_ptr<Lane>> m_lanes;
    std::atomic<unsigned> m_nextLane{0}; // where the next step starts looking: lanes take turns
    std::atomic<bool> m_healthy{false};
    bool m_closing = false; // set on the closing thread, read by the callbacks close() runs there
    std::atomic<bool> m_failed{false}; // checked per record; m_failure holds the reason
    mutable QMutex m_failureMutex;
    QString m_failure;
    std::unique_ptr<QThread> m_recoveryThread;
    std::future<Recovery> m_recovery;
    std::atomic<bool> m_recoveryCancelled{false};
    qint64 m_lastControlMs = 0;
};

} // namespace outflow
