#pragma once

#include <QMap>
#include <QString>

namespace outflow {

/// A registered Kafka cluster ("instance"). The SASL and schema registry passwords are held here
/// in memory only; the catalog keeps them in its SecretStore, never in the SQLite file.
struct ClusterConfig
{
    QString name;
    QString bootstrapServers;
    QString securityProtocol = QStringLiteral("PLAINTEXT");
    QString saslMechanism;
    QString saslUsername;
    QString saslPassword;
    /// Extra librdkafka properties, like `kcat -X key=value`.
    QMap<QString, QString> properties;
    /// A Confluent-compatible schema registry (http(s)://host:port[/path]); empty: none. Values in
    /// the Confluent wire format are then decoded (docs/schema-registry.md).
    QString schemaRegistryUrl;
    QString schemaRegistryUsername;
    QString schemaRegistryPassword;

    friend bool operator==(const ClusterConfig &, const ClusterConfig &) = default;
};

} // namespace outflow
