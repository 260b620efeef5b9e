#pragma once

#include "Warehouse.h"

namespace outflow {

/// How far a table holds one Kafka partition, found with a few calls instead of a walk of the
/// table: a year of hourly folders on HDFS is thousands of listings, longer than a rebalance may
/// last. Kept in the table's own folder:
///
///   `_outflow/commits/<topic>+<partition>/` one empty entry per file being committed, named
///       `<folder, '/' as '@'>@<final name>.commit`, and `.index`, which says the folder is complete;
///   `_outflow/staging/<topic>+<partition>/` the partition's temporary files.
///
/// The writer announces a file (its entry, durable) before renaming it into the table, and
/// settles it afterwards (the entry before it goes). An entry is trusted only when the file it
/// names exists: a writer that crashed or was fenced off between the two steps leaves an entry
/// whose file never appears, which recovery drops. Recovery first deletes the staged temporary
/// files, so no writer still holding one can rename it afterwards (docs/exactly-once.md,
/// "Recovery in a few calls").
///
/// A table written by an older Outflow has no index, and a table whose newest files were
/// deleted by hand has no entry to trust: then the table is walked once, as before, and the
/// index seeded from what the walk found.
class CommitIndex final
{
public:
    CommitIndex(Warehouse &warehouse, QString bid, QString tid, QString topic, int partition);

    /// Where this partition's temporary files are written, relative to the table.
    QString stagingDir() const;

    /// For the partition's new owner: deletes the temporary files of any earlier writer,
    /// drops entries of files that never appeared and answers the offset after the last
    /// committed file (-1: none). Seeds the index when it has to walk the table.
    Result<qint64> recover();
    /// The same answer without changing anything, for readers beside a running task.
    Result<qint64> position();

    /// Records, durably, that `relativeDir/fileName` is about to be renamed into the table.
    Status announce(const QString &relativeDir, const QString &fileName);
    /// After the announced file was committed: the entry before it is no longer needed.
    void settle();

private:
    struct Entry
    {
        QString name; // in the commits folder
        CommittedFile file;
    };

    QString commitsFolder() const;
    QString entryName(const QString &relativeDir, const QString &fileName) const;
    std::optional<Entry> parseEntry(const QString &name) const;
    Result<int> discardStaged();
    /// `tidy`: drop entries whose file is missing, seed the index after a walk.
    Result<qint64> find(bool tidy);
    Result<qint64> walkTable(bool seed);

    Warehouse &m_warehouse;
    QString m_bid;
    QString m_tid;
    QString m_topic;
    int m_partition;
    QString m_lastEntry;      // the entry of the last committed file, once known
    QString m_announcedEntry; // announced, not yet settled
};

} // namespace outflow
