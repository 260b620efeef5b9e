#include "AvroDecoder.h"

#include "JsonScanner.h"
#include "RecordFormatter.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <cstring>

namespace outflow {

namespace {

using Type = AvroSchema::Type;
using Kind = AvroSchema::Kind;
using Logical = AvroSchema::Logical;

/// The unscaled two's-complement big-endian integer of a decimal, as decimal text with the
/// point `scale` digits from the right: 0x04D2 with scale 2 is 12.34.
QByteArray decimalText(const unsigned char *bytes, qsizetype size, int scale)
{
    const bool negative = size > 0 && (bytes[0] & 0x80);
    QByteArray magnitude(reinterpret_cast<const char *>(bytes), size);
    if (negative) { // two's complement: invert and add one
        for (char &b : magnitude) b = char(~static_cast<unsigned char>(b));
        for (qsizetype i = magnitude.size() - 1; i >= 0; --i)
            if (++reinterpret_cast<unsigned char &>(magnitude[i]) != 0) break;
    }
    QByteArray digits; // least significant first: repeated division by ten
    bool zero = false;
    while (!zero) {
        unsigned remainder = 0;
        zero = true;
        for (char &b : magnitude) {
            const unsigned value = (remainder << 8) | static_cast<unsigned char>(b);
            b = char(value / 10);
            remainder = value % 10;
            if (b) zero = false;
        }
        digits += char('0' + remainder);
    }
    while (digits.size() <= scale) digits += '0';
    QByteArray text;
    if (negative) text += '-';
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        text += digits[i];
        if (i == scale && scale > 0) text += '.';
    }
    return text;
}

/// Reads Avro's binary encoding (https://avro.apache.org/docs/current/specification/) from a
/// bounded buffer and writes JSON. The first problem found is kept and stops the walk.
class Reader
{
public:
    Reader(const char *data, qsizetype size, QByteArray &out)
        : m_p(reinterpret_cast<const unsigned char *>(data)), m_end(m_p + size), m_out(out)
    {
    }

    QString run(const Type &root)
    {
        value(root);
        if (m_error.isEmpty() && m_p != m_end)
            m_error = QStringLiteral("%1 byte(s) left over after the value: the data does not match its schema").arg(m_end - m_p);
        return m_error;
    }

private:
    bool fail(const QString &why)
    {
        if (m_error.isEmpty()) m_error = why;
        return false;
    }

    bool readLong(qint64 &v)
    {
        quint64 bits = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) return fail(QStringLiteral("the data ends inside a number"));
            const unsigned char b = *m_p++;
            bits |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80)) {
                v = qint64(bits >> 1) ^ -qint64(bits & 1); // zig-zag
                return true;
            }
        }
        return fail(QStringLiteral("a number longer than 64 bits"));
    }

    bool readInt(qint64 &v)
    {
        if (!readLong(v)) return false;
        return v >= INT32_MIN && v <= INT32_MAX ? true : fail(QStringLiteral("an int outside the 32-bit range"));
    }

    /// A length-prefixed run of bytes that must lie inside the buffer.
    bool readSized(const unsigned char *&bytes, qsizetype &size)
    {
        qint64 length = 0;
        if (!readLong(length)) return false;
        if (length < 0 || length > m_end - m_p)
            return fail(QStringLiteral("a length of %1 byte(s) where %2 remain").arg(length).arg(m_end - m_p));
        bytes = m_p;
        size = qsizetype(length);
        m_p += length;
        return true;
    }

    bool readFixed(qsizetype size, const unsigned char *&bytes)
    {
        if (size > m_end - m_p) return fail(QStringLiteral("a fixed of %1 byte(s) where %2 remain").arg(size).arg(m_end - m_p));
        bytes = m_p;
        m_p += size;
        return true;
    }

    void string(const unsigned char *bytes, qsizetype size)
    {
        RecordFormatter::appendJsonString(m_out, reinterpret_cast<const char *>(bytes), size);
    }

    void quoted(const QString &text)
    {
        m_out += '"';
        m_out += text.toUtf8();
        m_out += '"';
    }

    void number(qint64 v)
    {
        char digits[24];
        m_out.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr - digits);
    }

    void real(double v)
    {
        if (!std::isfinite(v)) { // JSON has no NaN or infinity: name them
            m_out += std::isnan(v) ? "\"NaN\"" : v > 0 ? "\"Infinity\"" : "\"-Infinity\"";
            return;
        }
        char digits[32];
        m_out.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr - digits);
    }

    /// A timestamp or time of day `units` after its epoch, `perSecond` units a second.
    void time(const Type &t, qint64 units, qint64 perSecond)
    {
        const qint64 ms = units / (perSecond / 1000) - (units % (perSecond / 1000) < 0 ? 1 : 0);
        const qint64 sub = ((units % perSecond) + perSecond) % perSecond; // fraction of the second
        const int fractionDigits = perSecond == 1000 ? 3 : 6;
        char fraction[8];
        std::snprintf(fraction, sizeof fraction, "%0*lld", fractionDigits, static_cast<long long>(sub));
        if (t.logical == Logical::TimeMillis || t.logical == Logical::TimeMicros) {
            quoted(QTime::fromMSecsSinceStartOfDay(int(((ms % 86400000) + 86400000) % 86400000)).toString(QStringLiteral("HH:mm:ss")) +
                   u'.' + QLatin1StringView(fraction));
            return;
        }
        const bool local = t.logical == Logical::LocalTimestampMillis || t.logical == Logical::LocalTimestampMicros;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        quoted(at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'.' + QLatin1StringView(fraction) + (local ? QString() : QStringLiteral("Z")));
    }

    bool enter()
    {
        if (++m_depth > AvroDecoder::kMaxDepth) return fail(QStringLiteral("nested deeper than %1 levels").arg(AvroDecoder::kMaxDepth));
        if (m_out.size() > AvroDecoder::kMaxJsonBytes)
            return fail(QStringLiteral("the decoded value would be larger than %1 MiB").arg(AvroDecoder::kMaxJsonBytes >> 20));
        return true;
    }

    bool value(const Type &t)
    {
        if (!enter()) return false;
        const bool ok = valueInside(t);
        --m_depth;
        return ok;
    }

    bool valueInside(const Type &t)
    {
        qint64 n = 0;
        const unsigned char *bytes = nullptr;
        qsizetype size = 0;
        switch (t.kind) {
        case Kind::Null: m_out += "null"; return true;
        case Kind::Boolean:
            if (m_p == m_end) return fail(QStringLiteral("the data ends inside a boolean"));
            if (*m_p > 1) return fail(QStringLiteral("a boolean byte of %1").arg(*m_p));
            m_out += *m_p++ ? "true" : "false";
            return true;
        case Kind::Int:
            if (!readInt(n)) return false;
            if (t.logical == Logical::Date) quoted(QDate(1970, 1, 1).addDays(n).toString(Qt::ISODate));
            else if (t.logical == Logical::TimeMillis) time(t, n, 1000);
            else number(n);
            return true;
        case Kind::Long:
            if (!readLong(n)) return false;
            switch (t.logical) {
            case Logical::TimestampMillis:
            case Logical::LocalTimestampMillis: time(t, n, 1000); break;
            case Logical::TimestampMicros:
            case Logical::LocalTimestampMicros:
            case Logical::TimeMicros: time(t, n, 1000000); break;
            default: number(n);
            }
            return true;
        case Kind::Float: {
            float f;
            if (!readFixed(4, bytes)) return false;
            std::memcpy(&f, bytes, 4); // little-endian on the wire, as on every machine Outflow builds for
            real(double(f));
            return true;
        }
        case Kind::Double: {
            double d;
            if (!readFixed(8, bytes)) return false;
            std::memcpy(&d, bytes, 8);
            real(d);
            return true;
        }
        case Kind::Bytes:
        case Kind::Fixed:
            if (!(t.kind == Kind::Bytes ? readSized(bytes, size) : (size = t.fixedSize, readFixed(size, bytes)))) return false;
            if (t.logical == Logical::Decimal) m_out += decimalText(bytes, size, t.scale);
            else quoted(QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), size).toBase64()));
            return true;
        case Kind::String:
            if (!readSized(bytes, size)) return false;
            if (!isValidUtf8(reinterpret_cast<const char *>(bytes), size)) return fail(QStringLiteral("a string that is not UTF-8"));
            string(bytes, size);
            return true;
        case Kind::Record:
            m_out += '{';
            for (qsizetype i = 0; i < t.fields.size(); ++i) {
                if (i) m_out += ',';
                const QByteArray name = t.fields.at(i).name.toUtf8();
                RecordFormatter::appendJsonString(m_out, name.constData(), name.size());
                m_out += ':';
                if (!value(*t.fields.at(i).type)) return false;
            }
            m_out += '}';
            return true;
        case Kind::Enum:
            if (!readInt(n)) return false;
            if (n < 0 || n >= t.symbols.size()) return fail(QStringLiteral("enum index %1 of %2 symbols").arg(n).arg(t.symbols.size()));
            quoted(t.symbols.at(n));
            return true;
        case Kind::Union:
            if (!readLong(n)) return false;
            if (n < 0 || n >= t.branches.size()) return fail(QStringLiteral("union branch %1 of %2").arg(n).arg(t.branches.size()));
            return value(*t.branches.at(n));
        case Kind::Array:
        case Kind::Map: return collection(t);
        }
        return fail(QStringLiteral("an unknown type"));
    }

    /// Arrays and maps come in blocks: a count (negative: followed by the block's byte size),
    /// its items, and a zero count at the end.
    bool collection(const Type &t)
    {
        const bool map = t.kind == Kind::Map;
        m_out += map ? '{' : '[';
        bool first = true;
        for (;;) {
            qint64 count = 0;
            if (!readLong(count)) return false;
            if (count == 0) break;
            if (count < 0) {
                if (count == INT64_MIN) return fail(QStringLiteral("a block count out of range"));
                count = -count;
                qint64 blockBytes = 0;
                if (!readLong(blockBytes)) return false;
            }
            for (qint64 i = 0; i < count; ++i) {
                if (!enter()) return false; // also checks the size of what the items became
                --m_depth;
                if (!first) m_out += ',';
                first = false;
                if (map) {
                    const unsigned char *key = nullptr;
                    qsizetype size = 0;
                    if (!readSized(key, size)) return false;
                    if (!isValidUtf8(reinterpret_cast<const char *>(key), size)) return fail(QStringLiteral("a map key that is not UTF-8"));
                    string(key, size);
                    m_out += ':';
                }
                if (!value(*t.items)) return false;
            }
        }
        m_out += map ? '}' : ']';
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    QByteArray &m_out;
    int m_depth = 0;
    QString m_error;
};

} // namespace

QString AvroDecoder::appendJson(const AvroSchema &schema, const char *data, qsizetype size, QByteArray &out)
{
    return Reader(data, size, out).run(schema.root());
}

} // namespace outflow
