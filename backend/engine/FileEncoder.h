#pragma once

#include "catalog/TaskDefinition.h"
#include "common/Result.h"

#include <QByteArray>

#include <memory>

namespace outflow {

class WarehouseFile;

/// Passes formatted bytes to a warehouse file, compressed with gzip or zstd when asked. Each
/// file is one complete gzip member or zstd frame, so `zcat`, `zstdcat` and Hive read every
/// file on its own.
class FileEncoder final
{
public:
    /// `compression`: None, Gzip or Zstd (text files; Validation refuses Snappy for them).
    FileEncoder(WarehouseFile &file, Compression compression);
    ~FileEncoder();
    FileEncoder(const FileEncoder &) = delete;
    FileEncoder &operator=(const FileEncoder &) = delete;

    Status write(const QByteArray &bytes);
    /// Ends the compressed stream; call once, before committing the file.
    Status finish();
    /// Bytes that reached the file so far (compressed size when compressing); drives size rolling.
    qint64 encodedBytes() const;
    /// The file name's suffix for `compression`: "", ".gz" or ".zst".
    static QString suffix(Compression compression);

private:
    class Codec;
    class Gzip;
    class Zstd;

    WarehouseFile &m_file;
    std::unique_ptr<Codec> m_codec; // null: bytes pass through as they are
};

} // namespace outflow
