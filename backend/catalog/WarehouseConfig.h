#pragma once

#include <QString>

namespace outflow {

/// A registered warehouse (the TDW side). Tables live at `<location>/<bid>/<tid>/`.
struct WarehouseConfig
{
    enum class Kind { Local, Hdfs };

    QString name;
    Kind kind = Kind::Local;
    /// A directory for Local, the NameNode WebHDFS URL for Hdfs.
    QString location;
    /// HDFS user name (Hdfs only).
    QString user;
    /// The Hive Metastore its tables are registered in (thrift://host:port); empty: none.
    QString metastore;

    static QString kindName(Kind kind) { return kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("hdfs"); }

    friend bool operator==(const WarehouseConfig &, const WarehouseConfig &) = default;
};

} // namespace outflow
