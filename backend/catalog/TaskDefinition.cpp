#include "TaskDefinition.h"

#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace outflow {

QString recordFormatName(RecordFormat format)
{
    switch (format) {
    case RecordFormat::Json: return QStringLiteral("json");
    case RecordFormat::Raw: return QStringLiteral("raw");
    case RecordFormat::Delimited: return QStringLiteral("delimited");
    }
    return {};
}

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
                    {QStringLiteral("gzip"), target.gzip},
                    {QStringLiteral("fields"), QJsonArray::fromStringList(target.fields)},
                    {QStringLiteral("separator"), target.separator},
                    {QStringLiteral("maxFileBytes"), double(target.maxFileBytes)},
                    {QStringLiteral("flushIntervalSec"), target.flushIntervalSec},
                    {QStringLiteral("timezone"), target.timezone},
                    {QStringLiteral("badRecords"), badRecordPolicyName(target.badRecords)}};
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
                       QStringLiteral("format"), QStringLiteral("gzip"), QStringLiteral("fields"),
                       QStringLiteral("separator"), QStringLiteral("maxFileBytes"),
                       QStringLiteral("flushIntervalSec"), QStringLiteral("timezone"),
                       QStringLiteral("badRecords")});
    TargetSpec &t = def.target;
    t.warehouse = tgt.string(QStringLiteral("warehouse"), {}, true);
    t.bid = tgt.string(QStringLiteral("bid"), {}, true);
    t.tid = tgt.string(QStringLiteral("tid"), {}, true);
    const QString format = tgt.string(QStringLiteral("format"), QStringLiteral("json"));
    t.gzip = tgt.boolean(QStringLiteral("gzip"), false);
    t.fields = tgt.stringList(QStringLiteral("fields"));
    t.separator = tgt.string(QStringLiteral("separator"), t.separator);
    t.maxFileBytes = tgt.integer(QStringLiteral("maxFileBytes"), t.maxFileBytes);
    t.flushIntervalSec = int(tgt.integer(QStringLiteral("flushIntervalSec"), t.flushIntervalSec));
    t.timezone = tgt.string(QStringLiteral("timezone"), t.timezone);
    const QString bad = tgt.string(QStringLiteral("badRecords"), QStringLiteral("skip"));
    if (!tgt.error().isEmpty()) return R::fail(tgt.error());

    if (format == QLatin1String("json")) t.format = RecordFormat::Json;
    else if (format == QLatin1String("raw")) t.format = RecordFormat::Raw;
    else if (format == QLatin1String("delimited")) t.format = RecordFormat::Delimited;
    else return R::fail(QStringLiteral("target.format must be json, raw or delimited, not \"%1\"").arg(format));

    if (bad == QLatin1String("skip")) t.badRecords = BadRecordPolicy::Skip;
    else if (bad == QLatin1String("deadletter")) t.badRecords = BadRecordPolicy::DeadLetter;
    else if (bad == QLatin1String("fail")) t.badRecords = BadRecordPolicy::Fail;
    else return R::fail(QStringLiteral("target.badRecords must be skip, deadletter or fail, not \"%1\"").arg(bad));

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
