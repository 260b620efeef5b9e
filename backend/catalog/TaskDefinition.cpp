#include "TaskDefinition.h"

#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace outflow {

QString recordFormatName(RecordFormat format)
{
    switch (format) {
    case RecordFormat::Json: return QStringLiteral("json");
    case RecordFormat::Raw: return QStringLiteral("raw");
    case RecordFormat::Delimited: return QStringLiteral("delimited");
    case RecordFormat::Parquet: return QStringLiteral("parquet");
    case RecordFormat::Orc: return QStringLiteral("orc");
    }
    return {};
}

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None: return QStringLiteral("none");
    case Compression::Gzip: return QStringLiteral("gzip");
    case Compression::Zstd: return QStringLiteral("zstd");
    case Compression::Snappy: return QStringLiteral("snappy");
    }
    return {};
}

QString timeFormatName(TimeFormat format)
{
    switch (format) {
    case TimeFormat::EpochMs: return QStringLiteral("epoch_ms");
    case TimeFormat::EpochS: return QStringLiteral("epoch_s");
    case TimeFormat::Iso8601: return QStringLiteral("iso8601");
    }
    return {};
}

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::String: return QStringLiteral("string");
    case ColumnType::Int32: return QStringLiteral("int32");
    case ColumnType::Int64: return QStringLiteral("int64");
    case ColumnType::Double: return QStringLiteral("double");
    case ColumnType::Boolean: return QStringLiteral("boolean");
    case ColumnType::TimestampMs: return QStringLiteral("timestamp_ms");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Binary: return QStringLiteral("binary");
    }
    return {};
}

QString columnMetaName(ColumnMeta meta)
{
    switch (meta) {
    case ColumnMeta::None: return {};
    case ColumnMeta::Topic: return QStringLiteral("topic");
    case ColumnMeta::Partition: return QStringLiteral("partition");
    case ColumnMeta::Offset: return QStringLiteral("offset");
    case ColumnMeta::Timestamp: return QStringLiteral("timestamp");
    case ColumnMeta::Key: return QStringLiteral("key");
    }
    return {};
}

namespace {

/// A name of `names` for a value of an enum, or nullopt: the one table both directions use.
template <typename E, typename NameOf>
std::optional<E> enumByName(const QString &name, std::initializer_list<E> values, NameOf nameOf)
{
    for (E v : values)
        if (nameOf(v) == name) return v;
    return std::nullopt;
}

QJsonArray columnsToJson(const QList<ColumnSpec> &columns)
{
    QJsonArray out;
    for (const ColumnSpec &c : columns) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), columnTypeName(c.type)}};
        if (c.meta != ColumnMeta::None) o.insert(QStringLiteral("meta"), columnMetaName(c.meta));
        else if (c.path != c.name) o.insert(QStringLiteral("path"), c.path);
        if (!c.nullable) o.insert(QStringLiteral("nullable"), false);
        out << o;
    }
    return out;
}

} // namespace

QString badRecordPolicyName(BadRecordPolicy policy)
{
    switch (policy) {
    case BadRecordPolicy::Skip: return QStringLiteral("skip");
    case BadRecordPolicy::DeadLetter: return QStringLiteral("deadletter");
    case BadRecordPolicy::Fail: return QStringLiteral("fail");
    }
    return {};
}

QJsonObject TaskDefinition::toJson() const
{
    QJsonObject src{{QStringLiteral("cluster"), source.cluster},
                    {QStringLiteral("topic"), source.topic},
                    {QStringLiteral("start"), source.start}};
    QJsonObject tgt{{QStringLiteral("warehouse"), target.warehouse},
                    {QStringLiteral("bid"), target.bid},
                    {QStringLiteral("tid"), target.tid},
                    {QStringLiteral("format"), recordFormatName(target.format)},
                    {QStringLiteral("compression"), compressionName(target.compression)},
                    {QStringLiteral("fields"), QJsonArray::fromStringList(target.fields)},
                    {QStringLiteral("separator"), target.separator},
                    {QStringLiteral("maxFileBytes"), double(target.maxFileBytes)},
                    {QStringLiteral("flushIntervalSec"), target.flushIntervalSec},
                    {QStringLiteral("timezone"), target.timezone},
                    {QStringLiteral("badRecords"), badRecordPolicyName(target.badRecords)}};
    if (!target.columns.isEmpty()) tgt.insert(QStringLiteral("columns"), columnsToJson(target.columns));
    // Written only when set, so definitions that never used it read back as they were written.
    if (target.closeGraceSec != TargetSpec::kDefaultCloseGraceSec)
        tgt.insert(QStringLiteral("closeGraceSec"), target.closeGraceSec);
    if (target.partitionBy.byEventTime())
        tgt.insert(QStringLiteral("partitionBy"), QJsonObject{{QStringLiteral("field"), target.partitionBy.field},
                                                              {QStringLiteral("format"), timeFormatName(target.partitionBy.format)}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("source"), src},
                       {QStringLiteral("target"), tgt},
                       {QStringLiteral("parallelism"), parallelism}};
}

namespace {

/// Reads typed fields out of one JSON object and remembers the first problem, so parsing code
/// stays linear and the message names the exact field.
class FieldReader final
{
public:
    FieldReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool rejectUnknown(const QSet<QString> &known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                return failWith(QStringLiteral("unknown field \"%1\" in %2").arg(it.key(), m_path));
        return true;
    }

    QString string(const QString &key, const QString &fallback, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required) failWith(QStringLiteral("missing field \"%1\"").arg(qualified(key)));
            return fallback;
        }
        if (!v.isString()) {
            failWith(QStringLiteral("field \"%1\" must be a string").arg(qualified(key)));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) return fallback;
        if (!v.isBool()) failWith(QStringLiteral("field \"%1\" must be true or false").arg(qualified(key)));
        return v.toBool(fallback);
    }

    qint64 integer(const QString &key, qint64 fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) return fallback;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(qint64(d))) {
            failWith(QStringLiteral("field \"%1\" must be a whole number").arg(qualified(key)));
            return fallback;
        }
        return qint64(d);
    }

    QStringList stringList(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) return {};
        QStringList out;
        if (!v.isArray()) {
            failWith(QStringLiteral("field \"%1\" must be an array of strings").arg(qualified(key)));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                failWith(QStringLiteral("field \"%1\" must be an array of strings").arg(qualified(key)));
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) return {};
        if (!v.isArray()) failWith(QStringLiteral("field \"%1\" must be an array").arg(qualified(key)));
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) failWith(QStringLiteral("field \"%1\" must be an object").arg(qualified(key)));
        return v.toObject();
    }

    bool failWith(const QString &message)
    {
        if (m_error.isEmpty()) m_error = message;
        return false;
    }
    const QString &error() const { return m_error; }

private:
    QString qualified(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    const QJsonObject &m_object;
    QString m_path;
    QString m_error;
};

} // namespace

namespace {

Result<ColumnSpec> columnFromJson(const QJsonValue &value, const QString &path)
{
    using R = Result<ColumnSpec>;
    if (!value.isObject()) return R::fail(QStringLiteral("%1 must be an object").arg(path));
    const QJsonObject json = value.toObject();
    FieldReader reader(json, path);
    reader.rejectUnknown({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("path"), QStringLiteral("meta"),
                          QStringLiteral("nullable")});
    ColumnSpec c;
    c.name = reader.string(QStringLiteral("name"), {}, true);
    const QString type = reader.string(QStringLiteral("type"), {}, true);
    c.path = reader.string(QStringLiteral("path"), c.name);
    const QString meta = reader.string(QStringLiteral("meta"), {});
    c.nullable = reader.boolean(QStringLiteral("nullable"), true);
    if (!reader.error().isEmpty()) return R::fail(reader.error());
    const auto typeValue = enumByName(type,
                                      {ColumnType::String, ColumnType::Int32, ColumnType::Int64, ColumnType::Double, ColumnType::Boolean,
                                       ColumnType::TimestampMs, ColumnType::Date, ColumnType::Binary},
                                      columnTypeName);
    if (!typeValue)
        return R::fail(QStringLiteral("%1.type must be string, int32, int64, double, boolean, timestamp_ms, date or binary, not \"%2\"")
                           .arg(path, type));
    c.type = *typeValue;
    if (json.contains(QStringLiteral("meta"))) {
        const auto metaValue =
            enumByName(meta, {ColumnMeta::Topic, ColumnMeta::Partition, ColumnMeta::Offset, ColumnMeta::Timestamp, ColumnMeta::Key}, columnMetaName);
        if (!metaValue) return R::fail(QStringLiteral("%1.meta must be topic, partition, offset, timestamp or key, not \"%2\"").arg(path, meta));
        if (json.contains(QStringLiteral("path"))) return R::fail(QStringLiteral("%1 has both a path and meta: give one").arg(path));
        c.meta = *metaValue;
        c.path.clear();
    }
    return R::ok(c);
}

} // namespace

Result<TaskDefinition> TaskDefinition::fromJson(const QJsonObject &json)
{
    using R = Result<TaskDefinition>;
    TaskDefinition def;
    FieldReader top(json, QString());
    top.rejectUnknown({QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("target"),
                       QStringLiteral("parallelism")});
    def.name = top.string(QStringLiteral("name"), {}, true);
    const QJsonObject srcJson = top.object(QStringLiteral("source"));
    const QJsonObject tgtJson = top.object(QStringLiteral("target"));
    def.parallelism = int(top.integer(QStringLiteral("parallelism"), 1));
    if (!top.error().isEmpty()) return R::fail(top.error());

    FieldReader src(srcJson, QStringLiteral("source"));
    src.rejectUnknown({QStringLiteral("cluster"), QStringLiteral("topic"), QStringLiteral("start")});
    def.source.cluster = src.string(QStringLiteral("cluster"), {}, true);
    def.source.topic = src.string(QStringLiteral("topic"), {}, true);
    def.source.start = src.string(QStringLiteral("start"), def.source.start);
    if (!src.error().isEmpty()) return R::fail(src.error());

    FieldReader tgt(tgtJson, QStringLiteral("target"));
    tgt.rejectUnknown({QStringLiteral("warehouse"), QStringLiteral("bid"), QStringLiteral("tid"),
                       QStringLiteral("format"), QStringLiteral("gzip"), QStringLiteral("compression"),
                       QStringLiteral("columns"), QStringLiteral("partitionBy"), QStringLiteral("fields"),
                       QStringLiteral("separator"), QStringLiteral("maxFileBytes"),
                       QStringLiteral("flushIntervalSec"), QStringLiteral("timezone"),
                       QStringLiteral("badRecords"), QStringLiteral("closeGraceSec")});
    TargetSpec &t = def.target;
    t.warehouse = tgt.string(QStringLiteral("warehouse"), {}, true);
    t.bid = tgt.string(QStringLiteral("bid"), {}, true);
    t.tid = tgt.string(QStringLiteral("tid"), {}, true);
    const QString format = tgt.string(QStringLiteral("format"), QStringLiteral("json"));
    // "gzip": true is how definitions said it before "compression" existed; both stay valid.
    const bool legacyGzip = tgt.boolean(QStringLiteral("gzip"), false);
    const QString compression = tgt.string(QStringLiteral("compression"), legacyGzip ? QStringLiteral("gzip") : QStringLiteral("none"));
    const QJsonArray columns = tgt.array(QStringLiteral("columns"));
    const QJsonValue partitionBy = tgtJson.value(QStringLiteral("partitionBy"));
    t.fields = tgt.stringList(QStringLiteral("fields"));
    t.separator = tgt.string(QStringLiteral("separator"), t.separator);
    t.maxFileBytes = tgt.integer(QStringLiteral("maxFileBytes"), t.maxFileBytes);
    t.flushIntervalSec = int(tgt.integer(QStringLiteral("flushIntervalSec"), t.flushIntervalSec));
    t.timezone = tgt.string(QStringLiteral("timezone"), t.timezone);
    t.closeGraceSec = int(tgt.integer(QStringLiteral("closeGraceSec"), t.closeGraceSec));
    const QString bad = tgt.string(QStringLiteral("badRecords"), QStringLiteral("skip"));
    if (!tgt.error().isEmpty()) return R::fail(tgt.error());

    const auto formatValue = enumByName(format, {RecordFormat::Json, RecordFormat::Raw, RecordFormat::Delimited, RecordFormat::Parquet, RecordFormat::Orc},
                                        recordFormatName);
    if (!formatValue) return R::fail(QStringLiteral("target.format must be json, raw, delimited, parquet or orc, not \"%1\"").arg(format));
    t.format = *formatValue;
    const auto compressionValue =
        enumByName(compression, {Compression::None, Compression::Gzip, Compression::Zstd, Compression::Snappy}, compressionName);
    if (!compressionValue)
        return R::fail(QStringLiteral("target.compression must be none, gzip, zstd or snappy, not \"%1\"").arg(compression));
    if (legacyGzip && *compressionValue != Compression::Gzip)
        return R::fail(QStringLiteral("target.gzip is true but target.compression is \"%1\": give only one of them").arg(compression));
    t.compression = *compressionValue;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        auto column = columnFromJson(columns.at(i), QStringLiteral("target.columns[%1]").arg(i));
        if (!column) return R::fail(column.error());
        t.columns << column.value();
    }

    if (!partitionBy.isUndefined()) {
        if (!partitionBy.isObject()) return R::fail(QStringLiteral("field \"target.partitionBy\" must be an object"));
        const QJsonObject json = partitionBy.toObject();
        FieldReader reader(json, QStringLiteral("target.partitionBy"));
        reader.rejectUnknown({QStringLiteral("field"), QStringLiteral("format")});
        t.partitionBy.field = reader.string(QStringLiteral("field"), {}, true);
        const QString timeFormat = reader.string(QStringLiteral("format"), QStringLiteral("epoch_ms"));
        if (!reader.error().isEmpty()) return R::fail(reader.error());
        const auto value = enumByName(timeFormat, {TimeFormat::EpochMs, TimeFormat::EpochS, TimeFormat::Iso8601}, timeFormatName);
        if (!value) return R::fail(QStringLiteral("target.partitionBy.format must be epoch_ms, epoch_s or iso8601, not \"%1\"").arg(timeFormat));
        t.partitionBy.format = *value;
    }

    if (bad == QLatin1String("skip")) t.badRecords = BadRecordPolicy::Skip;
    else if (bad == QLatin1String("deadletter")) t.badRecords = BadRecordPolicy::DeadLetter;
    else if (bad == QLatin1String("fail")) t.badRecords = BadRecordPolicy::Fail;
    else return R::fail(QStringLiteral("target.badRecords must be skip, deadletter or fail, not \"%1\"").arg(bad));

    // "fields" is shorthand for string columns of the same names.
    if (isColumnar(t.format) && t.columns.isEmpty()) {
        for (const QString &field : std::as_const(t.fields)) t.columns << ColumnSpec{field, ColumnType::String, field};
        t.fields.clear();
    }
    if (const QString problem = Validation::definitionProblem(def); !problem.isEmpty()) return R::fail(problem);
    return R::ok(def);
}

Result<TaskDefinition> TaskDefinition::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<TaskDefinition>::fail(
            QStringLiteral("task definition is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject()) return Result<TaskDefinition>::fail(QStringLiteral("task definition must be a JSON object"));
    return fromJson(doc.object());
}

} // namespace outflow
