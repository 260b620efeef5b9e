#include "GroupPositions.h"
#include "common/Messages.h"

#include "KafkaConfig.h"
#include "catalog/Validation.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace outflow {

namespace {

/// TopicPartition lists own their elements: librdkafka's C++ API leaves that to the caller.
struct PartitionList
{
    std::vector<std::unique_ptr<RdKafka::TopicPartition>> owned;
    std::vector<RdKafka::TopicPartition *> raw;

    void add(const std::string &topic, int partition, int64_t offset)
    {
        owned.emplace_back(RdKafka::TopicPartition::create(topic, partition, offset));
        raw.push_back(owned.back().get());
    }
};

} // namespace

GroupPositions::GroupPositions(RdKafka::KafkaConsumer &consumer, QString topic, int timeoutMs)
    : m_consumer(consumer), m_topic(std::move(topic)), m_topicStd(m_topic.toStdString()), m_timeoutMs(timeoutMs)
{
}

QString GroupPositions::describe(const QString &what, RdKafka::ErrorCode code) const
{
    return Messages::english(msg::kGroupCallFailed, what, m_topic, QString::fromStdString(RdKafka::err2str(code)));
}

Result<QMap<int, qint64>> GroupPositions::committed(const QList<int> &partitions) const
{
    using R = Result<QMap<int, qint64>>;
    PartitionList list;
    for (int p : partitions) list.add(m_topicStd, p, RdKafka::Topic::OFFSET_INVALID);
    if (RdKafka::ErrorCode code = m_consumer.committed(list.raw, m_timeoutMs); code != RdKafka::ERR_NO_ERROR)
        return R::fail(describe(Messages::english(msg::kCallReadingCommitted), code));
    QMap<int, qint64> out;
    for (RdKafka::TopicPartition *tp : list.raw)
        if (tp->err() == RdKafka::ERR_NO_ERROR && tp->offset() >= 0) out.insert(tp->partition(), tp->offset());
    return R::ok(out);
}

Status GroupPositions::watermarks(int partition, qint64 &low, qint64 &high) const
{
    int64_t l = 0, h = 0;
    if (RdKafka::ErrorCode code = m_consumer.query_watermark_offsets(m_topicStd, partition, &l, &h, m_timeoutMs); code != RdKafka::ERR_NO_ERROR)
        return Status::fail(describe(Messages::english(msg::kCallReadingPartitionOffsets, partition), code));
    low = l;
    high = h;
    return Status::ok();
}

Result<QMap<int, qint64>> GroupPositions::resolveStart(const QString &start, const QList<int> &partitions) const
{
    using R = Result<QMap<int, qint64>>;
    QMap<int, qint64> out;
    if (const auto time = Validation::startTimestamp(start)) {
        PartitionList list;
        for (int p : partitions) list.add(m_topicStd, p, time->toMSecsSinceEpoch());
        if (RdKafka::ErrorCode code = m_consumer.offsetsForTimes(list.raw, m_timeoutMs); code != RdKafka::ERR_NO_ERROR)
            return R::fail(describe(Messages::english(msg::kCallResolvingStart, start), code));
        for (RdKafka::TopicPartition *tp : list.raw) {
            if (tp->offset() >= 0) {
                out.insert(tp->partition(), tp->offset());
                continue;
            }
            qint64 low = 0, high = 0; // nothing that late yet: start at the end
            if (Status s = watermarks(tp->partition(), low, high); !s) return R::fail(s.error());
            out.insert(tp->partition(), high);
        }
        return R::ok(out);
    }
    const bool latest = start == QLatin1String("latest");
    for (int p : partitions) {
        qint64 low = 0, high = 0;
        if (Status s = watermarks(p, low, high); !s) return R::fail(s.error());
        out.insert(p, latest ? high : low);
    }
    return R::ok(out);
}

Status GroupPositions::commit(const QMap<int, qint64> &offsets) const
{
    if (offsets.isEmpty()) return Status::ok();
    PartitionList list;
    for (auto it = offsets.begin(); it != offsets.end(); ++it) list.add(m_topicStd, it.key(), it.value());
    if (RdKafka::ErrorCode code = m_consumer.commitSync(list.raw); code != RdKafka::ERR_NO_ERROR)
        return Status::fail(describe(Messages::english(msg::kCallCommittingStart), code));
    for (RdKafka::TopicPartition *tp : list.raw)
        if (tp->err() != RdKafka::ERR_NO_ERROR)
            return Status::fail(describe(Messages::english(msg::kCallCommittingStartOf, tp->partition()), tp->err()));
    return Status::ok();
}

Result<std::unique_ptr<RdKafka::KafkaConsumer>> GroupPositions::outsideConsumer(const ClusterConfig &cluster, const QString &groupId,
                                                                                RdKafka::EventCb *events)
{
    using R = Result<std::unique_ptr<RdKafka::KafkaConsumer>>;
    auto conf = KafkaConfig::build(cluster, {{QStringLiteral("group.id"), groupId},
                                             {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                                             {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
                                             {QStringLiteral("log.connection.close"), QStringLiteral("false")}},
                                 events);
    if (!conf) return R::fail(conf.error());
    std::string err;
    std::unique_ptr<RdKafka::KafkaConsumer> consumer(RdKafka::KafkaConsumer::create(conf.value().get(), err));
    if (!consumer) return R::fail(Messages::english(msg::kCannotCreateConsumer, QString::fromStdString(err)));
    return R::ok(std::move(consumer));
}

Status GroupPositions::makeStartDurable(const ClusterConfig &cluster, const QString &groupId, const QString &topic, int partitionCount,
                                        const QString &start)
{
    if (start == QLatin1String("earliest")) return Status::ok();
    auto consumer = outsideConsumer(cluster, groupId);
    if (!consumer) return Status::fail(consumer.error());
    GroupPositions positions(*consumer.value(), topic);
    QList<int> partitions;
    for (int p = 0; p < partitionCount; ++p) partitions << p;
    auto offsets = positions.resolveStart(start, partitions);
    Status result = offsets ? positions.commit(offsets.value()) : Status::fail(offsets.error());
    consumer.value()->close();
    return result;
}

} // namespace outflow
