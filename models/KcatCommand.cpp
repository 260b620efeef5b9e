#include "KcatCommand.h"

#include "catalog/Validation.h"

#include <QRegularExpression>

namespace outflow {

QString KcatCommand::shellQuote(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.,:/@%+=-]+$"));
    if (plain.match(value).hasMatch()) return value;
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString KcatCommand::forSource(const ClusterConfig &cluster, const SourceSpec &source)
{
    QStringList args{QStringLiteral("kcat"), QStringLiteral("-b"), shellQuote(cluster.bootstrapServers), QStringLiteral("-C"),
                     QStringLiteral("-t"), shellQuote(source.topic), QStringLiteral("-o")};
    if (source.start == QLatin1String("latest")) args << QStringLiteral("end");
    else if (const auto at = Validation::startTimestamp(source.start)) args << QStringLiteral("s@%1").arg(at->toMSecsSinceEpoch());
    else args << QStringLiteral("beginning");
    args << QStringLiteral("-e");

    const auto option = [&args](const QString &key, const QString &value) {
        args << QStringLiteral("-X") << shellQuote(key + u'=' + value);
    };
    if (cluster.securityProtocol != QLatin1String("PLAINTEXT")) option(QStringLiteral("security.protocol"), cluster.securityProtocol);
    if (!cluster.saslMechanism.isEmpty()) option(QStringLiteral("sasl.mechanisms"), cluster.saslMechanism);
    if (!cluster.saslUsername.isEmpty()) option(QStringLiteral("sasl.username"), cluster.saslUsername);
    // Double quotes so the shell expands the variable; single quotes would pass it literally.
    if (!cluster.saslPassword.isEmpty() || cluster.securityProtocol.startsWith(QLatin1String("SASL")))
        args << QStringLiteral("-X") << QStringLiteral("\"sasl.password=$KAFKA_PASSWORD\"");
    for (auto it = cluster.properties.cbegin(); it != cluster.properties.cend(); ++it) option(it.key(), it.value());
    return args.join(u' ');
}

} // namespace outflow
