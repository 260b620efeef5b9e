#include "JsonScanner.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace outflow {

JsonScanner::Verdict JsonScanner::scan(const char *data, qsizetype size)
{
    JsonScanner s(data, size);
    s.whitespace();
    const bool ok = s.value(0) && (s.whitespace(), s.m_p == s.m_end) && isValidUtf8(data, size);
    return {ok, s.m_lineBreak};
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

bool JsonScanner::value(int depth)
{
    if (m_p >= m_end || depth > kMaxDepth) return false;
    switch (*m_p) {
    case '{': return object(depth + 1);
    case '[': return array(depth + 1);
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
    whitespace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (m_p >= m_end || *m_p != '"' || !string()) return false;
        whitespace();
        if (m_p >= m_end || *m_p != ':') return false;
        ++m_p;
        whitespace();
        if (!value(depth)) return false;
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
        if (c != '\\') continue;
        if (m_p >= m_end) return false;
        const char e = *m_p++;
        if (e == 'u') {
            for (int i = 0; i < 4; ++i, ++m_p)
                if (m_p >= m_end || !std::isxdigit(static_cast<unsigned char>(*m_p))) return false;
        } else if (!std::strchr("\"\\/bfnrt", e) || e == '\0') {
            return false;
        }
    }
    return false;
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

} // namespace outflow
