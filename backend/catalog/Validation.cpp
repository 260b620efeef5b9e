#include "Validation.h"

#include "ClusterConfig.h"
#include "TaskDefinition.h"
#include "WarehouseConfig.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace outflow::Validation {

namespace {

bool isNameChar(QChar c, bool allowDotDash)
{
    const ushort u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_') return true;
    return allowDotDash && (u == '.' || u == '-');
}

QString describeChar(QChar c)
{
    const ushort u = c.unicode();
    if (u == 0) return QStringLiteral("NUL");
    if (u == ' ') return QStringLiteral("a space");
    if (u < 0x20 || u == 0x7f) return QStringLiteral("control character U+%1").arg(u, 4, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(c);
}

/// The shared rule for identifiers: length bounds, then the first character outside the set.
QString identifierProblem(const QString &what, const QString &value, int maxLength, bool allowDotDash)
{
    const QString allowed = allowDotDash ? QStringLiteral("letters, digits, '_', '.' and '-'")
                                         : QStringLiteral("letters, digits and '_'");
    if (value.isEmpty()) return QStringLiteral("%1 is empty; use 1 to %2 characters: %3").arg(what).arg(maxLength).arg(allowed);
    if (value.size() > maxLength)
        return QStringLiteral("%1 is %2 characters long; the limit is %3").arg(what).arg(value.size()).arg(maxLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!isNameChar(value.at(i), allowDotDash))
            return QStringLiteral("%1 contains %2 at position %3; only %4 are allowed")
                .arg(what, describeChar(value.at(i)))
                .arg(i + 1)
                .arg(allowed);
    }
    return {};
}

/// Which column types can hold a piece of Kafka metadata.
bool metaFits(ColumnMeta meta, ColumnType type)
{
    switch (meta) {
    case ColumnMeta::None: return true;
    case ColumnMeta::Topic: return type == ColumnType::String;
    case ColumnMeta::Partition: return type == ColumnType::Int32 || type == ColumnType::Int64;
    case ColumnMeta::Offset: return type == ColumnType::Int64;
    case ColumnMeta::Timestamp: return type == ColumnType::TimestampMs || type == ColumnType::Int64;
    case ColumnMeta::Key: return type == ColumnType::String || type == ColumnType::Binary;
    }
    return false;
}

QString columnsProblem(const TargetSpec &t)
{
    if (!isColumnar(t.format) && t.format != RecordFormat::Delimited) {
        if (!t.columns.isEmpty()) return QStringLiteral("target.columns apply to the parquet, orc and delimited formats");
        return {};
    }
    if (t.format == RecordFormat::Delimited) {
        if (!t.columns.isEmpty() && !t.fields.isEmpty()) return QStringLiteral("The delimited format takes fields or columns, not both");
        if (t.columns.isEmpty()) return {}; // fields, checked with the separator
    }
    if (t.columns.isEmpty()) return QStringLiteral("The %1 format needs at least one column").arg(recordFormatName(t.format));
    QSet<QString> seen;
    for (const ColumnSpec &c : t.columns) {
        if (QString p = identifierProblem(QStringLiteral("Column name \"%1\"").arg(c.name), c.name, 128, false); !p.isEmpty()) return p;
        if (seen.contains(c.name.toLower())) return QStringLiteral("Column \"%1\" is named twice (names are compared ignoring case, as Hive does)").arg(c.name);
        seen.insert(c.name.toLower());
        if (!metaFits(c.meta, c.type))
            return QStringLiteral("Column \"%1\" holds the record's %2, which does not fit type %3")
                .arg(c.name, columnMetaName(c.meta), columnTypeName(c.type));
        if (c.meta == ColumnMeta::None && (c.path.isEmpty() || c.path.split(u'.').contains(QString())))
            return QStringLiteral("Column \"%1\" has the path \"%2\"; a path is field names joined by dots, such as buyer.city")
                .arg(c.name, c.path);
    }
    return {};
}

} // namespace

QString taskNameProblem(const QString &name) { return identifierProblem(QStringLiteral("Task name"), name, 128, true); }

QString objectNameProblem(const QString &what, const QString &name) { return identifierProblem(what, name, 128, true); }

QString tableIdProblem(const QString &label, const QString &value) { return identifierProblem(label, value, 64, false); }

QString topicProblem(const QString &topic)
{
    if (const QString p = identifierProblem(QStringLiteral("Topic"), topic, 249, true); !p.isEmpty()) return p;
    if (topic == QLatin1String(".") || topic == QLatin1String("..")) return QStringLiteral("Topic cannot be \".\" or \"..\"");
    // File names carry the topic plus up to ~80 characters (partition, two 20-digit offsets, a
    // part number, extensions, a temporary suffix), and file systems stop at 255 bytes.
    constexpr int kMaxDumpableTopic = 175;
    if (topic.size() > kMaxDumpableTopic)
        return QStringLiteral("Topic \"%1…\" has %2 characters; Outflow dumps topics of at most %3, because its file names carry "
                              "the topic and must stay within the file system's 255 bytes")
            .arg(topic.left(20))
            .arg(topic.size())
            .arg(kMaxDumpableTopic);
    return {};
}

QString bootstrapProblem(const QString &servers)
{
    if (servers.trimmed().isEmpty()) return QStringLiteral("Bootstrap servers are empty; expected host:port[,host:port]");
    const QStringList entries = servers.split(u',');
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon <= 0 || colon == entry.size() - 1)
            return QStringLiteral("Bootstrap server \"%1\" is not host:port").arg(entry);
        QString host = entry.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']')) host = host.mid(1, host.size() - 2);
        for (QChar c : host) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':'))
                return QStringLiteral("Bootstrap server \"%1\" has %2 in its host name").arg(entry, describeChar(c));
        }
        bool ok = false;
        const int port = entry.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return QStringLiteral("Bootstrap server \"%1\" has port \"%2\"; ports are 1-65535").arg(entry, entry.mid(colon + 1));
    }
    return {};
}

std::optional<QDateTime> startTimestamp(const QString &start)
{
    if (start == QLatin1String("earliest") || start == QLatin1String("latest")) return std::nullopt;
    QDateTime dt = QDateTime::fromString(start, Qt::ISODateWithMs);
    if (!dt.isValid()) dt = QDateTime::fromString(start, Qt::ISODate);
    if (!dt.isValid()) return std::nullopt;
    // A date-time without a zone is read as UTC, so the same definition means the same offset
    // on every machine.
    if (dt.timeSpec() == Qt::LocalTime) dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QString startPositionProblem(const QString &start)
{
    if (start == QLatin1String("earliest") || start == QLatin1String("latest")) return {};
    if (startTimestamp(start)) return {};
    return QStringLiteral("Start position \"%1\" is not earliest, latest or an ISO-8601 date-time such as 2026-01-31T08:00:00Z")
        .arg(start);
}

QString definitionProblem(const TaskDefinition &d)
{
    if (QString p = taskNameProblem(d.name); !p.isEmpty()) return p;
    if (QString p = objectNameProblem(QStringLiteral("Cluster name"), d.source.cluster); !p.isEmpty()) return p;
    if (QString p = topicProblem(d.source.topic); !p.isEmpty()) return p;
    if (QString p = startPositionProblem(d.source.start); !p.isEmpty()) return p;
    if (QString p = objectNameProblem(QStringLiteral("Warehouse name"), d.target.warehouse); !p.isEmpty()) return p;
    if (QString p = tableIdProblem(QStringLiteral("BID"), d.target.bid); !p.isEmpty()) return p;
    if (QString p = tableIdProblem(QStringLiteral("TID"), d.target.tid); !p.isEmpty()) return p;
    const TargetSpec &t = d.target;
    if (t.format == RecordFormat::Delimited) {
        if (t.fields.isEmpty() && t.columns.isEmpty()) return QStringLiteral("The delimited format needs at least one field to write");
        for (const QString &f : t.fields)
            if (f.isEmpty()) return QStringLiteral("Field names of the delimited format cannot be empty");
        if (t.separator.isEmpty() || t.separator.size() > 8) return QStringLiteral("Separator must be 1 to 8 characters");
        if (t.separator.contains(u'\n') || t.separator.contains(u'\r') || t.separator.contains(u'\\'))
            return QStringLiteral("Separator cannot contain a line break or a backslash");
        // Escaped, a separator is a backslash and its first character (RecordFormatter); after a
        // backslash, the text table's reader takes n and r as line breaks and a lone \N as NULL.
        if (const QChar first = t.separator.front(); first == u'n' || first == u'r' || first == u'N')
            return QStringLiteral(
                "Separator cannot start with 'n', 'r' or 'N': escaped, it would read as a line break or as NULL (\\N)");
    }
    if (QString p = columnsProblem(t); !p.isEmpty()) return p;
    if (t.partitionBy.byEventTime() && t.partitionBy.field.split(u'.').contains(QString()))
        return QStringLiteral("partitionBy.field \"%1\" is not a path: field names joined by dots, such as event.time").arg(t.partitionBy.field);
    if (t.compression == Compression::Snappy && !isColumnar(t.format))
        return QStringLiteral("snappy compression is for the parquet and orc formats; text files take none, gzip or zstd");
    if (t.maxFileBytes < 1024) return QStringLiteral("maxFileBytes must be at least 1024, not %1").arg(t.maxFileBytes);
    if (t.flushIntervalSec < 1 || t.flushIntervalSec > 86400)
        return QStringLiteral("flushIntervalSec must be 1 to 86400, not %1").arg(t.flushIntervalSec);
    if (t.closeGraceSec < 0 || t.closeGraceSec > 86400)
        return QStringLiteral("closeGraceSec must be 0 to 86400, not %1").arg(t.closeGraceSec);
    if (!QTimeZone(t.timezone.toUtf8()).isValid())
        return QStringLiteral("Time zone \"%1\" is not known (use an IANA name such as UTC or Asia/Shanghai)").arg(t.timezone);
    if (d.parallelism < 1 || d.parallelism > 256) return QStringLiteral("parallelism must be 1 to 256, not %1").arg(d.parallelism);
    return {};
}

QString clusterProblem(const ClusterConfig &c)
{
    if (QString p = objectNameProblem(QStringLiteral("Cluster name"), c.name); !p.isEmpty()) return p;
    if (QString p = bootstrapProblem(c.bootstrapServers); !p.isEmpty()) return p;
    static const QStringList protocols{QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
                                       QStringLiteral("SASL_SSL")};
    if (!protocols.contains(c.securityProtocol))
        return QStringLiteral("Security protocol \"%1\" is not one of %2").arg(c.securityProtocol, protocols.join(QStringLiteral(", ")));
    if (c.securityProtocol.startsWith(QLatin1String("SASL")) && c.saslMechanism.isEmpty())
        return QStringLiteral("%1 needs a SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)").arg(c.securityProtocol);
    for (auto it = c.properties.begin(); it != c.properties.end(); ++it)
        if (it.key().trimmed().isEmpty() || it.key().contains(u'=')) return QStringLiteral("Property name \"%1\" is not valid").arg(it.key());
    return schemaRegistryProblem(c);
}

QString schemaRegistryProblem(const ClusterConfig &c)
{
    if (c.schemaRegistryUrl.isEmpty()) {
        if (!c.schemaRegistryUsername.isEmpty()) return QStringLiteral("A schema registry user needs a schema registry URL");
        return {};
    }
    const QUrl url(c.schemaRegistryUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return QStringLiteral("Schema registry URL \"%1\" must look like http://host:8081 (credentials go in the user and password "
                              "fields)")
            .arg(c.schemaRegistryUrl);
    if (url.port() == 0) return QStringLiteral("Schema registry URL \"%1\" has port 0; ports are 1-65535").arg(c.schemaRegistryUrl);
    return {};
}

QString metastoreUrlProblem(const QString &url)
{
    if (url.isEmpty()) return {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("thrift") || u.host().isEmpty())
        return QStringLiteral("Hive Metastore \"%1\" must look like thrift://host:9083").arg(url);
    if (u.port() < 1) return QStringLiteral("Hive Metastore \"%1\" needs a port 1 to 65535, like thrift://host:9083").arg(url);
    if (!u.path().isEmpty() || u.hasQuery() || u.hasFragment() || !u.userInfo().isEmpty())
        return QStringLiteral("Hive Metastore \"%1\" must be only thrift://host:port").arg(url);
    return {};
}

QString warehouseProblem(const WarehouseConfig &w)
{
    if (QString p = objectNameProblem(QStringLiteral("Warehouse name"), w.name); !p.isEmpty()) return p;
    if (QString p = metastoreUrlProblem(w.metastore); !p.isEmpty()) return p;
    if (w.kind == WarehouseConfig::Kind::Local) {
        if (w.location.isEmpty() || !w.location.startsWith(u'/'))
            return QStringLiteral("Local warehouse directory must be an absolute path, not \"%1\"").arg(w.location);
        return {};
    }
    const QUrl url(w.location);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return QStringLiteral("WebHDFS URL \"%1\" must look like http://namenode:9870").arg(w.location);
    if (w.user.isEmpty()) return QStringLiteral("HDFS warehouse needs a user name");
    return {};
}

} // namespace outflow::Validation
