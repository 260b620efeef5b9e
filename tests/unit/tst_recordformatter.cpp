#include "engine/JsonScanner.h"
#include "engine/RecordFormatter.h"
#include "kafka/KafkaRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <optional>

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

/// Containers nested `depth` deep, innermost empty.
QByteArray nested(int depth) { return QByteArray(depth, '[') + QByteArray(depth, ']'); }

/// A TDW text-table line read by the rules of Hive's LazySimpleSerDe with escaping on,
/// generalised to multi-byte separators: the byte after a backslash is literal (\n and \r are
/// line breaks), the line splits at the leftmost unescaped separator, and a field written exactly
/// \N is NULL. Written from the reader's rules, not from the formatter, so it can judge it.
QList<std::optional<QByteArray>> readTableLine(const QByteArray &line, const QByteArray &separator)
{
    QList<std::optional<QByteArray>> fields;
    QByteArray field;
    qsizetype fieldStart = 0;
    auto finish = [&](qsizetype end) {
        if (line.mid(fieldStart, end - fieldStart) == "\\N") fields << std::nullopt;
        else fields << field;
        field.clear();
    };
    for (qsizetype i = 0; i < line.size();) {
        if (line.at(i) == '\\' && i + 1 < line.size()) {
            const char e = line.at(i + 1);
            field += e == 'n' ? '\n' : e == 'r' ? '\r' : e;
            i += 2;
        } else if (QByteArrayView(line).sliced(i).startsWith(separator)) {
            finish(i);
            i += separator.size();
            fieldStart = i;
        } else {
            field += line.at(i++);
        }
    }
    finish(line.size());
    return fields;
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
        // Whether Qt's parser can judge the row: it is an independent check on documents, but it
        // refuses 1e999 and lets lone surrogates and deeper nesting through.
        QTest::addColumn<bool>("askQt");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}") << true << false << true;
        QTest::newRow("array") << QByteArray("[1, 2.5, -0.5e10, 1E+2]") << true << false << true;
        QTest::newRow("string scalar") << QByteArray("\"h\\u00e9llo \\\"x\\\"\"") << true << false << true;
        QTest::newRow("number scalar") << QByteArray("12") << true << false << true;
        QTest::newRow("padded literal") << QByteArray(" null ") << true << false << true;
        QTest::newRow("pretty") << QByteArray("{\n  \"a\": 1\r\n}") << true << true << true;
        QTest::newRow("utf8") << QByteArray("{\"city\":\"深圳\"}") << true << false << true;
        QTest::newRow("open") << QByteArray("{") << false << false << true;
        QTest::newRow("missing value") << QByteArray("{\"a\"}") << false << false << true;
        QTest::newRow("leading zero") << QByteArray("01") << false << false << true;
        QTest::newRow("bare dot") << QByteArray("1.") << false << false << true;
        QTest::newRow("control char") << QByteArray("\"a\x01\"") << false << false << true;
        QTest::newRow("short literal") << QByteArray("tru") << false << false << true;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false << false << true;
        QTest::newRow("bad escape") << QByteArray("\"\\uZZZZ\"") << false << false << true;
        QTest::newRow("trailing text") << QByteArray("[1] x") << false << false << true;
        QTest::newRow("invalid utf8") << QByteArray("\"\xff\"") << false << false << true;
        QTest::newRow("overlong utf8") << QByteArray("\"\xc0\xaf\"") << false << false << true;
        QTest::newRow("empty") << QByteArray("") << false << false << true;
        QTest::newRow("plain text") << QByteArray("hello world") << false << false << true;
        // What a strict parser (RFC 8259; Python's json with NaN and Infinity refused) rejects,
        // the scanner rejects too, since the json format embeds what it accepts verbatim.
        QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << true << false << false;
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << true << false << false;
        QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890") << true << false << false;
        QTest::newRow("1e999") << QByteArray("1e999") << true << false << false;
        QTest::newRow("-1e-999") << QByteArray("-1e-999") << true << false << false;
        QTest::newRow("-0.0") << QByteArray("-0.0") << true << false << false;
        QTest::newRow("crlf between tokens") << QByteArray("{\"a\":\r\n1}") << true << true << false;
        QTest::newRow("lone CR around") << QByteArray("\r1\r") << true << true << false;
        QTest::newRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << true << false << false;
        QTest::newRow("escaped NUL") << QByteArray("\"\\u0000\"") << true << false << false;
        QTest::newRow("escaped slash") << QByteArray("\"\\/\"") << true << false << false;
        QTest::newRow("DEL") << QByteArray("\"\x7f\"") << true << false << false;
        QTest::newRow("512 deep") << nested(512) << true << false << false;
        QTest::newRow("513 deep") << nested(513) << false << false << false;
        QTest::newRow("513 deep objects") << QByteArray("{\"a\":").repeated(513) + QByteArray(513, '}') << false << false << false;
        QTest::newRow("unknown escape") << QByteArray("\"\\x\"") << false << false << false;
        QTest::newRow("escaped quote mark") << QByteArray("\"\\'\"") << false << false << false;
        QTest::newRow("\\u non-hex") << QByteArray("\"\\u12G4\"") << false << false << false;
        QTest::newRow("\\u short") << QByteArray("\"\\u12\"") << false << false << false;
        QTest::newRow("lone high surrogate") << QByteArray("\"\\ud800\"") << false << false << false;
        QTest::newRow("lone low surrogate") << QByteArray("\"\\udc00\"") << false << false << false;
        QTest::newRow("high surrogate, letter") << QByteArray("\"\\ud800x\"") << false << false << false;
        QTest::newRow("high surrogate, non-low") << QByteArray("\"\\ud800\\u0041\"") << false << false << false;
        QTest::newRow("two high surrogates") << QByteArray("\"\\ud800\\ud800\"") << false << false << false;
        QTest::newRow("truncated utf8") << QByteArray("\"a\xc3\"") << false << false << false;
        QTest::newRow("utf8 surrogate") << QByteArray("\"\xed\xa0\x80\"") << false << false << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"") << false << false << false;
        QTest::newRow("raw tab in string") << QByteArray("\"a\tb\"") << false << false << false;
        QTest::newRow("raw CR in string") << QByteArray("\"a\rb\"") << false << false << false;
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{}") << false << false << false;
        QTest::newRow("NUL in string") << QByteArray("\"a\0b\"", 5) << false << false << false;
        QTest::newRow("NUL after") << QByteArray("1\0", 2) << false << false << false;
        QTest::newRow("NUL before") << QByteArray("\0" "1", 2) << false << false << false;
        QTest::newRow("two values") << QByteArray("{} {}") << false << false << false;
        QTest::newRow("extra bracket") << QByteArray("[1]]") << false << false << false;
        QTest::newRow("vertical tab") << QByteArray("\v1") << false << false << false;
        QTest::newRow("form feed") << QByteArray("1\f") << false << false << false;
        QTest::newRow("no-break space") << QByteArray("\xc2\xa0" "1") << false << false << false;
        QTest::newRow("NaN") << QByteArray("NaN") << false << false << false;
        QTest::newRow("Infinity") << QByteArray("[Infinity]") << false << false << false;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << false << false << false;
        QTest::newRow("plus") << QByteArray("+1") << false << false << false;
        QTest::newRow("leading dot") << QByteArray(".5") << false << false << false;
        QTest::newRow("dot exponent") << QByteArray("1.e5") << false << false << false;
        QTest::newRow("bare exponent") << QByteArray("1e+") << false << false << false;
        QTest::newRow("minus zero-led") << QByteArray("-01") << false << false << false;
        QTest::newRow("hex") << QByteArray("0x10") << false << false << false;
        QTest::newRow("single quotes") << QByteArray("'a'") << false << false << false;
        QTest::newRow("bare key") << QByteArray("{a:1}") << false << false << false;
        QTest::newRow("trailing comma in array") << QByteArray("[1,]") << false << false << false;
        QTest::newRow("unterminated string") << QByteArray("\"abc") << false << false << false;
        QTest::newRow("whitespace only") << QByteArray(" \r\n") << false << false << false;
    }
    void scanner()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(bool, lineBreak);
        QFETCH(bool, askQt);
        const JsonScanner::Verdict v = JsonScanner::scan(text.constData(), text.size());
        QCOMPARE(v.valid, valid);
        if (valid) QCOMPARE(v.hasLineBreak, lineBreak);
        if (askQt && (text.startsWith('{') || text.startsWith('['))) {
            QJsonParseError e;
            QJsonDocument::fromJson(text, &e);
            QCOMPARE(e.error == QJsonParseError::NoError, valid);
        }
    }

    void scannerDepth_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("depth");
        QTest::newRow("scalar") << QByteArray("1") << 0;
        QTest::newRow("empty array") << QByteArray("[]") << 1;
        QTest::newRow("deepest branch counts") << QByteArray("[[],{\"a\":[{}]},1]") << 4;
        QTest::newRow("brackets in strings do not") << QByteArray("{\"a\":\"[[[{{{\"}") << 1;
        QTest::newRow("512") << nested(512) << 512;
    }
    void scannerDepth()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, depth);
        const JsonScanner::Verdict v = JsonScanner::scan(text.constData(), text.size());
        QVERIFY(v.valid);
        QCOMPARE(v.depth, depth);
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
        QTest::newRow("2^64-1") << QByteArray("18446744073709551615") << false << QByteArray("18446744073709551615");
        QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << false << QByteArray("-9223372036854775808");
        QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890") << false << QByteArray("123456789012345678901234567890");
        QTest::newRow("1e999") << QByteArray("1e999") << false << QByteArray("1e999");
        QTest::newRow("-1e-999") << QByteArray("-1e-999") << false << QByteArray("-1e-999");
        QTest::newRow("1e999 after a line break") << QByteArray("{\"n\":\n1e999}") << false << QByteArray("{\"n\":1e999}");
        QTest::newRow("2^64-1 after a line break") << QByteArray("[\n18446744073709551615,\n-9223372036854775808,\n-1e-999,\n1.50]") << false
                                                   << QByteArray("[18446744073709551615,-9223372036854775808,-1e-999,1.50]");
        QTest::newRow("crlf") << QByteArray("{\"a\":\r\n1}") << false << QByteArray("{\"a\":1}");
        QTest::newRow("lone CR around") << QByteArray("\r1\r") << false << QByteArray("1");
        QTest::newRow("pretty, escaped breaks in strings")
            << QByteArray("{\n  \"s\": \"line1\\nline2\",\n  \"o\": {\n    \"t\": \"a \\\" b\\r\\n\",\n    \"arr\": [ 1 , \"x  y\" , {} ]\n  }\n}\n")
            << false << QByteArray("{\"s\":\"line1\\nline2\",\"o\":{\"t\":\"a \\\" b\\r\\n\",\"arr\":[1,\"x  y\",{}]}}");
        QTest::newRow("pretty, backslash before quote") << QByteArray("[\"a\\\\\",\n \" \"]") << false << QByteArray("[\"a\\\\\",\" \"]");
        QTest::newRow("spaces kept without a line break") << QByteArray(" {\"a\": [1,\t2]} ") << false << QByteArray(" {\"a\": [1,\t2]} ");
        QTest::newRow("511 deep embedded") << nested(511) << false << nested(511);
        QTest::newRow("512 deep as string") << nested(512) << false << '"' + nested(512) + '"';
        QTest::newRow("513 deep as string") << nested(513) << false << '"' + nested(513) + '"';
        QTest::newRow("unknown escape as string") << QByteArray("\"\\x\"") << false << QByteArray("\"\\\"\\\\x\\\"\"");
        QTest::newRow("lone surrogate as string") << QByteArray("\"\\ud800\"") << false << QByteArray("\"\\\"\\\\ud800\\\"\"");
        QTest::newRow("BOM as string") << QByteArray("\xef\xbb\xbf{}") << false << QByteArray("\"\xef\xbb\xbf{}\"");
        QTest::newRow("NUL as string") << QByteArray("{\"a\":1}\0", 8) << false << QByteArray("\"{\\\"a\\\":1}\\u0000\"");
        QTest::newRow("trailing garbage as string") << QByteArray("{\"a\":1}x") << false << QByteArray("\"{\\\"a\\\":1}x\"");
        QTest::newRow("raw CR in string as string") << QByteArray("\"a\rb\"\n") << false << QByteArray("\"\\\"a\\rb\\\"\\n\"");
        QTest::newRow("NaN as string") << QByteArray("NaN") << false << QByteArray("\"NaN\"");
        QTest::newRow("bad utf8 in string as base64") << QByteArray("\"\xff\"") << false << QByteArray("{\"base64\":\"Iv8i\"}");
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
        // One line, and JSON by the strict rules (Qt's parser would refuse 1e999).
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(JsonScanner::scan(line.constData(), line.size() - 1).valid);
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
        QTest::newRow("big integers as written")
            << QByteArray("{\"id\":1234567890123456789,\"name\":18446744073709551615,\"price\":-9223372036854775808,\"ok\":123456789012345678901234567890}")
            << "|" << QByteArray("1234567890123456789|18446744073709551615|-9223372036854775808|123456789012345678901234567890") << "";
        QTest::newRow("numbers as written") << QByteArray("{\"id\":1e999,\"name\":-0.0,\"price\":1.50,\"ok\":-1E-999}") << "|"
                                            << QByteArray("1e999|-0.0|1.50|-1E-999") << "";
        QTest::newRow("string \\N is not NULL") << QByteArray("{\"id\":\"\\\\N\",\"name\":\"N\",\"price\":\"\"}") << "|"
                                                << QByteArray("\\\\N|N||\\N") << "";
        QTest::newRow("line breaks, separator, backslash") << QByteArray("{\"id\":\"a|b\\r\\nc\\\\d\\te\"}") << "|"
                                                           << QByteArray("a\\|b\\r\\nc\\\\d\te|\\N|\\N|\\N") << "";
        QTest::newRow("unicode escapes") << QByteArray("{\"id\":\"caf\\u00e9 \\ud83d\\ude00 \\u007c \\u0000.\"}") << "|"
                                         << QByteArray("caf\xc3\xa9 \xf0\x9f\x98\x80 \\| \0.|\\N|\\N|\\N", 25) << "";
        QTest::newRow("escaped key") << QByteArray("{\"\\u0069d\":5,\"na\\u006de\":\"x\"}") << "|" << QByteArray("5|x|\\N|\\N") << "";
        QTest::newRow("duplicate key, last wins") << QByteArray("{\"id\":1,\"name\":\"x\",\"id\":2}") << "|" << QByteArray("2|x|\\N|\\N") << "";
        QTest::newRow("duplicate key, last null") << QByteArray("{\"id\":1,\"id\":null}") << "|" << QByteArray("\\N|\\N|\\N|\\N") << "";
        QTest::newRow("nested keys are not fields") << QByteArray("{\"x\":{\"id\":5},\"name\":[{\"id\":6}]}") << "|"
                                                    << QByteArray("\\N|[{\"id\":6}]|\\N|\\N") << "";
        QTest::newRow("nested minified, digits exact")
            << QByteArray("{\"id\" : {\"a\": [1, 2.50, 18446744073709551615,\n 1e999], \"b\": \"x | y\\\\\"} }") << "|"
            << QByteArray("{\"a\":[1,2.50,18446744073709551615,1e999],\"b\":\"x \\| y\\\\\\\\\"}|\\N|\\N|\\N") << "";
        QTest::newRow("pretty value") << QByteArray("{\r\n  \"id\": 7,\r\n  \"ok\": false\r\n}") << "|" << QByteArray("7|\\N|\\N|false") << "";
        QTest::newRow("separator of letters") << QByteArray("{\"id\":true,\"name\":\"ae\"}") << "e" << QByteArray("tru\\eea\\ee\\Ne\\N") << "";
        QTest::newRow("separator ||, field ends with |") << QByteArray("{\"id\":\"a|\",\"name\":\"b\"}") << "||"
                                                        << QByteArray("a\\|||b||\\N||\\N") << "";
        QTest::newRow("separator ||, field starts with |") << QByteArray("{\"id\":\"a\",\"name\":\"|b\"}") << "||"
                                                          << QByteArray("a|||b||\\N||\\N") << "";
        QTest::newRow("separator ||, three bars") << QByteArray("{\"id\":\"a|||b\"}") << "||" << QByteArray("a\\|\\||b||\\N||\\N||\\N") << "";
        QTest::newRow("separator ::, field ends with :") << QByteArray("{\"id\":\"a:\"}") << "::" << QByteArray("a\\:::\\N::\\N::\\N") << "";
        QTest::newRow("not json") << QByteArray("oops") << "|" << QByteArray() << "the value is not JSON";
        QTest::newRow("not object") << QByteArray("[1]") << "|" << QByteArray() << "the value is JSON but not an object";
        QTest::newRow("string, not object") << QByteArray("\"{}\"") << "|" << QByteArray() << "the value is JSON but not an object";
        QTest::newRow("unterminated") << QByteArray("{\"id\":1") << "|" << QByteArray() << "the value is not JSON";
        QTest::newRow("lone surrogate") << QByteArray("{\"id\":\"\\ud800\"}") << "|" << QByteArray() << "the value is not JSON";
        QTest::newRow("bad utf8") << QByteArray("{\"id\":\"\xff\"}") << "|" << QByteArray() << "the value is not JSON";
        QTest::newRow("trailing garbage") << QByteArray("{\"id\":1}}") << "|" << QByteArray() << "the value is not JSON";
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

    // Delimited with typed columns: nested paths, metadata, types checked like parquet's, each
    // written as a text table reads it back.
    void delimitedColumns()
    {
        TargetSpec t;
        t.format = RecordFormat::Delimited;
        t.columns = {ColumnSpec{QStringLiteral("id"), ColumnType::Int64, QStringLiteral("id"), ColumnMeta::None, false},
                     ColumnSpec{QStringLiteral("city"), ColumnType::String, QStringLiteral("buyer.city")},
                     ColumnSpec{QStringLiteral("amount"), ColumnType::Double, QStringLiteral("amount")},
                     ColumnSpec{QStringLiteral("ts"), ColumnType::TimestampMs, QStringLiteral("ts")},
                     ColumnSpec{QStringLiteral("day"), ColumnType::Date, QStringLiteral("day")},
                     ColumnSpec{QStringLiteral("o"), ColumnType::Int64, {}, ColumnMeta::Offset}};
        QString problem;
        QCOMPARE(format(t, record("{\"id\":9223372036854775807,\"buyer\":{\"city\":\"a|b\"},\"amount\":0.1,\"ts\":1767323045123,\"day\":\"2026-01-02\"}"), &problem),
                 QByteArray("9223372036854775807|a\\|b|0.1|2026-01-02 03:04:05.123|2026-01-02|42\n"));
        QCOMPARE(problem, QString());
        QCOMPARE(format(t, record("{\"id\":1}"), &problem), QByteArray("1|\\N|\\N|\\N|\\N|42\n"));
        QCOMPARE(format(t, record("{\"id\":1.5}"), &problem), QByteArray());
        QVERIFY2(problem.contains(QStringLiteral("does not fit column id of type int64")), qPrintable(problem));
    }

    /// Every pair of awkward strings (and NULL) written under separators of every shape, read
    /// back by the reader's rules: the fields come back exactly. Separators that overlap
    /// themselves ("||", "::", "aba") are where escaping only whole separators goes wrong.
    void delimitedRoundTrip_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("|") << "|";
        QTest::newRow(",") << ",";
        QTest::newRow("||") << "||";
        QTest::newRow("::") << "::";
        QTest::newRow("aba") << "aba";
        QTest::newRow("x01") << "\x01";
        QTest::newRow("<=>") << "<=>";
        QTest::newRow("CJK") << QString::fromUtf8("\xe4\xb8\xa8");
        QTest::newRow("8 chars") << "|;|;|;|;";
    }
    void delimitedRoundTrip()
    {
        QFETCH(QString, separator);
        const QByteArray sep = separator.toUtf8();
        const QList<QByteArray> texts{"",    "a",     "N",     "\\N",    "\\",   "\\\\",     "n",  "\n",  "\r\n", "\\n",
                                      "|",   "||",    "|||",   "a|",     "|a",   "a||b",     ":",  "a:",  "::",   ":::",
                                      "ab",  "aba",   "abab",  "ba",     "b",    "ababa",    "<",  "<=",  "=>",   "<=<=>",
                                      "\x01", "\x01\x01", "\xe4\xb8\xa8", "\xe4\xb8\xa8\xe4\xb8\xa8", "|;|;|;|", "|;|;|;|;|;|;|;", "a\\|b", ",",   ",,"};
        TargetSpec t;
        t.format = RecordFormat::Delimited;
        t.separator = separator;
        t.fields = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("missing")};
        QList<std::optional<QByteArray>> values{std::nullopt};
        for (const QByteArray &text : texts) values << text;
        for (const auto &a : values) {
            for (const auto &b : values) {
                // Built by Qt, not by the code under test.
                QJsonObject object;
                object.insert(QStringLiteral("id"), a ? QJsonValue(QString::fromUtf8(*a)) : QJsonValue(QJsonValue::Null));
                object.insert(QStringLiteral("name"), b ? QJsonValue(QString::fromUtf8(*b)) : QJsonValue(QJsonValue::Null));
                QString problem;
                const QByteArray out = format(t, record(QJsonDocument(object).toJson(QJsonDocument::Compact)), &problem);
                QCOMPARE(problem, QString());
                QVERIFY(out.endsWith('\n'));
                const QByteArray line = out.chopped(1);
                QVERIFY2(!line.contains('\n') && !line.contains('\r'), line.constData());
                const QList<std::optional<QByteArray>> expected{a, b, std::nullopt};
                QVERIFY2(readTableLine(line, sep) == expected, line.toHex(' ').constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordFormatter)
#include "tst_recordformatter.moc"
