#pragma once

#include "ColumnExtractor.h"
#include "catalog/TaskDefinition.h"
#include "common/Result.h"

#include <memory>

namespace outflow {

class WarehouseFile;

/// Writes rows into one Parquet or ORC file through Apache Arrow, straight into a warehouse
/// file: rows collect in Arrow builders, go to the format's encoder every kBatchBytes, and
/// leave it compressed as a row group (Parquet) or stripe (ORC) every kRowGroupBytes, so
/// memory per open file stays a few MiB whatever the file's size. finish()
/// writes the footer; only then is the file readable, and only then is it committed.
///
/// The only place that includes Arrow: the rest of the engine stays free of it.
class ColumnarWriter
{
public:
    /// Bytes of rows collected in Arrow builders before they are encoded.
    static constexpr qint64 kBatchBytes = 1 << 20;
    /// Bytes of rows in a row group or stripe before it is written out.
    static constexpr qint64 kRowGroupBytes = 8 << 20;

    static Result<std::unique_ptr<ColumnarWriter>> open(WarehouseFile &file, const TargetSpec &target);
    virtual ~ColumnarWriter() = default;

    /// Adds a row whose cells ColumnExtractor filled for the target's columns.
    virtual Status append(const std::vector<ColumnCell> &row) = 0;
    /// Writes what is buffered and the footer; call once, before committing the file.
    virtual Status finish() = 0;
    /// Bytes written to the file plus rows still buffered: drives size rolling.
    virtual qint64 sizeEstimate() const = 0;
};

} // namespace outflow
