#include "FileEncoder.h"

#include "warehouse/Warehouse.h"

#include <zlib.h>
#include <zstd.h>

namespace outflow {

/// A streaming compressor that hands what it produces to the file.
class FileEncoder::Codec
{
public:
    explicit Codec(WarehouseFile &file) : m_file(file), m_out(256 * 1024, Qt::Uninitialized) {}
    virtual ~Codec() = default;
    virtual Status compress(const char *data, qsizetype size) = 0;
    virtual Status finish() = 0;

protected:
    Status writeOut(qsizetype produced) { return produced > 0 ? m_file.write(m_out.constData(), produced) : Status::ok(); }

    WarehouseFile &m_file;
    QByteArray m_out;
};

class FileEncoder::Gzip final : public Codec
{
public:
    explicit Gzip(WarehouseFile &file) : Codec(file)
    {
        // windowBits 15 + 16: a gzip header and trailer instead of a zlib one.
        deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    }
    ~Gzip() override { deflateEnd(&m_stream); }
    Status compress(const char *data, qsizetype size) override { return deflateChunk(data, size, Z_NO_FLUSH); }
    Status finish() override { return deflateChunk(nullptr, 0, Z_FINISH); }

private:
    Status deflateChunk(const char *data, qsizetype size, int flush)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_stream.avail_in = uInt(size);
        int rc = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_stream.avail_out = uInt(m_out.size());
            rc = deflate(&m_stream, flush);
            if (rc == Z_STREAM_ERROR) return Status::fail(QStringLiteral("gzip compression failed"));
            if (Status s = writeOut(m_out.size() - qsizetype(m_stream.avail_out)); !s) return s;
        } while (m_stream.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return Status::ok();
    }

    z_stream m_stream{};
};

class FileEncoder::Zstd final : public Codec
{
public:
    explicit Zstd(WarehouseFile &file) : Codec(file), m_stream(ZSTD_createCCtx())
    {
        // Level 3 is zstd's default: about gzip's ratio at several times its speed. The content
        // checksum lets a reader tell a damaged file from a good one.
        ZSTD_CCtx_setParameter(m_stream, ZSTD_c_compressionLevel, 3);
        ZSTD_CCtx_setParameter(m_stream, ZSTD_c_checksumFlag, 1);
    }
    ~Zstd() override { ZSTD_freeCCtx(m_stream); }
    Status compress(const char *data, qsizetype size) override { return run(data, size, ZSTD_e_continue); }
    Status finish() override { return run(nullptr, 0, ZSTD_e_end); }

private:
    Status run(const char *data, qsizetype size, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{data, size_t(size), 0};
        for (;;) {
            ZSTD_outBuffer out{m_out.data(), size_t(m_out.size()), 0};
            const size_t left = ZSTD_compressStream2(m_stream, &out, &in, mode);
            if (ZSTD_isError(left)) return Status::fail(QStringLiteral("zstd compression failed: %1").arg(QString::fromUtf8(ZSTD_getErrorName(left))));
            if (Status s = writeOut(qsizetype(out.pos)); !s) return s;
            const bool done = mode == ZSTD_e_end ? left == 0 : in.pos == in.size;
            if (done) return Status::ok();
        }
    }

    ZSTD_CCtx *m_stream;
};

FileEncoder::FileEncoder(WarehouseFile &file, Compression compression) : m_file(file)
{
    if (compression == Compression::Gzip) m_codec = std::make_unique<Gzip>(file);
    else if (compression == Compression::Zstd) m_codec = std::make_unique<Zstd>(file);
}

FileEncoder::~FileEncoder() = default;

Status FileEncoder::write(const QByteArray &bytes)
{
    if (!m_codec) return m_file.write(bytes.constData(), bytes.size());
    return m_codec->compress(bytes.constData(), bytes.size());
}

Status FileEncoder::finish() { return m_codec ? m_codec->finish() : Status::ok(); }

qint64 FileEncoder::encodedBytes() const { return m_file.bytesWritten(); }

QString FileEncoder::suffix(Compression compression)
{
    switch (compression) {
    case Compression::Gzip: return QStringLiteral(".gz");
    case Compression::Zstd: return QStringLiteral(".zst");
    case Compression::None:
    case Compression::Snappy: return {};
    }
    return {};
}

} // namespace outflow
