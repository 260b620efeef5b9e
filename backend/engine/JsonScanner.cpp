#include "JsonScanner.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace outflow {

JsonScanner::Verdict JsonScanner::scan(const char *data, qsizetype size, MemberVisitor *topLevelMembers)
{
    JsonScanner s(data, size, topLevelMembers);
    s.whitespace();
    const bool isObject = s.m_p < s.m_end && *s.m_p == '{';
    const bool ok = s.value(0) && (s.whitespace(), s.m_p == s.m_end) && isValidUtf8(data, size);
    return {ok, s.m_lineBreak, ok && isObject, s.m_depth};
}

void JsonScanner::whitespace()
{
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == ' ' || c == '\t') ++m_p;
        else if (c == '\n' || c == '\r') {
            m_lineBreak = true;
            ++m_p;
        } else break;
    }
}

/// `depth` counts the containers around the value, so at most kMaxDepth of them nest.
bool JsonScanner::value(int depth)
{
    if (m_p >= m_end) return false;
    switch (*m_p) {
    case '{': return depth < kMaxDepth && object(depth + 1);
    case '[': return depth < kMaxDepth && array(depth + 1);
    case '"': return string();
    case 't': return literal("true", 4);
    case 'f': return literal("false", 5);
    case 'n': return literal("null", 4);
    default: return number();
    }
}

bool JsonScanner::object(int depth)
{
    ++m_p; // '{'
    m_depth = std::max(m_depth, depth);
    whitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (m_p >= m_end || *m_p != '"') return false;
        const char *key = m_p + 1;
        if (!string()) return false;
        const std::string_view keyText(key, size_t(m_p - 1 - key));
        whitespace();
        if (m_p >= m_end || *m_p != ':') return false;
        ++m_p;
        whitespace();
        const char *valueStart = m_p;
        if (!value(depth)) return false;
        if (depth == 1 && m_visitor)
            m_visitor->member(keyText, std::string_view(valueStart, size_t(m_p - valueStart)));
        whitespace();
        if (m_p >= m_end) return false;
        if (*m_p == '}') {
            ++m_p;
            return true;
        }
        if (*m_p != ',') return false;
        ++m_p;
        whitespace();
    }
}

bool JsonScanner::array(int depth)
{
    ++m_p; // '['
    m_depth = std::max(m_depth, depth);
    whitespace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (!value(depth)) return false;
        whitespace();
        if (m_p >= m_end) return false;
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        if (*m_p != ',') return false;
        ++m_p;
        whitespace();
    }
}

namespace {
#if defined(__SSE2__)
/// Bytes a string scan can skip from `p`: none of them is '"', '\\' or a control character.
/// 16 bytes a step (SSE2 is part of every x86-64 CPU). Bytes >= 0x80 never stop the scan, so
/// UTF-8 text takes the fast path too.
inline qsizetype plainStringBytes(const char *p, const char *end)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    const char *start = p;
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // max(c, 0x20) != c exactly when c < 0x20, comparing unsigned.
        const __m128i control = _mm_xor_si128(_mm_cmpeq_epi8(_mm_max_epu8(chunk, space), chunk), _mm_set1_epi8(-1));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)), control);
        const int mask = _mm_movemask_epi8(special);
        if (mask) return (p - start) + __builtin_ctz(unsigned(mask));
        p += 16;
    }
    return p - start;
}

/// Bytes of plain ASCII from `p`, 16 at a time.
inline qsizetype asciiBytes(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *start = p;
    while (end - p >= 16) {
        const int mask = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
        if (mask) return (p - start) + __builtin_ctz(unsigned(mask));
        p += 16;
    }
    return p - start;
}
#else
constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;

/// True when any byte of `x` is zero (the classic SWAR test).
constexpr bool hasZeroByte(quint64 x) { return ((x - kOnes) & ~x & kHighs) != 0; }

/// The portable fallback: 8 bytes a step, stopping at the first 8 that may hold '"', '\\' or
/// a control character.
inline qsizetype plainStringBytes(const char *p, const char *end)
{
    const char *start = p;
    while (end - p >= 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        if (hasZeroByte(x ^ (kOnes * '"')) || hasZeroByte(x ^ (kOnes * '\\')) || ((x - kOnes * 0x20) & ~x & kHighs) != 0) break;
        p += 8;
    }
    return p - start;
}

inline qsizetype asciiBytes(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *start = p;
    while (end - p >= 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        if (x & kHighs) break;
        p += 8;
    }
    return p - start;
}
#endif

/// The UTF-16 code unit of the four hex digits at `p`, or -1.
inline int hex4(const char *p, const char *end)
{
    if (end - p < 4) return -1;
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int digit;
        if (c >= '0' && c <= '9') digit = c - '0';
        else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        else return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

inline bool isHighSurrogate(int unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
inline bool isLowSurrogate(int unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }
} // namespace

bool JsonScanner::string()
{
    ++m_p; // '"'
    while (m_p < m_end) {
        // Long string values (payload padding, text) are most of a record: skip them in blocks.
        m_p += plainStringBytes(m_p, m_end);
        if (m_p >= m_end) break;
        const unsigned char c = static_cast<unsigned char>(*m_p++);
        if (c == '"') return true;
        if (c < 0x20) return false;
        if (c == '\\' && !escape()) return false;
    }
    return false;
}

/// The escape after a backslash. Surrogates must come as a high-low pair: a lone one stands for
/// no character, so strict parsers refuse it and it has no UTF-8 to unescape to.
bool JsonScanner::escape()
{
    if (m_p >= m_end) return false;
    const char e = *m_p++;
    if (e != 'u')
        return e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't';
    const int unit = hex4(m_p, m_end);
    if (unit < 0 || isLowSurrogate(unit)) return false;
    m_p += 4;
    if (!isHighSurrogate(unit)) return true;
    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !isLowSurrogate(hex4(m_p + 2, m_end)))
        return false;
    m_p += 6;
    return true;
}

bool JsonScanner::number()
{
    auto digits = [this] {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') ++m_p;
        return m_p > start;
    };
    if (m_p < m_end && *m_p == '-') ++m_p;
    if (m_p >= m_end) return false;
    if (*m_p == '0') ++m_p;
    else if (!digits()) return false;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!digits()) return false;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-')) ++m_p;
        if (!digits()) return false;
    }
    return true;
}

bool JsonScanner::literal(const char *word, int length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0) return false;
    m_p += length;
    return true;
}

qsizetype JsonScanner::minify(const char *data, qsizetype size, char *out)
{
    const char *p = data;
    const char *const end = data + size;
    char *o = out;
    while (p < end) {
        const char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++p;
        } else if (c != '"') {
            *o++ = c;
            ++p;
        } else {
            // A string goes over whole: find its closing quote, stepping over escaped bytes.
            const char *start = p++;
            while (p < end) {
                p += plainStringBytes(p, end);
                if (p >= end) break;
                const char s = *p++;
                if (s == '"') break;
                if (s == '\\') ++p;
            }
            std::memcpy(o, start, size_t(p - start));
            o += p - start;
        }
    }
    return o - out;
}

qsizetype JsonScanner::unescape(const char *data, qsizetype size, char *out)
{
    const char *p = data;
    const char *const end = data + size;
    char *o = out;
    while (p < end) {
        const qsizetype plain = plainStringBytes(p, end);
        std::memcpy(o, p, size_t(plain));
        o += plain;
        p += plain;
        if (p >= end) break;
        if (*p != '\\' || end - p < 2) {
            *o++ = *p++;
            continue;
        }
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            quint32 cp = quint32(hex4(p, end));
            p += 4;
            if (isHighSurrogate(int(cp))) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (quint32(hex4(p + 2, end)) - 0xDC00);
                p += 6;
            }
            if (cp < 0x80) {
                *o++ = char(cp);
            } else if (cp < 0x800) {
                *o++ = char(0xC0 | (cp >> 6));
                *o++ = char(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                *o++ = char(0xE0 | (cp >> 12));
                *o++ = char(0x80 | ((cp >> 6) & 0x3F));
                *o++ = char(0x80 | (cp & 0x3F));
            } else {
                *o++ = char(0xF0 | (cp >> 18));
                *o++ = char(0x80 | ((cp >> 12) & 0x3F));
                *o++ = char(0x80 | ((cp >> 6) & 0x3F));
                *o++ = char(0x80 | (cp & 0x3F));
            }
            break;
        }
        default: *o++ = e; // '"', '\\' and '/' stand for themselves
        }
    }
    return o - out;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // Runs of ASCII in blocks: the common case for JSON payloads.
        p += asciiBytes(p, end);
        if (p >= end) break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) extra = 1, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) extra = 2, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) extra = 3, cp = c & 0x07;
        else return false;
        if (end - p <= extra) return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

void JsonScanner::MemberPicker::member(std::string_view key, std::string_view value)
{
    if (key.find('\\') == std::string_view::npos) {
        pick(key, value);
        return;
    }
    QVarLengthArray<char, 1024> decoded(qsizetype(key.size()));
    const qsizetype length = unescape(key.data(), qsizetype(key.size()), decoded.data());
    pick(std::string_view(decoded.data(), size_t(length)), value);
}

void JsonScanner::MemberPicker::pick(std::string_view key, std::string_view value)
{
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const QByteArray &name = m_names.at(i);
        if (std::string_view(name.constData(), size_t(name.size())) == key) m_values[i] = value;
    }
}

} // namespace outflow
