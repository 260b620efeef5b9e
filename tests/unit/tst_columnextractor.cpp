// How record values become typed cells of parquet and orc columns: each type's accepted JSON,
// exact integers, what makes a record bad (a misfit, a missing field of a column that is not
// nullable, a value that is not an object), nested paths and Kafka metadata.

#include "engine/ColumnExtractor.h"

#include <QtTest>

using namespace outflow;

namespace {

/// Extracts column "v" (of `type`, path `path`) from `value`; "bad: …" or the cell as text.
QString cellOf(ColumnType type, const QByteArray &value, const QString &path = QStringLiteral("v"), bool nullable = true)
{
    const ColumnExtractor extractor({ColumnSpec{QStringLiteral("v"), type, path, ColumnMeta::None, nullable}});
    RecordView record;
    record.topic = "t";
    record.value = value.constData();
    record.valueSize = value.size();
    std::vector<ColumnCell> row;
    const QString bad = extractor.extract(record, row);
    if (!bad.isEmpty()) return QStringLiteral("bad: ") + bad;
    const ColumnCell &c = row.at(0);
    if (c.null) return QStringLiteral("null");
    switch (type) {
    case ColumnType::String:
    case ColumnType::Binary: return QString::fromUtf8(c.text);
    case ColumnType::Double: return QString::number(c.real, 'g', 17);
    default: return QString::number(c.integer);
    }
}

} // namespace

class TestColumnExtractor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        const int s = int(ColumnType::String), i32 = int(ColumnType::Int32), i64 = int(ColumnType::Int64), d = int(ColumnType::Double),
                  b = int(ColumnType::Boolean), ts = int(ColumnType::TimestampMs), date = int(ColumnType::Date), bin = int(ColumnType::Binary);
        QTest::newRow("string") << s << QByteArray("{\"v\":\"a\\\"b\\u00e9\"}") << QStringLiteral("a\"bé");
        QTest::newRow("string from number, as written") << s << QByteArray("{\"v\":12345678901234567890}") << QStringLiteral("12345678901234567890");
        QTest::newRow("string from object, minified") << s << QByteArray("{\"v\":{ \"a\" : [1, 2] }}") << QStringLiteral("{\"a\":[1,2]}");
        QTest::newRow("null") << s << QByteArray("{\"v\":null}") << QStringLiteral("null");
        QTest::newRow("missing") << s << QByteArray("{\"w\":1}") << QStringLiteral("null");
        QTest::newRow("int64 max") << i64 << QByteArray("{\"v\":9223372036854775807}") << QStringLiteral("9223372036854775807");
        QTest::newRow("int64 min") << i64 << QByteArray("{\"v\":-9223372036854775808}") << QStringLiteral("-9223372036854775808");
        QTest::newRow("int64 overflow") << i64 << QByteArray("{\"v\":9223372036854775808}") << QStringLiteral("bad: field \"v\" (9223372036854775808) does not fit column v of type int64");
        QTest::newRow("int64 fraction") << i64 << QByteArray("{\"v\":1.0}") << QStringLiteral("bad: field \"v\" (1.0) does not fit");
        QTest::newRow("int64 exponent") << i64 << QByteArray("{\"v\":1e3}") << QStringLiteral("bad: field \"v\" (1e3) does not fit");
        QTest::newRow("int64 from string") << i64 << QByteArray("{\"v\":\"12\"}") << QStringLiteral("bad: field \"v\" (\"12\") does not fit");
        QTest::newRow("int32") << i32 << QByteArray("{\"v\":-2147483648}") << QStringLiteral("-2147483648");
        QTest::newRow("int32 overflow") << i32 << QByteArray("{\"v\":2147483648}") << QStringLiteral("bad: field \"v\" (2147483648) does not fit column v of type int32: outside the int32 range");
        QTest::newRow("double") << d << QByteArray("{\"v\":-0.1e-2}") << QStringLiteral("-0.001");
        QTest::newRow("double from integer") << d << QByteArray("{\"v\":3}") << QStringLiteral("3");
        QTest::newRow("double overflow") << d << QByteArray("{\"v\":1e999}") << QStringLiteral("bad: field \"v\" (1e999) does not fit column v of type double");
        QTest::newRow("double from bool") << d << QByteArray("{\"v\":true}") << QStringLiteral("bad: field \"v\" (true) does not fit");
        QTest::newRow("boolean") << b << QByteArray("{\"v\":false}") << QStringLiteral("0");
        QTest::newRow("boolean from 1") << b << QByteArray("{\"v\":1}") << QStringLiteral("bad: field \"v\" (1) does not fit column v of type boolean");
        QTest::newRow("timestamp ms") << ts << QByteArray("{\"v\":1767323045123}") << QStringLiteral("1767323045123");
        QTest::newRow("timestamp iso with zone") << ts << QByteArray("{\"v\":\"2026-01-02T03:04:05.123+08:00\"}") << QStringLiteral("1767294245123");
        QTest::newRow("timestamp iso without zone") << ts << QByteArray("{\"v\":\"2026-01-02T03:04:05\"}") << QStringLiteral("bad: field \"v\" (\"2026-01-02T03:04:05\") does not fit column v of type timestamp_ms");
        QTest::newRow("date") << date << QByteArray("{\"v\":\"1970-01-11\"}") << QStringLiteral("10");
        QTest::newRow("date invalid") << date << QByteArray("{\"v\":\"2026-02-30\"}") << QStringLiteral("bad: field \"v\" (\"2026-02-30\") does not fit");
        QTest::newRow("binary") << bin << QByteArray("{\"v\":\"a\\u0000b\"}") << QString::fromUtf8("a\0b", 3);
        QTest::newRow("binary from number") << bin << QByteArray("{\"v\":1}") << QStringLiteral("bad: field \"v\" (1) does not fit column v of type binary");
        QTest::newRow("not an object") << s << QByteArray("[1]") << QStringLiteral("bad: the value is JSON but not an object");
        QTest::newRow("not json") << s << QByteArray("{\"v\":") << QStringLiteral("bad: the value is not JSON");
    }
    void cells()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const QString got = cellOf(ColumnType(type), value);
        if (expected.startsWith(QLatin1String("bad: "))) QVERIFY2(got.startsWith(expected), qPrintable(got));
        else QCOMPARE(got, expected);
    }

    void nestedPaths()
    {
        const QByteArray value("{\"buyer\":{\"address\":{\"city\":\"Shenzhen\"},\"city\":1},\"buyer.city\":\"flat\"}");
        QCOMPARE(cellOf(ColumnType::String, value, QStringLiteral("buyer.address.city")), QStringLiteral("Shenzhen"));
        QCOMPARE(cellOf(ColumnType::String, value, QStringLiteral("buyer.city")), QStringLiteral("1"));
        QCOMPARE(cellOf(ColumnType::String, value, QStringLiteral("buyer.address.zip")), QStringLiteral("null"));
        QCOMPARE(cellOf(ColumnType::String, value, QStringLiteral("buyer.address.city.name")), QStringLiteral("null")); // through a string
    }

    void requiredFieldMissingIsBad()
    {
        const QString got = cellOf(ColumnType::Int64, "{\"w\":1}", QStringLiteral("v"), false);
        QCOMPARE(got, QStringLiteral("bad: column v is not nullable, and the value has no field \"v\""));
        QCOMPARE(cellOf(ColumnType::Int64, "{\"v\":null}", QStringLiteral("v"), false).left(4), QStringLiteral("bad:"));
    }

    void metadataColumns()
    {
        const ColumnExtractor extractor({ColumnSpec{QStringLiteral("t"), ColumnType::String, {}, ColumnMeta::Topic},
                                         ColumnSpec{QStringLiteral("p"), ColumnType::Int32, {}, ColumnMeta::Partition},
                                         ColumnSpec{QStringLiteral("o"), ColumnType::Int64, {}, ColumnMeta::Offset},
                                         ColumnSpec{QStringLiteral("ts"), ColumnType::TimestampMs, {}, ColumnMeta::Timestamp},
                                         ColumnSpec{QStringLiteral("k"), ColumnType::Binary, {}, ColumnMeta::Key}});
        RecordView r;
        r.topic = "orders";
        r.partition = 3;
        r.offset = 42;
        r.timestampMs = -1; // no timestamp
        const QByteArray key("\xff\x00", 2);
        r.key = key.constData();
        r.keySize = key.size();
        std::vector<ColumnCell> row;
        QCOMPARE(extractor.extract(r, row), QString()); // a null value is fine: no column reads it
        QCOMPARE(row.at(0).text, QByteArray("orders"));
        QCOMPARE(row.at(1).integer, 3);
        QCOMPARE(row.at(2).integer, 42);
        QVERIFY(row.at(3).null);
        QCOMPARE(row.at(4).text, key);

        const ColumnExtractor textKey({ColumnSpec{QStringLiteral("k"), ColumnType::String, {}, ColumnMeta::Key}});
        QVERIFY(textKey.extract(r, row).contains(QStringLiteral("not UTF-8")));
    }
};

QTEST_GUILESS_MAIN(TestColumnExtractor)
#include "tst_columnextractor.moc"
