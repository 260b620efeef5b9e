#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace outflow {

enum class RecordFormat { Json, Raw, Delimited, Parquet, Orc };
enum class BadRecordPolicy { Skip, DeadLetter, Fail };
/// Of whole text files (gzip, zstd) or inside columnar files (parquet, orc: also snappy).
enum class Compression { None, Gzip, Zstd, Snappy };

QString recordFormatName(RecordFormat format);
QString badRecordPolicyName(BadRecordPolicy policy);
QString compressionName(Compression compression);
/// Parquet and ORC: typed columns instead of lines of text.
inline bool isColumnar(RecordFormat format) { return format == RecordFormat::Parquet || format == RecordFormat::Orc; }

/// The type of a column of a columnar table. Every column is nullable unless it says otherwise.
enum class ColumnType { String, Int32, Int64, Double, Boolean, TimestampMs, Date, Binary };
/// What a column holds when it does not come from the record's value.
enum class ColumnMeta { None, Topic, Partition, Offset, Timestamp, Key };

QString columnTypeName(ColumnType type);
QString columnMetaName(ColumnMeta meta);

/// One column of a parquet or orc table: a field of the record's JSON value (a dotted path into
/// nested objects, the column's name by default) or a piece of Kafka metadata.
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::String;
    /// Dotted path into the value ("buyer.city"); ignored for metadata columns.
    QString path;
    ColumnMeta meta = ColumnMeta::None;
    bool nullable = true;

    friend bool operator==(const ColumnSpec &, const ColumnSpec &) = default;
};

/// Where a task reads from.
struct SourceSpec
{
    QString cluster;
    QString topic;
    /// "earliest", "latest" or an ISO-8601 date-time (resolved with offsetsForTimes).
    QString start = QStringLiteral("earliest");

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

/// How an event time is written in the record's value.
enum class TimeFormat { EpochMs, EpochS, Iso8601 };
QString timeFormatName(TimeFormat format);

/// Which time puts a record into its dt=/hr= folder: a field of the value (event time) or, when
/// `field` is empty, the Kafka record's timestamp.
struct PartitionBy
{
    QString field; // a dotted path into the value
    TimeFormat format = TimeFormat::EpochMs;

    bool byEventTime() const { return !field.isEmpty(); }
    friend bool operator==(const PartitionBy &, const PartitionBy &) = default;
};

/// Where and how a task writes.
struct TargetSpec
{
    static constexpr qint64 kDefaultMaxFileBytes = 500LL * 1024 * 1024;

    QString warehouse;
    QString bid;
    QString tid;
    RecordFormat format = RecordFormat::Json;
    Compression compression = Compression::None;
    /// Fields of the JSON value joined by `separator` in the delimited format.
    QStringList fields;
    /// The columns of a parquet or orc table.
    QList<ColumnSpec> columns;
    PartitionBy partitionBy;
    QString separator = QStringLiteral("|");
    qint64 maxFileBytes = kDefaultMaxFileBytes;
    int flushIntervalSec = 60;
    QString timezone = QStringLiteral("UTC");
    BadRecordPolicy badRecords = BadRecordPolicy::Skip;
    static constexpr int kDefaultCloseGraceSec = 600;
    /// With a Hive Metastore: an hour folder is closed (`_SUCCESS`, a partition parameter) once
    /// every partition of the topic has committed records this many seconds past its end.
    int closeGraceSec = kDefaultCloseGraceSec;

    friend bool operator==(const TargetSpec &, const TargetSpec &) = default;
};

/// A task definition: the stable JSON contract of PRODUCT.md section 7.
struct TaskDefinition
{
    QString name;
    SourceSpec source;
    TargetSpec target;
    int parallelism = 1;

    QJsonObject toJson() const;
    /// Parses and validates a definition. Unknown fields are an error, not silently ignored.
    static Result<TaskDefinition> fromJson(const QJsonObject &json);
    static Result<TaskDefinition> fromJsonBytes(const QByteArray &bytes);

    friend bool operator==(const TaskDefinition &, const TaskDefinition &) = default;
};

} // namespace outflow
