#pragma once

#include "Warehouse.h"

#include <QSet>

namespace outflow {

/// How far a table holds one Kafka partition, found with a few calls instead of a walk of the
/// table: a year of hourly folders on HDFS is thousands of listings, longer than a rebalance may
/// last. Kept in the table's own folder:
///
///   `_outflow/commits/<topic>+<partition>/` one small entry per commit, named
///       `<last offset, 20 digits>.<token>.commit`, listing the files the commit publishes (a
///       commit is a group: one file per open hour folder, and their dead letters), and
///       `.index`, which says the folder is complete;
///   `_outflow/staging/<topic>+<partition>/` the partition's temporary files.
///
/// The writer seals every file of a commit, announces the commit (its entry, durable), renames
/// the files into the table and then settles (the entry before it goes). Recovery trusts the
/// newest entry only when its files exist; files it names that are still staged were sealed
/// before the announcement, so recovery publishes them (a crash between two renames of one
/// commit is completed, never half-visible). An entry none of whose files exist anywhere comes
/// from a writer that was fenced off before its renames, and is dropped. Then the remaining
/// staged files are deleted, so no writer still holding one can rename it afterwards
/// (docs/exactly-once.md, "The commit index").
///
/// A table written by an older Outflow has no index, and a table whose newest files were
/// deleted by hand has no entry to trust: then the table is walked once, as before, and the
/// index seeded from what the walk found.
class CommitIndex final
{
public:
    /// A sealed temporary file and where a commit puts it.
    struct StagedFile
    {
        QString relativeDir;
        QString finalName;
        QString tempName; // in stagingDir(); empty in entries seeded from a walk
    };

    CommitIndex(Warehouse &warehouse, QString bid, QString tid, QString topic, int partition);

    /// Where this partition's temporary files are written, relative to the table.
    QString stagingDir() const;

    /// For the partition's new owner: completes an interrupted commit, drops entries of commits
    /// that never happened, deletes every other staged file and answers the offset after the
    /// last committed record (-1: none). Seeds the index when it has to walk the table.
    Result<qint64> recover();
    /// The same answer without changing anything, for readers beside a running task.
    Result<qint64> position();

    /// Records, durably, that `files` (sealed, staged) are about to be renamed into the table
    /// and that they hold the partition up to `lastOffset`.
    Status announce(qint64 lastOffset, const QList<StagedFile> &files);
    /// After every announced file was renamed: the entry before it is no longer needed.
    void settle();

private:
    struct Entry
    {
        QString name; // in the commits folder
        qint64 lastOffset = -1;
    };

    QString commitsFolder() const;
    QString stagingFolder() const; // relative to the own folder, for listOwnFiles
    Result<QSet<QString>> stagedTemps();
    Result<QList<StagedFile>> readEntry(const Entry &entry);
    /// `tidy`: publish interrupted commits, drop dead entries, seed after a walk.
    Result<qint64> find(bool tidy, QSet<QString> &staged);
    Result<qint64> walkTable(bool seed);
    /// `<last offset, 20 digits>.<token>.commit`: find() parses what this writes.
    static QString entryName(qint64 lastOffset, const QString &token);
    Status writeEntry(const QString &name, const QList<StagedFile> &files);

    Warehouse &m_warehouse;
    QString m_bid;
    QString m_tid;
    QString m_topic;
    int m_partition;
    QString m_lastEntry;      // the entry of the last completed commit, once known
    QString m_announcedEntry; // announced, not yet settled
};

} // namespace outflow
