#pragma once

#include "catalog/TaskDefinition.h"

#include <QCoreApplication>

namespace outflow {

/// How the console names a target's compression and columns, the same in the form that edits
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
};

} // namespace outflow
