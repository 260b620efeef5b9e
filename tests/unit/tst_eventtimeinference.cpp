// EventTimeInference: the fields of a sample record value proposed for event-time folders, and
// the format each is proposed with, checked against the engine's own reading (EventTime) of a
// record that carries the value.

#include "EventTimeInference.h"
#include "engine/EventTime.h"

#include <QDateTime>
#include <QtTest>

using namespace outflow;

namespace {
QString describe(const QList<EventTimeInference::Field> &fields)
{
    QStringList parts;
    for (const EventTimeInference::Field &f : fields) parts << f.path + u':' + timeFormatName(f.format);
    return parts.join(u' ');
}
} // namespace

class TestEventTimeInference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatOf_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("format"); // empty: not proposed
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        QTest::newRow("epoch ms") << QByteArray("1767243600000") << QStringLiteral("epoch_ms");
        QTest::newRow("epoch ms now") << QByteArray::number(nowMs) << QStringLiteral("epoch_ms");
        QTest::newRow("epoch s") << QByteArray("1767243600") << QStringLiteral("epoch_s");
        QTest::newRow("epoch s in 1995") << QByteArray("800000000") << QStringLiteral("epoch_s");
        QTest::newRow("microseconds") << QByteArray("1767243600000000") << QString();
        QTest::newRow("epoch ms before 1990") << QByteArray("600000000000") << QString();
        QTest::newRow("epoch s a week ahead") << QByteArray::number(nowMs / 1000 + 7 * 86400) << QString();
        QTest::newRow("small counter") << QByteArray("42") << QString();
        QTest::newRow("negative") << QByteArray("-1767243600") << QString();
        QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QString();
        QTest::newRow("fraction of seconds") << QByteArray("1767243600.5") << QString();
        QTest::newRow("number as text") << QByteArray("\"1767243600000\"") << QString();
        QTest::newRow("iso with Z") << QByteArray("\"2026-01-01T05:10:00Z\"") << QStringLiteral("iso8601");
        QTest::newRow("iso with offset and ms") << QByteArray("\"2026-01-01T13:10:00.250+08:00\"") << QStringLiteral("iso8601");
        QTest::newRow("iso without zone") << QByteArray("\"2026-01-01T05:10:00\"") << QString();
        QTest::newRow("bare date") << QByteArray("\"2026-01-01\"") << QString();
        QTest::newRow("iso in 1970") << QByteArray("\"1970-01-01T00:00:00Z\"") << QString();
        QTest::newRow("boolean") << QByteArray("true") << QString();
        QTest::newRow("null") << QByteArray("null") << QString();
    }
    void formatOf()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, format);
        const auto found = EventTimeInference::formatOf(std::string_view(json.constData(), size_t(json.size())));
        QCOMPARE(found ? timeFormatName(*found) : QString(), format);
        if (!found) return;
        // What is proposed is what the engine reads as a plausible time with that format.
        EventTime eventTime(PartitionBy{QStringLiteral("t"), *found});
        const QByteArray value = "{\"t\":" + json + '}';
        RecordView record;
        record.value = value.constData();
        record.valueSize = value.size();
        qint64 ms = 0;
        QCOMPARE(eventTime.of(record, ms), QString());
    }

    void proposesNestedFieldsInOrder()
    {
        const QByteArray value = "{\"id\": 7, \"created\": 1767243600, \"event\": {\"at\": \"2026-01-01T05:10:00Z\","
                                 " \"ts\": 1767244200000}, \"amount\": 1767243600.5, \"tags\": [1767243600000]}";
        QCOMPARE(describe(EventTimeInference::fromValue(value)),
                 QStringLiteral("created:epoch_s event.at:iso8601 event.ts:epoch_ms"));
    }

    void repeatedKeyIsJudgedByItsLastValue()
    {
        QCOMPARE(describe(EventTimeInference::fromValue("{\"ts\": 1767243600000, \"ts\": \"soon\"}")), QString());
        QCOMPARE(describe(EventTimeInference::fromValue("{\"ts\": \"soon\", \"ts\": 1767243600000}")),
                 QStringLiteral("ts:epoch_ms"));
    }

    void nothingFromWhatIsNoObject_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("plain text") << QByteArray("plain text");
        QTest::newRow("bare number") << QByteArray("1767243600000");
        QTest::newRow("array") << QByteArray("[1767243600000]");
        QTest::newRow("broken") << QByteArray("{\"ts\": 1767243600000");
        QTest::newRow("empty") << QByteArray();
    }
    void nothingFromWhatIsNoObject()
    {
        QFETCH(QByteArray, value);
        QVERIFY(EventTimeInference::fromValue(value).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventTimeInference)
#include "tst_eventtimeinference.moc"
