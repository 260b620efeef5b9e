#include "LocalWarehouse.h"
#include "common/Messages.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace outflow {

namespace {

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

/// Why writing `path` failed, from errno. A full disk is said first and plainly: it is the
/// failure an operator fixes, and the task recovers by itself once there is room again.
QString writeFailure(const QString &path)
{
    const int code = errno;
    if (code == ENOSPC || code == EDQUOT)
        return Messages::english(msg::kDiskFull, path, QString::fromLocal8Bit(std::strerror(code)));
    return Messages::english(msg::kCannotWrite, path, QString::fromLocal8Bit(std::strerror(code)));
}

Status syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return Status::fail(QStringLiteral("Cannot open folder %1: %2").arg(dir, errnoText()));
    const int rc = ::fsync(fd);
    const QString err = rc != 0 ? errnoText() : QString();
    ::close(fd);
    if (rc != 0) return Status::fail(QStringLiteral("Cannot sync folder %1: %2").arg(dir, err));
    return Status::ok();
}

Status makePath(const QString &dir)
{
    // mkpath, then sync the parent of every folder it made, so a new dt=/hr= pair survives
    // power loss together with the file committed into it (a file whose folder entry was
    // lost would be gone while its Kafka offset was committed).
    if (QFileInfo(dir).isDir()) return Status::ok();
    QStringList created;
    for (QString d = dir; !d.isEmpty() && !QFileInfo::exists(d); d = QFileInfo(d).path()) {
        created.prepend(d);
        if (d == QFileInfo(d).path()) break;
    }
    if (!QDir().mkpath(dir)) {
        if (errno == ENOSPC || errno == EDQUOT) return Status::fail(writeFailure(dir));
        // Find out why: QDir does not say.
        QString probe = dir;
        while (!probe.isEmpty() && !QFileInfo::exists(probe)) probe = QFileInfo(probe).path();
        if (!QFileInfo(probe).isDir()) return Status::fail(Messages::english(msg::kCannotCreateFolderNotFolder, dir, probe));
        if (!QFileInfo(probe).isWritable()) return Status::fail(Messages::english(msg::kCannotCreateFolderNotWritable, dir, probe));
        return Status::fail(Messages::english(msg::kCannotCreateFolder, dir));
    }
    for (const QString &d : created)
        if (Status s = syncDir(QFileInfo(d).path()); !s) return s;
    return Status::ok();
}

/// Renames the synced file `from` to `dir/name` and syncs `dir`. link() + unlink() rather than
/// rename(): link fails when the final name exists, so a fenced-off writer can never replace a
/// file another writer committed, and a missing `from` (deleted by a new owner) fails too.
Status publishFile(const QString &from, const QString &dir, const QString &name)
{
    if (Status s = makePath(dir); !s) return s;
    const QByteArray source = QFile::encodeName(from);
    if (::link(source.constData(), QFile::encodeName(dir + u'/' + name).constData()) != 0) {
        const QString err = errnoText();
        ::unlink(source.constData());
        return Status::fail(QStringLiteral("Cannot commit %1/%2: %3").arg(dir, name, err));
    }
    ::unlink(source.constData());
    return syncDir(dir);
}

/// A temporary file written through a 1 MiB buffer. Every 8 MiB it asks the kernel to start
/// writing what it has back to disk (sync_file_range, asynchronous), so the fsync before the
/// commit finds little left to do: without that, a worker stalled in fsync for as long as the
/// disk takes to write a whole flush interval of data, and a one-partition task ran ~30% slower.
class LocalFile final : public WarehouseFile
{
public:
    LocalFile(int fd, QString tableDir, QString dir, QString tempName)
        : m_fd(fd), m_tableDir(std::move(tableDir)), m_dir(std::move(dir)), m_tempName(std::move(tempName))
    {
        m_buffer.reserve(kBufferSize);
    }
    ~LocalFile() override
    {
        // A sealed file stays: a commit may have announced it, and recovery then publishes it.
        if (!m_sealed) abandon();
    }

    Status write(const char *data, qsizetype size) override
    {
        m_written += size;
        if (m_buffer.size() + size > kBufferSize) {
            if (Status s = flushBuffer(); !s) return s;
        }
        if (size >= kBufferSize) {
            Status s = writeFully(data, size);
            startWritebackIfDue();
            return s;
        }
        m_buffer.append(data, size);
        return Status::ok();
    }

    Status seal() override
    {
        if (Status s = flushBuffer(); !s) return s;
        // A failed fsync may have dropped dirty pages, and a second fsync would report success
        // (Linux clears the error): the caller abandons the file, never retries.
        if (::fsync(m_fd) != 0) return Status::fail(writeFailure(tempPath()));
        ::close(m_fd);
        m_fd = -1;
        m_sealed = true;
        return Status::ok();
    }

    Status publish(const QString &relativeDir, const QString &finalName) override
    {
        return publishFile(tempPath(), m_tableDir + u'/' + relativeDir, finalName);
    }

    void abandon() override
    {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
        m_sealed = true; // nothing left to do on destruction
        ::unlink(QFile::encodeName(tempPath()).constData());
    }

    qint64 bytesWritten() const override { return m_written; }

private:
    static constexpr qsizetype kBufferSize = 1 << 20;
    static constexpr qint64 kWritebackStep = 8 << 20;

    QString tempPath() const { return m_dir + u'/' + m_tempName; }

    Status flushBuffer()
    {
        if (m_buffer.isEmpty()) return Status::ok();
        Status s = writeFully(m_buffer.constData(), m_buffer.size());
        m_buffer.resize(0); // keeps the capacity; clear() would free it
        startWritebackIfDue();
        return s;
    }

    void startWritebackIfDue()
    {
#ifdef SYNC_FILE_RANGE_WRITE
        if (m_inFile - m_writebackFrom < kWritebackStep) return;
        // Only a hint: errors surface, if at all, in the fsync of commit().
        (void)::sync_file_range(m_fd, m_writebackFrom, m_inFile - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_inFile;
#endif
    }

    Status writeFully(const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0) {
                if (errno == EINTR) continue;
                return Status::fail(writeFailure(tempPath()));
            }
            data += n;
            size -= n;
            m_inFile += n;
        }
        return Status::ok();
    }

    int m_fd;
    bool m_sealed = false;
    QString m_tableDir;
    QString m_dir;
    QString m_tempName;
    QByteArray m_buffer;
    qint64 m_written = 0; // accepted by write(), buffered or not
    qint64 m_inFile = 0;  // handed to the kernel with ::write
    qint64 m_writebackFrom = 0;
};

} // namespace

LocalWarehouse::LocalWarehouse(QString root) : m_root(QDir::cleanPath(std::move(root))) {}

QString LocalWarehouse::tableDir(const QString &bid, const QString &tid) const
{
    return m_root + u'/' + bid + u'/' + tid;
}

QString LocalWarehouse::describe(const QString &bid, const QString &tid) const { return tableDir(bid, tid); }

QString LocalWarehouse::tableIdentity(const QString &bid, const QString &tid) const
{
    // The deepest part of the table path that exists, resolved (links, `..`), plus the rest.
    QString existing = tableDir(bid, tid);
    QString rest;
    while (!QFileInfo::exists(existing) && existing != QLatin1String("/") && !existing.isEmpty()) {
        rest = u'/' + QFileInfo(existing).fileName() + rest;
        existing = QFileInfo(existing).path();
    }
    const QString resolved = QFileInfo(existing).canonicalFilePath();
    return QStringLiteral("file://") + (resolved.isEmpty() ? existing : resolved) + rest;
}

Status LocalWarehouse::checkWritable(const QString &bid, const QString &tid)
{
    // The root is never created here: a missing root usually is an unmounted disk, and writing
    // into the empty mount point would put the table on the wrong disk. Registering the
    // warehouse creates it.
    if (!QFileInfo::exists(m_root)) return Status::fail(Messages::english(msg::kRootMissing, m_root));
    if (!QFileInfo(m_root).isDir()) return Status::fail(Messages::english(msg::kRootNotFolder, m_root));
    const QString dir = tableDir(bid, tid);
    if (Status s = makePath(dir); !s) return s;
    const QByteArray probe = QFile::encodeName(dir + QStringLiteral("/.outflow-write-probe"));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Status::fail(Messages::english(msg::kTableNotWritable, dir, errnoText()));
    const bool wrote = ::write(fd, "ok\n", 3) == 3 && ::fsync(fd) == 0;
    const QString err = wrote ? QString() : errnoText();
    ::close(fd);
    ::unlink(probe.constData());
    if (!wrote) return Status::fail(Messages::english(msg::kTableNotWritable, dir, err));
    return Status::ok();
}

QString LocalWarehouse::ownPath(const QString &bid, const QString &tid, const QString &name) const
{
    return tableDir(bid, tid) + u'/' + FileNaming::ownFolder() + u'/' + name;
}

Status LocalWarehouse::writeOwnFile(const QString &bid, const QString &tid, const QString &name, const QByteArray &content)
{
    if (!QFileInfo(m_root).isDir()) return Status::fail(Messages::english(msg::kRootMissing, m_root));
    const QString path = ownPath(bid, tid, name);
    const QString dir = QFileInfo(path).path();
    if (Status s = makePath(dir); !s) return s;
    // Written aside, synced, then renamed over the old one: a reader sees the old or the new.
    const QString temp = dir + QStringLiteral("/.") + QFileInfo(path).fileName() + QStringLiteral(".tmp");
    const int fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Status::fail(writeFailure(temp));
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size() && ::fsync(fd) == 0;
    const QString failure = written ? QString() : writeFailure(temp);
    ::close(fd);
    if (!written || ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = written ? writeFailure(path) : failure;
        ::unlink(QFile::encodeName(temp).constData());
        return Status::fail(why);
    }
    return syncDir(dir);
}

Result<std::optional<QByteArray>> LocalWarehouse::readOwnFile(const QString &bid, const QString &tid, const QString &name)
{
    using R = Result<std::optional<QByteArray>>;
    QFile file(ownPath(bid, tid, name));
    if (!file.exists()) return R::ok(std::nullopt);
    if (!file.open(QIODevice::ReadOnly)) return R::fail(QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return R::ok(file.readAll());
}

Result<std::optional<QStringList>> LocalWarehouse::listOwnFiles(const QString &bid, const QString &tid, const QString &folder)
{
    using R = Result<std::optional<QStringList>>;
    const QDir dir(ownPath(bid, tid, folder));
    if (!dir.exists()) {
        if (!QFileInfo(m_root).isDir()) return R::fail(Messages::english(msg::kRootMissing, m_root));
        return R::ok(std::nullopt);
    }
    return R::ok(dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name));
}

Status LocalWarehouse::removeOwnFile(const QString &bid, const QString &tid, const QString &name)
{
    const QByteArray path = QFile::encodeName(ownPath(bid, tid, name));
    if (::unlink(path.constData()) != 0 && errno != ENOENT)
        return Status::fail(QStringLiteral("Cannot remove %1: %2").arg(QFile::decodeName(path), errnoText()));
    return Status::ok();
}

Result<bool> LocalWarehouse::hasFile(const QString &bid, const QString &tid, const QString &relativePath)
{
    struct stat info{};
    const QByteArray path = QFile::encodeName(tableDir(bid, tid) + u'/' + relativePath);
    if (::stat(path.constData(), &info) == 0) return Result<bool>::ok(S_ISREG(info.st_mode));
    if (errno != ENOENT && errno != ENOTDIR)
        return Result<bool>::fail(QStringLiteral("Cannot look for %1: %2").arg(QFile::decodeName(path), errnoText()));
    // A missing root is an unmounted disk, not a table without the file.
    if (!QFileInfo(m_root).isDir()) return Result<bool>::fail(Messages::english(msg::kRootMissing, m_root));
    return Result<bool>::ok(false);
}

Result<QList<CommittedFile>> LocalWarehouse::committedFiles(const QString &bid, const QString &tid, const QString &topic, int partition)
{
    using R = Result<QList<CommittedFile>>;
    QList<CommittedFile> out;
    const QString dir = tableDir(bid, tid);
    if (!QFileInfo(dir).isDir()) {
        if (QFileInfo::exists(dir)) return R::fail(QStringLiteral("Table path %1 is not a folder").arg(dir));
        if (!QFileInfo(m_root).isDir()) return R::fail(Messages::english(msg::kRootMissing, m_root));
        return R::ok(out);
    }
    const QString prefix = QStringLiteral("%1+%2+").arg(topic).arg(partition);
    QDirIterator it(dir, {prefix + u'*'}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const auto parsed = FileNaming::parseFinalName(it.fileName());
        if (!parsed || parsed->topic != topic || parsed->partition != partition) continue;
        out << CommittedFile{QDir(dir).relativeFilePath(it.fileInfo().path()), *parsed};
    }
    return R::ok(out);
}

Result<int> LocalWarehouse::discardTempFiles(const QString &bid, const QString &tid, const QString &topic, int partition)
{
    const QString dir = tableDir(bid, tid);
    int removed = 0;
    if (!QFileInfo(dir).isDir()) return Result<int>::ok(0);
    QDirIterator it(dir, {QStringLiteral(".%1+%2+*.tmp").arg(topic).arg(partition)}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!FileNaming::isTempOf(it.fileName(), topic, partition)) continue;
        if (!QFile::remove(it.filePath())) return Result<int>::fail(QStringLiteral("Cannot remove stale temporary file %1").arg(it.filePath()));
        ++removed;
    }
    return Result<int>::ok(removed);
}

Status LocalWarehouse::publishStaged(const QString &bid, const QString &tid, const QString &stagingDir, const QString &tempName,
                                     const QString &relativeDir, const QString &finalName)
{
    return publishFile(tableDir(bid, tid) + u'/' + stagingDir + u'/' + tempName, tableDir(bid, tid) + u'/' + relativeDir, finalName);
}

Result<std::unique_ptr<WarehouseFile>> LocalWarehouse::createFile(const QString &bid, const QString &tid, const QString &relativeDir,
                                                                  const QString &tempName)
{
    using R = Result<std::unique_ptr<WarehouseFile>>;
    if (!QFileInfo(m_root).isDir()) return R::fail(Messages::english(msg::kRootMissing, m_root));
    const QString dir = tableDir(bid, tid) + u'/' + relativeDir;
    if (Status s = makePath(dir); !s) return R::fail(s.error());
    const QByteArray path = QFile::encodeName(dir + u'/' + tempName);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return R::fail(writeFailure(dir + u'/' + tempName));
    return R::ok(std::make_unique<LocalFile>(fd, tableDir(bid, tid), dir, tempName));
}

} // namespace outflow
