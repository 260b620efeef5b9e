#pragma once

#include "catalog/TaskDefinition.h"

#include <QCoreApplication>

namespace outflow {

/// How the console names a target's compression, columns and hour folders, the same in the form that edits
/// them and on the detail page that shows them.
class TargetText final
{
    Q_DECLARE_TR_FUNCTIONS(TargetText)

public:
    /// "None", or the codec's own name (gzip, zstd, snappy), which users search for as is.
    static QString compression(Compression compression);
    /// "Kafka offset" and so on; empty for ColumnMeta::None.
    static QString meta(ColumnMeta meta);
    /// The dotted path, or the Kafka metadata the column holds.
    static QString columnSource(const ColumnSpec &column);
    /// One line per column: name · type · source, and "not null" where it applies.
    static QString columns(const QList<ColumnSpec> &columns);
    /// "Epoch milliseconds" and so on: how an event time is written in the value.
    static QString timeFormat(TimeFormat format);
    /// "Kafka record time", or "Event time: ts (epoch ms)".
    static QString foldersBy(const PartitionBy &by);
};

} // namespace outflow
