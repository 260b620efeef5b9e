#include "FileEncoder.h"

#include "warehouse/Warehouse.h"

namespace outflow {

FileEncoder::FileEncoder(WarehouseFile &file, bool gzip) : m_file(file), m_gzip(gzip)
{
    if (m_gzip) {
        // windowBits 15 + 16: a gzip header and trailer instead of a zlib one.
        deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
        m_out.resize(256 * 1024);
    }
}

FileEncoder::~FileEncoder()
{
    if (m_gzip) deflateEnd(&m_stream);
}

Status FileEncoder::write(const QByteArray &bytes)
{
    if (!m_gzip) return m_file.write(bytes.constData(), bytes.size());
    return deflateChunk(bytes.constData(), bytes.size(), Z_NO_FLUSH);
}

Status FileEncoder::finish()
{
    if (!m_gzip) return Status::ok();
    return deflateChunk(nullptr, 0, Z_FINISH);
}

qint64 FileEncoder::encodedBytes() const { return m_file.bytesWritten(); }

Status FileEncoder::deflateChunk(const char *data, qsizetype size, int flush)
{
    m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_stream.avail_in = uInt(size);
    int rc = Z_OK;
    do {
        m_stream.next_out = reinterpret_cast<Bytef *>(m_out.data());
        m_stream.avail_out = uInt(m_out.size());
        rc = deflate(&m_stream, flush);
        if (rc == Z_STREAM_ERROR) return Status::fail(QStringLiteral("gzip compression failed"));
        const qsizetype produced = m_out.size() - qsizetype(m_stream.avail_out);
        if (produced > 0) {
            if (Status s = m_file.write(m_out.constData(), produced); !s) return s;
        }
    } while (m_stream.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    return Status::ok();
}

} // namespace outflow
