// End to end into HDFS: the engine sinks a real topic into a table on the HDFS mini cluster, in
// every format, rolling into parts; a headless engine killed with SIGKILL mid-upload and
// restarted; HDFS stopped under a running task and started again. Every check reads the table
// back over WebHDFS with curl (TestHdfs::mirror), then counts offsets with WarehouseReader:
// nothing lost, nothing doubled.

#include "ColumnarReader.h"
#include "EngineProcess.h"
#include "EngineTestEnv.h"
#include "TestHdfs.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <csignal>

using namespace outflow;

namespace {

const QString kUser = QStringLiteral("outflow_test");

QByteArrayList orders(int count, int seed, int padding = 0)
{
    QByteArrayList out;
    const QString pad(padding, u'p');
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("{\"order_id\":%1,\"note\":\"a|b\\\\c\",\"pad\":\"%2\"}").arg(seed * 100000 + i).arg(pad).toUtf8();
    return out;
}

/// A test catalog whose warehouse "hdfs" is a fresh root folder on the mini cluster, owned by
/// the test user; tables are read back into a local mirror.
class HdfsEngineEnv final
{
public:
    HdfsEngineEnv() : m_root(u'/' + TestKafka::uniqueName(QStringLiteral("engine")))
    {
        if (!TestHdfs::makeFolder(m_root, kUser)) qFatal("cannot make %s on HDFS", qPrintable(m_root));
        const WarehouseConfig hdfs{QStringLiteral("hdfs"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl() + m_root, kUser};
        if (Status s = m_env.catalog()->saveWarehouse(hdfs); !s) qFatal("%s", qPrintable(s.error()));
    }

    EngineTestEnv &env() { return m_env; }
    std::shared_ptr<Catalog> catalog() const { return m_env.catalog(); }

    /// A definition for `topic` into the HDFS warehouse, with `partitions` consumers.
    TaskDefinition definition(const QString &topic, int partitions)
    {
        TaskDefinition d = m_env.definition(topic);
        d.target.warehouse = QStringLiteral("hdfs");
        d.parallelism = partitions;
        m_table = m_root + u'/' + d.target.bid + u'/' + d.target.tid;
        return d;
    }

    /// The table as it is on HDFS now, copied locally.
    WarehouseReader read()
    {
        const QString local = m_env.path(QStringLiteral("mirror"));
        if (!TestHdfs::mirror(m_table, local)) qWarning("cannot list %s on HDFS", qPrintable(m_table));
        return WarehouseReader(local);
    }

    bool waitForRecords(qint64 expected, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (read().offsetCounts().size() >= expected) return true;
            QTest::qWait(300);
        }
        return false;
    }

    const QString &table() const { return m_table; }

private:
    EngineTestEnv m_env;
    QString m_root;
    QString m_table;
};

} // namespace

class TestEngineHdfs final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsReadBackOverWebHdfs_data()
    {
        QTest::addColumn<RecordFormat>("format");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("json") << RecordFormat::Json << false;
        QTest::newRow("raw") << RecordFormat::Raw << false;
        QTest::newRow("delimited") << RecordFormat::Delimited << false;
        QTest::newRow("json gzip") << RecordFormat::Json << true;
        QTest::newRow("delimited gzip") << RecordFormat::Delimited << true;
    }
    void formatsReadBackOverWebHdfs()
    {
        QFETCH(RecordFormat, format);
        QFETCH(bool, gzip);
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_fmt"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        const QByteArrayList values = orders(300, 5);
        QVERIFY(TestKafka::produce(topic, values.mid(0, 150), 0));
        QVERIFY(TestKafka::produce(topic, values.mid(150), 1));
        TaskDefinition def = hdfs.definition(topic, 2);
        def.target.format = format;
        def.target.compression = gzip ? Compression::Gzip : Compression::None;
        def.target.fields = {QStringLiteral("order_id"), QStringLiteral("note"), QStringLiteral("missing")};

        Engine engine(hdfs.catalog(), {});
        auto id = engine.createTask(def, QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        QCOMPARE(hdfs.catalog()->task(id.value())->status, TaskStatus::Running);
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(hdfs.read().lines().size(), 300, 60000);
        engine.shutdown();

        const WarehouseReader reader = hdfs.read();
        QCOMPARE(reader.tempFiles(), QStringList());
        const QString ext = (format == RecordFormat::Raw ? QStringLiteral(".raw") : format == RecordFormat::Json ? QStringLiteral(".json") : QStringLiteral(".txt")) +
                            (gzip ? QStringLiteral(".gz") : QString());
        for (const QString &f : reader.dataFiles()) QVERIFY2(f.endsWith(ext) && f.contains(QLatin1String("/dt=")), qPrintable(f));
        QByteArrayList got, expected;
        if (format == RecordFormat::Json) {
            QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 150}, {1, 150}}), QString());
            for (const QJsonObject &o : reader.jsonRecords()) got << QJsonDocument(o.value(QStringLiteral("value")).toObject()).toJson(QJsonDocument::Compact);
            for (const QByteArray &v : values) expected << QJsonDocument::fromJson(v).toJson(QJsonDocument::Compact);
        } else {
            for (const WarehouseLine &l : reader.lines()) got << l.line;
            for (const QByteArray &v : values)
                expected << (format == RecordFormat::Raw ? v : QByteArray::number(qint64(QJsonDocument::fromJson(v)[QStringLiteral("order_id")].toDouble())) + "|a\\|b\\\\c|\\N");
        }
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    // Parquet on HDFS: a file made of several row groups uploaded in chunks, read back by DuckDB.
    void parquetTableOnHdfs()
    {
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_parquet"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(20000, p, 600), p)); // ~12 MiB each
        TaskDefinition def = hdfs.definition(topic, 2);
        def.target.format = RecordFormat::Parquet;
        def.target.compression = Compression::Snappy;
        def.target.columns = {ColumnSpec{QStringLiteral("p"), ColumnType::Int32, {}, ColumnMeta::Partition},
                              ColumnSpec{QStringLiteral("o"), ColumnType::Int64, {}, ColumnMeta::Offset},
                              ColumnSpec{QStringLiteral("order_id"), ColumnType::Int64, QStringLiteral("order_id"), ColumnMeta::None, false},
                              ColumnSpec{QStringLiteral("pad"), ColumnType::String, QStringLiteral("pad")}};
        def.target.flushIntervalSec = 3600;
        Engine engine(hdfs.catalog(), {});
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 40000, 120000);
        engine.shutdown();
        QHash<QPair<int, qint64>, int> counts;
        const WarehouseReader reader = hdfs.read();
        QCOMPARE(reader.tempFiles(), QStringList());
        for (const QString &file : reader.dataFiles()) {
            QVERIFY2(file.endsWith(QLatin1String(".parquet")), qPrintable(file));
            const ColumnarFile table = readColumnarFile(file);
            QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
            for (const QJsonArray &row : table.rows) {
                const int p = row.at(0).toInt();
                const qint64 o = qint64(row.at(1).toDouble());
                QCOMPARE(qint64(row.at(2).toDouble()), p * 100000 + o); // order_id of orders(…, seed p)
                counts[{p, o}] += 1;
            }
        }
        QCOMPARE(exactlyOnceProblem(counts, {{0, 20000}, {1, 20000}}), QString());
    }

    void sizeLimitRollsIntoPartsOfChunkedUploads()
    {
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_roll"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, orders(12000, 1, 1000), 0)); // ~12.5 MB
        TaskDefinition def = hdfs.definition(topic, 1);
        def.target.maxFileBytes = 5 * 1024 * 1024; // each part spans a CREATE and an APPEND
        def.target.flushIntervalSec = 3600;        // only size rolls until shutdown
        Engine engine(hdfs.catalog(), {});
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        engine.run();
        QVERIFY(hdfs.waitForRecords(8000, 90000)); // two full parts (~4400 records each) are committed
        // Every record is in the open third part before the stop, else the stop commits less
        // (correctly: the rest would follow on the next run) and the count below is short.
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 12000, 90000);
        engine.shutdown(); // commits the rest as the next part

        const WarehouseReader reader = hdfs.read();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 12000}}), QString());
        const QStringList files = reader.dataFiles();
        QCOMPARE(files.size(), 3);
        for (int i = 0; i < files.size(); ++i) {
            QVERIFY2(files.at(i).endsWith(QStringLiteral(".part%1.json").arg(i, 3, 10, QChar(u'0'))), qPrintable(files.at(i)));
            const qint64 size = QFileInfo(files.at(i)).size();
            QVERIFY2(size <= def.target.maxFileBytes && (i == 2 || size > 4 * 1024 * 1024), qPrintable(QString::number(size)));
        }
    }

    void killNineMidUploadThenRestart_data()
    {
        QTest::addColumn<QString>("fault");
        // 2 × 4000 records of ~1.2 KB: by record 7500 one partition has written past the 4 MiB
        // chunk, so a partly uploaded temporary file is on HDFS when the process dies.
        QTest::newRow("mid-write") << "mid-write:7500";
        QTest::newRow("before-rename") << "before-rename:1";
        QTest::newRow("while uploading") << QString(); // killed as soon as an upload is seen
    }
    void killNineMidUploadThenRestart()
    {
        QFETCH(QString, fault);
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_crash"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(4000, p, 1100), p));
        TaskDefinition def = hdfs.definition(topic, 2);
        // Files stay open (no time rolling) so the kill finds uploads in progress; before-rename
        // needs a commit, which a 4.5 MiB limit brings after a CREATE and an APPEND.
        def.target.flushIntervalSec = 3600;
        def.target.maxFileBytes = fault.startsWith(QLatin1String("before-rename")) ? 4608 * 1024 : 64 * 1024 * 1024;
        Engine creator(hdfs.catalog(), {}); // creates and edits only; the processes run the task
        auto id = creator.createTask(def, QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        {
            EngineProcess doomed(hdfs.env().catalogPath(), fault);
            if (fault.isEmpty()) {
                QTRY_VERIFY_WITH_TIMEOUT(!hdfs.read().tempFiles().isEmpty(), 60000);
                doomed.kill9();
            }
            QProcess &p = doomed.process();
            QVERIFY2(p.state() == QProcess::NotRunning || p.waitForFinished(90000), "the fault point was never reached");
            QVERIFY2(p.exitStatus() == QProcess::CrashExit, qPrintable(doomed.output()));
        }
        const WarehouseReader before = hdfs.read();
        QVERIFY(before.offsetCounts().size() < 8000); // the crash left work to do
        if (!fault.startsWith(QLatin1String("before-rename"))) QVERIFY2(!before.tempFiles().isEmpty(), "nothing was mid-upload");

        // The operator makes files visible every second, so the restarted engine's progress shows.
        def.target.flushIntervalSec = 1;
        QVERIFY(creator.changeTarget(id.value(), def.target, QStringLiteral("test")).isOk());
        EngineProcess survivor(hdfs.env().catalogPath(), QString());
        QVERIFY2(hdfs.waitForRecords(8000, 120000), qPrintable(survivor.output()));
        survivor.process().terminate();
        QVERIFY(survivor.process().waitForFinished(60000));
        QCOMPARE(survivor.process().exitCode(), 0);
        const WarehouseReader after = hdfs.read();
        QCOMPARE(exactlyOnceProblem(after.offsetCounts(), TestKafka::endOffsets(topic, 2)), QString());
        QCOMPARE(after.tempFiles(), QStringList());
    }

    // FAULTS.md "A temp file left by a writer that lost its partition": a process frozen past
    // its session timeout (SIGSTOP) holds a partly uploaded temporary file; another process
    // takes over. When the first wakes up, none of its files may become visible.
    void frozenWriterIsFencedOff()
    {
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_frozen"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(3000, p, 300), p));
        TaskDefinition def = hdfs.definition(topic, 2);
        def.target.flushIntervalSec = 2;
        Engine creator(hdfs.catalog(), {});
        QVERIFY(creator.createTask(def, QStringLiteral("test")).isOk());
        EngineProcess sleeper(hdfs.env().catalogPath(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!hdfs.read().tempFiles().isEmpty(), 60000);
        sleeper.freeze();
        EngineProcess owner(hdfs.env().catalogPath(), QString());
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(200, 10 + p, 300), p));
        QVERIFY2(hdfs.waitForRecords(6400, 120000), qPrintable(owner.output()));
        sleeper.thaw();
        QTest::qWait(8000); // its flush interval is long past: it tries to commit, and must fail
        QCOMPARE(owner.terminate(), 0);
        sleeper.terminate();
        const WarehouseReader after = hdfs.read();
        QCOMPARE(after.fileNamesProblem(), QString());
        QCOMPARE(exactlyOnceProblem(after.offsetCounts(), TestKafka::endOffsets(topic, 2)), QString());
    }

    // Recovery costs a few calls per partition, not a walk of the table: a table with hundreds
    // of hourly folders (a year's worth would be thousands) is recovered with a handful of
    // listings, counted in the NameNode's audit log.
    void recoveryListsAFewFoldersNotTheWholeTable()
    {
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_recover"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(100, p), p));
        TaskDefinition def = hdfs.definition(topic, 2);
        def.target.flushIntervalSec = 1;
        constexpr int kHours = 300;
        for (int h = 0; h < kHours; ++h) {
            const QString folder = hdfs.table() + QStringLiteral("/dt=202501%1/hr=%2").arg(1 + h / 24, 2, 10, QChar(u'0')).arg(h % 24, 2, 10, QChar(u'0'));
            QCOMPARE(TestHdfs::call("PUT", folder, QStringLiteral("MKDIRS"), kUser).status, 200);
        }
        Engine::Options options;
        Engine engine(hdfs.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        // Progress is read from the engine, not the table: listing the table would count too.
        const auto committedUpTo = [&engine](qint64 offset) {
            int done = 0;
            for (const TaskSample &s : engine.latestSamples())
                for (const PartitionSnapshot &p : s.partitions) done += p.committedOffset >= offset ? 1 : 0;
            return done == 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(committedUpTo(100), 90000);

        const auto listings = [&hdfs] { return TestHdfs::auditedCalls(QStringLiteral("listStatus"), hdfs.table(), kUser); };
        const int before = listings();
        QVERIFY(before > kHours); // the first run walked the table
        QVERIFY(engine.restartTask(id, QStringLiteral("test")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(hdfs.catalog()->task(id)->status, TaskStatus::Running, 60000);
        for (int p = 0; p < 2; ++p) QVERIFY(TestKafka::produce(topic, orders(50, 10 + p), p));
        QTRY_VERIFY_WITH_TIMEOUT(committedUpTo(150), 90000);
        // Per partition: its staging folder and its commit entries.
        const int recoveryListings = listings() - before;
        QVERIFY2(recoveryListings <= 2 * 2, qPrintable(QStringLiteral("%1 listings for a recovery of 2 partitions").arg(recoveryListings)));
        engine.shutdown();
        const WarehouseReader reader = hdfs.read();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 150}, {1, 150}}), QString());
        QCOMPARE(reader.tempFiles(), QStringList());
    }

    void hdfsStoppedMidRunThenRestarted()
    {
        HdfsEngineEnv hdfs;
        const QString topic = TestKafka::uniqueName(QStringLiteral("hdfs_outage"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        QVERIFY(TestKafka::produce(topic, orders(200, 1), 0));
        QVERIFY(TestKafka::produce(topic, orders(200, 2), 1));
        const TaskDefinition def = hdfs.definition(topic, 2);
        Engine::Options options;
        options.firstRetryDelaySec = 1;
        options.maxRetryDelaySec = 4;
        Engine engine(hdfs.catalog(), options);
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QVERIFY(hdfs.waitForRecords(400, 60000));

        QVERIFY(TestHdfs::clusterControl(QStringLiteral("stop")));
        QVERIFY(TestKafka::produce(topic, orders(100, 3), 0));
        QVERIFY(TestKafka::produce(topic, orders(100, 4), 1));
        QTRY_COMPARE_WITH_TIMEOUT(hdfs.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const TaskRecord failed = hdfs.catalog()->task(id).value();
        QVERIFY2(failed.lastError.startsWith(QLatin1String("Cannot reach HDFS: ")) && failed.lastError.contains(TestHdfs::baseUrl()),
                 qPrintable(failed.lastError));
        QVERIFY(failed.nextRetryAt.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(hdfs.catalog()->task(id)->retryCount >= 2, 60000); // it keeps retrying

        QVERIFY(TestHdfs::clusterControl(QStringLiteral("start")));
        QVERIFY(TestKafka::produce(topic, orders(100, 5), 0));
        QVERIFY(TestKafka::produce(topic, orders(100, 6), 1));
        QTRY_COMPARE_WITH_TIMEOUT(hdfs.catalog()->task(id)->status, TaskStatus::Running, 90000);
        QVERIFY(hdfs.waitForRecords(800, 90000));
        engine.shutdown();
        const WarehouseReader reader = hdfs.read();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 400}, {1, 400}}), QString());
        QCOMPARE(reader.tempFiles(), QStringList());
        QStringList history;
        for (const TaskAction &a : hdfs.catalog()->actions(id).value()) history << a.action;
        QVERIFY(history.contains(QStringLiteral("Error")));
        QVERIFY(history.contains(QStringLiteral("Retry")));
    }
};

QTEST_GUILESS_MAIN(TestEngineHdfs)
#include "tst_engine_hdfs.moc"
