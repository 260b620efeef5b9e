#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Helpers for tests that talk to the real HDFS mini cluster started by the `hdfs` CTest fixture
/// (scripts/hdfs.sh with OUTFLOW_HDFS_DIR). Everything here speaks WebHDFS through curl, an
/// independent client: the backend's WebHdfsClient is what the tests check, not what they use.
namespace TestHdfs {

/// The fixture cluster's NameNode HTTP address, `http://127.0.0.1:PORT`.
QString baseUrl();
/// The HDFS superuser: the user that runs the cluster and owns `/`.
QString superuser();

/// One curl exchange with WebHDFS: `op` on `path` as `user`, extra query text appended as is.
struct Response
{
    int status = 0;
    QByteArray body;
};
Response call(const QByteArray &verb, const QString &path, const QString &op, const QString &user, const QString &query = QString());

/// A new folder `path` owned by `owner` with `permission` (octal), made by the superuser.
bool makeFolder(const QString &path, const QString &owner, const QString &permission = QStringLiteral("755"));
/// Writes a file as `user` in WebHDFS's two steps.
bool writeFile(const QString &path, const QByteArray &content, const QString &user);
/// A file's bytes (OPEN, following the redirect to the DataNode); empty on any error.
QByteArray readFile(const QString &path);
/// Paths of every file below `dir`, relative to it, sorted; temporary files included.
QStringList listFiles(const QString &dir);

/// Copies the files below the HDFS folder `dir` to `localDir`, so that WarehouseReader can
/// check them. Files it already copied at the same length are kept; local files that are gone
/// from HDFS are deleted. False when the listing failed.
bool mirror(const QString &dir, const QString &localDir);

/// How many `command` calls (the NameNode audit log's cmd=, e.g. "listStatus") `user` made on
/// `path` and below, as the NameNode recorded them; -1 when its log cannot be read.
int auditedCalls(const QString &command, const QString &path, const QString &user);

/// Runs scripts/hdfs.sh with the fixture's state folder (stop/start for outage tests).
bool clusterControl(const QString &command);

} // namespace TestHdfs
