#pragma once

#include "HiveTable.h"
#include "common/Result.h"

#include <optional>

namespace outflow {

/// What the engine and the console ask of a Hive Metastore. The engine depends only on this;
/// ThriftMetastore speaks the real protocol. Every call may block on the network (seconds at
/// most): call it off the GUI thread and off the sink's hot path.
class Metastore
{
public:
    /// A table as the metastore has it, with what `HiveTable::mismatch` compares.
    struct TableInfo
    {
        HiveTable table;
        QList<HiveColumn> partitionKeys;
        bool external = false;
    };

    virtual ~Metastore() = default;
    /// Where the metastore is, for messages ("thrift://host:9083").
    virtual QString address() const = 0;
    /// The table; nullopt when it (or its database) does not exist.
    virtual Result<std::optional<TableInfo>> table(const QString &database, const QString &table) = 0;
    /// Creates the table, and its database first when missing. Fails if the table exists.
    virtual Status createTable(const HiveTable &table) = 0;
    /// Adds the partitions that do not exist yet; existing ones are left as they are.
    virtual Status addPartitions(const QString &database, const QString &table, const QList<HivePartition> &partitions) = 0;
    /// Every partition of the table.
    virtual Result<QList<HivePartition>> partitions(const QString &database, const QString &table) = 0;
    /// Adds or replaces these parameters of an existing partition, keeping the others.
    virtual Status setPartitionParameters(const QString &database, const QString &table, const HivePartition &partition,
                                          const QMap<QString, QString> &parameters) = 0;
};

} // namespace outflow
