// Broker outage: the broker is stopped mid-run; the task goes to Error with the reason,
// retries with backoff, recovers when the broker is back, and loses or doubles nothing.
// Also the warehouse going away under a running task.

#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"
#include "kafka/ConsumerGroupClient.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace outflow;

class TestEngineOutage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokerStoppedAndRestartedMidRun()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("outage"), {200, 200});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        Engine::Options options;
        options.firstRetryDelaySec = 1;
        options.maxRetryDelaySec = 4;
        Engine engine(env.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 400, 60000);

        QVERIFY(TestKafka::brokerControl(QStringLiteral("stop")));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const TaskRecord failed = env.catalog()->task(id).value();
        QVERIFY2(failed.lastError.contains(QLatin1String("are down")) || failed.lastError.contains(QLatin1String("Cannot reach")),
                 qPrintable(failed.lastError));
        QVERIFY(failed.nextRetryAt.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(env.catalog()->task(id)->retryCount >= 2, 60000); // it keeps retrying

        QVERIFY(TestKafka::brokerControl(QStringLiteral("start")));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(100, 3), 0));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(100, 4), 1));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 90000);
        const auto ends = TestKafka::endOffsets(topic, 2);
        QCOMPARE(ends, (QHash<int, qint64>{{0, 300}, {1, 300}}));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 600, 90000);
        engine.shutdown();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
        QStringList history;
        for (const TaskAction &a : env.catalog()->actions(id).value()) history << a.action;
        QVERIFY(history.contains(QStringLiteral("Error")));
        QVERIFY(history.contains(QStringLiteral("Retry")));
    }

    // The progress view asks for a group's offsets every few seconds, also while a broker
    // creates or loads its offsets topic and answers COORDINATOR_NOT_AVAILABLE or
    // NOT_COORDINATOR: librdkafka's admin call for it crashed the whole process in that window
    // (its issue 5040). A broker of its own, brand new, is asked from the moment it listens:
    // each answer is an error or the offsets, never a crash.
    void committedOffsetsWhileANewBrokerCreatesItsOffsetsTopic()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OUTFLOW_KAFKA_DIR"), state.path());
        const auto kafka = [&](const QString &verb) {
            QProcess script;
            script.setProcessEnvironment(environment);
            script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            script.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/scripts/kafka.sh"), {verb});
            script.waitForFinished(180000);
            return script.exitCode() == 0 ? QString::fromUtf8(script.readAllStandardOutput()).trimmed() : QString();
        };
        ClusterConfig cluster = TestKafka::cluster();
        cluster.bootstrapServers = kafka(QStringLiteral("fresh"));
        QVERIFY(!cluster.bootstrapServers.isEmpty());
        const auto cleanup = qScopeGuard([&] { kafka(QStringLiteral("clean")); });
        const ConsumerGroupClient client(cluster, std::chrono::milliseconds(2000));
        int asked = 0, failed = 0;
        bool answered = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000 && !answered) {
            ++asked;
            auto offsets = client.committedOffsets(QStringLiteral("never-used"), QStringLiteral("no-such-topic"), 2);
            if (offsets) {
                answered = true;
                QCOMPARE(offsets.value(), (QHash<int, qint64>{{0, -1}, {1, -1}}));
            } else {
                ++failed;
            }
        }
        qInfo("asked %d times, %d errors", asked, failed);
        QVERIFY(answered);
    }

    void warehouseThatWentAwayIsAnErrorUntilItReturns()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("wh_gone"), {50});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        Engine::Options options;
        options.firstRetryDelaySec = 1;
        options.maxRetryDelaySec = 2;
        Engine engine(env.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        const QString table = env.tableDir(def.target.bid, def.target.tid);
        QTRY_COMPARE_WITH_TIMEOUT(WarehouseReader(table).offsetCounts().size(), 50, 60000);

        // The warehouse root disappears (an unmounted disk): move it away, then back.
        const QString parked = env.path(QStringLiteral("parked"));
        QVERIFY(QDir().rename(env.warehouseRoot(), parked));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(20, 2), 0));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const QString error = env.catalog()->task(id)->lastError;
        QVERIFY2(error.contains(env.warehouseRoot()), qPrintable(error));
        QTest::qWait(3000); // several retries later...
        QVERIFY(!QFileInfo::exists(env.warehouseRoot())); // ...nothing recreated a fake, empty root
        QVERIFY(env.catalog()->task(id)->lastError.contains(QLatin1String("is missing (unmounted or deleted?)")));

        QVERIFY(QDir().rename(parked, env.warehouseRoot()));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(WarehouseReader(table).offsetCounts().size(), 70, 60000);
        engine.shutdown();
        QCOMPARE(exactlyOnceProblem(WarehouseReader(table).offsetCounts(), {{0, 70}}), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngineOutage)
#include "tst_engine_outage.moc"
