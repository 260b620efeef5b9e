#include "ColumnExtractor.h"

#include "JsonScanner.h"

#include <QDate>
#include <QDateTime>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <cstring>

namespace outflow {

namespace {

QString preview(std::string_view json)
{
    const QString text = QString::fromUtf8(json.data(), qsizetype(std::min<size_t>(json.size(), 40)));
    return json.size() > 40 ? text + QStringLiteral("…") : text;
}

bool isIntegerToken(std::string_view json)
{
    if (json.empty()) return false;
    for (size_t i = json.front() == '-' ? 1 : 0; i < json.size(); ++i)
        if (json[i] < '0' || json[i] > '9') return false;
    return true;
}

bool parseInteger(std::string_view json, qint64 &out)
{
    if (!isIntegerToken(json)) return false;
    const auto [end, error] = std::from_chars(json.data(), json.data() + json.size(), out);
    return error == std::errc() && end == json.data() + json.size();
}

/// Replaces the cell's text, keeping its buffer (Qt 6.4 has no QByteArray::assign).
void setText(QByteArray &text, const char *data, qsizetype size)
{
    text.resize(size);
    if (size > 0) memcpy(text.data(), data, size_t(size));
}

/// The text of a JSON string token without its quotes, unescaped.
void unescapeString(std::string_view json, QByteArray &out)
{
    out.resize(qsizetype(json.size()) - 2);
    out.resize(JsonScanner::unescape(json.data() + 1, qsizetype(json.size()) - 2, out.data()));
}

} // namespace

ColumnExtractor::ColumnExtractor(const QList<ColumnSpec> &columns)
{
    for (const ColumnSpec &c : columns) {
        Plan plan{c, -1, {}};
        if (c.meta == ColumnMeta::None) {
            const QList<QByteArray> segments = c.path.toUtf8().split('.');
            plan.firstName = int(m_firstNames.indexOf(segments.first()));
            if (plan.firstName < 0) {
                plan.firstName = int(m_firstNames.size());
                m_firstNames << segments.first();
            }
            for (qsizetype i = 1; i < segments.size(); ++i) plan.deeperNames << QList<QByteArray>{segments.at(i)};
            m_needsValue = true;
        }
        m_plans.push_back(std::move(plan));
    }
}

QString ColumnExtractor::extract(const RecordView &record, std::vector<ColumnCell> &row) const
{
    row.resize(m_plans.size());
    QVarLengthArray<std::string_view, 32> firsts(m_firstNames.size());
    if (m_needsValue) {
        if (!record.value) return QStringLiteral("the value is null, so it has no fields");
        std::fill(firsts.begin(), firsts.end(), std::string_view()); // empty: no such member
        JsonScanner::MemberPicker picker(m_firstNames, firsts.data());
        const JsonScanner::Verdict verdict = JsonScanner::scan(record.value, record.valueSize, &picker);
        if (!verdict.valid)
            return QStringLiteral("the value is not JSON (RFC 8259 text in UTF-8, nested at most %1 deep)").arg(JsonScanner::kMaxDepth);
        if (!verdict.isObject) return QStringLiteral("the value is JSON but not an object");
    }
    for (size_t i = 0; i < m_plans.size(); ++i) {
        const Plan &plan = m_plans[i];
        ColumnCell &cell = row[i];
        cell.null = false;
        QString bad;
        if (plan.spec.meta != ColumnMeta::None) {
            bad = fromMeta(plan, record, cell);
        } else {
            std::string_view json = firsts[plan.firstName];
            for (const QList<QByteArray> &name : plan.deeperNames) {
                if (json.empty() || json.front() != '{') {
                    json = {};
                    break;
                }
                std::string_view inner;
                JsonScanner::MemberPicker picker(name, &inner);
                JsonScanner::scan(json.data(), qsizetype(json.size()), &picker); // valid: part of a valid value
                json = inner;
            }
            if (json.empty() || json == "null") {
                cell.null = true;
                if (!plan.spec.nullable)
                    bad = QStringLiteral("column %1 is not nullable, and the value has no field \"%2\"")
                              .arg(plan.spec.name, plan.spec.path);
            } else {
                bad = fromValue(plan, json, cell);
            }
        }
        if (!bad.isEmpty()) return bad;
    }
    return {};
}

QString ColumnExtractor::fromValue(const Plan &plan, std::string_view json, ColumnCell &cell) const
{
    const ColumnSpec &c = plan.spec;
    const auto misfit = [&](const QString &why) {
        return QStringLiteral("field \"%1\" (%2) does not fit column %3 of type %4: %5")
            .arg(c.path, preview(json), c.name, columnTypeName(c.type), why);
    };
    const char first = json.front();
    switch (c.type) {
    case ColumnType::String:
        if (first == '"') unescapeString(json, cell.text);
        else if (first == '{' || first == '[') {
            cell.text.resize(qsizetype(json.size()));
            cell.text.resize(JsonScanner::minify(json.data(), qsizetype(json.size()), cell.text.data()));
        } else {
            setText(cell.text, json.data(), qsizetype(json.size())); // a number or true/false, as written
        }
        return {};
    case ColumnType::Binary:
        if (first != '"') return misfit(QStringLiteral("binary columns take a JSON string"));
        unescapeString(json, cell.text);
        return {};
    case ColumnType::Int32:
    case ColumnType::Int64:
        if (!parseInteger(json, cell.integer)) return misfit(QStringLiteral("not a whole number in range"));
        if (c.type == ColumnType::Int32 && (cell.integer < INT32_MIN || cell.integer > INT32_MAX))
            return misfit(QStringLiteral("outside the int32 range"));
        return {};
    case ColumnType::Double: {
        if (first != '-' && (first < '0' || first > '9')) return misfit(QStringLiteral("not a number"));
        const auto [end, error] = std::from_chars(json.data(), json.data() + json.size(), cell.real);
        if (error != std::errc() || !std::isfinite(cell.real)) return misfit(QStringLiteral("outside the double range"));
        return {};
    }
    case ColumnType::Boolean:
        if (json != "true" && json != "false") return misfit(QStringLiteral("not true or false"));
        cell.integer = json == "true" ? 1 : 0;
        return {};
    case ColumnType::TimestampMs:
        if (parseInteger(json, cell.integer)) return {}; // epoch milliseconds
        if (first == '"') {
            // An ISO-8601 time with its offset; without one it would mean a different instant
            // in every time zone.
            QByteArray text;
            unescapeString(json, text);
            const QDateTime t = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
            if (t.isValid() && t.timeSpec() != Qt::LocalTime) {
                cell.integer = t.toMSecsSinceEpoch();
                return {};
            }
        }
        return misfit(QStringLiteral("timestamps are epoch milliseconds or ISO-8601 text with a time zone"));
    case ColumnType::Date:
        if (first == '"') {
            QByteArray text;
            unescapeString(json, text);
            const QDate d = QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
            if (d.isValid() && text.size() == 10) {
                cell.integer = QDate(1970, 1, 1).daysTo(d);
                return {};
            }
        }
        return misfit(QStringLiteral("dates are text like 2026-12-02"));
    }
    return misfit(QStringLiteral("unknown type"));
}

QString ColumnExtractor::fromMeta(const Plan &plan, const RecordView &r, ColumnCell &cell)
{
    switch (plan.spec.meta) {
    case ColumnMeta::None: break;
    case ColumnMeta::Topic: setText(cell.text, r.topic.data(), qsizetype(r.topic.size())); return {};
    case ColumnMeta::Partition: cell.integer = r.partition; return {};
    case ColumnMeta::Offset: cell.integer = r.offset; return {};
    case ColumnMeta::Timestamp:
        if (r.timestampMs < 0) break;
        cell.integer = r.timestampMs;
        return {};
    case ColumnMeta::Key:
        if (!r.key) break;
        if (plan.spec.type == ColumnType::String && !isValidUtf8(r.key, r.keySize))
            return QStringLiteral("column %1 is a string, and the key is not UTF-8 text (use type binary)").arg(plan.spec.name);
        setText(cell.text, r.key, r.keySize);
        return {};
    }
    cell.null = true; // no timestamp, a null key
    if (!plan.spec.nullable) return QStringLiteral("column %1 is not nullable, and the record has no %2").arg(plan.spec.name, columnMetaName(plan.spec.meta));
    return {};
}

qint64 ColumnExtractor::rowBytes(const std::vector<ColumnCell> &row)
{
    qint64 bytes = 0;
    for (const ColumnCell &c : row) bytes += c.text.size() + 8;
    return bytes;
}

} // namespace outflow
