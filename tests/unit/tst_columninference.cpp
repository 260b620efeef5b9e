// ColumnInference: the columns proposed from a sample record value, checked against what the
// engine's ColumnExtractor accepts for each type (whole numbers only for int64, bare ISO dates
// for date, date-times with an offset for timestamp_ms).

#include "ColumnInference.h"
#include "catalog/TaskDefinition.h"
#include "catalog/Validation.h"

#include <QtTest>

using namespace outflow;

class TestColumnInference final : public QObject
{
    Q_OBJECT

    static QString describe(const QList<ColumnSpec> &columns)
    {
        QStringList parts;
        for (const ColumnSpec &c : columns)
            parts << QStringLiteral("%1:%2:%3").arg(c.name, columnTypeName(c.type), c.path);
        return parts.join(u' ');
    }

private Q_SLOTS:
    void typeOf_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("type");
        QTest::newRow("small integer is int64") << QByteArray("12") << QStringLiteral("int64");
        QTest::newRow("negative integer") << QByteArray("-7") << QStringLiteral("int64");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QStringLiteral("int64");
        QTest::newRow("beyond int64") << QByteArray("9223372036854775808") << QStringLiteral("double");
        QTest::newRow("12.0 is not whole for the engine") << QByteArray("12.0") << QStringLiteral("double");
        QTest::newRow("exponent") << QByteArray("1e3") << QStringLiteral("double");
        QTest::newRow("fraction") << QByteArray("-0.25") << QStringLiteral("double");
        QTest::newRow("true") << QByteArray("true") << QStringLiteral("boolean");
        QTest::newRow("false") << QByteArray("false") << QStringLiteral("boolean");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("string");
        QTest::newRow("string") << QByteArray("\"book\"") << QStringLiteral("string");
        QTest::newRow("date") << QByteArray("\"2026-12-02\"") << QStringLiteral("date");
        QTest::newRow("not a date") << QByteArray("\"2026-13-02\"") << QStringLiteral("string");
        QTest::newRow("date-time with Z") << QByteArray("\"2026-12-02T10:00:00Z\"") << QStringLiteral("timestamp_ms");
        QTest::newRow("date-time with offset") << QByteArray("\"2026-12-02T10:00:00.250+08:00\"") << QStringLiteral("timestamp_ms");
        QTest::newRow("date-time without zone") << QByteArray("\"2026-12-02T10:00:00\"") << QStringLiteral("string");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("string");
    }
    void typeOf()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, type);
        QCOMPARE(columnTypeName(ColumnInference::typeOf(std::string_view(json.constData(), size_t(json.size())))), type);
    }

    void flattensNestedObjectsInOrder()
    {
        const QByteArray value = "{\"id\": 19, \"amount\": 12.5, \"paid\": true, \"day\": \"2026-12-02\","
                                 " \"buyer\": {\"city\": \"Shenzhen\", \"geo\": {\"lat\": 22.5}}, \"tags\": [\"a\"],"
                                 " \"note\": null}";
        const auto proposal = ColumnInference::fromValue(value);
        QVERIFY2(proposal.isOk(), qPrintable(proposal.error()));
        QCOMPARE(describe(proposal->columns),
                 QStringLiteral("id:int64:id amount:double:amount paid:boolean:paid day:date:day buyer_city:string:buyer.city "
                                "buyer_geo_lat:double:buyer.geo.lat tags:string:tags note:string:note"));
        for (const ColumnSpec &c : proposal->columns) {
            QCOMPARE(c.meta, ColumnMeta::None); // metadata columns are the user's choice
            QVERIFY(c.nullable);
        }
        QVERIFY(proposal->skipped.isEmpty());
    }

    void proposalPassesValidation()
    {
        // Names that flatten alike, or differ only in case, or hold characters a column name
        // cannot, still give a valid table.
        const QByteArray value = "{\"a_b\": 1, \"a\": {\"b\": 2}, \"A_B\": 3, \"order-id\": 4, \"\\u00e9t\\u00e9\": \"x\"}";
        const auto proposal = ColumnInference::fromValue(value);
        QVERIFY2(proposal.isOk(), qPrintable(proposal.error()));
        QCOMPARE(describe(proposal->columns),
                 QStringLiteral("a_b:int64:a_b a_b_2:int64:a.b A_B_3:int64:A_B order_id:int64:order-id _t_:string:") + QString::fromUtf8("été"));
        TaskDefinition d;
        d.name = QStringLiteral("t");
        d.source = {QStringLiteral("c"), QStringLiteral("topic"), QStringLiteral("earliest")};
        d.target.warehouse = QStringLiteral("w");
        d.target.bid = QStringLiteral("b");
        d.target.tid = QStringLiteral("t");
        d.target.format = RecordFormat::Parquet;
        d.target.columns = proposal->columns;
        QCOMPARE(Validation::definitionProblem(d), QString());
    }

    void repeatedKeyKeepsTheLastType()
    {
        const auto proposal = ColumnInference::fromValue("{\"x\": 1, \"y\": true, \"x\": \"text\"}");
        QVERIFY(proposal.isOk());
        QCOMPARE(describe(proposal->columns), QStringLiteral("x:string:x y:boolean:y"));
    }

    void skipsKeysNoPathCanName()
    {
        const auto proposal = ColumnInference::fromValue("{\"a.b\": 1, \"\": 2, \"ok\": 3}");
        QVERIFY(proposal.isOk());
        QCOMPARE(describe(proposal->columns), QStringLiteral("ok:int64:ok"));
        QCOMPARE(proposal->skipped, QStringList({QStringLiteral("a.b"), QString()}));
    }

    void refusesWhatHasNoFields_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("error");
        const QString notObject = QStringLiteral("The sample value is not a JSON object, so it has no fields to make columns of.");
        QTest::newRow("plain text") << QByteArray("plain text") << notObject;
        QTest::newRow("array") << QByteArray("[1,2]") << notObject;
        QTest::newRow("null value") << QByteArray() << notObject;
        QTest::newRow("broken") << QByteArray("{\"a\": 1") << notObject;
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("The sample value has no fields to make columns of.");
        QTest::newRow("only empty objects") << QByteArray("{\"a\": {}}") << QStringLiteral("The sample value has no fields to make columns of.");
    }
    void refusesWhatHasNoFields()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, error);
        const auto proposal = ColumnInference::fromValue(value);
        QVERIFY(!proposal.isOk());
        QCOMPARE(proposal.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestColumnInference)
#include "tst_columninference.moc"
