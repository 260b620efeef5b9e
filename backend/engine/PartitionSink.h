#pragma once

#include "ColumnExtractor.h"
#include "EventTime.h"
#include "FileEncoder.h"
#include "RecordFingerprint.h"
#include "RecordFormatter.h"
#include "RecordView.h"
#include "TaskMetrics.h"
#include "WireFormatDecoder.h"
#include "catalog/TaskDefinition.h"
#include "common/Result.h"
#include "warehouse/CommitIndex.h"

#include <QHash>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace outflow {

class WarehouseFile;

/// Writes the records of one Kafka partition into warehouse files and commits them atomically
/// (temp file → sync → final name carrying the offsets).
///
/// Records go to the file of their hour folder. With event-time folders (partitionBy) records
/// arrive out of order, so a few folders are open at once: their files form one *group*,
/// committed together as one CommitIndex entry, so recovery never sees half a group. Without
/// partitionBy one folder is open at a time, as Kafka timestamps mostly rise.
///
/// The caller feeds records in offset order and, after every roll, commits `committedNext()`
/// to Kafka. Nothing this class writes is visible until it is complete and synced.
class PartitionSink final
{
public:
    /// Asked right before a file becomes visible: fails when this writer no longer owns the
    /// partition (its consumer was fenced out of the group), and the chunk is then abandoned.
    using OwnershipCheck = std::function<Status(int partition, qint64 committedNext)>;
    /// Told after each committed group, on the sink's thread (so it must only queue): the hour
    /// folders that received data files and the latest record time of the group (-1: none).
    using CommitObserver = std::function<void(int partition, const QStringList &folders, qint64 maxTimeMs)>;

    /// `index` is the partition's, as recover() left it: files are staged and announced there.
    PartitionSink(Warehouse &warehouse, const TargetSpec &target, const QString &topic, int partition, qint64 nextOffset,
                  CommitIndex index, PartitionCounters &counters, OwnershipCheck ownershipCheck = {},
                  CommitObserver commitObserver = {});
    ~PartitionSink();
    PartitionSink(const PartitionSink &) = delete;
    PartitionSink &operator=(const PartitionSink &) = delete;

    /// Decodes values in the schema registry's wire format before anything reads them (the
    /// cluster names a registry); other values stay as they are.
    void decodeWith(std::shared_ptr<SchemaRegistryClient> registry);

    /// Writes one record. A bad record is skipped, dead-lettered or refused (policy `fail`:
    /// the returned error names the record and nothing of it is written). A registry that
    /// cannot be asked fails the append after committing what came before: the task stops at
    /// that record rather than guess.
    Status append(const RecordView &record);
    /// Commits the open group when it has been open for flushIntervalSec (`nowMs` on
    /// monotonicMs()'s clock).
    Status rollIfDue(qint64 nowMs);
    /// Commits the open group (pause, revoke, shutdown).
    Status roll() { return rollGroup(nullptr); }
    /// Drops the open group's temporary files (restart, or a failure that makes them useless).
    /// A failed append() or roll() has already done this: no group is committed after a failure.
    void abandon();

    /// Open hour folders per partition with event-time folders: out-of-order records do not
    /// roll a file per record, and memory stays bounded (one open file per folder).
    static constexpr int kMaxOpenFoldersByEventTime = 4;

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

    /// The open chunk of the record's folder; opening it may first commit the group when the
    /// folder does not fit.
    Result<Chunk *> chunkFor(qint64 timestampMs, qint64 offset);
    Status openFile(Chunk &chunk, const RecordView &record);
    /// Keeps a committed record's fingerprint beside the table, every 10 minutes at most.
    void keepFingerprint(const RecordFingerprint &fingerprint);
    /// Commits every open chunk as one group. `full`: the chunk whose size made it roll (its
    /// folder goes on in a next part).
    Status rollGroup(Chunk *full);
    Status deadLetter(Chunk &chunk, const RecordView &record, const QString &reason);
    void noteOffset(Chunk &chunk, qint64 offset, qint64 timeMs);
    /// Drops the open group after a failed write or seal (its temporary files go) and passes
    /// the failure on.
    Status abandonGroup(Status failure);
    /// After the group was announced: its sealed files stay staged for the recovery that will
    /// complete the commit; only this writer lets go of them.
    Status releaseGroup(Status failure);
    void resetGroup();
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
    CommitObserver m_commitObserver;
    EventTime m_eventTime;
    int m_maxOpenFolders;
    std::vector<std::unique_ptr<Chunk>> m_open; // the open group, one chunk per folder
    qint64 m_groupFirst = -1;
    qint64 m_groupLast = -1;
    qint64 m_groupMaxTimeMs = -1;
    qint64 m_groupOpenedAtMs = 0;
    QHash<QString, int> m_nextPartOf; // folders whose file was split by size go on in parts
    Bucket m_bucket;
    std::optional<ColumnExtractor> m_extractor; // parquet, orc: records become rows, not lines
    std::optional<WireFormatDecoder> m_decoder;
    QByteArray m_decoded; // the decoded value of the record being appended
    QByteArray m_line;
    std::vector<ColumnCell> m_row;
    qint64 m_committedNext;
    bool m_committedSinceTake = false;
    qint64 m_fingerprintKeptAtMs = -1; // monotonicMs(); -1: not yet in this assignment
};

} // namespace outflow
