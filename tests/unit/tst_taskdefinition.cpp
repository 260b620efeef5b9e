#include "catalog/TaskDefinition.h"

#include <QJsonDocument>
#include <QtTest>

// No raw string literals here: moc of Qt 6.4 loses the test class after them.

using namespace outflow;

namespace {
const QByteArray kExample = "{\n"
"  \"name\": \"orders_to_tdw\",\n"
"  \"source\": { \"cluster\": \"local\", \"topic\": \"orders\", \"start\": \"earliest\" },\n"
"  \"target\": { \"warehouse\": \"local\", \"bid\": \"b_demo\", \"tid\": \"orders\",\n"
"              \"format\": \"json\", \"gzip\": false, \"fields\": [], \"separator\": \"|\",\n"
"              \"maxFileBytes\": 524288000, \"flushIntervalSec\": 60,\n"
"              \"timezone\": \"UTC\", \"badRecords\": \"skip\" },\n"
"  \"parallelism\": 4\n"
"}";
}

class TestTaskDefinition final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDocumentedExample()
    {
        auto def = TaskDefinition::fromJsonBytes(kExample);
        QVERIFY2(def.isOk(), qPrintable(def.error()));
        QCOMPARE(def->name, QStringLiteral("orders_to_tdw"));
        QCOMPARE(def->source.topic, QStringLiteral("orders"));
        QCOMPARE(def->target.bid, QStringLiteral("b_demo"));
        QCOMPARE(def->target.maxFileBytes, 524288000);
        QCOMPARE(def->parallelism, 4);
    }

    void roundTrips()
    {
        auto def = TaskDefinition::fromJsonBytes(kExample);
        QVERIFY(def.isOk());
        TaskDefinition changed = def.value();
        changed.target.format = RecordFormat::Delimited;
        changed.target.fields = {QStringLiteral("id"), QStringLiteral("amount")};
        changed.target.compression = Compression::Gzip;
        changed.target.badRecords = BadRecordPolicy::DeadLetter;
        auto again = TaskDefinition::fromJson(changed.toJson());
        QVERIFY2(again.isOk(), qPrintable(again.error()));
        QCOMPARE(again.value(), changed);
    }

    void defaultsApply()
    {
        auto def = TaskDefinition::fromJsonBytes(
            "{\"name\":\"t\",\"source\":{\"cluster\":\"c\",\"topic\":\"x\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\"}}");
        QVERIFY2(def.isOk(), qPrintable(def.error()));
        QCOMPARE(def->source.start, QStringLiteral("earliest"));
        QCOMPARE(def->target.maxFileBytes, TargetSpec::kDefaultMaxFileBytes);
        QCOMPARE(def->target.flushIntervalSec, 60);
        QCOMPARE(def->parallelism, 1);
        QCOMPARE(def->target.closeGraceSec, TargetSpec::kDefaultCloseGraceSec);
        // Not written while it has its default: older definitions read back unchanged.
        QVERIFY(!def->toJson().value(QStringLiteral("target")).toObject().contains(QStringLiteral("closeGraceSec")));
    }

    void closeGraceRoundTrips()
    {
        auto def = TaskDefinition::fromJsonBytes(
            "{\"name\":\"t\",\"source\":{\"cluster\":\"c\",\"topic\":\"x\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\",\"closeGraceSec\":0}}");
        QVERIFY2(def.isOk(), qPrintable(def.error()));
        QCOMPARE(def->target.closeGraceSec, 0);
        auto again = TaskDefinition::fromJson(def->toJson());
        QVERIFY2(again.isOk(), qPrintable(again.error()));
        QCOMPARE(again.value(), def.value());
    }

    void columnarDefinitionsRoundTrip()
    {
        auto def = TaskDefinition::fromJsonBytes(
            "{\"name\":\"n\",\"source\":{\"cluster\":\"c\",\"topic\":\"t\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\","
            "\"format\":\"orc\",\"compression\":\"snappy\",\"columns\":[{\"name\":\"city\",\"type\":\"string\",\"path\":\"buyer.city\"},"
            "{\"name\":\"id\",\"type\":\"int64\",\"nullable\":false},{\"name\":\"k\",\"type\":\"binary\",\"meta\":\"key\"}]}}");
        QVERIFY2(def, qPrintable(def.error()));
        QCOMPARE(def->target.format, RecordFormat::Orc);
        QCOMPARE(def->target.compression, Compression::Snappy);
        QCOMPARE(def->target.columns.size(), 3);
        QCOMPARE(def->target.columns.at(0).path, QStringLiteral("buyer.city"));
        QCOMPARE(def->target.columns.at(1).path, QStringLiteral("id")); // the name by default
        QVERIFY(!def->target.columns.at(1).nullable);
        QCOMPARE(def->target.columns.at(2).meta, ColumnMeta::Key);
        auto again = TaskDefinition::fromJson(def->toJson());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value(), def.value());
    }

    void fieldsAreShorthandForStringColumns()
    {
        auto def = TaskDefinition::fromJsonBytes(
            "{\"name\":\"n\",\"source\":{\"cluster\":\"c\",\"topic\":\"t\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\","
            "\"format\":\"parquet\",\"fields\":[\"a\",\"b\"],\"gzip\":true}}");
        QVERIFY2(def, qPrintable(def.error()));
        QCOMPARE(def->target.columns.size(), 2);
        QCOMPARE(def->target.columns.at(1).name, QStringLiteral("b"));
        QCOMPARE(def->target.columns.at(1).type, ColumnType::String);
        QCOMPARE(def->target.compression, Compression::Gzip); // the old flag still means gzip
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray base = "{\"name\":\"t\",\"source\":{\"cluster\":\"c\",\"topic\":\"x\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\"}}";
        auto with = [&](const QByteArray &from, const QByteArray &to) { return QByteArray(base).replace(from, to); };
        QTest::newRow("not json") << QByteArray("{") << "task definition is not valid JSON";
        QTest::newRow("unknown top") << with("\"name\"", "\"colour\":1,\"name\"") << "unknown field \"colour\" in ";
        QTest::newRow("unknown target") << with("\"bid\"", "\"bucket\":1,\"bid\"") << "unknown field \"bucket\" in target";
        QTest::newRow("missing topic") << with("\"topic\":\"x\"", "\"start\":\"latest\"") << "missing field \"source.topic\"";
        QTest::newRow("bad bid") << with("\"bid\":\"b\"", "\"bid\":\"../etc\"") << "BID contains '.' at position 1";
        QTest::newRow("bad format") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"format\":\"avro\"") << "target.format must be json, raw, delimited, parquet or orc";
        QTest::newRow("parquet without columns") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"format\":\"parquet\"") << "The parquet format needs at least one column";
        const QByteArray parquet = "\"tid\":\"t\",\"format\":\"parquet\",\"columns\":";
        QTest::newRow("column type") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"a\",\"type\":\"uint8\"}]") << "target.columns[0].type must be string, int32";
        QTest::newRow("column field") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"a\",\"type\":\"string\",\"colour\":1}]") << "unknown field \"colour\" in target.columns[0]";
        QTest::newRow("column twice") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"A\",\"type\":\"int64\"}]") << "Column \"A\" is named twice";
        QTest::newRow("column name") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"a b\",\"type\":\"string\"}]") << "Column name \"a b\" contains a space";
        QTest::newRow("meta type") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"o\",\"type\":\"string\",\"meta\":\"offset\"}]") << "holds the record's offset, which does not fit type string";
        QTest::newRow("meta and path") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"o\",\"type\":\"int64\",\"meta\":\"offset\",\"path\":\"o\"}]") << "has both a path and meta";
        QTest::newRow("unknown meta") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"o\",\"type\":\"int64\",\"meta\":\"headers\"}]") << "meta must be topic, partition, offset, timestamp or key";
        QTest::newRow("empty path segment") << with("\"tid\":\"t\"", parquet + "[{\"name\":\"c\",\"type\":\"string\",\"path\":\"buyer..city\"}]") << "a path is field names joined by dots";
        QTest::newRow("columns for json") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"columns\":[{\"name\":\"a\",\"type\":\"string\"}]") << "target.columns apply to the parquet, orc and delimited formats";
        QTest::newRow("snappy text") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"compression\":\"snappy\"") << "snappy compression is for the parquet and orc formats";
        QTest::newRow("bad compression") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"compression\":\"lzma\"") << "target.compression must be none, gzip, zstd or snappy";
        QTest::newRow("gzip and zstd") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"gzip\":true,\"compression\":\"zstd\"") << "target.gzip is true but target.compression is \"zstd\"";
        QTest::newRow("bad policy") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"badRecords\":\"ignore\"") << "target.badRecords must be skip, deadletter or fail";
        QTest::newRow("delimited without fields") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"format\":\"delimited\"") << "needs at least one field";
        QTest::newRow("string parallelism") << with("\"name\"", "\"parallelism\":\"4\",\"name\"") << "field \"parallelism\" must be a whole number";
        QTest::newRow("fractional") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"flushIntervalSec\":1.5") << "field \"target.flushIntervalSec\" must be a whole number";
        QTest::newRow("timezone") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"timezone\":\"Mars/Base\"") << "Time zone \"Mars/Base\" is not known";
        QTest::newRow("close grace") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"closeGraceSec\":-1") << "closeGraceSec must be 0 to 86400, not -1";
        QTest::newRow("start") << with("\"topic\":\"x\"", "\"topic\":\"x\",\"start\":\"soon\"") << "Start position \"soon\" is not earliest";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto def = TaskDefinition::fromJsonBytes(json);
        QVERIFY(!def.isOk());
        QVERIFY2(def.error().contains(error), qPrintable(def.error()));
    }
};

QTEST_GUILESS_MAIN(TestTaskDefinition)
#include "tst_taskdefinition.moc"
