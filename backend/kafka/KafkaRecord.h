#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace outflow {

/// One Kafka record, copied out of librdkafka's buffers.
struct KafkaRecord
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    /// Milliseconds since the epoch (CreateTime or LogAppendTime); -1 when the record has none.
    qint64 timestampMs = -1;
    QByteArray key;
    bool keyIsNull = true;
    QByteArray value;
    bool valueIsNull = true;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct TopicInfo
{
    QString name;
    int partitions = 0;
};

struct BrokerInfo
{
    int id = -1;
    QString host;
    int port = 0;
};

struct ClusterMetadata
{
    QList<BrokerInfo> brokers;
    QList<TopicInfo> topics;
};

/// The low (first available) and high (next to be written) offsets of a partition.
struct Watermarks
{
    qint64 low = 0;
    qint64 high = 0;
};

} // namespace outflow
