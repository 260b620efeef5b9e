#include "engine/JsonScanner.h"
#include "engine/RecordFormatter.h"
#include "kafka/KafkaRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// No raw string literals here: moc of Qt 6.4 loses the test class after them.

using namespace outflow;

namespace {
KafkaRecord record(const QByteArray &value, bool valueNull = false)
{
    KafkaRecord r;
    r.topic = QStringLiteral("orders");
    r.partition = 3;
    r.offset = 42;
    r.timestampMs = 1767323045000;
    r.key = "k1";
    r.keyIsNull = false;
    r.value = value;
    r.valueIsNull = valueNull;
    r.headers = {{"trace", "abc"}};
    return r;
}

QByteArray format(const TargetSpec &target, const KafkaRecord &r, QString *bad = nullptr)
{
    const QByteArray topic = r.topic.toUtf8();
    QByteArray out;
    const QString problem = RecordFormatter(target).append(RecordView::of(r, topic), out);
    if (bad) *bad = problem;
    return out;
}
} // namespace

class TestRecordFormatter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanner_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("lineBreak");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}") << true << false;
        QTest::newRow("array") << QByteArray("[1, 2.5, -0.5e10, 1E+2]") << true << false;
        QTest::newRow("string scalar") << QByteArray("\"h\\u00e9llo \\\"x\\\"\"") << true << false;
        QTest::newRow("number scalar") << QByteArray("12") << true << false;
        QTest::newRow("padded literal") << QByteArray(" null ") << true << false;
        QTest::newRow("pretty") << QByteArray("{\n  \"a\": 1\r\n}") << true << true;
        QTest::newRow("utf8") << QByteArray("{\"city\":\"深圳\"}") << true << false;
        QTest::newRow("open") << QByteArray("{") << false << false;
        QTest::newRow("missing value") << QByteArray("{\"a\"}") << false << false;
        QTest::newRow("leading zero") << QByteArray("01") << false << false;
        QTest::newRow("bare dot") << QByteArray("1.") << false << false;
        QTest::newRow("control char") << QByteArray("\"a\x01\"") << false << false;
        QTest::newRow("short literal") << QByteArray("tru") << false << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false << false;
        QTest::newRow("bad escape") << QByteArray("\"\\uZZZZ\"") << false << false;
        QTest::newRow("trailing text") << QByteArray("[1] x") << false << false;
        QTest::newRow("invalid utf8") << QByteArray("\"\xff\"") << false << false;
        QTest::newRow("overlong utf8") << QByteArray("\"\xc0\xaf\"") << false << false;
        QTest::newRow("empty") << QByteArray("") << false << false;
        QTest::newRow("plain text") << QByteArray("hello world") << false << false;
    }
    void scanner()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(bool, lineBreak);
        const JsonScanner::Verdict v = JsonScanner::scan(text.constData(), text.size());
        QCOMPARE(v.valid, valid);
        if (valid) QCOMPARE(v.hasLineBreak, lineBreak);
        // Agrees with Qt's parser on documents.
        if (text.startsWith('{') || text.startsWith('[')) {
            QJsonParseError e;
            QJsonDocument::fromJson(text, &e);
            QCOMPARE(e.error == QJsonParseError::NoError, valid);
        }
    }

    /// The scanner skips strings and ASCII runs in blocks of 8 or 16 bytes: put each kind of
    /// byte that must stop it at every position around those block edges, inside strings of
    /// every length up to three blocks. (Qt's parser is no oracle here: it lets raw control
    /// characters through.)
    void scannerBlockEdges()
    {
        struct Stopper
        {
            QByteArray bytes;
            bool validInString;
        };
        const QList<Stopper> stoppers{{"\"", false},         {"\\n", true},  {"\\", false},   {"\x01", false},
                                      {"\x1f", false},       {"\n", false},   {"\xc3\xa9", true}, {"\xe6\xb7\xb1", true},
                                      {"\xff", false},       {"\xc0\xaf", false}};
        for (int length = 0; length <= 48; ++length) {
            for (int at = 0; at <= length; ++at) {
                for (const Stopper &stopper : stoppers) {
                    QByteArray inner(length, 'x');
                    inner.insert(at, stopper.bytes);
                    const QByteArray text = "[\"" + inner + "\"]";
                    const JsonScanner::Verdict v = JsonScanner::scan(text.constData(), text.size());
                    if (v.valid != stopper.validInString)
                        QFAIL(qPrintable(QStringLiteral("length %1, stopper at %2: %3").arg(length).arg(at).arg(QString::fromLatin1(text.toHex()))));
                    const bool utf8 = QString::fromUtf8(text).toUtf8() == text;
                    QCOMPARE(isValidUtf8(text.constData(), text.size()), utf8);
                }
            }
        }
    }

    void jsonLines_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valueNull");
        QTest::addColumn<QByteArray>("expectedValue");
        QTest::newRow("json object embedded") << QByteArray("{\"id\":7}") << false << QByteArray("{\"id\":7}");
        QTest::newRow("scalar embedded") << QByteArray("3.5") << false << QByteArray("3.5");
        QTest::newRow("text as string") << QByteArray("hello \"you\"") << false << QByteArray("\"hello \\\"you\\\"\"");
        QTest::newRow("binary as base64") << QByteArray("\xff\x00\x01", 3) << false << QByteArray("{\"base64\":\"/wAB\"}");
        QTest::newRow("tombstone") << QByteArray() << true << QByteArray("null");
        QTest::newRow("pretty compacted") << QByteArray("{\n \"a\": [1,\n 2]\n}") << false << QByteArray("{\"a\":[1,2]}");
    }
    void jsonLines()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valueNull);
        QFETCH(QByteArray, expectedValue);
        const QByteArray line = format(TargetSpec{}, record(value, valueNull));
        QCOMPARE(line, QByteArray("{\"topic\":\"orders\",\"partition\":3,\"offset\":42,\"timestamp\":1767323045000,\"key\":\"k1\","
                                  "\"headers\":[{\"key\":\"trace\",\"value\":\"abc\"}],\"value\":") +
                           expectedValue + "}\n");
        QVERIFY(!QJsonDocument::fromJson(line).isNull());
    }

    void raw()
    {
        TargetSpec t;
        t.format = RecordFormat::Raw;
        QCOMPARE(format(t, record("a|b")), QByteArray("a|b\n"));
    }

    void delimited_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("bad");
        QTest::newRow("fields") << QByteArray("{\"id\":7,\"name\":\"a|b\",\"price\":1.25,\"ok\":true}") << "|" << QByteArray("7|a\\|b|1.25|true") << "";
        QTest::newRow("missing and null") << QByteArray("{\"id\":null,\"price\":0}") << "|" << QByteArray("\\N|\\N|0|\\N") << "";
        QTest::newRow("escapes") << QByteArray("{\"id\":1,\"name\":\"x\\\\y\\nz\"}") << "|" << QByteArray("1|x\\\\y\\nz|\\N|\\N") << "";
        QTest::newRow("nested") << QByteArray("{\"id\":[1,2],\"name\":{\"a\":1}}") << "," << QByteArray("[1\\,2],{\"a\":1},\\N,\\N") << "";
        QTest::newRow("multi-char separator") << QByteArray("{\"id\":\"a::b\"}") << "::" << QByteArray("a\\::b::\\N::\\N::\\N") << "";
        QTest::newRow("not json") << QByteArray("oops") << "|" << QByteArray() << "the value is not JSON";
        QTest::newRow("not object") << QByteArray("[1]") << "|" << QByteArray() << "the value is JSON but not an object";
    }
    void delimited()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, separator);
        QFETCH(QByteArray, line);
        QFETCH(QString, bad);
        TargetSpec t;
        t.format = RecordFormat::Delimited;
        t.separator = separator;
        t.fields = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("ok")};
        QString problem;
        const QByteArray out = format(t, record(value), &problem);
        if (bad.isEmpty()) {
            QCOMPARE(problem, QString());
            QCOMPARE(out, line + '\n');
        } else {
            QVERIFY2(problem.startsWith(bad), qPrintable(problem));
            QCOMPARE(out, QByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordFormatter)
#include "tst_recordformatter.moc"
