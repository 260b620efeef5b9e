#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace outflow {

enum class RecordFormat { Json, Raw, Delimited };
enum class BadRecordPolicy { Skip, DeadLetter, Fail };

QString recordFormatName(RecordFormat format);
QString badRecordPolicyName(BadRecordPolicy policy);

/// Where a task reads from.
struct SourceSpec
{
    QString cluster;
    QString topic;
    /// "earliest", "latest" or an ISO-8601 date-time (resolved with offsetsForTimes).
    QString start = QStringLiteral("earliest");

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

/// Where and how a task writes.
struct TargetSpec
{
    static constexpr qint64 kDefaultMaxFileBytes = 500LL * 1024 * 1024;

    QString warehouse;
    QString bid;
    QString tid;
    RecordFormat format = RecordFormat::Json;
    bool gzip = false;
    /// Fields of the JSON value joined by `separator` in the delimited format.
    QStringList fields;
    QString separator = QStringLiteral("|");
    qint64 maxFileBytes = kDefaultMaxFileBytes;
    int flushIntervalSec = 60;
    QString timezone = QStringLiteral("UTC");
    BadRecordPolicy badRecords = BadRecordPolicy::Skip;

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
