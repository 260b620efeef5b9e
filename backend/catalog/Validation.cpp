#include "Validation.h"

#include "ClusterConfig.h"
#include "TaskDefinition.h"
#include "WarehouseConfig.h"
#include "common/Messages.h"

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
    if (u == ' ') return Messages::english(msg::kCharSpace);
    if (u < 0x20 || u == 0x7f) return Messages::english(msg::kCharControl, QStringLiteral("%1").arg(u, 4, 16, QLatin1Char('0')));
    return QStringLiteral("'%1'").arg(c);
}

/// The shared rule for identifiers: length bounds, then the first character outside the set.
QString identifierProblem(const QString &what, const QString &value, int maxLength, bool allowDotDash)
{
    const QString allowed = Messages::english(allowDotDash ? msg::kNameCharsDotDash : msg::kNameChars);
    if (value.isEmpty()) return Messages::english(msg::kIdentifierEmpty, what, maxLength, allowed);
    if (value.size() > maxLength) return Messages::english(msg::kIdentifierTooLong, what, value.size(), maxLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!isNameChar(value.at(i), allowDotDash))
            return Messages::english(msg::kIdentifierBadChar, what, describeChar(value.at(i)), i + 1, allowed);
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
        if (!t.columns.isEmpty()) return Messages::english(msg::kColumnsNotForFormat);
        return {};
    }
    if (t.format == RecordFormat::Delimited) {
        if (!t.columns.isEmpty() && !t.fields.isEmpty()) return Messages::english(msg::kDelimitedFieldsOrColumns);
        if (t.columns.isEmpty()) return {}; // fields, checked with the separator
    }
    if (t.columns.isEmpty()) return Messages::english(msg::kFormatNeedsColumn, recordFormatName(t.format));
    QSet<QString> seen;
    for (const ColumnSpec &c : t.columns) {
        if (QString p = identifierProblem(Messages::english(msg::kLabelColumnName, c.name), c.name, 128, false); !p.isEmpty()) return p;
        if (seen.contains(c.name.toLower())) return Messages::english(msg::kColumnNamedTwice, c.name);
        seen.insert(c.name.toLower());
        if (!metaFits(c.meta, c.type))
            return Messages::english(msg::kColumnMetaMismatch, c.name, columnMetaName(c.meta), columnTypeName(c.type));
        if (c.meta == ColumnMeta::None && (c.path.isEmpty() || c.path.split(u'.').contains(QString())))
            return Messages::english(msg::kColumnBadPath, c.name, c.path);
    }
    return {};
}

} // namespace

QString taskNameProblem(const QString &name) { return identifierProblem(Messages::english(msg::kLabelTaskName), name, 128, true); }

QString objectNameProblem(const QString &what, const QString &name) { return identifierProblem(what, name, 128, true); }

QString tableIdProblem(const QString &label, const QString &value) { return identifierProblem(label, value, 64, false); }

QString topicProblem(const QString &topic)
{
    if (const QString p = identifierProblem(Messages::english(msg::kLabelTopic), topic, 249, true); !p.isEmpty()) return p;
    if (topic == QLatin1String(".") || topic == QLatin1String("..")) return Messages::english(msg::kTopicDots);
    // File names carry the topic plus up to ~80 characters (partition, two 20-digit offsets, a
    // part number, extensions, a temporary suffix), and file systems stop at 255 bytes.
    constexpr int kMaxDumpableTopic = 175;
    if (topic.size() > kMaxDumpableTopic)
        return Messages::english(msg::kTopicTooLong, topic.left(20), topic.size(), kMaxDumpableTopic);
    return {};
}

QString bootstrapProblem(const QString &servers)
{
    if (servers.trimmed().isEmpty()) return Messages::english(msg::kBootstrapEmpty);
    const QStringList entries = servers.split(u',');
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon <= 0 || colon == entry.size() - 1)
            return Messages::english(msg::kBootstrapNotHostPort, entry);
        QString host = entry.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']')) host = host.mid(1, host.size() - 2);
        for (QChar c : host) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':'))
                return Messages::english(msg::kBootstrapBadHost, entry, describeChar(c));
        }
        bool ok = false;
        const int port = entry.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Messages::english(msg::kBootstrapBadPort, entry, entry.mid(colon + 1));
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
    return Messages::english(msg::kStartPositionInvalid, start);
}

QString definitionProblem(const TaskDefinition &d)
{
    if (QString p = taskNameProblem(d.name); !p.isEmpty()) return p;
    if (QString p = objectNameProblem(Messages::english(msg::kLabelClusterName), d.source.cluster); !p.isEmpty()) return p;
    if (QString p = topicProblem(d.source.topic); !p.isEmpty()) return p;
    if (QString p = startPositionProblem(d.source.start); !p.isEmpty()) return p;
    if (QString p = objectNameProblem(Messages::english(msg::kLabelWarehouseName), d.target.warehouse); !p.isEmpty()) return p;
    if (QString p = tableIdProblem(Messages::english(msg::kLabelBid), d.target.bid); !p.isEmpty()) return p;
    if (QString p = tableIdProblem(Messages::english(msg::kLabelTid), d.target.tid); !p.isEmpty()) return p;
    const TargetSpec &t = d.target;
    if (t.format == RecordFormat::Delimited) {
        if (t.fields.isEmpty() && t.columns.isEmpty()) return Messages::english(msg::kDelimitedNeedsField);
        for (const QString &f : t.fields)
            if (f.isEmpty()) return Messages::english(msg::kDelimitedEmptyField);
        if (t.separator.isEmpty() || t.separator.size() > 8) return Messages::english(msg::kSeparatorLength);
        if (t.separator.contains(u'\n') || t.separator.contains(u'\r') || t.separator.contains(u'\\'))
            return Messages::english(msg::kSeparatorChars);
        // Escaped, a separator is a backslash and its first character (RecordFormatter); after a
        // backslash, the text table's reader takes n and r as line breaks and a lone \N as NULL.
        if (const QChar first = t.separator.front(); first == u'n' || first == u'r' || first == u'N')
            return Messages::english(msg::kSeparatorStart);
    }
    if (QString p = columnsProblem(t); !p.isEmpty()) return p;
    if (t.partitionBy.byEventTime() && t.partitionBy.field.split(u'.').contains(QString()))
        return Messages::english(msg::kPartitionByNotPath, t.partitionBy.field);
    if (t.compression == Compression::Snappy && !isColumnar(t.format))
        return Messages::english(msg::kSnappyTextFormat);
    if (t.maxFileBytes < 1024) return Messages::english(msg::kMaxFileBytes, t.maxFileBytes);
    if (t.flushIntervalSec < 1 || t.flushIntervalSec > 86400)
        return Messages::english(msg::kFlushInterval, t.flushIntervalSec);
    if (t.closeGraceSec < 0 || t.closeGraceSec > 86400)
        return Messages::english(msg::kCloseGrace, t.closeGraceSec);
    if (!QTimeZone(t.timezone.toUtf8()).isValid())
        return Messages::english(msg::kTimeZoneUnknown, t.timezone);
    if (d.parallelism < 1 || d.parallelism > 256) return Messages::english(msg::kParallelism, d.parallelism);
    return {};
}

QString clusterProblem(const ClusterConfig &c)
{
    if (QString p = objectNameProblem(Messages::english(msg::kLabelClusterName), c.name); !p.isEmpty()) return p;
    if (QString p = bootstrapProblem(c.bootstrapServers); !p.isEmpty()) return p;
    static const QStringList protocols{QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
                                       QStringLiteral("SASL_SSL")};
    if (!protocols.contains(c.securityProtocol))
        return Messages::english(msg::kSecurityProtocol, c.securityProtocol, protocols.join(QStringLiteral(", ")));
    if (c.securityProtocol.startsWith(QLatin1String("SASL")) && c.saslMechanism.isEmpty())
        return Messages::english(msg::kSaslMechanism, c.securityProtocol);
    for (auto it = c.properties.begin(); it != c.properties.end(); ++it)
        if (it.key().trimmed().isEmpty() || it.key().contains(u'=')) return Messages::english(msg::kPropertyName, it.key());
    return schemaRegistryProblem(c);
}

QString schemaRegistryProblem(const ClusterConfig &c)
{
    if (c.schemaRegistryUrl.isEmpty()) {
        if (!c.schemaRegistryUsername.isEmpty()) return Messages::english(msg::kRegistryUserWithoutUrl);
        return {};
    }
    const QUrl url(c.schemaRegistryUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty() ||
        url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Messages::english(msg::kRegistryUrl, c.schemaRegistryUrl);
    if (url.port() == 0) return Messages::english(msg::kRegistryPortZero, c.schemaRegistryUrl);
    return {};
}

QString metastoreUrlProblem(const QString &url)
{
    if (url.isEmpty()) return {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("thrift") || u.host().isEmpty())
        return Messages::english(msg::kMetastoreUrl, url);
    if (u.port() < 1) return Messages::english(msg::kMetastorePort, url);
    if (!u.path().isEmpty() || u.hasQuery() || u.hasFragment() || !u.userInfo().isEmpty())
        return Messages::english(msg::kMetastoreOnlyHostPort, url);
    return {};
}

QString warehouseProblem(const WarehouseConfig &w)
{
    if (QString p = objectNameProblem(Messages::english(msg::kLabelWarehouseName), w.name); !p.isEmpty()) return p;
    if (QString p = metastoreUrlProblem(w.metastore); !p.isEmpty()) return p;
    if (w.kind == WarehouseConfig::Kind::Local) {
        if (w.location.isEmpty() || !w.location.startsWith(u'/'))
            return Messages::english(msg::kLocalWarehouseDir, w.location);
        return {};
    }
    const QUrl url(w.location);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return Messages::english(msg::kWebHdfsUrl, w.location);
    if (w.user.isEmpty()) return Messages::english(msg::kHdfsUser);
    return {};
}

} // namespace outflow::Validation
