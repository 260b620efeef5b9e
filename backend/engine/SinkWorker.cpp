#include "SinkWorker.h"

#include "FaultInjection.h"
#include "catalog/Validation.h"
#include "kafka/KafkaConfig.h"
#include "warehouse/Warehouse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace outflow {

Q_LOGGING_CATEGORY(lcWorker, "outflow.worker")

SinkWorker::SinkWorker(QString taskId, TaskDefinition definition, ClusterConfig cluster, std::shared_ptr<Warehouse> warehouse,
                       TaskMetrics &metrics, int index)
    : m_taskId(std::move(taskId)),
      m_definition(std::move(definition)),
      m_cluster(std::move(cluster)),
      m_warehouse(std::move(warehouse)),
      m_metrics(metrics),
      m_index(index),
      m_topicUtf8(m_definition.source.topic.toUtf8())
{
}

SinkWorker::~SinkWorker()
{
    if (m_consumer) closeDiscarding();
}

Status SinkWorker::open()
{
    const QMap<QString, QString> overrides{
        {QStringLiteral("group.id"), QStringLiteral("outflow-") + m_taskId},
        {QStringLiteral("client.id"), QStringLiteral("outflow-%1-%2").arg(m_taskId).arg(m_index)},
        {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        // Positions come from the warehouse and are set explicitly on assignment; this only
        // applies when an explicit position is out of range (e.g. deleted by retention).
        {QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")},
        {QStringLiteral("partition.assignment.strategy"), QStringLiteral("roundrobin")},
        // librdkafka 2.0 stops fetching for a full second whenever a partition's local queue is
        // full (fetch.queue.backoff.ms arrives in 2.2), so a shallow queue caps throughput. A task
        // gets ~256 MiB of prefetch in all, shared by its consumers: bounded, and deep enough.
        {QStringLiteral("queued.max.messages.kbytes"), QString::number(qMax(16384, 262144 / qMax(1, m_definition.parallelism)))},
        {QStringLiteral("queued.min.messages"), QStringLiteral("1000000")},
        // librdkafka's default; shorter waits make every idle consumer poll the broker more often.
        {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("500")},
        {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")},
        {QStringLiteral("heartbeat.interval.ms"), QStringLiteral("1000")},
        {QStringLiteral("max.poll.interval.ms"), QStringLiteral("300000")},
        {QStringLiteral("log.connection.close"), QStringLiteral("false")},
    };
    auto conf = KafkaConfig::build(m_cluster, overrides, this);
    if (!conf) return Status::fail(conf.error());
    std::string err;
    if (conf.value()->set("rebalance_cb", static_cast<RdKafka::RebalanceCb *>(this), err) != RdKafka::Conf::CONF_OK)
        return Status::fail(QString::fromStdString(err));
    m_consumer.reset(RdKafka::KafkaConsumer::create(conf.value().get(), err));
    if (!m_consumer) return Status::fail(QStringLiteral("Cannot create a Kafka consumer: %1").arg(QString::fromStdString(err)));
    const RdKafka::ErrorCode code = m_consumer->subscribe({m_definition.source.topic.toStdString()});
    if (code != RdKafka::ERR_NO_ERROR)
        return Status::fail(QStringLiteral("Cannot subscribe to %1: %2").arg(m_definition.source.topic, QString::fromStdString(RdKafka::err2str(code))));
    return Status::ok();
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

SinkWorker::StepOutcome SinkWorker::step(int maxRecords, int budgetMs)
{
    if (m_failed.load(std::memory_order_acquire)) return StepOutcome::Failed;
    QElapsedTimer clock;
    clock.start();
    int consumed = 0;
    // Reading the clock per record costs more than formatting a small one: look every 64.
    while (consumed < maxRecords && ((consumed & 63) != 0 || clock.elapsed() < budgetMs)) {
        std::unique_ptr<RdKafka::Message> msg(m_consumer->consume(0));
        if (m_failed.load(std::memory_order_acquire)) return StepOutcome::Failed; // set by a callback during consume
        const RdKafka::ErrorCode err = msg->err();
        if (err == RdKafka::ERR__TIMED_OUT) break;
        if (err == RdKafka::ERR__PARTITION_EOF) continue;
        if (err != RdKafka::ERR_NO_ERROR) {
            if (err == RdKafka::ERR_UNKNOWN_TOPIC_OR_PART || err == RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED ||
                err == RdKafka::ERR_GROUP_AUTHORIZATION_FAILED || err == RdKafka::ERR__FATAL) {
                fail(QStringLiteral("Kafka: %1").arg(QString::fromStdString(msg->errstr())));
                return StepOutcome::Failed;
            }
            continue; // transient: librdkafka retries by itself
        }
        auto it = m_sinks.find(msg->partition());
        if (it == m_sinks.end()) continue; // a message of a partition revoked meanwhile
        PartitionSink &sink = *it->second;
        if (msg->offset() < sink.committedNext()) continue; // already in the warehouse
        if (Status s = sink.append(viewOf(*msg)); !s) {
            fail(s.error());
            return StepOutcome::Failed;
        }
        ++consumed;
        m_healthy.store(true);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastRollCheckMs >= 200) {
        m_lastRollCheckMs = now;
        for (auto &[partition, sink] : m_sinks) {
            if (Status s = sink->rollIfDue(now); !s) {
                fail(s.error());
                return StepOutcome::Failed;
            }
        }
    }
    if (now - m_lastWatermarkMs >= 1000) {
        m_lastWatermarkMs = now;
        for (auto &[partition, sink] : m_sinks) {
            int64_t low = 0, high = 0;
            if (m_consumer->get_watermark_offsets(m_definition.source.topic.toStdString(), partition, &low, &high) == RdKafka::ERR_NO_ERROR &&
                high >= 0)
                m_metrics.partition(partition).highWatermark.store(high, std::memory_order_relaxed);
        }
    }
    if (Status s = commitRolledOffsets(false); !s) {
        fail(s.error());
        return StepOutcome::Failed;
    }
    return consumed > 0 ? StepOutcome::Busy : StepOutcome::Idle;
}

Status SinkWorker::commitRolledOffsets(bool synchronous)
{
    std::vector<std::unique_ptr<RdKafka::TopicPartition>> owned;
    std::vector<RdKafka::TopicPartition *> offsets;
    for (auto &[partition, sink] : m_sinks) {
        if (!sink->takeCommitted() && !synchronous) continue;
        owned.emplace_back(RdKafka::TopicPartition::create(m_definition.source.topic.toStdString(), partition, sink->committedNext()));
        offsets.push_back(owned.back().get());
    }
    if (offsets.empty()) return Status::ok();
    // Group offsets drive the progress view and lag; the warehouse stays the truth, so a lost
    // asynchronous commit only delays the progress view.
    const RdKafka::ErrorCode code = synchronous ? m_consumer->commitSync(offsets) : m_consumer->commitAsync(offsets);
    if (synchronous && code != RdKafka::ERR_NO_ERROR && code != RdKafka::ERR__NO_OFFSET)
        return Status::fail(QStringLiteral("Committing offsets to Kafka failed: %1").arg(QString::fromStdString(RdKafka::err2str(code))));
    return Status::ok();
}

Result<qint64> SinkWorker::recoverPosition(int partition, qint64 groupOffset)
{
    const TargetSpec &t = m_definition.target;
    auto discarded = m_warehouse->discardTempFiles(t.bid, t.tid, m_definition.source.topic, partition);
    if (!discarded) return Result<qint64>::fail(discarded.error());
    auto files = m_warehouse->committedFiles(t.bid, t.tid, m_definition.source.topic, partition);
    if (!files) return Result<qint64>::fail(files.error());
    qint64 next = groupOffset >= 0 ? groupOffset : -1;
    for (const CommittedFile &f : files.value()) next = qMax(next, f.name.lastOffset + 1);
    return Result<qint64>::ok(next);
}

Status SinkWorker::assignPartitions(std::vector<RdKafka::TopicPartition *> &partitions)
{
    // The group's committed offsets, then the warehouse: the later of the two wins.
    if (RdKafka::ErrorCode code = m_consumer->committed(partitions, 15000); code != RdKafka::ERR_NO_ERROR)
        return Status::fail(QStringLiteral("Reading the committed offsets of group outflow-%1 failed: %2")
                                .arg(m_taskId, QString::fromStdString(RdKafka::err2str(code))));
    const auto startTime = Validation::startTimestamp(m_definition.source.start);
    std::vector<RdKafka::TopicPartition *> needTime;
    for (RdKafka::TopicPartition *tp : partitions) {
        auto next = recoverPosition(tp->partition(), tp->offset() >= 0 ? tp->offset() : -1);
        if (!next) return Status::fail(next.error());
        if (next.value() >= 0) tp->set_offset(next.value());
        else if (startTime) {
            tp->set_offset(startTime->toMSecsSinceEpoch());
            needTime.push_back(tp);
        } else
            tp->set_offset(m_definition.source.start == QLatin1String("latest") ? RdKafka::Topic::OFFSET_END : RdKafka::Topic::OFFSET_BEGINNING);
    }
    if (!needTime.empty()) {
        if (RdKafka::ErrorCode code = m_consumer->offsetsForTimes(needTime, 15000); code != RdKafka::ERR_NO_ERROR)
            return Status::fail(QStringLiteral("Resolving the start time %1 failed: %2").arg(m_definition.source.start, QString::fromStdString(RdKafka::err2str(code))));
        for (RdKafka::TopicPartition *tp : needTime)
            if (tp->offset() < 0) tp->set_offset(RdKafka::Topic::OFFSET_END); // nothing that late yet
    }
    for (RdKafka::TopicPartition *tp : partitions) {
        qint64 next = tp->offset();
        if (next < 0) {
            // Resolve a logical start now, so the sink knows its first offset for file names.
            int64_t low = 0, high = 0;
            if (RdKafka::ErrorCode code = m_consumer->query_watermark_offsets(tp->topic(), tp->partition(), &low, &high, 15000);
                code != RdKafka::ERR_NO_ERROR)
                return Status::fail(QStringLiteral("Reading offsets of %1/%2 failed: %3")
                                        .arg(QString::fromStdString(tp->topic()))
                                        .arg(tp->partition())
                                        .arg(QString::fromStdString(RdKafka::err2str(code))));
            next = tp->offset() == RdKafka::Topic::OFFSET_END ? high : low;
            tp->set_offset(next);
        }
        m_sinks[tp->partition()] = std::make_unique<PartitionSink>(*m_warehouse, m_definition.target, m_definition.source.topic,
                                                                     tp->partition(), next, m_metrics.partition(tp->partition()));
    }
    if (RdKafka::ErrorCode code = m_consumer->assign(partitions); code != RdKafka::ERR_NO_ERROR)
        return Status::fail(QStringLiteral("Assigning partitions failed: %1").arg(QString::fromStdString(RdKafka::err2str(code))));
    QStringList assigned;
    for (RdKafka::TopicPartition *tp : partitions) assigned << QStringLiteral("%1@%2").arg(tp->partition()).arg(tp->offset());
    qCInfo(lcWorker).noquote() << "task" << m_taskId << "worker" << m_index << "assigned partitions" << assigned.join(u',');
    m_healthy.store(true);
    return Status::ok();
}

Status SinkWorker::revokePartitions()
{
    Status result = Status::ok();
    for (auto &[partition, sink] : m_sinks) {
        if (Status s = sink->roll(); !s && result.isOk()) result = s;
    }
    FaultInjection::point("revoke");
    if (result.isOk()) {
        if (Status s = commitRolledOffsets(true); !s) result = s;
    }
    m_sinks.clear(); // abandons whatever could not be committed
    m_consumer->unassign();
    return result;
}

void SinkWorker::rebalance_cb(RdKafka::KafkaConsumer *consumer, RdKafka::ErrorCode err, std::vector<RdKafka::TopicPartition *> &partitions)
{
    Q_UNUSED(consumer)
    if (err == RdKafka::ERR__ASSIGN_PARTITIONS) {
        if (Status s = assignPartitions(partitions); !s) {
            m_sinks.clear();
            m_consumer->unassign();
            fail(s.error());
        }
    } else {
        if (Status s = revokePartitions(); !s) fail(s.error());
    }
}

void SinkWorker::event_cb(RdKafka::Event &event)
{
    if (event.type() != RdKafka::Event::EVENT_ERROR) return;
    const RdKafka::ErrorCode code = event.err();
    if (code == RdKafka::ERR__ALL_BROKERS_DOWN)
        fail(QStringLiteral("All brokers of Kafka cluster \"%1\" (%2) are down: %3")
                 .arg(m_cluster.name, m_cluster.bootstrapServers, QString::fromStdString(event.str())));
    else if (event.fatal() || code == RdKafka::ERR__AUTHENTICATION || code == RdKafka::ERR__SSL)
        fail(QStringLiteral("Kafka: %1").arg(QString::fromStdString(event.str())));
}

Status SinkWorker::closeGracefully()
{
    if (!m_consumer) return Status::ok();
    Status result = Status::ok();
    for (auto &[partition, sink] : m_sinks) {
        if (Status s = sink->roll(); !s && result.isOk()) result = s;
    }
    if (result.isOk() && !m_failed.load()) {
        if (Status s = commitRolledOffsets(true); !s) result = s;
    }
    m_sinks.clear();
    // close() would run the revoke callback; the sinks are already committed and gone.
    m_consumer->close();
    m_consumer.reset();
    return result;
}

void SinkWorker::closeDiscarding()
{
    for (auto &[partition, sink] : m_sinks) sink->abandon();
    m_sinks.clear();
    if (m_consumer) {
        m_consumer->close();
        m_consumer.reset();
    }
}

} // namespace outflow
