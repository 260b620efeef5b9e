// Faults outside the kill/restart model (docs/exactly-once.md, "Faults"): each test produces the
// fault for real against the fixture broker and a real file system, then counts every offset
// with the independent WarehouseReader.

#include "EngineProcess.h"
#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace outflow;

namespace {

/// A small tmpfs mounted over a folder for the life of the object: a disk that really fills
/// up. Needs root (the test command runs as root); `error` says why when it could not mount.
class SmallDisk final
{
public:
    SmallDisk(QString dir, const QString &size) : m_dir(std::move(dir))
    {
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=") + size,
                         QStringLiteral("tmpfs"), m_dir});
    }
    ~SmallDisk()
    {
        if (m_mounted) run({QStringLiteral("-l"), m_dir}, QStringLiteral("umount"));
    }
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool resize(const QString &size)
    {
        return run({QStringLiteral("-o"), QStringLiteral("remount,size=") + size, m_dir});
    }

private:
    bool run(const QStringList &args, const QString &program = QStringLiteral("mount"))
    {
        QProcess p;
        p.start(program, args);
        const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok) m_error = program + u' ' + args.join(u' ') + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError());
        return ok;
    }

    QString m_dir;
    bool m_mounted = false;
    QString m_error;
};

QStringList historyDetails(const EngineTestEnv &env, const QString &id)
{
    QStringList out;
    for (const TaskAction &a : env.catalog()->actions(id).value()) out << a.action + QStringLiteral(": ") + a.detail;
    return out;
}

/// Offsets of one partition that the table holds, in order, each as often as it holds it.
QList<qint64> offsetsOf(const WarehouseReader &reader, int partition)
{
    QList<qint64> out;
    const auto counts = reader.offsetCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.key().first == partition)
            for (int i = 0; i < it.value(); ++i) out << it.key().second;
    std::sort(out.begin(), out.end());
    return out;
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 o = from; o < to; ++o) out << o;
    return out;
}

qint64 errorsCounted(const Engine &engine, const QString &id)
{
    qint64 n = 0;
    for (const TaskSample &s : engine.latestSamples())
        if (s.taskId == id)
            for (const PartitionSnapshot &p : s.partitions) n += p.errors;
    return n;
}

Engine::Options quickRetries()
{
    Engine::Options options;
    options.firstRetryDelaySec = 1;
    options.maxRetryDelaySec = 2;
    return options;
}

/// A one-partition topic whose records a task has dumped, after which its engine stopped: where
/// the tests start that change the log under a task's feet.
struct DumpedPartition
{
    EngineTestEnv env;
    QString topic;
    TaskDefinition definition;
    QString taskId;

    /// Empty when it worked, else what did not.
    QString dump(const QString &prefix, int records)
    {
        topic = EngineTestEnv::topicWithRecords(prefix, {records});
        if (topic.isEmpty()) return QStringLiteral("cannot create the topic");
        definition = env.definition(topic);
        definition.parallelism = 1;
        Engine engine(env.catalog(), quickRetries());
        taskId = EngineTestEnv::start(engine, definition);
        if (taskId.isEmpty()) return QStringLiteral("the engine refused the task");
        if (!QTest::qWaitFor([&] { return table().offsetCounts().size() == records; }, 60000)) return QStringLiteral("not dumped");
        engine.shutdown();
        return {};
    }
    WarehouseReader table() const { return WarehouseReader(env.tableDir(definition.target.bid, definition.target.tid)); }
};

} // namespace

class TestEngineFaults final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // FAULTS.md "ENOSPC mid-chunk": a chunk with a failed or short write is never committed;
    // the task goes to Error saying the disk is full and recovers by itself when space returns.
    void fullDiskCommitsNothingPartialAndRecovers()
    {
        EngineTestEnv env;
        SmallDisk disk(env.warehouseRoot(), QStringLiteral("1m"));
        QVERIFY2(disk.mounted(), qPrintable(disk.error()));
        const QString topic = TestKafka::uniqueName(QStringLiteral("enospc"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(6000, 1, 400), 0)); // ~2.6 MB of lines
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), quickRetries());
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        const QString table = env.tableDir(def.target.bid, def.target.tid);
        WarehouseReader reader(table);

        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const QString error = env.catalog()->task(id)->lastError;
        QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
        QTest::qWait(3000); // a few retries on the full disk
        QCOMPARE(reader.fileNamesProblem(), QString());
        QVERIFY(reader.offsetCounts().size() < 6000);

        QVERIFY2(disk.resize(QStringLiteral("64m")), qPrintable(disk.error()));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 6000, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 30000);
        engine.shutdown();
        QCOMPARE(reader.fileNamesProblem(), QString());
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 6000}}), QString());
        QVERIFY(reader.tempFiles().isEmpty());
        QVERIFY2(historyDetails(env, id).join(u'\n').contains(QLatin1String("disk is full")), qPrintable(historyDetails(env, id).join(u'\n')));
    }

    // FAULTS.md "a topic deleted and recreated": the new log is shorter than the task's
    // position. Consuming from its end would skip every new record below the old position, so
    // the task stops in Error naming the numbers; Reset position plus a new table moves it on.
    void recreatedTopicIsAnErrorUntilTheOperatorMovesOn()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("recreated"), {100});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), quickRetries());
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader oldTable(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(oldTable.offsetCounts().size(), 100, 60000);

        QVERIFY(TestKafka::deleteTopicWithBrokerTool(topic));
        // Deletion completes in the background, and a client's metadata request may recreate the
        // topic meanwhile (the broker allows auto-creation): either way the new log starts at 0.
        QTRY_VERIFY_WITH_TIMEOUT(TestKafka::createTopic(topic, 1) || EngineTestEnv::endOffsets(topic, 1).value(0, -1) == 0, 60000);
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(10, 7), 0));

        QTRY_VERIFY_WITH_TIMEOUT(env.catalog()->task(id)->lastError.contains(QLatin1String("ends at offset 10")), 90000);
        const TaskRecord failed = env.catalog()->task(id).value();
        QCOMPARE(failed.status, TaskStatus::Error);
        QVERIFY2(failed.lastError.contains(QLatin1String("position is 100")), qPrintable(failed.lastError));
        QTest::qWait(3000); // retries keep it in Error and write nothing
        QCOMPARE(env.catalog()->task(id)->status, TaskStatus::Error);
        QCOMPARE(offsetsOf(oldTable, 0), range(0, 100));

        // Reset alone cannot move past what the old table holds: it says so.
        auto summary = engine.resetPosition(id, QStringLiteral("earliest"), QStringLiteral("test"));
        QVERIFY2(summary, qPrintable(summary.error()));
        QVERIFY2(summary.value().contains(QLatin1String("still past the log end (10)")), qPrintable(summary.value()));
        TargetSpec fresh = def.target;
        fresh.tid = TestKafka::uniqueName(QStringLiteral("t_new"));
        QVERIFY(engine.changeTarget(id, fresh, QStringLiteral("test")));
        WarehouseReader newTable(env.tableDir(fresh.bid, fresh.tid));
        QTRY_COMPARE_WITH_TIMEOUT(newTable.offsetCounts().size(), 10, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 30000);
        engine.shutdown();
        QCOMPARE(offsetsOf(newTable, 0), range(0, 10));
        QCOMPARE(offsetsOf(oldTable, 0), range(0, 100));
        QVERIFY(historyDetails(env, id).join(u'\n').contains(QLatin1String("Reset position")));
    }

    // The same, when the new log has already grown past the old position before the task
    // looks: the log end says nothing, the record at a dumped offset does.
    void recreatedTopicWithALongerLogIsAnError()
    {
        DumpedPartition d;
        QCOMPARE(d.dump(QStringLiteral("relonger"), 100), QString());
        QVERIFY(QFileInfo::exists(d.env.tableDir(d.definition.target.bid, d.definition.target.tid) + QStringLiteral("/_outflow/fingerprint-0@") +
                                  d.topic));
        QVERIFY(TestKafka::deleteTopicWithBrokerTool(d.topic));
        QTRY_VERIFY_WITH_TIMEOUT(TestKafka::createTopic(d.topic, 1) || EngineTestEnv::endOffsets(d.topic, 1).value(0, -1) == 0, 60000);
        QVERIFY(TestKafka::produce(d.topic, TestKafka::jsonRecords(150, 11), 0));

        Engine engine(d.env.catalog(), quickRetries());
        engine.run();
        QTRY_VERIFY_WITH_TIMEOUT(d.env.catalog()->task(d.taskId)->lastError.contains(QLatin1String("is not the one the table holds")), 60000);
        QCOMPARE(d.env.catalog()->task(d.taskId)->status, TaskStatus::Error);
        QTest::qWait(2000);
        engine.shutdown();
        QCOMPARE(offsetsOf(d.table(), 0), range(0, 100)); // nothing of the new log was mixed in
    }

    // FAULTS.md "retention moving the log start past the task's position": the gap is recorded
    // in the action history and the errors metric, then the task continues at the log start.
    void retentionGapIsRecordedNotSilent()
    {
        DumpedPartition d;
        QCOMPARE(d.dump(QStringLiteral("retention"), 100), QString());
        const QString &topic = d.topic;
        const QString &id = d.taskId;
        EngineTestEnv &env = d.env;
        const WarehouseReader table = d.table();
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(100, 8), 0));
        QVERIFY(TestKafka::deleteRecordsWithBrokerTool(topic, 0, 150));

        Engine engine(env.catalog(), quickRetries());
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(table.offsetCounts().size(), 150, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(errorsCounted(engine, id) >= 1, 10000);
        engine.shutdown();
        QCOMPARE(offsetsOf(table, 0), range(0, 100) + range(150, 200));
        const QString history = historyDetails(env, id).join(u'\n');
        QVERIFY2(history.contains(QLatin1String("Records lost to retention: ") + topic + QLatin1String("/0: offsets 100 to 149 (50 records)")),
                 qPrintable(history));
    }

    // FAULTS.md "start: latest", killed before the first file: the resolved start is durable
    // (committed to the group at Create), so the restart does not resolve "latest" again.
    void latestStartSurvivesACrashBeforeTheFirstFile()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("latest"), {50});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        def.source.start = QStringLiteral("latest");
        def.target.flushIntervalSec = 3600; // no file before the kill
        {
            Engine creator(env.catalog(), {});
            QVERIFY(creator.createTask(def, QStringLiteral("test")));
        }
        {
            EngineProcess doomed(env.catalogPath(), QStringLiteral("mid-write:100"));
            QVERIFY2(doomed.waitForOutput(QStringLiteral("assigned partitions"), 60000), qPrintable(doomed.output()));
            QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(100, 9), 0));
            QVERIFY2(doomed.waitForDeath(60000), qPrintable(doomed.output()));
            QVERIFY(doomed.killedBySignal());
        }
        WarehouseReader table(env.tableDir(def.target.bid, def.target.tid));
        QCOMPARE(table.offsetCounts().size(), 0);
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(5, 10), 0));
        TaskRecord task = env.catalog()->tasks()->first();
        task.definition.target.flushIntervalSec = 1; // now let files come
        QVERIFY(env.catalog()->updateTask(task));
        EngineProcess survivor(env.catalogPath());
        QVERIFY2(QTest::qWaitFor([&] { return table.offsetCounts().size() >= 105; }, 60000), qPrintable(survivor.output()));
        QCOMPARE(survivor.terminate(), 0);
        QCOMPARE(offsetsOf(table, 0), range(50, 155));
    }

    // FAULTS.md "two tasks on one table": compared by where the table really is, on Create,
    // Change target and Change source; other topics may share a table.
    void oneTaskPerTopicAndTable()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("shared"), {1});
        const QString otherTopic = EngineTestEnv::topicWithRecords(QStringLiteral("other"), {1});
        QVERIFY(!topic.isEmpty() && !otherTopic.isEmpty());
        QVERIFY(QFile::link(env.warehouseRoot(), env.path(QStringLiteral("alias"))));
        QVERIFY(env.catalog()->saveWarehouse({QStringLiteral("alias"), WarehouseConfig::Kind::Local, env.path(QStringLiteral("alias")), {}}));
        QVERIFY(env.catalog()->saveWarehouse(
            {QStringLiteral("dotted"), WarehouseConfig::Kind::Local, env.warehouseRoot() + QStringLiteral("/../warehouse/"), {}}));
        Engine engine(env.catalog(), {});
        const TaskDefinition first = env.definition(topic, QStringLiteral("t_shared"));
        QVERIFY(engine.createTask(first, QStringLiteral("test")));

        for (const QString &warehouse : {QStringLiteral("wh"), QStringLiteral("alias"), QStringLiteral("dotted")}) {
            TaskDefinition second = env.definition(topic, QStringLiteral("t_shared"));
            second.target.warehouse = warehouse;
            auto refused = engine.createTask(second, QStringLiteral("test"));
            QVERIFY2(!refused, qPrintable(warehouse));
            QVERIFY2(refused.error().contains(QLatin1String("already dumps topic")), qPrintable(refused.error()));
        }

        auto elsewhere = engine.createTask(env.definition(topic, QStringLiteral("t_elsewhere")), QStringLiteral("test"));
        QVERIFY(elsewhere);
        TargetSpec onto = first.target;
        onto.warehouse = QStringLiteral("alias");
        const Status moved = engine.changeTarget(elsewhere.value(), onto, QStringLiteral("test"));
        QVERIFY(!moved);
        QVERIFY2(moved.error().contains(QLatin1String("already dumps topic")), qPrintable(moved.error()));

        auto neighbour = engine.createTask(env.definition(otherTopic, QStringLiteral("t_shared")), QStringLiteral("test"));
        QVERIFY2(neighbour, qPrintable(neighbour.error()));
        const Status switched = engine.changeSource(neighbour.value(), first.source, QStringLiteral("test"));
        QVERIFY(!switched);
        QVERIFY2(switched.error().contains(QLatin1String("already dumps topic")), qPrintable(switched.error()));
        QCOMPARE(env.catalog()->tasks()->size(), 3); // nothing half-saved
    }

    // FAULTS.md "a row this version cannot parse": that task alone is in Error; the others run,
    // and the CLI still lists every task.
    void unreadableTaskDoesNotStopTheOthers()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("unreadable"), {20});
        QVERIFY(!topic.isEmpty());
        QString goodId, oddId;
        {
            Engine creator(env.catalog(), {});
            goodId = creator.createTask(env.definition(topic), QStringLiteral("test")).value();
            oddId = creator.createTask(env.definition(topic), QStringLiteral("test")).value();
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(env.catalogPath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET definition = replace(definition, '\"UTC\"', '\"Mars/Olympus_Mons\"') "
                                          "WHERE id = '%1'").arg(oddId)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        QProcess list;
        list.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"),
                   {QStringLiteral("--catalog"), env.catalogPath(), QStringLiteral("task"), QStringLiteral("list")});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        const QString listed = QString::fromUtf8(list.readAllStandardOutput());
        QVERIFY2(listed.contains(goodId) && listed.contains(oddId + QLatin1String("\t")), qPrintable(listed));

        EngineProcess engine(env.catalogPath());
        const TaskRecord good = env.catalog()->task(goodId).value();
        WarehouseReader table(env.tableDir(good.definition.target.bid, good.definition.target.tid));
        QVERIFY2(QTest::qWaitFor([&] { return table.offsetCounts().size() == 20; }, 60000), qPrintable(engine.output()));
        const TaskRecord odd = env.catalog()->task(oddId).value();
        QCOMPARE(odd.status, TaskStatus::Error);
        QVERIFY2(odd.lastError.contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(odd.lastError));
        QCOMPARE(engine.terminate(), 0);
        QVERIFY2(engine.output().contains(QLatin1String("cannot be read by this Outflow")), qPrintable(engine.output()));
    }

    // FAULTS.md "a broker unreachable for minutes", for the warehouse side: one task whose
    // warehouse hangs (a NameNode that accepts connections and never answers) must not hold up
    // another task's Pause, which only needs the catalog and its own runner.
    void pauseStaysPromptWhileAnotherWarehouseHangs()
    {
        EngineTestEnv env;
        Engine engine(env.catalog(), quickRetries());
        // Declared after the engine, so it goes first on every way out: the hung start then
        // fails at once, and the engine's shutdown does not wait for WebHDFS's retries.
        QTcpServer silent;
        QList<QTcpSocket *> held; // children of `silent`
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) held << socket; // and never answer
        });
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY(env.catalog()->saveWarehouse({QStringLiteral("silent"), WarehouseConfig::Kind::Hdfs,
                                              QStringLiteral("http://127.0.0.1:%1/wh").arg(silent.serverPort()), QStringLiteral("nobody")}));
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("prompt"), {50});
        QVERIFY(!topic.isEmpty());
        const TaskDefinition healthyDef = env.definition(topic);
        const QString healthy = EngineTestEnv::start(engine, healthyDef);
        QVERIFY(!healthy.isEmpty());
        const WarehouseReader healthyTable(env.tableDir(healthyDef.target.bid, healthyDef.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(healthyTable.offsetCounts().size(), 50, 30000);

        // Straight into the catalog: Create itself would wait for the silent warehouse.
        TaskRecord hung;
        hung.id = QStringLiteral("datahub-hung0001");
        hung.definition = env.definition(topic);
        hung.definition.target.warehouse = QStringLiteral("silent");
        hung.status = TaskStatus::Running;
        hung.createdAt = hung.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(env.catalog()->insertTask(hung));
        engine.wake();
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000); // its start now waits for an answer

        QElapsedTimer clock;
        clock.start();
        QVERIFY(engine.pauseTask(healthy, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(healthy)->status, TaskStatus::Paused, 30000);
        // WebHDFS waits 30 s per attempt, 5 attempts: a Pause queued behind it would take minutes.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(healthyTable.offsetCounts().size(), 50);
        QVERIFY(engine.startTask(healthy, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(healthy)->status, TaskStatus::Running, 10000);
        QCOMPARE(env.catalog()->task(hung.id)->status, TaskStatus::Running); // still starting, not given up

        silent.close(); // the warehouse refuses now: the hung start fails and the engine can stop
        qDeleteAll(held);
        QElapsedTimer stopping;
        stopping.start();
        engine.shutdown();
        qInfo("shutdown took %lld ms once the warehouse answered again", stopping.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_engine_faults.moc"
