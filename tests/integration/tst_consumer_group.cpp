// Consumption progress, consumer details and "last N dumped" against the real broker: records
// produced with kcat, sunk by a real engine, checked against kcat and the warehouse files.

#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/ConsumptionProgressReader.h"
#include "kafka/LastDumpedReader.h"

#include <librdkafka/rdkafka.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace outflow;

namespace {

constexpr int kWaitMs = 120000;

/// Alternately canonical JSON (keys sorted, so the warehouse's embedded object serialises back
/// to the same bytes) and plain text (stored as a JSON string).
QByteArrayList values(int count, int seed)
{
    QByteArrayList out;
    for (int i = 0; i < count; ++i)
        out << (i % 2 ? QStringLiteral("plain text %1/%2 \u00e9").arg(seed).arg(i).toUtf8()
                      : QStringLiteral("{\"i\":%1,\"seed\":%2}").arg(i).arg(seed).toUtf8());
    return out;
}

/// The value bytes the warehouse holds for each (partition, offset), from its json files.
QHash<QPair<int, qint64>, QByteArray> warehouseValues(const WarehouseReader &reader)
{
    QHash<QPair<int, qint64>, QByteArray> out;
    for (const QJsonObject &o : reader.jsonRecords()) {
        const QJsonValue v = o.value(QStringLiteral("value"));
        const QByteArray bytes = v.isString() ? v.toString().toUtf8()
                                 : v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                : QByteArray();
        out.insert({o.value(QStringLiteral("partition")).toInt(), qint64(o.value(QStringLiteral("offset")).toDouble())}, bytes);
    }
    return out;
}

/// The highest `last + 1` over the partition's data file names: the warehouse's position,
/// read from the folder, not from the code under test.
qint64 filePosition(const WarehouseReader &reader, int partition)
{
    qint64 position = -1;
    for (const QString &path : reader.dataFiles()) {
        const QStringList parts = QFileInfo(path).fileName().section(u'.', 0, 0).split(u'+');
        if (parts.size() == 4 && parts.at(1).toInt() == partition) position = qMax(position, parts.at(3).toLongLong() + 1);
    }
    return position;
}

/// Deletes the records of a partition below `before`, as retention would (kcat cannot).
bool deleteRecordsBefore(const QString &topic, int partition, qint64 before)
{
    char errstr[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", TestKafka::bootstrap().toUtf8().constData(), errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) return false;
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.toUtf8().constData(), partition)->offset = before;
    rd_kafka_DeleteRecords_t *request = rd_kafka_DeleteRecords_new(list);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteRecords(rk, &request, 1, nullptr, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000);
    bool ok = event && !rd_kafka_event_error(event);
    if (ok) {
        const rd_kafka_topic_partition_list_t *done =
            rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event));
        ok = done && done->cnt == 1 && done->elems[0].err == RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    if (event) rd_kafka_event_destroy(event);
    rd_kafka_DeleteRecords_destroy(request);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
    return ok;
}

} // namespace

class TestConsumerGroup final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineTestEnv> m_env;
    std::unique_ptr<Engine> m_engine;
    QString m_topic;
    QString m_taskId;
    TaskDefinition m_definition;
    ConsumptionProgressReader m_progress;

    QString group() const { return ConsumerGroupClient::groupOfTask(m_taskId); }
    WarehouseReader reader() const { return WarehouseReader(m_env->tableDir(m_definition.target.bid, m_definition.target.tid)); }
    DumpTarget target(const QString &groupId) const
    {
        return {TestKafka::cluster(), m_env->catalog()->warehouse(QStringLiteral("wh")).value(), m_definition.target.bid,
                m_definition.target.tid, groupId};
    }
    ConsumptionProgress progress() const
    {
        auto p = m_progress.read(TestKafka::cluster(), group(), m_topic);
        if (!p) qWarning("%s", qPrintable(p.error()));
        return p ? p.value() : ConsumptionProgress{};
    }
    /// True once the group committed the end of every partition.
    bool caughtUp() const
    {
        const auto ends = TestKafka::endOffsets(m_topic, 3);
        auto committed = ConsumerGroupClient(TestKafka::cluster()).committedOffsets(group(), m_topic, 3);
        if (!committed) {
            qWarning("%s", qPrintable(committed.error()));
            return false;
        }
        for (auto it = ends.cbegin(); it != ends.cend(); ++it) // an empty partition may have no commit
            if (committed->value(it.key()) != it.value() && !(it.value() == 0 && committed->value(it.key()) == -1)) return false;
        return ends.size() == 3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<EngineTestEnv>();
        m_topic = TestKafka::uniqueName(QStringLiteral("progress"));
        QVERIFY(TestKafka::createTopic(m_topic, 3));
        QVERIFY(TestKafka::produce(m_topic, values(150, 0), 0, true));
        QVERIFY(TestKafka::produce(m_topic, values(7, 1), 1, true));
        // Partition 2 stays empty.
        m_definition = m_env->definition(m_topic);
        m_definition.parallelism = 3;
        m_engine = std::make_unique<Engine>(m_env->catalog(), Engine::Options{});
        auto id = m_engine->createTask(m_definition, QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        m_taskId = id.value();
        m_engine->run();
        QVERIFY(QTest::qWaitFor([this] { return caughtUp(); }, kWaitMs));
    }

    void cleanupTestCase()
    {
        if (m_engine) m_engine->shutdown();
    }

    void progressShowsCommittedOffsetsAndNoLag()
    {
        const auto ends = TestKafka::endOffsets(m_topic, 3);
        QCOMPARE(ends.value(0), 150);
        QCOMPARE(ends.value(1), 7);
        QCOMPARE(ends.value(2), 0);
        const ConsumptionProgress p = progress();
        QCOMPARE(p.groupId, group());
        QCOMPARE(p.partitions.size(), 3);
        const WarehouseReader files = reader();
        for (const PartitionProgress &row : p.partitions) {
            if (row.partition < 2) {
                QCOMPARE(row.committedOffset, ends.value(row.partition));
            } else {
                // Nothing to dump: never committed (-1), or offset 0 committed when a rebalance
                // revoked the partition from one of the task's consumers.
                QVERIFY2(row.committedOffset == -1 || row.committedOffset == 0, qPrintable(QString::number(row.committedOffset)));
            }
            QCOMPARE(row.logEndOffset, ends.value(row.partition));
            QCOMPARE(row.logStartOffset, 0);
            QCOMPARE(row.lag, 0);
            QCOMPARE(row.lagTimeMs, 0);
            QCOMPARE(row.drainEtaMs, 0);
            if (row.partition < 2) QCOMPARE(row.committedOffset, filePosition(files, row.partition));
        }
        QCOMPARE(p.totals.committedOffset, 157); // the empty partition adds nothing either way
        QCOMPARE(p.totals.logEndOffset, 157);
        QCOMPARE(p.totals.lag, 0);
        QCOMPARE(p.totals.drainEtaMs, 0);
    }

    void lagRisesByWhatIsProducedWhilePaused()
    {
        QVERIFY(m_engine->pauseTask(m_taskId, QStringLiteral("test")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_env->catalog()->task(m_taskId)->status, TaskStatus::Paused, kWaitMs);
        const ConsumptionProgress before = progress();
        QCOMPARE(before.groupState, QStringLiteral("Empty")); // paused: no members, offsets kept
        const qint64 producedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(TestKafka::produce(m_topic, values(25, 2), 0, true));
        QVERIFY(TestKafka::produce(m_topic, values(5, 3), 1, true));
        QTest::qWait(1200); // the rate needs two reads at least a second apart
        const ConsumptionProgress after = progress();
        const auto ends = TestKafka::endOffsets(m_topic, 3);
        QCOMPARE(after.partitions.at(0).lag, before.partitions.at(0).lag + 25);
        QCOMPARE(after.partitions.at(1).lag, before.partitions.at(1).lag + 5);
        QCOMPARE(after.partitions.at(2).lag, 0);
        QCOMPARE(after.totals.lag, 30);
        for (int p = 0; p < 3; ++p) QCOMPARE(after.partitions.at(p).logEndOffset, ends.value(p));
        // The next unconsumed record is the first one produced above.
        const qint64 waited = QDateTime::currentMSecsSinceEpoch() - producedAt + 1000;
        QVERIFY2(after.partitions.at(0).lagTimeMs > 0 && after.partitions.at(0).lagTimeMs <= waited,
                 qPrintable(QString::number(after.partitions.at(0).lagTimeMs)));
        // Nothing is consumed while paused, so there is no way to promise when it drains.
        QCOMPARE(after.partitions.at(0).consumeRate, 0.0);
        QCOMPARE(after.partitions.at(0).drainEtaMs, -1);
        QCOMPARE(after.totals.drainEtaMs, -1);

        QVERIFY(m_engine->startTask(m_taskId, QStringLiteral("test")).isOk());
        QVERIFY(QTest::qWaitFor([this] { return caughtUp(); }, kWaitMs));
        const ConsumptionProgress drained = progress();
        QCOMPARE(drained.totals.lag, 0);
        QVERIFY(drained.partitions.at(0).consumeRate > 0);
    }

    // The in-process engine is one member of the task's group however parallel the task is
    // (one consumer per task per process); that member owns every partition.
    void detailsListTheEngineAsOneMember()
    {
        QTRY_VERIFY_WITH_TIMEOUT(ConsumerGroupClient(TestKafka::cluster()).describe(group())->state == QLatin1String("Stable"),
                                 kWaitMs);
        const auto described = ConsumerGroupClient(TestKafka::cluster()).describe(group());
        QVERIFY2(described.isOk(), qPrintable(described.error()));
        QCOMPARE(described->groupId, group());
        QVERIFY(described->coordinator.startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(described->members.size(), 1);
        const GroupMember &m = described->members.at(0);
        QCOMPARE(m.clientId, QStringLiteral("outflow-%1").arg(m_taskId));
        QVERIFY(!m.memberId.isEmpty());
        QVERIFY(m.host.contains(QLatin1String("127.0.0.1")));
        QList<QPair<QString, int>> assigned = m.assignment;
        std::sort(assigned.begin(), assigned.end());
        QCOMPARE(assigned, (QList<QPair<QString, int>>{{m_topic, 0}, {m_topic, 1}, {m_topic, 2}}));
    }

    void lastDumped_data()
    {
        QTest::addColumn<int>("partition");
        QTest::addColumn<int>("count");
        for (int n : {5, 20, 60, 100}) {
            QTest::addRow("p0 last %d", n) << 0 << n;
            QTest::addRow("p1 last %d", n) << 1 << n;
        }
    }
    void lastDumped()
    {
        QFETCH(int, partition);
        QFETCH(int, count);
        const auto position = ConsumerGroupClient(TestKafka::cluster()).committedOffsets(group(), m_topic, 3)->value(partition);
        auto dumped = LastDumpedReader(target(group())).read(m_topic, partition, count);
        QVERIFY2(dumped.isOk(), qPrintable(dumped.error()));
        QCOMPARE(dumped->position, position);
        QCOMPARE(dumped->positionSource, DumpedRecords::PositionSource::GroupOffset);
        const qint64 expected = qMin<qint64>(count, position);
        QCOMPARE(dumped->records.size(), expected);
        QCOMPARE(dumped->shortfall, expected < count ? DumpedRecords::Shortfall::FewerDumped : DumpedRecords::Shortfall::None);
        const auto stored = warehouseValues(reader());
        const QByteArrayList kcat = TestKafka::consumeAll(m_topic, partition);
        for (qsizetype i = 0; i < dumped->records.size(); ++i) {
            const KafkaRecord &r = dumped->records.at(i);
            QCOMPARE(r.offset, position - expected + i);
            QVERIFY2(stored.contains({partition, r.offset}), "a record that is not in the warehouse was shown");
            QCOMPARE(r.value, stored.value({partition, r.offset}));
            QCOMPARE(r.value, kcat.at(r.offset));
        }
    }

    void lastDumpedFallsBackToTheWarehousePosition()
    {
        // A group that never committed: the warehouse files are what confirms the records.
        auto dumped = LastDumpedReader(target(TestKafka::uniqueName(QStringLiteral("nogroup")))).read(m_topic, 0, 5);
        QVERIFY2(dumped.isOk(), qPrintable(dumped.error()));
        QCOMPARE(dumped->positionSource, DumpedRecords::PositionSource::Warehouse);
        QCOMPARE(dumped->position, filePosition(reader(), 0));
        QCOMPARE(dumped->records.size(), 5);
        QCOMPARE(dumped->records.last().offset, dumped->position - 1);
    }

    void lastDumpedOfAnEmptyPartition()
    {
        auto dumped = LastDumpedReader(target(group())).read(m_topic, 2, 20);
        QVERIFY2(dumped.isOk(), qPrintable(dumped.error()));
        QCOMPARE(dumped->shortfall, DumpedRecords::Shortfall::PartitionEmpty);
        QVERIFY(dumped->records.isEmpty());
    }

    void twoEngineProcessesAreTwoMembers()
    {
        EngineTestEnv env; // its own catalog: the in-process engine must not run this task
        const QString topic = TestKafka::uniqueName(QStringLiteral("members"));
        QVERIFY(TestKafka::createTopic(topic, 4));
        TaskDefinition d = env.definition(topic);
        d.parallelism = 1;
        auto id = Engine(env.catalog(), {}).createTask(d, QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        const QString groupId = ConsumerGroupClient::groupOfTask(id.value());
        std::array<QProcess, 2> engines;
        for (QProcess &engine : engines) {
            engine.setProcessChannelMode(QProcess::MergedChannels);
            engine.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"),
                         {QStringLiteral("--catalog"), env.catalogPath(), QStringLiteral("run")});
            QVERIFY(engine.waitForStarted());
        }
        const ConsumerGroupClient client(TestKafka::cluster());
        const auto twoStable = [&] {
            auto g = client.describe(groupId);
            return g && g->state == QLatin1String("Stable") && g->members.size() == 2 && !g->members.at(0).assignment.isEmpty() &&
                   !g->members.at(1).assignment.isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(twoStable(), kWaitMs);
        const auto described = client.describe(groupId);
        QSet<QString> memberIds;
        QList<QPair<QString, int>> assigned;
        for (const GroupMember &m : described->members) {
            QCOMPARE(m.clientId, QStringLiteral("outflow-%1").arg(id.value()));
            memberIds << m.memberId;
            assigned << m.assignment;
        }
        QCOMPARE(memberIds.size(), 2);
        std::sort(assigned.begin(), assigned.end());
        QCOMPARE(assigned, (QList<QPair<QString, int>>{{topic, 0}, {topic, 1}, {topic, 2}, {topic, 3}}));
        for (QProcess &engine : engines) {
            engine.terminate();
            QVERIFY(engine.waitForFinished(60000));
            QCOMPARE(engine.exitCode(), 0);
        }
    }

    void missingGroupIsAClearError()
    {
        const QString missing = TestKafka::uniqueName(QStringLiteral("missing"));
        auto described = ConsumerGroupClient(TestKafka::cluster()).describe(missing);
        QVERIFY(!described.isOk());
        QVERIFY2(described.error().contains(QStringLiteral("Consumer group \"%1\" does not exist").arg(missing)),
                 qPrintable(described.error()));
        auto p = ConsumptionProgressReader().read(TestKafka::cluster(), missing, m_topic);
        QVERIFY(!p.isOk());
        QCOMPARE(p.error(), described.error());
    }

    void unreachableBrokerIsAClearError()
    {
        ClusterConfig down = TestKafka::cluster(QStringLiteral("down"));
        down.bootstrapServers = QStringLiteral("127.0.0.1:1");
        QElapsedTimer clock;
        clock.start();
        auto described = ConsumerGroupClient(down, std::chrono::seconds(3)).describe(group());
        QVERIFY(!described.isOk());
        QVERIFY2(described.error().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\" at 127.0.0.1:1 within 3 s")),
                 qPrintable(described.error()));
        auto offsets = ConsumerGroupClient(down, std::chrono::seconds(3)).committedOffsets(group(), m_topic, 3);
        QVERIFY(!offsets.isOk());
        QVERIFY2(offsets.error().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\"")), qPrintable(offsets.error()));
        auto p = ConsumptionProgressReader(std::chrono::seconds(3)).read(down, group(), m_topic);
        QVERIFY(!p.isOk());
        QVERIFY2(p.error().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\"")), qPrintable(p.error()));
        DumpTarget unreachable = target(group());
        unreachable.cluster = down;
        auto dumped = LastDumpedReader(unreachable, std::chrono::seconds(3)).read(m_topic, 0, 5);
        QVERIFY(!dumped.isOk());
        QVERIFY2(dumped.error().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\"")), qPrintable(dumped.error()));
        QVERIFY(clock.elapsed() < 60000); // bounded, not hanging
    }

    void lastDumpedAfterRetentionSaysSo()
    {
        // Last: it deletes the oldest records of partition 0.
        const qint64 position = ConsumerGroupClient(TestKafka::cluster()).committedOffsets(group(), m_topic, 3)->value(0);
        QVERIFY(deleteRecordsBefore(m_topic, 0, position - 12));
        auto dumped = LastDumpedReader(target(group())).read(m_topic, 0, 20);
        QVERIFY2(dumped.isOk(), qPrintable(dumped.error()));
        QCOMPARE(dumped->logStartOffset, position - 12);
        QCOMPARE(dumped->records.size(), 12);
        QCOMPARE(dumped->records.first().offset, position - 12);
        QCOMPARE(dumped->shortfall, DumpedRecords::Shortfall::RemovedByRetention);
        const ConsumptionProgress p = progress();
        QCOMPARE(p.partitions.at(0).logStartOffset, position - 12);
    }
};

QTEST_GUILESS_MAIN(TestConsumerGroup)
#include "tst_consumer_group.moc"
