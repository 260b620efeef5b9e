#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

/// Helpers for tests that talk to the real Hive Metastore started by the `metastore` CTest
/// fixture (scripts/metastore.sh with OUTFLOW_METASTORE_DIR). Tables are read back with Hive's
/// own Java client (tests/support/HmsQuery.java), never with Outflow's C++ Thrift code.
namespace TestMetastore {

/// The fixture metastore's address, thrift://127.0.0.1:PORT; empty when it is not running.
QString url();

/// A table as Hive's client reads it.
struct Table
{
    bool exists = false;
    QString type;
    QString location;
    QString inputFormat;
    QString outputFormat;
    QString serde;
    QMap<QString, QString> serdeParameters;
    QList<QPair<QString, QString>> columns; // name, type
    QList<QPair<QString, QString>> keys;
    struct Partition
    {
        QString values; // "20240101/05"
        QString location;
        bool closed = false;
    };
    QList<Partition> partitions;
    QStringList partitionValues() const;
    /// Empty when the read worked, else what failed (the Java client's output).
    QString error;
};
Table read(const QString &database, const QString &table);

/// Runs scripts/metastore.sh (stop/start for outage tests).
bool control(const QString &command);

} // namespace TestMetastore
