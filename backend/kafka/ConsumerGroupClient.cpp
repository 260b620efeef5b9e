#include "ConsumerGroupClient.h"

#include "GroupPositions.h"
#include "KafkaCallPool.h"
#include "KafkaConfig.h"

#include <librdkafka/rdkafka.h>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace outflow {

namespace {

using Milliseconds = std::chrono::milliseconds;

/// A producer handle used only for admin requests and watermarks: it joins no group and
/// commits nothing, so asking never disturbs the task's own consumers.
struct AdminHandle
{
    LastErrorEventCb events;
    std::unique_ptr<RdKafka::Producer> handle;
    QString error;

    AdminHandle(const ClusterConfig &cluster, Milliseconds timeout)
    {
        auto conf = KafkaConfig::build(cluster,
                                       {{QStringLiteral("socket.timeout.ms"), QString::number(qMax<qint64>(timeout.count(), 10))},
                                        {QStringLiteral("log.connection.close"), QStringLiteral("false")}},
                                       &events);
        if (!conf) {
            error = conf.error();
            return;
        }
        std::string err;
        handle.reset(RdKafka::Producer::create(conf.value().get(), err));
        if (!handle) error = QString::fromStdString(err);
    }
    rd_kafka_t *raw() const { return handle->c_ptr(); }
};

/// One admin request: options with the timeout, a private result queue, and the result event,
/// all released when the request goes out of scope.
class AdminRequest final
{
public:
    AdminRequest(rd_kafka_t *rk, rd_kafka_admin_op_t op, Milliseconds timeout)
        : m_options(rd_kafka_AdminOptions_new(rk, op)), m_queue(rd_kafka_queue_new(rk)), m_timeout(timeout)
    {
        char errstr[256];
        rd_kafka_AdminOptions_set_request_timeout(m_options, int(timeout.count()), errstr, sizeof errstr);
    }
    ~AdminRequest()
    {
        if (m_event) rd_kafka_event_destroy(m_event);
        rd_kafka_queue_destroy(m_queue);
        rd_kafka_AdminOptions_destroy(m_options);
    }
    AdminRequest(const AdminRequest &) = delete;
    AdminRequest &operator=(const AdminRequest &) = delete;

    rd_kafka_AdminOptions_t *options() const { return m_options; }
    rd_kafka_queue_t *queue() const { return m_queue; }
    /// The result event, or null when none came in time (librdkafka answers the request
    /// timeout itself, so the extra second only covers its bookkeeping).
    rd_kafka_event_t *wait()
    {
        m_event = rd_kafka_queue_poll(m_queue, int(m_timeout.count()) + 1000);
        return m_event;
    }

private:
    rd_kafka_AdminOptions_t *m_options;
    rd_kafka_queue_t *m_queue;
    rd_kafka_event_t *m_event = nullptr;
    Milliseconds m_timeout;
};

bool isUnreachable(rd_kafka_resp_err_t code)
{
    return code == RD_KAFKA_RESP_ERR__TIMED_OUT || code == RD_KAFKA_RESP_ERR__TRANSPORT ||
           code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN || code == RD_KAFKA_RESP_ERR__RESOLVE ||
           code == RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE;
}

bool isDenied(rd_kafka_resp_err_t code)
{
    return code == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED || code == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
           code == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED;
}

/// The sentence for a failed request: unreachable, denied by ACLs, or anything else, each with
/// the cluster's name and address, and librdkafka's last connection error when it explains more.
QString explain(const ClusterConfig &cluster, Milliseconds timeout, const QString &what, rd_kafka_resp_err_t code,
                QString reason, const QString &lastEvent)
{
    if (!lastEvent.isEmpty() && !reason.contains(lastEvent)) reason += QStringLiteral(" (") + lastEvent + u')';
    if (isUnreachable(code))
        return QStringLiteral("Cannot reach Kafka cluster \"%1\" at %2 within %3 s while %4: %5")
            .arg(cluster.name, cluster.bootstrapServers)
            .arg(timeout.count() / 1000.0)
            .arg(what, reason);
    if (isDenied(code)) {
        const QString who = cluster.saslUsername.isEmpty() ? QString() : QStringLiteral(" (user \"%1\")").arg(cluster.saslUsername);
        return QStringLiteral("Kafka cluster \"%1\" (%2) denied %3: %4. Its ACLs must allow this client%5 to describe the "
                              "consumer group and the topic.")
            .arg(cluster.name, cluster.bootstrapServers, what, reason, who);
    }
    return QStringLiteral("Kafka cluster \"%1\" (%2) failed %3: %4").arg(cluster.name, cluster.bootstrapServers, what, reason);
}

/// Empty when the request was answered without a request-level error, else why not.
QString requestFailure(const ClusterConfig &cluster, Milliseconds timeout, const QString &what, rd_kafka_event_t *event,
                       const AdminHandle &admin)
{
    if (!event)
        return explain(cluster, timeout, what, RD_KAFKA_RESP_ERR__TIMED_OUT, QStringLiteral("no answer"), admin.events.lastError());
    if (rd_kafka_resp_err_t code = rd_kafka_event_error(event))
        return explain(cluster, timeout, what, code, QString::fromUtf8(rd_kafka_event_error_string(event)), admin.events.lastError());
    return {};
}

} // namespace

ConsumerGroupClient::ConsumerGroupClient(ClusterConfig cluster, std::chrono::milliseconds timeout)
    : m_cluster(std::move(cluster)), m_timeout(timeout)
{
}

QString ConsumerGroupClient::groupOfTask(const QString &taskId)
{
    return QStringLiteral("outflow-") + taskId;
}

QString ConsumerGroupClient::groupMissing(const QString &groupId) const
{
    return QStringLiteral("Consumer group \"%1\" does not exist on Kafka cluster \"%2\" (%3): it has no members and no "
                          "committed offsets. A task's group appears once its engine has started consuming.")
        .arg(groupId, m_cluster.name, m_cluster.bootstrapServers);
}

Result<QHash<int, qint64>> ConsumerGroupClient::committedOffsets(const QString &groupId, const QString &topic, int partitions) const
{
    using R = Result<QHash<int, qint64>>;
    const QString what = QStringLiteral("reading the committed offsets of consumer group \"%1\"").arg(groupId);
    // Through a consumer of the group that never joins it, not the ListConsumerGroupOffsets admin
    // call: librdkafka 2.0 (and later, its issue 5040) crashes an admin client's main thread when
    // the answer is NOT_COORDINATOR, which a broker gives while it still loads its groups (just
    // started or restarted). A consumer's offset fetch looks the coordinator up again instead.
    LastErrorEventCb events;
    auto consumer = GroupPositions::outsideConsumer(m_cluster, groupId, &events);
    if (!consumer) return R::fail(explain(m_cluster, m_timeout, what, RD_KAFKA_RESP_ERR__INVALID_ARG, consumer.error(), {}));

    const std::string topicName = topic.toStdString();
    std::vector<std::unique_ptr<RdKafka::TopicPartition>> owned;
    std::vector<RdKafka::TopicPartition *> list;
    for (int p = 0; p < partitions; ++p) {
        owned.emplace_back(RdKafka::TopicPartition::create(topicName, p, RdKafka::Topic::OFFSET_INVALID));
        list.push_back(owned.back().get());
    }
    const RdKafka::ErrorCode code = consumer.value()->committed(list, int(m_timeout.count()));
    consumer.value()->close();
    if (code != RdKafka::ERR_NO_ERROR)
        return R::fail(explain(m_cluster, m_timeout, what, static_cast<rd_kafka_resp_err_t>(code),
                               QString::fromStdString(RdKafka::err2str(code)), events.lastError()));
    QHash<int, qint64> out;
    for (const RdKafka::TopicPartition *tp : list) {
        if (tp->err() != RdKafka::ERR_NO_ERROR)
            return R::fail(explain(m_cluster, m_timeout, QStringLiteral("%1 for %2 partition %3").arg(what, topic).arg(tp->partition()),
                                   static_cast<rd_kafka_resp_err_t>(tp->err()), QString::fromStdString(RdKafka::err2str(tp->err())),
                                   events.lastError()));
        out.insert(tp->partition(), tp->offset() >= 0 ? tp->offset() : -1);
    }
    return R::ok(out);
}

Result<ConsumerGroupDescription> ConsumerGroupClient::describe(const QString &groupId) const
{
    using R = Result<ConsumerGroupDescription>;
    const QString what = QStringLiteral("describing consumer group \"%1\"").arg(groupId);
    AdminHandle admin(m_cluster, m_timeout);
    if (!admin.handle) return R::fail(explain(m_cluster, m_timeout, what, RD_KAFKA_RESP_ERR__INVALID_ARG, admin.error, {}));

    AdminRequest call(admin.raw(), RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, m_timeout);
    const QByteArray name = groupId.toUtf8();
    const char *names[] = {name.constData()};
    rd_kafka_DescribeConsumerGroups(admin.raw(), names, 1, call.options(), call.queue());
    rd_kafka_event_t *event = call.wait();
    if (QString failure = requestFailure(m_cluster, m_timeout, what, event, admin); !failure.isEmpty()) return R::fail(failure);

    size_t count = 0;
    const rd_kafka_ConsumerGroupDescription_t **groups =
        rd_kafka_DescribeConsumerGroups_result_groups(rd_kafka_event_DescribeConsumerGroups_result(event), &count);
    if (count != 1) return R::fail(groupMissing(groupId));
    const rd_kafka_ConsumerGroupDescription_t *group = groups[0];
    if (const rd_kafka_error_t *error = rd_kafka_ConsumerGroupDescription_error(group)) {
        if (rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND) return R::fail(groupMissing(groupId));
        return R::fail(explain(m_cluster, m_timeout, what, rd_kafka_error_code(error), QString::fromUtf8(rd_kafka_error_string(error)),
                               admin.events.lastError()));
    }
    // Brokers that predate GROUP_ID_NOT_FOUND in DescribeGroups report an unknown group as Dead.
    const rd_kafka_consumer_group_state_t state = rd_kafka_ConsumerGroupDescription_state(group);
    if (state == RD_KAFKA_CONSUMER_GROUP_STATE_DEAD) return R::fail(groupMissing(groupId));

    ConsumerGroupDescription out;
    out.groupId = groupId;
    out.state = QString::fromUtf8(rd_kafka_consumer_group_state_name(state));
    out.partitionAssignor = QString::fromUtf8(rd_kafka_ConsumerGroupDescription_partition_assignor(group));
    if (const rd_kafka_Node_t *node = rd_kafka_ConsumerGroupDescription_coordinator(group))
        out.coordinator = QStringLiteral("%1:%2 (broker %3)")
                              .arg(QString::fromUtf8(rd_kafka_Node_host(node)))
                              .arg(rd_kafka_Node_port(node))
                              .arg(rd_kafka_Node_id(node));
    for (size_t i = 0; i < rd_kafka_ConsumerGroupDescription_member_count(group); ++i) {
        const rd_kafka_MemberDescription_t *m = rd_kafka_ConsumerGroupDescription_member(group, i);
        GroupMember member{QString::fromUtf8(rd_kafka_MemberDescription_consumer_id(m)),
                           QString::fromUtf8(rd_kafka_MemberDescription_client_id(m)),
                           QString::fromUtf8(rd_kafka_MemberDescription_host(m)),
                           {}};
        const rd_kafka_MemberAssignment_t *assignment = rd_kafka_MemberDescription_assignment(m);
        const rd_kafka_topic_partition_list_t *parts = assignment ? rd_kafka_MemberAssignment_partitions(assignment) : nullptr;
        for (int p = 0; parts && p < parts->cnt; ++p)
            member.assignment << qMakePair(QString::fromUtf8(parts->elems[p].topic), int(parts->elems[p].partition));
        std::sort(member.assignment.begin(), member.assignment.end());
        out.members << member;
    }
    std::sort(out.members.begin(), out.members.end(), [](const GroupMember &a, const GroupMember &b) {
        return std::tie(a.clientId, a.memberId) < std::tie(b.clientId, b.memberId);
    });
    return R::ok(out);
}

Result<QHash<int, Watermarks>> ConsumerGroupClient::watermarks(const QString &topic, int partitions) const
{
    using R = Result<QHash<int, Watermarks>>;
    const QString what = QStringLiteral("reading the offsets of topic \"%1\"").arg(topic);
    AdminHandle admin(m_cluster, m_timeout);
    if (!admin.handle) return R::fail(explain(m_cluster, m_timeout, what, RD_KAFKA_RESP_ERR__INVALID_ARG, admin.error, {}));
    QHash<int, Watermarks> out;
    for (int p = 0; p < partitions; ++p) {
        int64_t low = 0, high = 0;
        const RdKafka::ErrorCode code = admin.handle->query_watermark_offsets(topic.toStdString(), p, &low, &high, int(m_timeout.count()));
        if (code != RdKafka::ERR_NO_ERROR)
            return R::fail(explain(m_cluster, m_timeout, QStringLiteral("%1 partition %2").arg(what).arg(p), rd_kafka_resp_err_t(code),
                                   QString::fromStdString(RdKafka::err2str(code)), admin.events.lastError()));
        out.insert(p, Watermarks{low, high});
    }
    return R::ok(out);
}

QFuture<Result<ConsumerGroupDescription>> ConsumerGroupClient::asyncDescribe(const QString &groupId) const
{
    return QtConcurrent::run(KafkaCallPool::instance(), [client = *this, groupId] { return client.describe(groupId); });
}

} // namespace outflow
