#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <string_view>

namespace outflow {

struct KafkaRecord;

/// A borrowed view of one record, so the hot path formats straight out of librdkafka's buffers
/// without copying; tests build one from a KafkaRecord.
struct RecordView
{
    std::string_view topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    const char *key = nullptr; // nullptr: null key
    qsizetype keySize = 0;
    const char *value = nullptr; // nullptr: null value (tombstone)
    qsizetype valueSize = 0;
    QList<QPair<QByteArray, QByteArray>> headers;

    static RecordView of(const KafkaRecord &record, const QByteArray &topicUtf8);
};

} // namespace outflow
