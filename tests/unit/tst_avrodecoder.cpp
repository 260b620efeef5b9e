// The Avro decoder against bytes written out by hand from the Avro specification's binary
// encoding (zig-zag varints, length-prefixed strings, blocks), not by any Avro library, and
// against hostile data that must be refused with a reason instead of crashing or looping.
#include "engine/AvroDecoder.h"
#include "engine/AvroSchema.h"
#include "engine/WireFormatDecoder.h"
#include "kafka/SchemaRegistryClient.h"

#include <QtTest>

using namespace outflow;

namespace {

std::shared_ptr<const AvroSchema> schemaOf(const QByteArray &json)
{
    auto parsed = AvroSchema::parse(json);
    if (!parsed) qWarning().noquote() << parsed.error();
    return parsed ? parsed.value() : nullptr;
}

/// The JSON text of `bytes` decoded with `schema`, or "error: <reason>".
QByteArray decode(const QByteArray &schema, const QByteArray &bytes)
{
    const auto s = schemaOf(schema);
    if (!s) return "no schema";
    QByteArray out;
    const QString why = AvroDecoder::appendJson(*s, bytes.constData(), bytes.size(), out);
    return why.isEmpty() ? out : "error: " + why.toUtf8();
}

} // namespace

class TestAvroDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specificationExample()
    {
        // The specification's own example: {"a": 27, "b": "foo"} is 36 06 66 6f 6f.
        const QByteArray schema = "{\"type\":\"record\",\"name\":\"test\",\"fields\":[{\"name\":\"a\",\"type\":\"long\"},"
                                  "{\"name\":\"b\",\"type\":\"string\"}]}";
        QCOMPARE(decode(schema, QByteArray::fromHex("3606666f6f")), QByteArray("{\"a\":27,\"b\":\"foo\"}"));
    }

    void primitives_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("null") << QByteArray("\"null\"") << QByteArray("") << QByteArray("null");
        QTest::newRow("true") << QByteArray("\"boolean\"") << QByteArray("01") << QByteArray("true");
        QTest::newRow("int -1") << QByteArray("\"int\"") << QByteArray("01") << QByteArray("-1");
        QTest::newRow("int 64") << QByteArray("\"int\"") << QByteArray("8001") << QByteArray("64");
        // Every digit of a long: 2^63-1 is ten varint bytes of zig-zag 2^64-2.
        QTest::newRow("long max") << QByteArray("\"long\"") << QByteArray("feffffffffffffffff01") << QByteArray("9223372036854775807");
        QTest::newRow("long min") << QByteArray("\"long\"") << QByteArray("ffffffffffffffffff01") << QByteArray("-9223372036854775808");
        QTest::newRow("float 1.5") << QByteArray("\"float\"") << QByteArray("0000c03f") << QByteArray("1.5");
        QTest::newRow("double 0.1") << QByteArray("\"double\"") << QByteArray("9a9999999999b93f") << QByteArray("0.1");
        QTest::newRow("double NaN") << QByteArray("\"double\"") << QByteArray("000000000000f87f") << QByteArray("\"NaN\"");
        QTest::newRow("string escaped") << QByteArray("\"string\"") << QByteArray("06612262") << QByteArray("\"a\\\"b\"");
        QTest::newRow("string utf8") << QByteArray("\"string\"") << QByteArray("0ce6b7b1e59cb3") << QByteArray("\"深圳\"");
        QTest::newRow("bytes base64") << QByteArray("\"bytes\"") << QByteArray("0600ff10") << QByteArray("\"AP8Q\"");
    }

    void primitives()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, json);
        QCOMPARE(decode(schema, QByteArray::fromHex(hex)), json);
    }

    void unionsAreTheirBranchValue()
    {
        const QByteArray schema = "[\"null\",\"string\",\"long\"]";
        QCOMPARE(decode(schema, QByteArray::fromHex("00")), QByteArray("null"));
        QCOMPARE(decode(schema, QByteArray::fromHex("020278")), QByteArray("\"x\""));
        QCOMPARE(decode(schema, QByteArray::fromHex("0454")), QByteArray("42"));
        QVERIFY(decode(schema, QByteArray::fromHex("06")).startsWith("error: union branch 3 of 3"));
        QVERIFY(decode(schema, QByteArray::fromHex("01")).startsWith("error: union branch -1 of 3"));
    }

    void logicalTypes_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("json");
        const QByteArray decimal = "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":9,\"scale\":2}";
        QTest::newRow("decimal 12.34") << decimal << QByteArray("0404d2") << QByteArray("12.34");
        QTest::newRow("decimal -12.34") << decimal << QByteArray("04fb2e") << QByteArray("-12.34");
        QTest::newRow("decimal 0.05") << decimal << QByteArray("0205") << QByteArray("0.05");
        QTest::newRow("decimal -0.01") << decimal << QByteArray("02ff") << QByteArray("-0.01");
        QTest::newRow("decimal 0") << decimal << QByteArray("00") << QByteArray("0.00");
        // 2^64 + 1 has more digits than any machine integer holds.
        QTest::newRow("decimal wide") << QByteArray("{\"type\":\"fixed\",\"name\":\"d\",\"size\":9,\"logicalType\":\"decimal\",\"precision\":20,\"scale\":0}")
                                      << QByteArray("010000000000000001") << QByteArray("18446744073709551617");
        QTest::newRow("date") << QByteArray("{\"type\":\"int\",\"logicalType\":\"date\"}") << QByteArray("eac402")
                              << QByteArray("\"2026-12-02\"");
        QTest::newRow("timestamp-millis")
            << QByteArray("{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}") << QByteArray("f6a1abfef962")
            << QByteArray("\"2023-11-14T22:13:20.123Z\"");
        QTest::newRow("timestamp-micros before 1970")
            << QByteArray("{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}") << QByteArray("01")
            << QByteArray("\"1969-12-31T23:59:59.999999Z\"");
        QTest::newRow("local-timestamp-millis") << QByteArray("{\"type\":\"long\",\"logicalType\":\"local-timestamp-millis\"}")
                                                << QByteArray("00") << QByteArray("\"1970-01-01T00:00:00.000\"");
        QTest::newRow("time-millis") << QByteArray("{\"type\":\"int\",\"logicalType\":\"time-millis\"}") << QByteArray("d00f")
                                     << QByteArray("\"00:00:01.000\"");
        QTest::newRow("uuid") << QByteArray("{\"type\":\"string\",\"logicalType\":\"uuid\"}") << QByteArray("0261")
                              << QByteArray("\"a\"");
        // A logical type on the wrong type is ignored, as the specification says.
        QTest::newRow("date on a string") << QByteArray("{\"type\":\"string\",\"logicalType\":\"date\"}") << QByteArray("0261")
                                          << QByteArray("\"a\"");
    }

    void logicalTypes()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, json);
        QCOMPARE(decode(schema, QByteArray::fromHex(hex)), json);
    }

    void collectionsEnumsAndNamedReferences()
    {
        const QByteArray schema =
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":["
            "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\",\"PAID\"]}},"
            "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},"
            "{\"name\":\"attrs\",\"type\":{\"type\":\"map\",\"values\":\"int\"}},"
            "{\"name\":\"previous\",\"type\":[\"null\",\"shop.Status\"]},"
            "{\"name\":\"also\",\"type\":\"Status\"}]}";
        // status PAID; tags: a block of -2 items with its byte size (4), "a", "b", end; attrs:
        // {"k": 1}; previous: branch 1, NEW; also: PAID.
        const QByteArray bytes = QByteArray::fromHex("02" "0308026102620" "0" "02026b0200" "0200" "02");
        QCOMPARE(decode(schema, bytes),
                 QByteArray("{\"status\":\"PAID\",\"tags\":[\"a\",\"b\"],\"attrs\":{\"k\":1},\"previous\":\"NEW\",\"also\":\"PAID\"}"));
        QVERIFY(decode(schema, QByteArray::fromHex("04")).startsWith("error: enum index 2 of 2"));
    }

    void schemasAreCheckedBeforeUse()
    {
        QVERIFY(!AvroSchema::parse("{\"type\":\"record\",\"name\":\"r\",\"fields\":[{\"name\":\"a\",\"type\":\"nosuch\"}]}"));
        QVERIFY(!AvroSchema::parse("{\"type\":\"wat\"}"));
        QVERIFY(!AvroSchema::parse("not json"));
        const auto broken = AvroSchema::parse("{\"type\":\"enum\",\"name\":\"e\"}");
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(QStringLiteral("Not a valid Avro schema: ")), qPrintable(broken.error()));
        // A record that contains itself is a valid schema (a linked list).
        QVERIFY(AvroSchema::parse("{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}"));
    }

    void hostileData_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("string longer than the data") << QByteArray("\"string\"") << QByteArray::fromHex("c8016162")
                                                     << QStringLiteral("a length of 100 byte(s) where 2 remain");
        QTest::newRow("negative length") << QByteArray("\"bytes\"") << QByteArray::fromHex("01") << QStringLiteral("a length of -1");
        QTest::newRow("truncated number") << QByteArray("\"long\"") << QByteArray::fromHex("80") << QStringLiteral("the data ends inside a number");
        QTest::newRow("number past 64 bits") << QByteArray("\"long\"") << QByteArray::fromHex("ffffffffffffffffffffff01")
                                             << QStringLiteral("a number longer than 64 bits");
        QTest::newRow("int past 32 bits") << QByteArray("\"int\"") << QByteArray::fromHex("8080808020")
                                          << QStringLiteral("an int outside the 32-bit range");
        QTest::newRow("boolean 2") << QByteArray("\"boolean\"") << QByteArray::fromHex("02") << QStringLiteral("a boolean byte of 2");
        QTest::newRow("not utf-8") << QByteArray("\"string\"") << QByteArray::fromHex("02ff") << QStringLiteral("a string that is not UTF-8");
        QTest::newRow("left over") << QByteArray("\"int\"") << QByteArray::fromHex("0202")
                                   << QStringLiteral("1 byte(s) left over after the value");
        QTest::newRow("truncated double") << QByteArray("\"double\"") << QByteArray::fromHex("0000")
                                          << QStringLiteral("a fixed of 8 byte(s) where 2 remain");
        // Ten bytes claim 2^62 nulls: the JSON they would become is refused, not built.
        QTest::newRow("billions of nulls") << QByteArray("{\"type\":\"array\",\"items\":\"null\"}")
                                           << QByteArray::fromHex("feffffffffffffff7f00")
                                           << QStringLiteral("the decoded value would be larger than 64 MiB");
        // A linked list 5,000 deep in 10 KB: the nesting limit stops it, not the stack.
        QTest::newRow("deep recursion")
            << QByteArray("{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}")
            << QByteArray(5000, '\x02') + QByteArray(1, '\x00') << QStringLiteral("nested deeper than 128 levels");
    }

    void hostileData()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QByteArray got = decode(schema, bytes);
        QVERIFY2(got.startsWith("error: " + reason.toUtf8()), got.constData());
    }

    // What the wire-format decoder decides before (or without) asking a registry: plain values
    // pass, broken headers are bad records, a registry that cannot be reached stops decoding.
    void wireFormatHeaders()
    {
        ClusterConfig cluster;
        cluster.schemaRegistryUrl = QStringLiteral("http://127.0.0.1:1"); // nothing listens on port 1
        WireFormatDecoder decoder(std::make_shared<SchemaRegistryClient>(cluster));
        QByteArray json;
        QString reason;
        const auto decode = [&](const QByteArray &value) { return decoder.decode(value.constData(), value.size(), json, reason); };
        QCOMPARE(decode("{\"a\":1}"), WireFormatDecoder::Outcome::Plain);
        QCOMPARE(decode(QByteArray()), WireFormatDecoder::Outcome::Plain);
        QCOMPARE(decode(QByteArray::fromHex("000001")), WireFormatDecoder::Outcome::Bad);
        QVERIFY2(reason.contains(QLatin1String("shorter than its 5-byte header")), qPrintable(reason));
        QCOMPARE(decode(QByteArray::fromHex("00ffffffff02")), WireFormatDecoder::Outcome::Bad);
        QVERIFY2(reason.contains(QLatin1String("schema id 4294967295 is out of range")), qPrintable(reason));
        QCOMPARE(decode(QByteArray::fromHex("000000000702")), WireFormatDecoder::Outcome::Unavailable);
        QVERIFY2(reason.startsWith(QLatin1String("Schema registry http://127.0.0.1:1 did not answer for schema id 7: ")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestAvroDecoder)
#include "tst_avrodecoder.moc"
