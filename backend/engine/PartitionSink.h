#pragma once

#include "ColumnExtractor.h"
#include "FileEncoder.h"
#include "RecordFingerprint.h"
#include "RecordFormatter.h"
#include "RecordView.h"
#include "TaskMetrics.h"
#include "catalog/TaskDefinition.h"
#include "common/Result.h"
#include "warehouse/CommitIndex.h"

#include <QTimeZone>

#include <functional>
#include <memory>

namespace outflow {

class WarehouseFile;

/// Writes the records of one Kafka partition into warehouse files, one open chunk at a time,
/// and commits each chunk atomically (temp file → sync → final name carrying the offsets).
///
/// The caller feeds records in offset order and, after every roll, commits `committedNext()`
/// to Kafka. Nothing this class writes is visible until it is complete and synced.
class PartitionSink final
{
public:
    /// Asked right before a file becomes visible: fails when this writer no longer owns the
    /// partition (its consumer was fenced out of the group), and the chunk is then abandoned.
    using OwnershipCheck = std::function<Status(int partition, qint64 committedNext)>;

    /// `index` is the partition's, as recover() left it: files are staged and announced there.
    PartitionSink(Warehouse &warehouse, const TargetSpec &target, const QString &topic, int partition, qint64 nextOffset,
                  CommitIndex index, PartitionCounters &counters, OwnershipCheck ownershipCheck = {});
    ~PartitionSink();
    PartitionSink(const PartitionSink &) = delete;
    PartitionSink &operator=(const PartitionSink &) = delete;

    /// Writes one record. A bad record is skipped, dead-lettered or refused (policy `fail`:
    /// the returned error names the record and nothing of it is written).
    Status append(const RecordView &record);
    /// Commits the open chunk when it has been open for flushIntervalSec (`nowMs` on
    /// monotonicMs()'s clock).
    Status rollIfDue(qint64 nowMs);
    /// Commits the open chunk (pause, revoke, shutdown).
    Status roll() { return rollChunk(false); }
    /// Drops the open chunk's temporary files (restart, or a failure that makes them useless).
    /// A failed append() or roll() has already done this: no chunk is committed after a failure.
    void abandon();

    /// Offset after the last committed chunk: the position Kafka may be told about.
    qint64 committedNext() const { return m_committedNext; }
    /// True when a roll happened since the last call (the caller then commits to Kafka).
    bool takeCommitted();
    const QString &topic() const { return m_topic; }
    int partition() const { return m_partition; }

private:
    struct Chunk;
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString dir;
    };

    Status ensureChunk(qint64 timestampMs, qint64 offset);
    /// Keeps a committed record's fingerprint beside the table, every 10 minutes at most.
    void keepFingerprint(const RecordFingerprint &fingerprint);
    Status rollChunk(bool bySize);
    Status deadLetter(const RecordView &record, const QString &reason);
    /// Drops the open chunk after a failed write or commit and passes the failure on.
    Status abandonChunk(Status failure);
    const Bucket &bucketFor(qint64 timestampMs);

    Warehouse &m_warehouse;
    CommitIndex m_index;
    TargetSpec m_target;
    QString m_topic;
    QByteArray m_topicUtf8;
    int m_partition;
    RecordFormatter m_formatter;
    RecordFormatter m_deadLetterFormatter;
    QString m_extension;
    QTimeZone m_zone;
    PartitionCounters &m_counters;
    OwnershipCheck m_ownershipCheck;
    std::unique_ptr<Chunk> m_chunk;
    Bucket m_bucket;
    std::optional<ColumnExtractor> m_extractor; // parquet, orc: records become rows, not lines
    QByteArray m_line;
    std::vector<ColumnCell> m_row;
    qint64 m_committedNext;
    int m_nextPart = -1;
    bool m_committedSinceTake = false;
    qint64 m_fingerprintKeptAtMs = -1; // monotonicMs(); -1: not yet in this assignment
};

} // namespace outflow
