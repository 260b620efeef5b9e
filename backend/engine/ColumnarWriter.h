#pragma once

#include "ColumnExtractor.h"
#include "catalog/TaskDefinition.h"
#include "common/Result.h"

#include <memory>

namespace outflow {

class WarehouseFile;

/// Writes rows into one Parquet or ORC file through Apache Arrow, straight into a warehouse
/// file: rows collect in Arrow builders and go out as a row group (Parquet) or stripe (ORC)
/// every ~8 MiB, so memory per open file stays bounded whatever the file's size. finish()
/// writes the footer; only then is the file readable, and only then is it committed.
///
/// The only place that includes Arrow: the rest of the engine stays free of it.
class ColumnarWriter
{
public:
    /// Bytes of rows buffered before they are encoded and written out.
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
