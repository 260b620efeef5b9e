#include "WebHdfsWarehouse.h"
#include "common/Messages.h"

#include <QDir>

namespace outflow {

namespace {

/// Renames the sealed file `from` to `finalDir/finalName`. RENAME into an existing folder would
/// move the file inside it, and one writer must never replace what another committed: look
/// first, like link() does locally; HDFS refuses to rename onto an existing file, so a writer
/// racing past the look still cannot overwrite. `length` (-1: unknown) tells a retried RENAME
/// whose first answer got lost from a failed one.
Status publishPath(const WebHdfsClient &client, const QString &from, const QString &finalDir, const QString &finalName, qint64 length)
{
    const QString finalPath = finalDir + u'/' + finalName;
    auto existing = client.status(finalPath);
    if (!existing) return Status::fail(existing.error());
    if (existing.value()) {
        (void)client.remove(from, false, false);
        return Status::fail(QStringLiteral("Cannot commit %1: a file of that name already exists on HDFS").arg(finalPath));
    }
    if (Status s = client.mkdirs(finalDir); !s) return s; // a RENAME into a missing folder fails
    auto renamed = client.rename(from, finalPath);
    if (!renamed) return Status::fail(renamed.error());
    if (renamed.value()) return Status::ok();
    auto temp = client.status(from);
    auto done = client.status(finalPath);
    if (temp && done && !temp.value() && done.value() && (length < 0 || done.value()->length == length)) return Status::ok();
    return Status::fail(QStringLiteral("HDFS refused to rename %1 to %2 (it answered {\"boolean\":false}: the target exists or the "
                                       "temporary file is gone)")
                            .arg(from, finalPath));
}

/// A temporary file on HDFS, uploaded in chunks.
///
/// Memory stays bounded by one chunk per open file: the first write creates the file (CREATE),
/// then bytes collect in a buffer and each full chunk goes out right away (APPEND).
/// The alternative, spooling the whole part file (up to maxFileBytes, 500 MiB by default) to a
/// local disk and uploading it at commit, would need that much local disk per open partition
/// and make every commit one long upload. A chunk of a few MiB keeps the number of HTTP round
/// trips (two per chunk: NameNode, then DataNode) small next to the data moved.
///
/// Durability: WebHDFS has no hsync. Each CREATE/APPEND returns after the DataNode closed the
/// file, i.e. after every DataNode of the pipeline acknowledged the bytes and the NameNode
/// recorded the final length; whether they also reached the DataNodes' disks is the cluster's
/// `dfs.datanode.synconclose` setting. The commit point is the RENAME of that closed file, which
/// the NameNode writes to its edit log before answering. A crash before it leaves only a
/// temporary file, which recovery deletes.
class WebHdfsFile final : public WarehouseFile
{
public:
    WebHdfsFile(WebHdfsClient client, QString root, QString tableDir, QString dir, QString tempName)
        : m_client(std::move(client)),
          m_root(std::move(root)),
          m_tableDir(std::move(tableDir)),
          m_dir(std::move(dir)),
          m_tempName(std::move(tempName))
    {
    }
    ~WebHdfsFile() override
    {
        // A sealed file stays: a commit may have announced it, and recovery then publishes it.
        if (!m_sealed) abandon();
    }

    Status write(const char *data, qsizetype size) override
    {
        m_written += size;
        m_buffer.append(data, size);
        // The first bytes create the file at once: from then on a new owner of the partition
        // finds it and deletes it during recovery, which fences this writer off (its RENAME of
        // a deleted file fails). Later bytes go out in chunks.
        return !m_created || m_buffer.size() >= kChunkBytes ? upload() : Status::ok();
    }

    Status seal() override
    {
        if (!m_created || !m_buffer.isEmpty()) {
            if (Status s = upload(); !s) return s;
        }
        // An APPEND that failed half-way may have left some of its bytes in the file, and a
        // later one may have added more: only a file of exactly the uploaded length is sound.
        auto written = m_client.status(tempPath());
        if (!written) return Status::fail(written.error());
        if (!written.value() || written.value()->length != m_uploaded)
            return Status::fail(QStringLiteral("Not committing %1: HDFS holds %2 bytes of it, %3 were uploaded")
                                    .arg(tempPath())
                                    .arg(written.value() ? written.value()->length : 0)
                                    .arg(m_uploaded));
        m_sealed = true;
        return Status::ok();
    }

    Status publish(const QString &relativeDir, const QString &finalName) override
    {
        return publishPath(m_client, tempPath(), m_tableDir + u'/' + relativeDir, finalName, m_uploaded);
    }

    void abandon() override
    {
        m_sealed = true; // nothing left to do on destruction
        m_buffer.clear();
        // One quick attempt: recovery deletes any temporary file left behind, and a writer that
        // is being torn down because HDFS is unreachable must not wait for it.
        if (m_created) (void)m_client.remove(tempPath(), false, false);
        m_created = false;
    }

    qint64 bytesWritten() const override { return m_written; }

private:
    static constexpr qsizetype kChunkBytes = 4 << 20;

    QString tempPath() const { return m_dir + u'/' + m_tempName; }

    Status upload()
    {
        if (!m_created) {
            if (Status s = WebHdfsWarehouse::checkRoot(m_client, m_root); !s) return s;
            if (Status s = m_client.mkdirs(m_dir); !s) return s;
            if (Status s = m_client.create(tempPath(), m_buffer, false); !s) return s;
            m_created = true;
        } else if (Status s = m_client.append(tempPath(), m_buffer, m_uploaded); !s) {
            return s;
        }
        m_uploaded += m_buffer.size();
        m_buffer.clear();
        return Status::ok();
    }

    WebHdfsClient m_client;
    QString m_root;
    QString m_tableDir;
    QString m_dir;
    QString m_tempName;
    QByteArray m_buffer;
    qint64 m_written = 0;
    qint64 m_uploaded = 0;
    bool m_created = false;
    bool m_sealed = false;
};

} // namespace

Result<std::shared_ptr<WebHdfsWarehouse>> WebHdfsWarehouse::open(const WarehouseConfig &config)
{
    using R = Result<std::shared_ptr<WebHdfsWarehouse>>;
    const QUrl url(config.location.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return R::fail(QStringLiteral("WebHDFS URL \"%1\" must look like http://namenode:9870 (the NameNode's HTTP address, "
                                      "optionally followed by the warehouse folder)")
                           .arg(config.location));
    if (config.user.trimmed().isEmpty()) return R::fail(QStringLiteral("HDFS warehouse \"%1\" needs a user name").arg(config.name));
    QString root = QDir::cleanPath(u'/' + url.path());
    // Accept a pasted REST URL too: http://namenode:9870/webhdfs/v1/warehouse.
    static const QString rest = QStringLiteral("/webhdfs/v1");
    if (root == rest || root.startsWith(rest + u'/')) root = QDir::cleanPath(u'/' + root.mid(rest.size()));
    return R::ok(std::make_shared<WebHdfsWarehouse>(url, root, config.user.trimmed()));
}

WebHdfsWarehouse::WebHdfsWarehouse(const QUrl &nameNode, QString root, QString user)
    : m_client(nameNode, std::move(user)), m_root(std::move(root))
{
}

QString WebHdfsWarehouse::tableDir(const QString &bid, const QString &tid) const
{
    return (m_root == QLatin1String("/") ? QString() : m_root) + u'/' + bid + u'/' + tid;
}

QString WebHdfsWarehouse::describe(const QString &bid, const QString &tid) const
{
    return QStringLiteral("%1 on HDFS at %2").arg(tableDir(bid, tid), m_client.nameNodeUrl());
}

QString WebHdfsWarehouse::tableIdentity(const QString &bid, const QString &tid) const
{
    // One NameNode answers on one host and port whatever the scheme or spelling of the URL.
    const QUrl nameNode(m_client.nameNodeUrl());
    return QStringLiteral("hdfs://%1:%2%3").arg(nameNode.host().toLower()).arg(nameNode.port(9870)).arg(tableDir(bid, tid));
}

QString WebHdfsWarehouse::ownPath(const QString &bid, const QString &tid, const QString &name) const
{
    return tableDir(bid, tid) + u'/' + FileNaming::ownFolder() + u'/' + name;
}

Status WebHdfsWarehouse::writeOwnFile(const QString &bid, const QString &tid, const QString &name, const QByteArray &content)
{
    // CREATE with overwrite replaces the file in one NameNode operation once the DataNode has
    // the bytes; a reader of a half-written one finds it unreadable and skips it.
    const QString path = ownPath(bid, tid, name);
    if (Status s = m_client.mkdirs(path.left(path.lastIndexOf(u'/'))); !s) return s;
    return m_client.create(path, content, true);
}

Result<std::optional<QByteArray>> WebHdfsWarehouse::readOwnFile(const QString &bid, const QString &tid, const QString &name)
{
    return m_client.read(ownPath(bid, tid, name));
}

Result<std::optional<QStringList>> WebHdfsWarehouse::listOwnFiles(const QString &bid, const QString &tid, const QString &folder)
{
    using R = Result<std::optional<QStringList>>;
    auto entries = m_client.list(ownPath(bid, tid, folder));
    if (!entries) return R::fail(entries.error());
    if (!entries.value()) {
        if (Status s = checkRoot(m_client, m_root); !s) return R::fail(s.error());
        return R::ok(std::nullopt);
    }
    QStringList names;
    for (const HdfsFileStatus &entry : *entries.value())
        if (!entry.isDirectory) names << entry.name;
    return R::ok(names);
}

Status WebHdfsWarehouse::removeOwnFile(const QString &bid, const QString &tid, const QString &name)
{
    auto removed = m_client.remove(ownPath(bid, tid, name), false);
    return removed ? Status::ok() : Status::fail(removed.error());
}

Result<bool> WebHdfsWarehouse::hasFile(const QString &bid, const QString &tid, const QString &relativePath)
{
    auto status = m_client.status(tableDir(bid, tid) + u'/' + relativePath);
    if (!status) return Result<bool>::fail(status.error());
    if (status.value()) return Result<bool>::ok(!status.value()->isDirectory);
    // A missing root is a wrong URL or a deleted warehouse, not a table without the file.
    if (Status s = checkRoot(m_client, m_root); !s) return Result<bool>::fail(s.error());
    return Result<bool>::ok(false);
}

Status WebHdfsWarehouse::checkRoot(const WebHdfsClient &client, const QString &root)
{
    auto status = client.status(root);
    if (!status) return Status::fail(status.error());
    if (!status.value())
        return Status::fail(Messages::english(msg::kHdfsRootMissing, root, client.nameNodeUrl()));
    if (!status.value()->isDirectory)
        return Status::fail(Messages::english(msg::kHdfsRootNotFolder, root, client.nameNodeUrl()));
    return Status::ok();
}

Status WebHdfsWarehouse::checkWritable(const QString &bid, const QString &tid)
{
    if (Status s = checkRoot(m_client, m_root); !s) return s;
    const QString dir = tableDir(bid, tid);
    if (Status s = m_client.mkdirs(dir); !s) return s;
    // A real write through a DataNode: proves the NameNode's redirects are reachable from here,
    // which a folder listing alone would not.
    const QString probe = dir + QStringLiteral("/.outflow-write-probe");
    if (Status s = m_client.create(probe, QByteArrayLiteral("ok\n"), true); !s) return s;
    auto removed = m_client.remove(probe, false);
    if (!removed) return Status::fail(removed.error());
    return Status::ok();
}

Result<bool> WebHdfsWarehouse::walk(const QString &dir, const QString &relativeDir, const Visitor &visit) const
{
    auto entries = m_client.list(dir);
    if (!entries) return Result<bool>::fail(entries.error());
    if (!entries.value()) return Result<bool>::ok(false);
    for (const HdfsFileStatus &entry : *entries.value()) {
        const QString path = dir + u'/' + entry.name;
        const QString relative = relativeDir.isEmpty() ? entry.name : relativeDir + u'/' + entry.name;
        if (entry.isDirectory) {
            // A folder deleted between the listings is simply gone: walk() answers false.
            if (auto sub = walk(path, relative, visit); !sub) return sub;
        } else if (Status s = visit(relativeDir, path, entry); !s) {
            return Result<bool>::fail(s.error());
        }
    }
    return Result<bool>::ok(true);
}

Result<QList<CommittedFile>> WebHdfsWarehouse::committedFiles(const QString &bid, const QString &tid, const QString &topic, int partition)
{
    using R = Result<QList<CommittedFile>>;
    QList<CommittedFile> out;
    const QString prefix = QStringLiteral("%1+%2+").arg(topic).arg(partition);
    auto found = walk(tableDir(bid, tid), QString(), [&](const QString &relativeDir, const QString &, const HdfsFileStatus &file) {
        if (!file.name.startsWith(prefix)) return Status::ok();
        const auto parsed = FileNaming::parseFinalName(file.name);
        if (parsed && parsed->topic == topic && parsed->partition == partition) out << CommittedFile{relativeDir, *parsed};
        return Status::ok();
    });
    if (!found) return R::fail(found.error());
    // No table folder yet is a new table, unless the root itself is gone.
    if (!found.value()) {
        if (Status s = checkRoot(m_client, m_root); !s) return R::fail(s.error());
    }
    return R::ok(out);
}

Result<int> WebHdfsWarehouse::discardTempFiles(const QString &bid, const QString &tid, const QString &topic, int partition)
{
    int removed = 0;
    auto found = walk(tableDir(bid, tid), QString(), [&](const QString &, const QString &path, const HdfsFileStatus &file) {
        if (!FileNaming::isTempOf(file.name, topic, partition)) return Status::ok();
        // DELETE works on a file still open for writing (a crashed writer's lease), which is
        // exactly the file recovery must get rid of.
        auto deleted = m_client.remove(path, false);
        if (!deleted) return Status::fail(QStringLiteral("Cannot remove stale temporary file %1: %2").arg(path, deleted.error()));
        removed += deleted.value() ? 1 : 0;
        return Status::ok();
    });
    if (!found) return Result<int>::fail(found.error());
    return Result<int>::ok(removed);
}

Status WebHdfsWarehouse::publishStaged(const QString &bid, const QString &tid, const QString &stagingDir, const QString &tempName,
                                       const QString &relativeDir, const QString &finalName)
{
    return publishPath(m_client, tableDir(bid, tid) + u'/' + stagingDir + u'/' + tempName, tableDir(bid, tid) + u'/' + relativeDir, finalName, -1);
}

Result<std::unique_ptr<WarehouseFile>> WebHdfsWarehouse::createFile(const QString &bid, const QString &tid, const QString &relativeDir,
                                                                    const QString &tempName)
{
    // Nothing is sent yet: the first chunk creates the file (and its folder), so a file that
    // receives no bytes costs no round trip.
    return Result<std::unique_ptr<WarehouseFile>>::ok(
        std::make_unique<WebHdfsFile>(m_client, m_root, tableDir(bid, tid), tableDir(bid, tid) + u'/' + relativeDir, tempName));
}

} // namespace outflow
