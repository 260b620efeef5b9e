#pragma once

#include "Warehouse.h"

namespace outflow {

/// A warehouse in a local (or mounted) directory, written with POSIX calls so that every step
/// of the commit protocol is explicit: write → fsync(file) → rename → fsync(folder).
class LocalWarehouse final : public Warehouse
{
public:
    explicit LocalWarehouse(QString root);

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

private:
    QString tableDir(const QString &bid, const QString &tid) const;
    QString ownPath(const QString &bid, const QString &tid, const QString &name) const;

    QString m_root;
};

} // namespace outflow
