#pragma once

#include "FileNaming.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace outflow {

/// A file being written. Bytes go to a temporary name; seal() makes them durable, publish()
/// makes them visible under the final name in one atomic step. A file that is destroyed
/// without publish() leaves only a temporary file, which recovery discards (or publishes,
/// when a commit announced it: CommitIndex).
///
/// After any failed write() or seal() the file's content is unknown (a short write, bytes
/// still buffered, pages an fsync dropped): the caller abandons it and never publishes it.
class WarehouseFile
{
public:
    virtual ~WarehouseFile() = default;
    virtual Status write(const char *data, qsizetype size) = 0;
    /// Flushes and syncs the bytes (HDFS: uploads the rest and checks the file's length).
    virtual Status seal() = 0;
    /// Moves the sealed file to `relativeDir/finalName` in the table (the folder is created if
    /// missing) and syncs that folder. Fails (and changes nothing visible) when a file of that
    /// name already exists, or when the temporary file is gone (a new owner deleted it).
    virtual Status publish(const QString &relativeDir, const QString &finalName) = 0;
    Status commit(const QString &relativeDir, const QString &finalName)
    {
        Status sealed = seal();
        return sealed ? publish(relativeDir, finalName) : sealed;
    }
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
    /// Walks the whole table: CommitIndex answers the usual questions with a few calls.
    virtual Result<QList<CommittedFile>> committedFiles(const QString &bid, const QString &tid, const QString &topic, int partition) = 0;
    /// Deletes temporary files of `topic`/`partition` anywhere in the table (a walk, like
    /// committedFiles): those of a crashed or fenced writer, and those older versions left.
    virtual Result<int> discardTempFiles(const QString &bid, const QString &tid, const QString &topic, int partition) = 0;
    /// True when the file `relativePath` (relative to the table) exists.
    virtual Result<bool> hasFile(const QString &bid, const QString &tid, const QString &relativePath) = 0;
    /// Publishes a sealed temporary file another writer left in `stagingDir` (relative to the
    /// table) as `relativeDir/finalName`, like WarehouseFile::publish: how recovery completes a
    /// commit that was announced but interrupted between its renames.
    virtual Status publishStaged(const QString &bid, const QString &tid, const QString &stagingDir, const QString &tempName,
                                 const QString &relativeDir, const QString &finalName) = 0;
    /// Starts a new temporary file in `relativeDir` of the table (created if missing).
    virtual Result<std::unique_ptr<WarehouseFile>> createFile(const QString &bid, const QString &tid, const QString &relativeDir,
                                                              const QString &tempName) = 0;

    /// A small file of the engine's own beside the table data, `<table>/_outflow/<name>` (the
    /// name may hold folders, created as needed), replaced whole by each write and durable when
    /// this returns (table readers skip folders starting with "_").
    virtual Status writeOwnFile(const QString &bid, const QString &tid, const QString &name, const QByteArray &content) = 0;
    /// Its content; nullopt when there is none.
    virtual Result<std::optional<QByteArray>> readOwnFile(const QString &bid, const QString &tid, const QString &name) = 0;
    /// Names of the own files in the folder `_outflow/<folder>`; nullopt when it does not exist.
    virtual Result<std::optional<QStringList>> listOwnFiles(const QString &bid, const QString &tid, const QString &folder) = 0;
    /// Deletes an own file (no error when it is already gone).
    virtual Status removeOwnFile(const QString &bid, const QString &tid, const QString &name) = 0;
};

} // namespace outflow
