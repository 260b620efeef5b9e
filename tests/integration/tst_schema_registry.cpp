// Avro values in the Confluent wire format, produced by fastavro against a real schema registry
// (Apicurio Registry's Confluent API), decoded by the engine on the way into the warehouse:
// JSON lines and Parquet columns hold the decoded values; an unknown schema id is a bad record;
// a registry that is down stops the task in Error and, once it is back, nothing is lost or doubled.
#include "ColumnarReader.h"
#include "EngineCli.h"
#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "TestRegistry.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace outflow;

namespace {

const QByteArray kOrderSchema =
    "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":["
    "{\"name\":\"id\",\"type\":\"long\"},"
    "{\"name\":\"amount\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":12,\"scale\":2}},"
    "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null},"
    "{\"name\":\"ts\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
    "{\"name\":\"day\",\"type\":{\"type\":\"int\",\"logicalType\":\"date\"}},"
    "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\",\"PAID\"]}},"
    "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}}]}";

/// The JSON fastavro encodes for order `n`, and the JSON Outflow should decode it to.
QByteArray orderRecord(int n)
{
    return QStringLiteral("{\"id\": %1, \"amount\": %2.05, \"note\": %3, \"ts\": %4, \"day\": 20789, \"status\": \"%5\", \"tags\": [\"t%1\"]}")
        .arg(9007199254740993LL + n)
        .arg(n)
        .arg(n % 2 ? QStringLiteral("\"\u6df1\u5733 %1\"").arg(n) : QStringLiteral("null"))
        .arg(1767323045000LL + n)
        .arg(n % 2 ? QStringLiteral("PAID") : QStringLiteral("NEW"))
        .toUtf8();
}
QByteArray decodedOrder(int n)
{
    return QStringLiteral("{\"id\":%1,\"amount\":%2.05,\"note\":%3,\"ts\":\"%4\",\"day\":\"2026-12-02\",\"status\":\"%5\",\"tags\":[\"t%1\"]}")
        .arg(9007199254740993LL + n)
        .arg(n)
        .arg(n % 2 ? QStringLiteral("\"\u6df1\u5733 %1\"").arg(n) : QStringLiteral("null"))
        .arg(QDateTime::fromMSecsSinceEpoch(1767323045000LL + n, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z')
        .arg(n % 2 ? QStringLiteral("PAID") : QStringLiteral("NEW"))
        .toUtf8();
}

/// The `"value":…` text of a json-format line: compared as text, so every digit counts.
QByteArray valueText(const QByteArray &line)
{
    const qsizetype at = line.indexOf(",\"value\":");
    return at < 0 ? QByteArray() : line.mid(at + 9, line.size() - at - 10);
}

Engine::Options quickRetries()
{
    Engine::Options o;
    o.firstRetryDelaySec = 1;
    o.maxRetryDelaySec = 2;
    return o;
}

} // namespace

class TestSchemaRegistry : public QObject
{
    Q_OBJECT

private:
    /// The test cluster, with the fixture registry named.
    static void useRegistry(EngineTestEnv &env, const QString &url)
    {
        ClusterConfig cluster = TestKafka::cluster();
        cluster.schemaRegistryUrl = url;
        QVERIFY(env.catalog()->saveCluster(cluster).isOk());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!TestRegistry::url().isEmpty(), "no registry: run through ctest"); }

    // Decoded values in the json format; a JSON value on the same topic passes through; a
    // value with an id the registry does not have is dead-lettered with the reason.
    void avroValuesAreWrittenDecoded()
    {
        EngineTestEnv env;
        useRegistry(env, TestRegistry::url());
        const QString topic = TestKafka::uniqueName(QStringLiteral("avro_json"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList records;
        for (int n = 0; n < 20; ++n) records << orderRecord(n);
        const TestRegistry::Encoded encoded = TestRegistry::encode(topic + QStringLiteral("-value"), kOrderSchema, records);
        QVERIFY(encoded.schemaId >= 0);
        QByteArrayList values = encoded.values;
        values.insert(5, QByteArrayLiteral("{\"plain\":true}"));                  // offset 5: not the wire format
        values.insert(6, QByteArray::fromHex("000098967f") + encoded.values.at(0).mid(5)); // offset 6: id 9999999
        QVERIFY(TestKafka::produce(topic, values, 0));

        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        def.target.badRecords = BadRecordPolicy::DeadLetter;
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 21, 60000);

        QHash<qint64, QByteArray> byOffset;
        for (const WarehouseLine &l : reader.lines()) {
            const QJsonObject o = QJsonDocument::fromJson(l.line).object();
            byOffset.insert(qint64(o.value(QStringLiteral("offset")).toDouble()), valueText(l.line));
        }
        QCOMPARE(byOffset.size(), 21);
        QCOMPARE(byOffset.value(5), QByteArray("{\"plain\":true}"));
        for (int n = 0; n < 20; ++n) QCOMPARE(byOffset.value(n < 5 ? n : n + 2), decodedOrder(n));

        const QList<WarehouseLine> dead = reader.lines(true);
        QCOMPARE(dead.size(), 1);
        const QJsonObject letter = QJsonDocument::fromJson(dead.constFirst().line).object();
        QCOMPARE(qint64(letter.value(QStringLiteral("offset")).toDouble()), 6);
        QVERIFY2(letter.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("schema id 9999999 is not in the schema registry")),
                 qPrintable(letter.value(QStringLiteral("error")).toString()));
        QCOMPARE(env.catalog()->task(id)->status, TaskStatus::Running);
    }

    // outflow-engine task messages shows the values as the task wrote them: decoded with the
    // schema the registry has for their id, and a plain JSON value as it is.
    void cliMessagesAreDecoded()
    {
        EngineTestEnv env;
        useRegistry(env, TestRegistry::url());
        const QString topic = TestKafka::uniqueName(QStringLiteral("avro_cli"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList records;
        for (int n = 0; n < 8; ++n) records << orderRecord(n);
        const TestRegistry::Encoded encoded = TestRegistry::encode(topic + QStringLiteral("-value"), kOrderSchema, records);
        QVERIFY(encoded.schemaId >= 0);
        QByteArrayList values = encoded.values;
        values.insert(6, QByteArrayLiteral("{\"plain\":true}"));
        QVERIFY(TestKafka::produce(topic, values, 0));
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 9, 60000);

        const EngineCli cli = EngineCli::run(env.catalogPath(), {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--partition"),
                                                              QStringLiteral("0"), QStringLiteral("--last"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        const QJsonArray shown = QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("records")).toArray();
        QCOMPARE(shown.size(), 5); // offsets 4..8: orders 4 and 5, the plain value, orders 6 and 7
        for (int i = 0; i < 5; ++i) {
            const QJsonObject r = shown.at(i).toObject();
            const qint64 offset = 4 + i;
            QCOMPARE(r.value(QStringLiteral("offset")).toInteger(), offset);
            if (offset == 6) {
                QCOMPARE(r.value(QStringLiteral("value")).toString(), QStringLiteral("{\"plain\":true}"));
                QVERIFY(!r.contains(QStringLiteral("decoding")));
                continue;
            }
            QCOMPARE(r.value(QStringLiteral("value")).toString().toUtf8(), decodedOrder(int(offset < 6 ? offset : offset - 1)));
            QCOMPARE(r.value(QStringLiteral("decoding")).toString(), QStringLiteral("Avro, schema id %1 from the schema registry").arg(encoded.schemaId));
        }
        engine.shutdown();
    }

    // Typed columns read the decoded value: a Parquet table DuckDB reads back row by row.
    void avroValuesBecomeParquetColumns()
    {
        EngineTestEnv env;
        useRegistry(env, TestRegistry::url());
        const QString topic = TestKafka::uniqueName(QStringLiteral("avro_parquet"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList records;
        for (int n = 0; n < 10; ++n) records << orderRecord(n);
        const TestRegistry::Encoded encoded = TestRegistry::encode(topic + QStringLiteral("-value"), kOrderSchema, records);
        QVERIFY(encoded.schemaId >= 0);
        QVERIFY(TestKafka::produce(topic, encoded.values, 0));

        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        def.target.format = RecordFormat::Parquet;
        def.target.columns = {ColumnSpec{QStringLiteral("id"), ColumnType::Int64, QStringLiteral("id")},
                              ColumnSpec{QStringLiteral("amount"), ColumnType::Double, QStringLiteral("amount")},
                              ColumnSpec{QStringLiteral("note"), ColumnType::String, QStringLiteral("note")},
                              ColumnSpec{QStringLiteral("ts"), ColumnType::TimestampMs, QStringLiteral("ts")},
                              ColumnSpec{QStringLiteral("day"), ColumnType::Date, QStringLiteral("day")},
                              ColumnSpec{QStringLiteral("status"), ColumnType::String, QStringLiteral("status")}};
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 10, 60000);
        engine.shutdown();
        const QStringList files = WarehouseReader(env.tableDir(def.target.bid, def.target.tid)).dataFiles();
        QCOMPARE(files.size(), 1);
        const ColumnarFile table = readColumnarFile(files.constFirst());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.size(), 10);
        for (int n = 0; n < 10; ++n) {
            const QJsonArray row = table.rows.at(n);
            QCOMPARE(QJsonDocument(QJsonArray{row.at(0)}).toJson(QJsonDocument::Compact),
                     QByteArray("[") + QByteArray::number(9007199254740993LL + n) + "]");
            QCOMPARE(row.at(1).toDouble(), QStringLiteral("%1.05").arg(n).toDouble());
            QCOMPARE(row.at(2).toString(), n % 2 ? QStringLiteral("\u6df1\u5733 %1").arg(n) : QString());
            QCOMPARE(row.at(2).isNull(), n % 2 == 0);
            QCOMPARE(qint64(row.at(3).toDouble()), 1767323045000LL + n);
            QCOMPARE(row.at(4).toString(), QStringLiteral("2026-12-02"));
            QCOMPARE(row.at(5).toString(), n % 2 ? QStringLiteral("PAID") : QStringLiteral("NEW"));
        }
    }

    // A registry behind HTTP basic auth: a wrong password stops the task in Error with the
    // registry's answer (nothing is written as if decoded); the right one decodes.
    void basicAuthCredentialsGoToTheRegistry()
    {
        QTemporaryDir state;
        const QString securedUrl = TestRegistry::startSecured(state.path(), QStringLiteral("outflow"), QStringLiteral("s3cret"));
        QVERIFY(!securedUrl.isEmpty());
        const auto cleanup = qScopeGuard([&] { TestRegistry::cleanSecured(state.path()); });
        EngineTestEnv env;
        ClusterConfig cluster = TestKafka::cluster();
        cluster.schemaRegistryUrl = securedUrl;
        cluster.schemaRegistryUsername = QStringLiteral("outflow");
        cluster.schemaRegistryPassword = QStringLiteral("wrong");
        QVERIFY(env.catalog()->saveCluster(cluster).isOk());
        const QString topic = TestKafka::uniqueName(QStringLiteral("avro_auth"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const TestRegistry::Encoded encoded = TestRegistry::encode(topic + QStringLiteral("-value"), kOrderSchema, {orderRecord(1)},
                                                                   securedUrl, QStringLiteral("outflow"), QStringLiteral("s3cret"));
        QVERIFY(encoded.schemaId >= 0);
        QVERIFY(TestKafka::produce(topic, encoded.values, 0));

        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), quickRetries());
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const QString error = env.catalog()->task(id)->lastError;
        QVERIFY2(error.contains(QStringLiteral("did not answer for schema id %1: HTTP 401").arg(encoded.schemaId)), qPrintable(error));
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QCOMPARE(reader.offsetCounts().size(), 0);

        cluster.schemaRegistryPassword = QStringLiteral("s3cret");
        QVERIFY(env.catalog()->saveCluster(cluster).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 1, 60000);
        QCOMPARE(valueText(reader.lines().constFirst().line), decodedOrder(1));
    }

    // The registry is down when the task meets its first Avro record: the task stops in Error
    // with the reason and writes nothing it could not decode; once the registry is back the
    // task resumes and every record is in the warehouse once.
    void registryOutageStopsTheTaskAndLosesNothing()
    {
        EngineTestEnv env;
        useRegistry(env, TestRegistry::url());
        const QString topic = TestKafka::uniqueName(QStringLiteral("avro_outage"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList records;
        for (int n = 0; n < 30; ++n) records << orderRecord(n);
        const TestRegistry::Encoded encoded = TestRegistry::encode(topic + QStringLiteral("-value"), kOrderSchema, records);
        QVERIFY(encoded.schemaId >= 0);
        QByteArrayList values{QByteArrayLiteral("{\"before\":1}"), QByteArrayLiteral("{\"before\":2}")};
        values += encoded.values;
        QVERIFY(TestKafka::produce(topic, values, 0));

        QVERIFY(TestRegistry::run(QStringLiteral("stop")));
        TaskDefinition def = env.definition(topic);
        def.parallelism = 1;
        Engine engine(env.catalog(), quickRetries());
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
        const QString error = env.catalog()->task(id)->lastError;
        QVERIFY2(error.startsWith(QStringLiteral("Cannot decode %1/0 offset 2: Schema registry %2 did not answer for schema id %3")
                                      .arg(topic, TestRegistry::url())
                                      .arg(encoded.schemaId)),
                 qPrintable(error));
        QTest::qWait(3000); // a few retries against the stopped registry
        // The two JSON records before it are committed; nothing after them.
        QCOMPARE(reader.offsetCounts().size(), 2);
        QCOMPARE(reader.fileNamesProblem(), QString());

        QVERIFY(TestRegistry::run(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 32, 90000);
        for (int count : reader.offsetCounts()) QCOMPARE(count, 1);
        QCOMPARE(reader.fileNamesProblem(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 30000);
    }
};

QTEST_GUILESS_MAIN(TestSchemaRegistry)
#include "tst_schema_registry.moc"
