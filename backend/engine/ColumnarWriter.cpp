#include "ColumnarWriter.h"

#include "warehouse/Warehouse.h"

#include <arrow/adapters/orc/adapter.h>
#include <arrow/api.h>
#include <arrow/io/interfaces.h>
#include <parquet/arrow/writer.h>
#include <parquet/properties.h>

namespace outflow {

namespace {

QString arrowError(const arrow::Status &status) { return QString::fromStdString(status.ToString()); }

/// Arrow's output stream over a warehouse file: bytes go to its temporary file as Arrow
/// produces them. A failed write keeps the warehouse's own message (a full disk, an HDFS error)
/// for the task's error, not Arrow's rewording of it.
class WarehouseStream final : public arrow::io::OutputStream
{
public:
    explicit WarehouseStream(WarehouseFile &file) : m_file(file) {}

    arrow::Status Write(const void *data, int64_t bytes) override
    {
        if (Status s = m_file.write(static_cast<const char *>(data), qsizetype(bytes)); !s) {
            m_failure = s.error();
            return arrow::Status::IOError(m_failure.toStdString());
        }
        m_position += bytes;
        return arrow::Status::OK();
    }
    arrow::Status Close() override
    {
        m_closed = true; // the warehouse file is committed or abandoned by its owner
        return arrow::Status::OK();
    }
    bool closed() const override { return m_closed; }
    arrow::Result<int64_t> Tell() const override { return m_position; }

    int64_t position() const { return m_position; }
    const QString &failure() const { return m_failure; }

private:
    WarehouseFile &m_file;
    int64_t m_position = 0;
    bool m_closed = false;
    QString m_failure;
};

std::shared_ptr<arrow::DataType> arrowType(ColumnType type)
{
    switch (type) {
    case ColumnType::String: return arrow::utf8();
    case ColumnType::Int32: return arrow::int32();
    case ColumnType::Int64: return arrow::int64();
    case ColumnType::Double: return arrow::float64();
    case ColumnType::Boolean: return arrow::boolean();
    case ColumnType::TimestampMs: return arrow::timestamp(arrow::TimeUnit::MILLI, "UTC");
    case ColumnType::Date: return arrow::date32();
    case ColumnType::Binary: return arrow::binary();
    }
    return arrow::utf8();
}

arrow::Status appendCell(arrow::ArrayBuilder &builder, ColumnType type, const ColumnCell &cell)
{
    if (cell.null) return builder.AppendNull();
    switch (type) {
    case ColumnType::String: return static_cast<arrow::StringBuilder &>(builder).Append(cell.text.constData(), int32_t(cell.text.size()));
    case ColumnType::Binary: return static_cast<arrow::BinaryBuilder &>(builder).Append(cell.text.constData(), int32_t(cell.text.size()));
    case ColumnType::Int32: return static_cast<arrow::Int32Builder &>(builder).Append(int32_t(cell.integer));
    case ColumnType::Int64: return static_cast<arrow::Int64Builder &>(builder).Append(cell.integer);
    case ColumnType::Double: return static_cast<arrow::DoubleBuilder &>(builder).Append(cell.real);
    case ColumnType::Boolean: return static_cast<arrow::BooleanBuilder &>(builder).Append(cell.integer != 0);
    case ColumnType::TimestampMs: return static_cast<arrow::TimestampBuilder &>(builder).Append(cell.integer);
    case ColumnType::Date: return static_cast<arrow::Date32Builder &>(builder).Append(int32_t(cell.integer));
    }
    return arrow::Status::Invalid("unknown column type");
}

/// Rows collect in builders; a full batch goes to the format's encoder (flushBatch).
class ArrowColumnarWriter : public ColumnarWriter
{
public:
    ArrowColumnarWriter(WarehouseFile &file, const TargetSpec &target) : m_stream(std::make_shared<WarehouseStream>(file))
    {
        arrow::FieldVector fields;
        for (const ColumnSpec &c : target.columns) {
            fields.push_back(arrow::field(c.name.toStdString(), arrowType(c.type), c.nullable));
            m_types.push_back(c.type);
        }
        m_schema = arrow::schema(fields);
    }

    Status start()
    {
        auto builder = arrow::RecordBatchBuilder::Make(m_schema, arrow::default_memory_pool());
        if (!builder.ok()) return Status::fail(arrowError(builder.status()));
        m_builder = std::move(builder).ValueUnsafe();
        return check(open());
    }

    Status append(const std::vector<ColumnCell> &row) override
    {
        for (size_t i = 0; i < row.size(); ++i) {
            if (arrow::Status s = appendCell(*m_builder->GetField(int(i)), m_types[i], row[i]); !s.ok()) return check(s);
        }
        m_buffered += ColumnExtractor::rowBytes(row);
        ++m_rows;
        return m_buffered >= kBatchBytes ? flush() : Status::ok();
    }

    Status finish() override
    {
        if (Status s = flush(); !s) return s;
        return check(close());
    }

    qint64 sizeEstimate() const override { return m_stream->position() + m_encoding + m_buffered; }

protected:
    virtual arrow::Status open() = 0;
    /// Hands a batch of \a rawBytes to the encoder, which may keep it until its row group is full.
    virtual arrow::Status write(const std::shared_ptr<arrow::RecordBatch> &batch, qint64 rawBytes) = 0;
    virtual arrow::Status close() = 0;

    /// The warehouse's message when the write itself failed, Arrow's otherwise.
    Status check(const arrow::Status &status) const
    {
        if (status.ok()) return Status::ok();
        if (!m_stream->failure().isEmpty()) return Status::fail(m_stream->failure());
        return Status::fail(QStringLiteral("Writing the columnar file failed: %1").arg(arrowError(status)));
    }

    Status flush()
    {
        if (m_rows == 0) return Status::ok();
        auto batch = m_builder->Flush();
        if (!batch.ok()) return check(batch.status());
        const qint64 batchBytes = m_buffered;
        m_buffered = 0;
        m_rows = 0;
        const int64_t before = m_stream->position();
        if (Status s = check(write(*batch, batchBytes)); !s) return s;
        // Once the encoder has written out what it held, only this batch can still be inside it.
        m_encoding = m_stream->position() != before ? batchBytes : m_encoding + batchBytes;
        return Status::ok();
    }

    std::shared_ptr<WarehouseStream> m_stream;
    std::shared_ptr<arrow::Schema> m_schema;
    std::vector<ColumnType> m_types;
    std::unique_ptr<arrow::RecordBatchBuilder> m_builder;
    qint64 m_buffered = 0; // row bytes in the builders
    qint64 m_encoding = 0; // row bytes handed to the encoder and not yet on the stream
    qint64 m_rows = 0;
};

constexpr int64_t kPageBytes = 256 << 10;

arrow::Compression::type codecOf(Compression compression)
{
    switch (compression) {
    case Compression::None: return arrow::Compression::UNCOMPRESSED;
    case Compression::Gzip: return arrow::Compression::GZIP; // deflate: ORC's ZLIB kind
    case Compression::Zstd: return arrow::Compression::ZSTD;
    case Compression::Snappy: return arrow::Compression::SNAPPY;
    }
    return arrow::Compression::UNCOMPRESSED;
}

/// Batches are encoded as they come into a buffered row group, which holds only compressed pages;
/// a row group is written out once kRowGroupBytes of rows went into it.
class ParquetWriter final : public ArrowColumnarWriter
{
public:
    ParquetWriter(WarehouseFile &file, const TargetSpec &target) : ArrowColumnarWriter(file, target), m_compression(target.compression) {}

private:
    arrow::Status open() override
    {
        // Each column buffers a data page and a dictionary page before they go to the row group,
        // so their limits, times the columns, are most of an open file's memory: a quarter of
        // Parquet's 1 MiB defaults keeps ten columns within a few MiB.
        auto properties = parquet::WriterProperties::Builder()
                              .compression(codecOf(m_compression))
                              ->data_pagesize(kPageBytes)
                              ->dictionary_pagesize_limit(kPageBytes)
                              ->build();
        // The Arrow schema in the footer keeps what Parquet alone cannot say (the UTC zone of
        // timestamps), for readers that use it.
        auto arrowProperties = parquet::ArrowWriterProperties::Builder().store_schema()->build();
        ARROW_ASSIGN_OR_RAISE(m_writer,
                              parquet::arrow::FileWriter::Open(*m_schema, arrow::default_memory_pool(), m_stream, properties, arrowProperties));
        return arrow::Status::OK();
    }
    arrow::Status write(const std::shared_ptr<arrow::RecordBatch> &batch, qint64 rawBytes) override
    {
        // A new group only when rows follow, so a file never ends in an empty one.
        if (m_rowGroupBytes >= kRowGroupBytes) {
            ARROW_RETURN_NOT_OK(m_writer->NewBufferedRowGroup());
            m_rowGroupBytes = 0;
        }
        m_rowGroupBytes += rawBytes;
        return m_writer->WriteRecordBatch(*batch);
    }
    arrow::Status close() override { return m_writer->Close(); }

    Compression m_compression;
    std::unique_ptr<parquet::arrow::FileWriter> m_writer;
    qint64 m_rowGroupBytes = 0;
};

/// Stripes are cut at the row group size, so an ORC file buffers no more than a Parquet one.
class OrcWriter final : public ArrowColumnarWriter
{
public:
    OrcWriter(WarehouseFile &file, const TargetSpec &target) : ArrowColumnarWriter(file, target), m_compression(target.compression) {}

private:
    arrow::Status open() override
    {
        arrow::adapters::orc::WriteOptions options;
        options.compression = codecOf(m_compression);
        options.stripe_size = kRowGroupBytes;
        ARROW_ASSIGN_OR_RAISE(m_writer, arrow::adapters::orc::ORCFileWriter::Open(m_stream.get(), options));
        return arrow::Status::OK();
    }
    arrow::Status write(const std::shared_ptr<arrow::RecordBatch> &batch, qint64) override { return m_writer->Write(*batch); }
    arrow::Status close() override { return m_writer->Close(); }

    Compression m_compression;
    std::unique_ptr<arrow::adapters::orc::ORCFileWriter> m_writer;
};

} // namespace

Result<std::unique_ptr<ColumnarWriter>> ColumnarWriter::open(WarehouseFile &file, const TargetSpec &target)
{
    using R = Result<std::unique_ptr<ColumnarWriter>>;
    std::unique_ptr<ArrowColumnarWriter> writer;
    if (target.format == RecordFormat::Parquet) writer = std::make_unique<ParquetWriter>(file, target);
    else if (target.format == RecordFormat::Orc) writer = std::make_unique<OrcWriter>(file, target);
    else return R::fail(QStringLiteral("%1 is not a columnar format").arg(recordFormatName(target.format)));
    // The ORC library reports some failures by throwing; nothing may escape into the engine.
    try {
        if (Status s = writer->start(); !s) return R::fail(s.error());
    } catch (const std::exception &e) {
        return R::fail(QStringLiteral("Opening the columnar file failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return R::ok(std::move(writer));
}

} // namespace outflow
