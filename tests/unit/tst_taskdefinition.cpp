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
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray base = "{\"name\":\"t\",\"source\":{\"cluster\":\"c\",\"topic\":\"x\"},\"target\":{\"warehouse\":\"w\",\"bid\":\"b\",\"tid\":\"t\"}}";
        auto with = [&](const char *from, const char *to) { return QByteArray(base).replace(from, to); };
        QTest::newRow("not json") << QByteArray("{") << "task definition is not valid JSON";
        QTest::newRow("unknown top") << with("\"name\"", "\"colour\":1,\"name\"") << "unknown field \"colour\" in ";
        QTest::newRow("unknown target") << with("\"bid\"", "\"bucket\":1,\"bid\"") << "unknown field \"bucket\" in target";
        QTest::newRow("missing topic") << with("\"topic\":\"x\"", "\"start\":\"latest\"") << "missing field \"source.topic\"";
        QTest::newRow("bad bid") << with("\"bid\":\"b\"", "\"bid\":\"../etc\"") << "BID contains '.' at position 1";
        QTest::newRow("bad format") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"format\":\"csv\"") << "target.format must be json, raw, delimited, parquet or orc, not \"csv\"";
        QTest::newRow("bad policy") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"badRecords\":\"ignore\"") << "target.badRecords must be skip, deadletter or fail";
        QTest::newRow("delimited without fields") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"format\":\"delimited\"") << "needs at least one field";
        QTest::newRow("string parallelism") << with("\"name\"", "\"parallelism\":\"4\",\"name\"") << "field \"parallelism\" must be a whole number";
        QTest::newRow("fractional") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"flushIntervalSec\":1.5") << "field \"target.flushIntervalSec\" must be a whole number";
        QTest::newRow("timezone") << with("\"tid\":\"t\"", "\"tid\":\"t\",\"timezone\":\"Mars/Base\"") << "Time zone \"Mars/Base\" is not known";
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
