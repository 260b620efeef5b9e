#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <string_view>

namespace outflow {

/// Validates RFC 8259 JSON text (any value at top level, UTF-8) without building a document.
/// The json format embeds a record's value verbatim when it is JSON; parsing it into a DOM just
/// to know that was most of the engine's CPU time. Stricter than the RFC's grammar where strict
/// parsers are: lone surrogate escapes (no Unicode text has them) and nesting past kMaxDepth
/// are not valid. Text it passes can be minified and its strings unescaped without checks.
class JsonScanner final
{
public:
    static constexpr int kMaxDepth = 512;

    struct Verdict
    {
        bool valid = false;
        /// Raw CR or LF between tokens: valid JSON, but it would break one-record-per-line.
        bool hasLineBreak = false;
        /// The top-level value is an object.
        bool isObject = false;
        /// How deep containers nest: 0 for a scalar, 1 for [1], 2 for [[1]].
        int depth = 0;
    };

    /// Told the members of a top-level object as the scan meets them, as spans of the scanned
    /// text: the key between its quotes (escapes as written) and the value as written. They
    /// mean something only when the whole scan is valid.
    class MemberVisitor
    {
    public:
        virtual void member(std::string_view key, std::string_view value) = 0;

    protected:
        ~MemberVisitor() = default;
    };

    /// Keeps, for each wanted name, the value of the top-level member of that name (keys
    /// compared unescaped). Duplicate keys: the last one wins, as in Qt's, Python's and
    /// JavaScript's parsers, because each later member overwrites.
    class MemberPicker final : public MemberVisitor
    {
    public:
        /// `values` has room for one view per name; a name never met keeps its view.
        MemberPicker(const QList<QByteArray> &names, std::string_view *values) : m_names(names), m_values(values) {}
        void member(std::string_view key, std::string_view value) override;

    private:
        void pick(std::string_view key, std::string_view value);
        const QList<QByteArray> &m_names;
        std::string_view *m_values;
    };

    static Verdict scan(const char *data, qsizetype size, MemberVisitor *topLevelMembers = nullptr);

    /// Writes valid JSON text without the whitespace between tokens: exact (numbers keep their
    /// digits, strings their bytes) and on one line, since strings cannot hold a raw line break.
    /// `out` needs room for `size` bytes; returns the bytes written.
    static qsizetype minify(const char *data, qsizetype size, char *out);
    /// Writes the UTF-8 text of a valid JSON string given without its quotes. `out` needs room
    /// for `size` bytes (no escape decodes to more bytes than it takes); returns the bytes written.
    static qsizetype unescape(const char *data, qsizetype size, char *out);

private:
    JsonScanner(const char *data, qsizetype size, MemberVisitor *visitor)
        : m_p(data), m_end(data + size), m_visitor(visitor)
    {
    }
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string();
    bool escape();
    bool number();
    bool literal(const char *word, int length);
    void whitespace();

    const char *m_p;
    const char *m_end;
    MemberVisitor *m_visitor;
    bool m_lineBreak = false;
    int m_depth = 0;
};

/// True when the bytes are valid UTF-8 (ASCII fast path).
bool isValidUtf8(const char *data, qsizetype size);

} // namespace outflow
