#include "ColumnInference.h"

#include "engine/AvroSchema.h"
#include "engine/JsonScanner.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <charconv>

namespace outflow {

namespace {

/// The same limit as Validation's column-name rule.
constexpr int kMaxColumnName = 128;

/// The text of a JSON string given without its quotes.
QString unescaped(std::string_view inner)
{
    QByteArray text(qsizetype(inner.size()), Qt::Uninitialized);
    text.resize(JsonScanner::unescape(inner.data(), qsizetype(inner.size()), text.data()));
    return QString::fromUtf8(text);
}

/// Collects the leaves of one object, descending into nested objects.
class Flattener final : public JsonScanner::MemberVisitor
{
public:
    Flattener(QString prefix, ColumnInference::Leaves &out) : m_prefix(std::move(prefix)), m_out(out) {}

    void member(std::string_view key, std::string_view value) override
    {
        const QString name = unescaped(key);
        const QString path = m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
        // The engine splits paths at dots, so such a key cannot be reached.
        if (name.isEmpty() || name.contains(u'.')) {
            m_out.skipped << path;
            return;
        }
        if (value.front() == '{') {
            Flattener nested(path, m_out);
            JsonScanner::scan(value.data(), qsizetype(value.size()), &nested);
            return;
        }
        const ColumnInference::Leaf leaf{path, QByteArray(value.data(), qsizetype(value.size()))};
        // A repeated key: the last one wins in the engine too, at the first one's place.
        for (ColumnInference::Leaf &seen : m_out.fields)
            if (seen.path == path) {
                seen = leaf;
                return;
            }
        m_out.fields << leaf;
    }

private:
    QString m_prefix;
    ColumnInference::Leaves &m_out;
};

bool isIntegerToken(std::string_view json)
{
    qint64 parsed = 0;
    const auto [end, error] = std::from_chars(json.data(), json.data() + json.size(), parsed);
    return error == std::errc() && end == json.data() + json.size();
}

} // namespace

ColumnType ColumnInference::typeOf(std::string_view json)
{
    if (json.empty()) return ColumnType::String;
    switch (json.front()) {
    case 't':
    case 'f': return ColumnType::Boolean;
    case 'n': // null says nothing about the type; a nullable string takes anything
    case '[': // arrays are kept as their JSON text
    case '{': return ColumnType::String;
    case '"': {
        const QString text = stringOf(json);
        // The forms the engine converts: a bare date, and a date-time with its offset.
        if (text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid()) return ColumnType::Date;
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (text.size() > 10 && at.isValid() && at.timeSpec() != Qt::LocalTime) return ColumnType::TimestampMs;
        return ColumnType::String;
    }
    default:
        // int64 even when the sample fits int32: the next record's value may not. Whole numbers
        // beyond int64 fit only a double.
        return isIntegerToken(json) ? ColumnType::Int64 : ColumnType::Double;
    }
}

QString ColumnInference::stringOf(std::string_view json)
{
    return json.size() < 2 ? QString() : unescaped(json.substr(1, json.size() - 2));
}

std::optional<ColumnInference::Leaves> ColumnInference::leavesOf(const QByteArray &value)
{
    Leaves leaves;
    Flattener top(QString(), leaves);
    const JsonScanner::Verdict verdict = JsonScanner::scan(value.constData(), value.size(), &top);
    if (!verdict.valid || !verdict.isObject) return std::nullopt;
    return leaves;
}

QString ColumnInference::columnName(const QString &path)
{
    QString name = path.left(kMaxColumnName);
    for (QChar &c : name) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (!ok) c = u'_';
    }
    return name;
}

Result<ColumnInference::Proposal> ColumnInference::fromValue(const QByteArray &value)
{
    const std::optional<Leaves> leaves = leavesOf(value);
    if (!leaves)
        return Result<Proposal>::fail(tr("The sample value is not a JSON object, so it has no fields to make columns of."));
    Proposal proposal;
    proposal.skipped = leaves->skipped;
    for (const Leaf &leaf : leaves->fields) {
        ColumnSpec column;
        column.path = leaf.path;
        column.type = typeOf(std::string_view(leaf.json.constData(), size_t(leaf.json.size())));
        proposal.columns << column;
    }
    if (proposal.columns.isEmpty())
        return Result<Proposal>::fail(tr("The sample value has no fields to make columns of."));
    nameColumns(proposal.columns);
    return Result<Proposal>::ok(proposal);
}

void ColumnInference::nameColumns(QList<ColumnSpec> &columns)
{
    // Names must differ ignoring case (as Hive compares them); flattening can make two equal.
    QSet<QString> taken;
    for (ColumnSpec &c : columns) {
        const QString base = columnName(c.path);
        c.name = base;
        for (int n = 2; taken.contains(c.name.toLower()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            c.name = base.left(kMaxColumnName - suffix.size()) + suffix;
        }
        taken.insert(c.name.toLower());
    }
}

namespace {

/// The column type for an Avro type as Outflow decodes it (AvroDecoder); nullopt for a record,
/// whose fields become columns of their own. Decimals stay text: a double would drop digits.
std::optional<ColumnType> columnTypeOf(const AvroSchema::Type &t)
{
    using K = AvroSchema::Kind;
    using L = AvroSchema::Logical;
    switch (t.kind) {
    case K::Boolean: return ColumnType::Boolean;
    case K::Int: return t.logical == L::Date ? ColumnType::Date : t.logical == L::None ? ColumnType::Int32 : ColumnType::String;
    case K::Long:
        if (t.logical == L::TimestampMillis || t.logical == L::TimestampMicros) return ColumnType::TimestampMs;
        return t.logical == L::None ? ColumnType::Int64 : ColumnType::String;
    case K::Float:
    case K::Double: return ColumnType::Double;
    case K::Record: return std::nullopt;
    case K::Union: {
        // ["null", T] is a nullable T; any other union can only be kept as its JSON text.
        QList<const AvroSchema::Type *> values;
        for (const AvroSchema::Type *b : t.branches)
            if (b->kind != K::Null) values << b;
        if (values.size() == 1 && values.constFirst()->kind != K::Record) return columnTypeOf(*values.constFirst());
        return ColumnType::String;
    }
    default: return ColumnType::String; // string, enum, bytes, fixed, arrays and maps as JSON text
    }
}

void addAvroColumns(const AvroSchema::Type &record, const QString &prefix, int depth, QList<ColumnSpec> &columns)
{
    for (const AvroSchema::Field &f : record.fields) {
        const QString path = prefix.isEmpty() ? f.name : prefix + u'.' + f.name;
        if (const std::optional<ColumnType> type = columnTypeOf(*f.type)) {
            ColumnSpec c;
            c.path = path;
            c.type = *type;
            columns << c;
        } else if (depth < 8) { // a record that contains itself would never end
            addAvroColumns(*f.type, path, depth + 1, columns);
        }
    }
}

} // namespace

Result<ColumnInference::Proposal> ColumnInference::fromAvroSchema(const AvroSchema &schema)
{
    if (schema.root().kind != AvroSchema::Kind::Record)
        return Result<Proposal>::fail(tr("The value's schema is not a record, so it has no fields to make columns of."));
    Proposal proposal;
    addAvroColumns(schema.root(), QString(), 0, proposal.columns);
    if (proposal.columns.isEmpty()) return Result<Proposal>::fail(tr("The value's schema has no fields to make columns of."));
    nameColumns(proposal.columns);
    return Result<Proposal>::ok(proposal);
}

} // namespace outflow
