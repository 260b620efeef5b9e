#pragma once

#include "catalog/TaskDefinition.h"
#include "catalog/WarehouseConfig.h"

#include <QList>
#include <QMap>
#include <QString>

namespace outflow {

/// One column of a Hive table: a name and a Hive type name ("bigint", "string", …).
struct HiveColumn
{
    QString name;
    QString type;
    friend bool operator==(const HiveColumn &, const HiveColumn &) = default;
};

/// The Hive table a task's folder is: an external table partitioned by `dt` and `hr` (strings),
/// with the storage that reads the task's format. Pure data, built from the task definition
/// alone, so the shape a task wants can be checked without a metastore.
struct HiveTable
{
    QString database;
    QString table;
    /// A URI Hive can open: file:///… for a local warehouse, webhdfs://host:port/… on HDFS.
    QString location;
    QList<HiveColumn> columns;
    QString inputFormat;
    QString outputFormat;
    QString serdeLibrary;
    QMap<QString, QString> serdeParameters;

    /// The partition keys every Outflow table has, in folder order.
    static QStringList partitionKeys() { return {QStringLiteral("dt"), QStringLiteral("hr")}; }

    /// The table a task writes: database = BID, table = TID (Hive folds names to lower case).
    static HiveTable forTask(const TargetSpec &target, const WarehouseConfig &warehouse);
    /// The table folder as Hive names it (see `location`).
    static QString tableLocation(const WarehouseConfig &warehouse, const QString &bid, const QString &tid);

    /// Why `existing` (as the metastore has it) cannot take this task's files, or empty when it
    /// can: the same columns and types, storage, SerDe and its delimiters, location and
    /// partition keys. Outflow never alters a table, so a difference is the operator's call.
    QString mismatch(const HiveTable &existing, const QList<HiveColumn> &existingPartitionKeys, bool external) const;

    friend bool operator==(const HiveTable &, const HiveTable &) = default;
};

/// One registered partition (an hour folder) of a table.
struct HivePartition
{
    QString dt;
    QString hr;
    QString location;
    QMap<QString, QString> parameters;

    /// "dt=YYYYMMDD/hr=HH": the folder of the partition relative to the table, and Hive's name.
    QString name() const { return QStringLiteral("dt=%1/hr=%2").arg(dt, hr); }
    /// The partition of a bucket folder "dt=…/hr=…"; nullopt for any other path.
    static std::optional<HivePartition> fromFolder(const QString &folder, const QString &tableLocation);
    friend bool operator==(const HivePartition &, const HivePartition &) = default;
};

} // namespace outflow
