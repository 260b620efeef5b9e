// The Hive table a task asks for (HiveTable::forTask), and when an existing one cannot take
// its files (HiveTable::mismatch): no metastore needed, tst_hive_metastore covers the real one.

#include "metastore/HiveTable.h"

#include <QtTest>

using namespace outflow;

namespace {
WarehouseConfig localWarehouse()
{
    WarehouseConfig w;
    w.name = QStringLiteral("wh");
    w.location = QStringLiteral("/data/wh/");
    return w;
}

TargetSpec target(RecordFormat format)
{
    TargetSpec t;
    t.bid = QStringLiteral("B_Shop");
    t.tid = QStringLiteral("Orders");
    t.format = format;
    return t;
}

const QList<HiveColumn> kKeys = {{QStringLiteral("dt"), QStringLiteral("string")}, {QStringLiteral("hr"), QStringLiteral("string")}};
} // namespace

class TestHiveTable final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locations()
    {
        QCOMPARE(HiveTable::tableLocation(localWarehouse(), QStringLiteral("b"), QStringLiteral("t")), QStringLiteral("file:///data/wh/b/t"));
        WarehouseConfig hdfs{QStringLiteral("h"), WarehouseConfig::Kind::Hdfs, QStringLiteral("http://nn.example:9870/warehouse"),
                             QStringLiteral("etl")};
        QCOMPARE(HiveTable::tableLocation(hdfs, QStringLiteral("b"), QStringLiteral("t")),
                 QStringLiteral("webhdfs://nn.example:9870/warehouse/b/t"));
    }

    void typedColumnsBecomeHiveTypes()
    {
        TargetSpec t = target(RecordFormat::Parquet);
        t.columns = {{QStringLiteral("Id"), ColumnType::Int64, {}, ColumnMeta::None, false},
                     {QStringLiteral("n"), ColumnType::Int32, {}, ColumnMeta::None, true},
                     {QStringLiteral("amount"), ColumnType::Double, {}, ColumnMeta::None, true},
                     {QStringLiteral("ok"), ColumnType::Boolean, {}, ColumnMeta::None, true},
                     {QStringLiteral("ts"), ColumnType::TimestampMs, {}, ColumnMeta::None, true},
                     {QStringLiteral("day"), ColumnType::Date, {}, ColumnMeta::None, true},
                     {QStringLiteral("k"), ColumnType::Binary, {}, ColumnMeta::Key, true},
                     {QStringLiteral("city"), ColumnType::String, QStringLiteral("buyer.city"), ColumnMeta::None, true}};
        const HiveTable h = HiveTable::forTask(t, localWarehouse());
        QCOMPARE(h.database, QStringLiteral("b_shop")); // Hive folds names to lower case
        QCOMPARE(h.table, QStringLiteral("orders"));
        QCOMPARE(h.location, QStringLiteral("file:///data/wh/B_Shop/Orders"));
        QCOMPARE(h.columns, (QList<HiveColumn>{{"id", "bigint"}, {"n", "int"}, {"amount", "double"}, {"ok", "boolean"},
                                               {"ts", "timestamp"}, {"day", "date"}, {"k", "binary"}, {"city", "string"}}));
        QCOMPARE(h.serdeLibrary, QStringLiteral("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"));
        t.format = RecordFormat::Orc;
        QCOMPARE(HiveTable::forTask(t, localWarehouse()).serdeLibrary, QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcSerde"));
    }

    void delimitedTextTakesTheSeparatorAndHiveNull()
    {
        TargetSpec t = target(RecordFormat::Delimited);
        t.fields = {QStringLiteral("a"), QStringLiteral("b")};
        t.separator = QStringLiteral("\t");
        const HiveTable h = HiveTable::forTask(t, localWarehouse());
        QCOMPARE(h.columns, (QList<HiveColumn>{{"a", "string"}, {"b", "string"}}));
        QCOMPARE(h.serdeLibrary, QStringLiteral("org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"));
        QCOMPARE(h.serdeParameters.value(QStringLiteral("field.delim")), QStringLiteral("\t"));
        QCOMPARE(h.serdeParameters.value(QStringLiteral("serialization.null.format")), QStringLiteral("\\N"));
        // Typed delimited columns keep their types.
        t.columns = {{QStringLiteral("a"), ColumnType::Int64, {}, ColumnMeta::None, true}};
        QCOMPARE(HiveTable::forTask(t, localWarehouse()).columns, (QList<HiveColumn>{{"a", "bigint"}}));
    }

    void jsonLinesAndRaw()
    {
        const HiveTable json = HiveTable::forTask(target(RecordFormat::Json), localWarehouse());
        QCOMPARE(json.serdeLibrary, QStringLiteral("org.apache.hive.hcatalog.data.JsonSerDe"));
        QCOMPARE(json.columns.size(), 7);
        QCOMPARE(json.columns.last(), (HiveColumn{"value", "string"}));
        const HiveTable raw = HiveTable::forTask(target(RecordFormat::Raw), localWarehouse());
        QCOMPARE(raw.columns, (QList<HiveColumn>{{"line", "string"}}));
        QCOMPARE(raw.inputFormat, QStringLiteral("org.apache.hadoop.mapred.TextInputFormat"));
    }

    void mismatch_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("problem");
        QTest::newRow("same") << 0 << "";
        QTest::newRow("managed") << 1 << "is not an external table";
        QTest::newRow("other keys") << 2 << "partitioned by (dt string), not by (dt string, hr string)";
        QTest::newRow("other columns") << 3 << "exists with columns (id bigint); this task writes (id bigint, city string)";
        QTest::newRow("other storage") << 4 << "stored with org.apache.hadoop.hive.ql.io.orc.OrcSerde";
        QTest::newRow("other folder") << 5 << "not at the task's folder file:///data/wh/B_Shop/Orders";
        QTest::newRow("other host spelling") << 6 << "";
    }
    void mismatch()
    {
        QFETCH(int, change);
        QFETCH(QString, problem);
        TargetSpec t = target(RecordFormat::Parquet);
        t.columns = {{QStringLiteral("id"), ColumnType::Int64, {}, ColumnMeta::None, true},
                     {QStringLiteral("city"), ColumnType::String, {}, ColumnMeta::None, true}};
        const HiveTable wanted = HiveTable::forTask(t, localWarehouse());
        HiveTable existing = wanted;
        QList<HiveColumn> keys = kKeys;
        bool external = true;
        switch (change) {
        case 1: external = false; break;
        case 2: keys.removeLast(); break;
        case 3: existing.columns.removeLast(); break;
        case 4:
            t.format = RecordFormat::Orc;
            existing = HiveTable::forTask(t, localWarehouse());
            break;
        case 5: existing.location = QStringLiteral("file:///elsewhere/orders"); break;
        case 6: existing.location = QStringLiteral("file:/data/wh/B_Shop/Orders"); break; // how Hive may write it back
        default: break;
        }
        const QString got = wanted.mismatch(existing, keys, external);
        if (problem.isEmpty()) QCOMPARE(got, QString());
        else QVERIFY2(got.contains(problem), qPrintable(got));
        if (!problem.isEmpty()) QVERIFY(got.startsWith(QLatin1String("Hive table b_shop.orders ")));
    }

    void partitionsOfBucketFoldersOnly()
    {
        const auto p = HivePartition::fromFolder(QStringLiteral("dt=20240105/hr=07"), QStringLiteral("file:///t"));
        QVERIFY(p);
        QCOMPARE(p->dt, QStringLiteral("20240105"));
        QCOMPARE(p->hr, QStringLiteral("07"));
        QCOMPARE(p->location, QStringLiteral("file:///t/dt=20240105/hr=07"));
        QCOMPARE(p->name(), QStringLiteral("dt=20240105/hr=07"));
        QVERIFY(!HivePartition::fromFolder(QStringLiteral("_deadletter/dt=20240105/hr=07"), QString()));
        QVERIFY(!HivePartition::fromFolder(QStringLiteral("dt=2024015/hr=7"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestHiveTable)
#include "tst_hivetable.moc"
