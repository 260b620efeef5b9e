#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace outflow {

/// A file or folder as WebHDFS GETFILESTATUS / LISTSTATUS describe it.
struct HdfsFileStatus
{
    /// The last path segment (empty for GETFILESTATUS, which names the path itself).
    QString name;
    bool isDirectory = false;
    qint64 length = 0;
};

/// A blocking WebHDFS REST client for one NameNode and one user (simple authentication:
/// `user.name=`), made for the engine's pool threads, which have no event loop: every call runs
/// its HTTP requests in a local QEventLoop with a transfer timeout, on a QNetworkAccessManager
/// owned by the calling thread. Connection errors, HTTP 5xx and the NameNode's "try again"
/// answers (safe mode, standby, RetriableException) are retried with exponential backoff;
/// other failures come back at once, with the URL, the HTTP status and HDFS's own message.
class WebHdfsClient final
{
public:
    /// `nameNode` is the NameNode's HTTP address (`http://host:9870`); its path is ignored.
    WebHdfsClient(const QUrl &nameNode, QString user);

    /// `http://host:port`, for messages.
    QString nameNodeUrl() const;

    /// Status of `path`; nullopt when it does not exist.
    Result<std::optional<HdfsFileStatus>> status(const QString &path) const;
    /// Entries of the folder `path`; nullopt when it does not exist.
    Result<std::optional<QList<HdfsFileStatus>>> list(const QString &path) const;
    /// Creates `path` and its missing parents (no error when it exists).
    Status mkdirs(const QString &path) const;
    /// Creates the file `path` holding `data`: the NameNode names a DataNode (HTTP 307) and
    /// the bytes go only there. Fails when the parent folder is missing. With `overwrite` an
    /// existing file is replaced.
    Status create(const QString &path, const QByteArray &data, bool overwrite) const;
    /// Appends `data` to the file `path`, which holds `lengthBefore` bytes (two steps like
    /// create). A retry after an answer that got lost checks the length first, so bytes are
    /// never appended twice.
    Status append(const QString &path, const QByteArray &data, qint64 lengthBefore) const;
    /// The whole content of a (small) file; nullopt when it does not exist.
    Result<std::optional<QByteArray>> read(const QString &path) const;
    /// HDFS renames answer `{"boolean":false}` rather than an error when they cannot be done
    /// (source missing, destination exists): that is `false` here, not a failure.
    Result<bool> rename(const QString &from, const QString &to) const;
    /// Deletes `path`; false when it did not exist. `retry` false makes one attempt only, for
    /// best-effort clean-up that must not hold up a caller while HDFS is down.
    Result<bool> remove(const QString &path, bool recursive, bool retry = true) const;

private:
    struct Reply;
    struct Call;

    QUrl operationUrl(const QString &path, const char *op, const QList<QPair<QString, QString>> &params) const;
    /// One HTTP exchange, no retries.
    static Reply send(const Call &call, const QUrl &url, const QByteArray *body);
    /// A NameNode call with retries; a missing path is an answer, not a failure.
    Result<Reply> perform(const Call &call) const;
    /// CREATE or APPEND in two steps, retried without ever doubling bytes.
    Status upload(const Call &call, const QByteArray &data, qint64 lengthBefore) const;
    Result<bool> booleanCall(const Call &call) const;
    QString failure(const Call &call, const QUrl &url, const Reply &reply, int attempts) const;

    QUrl m_nameNode;
    QString m_user;
};

} // namespace outflow
