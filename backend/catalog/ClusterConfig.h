#pragma once

#include <QMap>
#include <QString>

namespace outflow {

/// A registered Kafka cluster ("instance"). The SASL password is held here in memory only; the
/// catalog keeps it in its SecretStore, never in the SQLite file.
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

    friend bool operator==(const ClusterConfig &, const ClusterConfig &) = default;
};

} // namespace outflow
