#include "KafkaRecordCopy.h"

namespace outflow {

KafkaRecord copyRecord(RdKafka::Message &m)
{
    KafkaRecord r;
    r.topic = QString::fromStdString(m.topic_name());
    r.partition = m.partition();
    r.offset = m.offset();
    const RdKafka::MessageTimestamp ts = m.timestamp();
    r.timestampMs = ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_NOT_AVAILABLE ? -1 : ts.timestamp;
    if (m.key_pointer()) {
        r.key = QByteArray(static_cast<const char *>(m.key_pointer()), qsizetype(m.key_len()));
        r.keyIsNull = false;
    }
    if (m.payload()) {
        r.value = QByteArray(static_cast<const char *>(m.payload()), qsizetype(m.len()));
        r.valueIsNull = false;
    }
    if (RdKafka::Headers *headers = m.headers()) {
        for (const RdKafka::Headers::Header &h : headers->get_all())
            r.headers.append({QByteArray::fromStdString(h.key()),
                              h.value() ? QByteArray(static_cast<const char *>(h.value()), qsizetype(h.value_size())) : QByteArray()});
    }
    return r;
}

} // namespace outflow
