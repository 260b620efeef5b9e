#include "RecordFormatter.h"

#include "JsonScanner.h"
#include "kafka/KafkaRecord.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace outflow {

RecordView RecordView::of(const KafkaRecord &r, const QByteArray &topicUtf8)
{
    RecordView v;
    v.topic = std::string_view(topicUtf8.constData(), size_t(topicUtf8.size()));
    v.partition = r.partition;
    v.offset = r.offset;
    v.timestampMs = r.timestampMs;
    if (!r.keyIsNull) {
        v.key = r.key.constData();
        v.keySize = r.key.size();
    }
    if (!r.valueIsNull) {
        v.value = r.value.constData();
        v.valueSize = r.value.size();
    }
    v.headers = r.headers;
    return v;
}

namespace {

/// Decimal digits straight into the line: QByteArray::number would allocate per field.
void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end - digits);
}

/// Bytes as a JSON value: a string when they are UTF-8, else {"base64": "..."}, so binary keys
/// and values survive the trip without silent replacement characters.
void appendBytes(QByteArray &out, const char *data, qsizetype size)
{
    if (!data) {
        out += "null";
        return;
    }
    if (isValidUtf8(data, size)) {
        RecordFormatter::appendJsonString(out, data, size);
        return;
    }
    out += "{\"base64\":\"";
    out += QByteArray(data, size).toBase64();
    out += "\"}";
}

void appendBytesField(QByteArray &out, const char *name, const char *data, qsizetype size)
{
    out += '"';
    out += name;
    out += "\":";
    appendBytes(out, data, size);
}

/// Room on the stack for what a field is rewritten through; longer ones go to the heap.
using Scratch = QVarLengthArray<char, 1024>;

/// The value embedded as JSON when it is JSON (object, array or scalar), else as bytes. Raw line
/// breaks can only be whitespace in valid JSON; minifying takes them out to keep one record per
/// line without touching a digit or a string byte.
void appendValue(QByteArray &out, const char *data, qsizetype size)
{
    if (!data) {
        out += "null";
        return;
    }
    const JsonScanner::Verdict verdict = JsonScanner::scan(data, size);
    // The line nests the value one level deeper, and the line has to pass the same limit.
    if (!verdict.valid || verdict.depth >= JsonScanner::kMaxDepth) {
        appendBytes(out, data, size);
        return;
    }
    if (!verdict.hasLineBreak) {
        out.append(data, size);
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + size);
    out.resize(at + JsonScanner::minify(data, size, out.data() + at));
}

/// True when a reader of the line, standing on the byte at `text`, would see the separator: in
/// the field's own bytes, or running on into the separator that follows the field. The second
/// case is for separators that overlap themselves: with "||", a field ending in '|' would
/// otherwise swallow the first bar of the separator after it.
bool separatorAt(const char *text, qsizetype rest, const QByteArray &separator)
{
    const qsizetype n = separator.size();
    if (rest >= n) return std::memcmp(text, separator.constData(), size_t(n)) == 0;
    return std::memcmp(text, separator.constData(), size_t(rest)) == 0 &&
           std::memcmp(separator.constData() + rest, separator.constData(), size_t(n - rest)) == 0;
}

/// Field text for the TDW text table, escaped as its reader unescapes: a backslash makes the
/// next byte literal (\n and \r stand for line breaks) and \N alone is NULL, so backslashes,
/// line breaks and every byte where the separator would be seen get a backslash. The reader
/// resumes right after the escaped byte, so the scan does too, even inside a separator.
void appendTableText(QByteArray &out, const char *text, qsizetype size, const QByteArray &separator)
{
    const char first = separator.front();
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        const bool special = c == '\\' || c == '\n' || c == '\r' || (c == first && separatorAt(text + i, size - i, separator));
        if (!special) continue;
        out.append(text + run, i - run);
        run = i + 1;
        out += '\\';
        out += c == '\n' ? 'n' : c == '\r' ? 'r' : c;
    }
    out.append(text + run, size - run);
}

/// A JSON value as a text-table field: strings as their text, objects and arrays as compact JSON,
/// numbers and booleans as written (so every digit stays), null as \N.
void appendTableField(QByteArray &out, std::string_view json, const QByteArray &separator)
{
    if (json.empty() || json.front() == 'n') {
        out += "\\N"; // Hive/TDW text-table NULL; a missing member is NULL too
        return;
    }
    const char *data = json.data();
    const auto size = qsizetype(json.size());
    if (json.front() == '"') {
        const std::string_view text = json.substr(1, json.size() - 2);
        if (text.find('\\') == std::string_view::npos) {
            appendTableText(out, text.data(), qsizetype(text.size()), separator);
            return;
        }
        Scratch decoded(size);
        const qsizetype length = JsonScanner::unescape(text.data(), qsizetype(text.size()), decoded.data());
        appendTableText(out, decoded.data(), length, separator);
    } else if (json.front() == '{' || json.front() == '[') {
        Scratch compact(size);
        appendTableText(out, compact.data(), JsonScanner::minify(data, size, compact.data()), separator);
    } else {
        appendTableText(out, data, size, separator);
    }
}

/// A typed cell as a text-table field: numbers in their shortest exact form, timestamps as
/// Hive's text TIMESTAMP (UTC), dates as YYYY-MM-DD, null as \N.
void appendCell(QByteArray &out, const ColumnCell &cell, ColumnType type, const QByteArray &separator)
{
    if (cell.null) {
        out += "\\N";
        return;
    }
    char number[32];
    switch (type) {
    case ColumnType::String:
    case ColumnType::Binary: appendTableText(out, cell.text.constData(), cell.text.size(), separator); return;
    case ColumnType::Int32:
    case ColumnType::Int64: out.append(number, std::to_chars(number, number + sizeof number, cell.integer).ptr - number); return;
    case ColumnType::Double: out.append(number, std::to_chars(number, number + sizeof number, cell.real).ptr - number); return;
    case ColumnType::Boolean: out += cell.integer ? "true" : "false"; return;
    case ColumnType::TimestampMs:
        out += QDateTime::fromMSecsSinceEpoch(cell.integer, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1();
        return;
    case ColumnType::Date: out += QDate(1970, 1, 1).addDays(cell.integer).toString(Qt::ISODate).toLatin1(); return;
    }
}

} // namespace

RecordFormatter::RecordFormatter(const TargetSpec &target)
    : m_format(target.format), m_separator(target.separator.toUtf8())
{
    for (const QString &field : target.fields) m_fields << field.toUtf8();
    if (target.format == RecordFormat::Delimited && !target.columns.isEmpty()) {
        m_columns = std::make_shared<ColumnExtractor>(target.columns);
        for (const ColumnSpec &c : target.columns) m_columnTypes << c.type;
    }
}

QString RecordFormatter::extension() const
{
    switch (m_format) {
    case RecordFormat::Json: return QStringLiteral("json");
    case RecordFormat::Raw: return QStringLiteral("raw");
    case RecordFormat::Delimited: return QStringLiteral("txt");
    case RecordFormat::Parquet:
    case RecordFormat::Orc: return recordFormatName(m_format); // written by ColumnarWriter
    }
    return {};
}

void RecordFormatter::appendJsonString(QByteArray &out, const char *data, qsizetype size)
{
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(data + runStart, size - runStart);
    out += '"';
}

QString RecordFormatter::append(const RecordView &record, QByteArray &out) const
{
    switch (m_format) {
    case RecordFormat::Json: return appendJson(record, out);
    case RecordFormat::Raw:
        if (record.value) out.append(record.value, record.valueSize);
        out += '\n';
        return {};
    case RecordFormat::Delimited: return appendDelimited(record, out);
    case RecordFormat::Parquet:
    case RecordFormat::Orc: break;
    }
    return {};
}

QString RecordFormatter::appendJson(const RecordView &r, QByteArray &out) const
{
    out += "{\"topic\":";
    appendJsonString(out, r.topic.data(), qsizetype(r.topic.size()));
    out += ",\"partition\":";
    appendNumber(out, r.partition);
    out += ",\"offset\":";
    appendNumber(out, r.offset);
    out += ",\"timestamp\":";
    appendNumber(out, r.timestampMs);
    out += ',';
    appendBytesField(out, "key", r.key, r.keySize);
    out += ",\"headers\":[";
    for (qsizetype i = 0; i < r.headers.size(); ++i) {
        if (i) out += ',';
        out += '{';
        appendBytesField(out, "key", r.headers.at(i).first.constData(), r.headers.at(i).first.size());
        out += ',';
        appendBytesField(out, "value", r.headers.at(i).second.constData(), r.headers.at(i).second.size());
        out += '}';
    }
    out += "],\"value\":";
    appendValue(out, r.value, r.valueSize);
    out += "}\n";
    return {};
}

QString RecordFormatter::appendDelimited(const RecordView &r, QByteArray &out) const
{
    if (m_columns) {
        if (QString bad = m_columns->extract(r, m_row); !bad.isEmpty()) return bad;
        for (qsizetype i = 0; i < m_columnTypes.size(); ++i) {
            if (i) out += m_separator;
            appendCell(out, m_row[size_t(i)], m_columnTypes.at(i), m_separator);
        }
        out += '\n';
        return {};
    }
    if (!r.value) return QStringLiteral("the value is null, so it has no fields");
    QVarLengthArray<std::string_view, 32> values(m_fields.size());
    std::fill(values.begin(), values.end(), std::string_view()); // empty: no such member
    JsonScanner::MemberPicker picker(m_fields, values.data());
    const JsonScanner::Verdict verdict = JsonScanner::scan(r.value, r.valueSize, &picker);
    if (!verdict.valid)
        return QStringLiteral("the value is not JSON (RFC 8259 text in UTF-8, nested at most %1 deep)")
            .arg(JsonScanner::kMaxDepth);
    if (!verdict.isObject) return QStringLiteral("the value is JSON but not an object");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i) out += m_separator;
        appendTableField(out, values.at(i), m_separator);
    }
    out += '\n';
    return {};
}

} // namespace outflow
