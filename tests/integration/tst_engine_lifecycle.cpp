// Task lifecycle against the real broker: pause/start/restart/delete, change source/target,
// automatic retry with backoff, persistence across engine restarts, and rejected inputs.

#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QDir>
#include <QProcess>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace outflow;

namespace {

TaskStatus statusOf(const EngineTestEnv &env, const QString &id)
{
    auto t = env.catalog()->task(id);
    return t ? t->status : TaskStatus::Deleting;
}

QStringList actionNames(const EngineTestEnv &env, const QString &id)
{
    QStringList out;
    for (const TaskAction &a : env.catalog()->actions(id).value()) out << a.action + u':' + a.result;
    return out;
}

/// A task on a new topic whose first record is not JSON while its delimited format needs
/// fields and bad records fail it: it goes to Error and retries, `delaySec` apart at most.
TaskDefinition failingDefinition(const EngineTestEnv &env, const QString &prefix, Engine::Options &options, int delaySec)
{
    const QString topic = TestKafka::uniqueName(prefix);
    if (!TestKafka::createTopic(topic, 1) || !TestKafka::produce(topic, {"not json"}, 0)) return {};
    TaskDefinition def = env.definition(topic);
    def.target.format = RecordFormat::Delimited;
    def.target.fields = {QStringLiteral("a")};
    def.target.badRecords = BadRecordPolicy::Fail;
    options.firstRetryDelaySec = 1;
    options.maxRetryDelaySec = delaySec;
    return def;
}

} // namespace

class TestEngineLifecycle final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pauseKeepsPositionAndStartContinues()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_pause"), {60, 40});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.target.flushIntervalSec = 3600; // only pause/shutdown commit files in this test
        auto engine = std::make_unique<Engine>(env.catalog(), Engine::Options{});
        auto id = engine->createTask(def, QStringLiteral("alice"));
        QVERIFY(id.isOk());
        engine->run();
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        auto consumed = [&] {
            qint64 n = 0;
            for (const TaskSample &s : engine->latestSamples())
                for (const PartitionSnapshot &p : s.partitions) n += p.messagesIn;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(consumed(), 100, 60000);
        QCOMPARE(reader.lines().size(), 0); // nothing visible before a roll

        QVERIFY(engine->pauseTask(id.value(), QStringLiteral("alice")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id.value()), TaskStatus::Paused, 30000);
        QCOMPARE(reader.lines().size(), 100); // pause committed what was written
        QCOMPARE(reader.tempFiles(), QStringList());
        QCOMPARE(TestKafka::endOffsets(topic, 2), (QHash<int, qint64>{{0, 60}, {1, 40}}));

        Status again = engine->pauseTask(id.value(), QStringLiteral("alice"));
        QVERIFY(!again.isOk());
        QCOMPARE(again.error(), QStringLiteral("Pause is not possible while task %1 is Paused (only when Running or Error)").arg(id.value()));

        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(25, 3), 0));
        QTest::qWait(2500);
        QCOMPARE(reader.lines().size(), 100); // paused: nothing consumed

        // A new engine on the same catalog: the state survived, Start continues from the position.
        engine.reset();
        engine = std::make_unique<Engine>(env.catalog(), Engine::Options{});
        engine->run();
        QVERIFY(engine->startTask(id.value(), QStringLiteral("bob")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id.value()), TaskStatus::Running, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(consumed(), 25, 60000);
        engine->shutdown();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), TestKafka::endOffsets(topic, 2)), QString());
        const QStringList history = actionNames(env, id.value());
        QVERIFY2(history.contains(QStringLiteral("Create:ok")), qPrintable(history.join(u',')));
        QVERIFY(history.contains(QStringLiteral("Pause:ok")));
        QVERIFY(history.contains(QStringLiteral("Start:ok")));
        QCOMPARE(env.catalog()->actions(id.value()).value().first().actor, QStringLiteral("alice"));
    }

    void restartDiscardsTempFilesAndKeepsData()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_restart"), {30});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 30, 60000);
        const QStringList committed = reader.dataFiles();

        // A temporary file such as a crashed writer leaves behind, where writers stage them.
        const QString staging = env.tableDir(def.target.bid, def.target.tid) + QStringLiteral("/_outflow/staging/%1+0").arg(topic);
        QVERIFY(QDir().mkpath(staging));
        const QString stale = staging + QStringLiteral("/.%1+0+00000000000000000030.deadbeef.tmp").arg(topic);
        QFile f(stale);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"half\":");
        f.close();

        QVERIFY(engine.restartTask(id, QStringLiteral("test")).isOk());
        QCOMPARE(statusOf(env, id), TaskStatus::Restarting);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Running, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(stale), 10000);
        QCOMPARE(reader.dataFiles(), committed); // already-dumped data untouched
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(5, 2), 0));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 35, 60000);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 35}}), QString());
        QVERIFY(actionNames(env, id).contains(QStringLiteral("Restart:ok")));
    }

    void deleteStopsTheTaskAndLeavesItsData()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_delete"), {10});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 10, 60000);
        QVERIFY(engine.deleteTask(id, QStringLiteral("test")).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(!env.catalog()->task(id).isOk(), 30000);
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(10, 2), 0));
        QTest::qWait(2500);
        QCOMPARE(reader.lines().size(), 10);
        QCOMPARE(TestKafka::consumeAll(topic, 0).size(), 20); // the cluster is untouched
    }

    void changeSourceAndTargetRestartOnNewSettings()
    {
        EngineTestEnv env;
        const QString first = TestKafka::uniqueName(QStringLiteral("lc_src1"));
        const QString second = TestKafka::uniqueName(QStringLiteral("lc_src2"));
        QVERIFY(TestKafka::createTopic(first, 1));
        QVERIFY(TestKafka::createTopic(second, 1));
        QVERIFY(TestKafka::produce(first, TestKafka::jsonRecords(10, 1), 0));
        QVERIFY(TestKafka::produce(second, TestKafka::jsonRecords(7, 2), 0));
        TaskDefinition def = env.definition(first);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader table(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(table.lines().size(), 10, 60000);

        Status bad = engine.changeSource(id, {QStringLiteral("test"), QStringLiteral("no_such_topic_x"), QStringLiteral("earliest")},
                                         QStringLiteral("test"));
        QVERIFY(!bad.isOk());
        QVERIFY2(bad.error().startsWith(QLatin1String("Topic \"no_such_topic_x\" does not exist")), qPrintable(bad.error()));
        QCOMPARE(env.catalog()->task(id)->definition.source.topic, first); // unchanged

        QVERIFY(engine.changeSource(id, {QStringLiteral("test"), second, QStringLiteral("earliest")}, QStringLiteral("test")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(table.lines().size(), 17, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Running, 30000);

        TargetSpec target = env.catalog()->task(id)->definition.target;
        target.tid = QStringLiteral("moved");
        target.format = RecordFormat::Raw;
        QVERIFY(engine.changeTarget(id, target, QStringLiteral("test")).isOk());
        QVERIFY(TestKafka::produce(second, TestKafka::jsonRecords(3, 3), 0));
        WarehouseReader moved(env.tableDir(target.bid, QStringLiteral("moved")));
        QTRY_COMPARE_WITH_TIMEOUT(moved.lines().size(), 3, 60000);
        QCOMPARE(table.lines().size(), 17);
        const QStringList history = actionNames(env, id);
        QVERIFY(history.contains(QStringLiteral("Change source:ok")));
        QVERIFY(history.contains(QStringLiteral("Change target:ok")));
    }

    void errorRetriesWithCappedBackoff()
    {
        EngineTestEnv env;
        Engine::Options options;
        const TaskDefinition def = failingDefinition(env, QStringLiteral("lc_retry"), options, 2);
        QVERIFY(!def.name.isEmpty());
        Engine engine(env.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(env.catalog()->task(id)->retryCount >= 3, 60000);
        const TaskRecord t = env.catalog()->task(id).value();
        QCOMPARE(t.status, TaskStatus::Error);
        QVERIFY(t.lastError.contains(QLatin1String("offset 0")));
        QVERIFY(t.nextRetryAt.isValid());
        QVERIFY(t.nextRetryAt <= QDateTime::currentDateTimeUtc().addSecs(3)); // capped at 2 s
        QVERIFY(actionNames(env, id).count(QStringLiteral("Error:failed")) >= 3);
    }

    // A task in Error can be paused: it stops retrying until started again.
    void pauseInErrorStopsRetrying()
    {
        EngineTestEnv env;
        Engine::Options options;
        const TaskDefinition def = failingDefinition(env, QStringLiteral("lc_pause_err"), options, 1);
        QVERIFY(!def.name.isEmpty());
        Engine engine(env.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Error, 60000);
        QVERIFY(engine.pauseTask(id, QStringLiteral("alice")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Paused, 30000);
        const TaskRecord paused = env.catalog()->task(id).value();
        QVERIFY(!paused.nextRetryAt.isValid());
        const qsizetype errors = actionNames(env, id).count(QStringLiteral("Error:failed"));
        QTest::qWait(4000); // four retry periods
        QCOMPARE(statusOf(env, id), TaskStatus::Paused);
        QCOMPARE(actionNames(env, id).count(QStringLiteral("Error:failed")), errors);
        QVERIFY(engine.latestSamples().isEmpty());
        const QList<TaskAction> history = env.catalog()->actions(id).value();
        bool recorded = false;
        for (const TaskAction &a : history)
            recorded = recorded || (a.action == QLatin1String("Pause") && a.actor == QLatin1String("alice")
                                    && a.detail.startsWith(QLatin1String("Error")));
        QVERIFY2(recorded, "the history names who paused the task in Error");
    }

    // Editing a CreateFailed task saves the edit and runs the Create checks again: still
    // failing, the reason is the new one; passing, the task runs and dumps.
    void editOfCreateFailedRetriesTheChecks()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("lc_cf_edit"));
        TaskDefinition def = env.definition(topic); // the topic does not exist yet
        Engine engine(env.catalog(), {});
        QString createError;
        auto id = engine.createTask(def, QStringLiteral("test"), &createError);
        QVERIFY(id.isOk());
        QCOMPARE(statusOf(env, id.value()), TaskStatus::CreateFailed);
        engine.run();

        SourceSpec other = def.source;
        other.topic = TestKafka::uniqueName(QStringLiteral("lc_cf_other"));
        Status still = engine.changeSource(id.value(), other, QStringLiteral("bob"));
        QVERIFY(!still.isOk());
        QVERIFY2(still.error().contains(QStringLiteral("Topic \"%1\" does not exist").arg(other.topic)), qPrintable(still.error()));
        TaskRecord t = env.catalog()->task(id.value()).value();
        QCOMPARE(t.status, TaskStatus::CreateFailed);
        QCOMPARE(t.definition.source.topic, other.topic); // the edit was kept
        QVERIFY(t.lastError.contains(other.topic));

        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(10, 1), 0));
        Status fixed = engine.changeSource(id.value(), def.source, QStringLiteral("bob"));
        QVERIFY2(fixed.isOk(), qPrintable(fixed.error()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id.value()), TaskStatus::Running, 30000);
        QVERIFY(env.catalog()->task(id.value())->lastError.isEmpty());
        QVERIFY(actionNames(env, id.value()).contains(QStringLiteral("Create:ok")));
        QTRY_COMPARE_WITH_TIMEOUT(WarehouseReader(env.tableDir(def.target.bid, def.target.tid)).lines().size(), 10, 60000);
    }

    // The console's Change data source routes a new start position to Reset position: a
    // preview counts what it skips or reads again, and a running task is reset in place.
    void resetOfARunningTaskCountsWhatMoves()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_reset_run"), {30, 20});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.source.start = QStringLiteral("latest"); // the fifty records before the Create are not dumped
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Running, 30000);
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(5, 100), 0));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 5, 60000);

        Engine::ResetCounts counts;
        auto preview = engine.resetPosition(id, QStringLiteral("latest"), QStringLiteral("carol"), Engine::ResetMode::Preview, &counts);
        QVERIFY2(preview.isOk(), qPrintable(preview.error()));
        QCOMPARE(statusOf(env, id), TaskStatus::Running); // a preview changes nothing, in any state
        QCOMPARE(counts.committedPartitions, 2);
        QCOMPARE(counts.skipped, 0);
        QCOMPARE(counts.readAgain, 0);
        QVERIFY(!engine.resetPosition(id, QStringLiteral("earliest"), QStringLiteral("carol")).isOk()); // plain Apply: Paused or Error only

        // Partition 0's table files reach offset 34: they still win. Partition 1 has none, so
        // its twenty records before the Create are read, and dumped, now.
        auto applied = engine.resetPosition(id, QStringLiteral("earliest"), QStringLiteral("carol"),
                                            Engine::ResetMode::ApplyStoppingRunner, &counts);
        QVERIFY2(applied.isOk(), qPrintable(applied.error()));
        QCOMPARE(counts.readAgain, 20);
        QCOMPARE(counts.skipped, 0);
        QVERIFY2(applied.value().contains(QStringLiteral("partition 1: 20 → 0 (reads 20 records again)")), qPrintable(applied.value()));
        QVERIFY2(applied.value().contains(QLatin1String("the warehouse holds up to 34, which is not written again")),
                 qPrintable(applied.value()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Running, 30000);
        QVERIFY(actionNames(env, id).contains(QStringLiteral("Reset position:ok")));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 25, 60000);
        QTest::qWait(2000);
        QCOMPARE(reader.lines().size(), 25); // nothing written twice
    }

    void invalidDefinitionsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("name") << "name" << "bad name" << "Task name contains a space at position 4";
        QTest::newRow("bid") << "bid" << ".." << "BID contains '.' at position 1";
        QTest::newRow("tid") << "tid" << "a/b" << "TID contains '/' at position 2";
        QTest::newRow("cluster") << "cluster" << "nowhere" << "no Kafka cluster named \"nowhere\"";
        QTest::newRow("warehouse") << "warehouse" << "nowhere" << "no warehouse named \"nowhere\"";
        QTest::newRow("start") << "start" << "tomorrow" << "Start position \"tomorrow\" is not earliest";
    }
    void invalidDefinitionsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        EngineTestEnv env;
        TaskDefinition def = env.definition(QStringLiteral("whatever"));
        if (field == QLatin1String("name")) def.name = value;
        if (field == QLatin1String("bid")) def.target.bid = value;
        if (field == QLatin1String("tid")) def.target.tid = value;
        if (field == QLatin1String("cluster")) def.source.cluster = value;
        if (field == QLatin1String("warehouse")) def.target.warehouse = value;
        if (field == QLatin1String("start")) def.source.start = value;
        Engine engine(env.catalog(), {});
        auto id = engine.createTask(def, QStringLiteral("test"));
        QVERIFY(!id.isOk());
        QVERIFY2(id.error().startsWith(error), qPrintable(id.error()));
        QCOMPARE(env.catalog()->tasks().value().size(), 0);
        QCOMPARE(QDir(env.warehouseRoot()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void failedChecksEndInCreateFailed_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing topic") << "topic" << "Topic \"no_such_topic_y\" does not exist on Kafka cluster \"test\"";
        QTest::newRow("unreachable") << "cluster" << "Cannot reach Kafka cluster \"dead\" at 127.0.0.1:1 within 10 s";
        QTest::newRow("unwritable root") << "root" << "is not a folder";
    }
    void failedChecksEndInCreateFailed()
    {
        QFETCH(QString, problem);
        QFETCH(QString, error);
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("lc_cf"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        TaskDefinition def = env.definition(problem == QLatin1String("topic") ? QStringLiteral("no_such_topic_y") : topic);
        if (problem == QLatin1String("cluster")) {
            QVERIFY(env.catalog()->saveCluster({QStringLiteral("dead"), QStringLiteral("127.0.0.1:1")}).isOk());
            def.source.cluster = QStringLiteral("dead");
        }
        if (problem == QLatin1String("root")) {
            QVERIFY(QDir(env.warehouseRoot()).removeRecursively());
            QFile blocker(env.warehouseRoot());
            QVERIFY(blocker.open(QIODevice::WriteOnly)); // the root is a file, not a folder
        }
        Engine engine(env.catalog(), {});
        QString createError;
        auto id = engine.createTask(def, QStringLiteral("test"), &createError);
        QVERIFY(id.isOk());
        QVERIFY2(createError.contains(error), qPrintable(createError));
        const TaskRecord t = env.catalog()->task(id.value()).value();
        QCOMPARE(t.status, TaskStatus::CreateFailed);
        QCOMPARE(t.lastError, createError);
        QVERIFY(actionNames(env, id.value()).contains(QStringLiteral("Create:failed")));
        engine.run();
        QTest::qWait(1500);
        QCOMPARE(statusOf(env, id.value()), TaskStatus::CreateFailed); // never runs
        QVERIFY(engine.latestSamples().isEmpty());
        QVERIFY(!engine.startTask(id.value(), QStringLiteral("test")).isOk());
    }

    void twoTasksCannotWriteTheSameFiles()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("lc_same"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        Engine engine(env.catalog(), {});
        TaskDefinition def = env.definition(topic, QStringLiteral("shared"));
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        def.name = TestKafka::uniqueName(QStringLiteral("other"));
        auto second = engine.createTask(def, QStringLiteral("test"));
        QVERIFY(!second.isOk());
        QVERIFY2(second.error().contains(QLatin1String("two tasks cannot write the same files")), qPrintable(second.error()));
        QCOMPARE(env.catalog()->tasks().value().size(), 1);
    }

    // The action history names who acted even when the CLI runs without $USER and $LOGNAME
    // (a cron job, a service): the account of its uid, never "unknown".
    void cliActorIsTheAccountWithoutUserVariables()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_actor"), {5});
        QVERIFY(!topic.isEmpty());
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, env.definition(topic));
        QVERIFY(!id.isEmpty());
        QProcess cli;
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("USER"));
        bare.remove(QStringLiteral("LOGNAME"));
        cli.setProcessEnvironment(bare);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"),
                  {QStringLiteral("--catalog"), env.catalogPath(), QStringLiteral("task"), QStringLiteral("pause"), id});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        const passwd *account = ::getpwuid(::getuid());
        QVERIFY(account);
        const auto actions = env.catalog()->actions(id);
        QVERIFY2(actions.isOk(), qPrintable(actions.error()));
        QStringList actors;
        for (const TaskAction &a : actions.value()) actors << a.actor;
        QVERIFY2(actors.contains(QStringLiteral("cli:") + QString::fromLocal8Bit(account->pw_name)), qPrintable(actors.join(u',')));
        engine.shutdown();
    }

    // Reset position (PRODUCT.md section 3) through the CLI: forward skips and says how many;
    // backward never writes an offset the table already holds; only Paused or Error.
    void resetPositionThroughTheCli()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("lc_reset"), {100});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 100, 60000);

        auto cli = [&](const QStringList &args, QString *output) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"), QStringList{QStringLiteral("--catalog"), env.catalogPath()} + args);
            p.waitForFinished(60000);
            *output = QString::fromUtf8(p.readAll());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QString out;
        QVERIFY(cli({QStringLiteral("task"), QStringLiteral("reset"), id, QStringLiteral("--to"), QStringLiteral("latest")}, &out) != 0);
        QVERIFY2(out.contains(QLatin1String("not possible while")), qPrintable(out)); // Running

        QVERIFY(engine.pauseTask(id, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Paused, 30000);
        QVERIFY(cli({QStringLiteral("task"), QStringLiteral("reset"), id, QStringLiteral("--to"), QStringLiteral("yesterday")}, &out) != 0);
        QVERIFY2(out.contains(QLatin1String("not earliest, latest or an ISO-8601")), qPrintable(out));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(50, 2), 0)); // 100..149: to be skipped
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("reset"), id, QStringLiteral("--to"), QStringLiteral("latest")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("partition 0: 100 → 150 (skips 50 records)")), qPrintable(out));

        QVERIFY(engine.startTask(id, QStringLiteral("test")));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(10, 3), 0)); // 150..159
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 110, 60000);
        QVERIFY(engine.pauseTask(id, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Paused, 30000);

        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("reset"), id, QStringLiteral("--to"), QStringLiteral("earliest")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("the warehouse holds up to 159, which is not written again")),
                 qPrintable(out + QDir(env.tableDir(def.target.bid, def.target.tid) + QStringLiteral("/_outflow/commits/") + topic + QStringLiteral("+0"))
                                      .entryList(QDir::Files | QDir::Hidden)
                                      .join(u' ')));
        QVERIFY(engine.startTask(id, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Running, 30000);
        QTest::qWait(3000);
        engine.shutdown();
        auto counts = reader.offsetCounts();
        QCOMPARE(counts.size(), 110);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            QCOMPARE(it.value(), 1);
            QVERIFY(it.key().second < 100 || it.key().second >= 150);
        }
        QVERIFY(actionNames(env, id).contains(QStringLiteral("Reset position:ok")));
    }
};

QTEST_GUILESS_MAIN(TestEngineLifecycle)
#include "tst_engine_lifecycle.moc"
