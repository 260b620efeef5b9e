// Hive Metastore registration against the real broker and a real Hive Metastore 4 (the
// `metastore` CTest fixture): tables, partitions, hour closing and outages, each checked with
// Hive's own Java client (TestMetastore), not with the engine's C++ Thrift code.

#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "TestMetastore.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"
#include "metastore/PartitionRegistrar.h"

#include <QFile>
#include <QUrl>
#include <QtTest>

using namespace outflow;

namespace {

const QString kWarehouse = QStringLiteral("hive_wh");

/// A warehouse beside the environment's own, on the same folder, that names the metastore.
bool addHiveWarehouse(EngineTestEnv &env)
{
    WarehouseConfig w;
    w.name = kWarehouse;
    w.kind = WarehouseConfig::Kind::Local;
    w.location = env.warehouseRoot();
    w.metastore = TestMetastore::url();
    return !w.metastore.isEmpty() && env.catalog()->saveWarehouse(w).isOk();
}

/// Order records whose event time `ts` (epoch ms) is in the hour starting `hourStart`.
QByteArrayList ordersAt(const QDateTime &hourStart, int count, int seed)
{
    QByteArrayList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("{\"id\":%1,\"city\":\"c%2\",\"ts\":%3}")
                   .arg(seed * 1000 + i)
                   .arg(i % 3)
                   .arg(hourStart.toMSecsSinceEpoch() + qint64(i) * 1000)
                   .toUtf8();
    return out;
}

QString folderOf(const QDateTime &hourStart) { return hourStart.toString(QStringLiteral("'dt='yyyyMMdd'/hr='HH")); }
QString valuesOf(const QDateTime &hourStart) { return hourStart.toString(QStringLiteral("yyyyMMdd'/'HH")); }

/// Reads the table until `done` holds for it, or a minute passed.
template <typename Done>
TestMetastore::Table waitForTable(const QString &db, const QString &table, Done done, int timeoutMs = 90000)
{
    QElapsedTimer clock;
    clock.start();
    TestMetastore::Table t;
    while (clock.elapsed() < timeoutMs) {
        t = TestMetastore::read(db, table);
        if (t.error.isEmpty() && done(t)) return t;
        QTest::qWait(1000);
    }
    return t;
}

bool hasAction(Catalog &catalog, const QString &taskId, const QString &action)
{
    auto all = catalog.actions(taskId);
    if (!all) return false;
    for (const TaskAction &a : all.value())
        if (a.action == action) return true;
    return false;
}

} // namespace

class TestHiveMetastore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestMetastore::url().isEmpty(), "the metastore fixture is not running"); }

    void tableHasTheStorageOfTheFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("serde");
        QTest::addColumn<QString>("inputFormat");
        QTest::addColumn<QStringList>("columns"); // name:type
        QTest::newRow("parquet") << "parquet" << "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
                                 << "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"
                                 << QStringList{"id:bigint", "city:string", "ts:timestamp"};
        QTest::newRow("orc") << "orc" << "org.apache.hadoop.hive.ql.io.orc.OrcSerde" << "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat"
                             << QStringList{"id:bigint", "city:string", "ts:timestamp"};
        QTest::newRow("delimited") << "delimited" << "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
                                   << "org.apache.hadoop.mapred.TextInputFormat" << QStringList{"id:string", "city:string"};
        QTest::newRow("json") << "json" << "org.apache.hive.hcatalog.data.JsonSerDe" << "org.apache.hadoop.mapred.TextInputFormat"
                              << QStringList{"topic:string", "partition:int", "offset:bigint", "timestamp:bigint", "key:string",
                                             "headers:array<struct<key:string,value:string>>", "value:string"};
        QTest::newRow("raw") << "raw" << "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
                             << "org.apache.hadoop.mapred.TextInputFormat" << QStringList{"line:string"};
    }
    void tableHasTheStorageOfTheFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, serde);
        QFETCH(QString, inputFormat);
        QFETCH(QStringList, columns);
        EngineTestEnv env;
        QVERIFY(addHiveWarehouse(env));
        const QString topic = TestKafka::uniqueName(QStringLiteral("hive_fmt"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const QDateTime hour(QDate(2024, 3, 5), QTime(7, 0), QTimeZone::utc());
        QVERIFY(TestKafka::produce(topic, ordersAt(hour, 5, 1), 0));

        TaskDefinition def = env.definition(topic);
        def.target.warehouse = kWarehouse;
        def.target.partitionBy = {QStringLiteral("ts"), TimeFormat::EpochMs};
        if (format == QLatin1String("parquet") || format == QLatin1String("orc")) {
            def.target.format = format == QLatin1String("parquet") ? RecordFormat::Parquet : RecordFormat::Orc;
            def.target.columns = {{QStringLiteral("id"), ColumnType::Int64, QStringLiteral("id"), ColumnMeta::None, true},
                                  {QStringLiteral("city"), ColumnType::String, QStringLiteral("city"), ColumnMeta::None, true},
                                  {QStringLiteral("ts"), ColumnType::TimestampMs, QStringLiteral("ts"), ColumnMeta::None, true}};
        } else if (format == QLatin1String("delimited")) {
            def.target.format = RecordFormat::Delimited;
            def.target.fields = {QStringLiteral("id"), QStringLiteral("city")};
            def.target.separator = QStringLiteral(",");
        } else {
            def.target.format = format == QLatin1String("json") ? RecordFormat::Json : RecordFormat::Raw;
        }
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());

        const TestMetastore::Table t =
            waitForTable(QStringLiteral("b_test"), def.target.tid, [](const TestMetastore::Table &t) { return !t.partitions.isEmpty(); });
        engine.shutdown();
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY(t.exists);
        QCOMPARE(t.type, QStringLiteral("EXTERNAL_TABLE"));
        QCOMPARE(t.serde, serde);
        QCOMPARE(t.inputFormat, inputFormat);
        // Hive spells file:///x as file:/x; the folder is what matters.
        QCOMPARE(QUrl(t.location).scheme(), QStringLiteral("file"));
        QCOMPARE(QUrl(t.location).path(), env.tableDir(def.target.bid, def.target.tid));
        QStringList got;
        for (const auto &c : t.columns) got << c.first + u':' + c.second;
        QCOMPARE(got, columns);
        QCOMPARE(t.keys, (QList<QPair<QString, QString>>{{QStringLiteral("dt"), QStringLiteral("string")},
                                                          {QStringLiteral("hr"), QStringLiteral("string")}}));
        if (format == QLatin1String("delimited")) {
            QCOMPARE(t.serdeParameters.value(QStringLiteral("field.delim")), QStringLiteral(","));
            QCOMPARE(t.serdeParameters.value(QStringLiteral("serialization.null.format")), QStringLiteral("\\N"));
        }
        QCOMPARE(t.partitionValues(), QStringList{valuesOf(hour)});
        QCOMPARE(t.partitions.first().location, t.location + u'/' + folderOf(hour));
    }

    void partitionsFollowCommitsAndHoursClose()
    {
        EngineTestEnv env;
        QVERIFY(addHiveWarehouse(env));
        const QString topic = TestKafka::uniqueName(QStringLiteral("hive_close"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        const QDateTime h1(QDate(2024, 1, 2), QTime(5, 0), QTimeZone::utc());
        const QDateTime h2 = h1.addSecs(3 * 3600);
        // An hour that is not over: it must stay open.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime future(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
        const QDateTime h3 = future.addSecs(2 * 3600);
        QVERIFY(TestKafka::produce(topic, ordersAt(h1, 10, 1) + ordersAt(h2, 10, 2), 0));
        QVERIFY(TestKafka::produce(topic, ordersAt(h1, 10, 3) + ordersAt(h3, 3, 4), 1));

        TaskDefinition def = env.definition(topic);
        def.target.warehouse = kWarehouse;
        def.target.partitionBy = {QStringLiteral("ts"), TimeFormat::EpochMs};
        def.target.closeGraceSec = 0;
        QString id;
        {
            Engine engine(env.catalog(), {});
            id = EngineTestEnv::start(engine, def);
            QVERIFY(!id.isEmpty());
            const TestMetastore::Table t = waitForTable(QStringLiteral("b_test"), def.target.tid, [&](const TestMetastore::Table &t) {
                int closed = 0;
                for (const auto &p : t.partitions) closed += p.closed ? 1 : 0;
                return t.partitions.size() == 3 && closed == 2;
            });
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            QCOMPARE(t.partitionValues(), (QStringList{valuesOf(h1), valuesOf(h2), valuesOf(h3)}));
            for (const auto &p : t.partitions) {
                QCOMPARE(p.closed, p.values != valuesOf(h3)); // h1, h2: both partitions are past them
                const QString folder = QStringLiteral("dt=%1/hr=%2").arg(p.values.left(8), p.values.mid(9));
                QCOMPARE(QFile::exists(env.tableDir(def.target.bid, def.target.tid) + u'/' + folder + QStringLiteral("/_SUCCESS")), p.closed);
            }
            QVERIFY(hasAction(*env.catalog(), id, QStringLiteral("Hive table created")));
            engine.shutdown();
        }
        // A second run writing into the same hours registers nothing twice and fails nothing.
        QVERIFY(TestKafka::produce(topic, ordersAt(h1, 5, 5) + ordersAt(h2, 5, 6), 0));
        {
            Engine engine(env.catalog(), {});
            engine.run();
            WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
            QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 43, 60000);
            QTest::qWait(3000); // the registration round after the commits
            engine.shutdown();
            QCOMPARE(env.catalog()->task(id)->status, TaskStatus::Running);
        }
        const TestMetastore::Table again = TestMetastore::read(QStringLiteral("b_test"), def.target.tid);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.partitionValues(), (QStringList{valuesOf(h1), valuesOf(h2), valuesOf(h3)}));
        QVERIFY(!hasAction(*env.catalog(), id, QStringLiteral("Hive registration waits")));
    }

    void metastoreDownNeverStopsTheSinkAndPartitionsCatchUp()
    {
        EngineTestEnv env;
        QVERIFY(addHiveWarehouse(env));
        const QString topic = TestKafka::uniqueName(QStringLiteral("hive_down"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const QDateTime h1(QDate(2024, 6, 1), QTime(10, 0), QTimeZone::utc());
        const QDateTime h2 = h1.addSecs(3600);
        QVERIFY(TestKafka::produce(topic, ordersAt(h1, 20, 1) + ordersAt(h2, 20, 2), 0));
        TaskDefinition def = env.definition(topic);
        def.target.warehouse = kWarehouse;
        def.target.partitionBy = {QStringLiteral("ts"), TimeFormat::EpochMs};

        QVERIFY(TestMetastore::control(QStringLiteral("stop")));
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        const QString table = env.tableDir(def.target.bid, def.target.tid);
        WarehouseReader reader(table);
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 40, 60000);
        // The gap is visible: the pending list beside the table, the gauge, the action history.
        const QString pending = table + QStringLiteral("/_outflow/") + PartitionRegistrar::pendingFileName();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pending), 30000);
        QFile f(pending);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts), (QStringList{folderOf(h1), folderOf(h2)}));
        QTRY_VERIFY_WITH_TIMEOUT(hasAction(*env.catalog(), id, QStringLiteral("Hive registration waits")), 30000);
        QCOMPARE(env.catalog()->task(id)->status, TaskStatus::Running);

        QVERIFY(TestMetastore::control(QStringLiteral("start")));
        const TestMetastore::Table t =
            waitForTable(QStringLiteral("b_test"), def.target.tid, [](const TestMetastore::Table &t) { return t.partitions.size() == 2; });
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.partitionValues(), (QStringList{valuesOf(h1), valuesOf(h2)}));
        QTRY_VERIFY_WITH_TIMEOUT(hasAction(*env.catalog(), id, QStringLiteral("Hive registration caught up")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(pending), 30000);
        engine.shutdown();
        QCOMPARE(reader.offsetCounts().size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestHiveMetastore)
#include "tst_hive_metastore.moc"
