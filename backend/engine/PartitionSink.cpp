#include "PartitionSink.h"
#include "common/Messages.h"

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

QString newTempName(const QString &topic, int partition, qint64 firstOffset)
{
    return FileNaming::tempName(topic, partition, firstOffset, QUuid::createUuid().toString(QUuid::Id128));
}
} // namespace

/// The records of one hour folder in the open group: a data file and, when the policy asks
/// for it, a dead-letter file, both named by the first and last offset routed to the folder.
struct PartitionSink::Chunk
{
    QString bucketDir;
    qint64 firstOffset = -1;
    qint64 lastOffset = -1;
    qint64 goodRecords = 0;
    qint64 payloadBytes = 0;
    int part = -1;
    std::optional<RecordFingerprint> fingerprint; // of its first record, once it is committed
    QString tempName;
    std::unique_ptr<WarehouseFile> file;
    std::unique_ptr<FileEncoder> encoder;      // text formats
    std::unique_ptr<ColumnarWriter> columnar; // parquet, orc
    QString deadTempName;
    std::unique_ptr<WarehouseFile> deadFile;
    std::unique_ptr<FileEncoder> deadEncoder;

    QString deadDir() const { return kDeadLetterDir + u'/' + bucketDir; }
};

PartitionSink::PartitionSink(Warehouse &warehouse, const TargetSpec &target, const QString &topic, int partition, qint64 nextOffset,
                             CommitIndex index, PartitionCounters &counters, OwnershipCheck ownershipCheck,
                             CommitObserver commitObserver)
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
      m_commitObserver(std::move(commitObserver)),
      m_eventTime(target.partitionBy),
      m_maxOpenFolders(target.partitionBy.byEventTime() ? kMaxOpenFoldersByEventTime : 1),
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

Result<PartitionSink::Chunk *> PartitionSink::chunkFor(qint64 timestampMs, qint64 offset)
{
    using R = Result<Chunk *>;
    const QString dir = bucketFor(timestampMs).dir;
    for (const auto &c : m_open)
        if (c->bucketDir == dir) return R::ok(c.get());
    if (int(m_open.size()) >= m_maxOpenFolders) {
        if (Status s = rollGroup(nullptr); !s) return R::fail(s.error());
    }
    auto chunk = std::make_unique<Chunk>();
    chunk->bucketDir = dir;
    chunk->firstOffset = offset;
    chunk->part = m_nextPartOf.value(dir, -1);
    if (m_open.empty()) m_groupOpenedAtMs = monotonicMs();
    m_open.push_back(std::move(chunk));
    return R::ok(m_open.back().get());
}

void PartitionSink::noteOffset(Chunk &chunk, qint64 offset, qint64 timeMs)
{
    chunk.lastOffset = offset;
    m_groupMaxTimeMs = qMax(m_groupMaxTimeMs, timeMs);
    if (m_groupFirst < 0) m_groupFirst = offset;
    m_groupLast = offset;
}

void PartitionSink::decodeWith(std::shared_ptr<SchemaRegistryClient> registry)
{
    if (registry) m_decoder.emplace(std::move(registry));
    else m_decoder.reset();
}

Status PartitionSink::append(const RecordView &record)
{
    m_counters.messagesIn.fetch_add(1, std::memory_order_relaxed);
    m_counters.bytesIn.fetch_add(record.valueSize + record.keySize, std::memory_order_relaxed);
    const qint64 kafkaMs = EventTime::kafkaTime(record);
    m_counters.lastRecordTimestampMs.store(kafkaMs, std::memory_order_relaxed);

    QString bad;
    // What the formats read: the record, with its value decoded when it was in the wire format.
    // A dead letter keeps the record as Kafka has it.
    RecordView decoded;
    const RecordView *shaped = &record;
    if (m_decoder) {
        switch (m_decoder->decode(record.value, record.valueSize, m_decoded, bad)) {
        case WireFormatDecoder::Outcome::Plain:
        case WireFormatDecoder::Outcome::Bad: break;
        case WireFormatDecoder::Outcome::Decoded:
            decoded = record;
            decoded.value = m_decoded.constData();
            decoded.valueSize = m_decoded.size();
            shaped = &decoded;
            break;
        case WireFormatDecoder::Outcome::Unavailable:
            // Commit what came before, so the task stops exactly here and goes on from here.
            if (Status s = rollGroup(nullptr); !s) return s;
            return Status::fail(Messages::english(msg::kCannotDecode, m_topic, m_partition, record.offset, bad));
        }
    }

    qint64 timeMs = 0;
    if (bad.isEmpty()) bad = m_eventTime.of(*shaped, timeMs);
    // A record without a usable event time still has a folder for its dead letter: its Kafka time's.
    if (!bad.isEmpty()) timeMs = kafkaMs;
    m_line.resize(0); // keeps the capacity: clear() would free and reallocate per record
    if (bad.isEmpty()) bad = m_extractor ? m_extractor->extract(*shaped, m_row) : m_formatter.append(*shaped, m_line);
    const qint64 shapedBytes = m_extractor ? ColumnExtractor::rowBytes(m_row) : m_line.size();
    if (!bad.isEmpty()) {
        m_counters.badRecords.fetch_add(1, std::memory_order_relaxed);
        if (m_target.badRecords == BadRecordPolicy::Fail) {
            // Commit what came before, so the task stops exactly at the bad record.
            if (Status s = rollGroup(nullptr); !s) return s;
            return Status::fail(Messages::english(msg::kBadRecordFail, m_topic, m_partition, record.offset, bad));
        }
    }
    auto placed = chunkFor(timeMs, record.offset);
    if (!placed) return Status::fail(placed.error());
    Chunk *c = placed.value();
    if (!bad.isEmpty()) {
        if (m_target.badRecords == BadRecordPolicy::DeadLetter) {
            if (Status s = deadLetter(*c, record, bad); !s) return s;
        }
        noteOffset(*c, record.offset, timeMs);
        return Status::ok();
    }
    // Roll before a record would push a plain file over the limit, so parts stay within it.
    // Compressed and columnar files learn their size only as they are encoded: they roll after.
    const bool sizeKnownAhead = !m_extractor && m_target.compression == Compression::None;
    if (sizeKnownAhead && c->goodRecords > 0 && c->encoder && c->encoder->encodedBytes() + shapedBytes > m_target.maxFileBytes) {
        if (Status s = rollGroup(c); !s) return s;
        placed = chunkFor(timeMs, record.offset);
        if (!placed) return Status::fail(placed.error());
        c = placed.value();
    }
    if (!c->file) {
        if (Status s = openFile(*c, record); !s) return abandonGroup(s);
    }
    if (Status s = c->columnar ? c->columnar->append(m_row) : c->encoder->write(m_line); !s) return abandonGroup(s);
    FaultInjection::point("mid-write");
    noteOffset(*c, record.offset, timeMs);
    ++c->goodRecords;
    c->payloadBytes += shapedBytes;
    const qint64 size = c->columnar ? c->columnar->sizeEstimate() : c->encoder->encodedBytes();
    if (!sizeKnownAhead && size >= m_target.maxFileBytes) return rollGroup(c);
    return Status::ok();
}

Status PartitionSink::openFile(Chunk &c, const RecordView &record)
{
    c.tempName = newTempName(m_topic, m_partition, c.firstOffset);
    auto file = m_warehouse.createFile(m_target.bid, m_target.tid, m_index.stagingDir(), c.tempName);
    if (!file) return Status::fail(file.error());
    c.file = std::move(file).value();
    if (m_extractor) {
        auto writer = ColumnarWriter::open(*c.file, m_target);
        if (!writer) return Status::fail(writer.error());
        c.columnar = std::move(writer).value();
    } else {
        c.encoder = std::make_unique<FileEncoder>(*c.file, m_target.compression);
    }
    c.fingerprint = RecordFingerprint::of(record);
    return Status::ok();
}

Status PartitionSink::deadLetter(Chunk &c, const RecordView &record, const QString &reason)
{
    if (!c.deadFile) {
        c.deadTempName = newTempName(m_topic, m_partition, c.firstOffset);
        auto file = m_warehouse.createFile(m_target.bid, m_target.tid, m_index.stagingDir(), c.deadTempName);
        if (!file) return abandonGroup(Status::fail(file.error()));
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
    if (Status s = c.deadEncoder->write(line); !s) return abandonGroup(s);
    return Status::ok();
}

Status PartitionSink::rollIfDue(qint64 nowMs)
{
    if (m_open.empty() || nowMs - m_groupOpenedAtMs < qint64(m_target.flushIntervalSec) * 1000) return Status::ok();
    return rollGroup(nullptr);
}

Status PartitionSink::rollGroup(Chunk *full)
{
    if (m_open.empty()) return Status::ok();
    QHash<QString, int> nextParts;
    if (full) {
        full->part = qMax(full->part, 0);
        nextParts.insert(full->bucketDir, full->part + 1);
    }
    bool anyFile = false;
    for (const auto &c : m_open) anyFile = anyFile || c->file || c->deadFile;
    if (anyFile && m_ownershipCheck) {
        if (Status s = m_ownershipCheck(m_partition, m_committedNext); !s) return abandonGroup(s);
    }
    // Seal everything, then announce the group, then rename: a crash between two renames
    // leaves an announced group whose staged files recovery publishes (CommitIndex).
    QList<CommitIndex::StagedFile> staged;
    QList<WarehouseFile *> files; // staged's files, in the same order
    for (const auto &c : m_open) {
        if (c->file) {
            if (Status s = c->columnar ? c->columnar->finish() : c->encoder->finish(); !s) return abandonGroup(s);
            if (Status s = c->file->seal(); !s) return abandonGroup(s);
            staged << CommitIndex::StagedFile{c->bucketDir,
                                              FileNaming::finalName(m_topic, m_partition, c->firstOffset, c->lastOffset, c->part, m_extension),
                                              c->tempName};
            files << c->file.get();
        }
    }
    // Dead letters follow the data: the data files come first in the group.
    for (const auto &c : m_open) {
        if (c->deadFile) {
            if (Status s = c->deadEncoder->finish(); !s) return abandonGroup(s);
            if (Status s = c->deadFile->seal(); !s) return abandonGroup(s);
            staged << CommitIndex::StagedFile{c->deadDir(),
                                              FileNaming::finalName(m_topic, m_partition, c->firstOffset, c->lastOffset, -1, QStringLiteral("json")),
                                              c->deadTempName};
            files << c->deadFile.get();
        }
    }
    if (!staged.isEmpty()) {
        if (Status s = m_index.announce(m_groupLast, staged); !s) return abandonGroup(s);
    }
    FaultInjection::point("before-rename");
    for (qsizetype i = 0; i < staged.size(); ++i) {
        if (Status s = files.at(i)->publish(staged.at(i).relativeDir, staged.at(i).finalName); !s) return releaseGroup(s);
        if (i + 1 < staged.size()) FaultInjection::point("between-renames");
    }
    FaultInjection::point("after-rename");
    m_index.settle();

    const Chunk *earliest = nullptr;
    QStringList folders;
    for (const auto &c : m_open) {
        if (!c->file) continue;
        folders << c->bucketDir;
        m_counters.filesCommitted.fetch_add(1, std::memory_order_relaxed);
        m_counters.bytesCommitted.fetch_add(c->payloadBytes, std::memory_order_relaxed);
        if (c->fingerprint && (!earliest || c->firstOffset < earliest->firstOffset)) earliest = c.get();
    }
    if (earliest) keepFingerprint(*earliest->fingerprint);
    m_counters.messagesCommitted.fetch_add(m_groupLast - m_groupFirst + 1, std::memory_order_relaxed);
    m_committedNext = m_groupLast + 1;
    m_counters.committedOffset.store(m_committedNext, std::memory_order_relaxed);
    // After the commit is complete and only then: what the observer does (Hive partitions)
    // follows the files and can never change which offsets they hold.
    if (m_commitObserver) m_commitObserver(m_partition, folders, m_groupMaxTimeMs);
    resetGroup();
    m_nextPartOf = nextParts;
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

Status PartitionSink::abandonGroup(Status failure)
{
    // The group's files may miss bytes (a short write, a full disk, pages a failed fsync
    // dropped): committing them would name offsets they do not hold. Its records are read
    // again by the next owner of the partition, which recovers from the committed files.
    abandon();
    return failure;
}

Status PartitionSink::releaseGroup(Status failure)
{
    // Sealed files are not deleted when their objects go (WarehouseFile): they stay staged.
    resetGroup();
    return failure;
}

void PartitionSink::resetGroup()
{
    m_open.clear();
    m_groupFirst = -1;
    m_groupLast = -1;
    m_groupMaxTimeMs = -1;
    m_nextPartOf.clear();
}

void PartitionSink::abandon()
{
    for (const auto &c : m_open) {
        if (c->file) c->file->abandon();
        if (c->deadFile) c->deadFile->abandon();
    }
    resetGroup();
}

bool PartitionSink::takeCommitted()
{
    const bool was = m_committedSinceTake;
    m_committedSinceTake = false;
    return was;
}

} // namespace outflow
