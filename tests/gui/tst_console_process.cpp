// The console as a process: SIGTERM (a logout, systemd, kill) stops it like Quit, committing
// what it wrote, within the same deadline as the headless engine.

#include "EngineProcess.h"
#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QtTest>

using namespace outflow;

class TestConsoleProcess final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigtermCommitsOpenFilesAndExits()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("console_term"), {300, 300});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        def.target.flushIntervalSec = 3600; // only the graceful stop makes the files visible
        {
            Engine creator(env.catalog(), {});
            QVERIFY(creator.createTask(def, QStringLiteral("test")));
        }
        EngineProcess console(env.catalogPath(), QString(), EngineProcess::Program::Console);
        QVERIFY2(console.waitForOutput(QStringLiteral("assigned partitions"), 60000), qPrintable(console.output()));
        const WarehouseReader table(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(table.tempFiles().size(), 2, 30000); // both partitions have open files
        QTest::qWait(1000);
        QCOMPARE(table.offsetCounts().size(), 0);
        QCOMPARE(console.terminate(), 0);
        QVERIFY2(console.output().contains(QLatin1String("committing and stopping")), qPrintable(console.output()));
        QCOMPARE(exactlyOnceProblem(table.offsetCounts(), {{0, 300}, {1, 300}}), QString());
        QCOMPARE(table.tempFiles(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestConsoleProcess)
#include "tst_console_process.moc"
