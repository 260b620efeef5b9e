#include "ClusterClient.h"
#include "common/Messages.h"

#include "KafkaConfig.h"
#include "KafkaRecordCopy.h"

#include <librdkafka/rdkafka.h>

#include <QElapsedTimer>
#include <QCoreApplication>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {

/// The pool behind the async calls: a few threads, so slow clusters cannot starve each other.
QThreadPool *clientPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setObjectName(QStringLiteral("outflow-cluster-client"));
        // Calls still running when the application object goes away would touch librdkafka
        // and Qt after their teardown; let them finish (each is bounded by its timeout) first.
        qAddPostRoutine([] { clientPool()->waitForDone(); });
        return p;
    }();
    return pool;
}

/// A producer handle is the cheapest way to ask metadata questions: it joins nothing.
struct Probe
{
    LastErrorEventCb events;
    std::unique_ptr<RdKafka::Producer> handle;
    QString error;
};

std::unique_ptr<Probe> makeProbe(const ClusterConfig &cluster, std::chrono::milliseconds timeout)
{
    auto probe = std::make_unique<Probe>();
    auto conf = KafkaConfig::build(cluster,
                                   {{QStringLiteral("socket.timeout.ms"), QString::number(qMax<qint64>(timeout.count(), 10))},
                                    {QStringLiteral("log.connection.close"), QStringLiteral("false")}},
                                   &probe->events);
    if (!conf) {
        probe->error = conf.error();
        return probe;
    }
    std::string err;
    probe->handle.reset(RdKafka::Producer::create(conf.value().get(), err));
    if (!probe->handle) probe->error = QString::fromStdString(err);
    return probe;
}

} // namespace

ClusterClient::ClusterClient(ClusterConfig cluster, std::chrono::milliseconds timeout)
    : m_cluster(std::move(cluster)), m_timeout(timeout)
{
}

QString ClusterClient::describeFailure(const QString &what, const QString &reason) const
{
    return Messages::english(msg::kClusterCallFailed, what, m_cluster.name, m_cluster.bootstrapServers, reason);
}

Result<ClusterMetadata> ClusterClient::metadata() const
{
    using R = Result<ClusterMetadata>;
    auto probe = makeProbe(m_cluster, m_timeout);
    if (!probe->handle) return R::fail(describeFailure(Messages::english(msg::kCallConnecting), probe->error));
    RdKafka::Metadata *raw = nullptr;
    const RdKafka::ErrorCode code = probe->handle->metadata(true, nullptr, &raw, int(m_timeout.count()));
    std::unique_ptr<RdKafka::Metadata> md(raw);
    if (code != RdKafka::ERR_NO_ERROR) {
        QString reason = QString::fromStdString(RdKafka::err2str(code));
        if (const QString last = probe->events.lastError(); !last.isEmpty()) reason += QStringLiteral(" (") + last + u')';
        if (code == RdKafka::ERR__TRANSPORT || code == RdKafka::ERR__TIMED_OUT)
            return R::fail(Messages::english(msg::kClusterUnreachable, m_cluster.name, m_cluster.bootstrapServers,
                                             m_timeout.count() / 1000.0, reason));
        return R::fail(describeFailure(Messages::english(msg::kCallReadingMetadata), reason));
    }
    ClusterMetadata out;
    for (const RdKafka::BrokerMetadata *b : *md->brokers())
        out.brokers << BrokerInfo{b->id(), QString::fromStdString(b->host()), b->port()};
    for (const RdKafka::TopicMetadata *t : *md->topics()) {
        const QString name = QString::fromStdString(t->topic());
        if (name.startsWith(QLatin1String("__"))) continue; // internal topics (offsets, transactions)
        out.topics << TopicInfo{name, int(t->partitions()->size())};
    }
    std::sort(out.topics.begin(), out.topics.end(), [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return R::ok(out);
}

Result<TopicInfo> ClusterClient::topic(const QString &name) const
{
    auto md = metadata();
    if (!md) return Result<TopicInfo>::fail(md.error());
    for (const TopicInfo &t : md.value().topics)
        if (t.name == name) return Result<TopicInfo>::ok(t);
    return Result<TopicInfo>::fail(
        Messages::english(msg::kTopicMissing, name, m_cluster.name, m_cluster.bootstrapServers));
}

Result<Watermarks> ClusterClient::watermarks(const QString &topic, int partition) const
{
    using R = Result<Watermarks>;
    auto probe = makeProbe(m_cluster, m_timeout);
    if (!probe->handle) return R::fail(describeFailure(Messages::english(msg::kCallConnecting), probe->error));
    int64_t low = 0, high = 0;
    const RdKafka::ErrorCode code =
        probe->handle->query_watermark_offsets(topic.toStdString(), partition, &low, &high, int(m_timeout.count()));
    if (code != RdKafka::ERR_NO_ERROR)
        return R::fail(describeFailure(QStringLiteral("Reading offsets of %1 partition %2").arg(topic).arg(partition),
                                       QString::fromStdString(RdKafka::err2str(code))));
    return R::ok(Watermarks{low, high});
}

Result<qint64> ClusterClient::offsetForTime(const QString &topic, int partition, const QDateTime &time) const
{
    using R = Result<qint64>;
    auto probe = makeProbe(m_cluster, m_timeout);
    if (!probe->handle) return R::fail(describeFailure(Messages::english(msg::kCallConnecting), probe->error));
    std::unique_ptr<RdKafka::TopicPartition> tp(RdKafka::TopicPartition::create(topic.toStdString(), partition, time.toMSecsSinceEpoch()));
    std::vector<RdKafka::TopicPartition *> list{tp.get()};
    const RdKafka::ErrorCode code = probe->handle->offsetsForTimes(list, int(m_timeout.count()));
    if (code != RdKafka::ERR_NO_ERROR || tp->err() != RdKafka::ERR_NO_ERROR)
        return R::fail(describeFailure(QStringLiteral("Resolving %1 partition %2 at %3").arg(topic).arg(partition).arg(time.toString(Qt::ISODate)),
                                       QString::fromStdString(RdKafka::err2str(code != RdKafka::ERR_NO_ERROR ? code : tp->err()))));
    if (tp->offset() >= 0) return R::ok(tp->offset());
    // No record at or after the time: the position is the end of the partition.
    auto wm = watermarks(topic, partition);
    if (!wm) return R::fail(wm.error());
    return R::ok(wm.value().high);
}

Result<QList<KafkaRecord>> ClusterClient::readRange(const QString &topic, int partition, qint64 from, qint64 to) const
{
    using R = Result<QList<KafkaRecord>>;
    QList<KafkaRecord> out;
    if (from >= to) return R::ok(out);
    LastErrorEventCb events;
    // A throwaway group id: assign() never joins a group, and nothing is ever committed.
    auto conf = KafkaConfig::build(m_cluster,
                                   {{QStringLiteral("group.id"), QStringLiteral("outflow-reader-") + QUuid::createUuid().toString(QUuid::Id128)},
                                    {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                                    {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
                                    {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
                                    {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
                                    {QStringLiteral("log.connection.close"), QStringLiteral("false")}},
                                   &events);
    if (!conf) return R::fail(conf.error());
    std::string err;
    std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.value().get(), err));
    if (!consumer) return R::fail(describeFailure(QStringLiteral("Creating a reader"), QString::fromStdString(err)));
    std::unique_ptr<RdKafka::TopicPartition> tp(RdKafka::TopicPartition::create(topic.toStdString(), partition, from));
    std::vector<RdKafka::TopicPartition *> assignment{tp.get()};
    if (RdKafka::ErrorCode code = consumer->assign(assignment); code != RdKafka::ERR_NO_ERROR)
        return R::fail(describeFailure(QStringLiteral("Reading %1 partition %2").arg(topic).arg(partition),
                                       QString::fromStdString(RdKafka::err2str(code))));
    QElapsedTimer clock;
    clock.start();
    QString failure;
    while (clock.elapsed() < m_timeout.count()) {
        std::unique_ptr<RdKafka::Message> msg(consumer->consume(200));
        if (msg->err() == RdKafka::ERR__TIMED_OUT) continue;
        if (msg->err() == RdKafka::ERR__PARTITION_EOF) break;
        if (msg->err() != RdKafka::ERR_NO_ERROR) {
            failure = QString::fromStdString(msg->errstr());
            if (msg->err() == RdKafka::ERR__TRANSPORT || msg->err() == RdKafka::ERR__ALL_BROKERS_DOWN) continue;
            break;
        }
        if (msg->offset() >= to) break;
        out << copyRecord(*msg);
        if (msg->offset() >= to - 1) break;
    }
    consumer->close();
    if (out.isEmpty() && !failure.isEmpty())
        return R::fail(describeFailure(QStringLiteral("Reading %1 partition %2").arg(topic).arg(partition), failure));
    if (clock.elapsed() >= m_timeout.count() && (out.isEmpty() || out.last().offset < to - 1) && !failure.isEmpty())
        return R::fail(describeFailure(QStringLiteral("Reading %1 partition %2").arg(topic).arg(partition), failure));
    return R::ok(out);
}

Status ClusterClient::createTopic(const QString &name, int partitions, int replicationFactor) const
{
    auto probe = makeProbe(m_cluster, m_timeout);
    if (!probe->handle) return Status::fail(describeFailure(Messages::english(msg::kCallConnecting), probe->error));
    rd_kafka_t *rk = probe->handle->c_ptr();
    char errstr[512];
    rd_kafka_NewTopic_t *newTopic =
        rd_kafka_NewTopic_new(name.toUtf8().constData(), partitions, replicationFactor, errstr, sizeof errstr);
    if (!newTopic) return Status::fail(QString::fromUtf8(errstr));
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(options, int(m_timeout.count()), errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &newTopic, 1, options, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, int(m_timeout.count()) + 1000);
    QString failure;
    if (!event) {
        failure = QStringLiteral("no answer within the timeout");
    } else if (rd_kafka_event_error(event)) {
        failure = QString::fromUtf8(rd_kafka_event_error_string(event));
    } else {
        const rd_kafka_CreateTopics_result_t *result = rd_kafka_event_CreateTopics_result(event);
        size_t count = 0;
        const rd_kafka_topic_result_t **topics = rd_kafka_CreateTopics_result_topics(result, &count);
        for (size_t i = 0; i < count; ++i)
            if (rd_kafka_topic_result_error(topics[i]) != RD_KAFKA_RESP_ERR_NO_ERROR)
                failure = QString::fromUtf8(rd_kafka_topic_result_error_string(topics[i]));
    }
    if (event) rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_NewTopic_destroy(newTopic);
    if (!failure.isEmpty()) return Status::fail(describeFailure(QStringLiteral("Creating topic %1").arg(name), failure));
    return Status::ok();
}

QFuture<Result<ClusterMetadata>> ClusterClient::asyncMetadata() const
{
    return QtConcurrent::run(clientPool(), [client = *this] { return client.metadata(); });
}

QFuture<Result<Watermarks>> ClusterClient::asyncWatermarks(const QString &topic, int partition) const
{
    return QtConcurrent::run(clientPool(), [client = *this, topic, partition] { return client.watermarks(topic, partition); });
}

QFuture<Result<QList<KafkaRecord>>> ClusterClient::asyncReadRange(const QString &topic, int partition, qint64 from, qint64 to) const
{
    return QtConcurrent::run(clientPool(), [client = *this, topic, partition, from, to] { return client.readRange(topic, partition, from, to); });
}

} // namespace outflow
