#include "ColumnInference.h"

#include "engine/JsonScanner.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <charconv>

namespace outflow {

namespace {

/// The same limit as Validation's column-name rule.
constexpr int kMaxColumnName = 128;

QString unescaped(std::string_view quoted)
{
    QByteArray text(qsizetype(quoted.size()), Qt::Uninitialized);
    text.resize(JsonScanner::unescape(quoted.data(), qsizetype(quoted.size()), text.data()));
    return QString::fromUtf8(text);
}

/// Collects the leaves of one object, descending into nested objects.
class Flattener final : public JsonScanner::MemberVisitor
{
public:
    Flattener(QString prefix, ColumnInference::Proposal &out, QList<QString> &paths)
        : m_prefix(std::move(prefix)), m_out(out), m_paths(paths)
    {
    }

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
            Flattener nested(path, m_out, m_paths);
            JsonScanner::scan(value.data(), qsizetype(value.size()), &nested);
            return;
        }
        ColumnSpec column;
        column.path = path;
        column.type = ColumnInference::typeOf(value);
        // A repeated key: the last one wins in the engine too, at the first one's place.
        if (const qsizetype at = m_paths.indexOf(path); at >= 0) {
            m_out.columns[at] = column;
            return;
        }
        m_paths << path;
        m_out.columns << column;
    }

private:
    QString m_prefix;
    ColumnInference::Proposal &m_out;
    QList<QString> &m_paths;
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
        const QString text = unescaped(json.substr(1, json.size() - 2));
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
    Proposal proposal;
    QList<QString> paths;
    Flattener top(QString(), proposal, paths);
    const JsonScanner::Verdict verdict = JsonScanner::scan(value.constData(), value.size(), &top);
    if (!verdict.valid || !verdict.isObject)
        return Result<Proposal>::fail(tr("The sample value is not a JSON object, so it has no fields to make columns of."));
    if (proposal.columns.isEmpty())
        return Result<Proposal>::fail(tr("The sample value has no fields to make columns of."));

    // Names must differ ignoring case (as Hive compares them); flattening can make two equal.
    QSet<QString> taken;
    for (ColumnSpec &c : proposal.columns) {
        const QString base = columnName(c.path);
        c.name = base;
        for (int n = 2; taken.contains(c.name.toLower()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            c.name = base.left(kMaxColumnName - suffix.size()) + suffix;
        }
        taken.insert(c.name.toLower());
    }
    return Result<Proposal>::ok(proposal);
}

} // namespace outflow
