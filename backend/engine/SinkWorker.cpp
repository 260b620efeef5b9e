#include "SinkWorker.h"

#include "FaultInjection.h"
#include "MonotonicClock.h"
#include "RecordFingerprint.h"
#include "common/Messages.h"
#include "kafka/ClusterClient.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/GroupPositions.h"
#include "kafka/KafkaConfig.h"
#include "kafka/SchemaRegistryClient.h"
#include "warehouse/Warehouse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <librdkafka/rdkafka.h>

namespace outflow {

Q_LOGGING_CATEGORY(lcWorker, "outflow.worker")


SinkWorker::SinkWorker(QString taskId, TaskDefinition definition, ClusterConfig cluster, std::shared_ptr<Warehouse> warehouse,
                       TaskMetrics &metrics, PartitionSink::CommitObserver commitObserver)
    : m_taskId(std::move(taskId)),
      m_definition(std::move(definition)),
      m_cluster(std::move(cluster)),
      m_warehouse(std::move(warehouse)),
      m_metrics(metrics),
      m_commitObserver(std::move(commitObserver)),
      m_topicUtf8(m_definition.source.topic.toUtf8()),
      m_registry(m_cluster.schemaRegistryUrl.isEmpty() ? nullptr : std::make_shared<SchemaRegistryClient>(m_cluster))
{
}

SinkWorker::~SinkWorker()
{
    cancelRecovery();
    if (m_consumer) closeDiscarding();
}

Status SinkWorker::open(int partitions)
{
    QMap<QString, QString> overrides{
        {QStringLiteral("group.id"), ConsumerGroupClient::groupOfTask(m_taskId)},
        {QStringLiteral("client.id"), QStringLiteral("outflow-%1").arg(m_taskId)},
        {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        // Positions are set explicitly on assignment and checked against the log there. A
        // position that falls out of range later (retention, truncation) must not be moved by
        // librdkafka on its own: "error" reports it, and the worker restarts through that check.
        {QStringLiteral("auto.offset.reset"), QStringLiteral("error")},
        {QStringLiteral("partition.assignment.strategy"), QStringLiteral("roundrobin")},
        // A task must never create the topic it reads (a deleted topic would come back empty
        // and look like a recreated one, a typo would become a topic).
        {QStringLiteral("allow.auto.create.topics"), QStringLiteral("false")},
        // librdkafka 2.0 stops fetching for a full second whenever a partition's local queue is
        // full (fetch.queue.backoff.ms arrives in 2.2), so a shallow queue caps throughput. With
        // the partitions' queues split off, the limit holds per partition: a task gets ~256 MiB
        // of prefetch in all, shared by its partitions: bounded, and deep enough.
        {QStringLiteral("queued.max.messages.kbytes"), QString::number(qMax(16384, 262144 / qMax(1, partitions)))},
        {QStringLiteral("queued.min.messages"), QStringLiteral("1000000")},
        // librdkafka's default; shorter waits make every idle consumer poll the broker more often.
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("500")},
        {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")},
        {QStringLiteral("heartbeat.interval.ms"), QStringLiteral("1000")},
        {QStringLiteral("max.poll.interval.ms"), QStringLiteral("300000")},
        {QStringLiteral("log.connection.close"), QStringLiteral("false")},
    };
    // From librdkafka 2.2 a full queue pauses fetching for this long instead of a second; the
    // property is unknown to older versions, which would refuse the whole configuration.
    constexpr int kFetchQueueBackoffSince = 0x02020000;
    if (RdKafka::version() >= kFetchQueueBackoffSince) overrides.insert(QStringLiteral("fetch.queue.backoff.ms"), QStringLiteral("20"));
    auto conf = KafkaConfig::build(m_cluster, overrides, this);
    if (!conf) return Status::fail(conf.error());
    std::string err;
    if (conf.value()->set("rebalance_cb", static_cast<RdKafka::RebalanceCb *>(this), err) != RdKafka::Conf::CONF_OK)
        return Status::fail(QString::fromStdString(err));
    m_consumer.reset(RdKafka::KafkaConsumer::create(conf.value().get(), err));
    if (!m_consumer) return Status::fail(Messages::english(msg::kCannotCreateConsumer, QString::fromStdString(err)));
    const RdKafka::ErrorCode code = m_consumer->subscribe({m_definition.source.topic.toStdString()});
    if (code != RdKafka::ERR_NO_ERROR)
        return Status::fail(Messages::english(msg::kCannotSubscribe, m_definition.source.topic, QString::fromStdString(RdKafka::err2str(code))));
    // Only to ask whether control has something to serve (the C++ API has no queue length).
    m_consumerQueue = rd_kafka_queue_get_consumer(m_consumer->c_ptr());
    return Status::ok();
}

void SinkWorker::releaseConsumerQueue()
{
    if (m_consumerQueue) rd_kafka_queue_destroy(m_consumerQueue);
    m_consumerQueue = nullptr;
}

void SinkWorker::fail(const QString &reason)
{
    QMutexLocker lock(&m_failureMutex);
    if (m_failure.isEmpty()) m_failure = reason;
    m_failed.store(true, std::memory_order_release);
}

QString SinkWorker::failure() const
{
    QMutexLocker lock(&m_failureMutex);
    return m_failure;
}

QString SinkWorker::consumerError(const RdKafka::Message &message)
{
    // Counted on the partition it concerns; an error of the whole consumer on the lowest
    // partition this worker owns, so the task's error total sees it either way.
    const int partition = message.partition() >= 0 ? message.partition() : (m_lanes.empty() ? -1 : m_lanes.begin()->first);
    if (partition >= 0) m_metrics.partition(partition).errors.fetch_add(1, std::memory_order_relaxed);
    const QString where = message.partition() >= 0 ? QStringLiteral("%1/%2").arg(m_definition.source.topic).arg(message.partition())
                                                   : m_definition.source.topic;
    const bool leftTheLog = message.err() == RdKafka::ERR__AUTO_OFFSET_RESET || message.err() == RdKafka::ERR_OFFSET_OUT_OF_RANGE;
    const QString what = Messages::english(leftTheLog ? msg::kConsumerErrorLeftLog : msg::kConsumerErrorOn, where,
                                           QString::fromStdString(message.errstr()));
    m_metrics.notice({QStringLiteral("Consumer error"), what});
    return what;
}

bool SinkWorker::survivable(const RdKafka::Message &message)
{
    const RdKafka::ErrorCode err = message.err();
    const QString what = consumerError(message);
    if (err == RdKafka::ERR_UNKNOWN_TOPIC_OR_PART || err == RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED ||
        err == RdKafka::ERR_GROUP_AUTHORIZATION_FAILED || err == RdKafka::ERR__FATAL || err == RdKafka::ERR__AUTO_OFFSET_RESET ||
        err == RdKafka::ERR_OFFSET_OUT_OF_RANGE) {
        fail(what);
        return false;
    }
    return true; // transient: librdkafka retries by itself
}

RecordView SinkWorker::viewOf(RdKafka::Message &m) const
{
    RecordView v;
    v.topic = std::string_view(m_topicUtf8.constData(), size_t(m_topicUtf8.size()));
    v.partition = m.partition();
    v.offset = m.offset();
    const RdKafka::MessageTimestamp ts = m.timestamp();
    v.timestampMs = ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_NOT_AVAILABLE ? -1 : ts.timestamp;
    if (m.key_pointer()) {
        v.key = static_cast<const char *>(m.key_pointer());
        v.keySize = qsizetype(m.key_len());
    }
    if (m.payload()) {
        v.value = static_cast<const char *>(m.payload());
        v.valueSize = qsizetype(m.len());
    }
    if (RdKafka::Headers *headers = m.headers()) {
        for (const RdKafka::Headers::Header &h : headers->get_all())
            v.headers.append({QByteArray::fromStdString(h.key()),
                              h.value() ? QByteArray(static_cast<const char *>(h.value()), qsizetype(h.value_size())) : QByteArray()});
    }
    return v;
}

SinkWorker::StepOutcome SinkWorker::step(int slot, int maxRecords, int budgetMs)
{
    if (m_failed.load(std::memory_order_acquire)) return StepOutcome::Failed;
    if (slot == 0) {
        const qint64 now = monotonicMs();
        const bool recovered = m_recovery.valid() && m_recovery.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
        // The write lock waits for the lane steps in flight, so control runs when there is
        // something to serve, and once a second regardless (max.poll.interval.ms counts polls
        // of the consumer queue).
        if (recovered || now - m_lastControlMs >= 1000 || (m_consumerQueue && rd_kafka_queue_length(m_consumerQueue) > 0)) {
            m_lastControlMs = now;
            QWriteLocker lock(&m_lanesLock);
            if (!control()) return StepOutcome::Failed;
        }
    }
    QElapsedTimer clock;
    clock.start();
    int consumed = 0;
    QReadLocker lock(&m_lanesLock);
    if (m_lanes.empty()) return StepOutcome::Idle;
    // Each step starts at the next lane, so no partition waits behind a busy one for long.
    auto it = m_lanes.begin();
    std::advance(it, m_nextLane.fetch_add(1, std::memory_order_relaxed) % m_lanes.size());
    for (size_t visited = 0; visited < m_lanes.size() && consumed < maxRecords && clock.elapsed() < budgetMs; ++visited) {
        if (it == m_lanes.end()) it = m_lanes.begin();
        auto &[partition, lane] = *it++;
        if (lane->held.exchange(true, std::memory_order_acquire)) continue; // another step has it
        const int written = drain(partition, *lane, maxRecords - consumed, clock, budgetMs);
        lane->held.store(false, std::memory_order_release);
        if (written < 0) return StepOutcome::Failed;
        consumed += written;
    }
    return consumed > 0 ? StepOutcome::Busy : StepOutcome::Idle;
}

bool SinkWorker::control()
{
    if (m_recovery.valid() && m_recovery.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        m_recoveryThread->wait();
        m_recoveryThread.reset();
        if (Status s = finishAssignment(m_recovery.get()); !s) {
            fail(s.error());
            return false;
        }
    }
    // Rebalances, errors and events; records come through the lanes' own queues.
    for (int served = 0; served < 1000; ++served) {
        std::unique_ptr<RdKafka::Message> msg(m_consumer->consume(0));
        if (m_failed.load(std::memory_order_acquire)) return false; // set by a callback during consume
        const RdKafka::ErrorCode err = msg->err();
        if (err == RdKafka::ERR__TIMED_OUT) break;
        if (err == RdKafka::ERR__PARTITION_EOF) continue;
        if (err != RdKafka::ERR_NO_ERROR) {
            if (!survivable(*msg)) return false;
            continue;
        }
        // A record here would have bypassed its lane: writing it could reorder the partition,
        // dropping it would leave a gap. Neither is acceptable; restarting re-reads it.
        fail(Messages::english(msg::kOffItsQueue, m_definition.source.topic, msg->partition(), msg->offset()));
        return false;
    }
    return true;
}

int SinkWorker::drain(int partition, Lane &lane, int maxRecords, const QElapsedTimer &clock, int budgetMs)
{
    PartitionSink &sink = *lane.sink;
    int consumed = 0;
    // Reading the clock per record costs more than formatting a small one: look every 64.
    while (consumed < maxRecords && ((consumed & 63) != 0 || clock.elapsed() < budgetMs)) {
        std::unique_ptr<RdKafka::Message> msg(lane.queue->consume(0));
        if (m_failed.load(std::memory_order_acquire)) return -1;
        const RdKafka::ErrorCode err = msg->err();
        if (err == RdKafka::ERR__TIMED_OUT) break;
        if (err == RdKafka::ERR__PARTITION_EOF) continue;
        if (err != RdKafka::ERR_NO_ERROR) {
            if (!survivable(*msg)) return -1;
            continue;
        }
        if (msg->offset() < sink.committedNext()) continue; // already in the warehouse
        if (Status s = sink.append(viewOf(*msg)); !s) {
            fail(s.error());
            return -1;
        }
        ++consumed;
        m_healthy.store(true);
    }
    const qint64 now = monotonicMs();
    if (now - lane.lastRollCheckMs >= 200) {
        lane.lastRollCheckMs = now;
        if (Status s = sink.rollIfDue(now); !s) {
            fail(s.error());
            return -1;
        }
    }
    if (now - lane.lastWatermarkMs >= 1000) {
        lane.lastWatermarkMs = now;
        int64_t low = 0, high = 0;
        if (m_consumer->get_watermark_offsets(m_topicUtf8.toStdString(), partition, &low, &high) == RdKafka::ERR_NO_ERROR && high >= 0)
            m_metrics.partition(partition).highWatermark.store(high, std::memory_order_relaxed);
    }
    commitRolledOffset(partition, sink);
    return consumed;
}

void SinkWorker::commitRolledOffset(int partition, PartitionSink &sink)
{
    if (!sink.takeCommitted()) return;
    std::unique_ptr<RdKafka::TopicPartition> tp(RdKafka::TopicPartition::create(m_topicUtf8.toStdString(), partition, sink.committedNext()));
    std::vector<RdKafka::TopicPartition *> offsets{tp.get()};
    // Group offsets drive the progress view and lag; the warehouse stays the truth, so a lost
    // asynchronous commit only delays the progress view.
    m_consumer->commitAsync(offsets);
}

Status SinkWorker::commitAllOffsets()
{
    std::vector<std::unique_ptr<RdKafka::TopicPartition>> owned;
    std::vector<RdKafka::TopicPartition *> offsets;
    for (auto &[partition, lane] : m_lanes) {
        (void)lane->sink->takeCommitted();
        owned.emplace_back(RdKafka::TopicPartition::create(m_topicUtf8.toStdString(), partition, lane->sink->committedNext()));
        offsets.push_back(owned.back().get());
    }
    if (offsets.empty()) return Status::ok();
    const RdKafka::ErrorCode code = m_consumer->commitSync(offsets);
    if (code != RdKafka::ERR_NO_ERROR && code != RdKafka::ERR__NO_OFFSET)
        return Status::fail(Messages::english(msg::kCommitOffsetsFailed, QString::fromStdString(RdKafka::err2str(code))));
    return Status::ok();
}

Result<qint64> SinkWorker::checkedPosition(const GroupPositions &positions, int partition, qint64 fromWarehouse, qint64 fromGroup)
{
    using R = Result<qint64>;
    const qint64 position = qMax(fromWarehouse, fromGroup);
    qint64 low = 0, high = 0;
    if (Status s = positions.watermarks(partition, low, high); !s) return R::fail(s.error());
    if (position > high) {
        // The log is shorter than what was already dumped: consuming from its end would skip
        // every new record below the old position, silently and for good.
        const auto offsetOrNone = [](qint64 offset) { return offset >= 0 ? QString::number(offset) : QStringLiteral("none"); };
        return R::fail(Messages::english(msg::kLogShorter, m_definition.source.topic, partition, high, position, offsetOrNone(fromWarehouse),
                                         offsetOrNone(fromGroup), Messages::english(msg::kAnotherLogWayOut)));
    }
    if (fromWarehouse >= 0) {
        if (Status s = checkSameLog(partition, low, high); !s) return R::fail(s.error());
    }
    if (position < low) {
        m_metrics.partition(partition).errors.fetch_add(1, std::memory_order_relaxed);
        m_metrics.notice({QStringLiteral("Records lost to retention"),
                          Messages::english(msg::kRetentionGap, m_definition.source.topic, partition, position, low - 1, low - position, low)});
        return R::ok(low);
    }
    return R::ok(position);
}

Status SinkWorker::checkSameLog(int partition, qint64 low, qint64 high)
{
    const TargetSpec &t = m_definition.target;
    const QString &topic = m_definition.source.topic;
    auto stored = m_warehouse->readOwnFile(t.bid, t.tid, RecordFingerprint::fileName(topic, partition));
    if (!stored) return Status::fail(stored.error());
    const auto kept = stored.value() ? RecordFingerprint::parse(*stored.value()) : std::nullopt;
    // Nothing to compare with: no fingerprint yet, or its record is gone (retention) or past
    // the end (then the position check has already failed).
    if (!kept || kept->offset < low || kept->offset >= high) return Status::ok();
    auto records = ClusterClient(m_cluster).readRange(topic, partition, kept->offset, kept->offset + 1);
    if (!records) return Status::fail(records.error());
    if (records->isEmpty() || records->first().offset != kept->offset) return Status::ok(); // compacted away
    const RecordFingerprint now = RecordFingerprint::of(RecordView::of(records->first(), m_topicUtf8));
    if (now == *kept) return Status::ok();
    return Status::fail(Messages::english(msg::kOtherRecord, topic, partition, kept->offset, now.timestampMs, kept->timestampMs,
                                          Messages::english(msg::kAnotherLogWayOut)));
}

Result<QMap<int, qint64>> SinkWorker::startPositions(const GroupPositions &positions, const QList<int> &partitions, bool taskHasPosition)
{
    using R = Result<QMap<int, qint64>>;
    const QString &start = m_definition.source.start;
    if (start == QLatin1String("earliest")) return positions.resolveStart(start, partitions);
    if (!taskHasPosition) {
        auto topic = ClusterClient(m_cluster).topic(m_definition.source.topic);
        if (!topic) return R::fail(topic.error());
        QList<int> all;
        for (int p = 0; p < topic->partitions; ++p) all << p;
        auto committed = positions.committed(all);
        if (!committed) return R::fail(committed.error());
        taskHasPosition = !committed->isEmpty();
    }
    // The task's start was resolved (and made durable) when it first ran: a partition without a
    // position appeared since, and all of it is new to the task.
    if (taskHasPosition) return positions.resolveStart(QStringLiteral("earliest"), partitions);
    // First run without a create-time commit (a task older than it, or a new source): resolve
    // this worker's partitions now and commit them before consuming, so a crash before the
    // first file cannot move the start later. Only its own: another worker may have resolved
    // its partitions a moment earlier, and overwriting those with a later "latest" would skip
    // what arrived in between (docs/exactly-once.md, "Start positions").
    auto resolved = positions.resolveStart(start, partitions);
    if (!resolved) return resolved;
    if (Status s = positions.commit(resolved.value()); !s) return R::fail(s.error());
    return resolved;
}

void SinkWorker::startRecovery(const std::vector<RdKafka::TopicPartition *> &partitions)
{
    cancelRecovery();
    QList<int> ids;
    for (RdKafka::TopicPartition *tp : partitions) ids << tp->partition();
    m_recoveryCancelled.store(false);
    auto promise = std::make_shared<std::promise<Recovery>>();
    m_recovery = promise->get_future();
    // A QThread, not a pool thread: WebHDFS calls need a Qt event dispatcher, and a slow
    // warehouse must not hold a thread other tasks step on.
    m_recoveryThread.reset(QThread::create([this, ids, promise] { promise->set_value(recover(ids)); }));
    m_recoveryThread->start();
}

void SinkWorker::cancelRecovery()
{
    if (!m_recoveryThread) return;
    // Recovery looks at the flag between partitions: waiting costs at most one partition's calls.
    m_recoveryCancelled.store(true);
    m_recoveryThread->wait();
    m_recoveryThread.reset();
    m_recovery = {};
}

SinkWorker::Recovery SinkWorker::recover(const QList<int> &ids)
{
    const QString &topic = m_definition.source.topic;
    const TargetSpec &t = m_definition.target;
    const QString cancelled = QStringLiteral("recovery cancelled");
    GroupPositions positions(*m_consumer, topic);
    auto committed = positions.committed(ids);
    if (!committed) return Recovery::fail(QStringLiteral("Group %1: %2").arg(ConsumerGroupClient::groupOfTask(m_taskId), committed.error()));
    // The later of the warehouse's files and the group's offset wins; neither means a start.
    std::vector<RecoveredPartition> out;
    QMap<int, qint64> next;
    QList<int> unpositioned;
    for (int p : ids) {
        if (m_recoveryCancelled.load()) return Recovery::fail(cancelled);
        CommitIndex index(*m_warehouse, t.bid, t.tid, topic, p);
        auto fromWarehouse = index.recover();
        if (!fromWarehouse) return Recovery::fail(fromWarehouse.error());
        out.push_back({p, -1, std::move(index)});
        const qint64 fromGroup = committed->value(p, -1);
        if (fromWarehouse.value() < 0 && fromGroup < 0) {
            unpositioned << p;
            continue;
        }
        auto position = checkedPosition(positions, p, fromWarehouse.value(), fromGroup);
        if (!position) return Recovery::fail(position.error());
        next.insert(p, position.value());
    }
    if (!unpositioned.isEmpty()) {
        auto started = startPositions(positions, unpositioned, !next.isEmpty());
        if (!started) return Recovery::fail(started.error());
        next.insert(started.value());
    }
    for (RecoveredPartition &r : out) r.position = next.value(r.partition);
    return Recovery::ok(std::move(out));
}

Status SinkWorker::finishAssignment(Recovery recovered)
{
    if (!recovered) return Status::fail(recovered.error());
    std::vector<std::unique_ptr<RdKafka::TopicPartition>> owned;
    std::vector<RdKafka::TopicPartition *> partitions;
    QStringList assigned;
    for (RecoveredPartition &r : recovered.value()) {
        owned.emplace_back(RdKafka::TopicPartition::create(m_topicUtf8.toStdString(), r.partition, r.position));
        partitions.push_back(owned.back().get());
        assigned << QStringLiteral("%1@%2").arg(r.partition).arg(r.position);
        auto lane = std::make_unique<Lane>();
        // Split off before assign(): a queue the application forwards (here: nowhere) is one
        // librdkafka no longer forwards to the consumer queue when fetching starts.
        lane->queue.reset(m_consumer->get_partition_queue(owned.back().get()));
        if (!lane->queue || lane->queue->forward(nullptr) != RdKafka::ERR_NO_ERROR) {
            m_lanes.clear();
            return Status::fail(Messages::english(msg::kPartitionQueueFailed, m_definition.source.topic, r.partition));
        }
        lane->sink = std::make_unique<PartitionSink>(
            *m_warehouse, m_definition.target, m_definition.source.topic, r.partition, r.position, std::move(r.index),
            m_metrics.partition(r.partition), [this](int partition, qint64 committedNext) { return confirmOwnership(partition, committedNext); },
            m_commitObserver);
        lane->sink->decodeWith(m_registry);
        m_lanes[r.partition] = std::move(lane);
    }
    if (RdKafka::ErrorCode code = m_consumer->assign(partitions); code != RdKafka::ERR_NO_ERROR) {
        m_lanes.clear();
        return Status::fail(Messages::english(msg::kAssignFailed, QString::fromStdString(RdKafka::err2str(code))));
    }
    qCInfo(lcWorker).noquote() << "task" << m_taskId << "assigned partitions" << assigned.join(u',');
    m_healthy.store(true);
    return Status::ok();
}

Status SinkWorker::confirmOwnership(int partition, qint64 committedNext)
{
    // A consumer that slept past its session (SIGSTOP, a suspended laptop) still believes it
    // owns its partitions until librdkafka notices; meanwhile another member may be writing
    // them. Committing the unchanged position with this member's generation asks the broker:
    // it refuses once the group has moved on. Together with the new owner deleting this
    // writer's temporary files before it lists the table (docs/exactly-once.md), no file of
    // a fenced writer becomes visible.
    std::unique_ptr<RdKafka::TopicPartition> tp(RdKafka::TopicPartition::create(m_topicUtf8.toStdString(), partition, committedNext));
    std::vector<RdKafka::TopicPartition *> offsets{tp.get()};
    RdKafka::ErrorCode code = m_consumer->commitSync(offsets);
    if (code == RdKafka::ERR_NO_ERROR) code = tp->err();
    if (code == RdKafka::ERR_NO_ERROR || code == RdKafka::ERR__NO_OFFSET) return Status::ok();
    return Status::fail(Messages::english(msg::kNotOwner, m_definition.source.topic, partition, QString::fromStdString(RdKafka::err2str(code))));
}

Status SinkWorker::revokePartitions()
{
    cancelRecovery(); // partitions still being recovered were never handed to librdkafka
    if (m_consumer->assignment_lost()) {
        // The group already gave these partitions to others: whatever is open here was never
        // ours to commit. The new owners re-read it from the last committed file.
        qCWarning(lcWorker).noquote() << "task" << m_taskId << "lost its partitions; open files abandoned";
        m_lanes.clear();
        m_consumer->unassign();
        return Status::ok();
    }
    Status result = Status::ok();
    for (auto &[partition, lane] : m_lanes) {
        if (Status s = lane->sink->roll(); !s && result.isOk()) result = s;
    }
    FaultInjection::point("revoke");
    if (result.isOk()) {
        if (Status s = commitAllOffsets(); !s) result = s;
    }
    m_lanes.clear(); // abandons whatever could not be committed
    m_consumer->unassign();
    return result;
}

void SinkWorker::rebalance_cb(RdKafka::KafkaConsumer *consumer, RdKafka::ErrorCode err, std::vector<RdKafka::TopicPartition *> &partitions)
{
    Q_UNUSED(consumer)
    if (err == RdKafka::ERR__ASSIGN_PARTITIONS) {
        // close() may still deliver an assignment from a rebalance in flight: a recovery started
        // then would read the consumer that is being deleted. Leaving it unassigned is what
        // close() wants anyway.
        if (m_closing) return;
        // assign() follows when recovery is done (step()); librdkafka keeps heartbeating while
        // it waits for that call, so a slow warehouse does not cost the membership.
        startRecovery(partitions);
    } else {
        if (Status s = revokePartitions(); !s) fail(s.error());
    }
}

void SinkWorker::event_cb(RdKafka::Event &event)
{
    if (event.type() != RdKafka::Event::EVENT_ERROR) return;
    const RdKafka::ErrorCode code = event.err();
    if (!m_lanes.empty()) m_metrics.partition(m_lanes.begin()->first).errors.fetch_add(1, std::memory_order_relaxed);
    m_metrics.notice({QStringLiteral("Consumer error"),
                      Messages::english(msg::kKafkaClusterSays, m_cluster.name, QString::fromStdString(event.str()))});
    if (code == RdKafka::ERR__ALL_BROKERS_DOWN)
        fail(Messages::english(msg::kBrokersDown, m_cluster.name, m_cluster.bootstrapServers, QString::fromStdString(event.str())));
    else if (event.fatal() || code == RdKafka::ERR__AUTHENTICATION || code == RdKafka::ERR__SSL)
        fail(Messages::english(msg::kKafkaSays, QString::fromStdString(event.str())));
}

Status SinkWorker::closeGracefully()
{
    cancelRecovery();
    if (!m_consumer) return Status::ok();
    Status result = Status::ok();
    for (auto &[partition, lane] : m_lanes) {
        if (Status s = lane->sink->roll(); !s && result.isOk()) result = s;
    }
    if (result.isOk() && !m_failed.load()) {
        if (Status s = commitAllOffsets(); !s) result = s;
    }
    m_lanes.clear();
    releaseConsumerQueue();
    // close() would run the revoke callback; the sinks are already committed and gone.
    m_closing = true;
    m_consumer->close();
    m_consumer.reset();
    return result;
}

void SinkWorker::closeDiscarding()
{
    cancelRecovery();
    for (auto &[partition, lane] : m_lanes) lane->sink->abandon();
    m_lanes.clear();
    releaseConsumerQueue();
    if (m_consumer) {
        m_closing = true;
        m_consumer->close();
        m_consumer.reset();
    }
}

} // namespace outflow
