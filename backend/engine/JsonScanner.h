#pragma once

#include <QtGlobal>

namespace outflow {

/// Validates RFC 8259 JSON text (any value at top level, UTF-8) without building a document.
/// The json format embeds a record's value verbatim when it is JSON; parsing it into a DOM just
/// to know that was most of the engine's CPU time.
class JsonScanner final
{
public:
    struct Verdict
    {
        bool valid = false;
        /// Raw CR or LF between tokens: valid JSON, but it would break one-record-per-line.
        bool hasLineBreak = false;
    };

    static Verdict scan(const char *data, qsizetype size);

private:
    JsonScanner(const char *data, qsizetype size) : m_p(data), m_end(data + size) {}
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string();
    bool number();
    bool literal(const char *word, int length);
    void whitespace();

    static constexpr int kMaxDepth = 512;
    const char *m_p;
    const char *m_end;
    bool m_lineBreak = false;
};

/// True when the bytes are valid UTF-8 (ASCII fast path).
bool isValidUtf8(const char *data, qsizetype size);

} // namespace outflow
