#pragma once

#include "catalog/ClusterConfig.h"
#include "common/Result.h"

#include <librdkafka/rdkafkacpp.h>

#include <QMap>
#include <QMutex>
#include <QString>

#include <memory>

namespace outflow {

/// Remembers the last error librdkafka reported through its event callback, so a timeout can
/// be explained ("Connection refused") rather than reported as a bare "timed out".
class LastErrorEventCb final : public RdKafka::EventCb
{
public:
    void event_cb(RdKafka::Event &event) override;
    QString lastError() const;

private:
    mutable QMutex m_mutex;
    QString m_lastError;
};

/// Builds librdkafka configurations from a registered cluster.
namespace KafkaConfig {

/// A global configuration for `cluster` plus `overrides` (applied last). The event callback,
/// when given, must outlive the handle created from the configuration.
Result<std::unique_ptr<RdKafka::Conf>> build(const ClusterConfig &cluster, const QMap<QString, QString> &overrides = {},
                                             RdKafka::EventCb *events = nullptr);

} // namespace KafkaConfig
} // namespace outflow
