#include "ThriftMetastore.h"

#include "ThriftHiveMetastore.h" // generated from hive_metastore_subset.thrift at build time
#include "common/LoginName.h"

#include <thrift/protocol/TBinaryProtocol.h>
#include <thrift/transport/TBufferTransports.h>
#include <thrift/transport/TSocket.h>

#include <QDateTime>
#include <QUrl>

namespace outflow {

namespace {

using apache::thrift::TException;
using Client = hms::ThriftHiveMetastoreClient;

std::string s(const QString &text) { return text.toStdString(); }
QString q(const std::string &text) { return QString::fromStdString(text); }

std::map<std::string, std::string> toStd(const QMap<QString, QString> &map)
{
    std::map<std::string, std::string> out;
    for (auto it = map.begin(); it != map.end(); ++it) out[s(it.key())] = s(it.value());
    return out;
}

QMap<QString, QString> fromStd(const std::map<std::string, std::string> &map)
{
    QMap<QString, QString> out;
    for (const auto &[k, v] : map) out.insert(q(k), q(v));
    return out;
}

std::vector<hms::FieldSchema> toFields(const QList<HiveColumn> &columns)
{
    std::vector<hms::FieldSchema> out;
    for (const HiveColumn &c : columns) {
        hms::FieldSchema f;
        f.name = s(c.name);
        f.type = s(c.type);
        out.push_back(f);
    }
    return out;
}

QList<HiveColumn> fromFields(const std::vector<hms::FieldSchema> &fields)
{
    QList<HiveColumn> out;
    for (const hms::FieldSchema &f : fields) out << HiveColumn{q(f.name), q(f.type)};
    return out;
}

HivePartition fromPartition(const hms::Partition &p)
{
    HivePartition out;
    if (p.values.size() >= 1) out.dt = q(p.values[0]);
    if (p.values.size() >= 2) out.hr = q(p.values[1]);
    out.location = q(p.sd.location);
    out.parameters = fromStd(p.parameters);
    return out;
}

/// The message a metastore exception carries (its own words), else the transport's.
QString reason(const TException &e)
{
    if (const auto *m = dynamic_cast<const hms::MetaException *>(&e)) return q(m->message);
    if (const auto *m = dynamic_cast<const hms::InvalidObjectException *>(&e)) return q(m->message);
    if (const auto *m = dynamic_cast<const hms::AlreadyExistsException *>(&e)) return q(m->message);
    if (const auto *m = dynamic_cast<const hms::InvalidOperationException *>(&e)) return q(m->message);
    if (const auto *m = dynamic_cast<const hms::NoSuchObjectException *>(&e)) return q(m->message);
    return QString::fromUtf8(e.what());
}

} // namespace

ThriftMetastore::ThriftMetastore(const QString &url, std::chrono::milliseconds timeout) : m_url(url), m_timeout(timeout)
{
    const QUrl parsed(url);
    m_host = s(parsed.host());
    m_port = parsed.port(9083);
}

namespace {
/// Runs `body` on a fresh connection; a Thrift exception becomes a sentence naming the call.
template <typename T, typename Body>
Result<T> withClient(const std::string &host, int port, std::chrono::milliseconds timeout, const QString &url, const QString &what,
                     Body body)
{
    try {
        auto socket = std::make_shared<apache::thrift::transport::TSocket>(host, port);
        const int ms = int(timeout.count());
        socket->setConnTimeout(ms);
        socket->setRecvTimeout(ms);
        socket->setSendTimeout(ms);
        auto transport = std::make_shared<apache::thrift::transport::TBufferedTransport>(socket);
        Client client(std::make_shared<apache::thrift::protocol::TBinaryProtocol>(transport));
        transport->open();
        Result<T> out = body(client);
        transport->close();
        return out;
    } catch (const TException &e) {
        return Result<T>::fail(QStringLiteral("Hive Metastore %1: %2 failed: %3").arg(url, what, reason(e)));
    }
}
} // namespace

Result<std::optional<Metastore::TableInfo>> ThriftMetastore::table(const QString &database, const QString &table)
{
    using R = Result<std::optional<TableInfo>>;
    return withClient<std::optional<TableInfo>>(m_host, m_port, m_timeout, m_url, QStringLiteral("reading table %1.%2").arg(database, table),
                                                 [&](Client &client) {
        hms::GetTableRequest request;
        request.dbName = s(database);
        request.tblName = s(table);
        hms::GetTableResult result;
        try {
            client.get_table_req(result, request);
        } catch (const hms::NoSuchObjectException &) {
            return R::ok(std::nullopt);
        }
        const hms::Table &t = result.table;
        TableInfo info;
        info.table.database = q(t.dbName);
        info.table.table = q(t.tableName);
        info.table.location = q(t.sd.location);
        info.table.columns = fromFields(t.sd.cols);
        info.table.inputFormat = q(t.sd.inputFormat);
        info.table.outputFormat = q(t.sd.outputFormat);
        info.table.serdeLibrary = q(t.sd.serdeInfo.serializationLib);
        info.table.serdeParameters = fromStd(t.sd.serdeInfo.parameters);
        info.partitionKeys = fromFields(t.partitionKeys);
        info.external = t.tableType == "EXTERNAL_TABLE";
        return R::ok(std::move(info));
    });
}

Status ThriftMetastore::createTable(const HiveTable &table)
{
    return withClient<void>(m_host, m_port, m_timeout, m_url, QStringLiteral("creating table %1.%2").arg(table.database, table.table),
                            [&](Client &client) {
        hms::Database db;
        try {
            client.get_database(db, s(table.database));
        } catch (const hms::NoSuchObjectException &) {
            // The database of an external table needs no folder of its own in the warehouse;
            // the metastore puts it under its default location.
            db.name = s(table.database);
            db.__set_description("Created by Outflow for its tasks' tables");
            try {
                client.create_database(db);
            } catch (const hms::AlreadyExistsException &) { // another engine was faster
            }
        }
        hms::Table t;
        t.dbName = s(table.database);
        t.tableName = s(table.table);
        t.owner = s(loginName());
        t.createTime = int32_t(QDateTime::currentSecsSinceEpoch());
        t.tableType = "EXTERNAL_TABLE";
        t.parameters = {{"EXTERNAL", "TRUE"}, {"outflow.created", "true"}};
        t.sd.cols = toFields(table.columns);
        t.sd.location = s(table.location);
        t.sd.inputFormat = s(table.inputFormat);
        t.sd.outputFormat = s(table.outputFormat);
        t.sd.numBuckets = -1;
        t.sd.serdeInfo.name = s(table.table);
        t.sd.serdeInfo.serializationLib = s(table.serdeLibrary);
        t.sd.serdeInfo.parameters = toStd(table.serdeParameters);
        for (const QString &key : HiveTable::partitionKeys()) {
            hms::FieldSchema f;
            f.name = s(key);
            f.type = "string";
            t.partitionKeys.push_back(f);
        }
        client.create_table(t);
        return Status::ok();
    });
}

Status ThriftMetastore::addPartitions(const QString &database, const QString &table, const QList<HivePartition> &partitions)
{
    if (partitions.isEmpty()) return Status::ok();
    return withClient<void>(m_host, m_port, m_timeout, m_url,
                            QStringLiteral("adding %1 partition(s) to %2.%3").arg(partitions.size()).arg(database, table),
                            [&](Client &client) {
        hms::GetTableRequest tableRequest;
        tableRequest.dbName = s(database);
        tableRequest.tblName = s(table);
        hms::GetTableResult existing;
        client.get_table_req(existing, tableRequest);
        hms::AddPartitionsRequest request;
        request.dbName = s(database);
        request.tblName = s(table);
        request.ifNotExists = true; // a partition registered before (a retry, another engine) is no error
        request.__set_needResult(false);
        for (const HivePartition &p : partitions) {
            hms::Partition part;
            part.dbName = s(database);
            part.tableName = s(table);
            part.values = {s(p.dt), s(p.hr)};
            part.createTime = int32_t(QDateTime::currentSecsSinceEpoch());
            part.sd = existing.table.sd; // a partition reads its files the way its table does
            part.sd.location = s(p.location);
            part.parameters = toStd(p.parameters);
            request.parts.push_back(part);
        }
        hms::AddPartitionsResult result;
        client.add_partitions_req(result, request);
        return Status::ok();
    });
}

Result<QList<HivePartition>> ThriftMetastore::partitions(const QString &database, const QString &table)
{
    using R = Result<QList<HivePartition>>;
    return withClient<QList<HivePartition>>(m_host, m_port, m_timeout, m_url,
                                            QStringLiteral("listing the partitions of %1.%2").arg(database, table), [&](Client &client) {
        std::vector<hms::Partition> parts;
        client.get_partitions(parts, s(database), s(table), -1);
        QList<HivePartition> out;
        for (const hms::Partition &p : parts) out << fromPartition(p);
        return R::ok(out);
    });
}

Status ThriftMetastore::setPartitionParameters(const QString &database, const QString &table, const HivePartition &partition,
                                               const QMap<QString, QString> &parameters)
{
    return withClient<void>(m_host, m_port, m_timeout, m_url,
                            QStringLiteral("updating partition %1 of %2.%3").arg(partition.name(), database, table), [&](Client &client) {
        hms::Partition part;
        client.get_partition(part, s(database), s(table), {s(partition.dt), s(partition.hr)});
        for (auto it = parameters.begin(); it != parameters.end(); ++it) part.parameters[s(it.key())] = s(it.value());
        client.alter_partition(s(database), s(table), part);
        return Status::ok();
    });
}

} // namespace outflow
