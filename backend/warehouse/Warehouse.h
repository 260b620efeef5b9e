#pragma once

#include "FileNaming.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace outflow {

/// A file being written. Bytes go to a temporary name; commit() makes them durable and
/// visible under the final name in one atomic step. A file that is destroyed without commit()
/// leaves only a temporary file, which recovery discards.
///
/// After any failed write() or commit() the file's content is unknown (a short write, bytes
/// still buffered, pages an fsync dropped): the caller abandons it and never commits it.
class WarehouseFile
{
public:
    virtual ~WarehouseFile() = default;
    virtual Status write(const char *data, qsizetype size) = 0;
    /// Flushes, syncs the bytes, renames to `finalName` in the same folder and syncs the folder.
    /// Fails (and changes nothing visible) when a file of that name already exists.
    virtual Status commit(const QString &finalName) = 0;
    /// Removes the temporary file.
    virtual void abandon() = 0;
    virtual qint64 bytesWritten() const = 0;
};

/// A committed file found in a table, with its folder relative to the table.
struct CommittedFile
{
    QString relativeDir;
    CommittedFileName name;
};

/// The storage a task writes its table into: `<root>/<bid>/<tid>/`. The engine depends only on
/// this interface, so local directories and HDFS behave the same above it.
class Warehouse
{
public:
    virtual ~Warehouse() = default;
    /// Human-readable location of a table, for messages.
    virtual QString describe(const QString &bid, const QString &tid) const = 0;
    /// Where the table really is, the same string for every spelling of it (symbolic links,
    /// `..`, trailing slashes, upper-case host names): two tasks must never share one.
    virtual QString tableIdentity(const QString &bid, const QString &tid) const = 0;
    /// Creates the table folder if needed and proves it can be written (a probe file).
    virtual Status checkWritable(const QString &bid, const QString &tid) = 0;
    /// Every committed file of `topic`/`partition` in the table (data and dead-letter folders).
    virtual Result<QList<CommittedFile>> committedFiles(const QString &bid, const QString &tid, const QString &topic, int partition) = 0;
    /// Deletes temporary files of `topic`/`partition` left by a crashed or fenced writer.
    virtual Result<int> discardTempFiles(const QString &bid, const QString &tid, const QString &topic, int partition) = 0;
    /// Starts a new temporary file in `relativeDir` of the table (created if missing).
    virtual Result<std::unique_ptr<WarehouseFile>> createFile(const QString &bid, const QString &tid, const QString &relativeDir,
                                                              const QString &tempName) = 0;

    /// A small file of the engine's own beside the table data, `<table>/_outflow/<name>`,
    /// replaced whole by each write (table readers skip folders starting with "_").
    virtual Status writeOwnFile(const QString &bid, const QString &tid, const QString &name, const QByteArray &content) = 0;
    /// Its content; nullopt when there is none.
    virtual Result<std::optional<QByteArray>> readOwnFile(const QString &bid, const QString &tid, const QString &name) = 0;

    /// The offset after the last committed file of `topic`/`partition`, -1 when there is none:
    /// how far the table already holds the partition.
    Result<qint64> committedPosition(const QString &bid, const QString &tid, const QString &topic, int partition)
    {
        auto files = committedFiles(bid, tid, topic, partition);
        if (!files) return Result<qint64>::fail(files.error());
        qint64 next = -1;
        for (const CommittedFile &f : files.value()) next = qMax(next, f.name.lastOffset + 1);
        return Result<qint64>::ok(next);
    }
};

} // namespace outflow
