#include "RecordFormatter.h"

#include "JsonScanner.h"
#include "kafka/KafkaRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <charconv>

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

/// The value embedded as JSON when it is JSON (object, array or scalar), else as bytes. Raw line
/// breaks can only be whitespace in valid JSON; they are re-serialised away to keep one record
/// per line (rare, so the slow DOM path is fine there).
void appendValue(QByteArray &out, const char *data, qsizetype size)
{
    if (!data) {
        out += "null";
        return;
    }
    const JsonScanner::Verdict verdict = JsonScanner::scan(data, size);
    if (!verdict.valid) {
        appendBytes(out, data, size);
        return;
    }
    if (!verdict.hasLineBreak) {
        out.append(data, size);
        return;
    }
    const QByteArray wrapped = '[' + QByteArray(data, size) + ']';
    const QByteArray compact = QJsonDocument::fromJson(wrapped).toJson(QJsonDocument::Compact);
    out += QByteArrayView(compact).sliced(1, compact.size() - 2);
}

void appendDelimitedText(QByteArray &out, const QByteArray &text, const QByteArray &separator)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == separator.at(0) && text.mid(i, separator.size()) == separator) {
            out += '\\';
            out += separator;
            i += separator.size() - 1;
        } else out += c;
    }
}

} // namespace

RecordFormatter::RecordFormatter(const TargetSpec &target)
    : m_format(target.format), m_fields(target.fields), m_separator(target.separator.toUtf8())
{
}

QString RecordFormatter::extension() const
{
    switch (m_format) {
    case RecordFormat::Json: return QStringLiteral("json");
    case RecordFormat::Raw: return QStringLiteral("raw");
    case RecordFormat::Delimited: return QStringLiteral("txt");
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
    if (!r.value) return QStringLiteral("the value is null, so it has no fields");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(r.value, r.valueSize), &error);
    if (error.error != QJsonParseError::NoError) return QStringLiteral("the value is not JSON (%1)").arg(error.errorString());
    if (!doc.isObject()) return QStringLiteral("the value is JSON but not an object");
    const QJsonObject object = doc.object();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i) out += m_separator;
        const QJsonValue v = object.value(m_fields.at(i));
        switch (v.type()) {
        case QJsonValue::Undefined:
        case QJsonValue::Null: out += "\\N"; break; // Hive/TDW text-table NULL
        case QJsonValue::String: appendDelimitedText(out, v.toString().toUtf8(), m_separator); break;
        case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            out += (d == double(qint64(d)) && qAbs(d) < 9e15) ? QByteArray::number(qint64(d)) : QByteArray::number(d, 'g', 17);
            break;
        }
        case QJsonValue::Array:
        case QJsonValue::Object:
            appendDelimitedText(out,
                                v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact),
                                m_separator);
            break;
        }
    }
    out += '\n';
    return {};
}

} // namespace outflow
