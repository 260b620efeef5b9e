#pragma once

#include "Warehouse.h"
#include "WebHdfsClient.h"
#include "catalog/WarehouseConfig.h"

#include <functional>

namespace outflow {

/// A warehouse on HDFS, reached over the NameNode's WebHDFS REST API (no Hadoop client library,
/// no JVM). The registered URL is the NameNode's HTTP address; its path, if any, is the
/// warehouse root folder (`http://namenode:9870/warehouse` → tables at `/warehouse/<bid>/<tid>`).
/// Same layout, names and commit protocol as LocalWarehouse: bytes go to a dot-named temporary
/// file, and a rename that never replaces an existing file publishes them.
class WebHdfsWarehouse final : public Warehouse
{
public:
    /// Checks the URL and user of a registered HDFS warehouse; does no I/O.
    static Result<std::shared_ptr<WebHdfsWarehouse>> open(const WarehouseConfig &config);
    /// `root` is an absolute HDFS folder; it must exist (the engine never creates it).
    WebHdfsWarehouse(const QUrl &nameNode, QString root, QString user);

    QString describe(const QString &bid, const QString &tid) const override;
    QString tableIdentity(const QString &bid, const QString &tid) const override;
    Status writeOwnFile(const QString &bid, const QString &tid, const QString &name, const QByteArray &content) override;
    Result<std::optional<QByteArray>> readOwnFile(const QString &bid, const QString &tid, const QString &name) override;
    Result<std::optional<QStringList>> listOwnFiles(const QString &bid, const QString &tid, const QString &folder) override;
    Status removeOwnFile(const QString &bid, const QString &tid, const QString &name) override;
    Result<bool> hasFile(const QString &bid, const QString &tid, const QString &relativePath) override;
    Status checkWritable(const QString &bid, const QString &tid) override;
    Result<QList<CommittedFile>> committedFiles(const QString &bid, const QString &tid, const QString &topic, int partition) override;
    Result<int> discardTempFiles(const QString &bid, const QString &tid, const QString &topic, int partition) override;
    Status publishStaged(const QString &bid, const QString &tid, const QString &stagingDir, const QString &tempName,
                         const QString &relativeDir, const QString &finalName) override;
    Result<std::unique_ptr<WarehouseFile>> createFile(const QString &bid, const QString &tid, const QString &relativeDir,
                                                      const QString &tempName) override;

    /// Fails with a clear message unless the root folder exists: a missing root usually is a
    /// wrong URL or a deleted warehouse, and creating it would hide that.
    static Status checkRoot(const WebHdfsClient &client, const QString &root);

private:
    using Visitor = std::function<Status(const QString &relativeDir, const QString &path, const HdfsFileStatus &file)>;

    QString tableDir(const QString &bid, const QString &tid) const;
    QString ownPath(const QString &bid, const QString &tid, const QString &name) const;
    /// Calls `visit` for every file below `dir`, depth first. False when `dir` does not exist.
    Result<bool> walk(const QString &dir, const QString &relativeDir, const Visitor &visit) const;

    WebHdfsClient m_client;
    QString m_root;
};

} // namespace outflow
