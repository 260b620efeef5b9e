#include "HiveTable.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace outflow {

namespace {

QString hiveType(ColumnType type)
{
    switch (type) {
    case ColumnType::String: return QStringLiteral("string");
    case ColumnType::Int32: return QStringLiteral("int");
    case ColumnType::Int64: return QStringLiteral("bigint");
    case ColumnType::Double: return QStringLiteral("double");
    case ColumnType::Boolean: return QStringLiteral("boolean");
    case ColumnType::TimestampMs: return QStringLiteral("timestamp");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Binary: return QStringLiteral("binary");
    }
    return QStringLiteral("string");
}

QList<HiveColumn> typedColumns(const QList<ColumnSpec> &columns)
{
    QList<HiveColumn> out;
    for (const ColumnSpec &c : columns) out << HiveColumn{c.name.toLower(), hiveType(c.type)};
    return out;
}

QList<HiveColumn> stringColumns(const QStringList &fields)
{
    QList<HiveColumn> out;
    for (const QString &f : fields) out << HiveColumn{f.toLower(), QStringLiteral("string")};
    return out;
}

// The lines of the json format (RecordFormatter::appendJson). The value is embedded JSON of any
// shape, so it can only be declared as its text; key and header bytes are strings.
QList<HiveColumn> jsonLineColumns()
{
    return {{QStringLiteral("topic"), QStringLiteral("string")},
            {QStringLiteral("partition"), QStringLiteral("int")},
            {QStringLiteral("offset"), QStringLiteral("bigint")},
            {QStringLiteral("timestamp"), QStringLiteral("bigint")},
            {QStringLiteral("key"), QStringLiteral("string")},
            {QStringLiteral("headers"), QStringLiteral("array<struct<key:string,value:string>>")},
            {QStringLiteral("value"), QStringLiteral("string")}};
}

const QString kTextInput = QStringLiteral("org.apache.hadoop.mapred.TextInputFormat");
const QString kTextOutput = QStringLiteral("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat");
const QString kLazySimple = QStringLiteral("org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe");

QString columnsText(const QList<HiveColumn> &columns)
{
    QStringList parts;
    for (const HiveColumn &c : columns) parts << c.name + u' ' + c.type;
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString HiveTable::tableLocation(const WarehouseConfig &warehouse, const QString &bid, const QString &tid)
{
    if (warehouse.kind == WarehouseConfig::Kind::Local)
        return QStringLiteral("file://") + QDir::cleanPath(warehouse.location + u'/' + bid + u'/' + tid);
    // The warehouse speaks WebHDFS; Hive's FileSystem does too (webhdfs://), on the same port.
    const QUrl url(warehouse.location);
    return QStringLiteral("webhdfs://%1:%2%3")
        .arg(url.host())
        .arg(url.port(9870))
        .arg(QDir::cleanPath(u'/' + url.path() + u'/' + bid + u'/' + tid));
}

HiveTable HiveTable::forTask(const TargetSpec &target, const WarehouseConfig &warehouse)
{
    HiveTable t;
    t.database = target.bid.toLower();
    t.table = target.tid.toLower();
    t.location = tableLocation(warehouse, target.bid, target.tid);
    // Input format, output format and SerDe: how Hive reads and writes each of Outflow's formats.
    const auto storage = [&t](const QString &input, const QString &output, const QString &serde) {
        t.inputFormat = input;
        t.outputFormat = output;
        t.serdeLibrary = serde;
    };
    switch (target.format) {
    case RecordFormat::Parquet:
        t.columns = typedColumns(target.columns);
        storage(QStringLiteral("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"),
                QStringLiteral("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"),
                QStringLiteral("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"));
        break;
    case RecordFormat::Orc:
        t.columns = typedColumns(target.columns);
        storage(QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat"), QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat"),
                QStringLiteral("org.apache.hadoop.hive.ql.io.orc.OrcSerde"));
        break;
    case RecordFormat::Delimited:
        t.columns = target.columns.isEmpty() ? stringColumns(target.fields) : typedColumns(target.columns);
        storage(kTextInput, kTextOutput, kLazySimple);
        t.serdeParameters = {{QStringLiteral("field.delim"), target.separator},
                             {QStringLiteral("serialization.format"), target.separator},
                             {QStringLiteral("serialization.null.format"), QStringLiteral("\\N")}};
        break;
    case RecordFormat::Json:
        t.columns = jsonLineColumns();
        storage(kTextInput, kTextOutput, QStringLiteral("org.apache.hive.hcatalog.data.JsonSerDe"));
        break;
    case RecordFormat::Raw:
        // One line per record; a field delimiter that cannot occur in text keeps it one column.
        t.columns = {{QStringLiteral("line"), QStringLiteral("string")}};
        storage(kTextInput, kTextOutput, kLazySimple);
        t.serdeParameters = {{QStringLiteral("field.delim"), QStringLiteral("\x01")},
                             {QStringLiteral("serialization.format"), QStringLiteral("\x01")}};
        break;
    }
    return t;
}

QString HiveTable::mismatch(const HiveTable &existing, const QList<HiveColumn> &existingPartitionKeys, bool external) const
{
    const QString name = database + u'.' + table;
    if (!external) return QStringLiteral("Hive table %1 exists and is not an external table; Outflow registers only external tables").arg(name);
    const QList<HiveColumn> keys = {{QStringLiteral("dt"), QStringLiteral("string")}, {QStringLiteral("hr"), QStringLiteral("string")}};
    if (existingPartitionKeys != keys)
        return QStringLiteral("Hive table %1 exists partitioned by (%2), not by (dt string, hr string)").arg(name, columnsText(existingPartitionKeys));
    if (existing.columns != columns)
        return QStringLiteral("Hive table %1 exists with columns (%2); this task writes (%3)").arg(name, columnsText(existing.columns), columnsText(columns));
    if (existing.serdeLibrary != serdeLibrary || existing.inputFormat != inputFormat)
        return QStringLiteral("Hive table %1 exists stored with %2 (%3); this task writes files for %4 (%5)")
            .arg(name, existing.serdeLibrary, existing.inputFormat, serdeLibrary, inputFormat);
    for (auto it = serdeParameters.begin(); it != serdeParameters.end(); ++it)
        if (existing.serdeParameters.value(it.key()) != it.value())
            return QStringLiteral("Hive table %1 exists with %2 = \"%3\"; this task writes \"%4\"")
                .arg(name, it.key(), existing.serdeParameters.value(it.key()), it.value());
    if (QUrl(existing.location).path() != QUrl(location).path())
        return QStringLiteral("Hive table %1 exists at %2, not at the task's folder %3").arg(name, existing.location, location);
    return {};
}

std::optional<HivePartition> HivePartition::fromFolder(const QString &folder, const QString &tableLocation)
{
    static const QRegularExpression bucket(QStringLiteral("^dt=(\\d{8})/hr=(\\d{2})$"));
    const QRegularExpressionMatch m = bucket.match(folder);
    if (!m.hasMatch()) return std::nullopt;
    HivePartition p;
    p.dt = m.captured(1);
    p.hr = m.captured(2);
    p.location = tableLocation + u'/' + folder;
    return p;
}

} // namespace outflow
