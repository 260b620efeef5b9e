// Crash safety of the headless engine: kill -9 at bad moments (fault injection points and
// random times, during a rebalance), restart, and count every record: none lost, none doubled.
// Also two engine processes sharing one task's consumer group (scale-out).

#include "EngineProcess.h"
#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "ColumnarReader.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace outflow;

namespace {

qint64 total(const QHash<int, qint64> &ends)
{
    qint64 n = 0;
    for (qint64 e : ends) n += e;
    return n;
}

bool waitForCount(const WarehouseReader &reader, qint64 expected, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (reader.offsetCounts().size() >= expected) return true;
        QTest::qWait(250);
    }
    return false;
}

struct CrashSetup
{
    EngineTestEnv env;
    QString topic;
    TaskDefinition definition;
    QString taskId;

    explicit CrashSetup(const QString &prefix, int partitions, int perPartition, int flushSec = 1,
                        const std::function<void(TargetSpec &)> &adjustTarget = {})
    {
        topic = TestKafka::uniqueName(prefix);
        if (!TestKafka::createTopic(topic, partitions)) qFatal("cannot create topic");
        for (int p = 0; p < partitions; ++p) TestKafka::produce(topic, TestKafka::jsonRecords(perPartition, p, 40), p);
        definition = env.definition(topic);
        definition.parallelism = partitions;
        definition.target.flushIntervalSec = flushSec;
        definition.target.maxFileBytes = 8192; // many commits, so faults land between them
        if (adjustTarget) adjustTarget(definition.target);
        Engine creator(env.catalog(), {});     // creates only; the processes run it
        auto id = creator.createTask(definition, QStringLiteral("test"));
        if (!id) qFatal("%s", qPrintable(id.error()));
        taskId = id.value();
    }
    WarehouseReader reader() const { return WarehouseReader(env.tableDir(definition.target.bid, definition.target.tid)); }
};

/// Offsets per partition in every columnar file of the table, read by the independent reader;
/// an unreadable file (a missing footer) is a problem of its own.
QHash<QPair<int, qint64>, int> columnarOffsetCounts(const WarehouseReader &reader, QString *problem)
{
    QHash<QPair<int, qint64>, int> counts;
    for (const QString &file : reader.dataFiles()) {
        const ColumnarFile table = readColumnarFile(file);
        if (!table.error.isEmpty() && problem->isEmpty()) *problem = table.error;
        for (const QJsonArray &row : table.rows) counts[{row.at(0).toInt(), qint64(row.at(1).toDouble())}] += 1;
    }
    return counts;
}

} // namespace

class TestEngineCrash final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killAtFaultPointThenRestart_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("mid-write") << "mid-write:700";
        QTest::newRow("before-rename") << "before-rename:3";
        QTest::newRow("after-rename") << "after-rename:3";
    }
    void killAtFaultPointThenRestart()
    {
        QFETCH(QString, fault);
        CrashSetup setup(QStringLiteral("crash_fp"), 3, 600);
        const WarehouseReader reader = setup.reader();
        {
            EngineProcess doomed(setup.env.catalogPath(), fault);
            QVERIFY2(doomed.waitForDeath(60000), "the fault point was never reached");
            QVERIFY2(doomed.killedBySignal(), qPrintable(doomed.output()));
            QVERIFY(doomed.output().contains(QLatin1String("fault injection: SIGKILL")));
        }
        const qint64 before = reader.offsetCounts().size();
        QVERIFY(before < 1800); // the crash left work to do
        EngineProcess survivor(setup.env.catalogPath());
        const auto ends = TestKafka::endOffsets(setup.topic, 3);
        QVERIFY2(waitForCount(reader, total(ends), 90000), qPrintable(survivor.output()));
        QCOMPARE(survivor.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
        QVERIFY2(reader.tempFiles().isEmpty(), qPrintable(reader.tempFiles().join(u'\n')));
    }

    // The same for Parquet and ORC files: a kill while rows are buffered, before and after the
    // rename leaves no file without its footer, and every offset is in exactly one file.
    void killColumnarAtFaultPointThenRestart_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fault");
        QTest::newRow("parquet mid-row-group") << "parquet" << "mid-write:700";
        QTest::newRow("parquet before-rename") << "parquet" << "before-rename:3";
        QTest::newRow("parquet after-rename") << "parquet" << "after-rename:3";
        QTest::newRow("orc before-rename") << "orc" << "before-rename:3";
    }
    void killColumnarAtFaultPointThenRestart()
    {
        QFETCH(QString, format);
        QFETCH(QString, fault);
        CrashSetup setup(QStringLiteral("crash_col"), 3, 600, 1, [&](TargetSpec &t) {
            t.format = format == QLatin1String("orc") ? RecordFormat::Orc : RecordFormat::Parquet;
            t.compression = Compression::Zstd;
            t.columns = {ColumnSpec{QStringLiteral("p"), ColumnType::Int32, {}, ColumnMeta::Partition},
                         ColumnSpec{QStringLiteral("o"), ColumnType::Int64, {}, ColumnMeta::Offset},
                         ColumnSpec{QStringLiteral("i"), ColumnType::Int64, QStringLiteral("i")}};
        });
        const WarehouseReader reader = setup.reader();
        {
            EngineProcess doomed(setup.env.catalogPath(), fault);
            QVERIFY2(doomed.waitForDeath(60000), "the fault point was never reached");
            QVERIFY2(doomed.killedBySignal(), qPrintable(doomed.output()));
        }
        QString problem;
        QVERIFY(columnarOffsetCounts(reader, &problem).size() < 1800); // the crash left work to do
        QCOMPARE(problem, QString());
        EngineProcess survivor(setup.env.catalogPath());
        const auto ends = TestKafka::endOffsets(setup.topic, 3);
        QElapsedTimer clock;
        clock.start();
        while (columnarOffsetCounts(reader, &problem).size() < total(ends) && clock.elapsed() < 90000) QTest::qWait(500);
        QCOMPARE(survivor.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(columnarOffsetCounts(reader, &problem), ends), QString());
        QCOMPARE(problem, QString());
        QVERIFY2(reader.tempFiles().isEmpty(), qPrintable(reader.tempFiles().join(u'\n')));
    }

    // Event-time folders commit a group of files; a kill between two of its renames must not
    // leave half a group: recovery completes it from the staged files.
    void killBetweenTheRenamesOfAGroup()
    {
        CrashSetup setup(QStringLiteral("crash_group"), 1, 0, 1, [](TargetSpec &t) {
            t.partitionBy = PartitionBy{QStringLiteral("ts"), TimeFormat::EpochMs};
        });
        const qint64 hour0 = 1767225600000LL; // 2026-01-01T00:00:00Z
        QByteArrayList values;
        for (int i = 0; i < 3000; ++i)
            values << QStringLiteral("{\"i\":%1,\"ts\":%2}").arg(i).arg(hour0 + (i % 3) * 3600000LL + i).toUtf8();
        QVERIFY(TestKafka::produce(setup.topic, values, 0));
        const WarehouseReader reader = setup.reader();
        {
            EngineProcess doomed(setup.env.catalogPath(), QStringLiteral("between-renames:3"));
            QVERIFY2(doomed.waitForDeath(60000), "the fault point was never reached");
            QVERIFY2(doomed.killedBySignal(), qPrintable(doomed.output()));
        }
        QVERIFY(reader.offsetCounts().size() < 3000); // the crash left work to do
        EngineProcess survivor(setup.env.catalogPath());
        const auto ends = TestKafka::endOffsets(setup.topic, 1);
        QVERIFY2(waitForCount(reader, total(ends), 90000), qPrintable(survivor.output()));
        QCOMPARE(survivor.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
        QVERIFY2(reader.tempFiles().isEmpty(), qPrintable(reader.tempFiles().join(u'\n')));
        QVERIFY2(survivor.output().contains(QStringLiteral("completed an interrupted commit")), qPrintable(survivor.output()));
    }

    void killDuringRebalanceThenRecover()
    {
        CrashSetup setup(QStringLiteral("crash_rb"), 4, 400, 3600);
        const WarehouseReader reader = setup.reader();
        EngineProcess first(setup.env.catalogPath(), QStringLiteral("revoke:1"));
        QTRY_VERIFY_WITH_TIMEOUT(first.output().contains(QLatin1String("assigned partitions")), 30000);
        QTest::qWait(1500); // it has consumed into open files that only a revoke would commit
        // A second process joins the group: the first must revoke, and dies in the middle of it.
        EngineProcess second(setup.env.catalogPath());
        QVERIFY2(first.waitForDeath(60000), qPrintable(first.output()));
        QVERIFY2(first.killedBySignal(), qPrintable(first.output()));
        const auto ends = TestKafka::endOffsets(setup.topic, 4);
        // flushIntervalSec is an hour: only revokes and shutdown commit, so stop gracefully.
        QTRY_VERIFY_WITH_TIMEOUT(second.output().count(QLatin1String("assigned partitions")) >= 1, 60000);
        QTest::qWait(3000);
        QCOMPARE(second.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
    }

    void randomKillsWhileProducing()
    {
        CrashSetup setup(QStringLiteral("crash_rnd"), 4, 250);
        const WarehouseReader reader = setup.reader();
        QRandomGenerator random(20261125);
        for (int round = 0; round < 4; ++round) {
            EngineProcess engine(setup.env.catalogPath());
            for (int p = 0; p < 4; ++p) QVERIFY(TestKafka::produce(setup.topic, TestKafka::jsonRecords(150, 100 + round, 40), p));
            QTest::qWait(1000 + int(random.bounded(3000)));
            engine.kill9();
        }
        EngineProcess last(setup.env.catalogPath());
        const auto ends = TestKafka::endOffsets(setup.topic, 4);
        QCOMPARE(total(ends), 4 * (250 + 4 * 150));
        QVERIFY2(waitForCount(reader, total(ends), 120000), qPrintable(last.output()));
        QCOMPARE(last.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
    }

    // FAULTS.md "SIGSTOP / SIGCONT longer than the session timeout": the frozen process wakes
    // up believing it owns its partitions while another one writes them. Nothing it had open,
    // or opens after waking, becomes visible: the table holds every record once.
    void frozenEngineIsFencedOffWhenItWakes()
    {
        CrashSetup setup(QStringLiteral("frozen"), 2, 20000, 1);
        const WarehouseReader reader = setup.reader();
        EngineProcess sleeper(setup.env.catalogPath());
        QTRY_VERIFY_WITH_TIMEOUT(sleeper.output().contains(QLatin1String("assigned partitions")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!reader.tempFiles().isEmpty(), 30000); // caught mid-way, with files open
        sleeper.freeze();
        EngineProcess owner(setup.env.catalogPath()); // takes over once the sleeper's session times out
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(setup.topic, TestKafka::jsonRecords(500, 50, 40), p));
        const auto ends = TestKafka::endOffsets(setup.topic, 2);
        QVERIFY2(waitForCount(reader, total(ends), 120000), qPrintable(owner.output()));
        sleeper.thaw();
        QTest::qWait(6000); // it wakes, finds its flush interval long past, and learns it was replaced
        QCOMPARE(owner.terminate(), 0);
        sleeper.terminate();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
    }

    void twoProcessesShareTheGroup()
    {
        CrashSetup setup(QStringLiteral("scale_out"), 4, 300);
        const WarehouseReader reader = setup.reader();
        EngineProcess a(setup.env.catalogPath());
        EngineProcess b(setup.env.catalogPath());
        for (int p = 0; p < 4; ++p) QVERIFY(TestKafka::produce(setup.topic, TestKafka::jsonRecords(200, 7, 40), p));
        const auto ends = TestKafka::endOffsets(setup.topic, 4);
        QVERIFY(waitForCount(reader, total(ends), 120000));
        // Both processes ended up owning partitions of the one group.
        QTRY_VERIFY_WITH_TIMEOUT(a.output().contains(QLatin1String("assigned partitions")) &&
                                     b.output().contains(QLatin1String("assigned partitions")),
                                 30000);
        QCOMPARE(a.terminate(), 0);
        QCOMPARE(b.terminate(), 0);
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngineCrash)
#include "tst_engine_crash.moc"
