// End-to-end sink tests against the real broker: every record lands exactly once, in the right
// folder and format, read back independently of the engine and compared with kcat's view.

#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "ColumnarReader.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace outflow;

namespace {

/// `def` with a columnar target: format, compression and columns as the task JSON spells them,
/// so the test goes through the definition's own parsing and validation.
Result<TaskDefinition> withColumnarTarget(const TaskDefinition &def, const QString &format, const QString &compression,
                                          const QByteArray &columnsJson)
{
    QJsonObject json = def.toJson();
    QJsonObject target = json.value(QStringLiteral("target")).toObject();
    target.insert(QStringLiteral("format"), format);
    target.insert(QStringLiteral("compression"), compression);
    target.insert(QStringLiteral("columns"), QJsonDocument::fromJson(columnsJson).array());
    json.insert(QStringLiteral("target"), target);
    return TaskDefinition::fromJson(json);
}

QByteArrayList orderValues(int count, int seed)
{
    QByteArrayList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("{\"order_id\":%1,\"user\":\"u%2\",\"amount\":%3.25,\"note\":\"a|b\\\\c\"}")
                   .arg(seed * 100000 + i)
                   .arg(i % 17)
                   .arg(i)
                   .toUtf8();
    return out;
}

/// Waits until the table holds every offset below the topic's end offsets.
bool waitForDrain(const WarehouseReader &reader, const QHash<int, qint64> &ends, int timeoutMs = 60000)
{
    qint64 expected = 0;
    for (qint64 e : ends) expected += e;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (reader.offsetCounts().size() >= expected) return true;
        QTest::qWait(200);
    }
    return false;
}

} // namespace

class TestEngineSink final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRecordsLandExactlyOnceInTheirHourFolders()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_json"));
        QVERIFY(TestKafka::createTopic(topic, 4));
        for (int p = 0; p < 4; ++p) QVERIFY(TestKafka::produce(topic, orderValues(300, p), p, true));

        Engine engine(env.catalog(), {});
        TaskDefinition def = env.definition(topic);
        def.parallelism = 4;
        QString createError;
        auto id = engine.createTask(def, QStringLiteral("test"), &createError);
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        QVERIFY2(createError.isEmpty(), qPrintable(createError));
        QCOMPARE(env.catalog()->task(id.value())->status, TaskStatus::Running);
        engine.run();

        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        const auto ends = EngineTestEnv::endOffsets(topic, 4);
        QVERIFY(waitForDrain(reader, ends));
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), ends), QString());

        // Byte-for-byte against kcat's view, and in the dt/hr folder of the record's timestamp.
        QHash<QPair<int, qint64>, QJsonObject> byOffset;
        for (const QJsonObject &o : reader.jsonRecords())
            byOffset.insert({o.value(QStringLiteral("partition")).toInt(), qint64(o.value(QStringLiteral("offset")).toDouble())}, o);
        for (int p = 0; p < 4; ++p) {
            const QByteArrayList values = TestKafka::consumeAll(topic, p);
            QCOMPARE(values.size(), 300);
            for (int i = 0; i < values.size(); ++i) {
                const QJsonObject o = byOffset.value({p, i});
                QCOMPARE(QJsonDocument(o.value(QStringLiteral("value")).toObject()).toJson(QJsonDocument::Compact),
                         QJsonDocument::fromJson(values.at(i)).toJson(QJsonDocument::Compact));
                QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("key%1").arg(i));
                QCOMPARE(o.value(QStringLiteral("topic")).toString(), topic);
            }
        }
        for (const WarehouseLine &line : reader.lines()) {
            const QJsonObject o = QJsonDocument::fromJson(line.line).object();
            const QDateTime ts = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QStringLiteral("timestamp")).toDouble()), QTimeZone::utc());
            QCOMPARE(line.relativeDir, ts.toString(QStringLiteral("'dt='yyyyMMdd'/hr='HH")));
            QVERIFY(line.fileName.startsWith(topic + u'+'));
        }
        engine.shutdown();
        QCOMPARE(reader.tempFiles(), QStringList());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("compression");
        QTest::newRow("raw") << "raw" << "none";
        QTest::newRow("raw gzip") << "raw" << "gzip";
        QTest::newRow("json gzip") << "json" << "gzip";
        QTest::newRow("json zstd") << "json" << "zstd";
        QTest::newRow("delimited") << "delimited" << "none";
        QTest::newRow("delimited gzip") << "delimited" << "gzip";
        QTest::newRow("delimited zstd") << "delimited" << "zstd";
    }
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, compression);
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_fmt"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        const QByteArrayList values = orderValues(200, 7);
        QVERIFY(TestKafka::produce(topic, values.mid(0, 100), 0));
        QVERIFY(TestKafka::produce(topic, values.mid(100), 1));

        TaskDefinition def = env.definition(topic);
        def.target.compression = compression == QLatin1String("gzip")   ? Compression::Gzip
                                 : compression == QLatin1String("zstd") ? Compression::Zstd
                                                                        : Compression::None;
        def.target.format = format == QLatin1String("raw") ? RecordFormat::Raw
                            : format == QLatin1String("json") ? RecordFormat::Json
                                                              : RecordFormat::Delimited;
        def.target.fields = {QStringLiteral("order_id"), QStringLiteral("note"), QStringLiteral("missing")};
        Engine engine(env.catalog(), {});
        auto id = engine.createTask(def, QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        engine.run();

        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 200, 60000);
        engine.shutdown();
        const QString ext = format == QLatin1String("raw") ? QStringLiteral(".raw") : format == QLatin1String("json") ? QStringLiteral(".json") : QStringLiteral(".txt");
        const QString suffix = compression == QLatin1String("gzip") ? QStringLiteral(".gz") : compression == QLatin1String("zstd") ? QStringLiteral(".zst") : QString();
        for (const QString &f : reader.dataFiles()) QVERIFY2(f.endsWith(ext + suffix), qPrintable(f));

        QByteArrayList got;
        for (const WarehouseLine &l : reader.lines()) got << l.line;
        std::sort(got.begin(), got.end());
        QByteArrayList expected;
        for (const QByteArray &v : values) {
            if (format == QLatin1String("raw")) expected << v;
            else if (format == QLatin1String("json")) expected << v; // compared below by value
            else {
                const QJsonObject o = QJsonDocument::fromJson(v).object();
                expected << QByteArray::number(qint64(o.value(QStringLiteral("order_id")).toDouble())) + "|a\\|b\\\\c|\\N";
            }
        }
        if (format == QLatin1String("json")) {
            got.clear();
            for (const QJsonObject &o : reader.jsonRecords()) got << QJsonDocument(o.value(QStringLiteral("value")).toObject()).toJson(QJsonDocument::Compact);
            std::sort(got.begin(), got.end());
            QByteArrayList compact;
            for (const QByteArray &v : expected) compact << QJsonDocument::fromJson(v).toJson(QJsonDocument::Compact);
            expected = compact;
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    // Parquet and ORC files read back by readers that share no code with the engine's Arrow
    // writer (DuckDB, Apache ORC through pyarrow): every column's type and every value, per
    // Kafka offset, including an int64 beyond 2^53, nested paths, nulls, metadata columns.
    void columnarFilesReadBackIndependently_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("compression");
        QTest::newRow("parquet zstd") << "parquet" << "zstd";
        QTest::newRow("parquet snappy") << "parquet" << "snappy";
        QTest::newRow("orc zstd") << "orc" << "zstd";
        QTest::newRow("orc none") << "orc" << "none";
    }
    void columnarFilesReadBackIndependently()
    {
        QFETCH(QString, format);
        QFETCH(QString, compression);
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_col"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        constexpr int kPerPartition = 150;
        const auto valueOf = [](int p, int i) {
            QString v = QStringLiteral("{\"order_id\":%1,\"city\":\"\u4e0a\u6d77 %2\",\"buyer\":{\"city\":\"c%2\",\"vip\":%3},")
                            .arg(QStringLiteral("900719925474%1").arg(p * 1000 + i, 4, 10, QChar(u'0')))
                            .arg(i)
                            .arg(i % 2 == 0 ? QStringLiteral("true") : QStringLiteral("false"));
            if (i % 10 != 0) v += QStringLiteral("\"amount\":%1.5,").arg(i);
            v += QStringLiteral("\"paid\":%1,\"ts\":%2,\"day\":\"2026-12-02\",\"blob\":\"b\\n%3\",\"tags\":[1, 2]}")
                     .arg(i % 3 == 0 ? QStringLiteral("true") : QStringLiteral("false"))
                     .arg(1767323045000LL + i)
                     .arg(i);
            return v.toUtf8();
        };
        for (int p = 0; p < 2; ++p) {
            QByteArrayList values;
            for (int i = 0; i < kPerPartition; ++i) values << valueOf(p, i);
            values.insert(50, QByteArrayLiteral("{\"order_id\":\"not a number\"}")); // a bad record at offset 50
            QVERIFY(TestKafka::produce(topic, values, p, true));
        }

        TaskDefinition def = env.definition(topic);
        def.parallelism = 2;
        const auto parsed = withColumnarTarget(def, format, compression,
                                               "["
                                               "{\"name\": \"order_id\", \"type\": \"int64\", \"nullable\": false},"
                                               "{\"name\": \"city\", \"type\": \"string\"},"
                                               "{\"name\": \"buyer_city\", \"type\": \"string\", \"path\": \"buyer.city\"},"
                                               "{\"name\": \"vip\", \"type\": \"boolean\", \"path\": \"buyer.vip\"},"
                                               "{\"name\": \"amount\", \"type\": \"double\"},"
                                               "{\"name\": \"paid\", \"type\": \"boolean\"},"
                                               "{\"name\": \"ts\", \"type\": \"timestamp_ms\"},"
                                               "{\"name\": \"day\", \"type\": \"date\"},"
                                               "{\"name\": \"blob\", \"type\": \"binary\"},"
                                               "{\"name\": \"tags\", \"type\": \"string\"},"
                                               "{\"name\": \"kafka_partition\", \"type\": \"int32\", \"meta\": \"partition\"},"
                                               "{\"name\": \"kafka_offset\", \"type\": \"int64\", \"meta\": \"offset\"},"
                                               "{\"name\": \"kafka_key\", \"type\": \"string\", \"meta\": \"key\"}]");
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
        Engine engine(env.catalog(), {});
        auto id = engine.createTask(parsed.value(), QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 2 * (kPerPartition + 1), 60000);
        engine.shutdown(); // footers written, files committed

        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        const QStringList files = reader.dataFiles();
        QVERIFY(!files.isEmpty());
        QHash<QPair<int, qint64>, QJsonArray> rows;
        // On a mismatch, which file held the row and the offsets it lists, in order.
        QHash<QPair<int, qint64>, QString> fileOf;
        for (const QString &file : files) {
            QVERIFY2(file.endsWith(u'.' + format), qPrintable(file));
            const ColumnarFile table = readColumnarFile(file);
            QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
            const QList<QPair<QString, QString>> expectedColumns{
                {QStringLiteral("order_id"), QStringLiteral("int64")},       {QStringLiteral("city"), QStringLiteral("string")},
                {QStringLiteral("buyer_city"), QStringLiteral("string")},    {QStringLiteral("vip"), QStringLiteral("boolean")},
                {QStringLiteral("amount"), QStringLiteral("double")},        {QStringLiteral("paid"), QStringLiteral("boolean")},
                {QStringLiteral("ts"), QStringLiteral("timestamp_ms")},      {QStringLiteral("day"), QStringLiteral("date")},
                {QStringLiteral("blob"), QStringLiteral("binary")},          {QStringLiteral("tags"), QStringLiteral("string")},
                {QStringLiteral("kafka_partition"), QStringLiteral("int32")}, {QStringLiteral("kafka_offset"), QStringLiteral("int64")},
                {QStringLiteral("kafka_key"), QStringLiteral("string")}};
            QCOMPARE(table.columns, expectedColumns);
            QStringList offsets;
            for (const QJsonArray &row : table.rows) offsets << QString::number(qint64(row.at(11).toDouble()));
            const QString listing = QFileInfo(file).fileName() + QStringLiteral(" lists offsets ") + offsets.join(u',');
            for (const QJsonArray &row : table.rows) {
                const QPair<int, qint64> at{row.at(10).toInt(), qint64(row.at(11).toDouble())};
                QVERIFY2(!rows.contains(at), "an offset twice");
                rows.insert(at, row);
                fileOf.insert(at, listing);
            }
        }
        QCOMPARE(rows.size(), 2 * kPerPartition); // the two bad records are skipped
        for (int p = 0; p < 2; ++p) {
            for (int i = 0; i < kPerPartition; ++i) {
                const qint64 offset = i < 50 ? i : i + 1;
                const QJsonArray row = rows.value({p, offset});
                QVERIFY2(!row.isEmpty(), qPrintable(QStringLiteral("%1/%2 missing").arg(p).arg(offset)));
                // Compared as text: JSON numbers above 2^53 do not survive a double.
                const QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
                const QString expected =
                    QStringLiteral("[%1,\"\u4e0a\u6d77 %2\",\"c%2\",%3,%4,%5,%6,\"2026-12-02\",\"%7\",\"[1,2]\",%8,%9,\"key%10\"]")
                        .arg(QStringLiteral("900719925474%1").arg(p * 1000 + i, 4, 10, QChar(u'0')))
                        .arg(i)
                        .arg(i % 2 == 0 ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(i % 10 != 0 ? QStringLiteral("%1.5").arg(i) : QStringLiteral("null"))
                        .arg(i % 3 == 0 ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(1767323045000LL + i)
                        .arg(QString::fromLatin1(QByteArray("b\n" + QByteArray::number(i)).toBase64()))
                        .arg(p)
                        .arg(offset)
                        .arg(i < 50 ? i : i + 1);
                QVERIFY2(QString::fromUtf8(text) == expected,
                         qPrintable(QStringLiteral("%1/%2: got %3, expected %4; %5").arg(p).arg(offset).arg(QString::fromUtf8(text), expected,
                                                                                                   fileOf.value({p, offset}))));
            }
        }
    }

    // A file larger than a row group: rows go to the encoder in batches and out in several row
    // groups (Parquet) or stripes (ORC), memory staying a few MiB; every row comes back once.
    void largeColumnarFilesSpanRowGroups_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("parquet") << "parquet";
        QTest::newRow("orc") << "orc";
    }
    void largeColumnarFilesSpanRowGroups()
    {
        QFETCH(QString, format);
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_groups"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        constexpr int kRecords = 12000; // about 12 MiB of rows: over one 8 MiB row group
        const auto padOf = [](int n) {
            QByteArray pad;
            quint32 x = quint32(n) * 2654435761u + 1;
            for (int i = 0; i < 1000; ++i) {
                x = x * 1664525u + 1013904223u; // incompressible enough that encoded sizes stay real
                pad += char('a' + (x >> 27) % 26);
            }
            return pad;
        };
        QByteArrayList values;
        for (int n = 0; n < kRecords; ++n) values << "{\"n\":" + QByteArray::number(n) + ",\"pad\":\"" + padOf(n) + "\"}";
        QVERIFY(TestKafka::produce(topic, values, 0, true));

        TaskDefinition def = env.definition(topic);
        const auto parsed = withColumnarTarget(def, format, QStringLiteral("zstd"),
                                               "[{\"name\": \"n\", \"type\": \"int64\"}, {\"name\": \"pad\", \"type\": \"string\"}]");
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
        Engine engine(env.catalog(), {});
        auto id = engine.createTask(parsed.value(), QStringLiteral("test"));
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), kRecords, 120000);
        engine.shutdown();

        const QStringList files = WarehouseReader(env.tableDir(def.target.bid, def.target.tid)).dataFiles();
        QCOMPARE(files.size(), 1);
        const ColumnarFile table = readColumnarFile(files.constFirst());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        if (format == QLatin1String("parquet")) QVERIFY2(table.rowGroups >= 2, qPrintable(QString::number(table.rowGroups)));
        QCOMPARE(table.rows.size(), kRecords);
        for (int n = 0; n < kRecords; ++n) {
            QCOMPARE(table.rows.at(n).at(0).toInteger(), qint64(n));
            QCOMPARE(table.rows.at(n).at(1).toString().toLatin1(), padOf(n));
        }
    }

    // partitionBy: folders from a field of the value. Records of three hours arrive interleaved:
    // three folders stay open (no file per record); every record lands in its event hour once;
    // implausible times (microseconds, seconds read as milliseconds) and a missing field are
    // bad records, dead-lettered with the reason instead of making year-55800 folders.
    void eventTimeFoldersTakeOutOfOrderRecords()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_event"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const qint64 hour0 = 1767225600000LL; // 2026-01-01T00:00:00Z
        QByteArrayList values;
        for (int i = 0; i < 300; ++i)
            values << QStringLiteral("{\"n\":%1,\"ts\":%2}").arg(i).arg(hour0 + (i % 3) * 3600000LL + i).toUtf8();
        values << QStringLiteral("{\"n\":300,\"ts\":%1}").arg(hour0 * 1000).toUtf8(); // microseconds
        values << QStringLiteral("{\"n\":301,\"ts\":%1}").arg(hour0 / 1000).toUtf8(); // seconds
        values << QByteArrayLiteral("{\"n\":302}");                                       // no time at all
        QVERIFY(TestKafka::produce(topic, values, 0));

        TaskDefinition def = env.definition(topic);
        def.target.partitionBy = PartitionBy{QStringLiteral("ts"), TimeFormat::EpochMs};
        def.target.badRecords = BadRecordPolicy::DeadLetter;
        def.target.flushIntervalSec = 3600; // only the stop commits: one group
        Engine engine(env.catalog(), {});
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        engine.run();
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 303, 60000);
        engine.shutdown();

        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QCOMPARE(reader.dataFiles().size(), 3); // one per event hour, not one per record
        QHash<QPair<int, qint64>, int> counts = reader.offsetCounts();
        QCOMPARE(counts.size(), 300);
        for (const WarehouseLine &line : reader.lines()) {
            const QJsonObject record = QJsonDocument::fromJson(line.line).object();
            const int n = record.value(QStringLiteral("value")).toObject().value(QStringLiteral("n")).toInt();
            QCOMPARE(line.relativeDir, QStringLiteral("dt=20260101/hr=%1").arg(n % 3, 2, 10, QChar(u'0')));
        }
        for (int i = 0; i < 300; ++i) QCOMPARE(counts.value({0, i}), 1);
        const QList<WarehouseLine> dead = reader.lines(true);
        QCOMPARE(dead.size(), 3);
        QStringList reasons;
        for (const WarehouseLine &line : dead) reasons << QJsonDocument::fromJson(line.line).object().value(QStringLiteral("error")).toString();
        reasons.sort();
        QVERIFY2(reasons.at(0).contains(QStringLiteral("not a plausible time")) && reasons.at(1).contains(QStringLiteral("not a plausible time")),
                 qPrintable(reasons.join(u'\n')));
        QVERIFY2(reasons.at(2).startsWith(QStringLiteral("no event time")), qPrintable(reasons.at(2)));
    }

    void sizeLimitSplitsFilesIntoParts()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_roll"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, orderValues(400, 3), 0));
        TaskDefinition def = env.definition(topic);
        def.target.maxFileBytes = 4096;
        def.target.flushIntervalSec = 3600; // only size rolls until shutdown
        Engine engine(env.catalog(), {});
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        engine.run();
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestEnv::consumed(engine), 400, 60000);
        engine.shutdown(); // commits the last, smaller part
        const QStringList files = reader.dataFiles();
        QCOMPARE(exactlyOnceProblem(reader.offsetCounts(), {{0, 400}}), QString());
        int parts = 0;
        for (const QString &f : files) {
            QVERIFY2(QFileInfo(f).size() <= 4096, qPrintable(f));
            if (f.contains(QLatin1String(".part"))) ++parts;
        }
        QVERIFY(parts >= files.size() - 1);
        QVERIFY(files.first().contains(QLatin1String(".part000.json")));
    }

    void badRecordPolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("skip") << "skip";
        QTest::newRow("deadletter") << "deadletter";
        QTest::newRow("fail") << "fail";
    }
    void badRecordPolicies()
    {
        QFETCH(QString, policy);
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_bad"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList values = orderValues(30, 1);
        values[10] = "not json at all";
        values[20] = "[1,2,3]";
        QVERIFY(TestKafka::produce(topic, values, 0));
        TaskDefinition def = env.definition(topic);
        def.target.format = RecordFormat::Delimited;
        def.target.fields = {QStringLiteral("order_id")};
        def.target.badRecords = policy == QLatin1String("skip") ? BadRecordPolicy::Skip
                                : policy == QLatin1String("deadletter") ? BadRecordPolicy::DeadLetter
                                                                        : BadRecordPolicy::Fail;
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        if (policy == QLatin1String("fail")) {
            QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Error, 60000);
            const QString error = env.catalog()->task(id)->lastError;
            QVERIFY2(error.startsWith(QStringLiteral("Bad record at %1/0 offset 10: the value is not JSON").arg(topic)), qPrintable(error));
            engine.shutdown();
            QCOMPARE(reader.lines().size(), 10); // everything before the bad record, nothing after
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 28, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.latestSamples().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.latestSamples().first().partitions.first().badRecords, 2, 10000);
        engine.shutdown();
        if (policy == QLatin1String("deadletter")) {
            const QList<WarehouseLine> dead = reader.lines(true);
            QCOMPARE(dead.size(), 2);
            const QJsonObject first = QJsonDocument::fromJson(dead.at(0).line).object();
            QCOMPARE(qint64(first.value(QStringLiteral("offset")).toDouble()), 10);
            QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("not json at all"));
            QVERIFY(first.value(QStringLiteral("error")).toString().contains(QLatin1String("not JSON")));
        } else {
            QCOMPARE(reader.deadLetterFiles(), QStringList());
        }
        QCOMPARE(env.catalog()->task(id)->status, TaskStatus::Running);
    }

    void startPositionLatestSkipsExistingRecords()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_latest"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, orderValues(50, 1), 0));
        TaskDefinition def = env.definition(topic);
        def.source.start = QStringLiteral("latest");
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(env.catalog()->task(id)->status, TaskStatus::Running, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.latestSamples().isEmpty() && !engine.latestSamples().first().partitions.isEmpty(), 30000);
        QVERIFY(TestKafka::produce(topic, orderValues(20, 2), 0));
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 20, 60000);
        QTest::qWait(1500);
        QCOMPARE(reader.lines().size(), 20);
        for (const QJsonObject &o : reader.jsonRecords()) QVERIFY(o.value(QStringLiteral("offset")).toInt() >= 50);
    }

    void startPositionTimestampResolvesWithOffsetsForTimes()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("sink_time"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, orderValues(30, 1), 0));
        QTest::qWait(100);
        const QDateTime cut = QDateTime::currentDateTimeUtc();
        QTest::qWait(100);
        QVERIFY(TestKafka::produce(topic, orderValues(12, 2), 0));
        TaskDefinition def = env.definition(topic);
        def.source.start = cut.toString(Qt::ISODateWithMs);
        Engine engine(env.catalog(), {});
        QVERIFY(engine.createTask(def, QStringLiteral("test")).isOk());
        engine.run();
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 12, 60000);
        for (const QJsonObject &o : reader.jsonRecords()) QVERIFY(o.value(QStringLiteral("offset")).toInt() >= 30);
    }
};

QTEST_GUILESS_MAIN(TestEngineSink)
#include "tst_engine_sink.moc"
