#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <zlib.h>

namespace outflow {

class WarehouseFile;

/// Passes formatted bytes to a warehouse file, gzip-compressing them when asked. Each file is a
/// complete gzip member, so `zcat` and Hive read every file on its own.
class FileEncoder final
{
public:
    FileEncoder(WarehouseFile &file, bool gzip);
    ~FileEncoder();
    FileEncoder(const FileEncoder &) = delete;
    FileEncoder &operator=(const FileEncoder &) = delete;

    Status write(const QByteArray &bytes);
    /// Ends the gzip stream; call once, before committing the file.
    Status finish();
    /// Bytes that reached the file so far (compressed size for gzip); drives size rolling.
    qint64 encodedBytes() const;

private:
    Status deflateChunk(const char *data, qsizetype size, int flush);

    WarehouseFile &m_file;
    bool m_gzip;
    z_stream m_stream{};
    QByteArray m_out;
};

} // namespace outflow
