#include "PartitionSink.h"

#include "ColumnarWriter.h"
#include "FaultInjection.h"
#include "MonotonicClock.h"
#include "warehouse/FileNaming.h"
#include "warehouse/Warehouse.h"

#include <QDateTime>
#include <QUuid>

namespace outflow {

namespace {
const QString kDeadLetterDir = QStringLiteral("_deadletter");
}

/// The open chunk: a data file and, when the policy asks for it, a dead-letter file covering
/// the same offsets.
struct PartitionSink::Chunk
{
    QString bucketDir;
    qint64 firstOffset = -1;
    qint64 lastOffset = -1;
    qint64 openedAtMs = 0;
    qint64 goodRecords = 0;
    qint64 payloadBytes = 0;
    int part = -1;
    std::optional<RecordFingerprint> fingerprint; // of its first record, once it is committed
    std::unique_ptr<WarehouseFile> file;
    std::unique_ptr<FileEncoder> encoder;      // text formats
    std::unique_ptr<ColumnarWriter> columnar; // parquet, orc
    std::unique_ptr<WarehouseFile> deadFile;
    std::unique_ptr<FileEncoder> deadEncoder;
};

PartitionSink::PartitionSink(Warehouse &warehouse, const TargetSpec &target, const QString &topic, int partition, qint64 nextOffset,
                             CommitIndex index, PartitionCounters &counters, OwnershipCheck ownershipCheck)
    : m_warehouse(warehouse),
      m_index(std::move(index)),
      m_target(target),
      m_topic(topic),
      m_topicUtf8(topic.toUtf8()),
      m_partition(partition),
      m_formatter(target),
      m_deadLetterFormatter([] {
          TargetSpec json;
          json.format = RecordFormat::Json;
          return json;
      }()),
      m_extension(isColumnar(target.format) ? recordFormatName(target.format)
                                            : m_formatter.extension() + FileEncoder::suffix(target.compression)),
      m_zone(target.timezone.toUtf8()),
      m_counters(counters),
      m_ownershipCheck(std::move(ownershipCheck)),
      m_extractor(isColumnar(target.format) ? std::make_optional<ColumnExtractor>(target.columns) : std::nullopt),
      m_committedNext(nextOffset)
{
    m_counters.committedOffset.store(nextOffset, std::memory_order_relaxed);
}

PartitionSink::~PartitionSink() { abandon(); }

const PartitionSink::Bucket &PartitionSink::bucketFor(qint64 timestampMs)
{
    if (timestampMs >= m_bucket.startMs && timestampMs < m_bucket.endMs) return m_bucket;
    // Cache the hour window: converting every record's time through QTimeZone is expensive.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(timestampMs, m_zone);
    const QDateTime hourStart(local.date(), QTime(local.time().hour(), 0), m_zone);
    m_bucket.startMs = hourStart.toMSecsSinceEpoch();
    m_bucket.endMs = hourStart.addSecs(3600).toMSecsSinceEpoch();
    if (timestampMs < m_bucket.startMs || timestampMs >= m_bucket.endMs) { // DST edges: no caching
        m_bucket.startMs = timestampMs;
        m_bucket.endMs = timestampMs + 1;
    }
    m_bucket.dir = FileNaming::bucketDir(local.date().year(), local.date().month(), local.date().day(), local.time().hour());
    return m_bucket;
}

Status PartitionSink::ensureChunk(qint64 timestampMs, qint64 offset)
{
    const QString dir = bucketFor(timestampMs).dir;
    if (m_chunk && m_chunk->bucketDir != dir) {
        if (Status s = rollChunk(false); !s) return s;
    }
    if (m_chunk) return Status::ok();
    auto chunk = std::make_unique<Chunk>();
    chunk->bucketDir = dir;
    chunk->firstOffset = offset;
    chunk->openedAtMs = monotonicMs();
    chunk->part = m_nextPart;
    m_chunk = std::move(chunk);
    return Status::ok();
}

Status PartitionSink::append(const RecordView &record)
{
    const qint64 ts = record.timestampMs >= 0 ? record.timestampMs : QDateTime::currentMSecsSinceEpoch();
    m_counters.messagesIn.fetch_add(1, std::memory_order_relaxed);
    m_counters.bytesIn.fetch_add(record.valueSize + record.keySize, std::memory_order_relaxed);
    m_counters.lastRecordTimestampMs.store(ts, std::memory_order_relaxed);

    m_line.resize(0); // keeps the capacity: clear() would free and reallocate per record
    const QString bad = m_extractor ? m_extractor->extract(record, m_row) : m_formatter.append(record, m_line);
    const qint64 shapedBytes = m_extractor ? ColumnExtractor::rowBytes(m_row) : m_line.size();
    if (!bad.isEmpty()) {
        m_counters.badRecords.fetch_add(1, std::memory_order_relaxed);
        if (m_target.badRecords == BadRecordPolicy::Fail) {
            // Commit what came before, so the task stops exactly at the bad record.
            if (Status s = rollChunk(false); !s) return s;
            return Status::fail(QStringLiteral("Bad record at %1/%2 offset %3: %4 (bad-record policy: fail)")
                                    .arg(m_topic)
                                    .arg(m_partition)
                                    .arg(record.offset)
                                    .arg(bad));
        }
    }
    if (Status s = ensureChunk(ts, record.offset); !s) return s;
    Chunk &c = *m_chunk;
    if (!bad.isEmpty()) {
        if (m_target.badRecords == BadRecordPolicy::DeadLetter) {
            if (Status s = deadLetter(record, bad); !s) return s;
        }
        c.lastOffset = record.offset;
        return Status::ok();
    }
    // Roll before a record would push a plain file over the limit, so parts stay within it.
    // Compressed and columnar files learn their size only as they are encoded: they roll after.
    const bool sizeKnownAhead = !m_extractor && m_target.compression == Compression::None;
    if (sizeKnownAhead && c.goodRecords > 0 && c.encoder && c.encoder->encodedBytes() + shapedBytes > m_target.maxFileBytes) {
        if (Status s = rollChunk(true); !s) return s;
        if (Status s = ensureChunk(ts, record.offset); !s) return s;
    }
    Chunk &open = *m_chunk;
    if (!open.file) {
        auto file = m_warehouse.createFile(m_target.bid, m_target.tid, m_index.stagingDir(),
                                           FileNaming::tempName(m_topic, m_partition, open.firstOffset, QUuid::createUuid().toString(QUuid::Id128)));
        if (!file) return abandonChunk(Status::fail(file.error()));
        open.file = std::move(file).value();
        if (m_extractor) {
            auto writer = ColumnarWriter::open(*open.file, m_target);
            if (!writer) return abandonChunk(Status::fail(writer.error()));
            open.columnar = std::move(writer).value();
        } else {
            open.encoder = std::make_unique<FileEncoder>(*open.file, m_target.compression);
        }
        open.fingerprint = RecordFingerprint::of(record);
    }
    if (Status s = open.columnar ? open.columnar->append(m_row) : open.encoder->write(m_line); !s) return abandonChunk(s);
    FaultInjection::point("mid-write");
    open.lastOffset = record.offset;
    ++open.goodRecords;
    open.payloadBytes += shapedBytes;
    const qint64 size = open.columnar ? open.columnar->sizeEstimate() : open.encoder->encodedBytes();
    if (!sizeKnownAhead && size >= m_target.maxFileBytes) return rollChunk(true);
    return Status::ok();
}

Status PartitionSink::deadLetter(const RecordView &record, const QString &reason)
{
    Chunk &c = *m_chunk;
    if (!c.deadFile) {
        auto file = m_warehouse.createFile(m_target.bid, m_target.tid, m_index.stagingDir(),
                                           FileNaming::tempName(m_topic, m_partition, c.firstOffset, QUuid::createUuid().toString(QUuid::Id128)));
        if (!file) return abandonChunk(Status::fail(file.error()));
        c.deadFile = std::move(file).value();
        c.deadEncoder = std::make_unique<FileEncoder>(*c.deadFile, Compression::None);
    }
    QByteArray line;
    m_deadLetterFormatter.append(record, line);
    line.chop(2); // "}\n": add the reason as one more field
    line += ",\"error\":";
    const QByteArray why = reason.toUtf8();
    RecordFormatter::appendJsonString(line, why.constData(), why.size());
    line += "}\n";
    if (Status s = c.deadEncoder->write(line); !s) return abandonChunk(s);
    return Status::ok();
}

Status PartitionSink::rollIfDue(qint64 nowMs)
{
    if (!m_chunk || nowMs - m_chunk->openedAtMs < qint64(m_target.flushIntervalSec) * 1000) return Status::ok();
    return rollChunk(false);
}

Status PartitionSink::rollChunk(bool bySize)
{
    if (!m_chunk) return Status::ok();
    Chunk &c = *m_chunk;
    if (bySize && c.part < 0) c.part = 0;
    if ((c.file || c.deadFile) && m_ownershipCheck) {
        if (Status s = m_ownershipCheck(m_partition, m_committedNext); !s) return abandonChunk(s);
    }
    // The data file is the commit point; the dead-letter file follows it. A crash between the
    // two renames loses that chunk's dead letters, never table data (docs/exactly-once.md).
    const QString deadDir = kDeadLetterDir + u'/' + c.bucketDir;
    const QString name = FileNaming::finalName(m_topic, m_partition, c.firstOffset, c.lastOffset, c.part, m_extension);
    const QString deadName = FileNaming::finalName(m_topic, m_partition, c.firstOffset, c.lastOffset, -1, QStringLiteral("json"));
    if (c.file || c.deadFile) {
        if (c.file) {
            if (Status s = c.columnar ? c.columnar->finish() : c.encoder->finish(); !s) return abandonChunk(s);
        }
        if (c.deadFile) {
            if (Status s = c.deadEncoder->finish(); !s) return abandonChunk(s);
        }
        if (Status s = c.file ? m_index.announce(c.bucketDir, name) : m_index.announce(deadDir, deadName); !s) return abandonChunk(s);
    }
    if (c.file) {
        FaultInjection::point("before-rename");
        if (Status s = c.file->commit(c.bucketDir, name); !s) return abandonChunk(s);
        FaultInjection::point("after-rename");
        c.file.reset();
        if (c.fingerprint) keepFingerprint(*c.fingerprint);
        m_counters.filesCommitted.fetch_add(1, std::memory_order_relaxed);
        m_counters.bytesCommitted.fetch_add(c.payloadBytes, std::memory_order_relaxed);
    }
    if (c.deadFile) {
        if (Status s = c.deadFile->commit(deadDir, deadName); !s) return abandonChunk(s);
        c.deadFile.reset();
    }
    m_index.settle();
    m_counters.messagesCommitted.fetch_add(c.lastOffset - c.firstOffset + 1, std::memory_order_relaxed);
    m_committedNext = c.lastOffset + 1;
    m_counters.committedOffset.store(m_committedNext, std::memory_order_relaxed);
    m_nextPart = bySize ? c.part + 1 : -1;
    m_chunk.reset();
    m_committedSinceTake = true;
    return Status::ok();
}

void PartitionSink::keepFingerprint(const RecordFingerprint &fingerprint)
{
    // Refreshed now and then, so retention does not delete the record it names before the next
    // assignment compares it. Only a check's input: a failure to write it stops nothing.
    constexpr qint64 kRefreshMs = 10 * 60 * 1000;
    const qint64 now = monotonicMs();
    if (m_fingerprintKeptAtMs >= 0 && now - m_fingerprintKeptAtMs < kRefreshMs) return;
    if (Status s = m_warehouse.writeOwnFile(m_target.bid, m_target.tid, RecordFingerprint::fileName(m_topic, m_partition),
                                            fingerprint.serialize());
        !s)
        qWarning("outflow: cannot keep the fingerprint of %s/%d: %s", qPrintable(m_topic), m_partition, qPrintable(s.error()));
    else
        m_fingerprintKeptAtMs = now;
}

Status PartitionSink::abandonChunk(Status failure)
{
    // The chunk's files may miss bytes (a short write, a full disk, pages a failed fsync
    // dropped): committing them would name offsets they do not hold. Its records are read
    // again by the next owner of the partition, which recovers from the committed files.
    abandon();
    return failure;
}

void PartitionSink::abandon()
{
    if (!m_chunk) return;
    if (m_chunk->file) m_chunk->file->abandon();
    if (m_chunk->deadFile) m_chunk->deadFile->abandon();
    m_chunk.reset();
    m_nextPart = -1;
}

bool PartitionSink::takeCommitted()
{
    const bool was = m_committedSinceTake;
    m_committedSinceTake = false;
    return was;
}

} // namespace outflow
