#include "KafkaConfig.h"

namespace outflow {

void LastErrorEventCb::event_cb(RdKafka::Event &event)
{
    if (event.type() == RdKafka::Event::EVENT_ERROR ||
        (event.type() == RdKafka::Event::EVENT_LOG && event.severity() <= RdKafka::Event::EVENT_SEVERITY_WARNING)) {
        QMutexLocker lock(&m_mutex);
        m_lastError = QString::fromStdString(event.str());
    }
}

QString LastErrorEventCb::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

namespace KafkaConfig {

Result<std::unique_ptr<RdKafka::Conf>> build(const ClusterConfig &cluster, const QMap<QString, QString> &overrides,
                                             RdKafka::EventCb *events)
{
    using R = Result<std::unique_ptr<RdKafka::Conf>>;
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    std::string err;
    QMap<QString, QString> props;
    props.insert(QStringLiteral("bootstrap.servers"), cluster.bootstrapServers);
    props.insert(QStringLiteral("security.protocol"), cluster.securityProtocol.toLower());
    props.insert(QStringLiteral("client.id"), QStringLiteral("outflow"));
    if (cluster.securityProtocol.startsWith(QLatin1String("SASL"))) {
        props.insert(QStringLiteral("sasl.mechanisms"), cluster.saslMechanism);
        props.insert(QStringLiteral("sasl.username"), cluster.saslUsername);
        props.insert(QStringLiteral("sasl.password"), cluster.saslPassword);
    }
    for (auto it = cluster.properties.begin(); it != cluster.properties.end(); ++it) props.insert(it.key(), it.value());
    for (auto it = overrides.begin(); it != overrides.end(); ++it) props.insert(it.key(), it.value());
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (conf->set(it.key().toStdString(), it.value().toStdString(), err) != RdKafka::Conf::CONF_OK)
            return R::fail(QStringLiteral("Kafka property %1: %2").arg(it.key(), QString::fromStdString(err)));
    }
    if (events && conf->set("event_cb", events, err) != RdKafka::Conf::CONF_OK)
        return R::fail(QString::fromStdString(err));
    return R::ok(std::move(conf));
}

} // namespace KafkaConfig
} // namespace outflow
