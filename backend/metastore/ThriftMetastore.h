#pragma once

#include "Metastore.h"

#include <chrono>

namespace outflow {

/// A Hive Metastore over its Thrift protocol (binary protocol, buffered transport, no SASL:
/// what a metastore answers with `hive.metastore.sasl.enabled=false`, its default). Each call
/// opens its own connection: registration calls are rare (an hour folder's first file), and a
/// metastore that restarted needs no reconnect logic. Thread-safe for that reason.
class ThriftMetastore final : public Metastore
{
public:
    /// `url` is thrift://host:port (Validation::metastoreUrlProblem accepts it).
    explicit ThriftMetastore(const QString &url, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    QString address() const override { return m_url; }
    Result<std::optional<TableInfo>> table(const QString &database, const QString &table) override;
    Status createTable(const HiveTable &table) override;
    Status addPartitions(const QString &database, const QString &table, const QList<HivePartition> &partitions) override;
    Result<QList<HivePartition>> partitions(const QString &database, const QString &table) override;
    Status setPartitionParameters(const QString &database, const QString &table, const HivePartition &partition,
                                  const QMap<QString, QString> &parameters) override;

private:
    QString m_url;
    std::string m_host;
    int m_port = 9083;
    std::chrono::milliseconds m_timeout;
};

} // namespace outflow
