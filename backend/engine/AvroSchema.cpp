#include "AvroSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <avro.h>

namespace outflow {

namespace {

/// Avro C's verdict on the schema text; empty when it accepts it.
QString avroCProblem(const QByteArray &json)
{
    avro_schema_t schema = nullptr;
    if (avro_schema_from_json_length(json.constData(), size_t(json.size()), &schema) != 0)
        return QString::fromUtf8(avro_strerror()).trimmed();
    avro_schema_decref(schema);
    return {};
}

const QHash<QString, AvroSchema::Kind> &primitiveKinds()
{
    using K = AvroSchema::Kind;
    static const QHash<QString, K> kinds{{QStringLiteral("null"), K::Null},     {QStringLiteral("boolean"), K::Boolean},
                                         {QStringLiteral("int"), K::Int},       {QStringLiteral("long"), K::Long},
                                         {QStringLiteral("float"), K::Float},   {QStringLiteral("double"), K::Double},
                                         {QStringLiteral("bytes"), K::Bytes},   {QStringLiteral("string"), K::String}};
    return kinds;
}

/// The logical type `name` on a `kind`, or None where the specification says to ignore it
/// (an unknown name, or one on a type it does not apply to).
AvroSchema::Logical logicalOf(const QString &name, AvroSchema::Kind kind)
{
    using K = AvroSchema::Kind;
    using L = AvroSchema::Logical;
    if (name == u"decimal" && (kind == K::Bytes || kind == K::Fixed)) return L::Decimal;
    if (name == u"uuid" && kind == K::String) return L::Uuid;
    if (name == u"date" && kind == K::Int) return L::Date;
    if (name == u"time-millis" && kind == K::Int) return L::TimeMillis;
    if (name == u"time-micros" && kind == K::Long) return L::TimeMicros;
    if (name == u"timestamp-millis" && kind == K::Long) return L::TimestampMillis;
    if (name == u"timestamp-micros" && kind == K::Long) return L::TimestampMicros;
    if (name == u"local-timestamp-millis" && kind == K::Long) return L::LocalTimestampMillis;
    if (name == u"local-timestamp-micros" && kind == K::Long) return L::LocalTimestampMicros;
    return L::None;
}

/// Builds the tree from the JSON form; named types are registered before their fields are
/// read, so a record may refer to itself.
class AvroSchemaBuilder
{
public:
    explicit AvroSchemaBuilder(std::deque<AvroSchema::Type> &types) : m_types(types) {}

    const AvroSchema::Type *build(const QJsonValue &node, const QString &ns)
    {
        if (node.isString()) return named(node.toString(), ns);
        if (node.isArray()) {
            AvroSchema::Type &u = add(AvroSchema::Kind::Union);
            for (const QJsonValue &branch : node.toArray()) {
                const AvroSchema::Type *b = build(branch, ns);
                if (!b) return nullptr;
                u.branches.append(b);
            }
            return &u;
        }
        if (!node.isObject()) return fail(QStringLiteral("a type is a name, an object or a union"));
        const QJsonObject o = node.toObject();
        const QJsonValue typeValue = o.value(QStringLiteral("type"));
        if (!typeValue.isString()) return build(typeValue, ns); // {"type": {...}} or {"type": [...]}
        const QString type = typeValue.toString();
        const QString logical = o.value(QStringLiteral("logicalType")).toString();
        if (auto k = primitiveKinds().constFind(type); k != primitiveKinds().cend()) {
            AvroSchema::Type &t = add(*k);
            setLogical(t, logical, o);
            return &t;
        }
        if (type == u"array" || type == u"map") {
            AvroSchema::Type &t = add(type == u"array" ? AvroSchema::Kind::Array : AvroSchema::Kind::Map);
            t.items = build(o.value(type == u"array" ? QStringLiteral("items") : QStringLiteral("values")), ns);
            return t.items ? &t : nullptr;
        }
        if (type == u"record" || type == u"error" || type == u"enum" || type == u"fixed") return namedType(type, o, ns);
        return named(type, ns); // {"type": "com.example.Address"}
    }

    const QString &error() const { return m_error; }

private:
    const AvroSchema::Type *namedType(const QString &type, const QJsonObject &o, const QString &enclosing)
    {
        const QString name = o.value(QStringLiteral("name")).toString();
        QString ns = o.contains(QStringLiteral("namespace")) ? o.value(QStringLiteral("namespace")).toString() : enclosing;
        QString fullName = name.contains(u'.') || ns.isEmpty() ? name : ns + u'.' + name;
        if (name.contains(u'.')) ns = name.left(name.lastIndexOf(u'.'));
        const AvroSchema::Kind kind = type == u"enum" ? AvroSchema::Kind::Enum
                                      : type == u"fixed" ? AvroSchema::Kind::Fixed
                                                         : AvroSchema::Kind::Record;
        AvroSchema::Type &t = add(kind);
        t.fullName = fullName;
        m_named.insert(fullName, &t);
        if (kind == AvroSchema::Kind::Enum) {
            for (const QJsonValue &s : o.value(QStringLiteral("symbols")).toArray()) t.symbols << s.toString();
        } else if (kind == AvroSchema::Kind::Fixed) {
            t.fixedSize = o.value(QStringLiteral("size")).toInteger();
            setLogical(t, o.value(QStringLiteral("logicalType")).toString(), o);
        } else {
            for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject field = f.toObject();
                const AvroSchema::Type *ft = build(field.value(QStringLiteral("type")), ns);
                if (!ft) return nullptr;
                t.fields.append({field.value(QStringLiteral("name")).toString(), ft});
            }
        }
        return &t;
    }

    const AvroSchema::Type *named(const QString &name, const QString &ns)
    {
        if (auto k = primitiveKinds().constFind(name); k != primitiveKinds().cend()) return &add(*k);
        const QString qualified = name.contains(u'.') || ns.isEmpty() ? name : ns + u'.' + name;
        if (const AvroSchema::Type *t = m_named.value(qualified)) return t;
        if (const AvroSchema::Type *t = m_named.value(name)) return t; // a name in the null namespace
        return fail(QStringLiteral("the schema refers to type \"%1\", which it does not define").arg(name));
    }

    static void setLogical(AvroSchema::Type &t, const QString &logical, const QJsonObject &o)
    {
        t.logical = logicalOf(logical, t.kind);
        if (t.logical == AvroSchema::Logical::Decimal) t.scale = o.value(QStringLiteral("scale")).toInt(0);
    }

    AvroSchema::Type &add(AvroSchema::Kind kind)
    {
        m_types.emplace_back();
        m_types.back().kind = kind;
        return m_types.back();
    }

    const AvroSchema::Type *fail(const QString &why)
    {
        if (m_error.isEmpty()) m_error = why;
        return nullptr;
    }

    std::deque<AvroSchema::Type> &m_types;
    QHash<QString, const AvroSchema::Type *> m_named;
    QString m_error;
};

} // namespace

Result<std::shared_ptr<const AvroSchema>> AvroSchema::parse(const QByteArray &json)
{
    using R = Result<std::shared_ptr<const AvroSchema>>;
    if (QString problem = avroCProblem(json); !problem.isEmpty())
        return R::fail(QStringLiteral("Not a valid Avro schema: %1").arg(problem));
    QJsonParseError error;
    // A bare primitive ("string") is a valid schema and valid JSON, but not a JSON document.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError) return R::fail(QStringLiteral("Not a valid Avro schema: %1").arg(error.errorString()));
    std::shared_ptr<AvroSchema> schema(new AvroSchema);
    AvroSchemaBuilder builder(schema->m_types);
    schema->m_root = builder.build(doc.array().at(0), QString());
    if (!schema->m_root) return R::fail(QStringLiteral("Not a valid Avro schema: %1").arg(builder.error()));
    return R::ok(std::move(schema));
}

} // namespace outflow
