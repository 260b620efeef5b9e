#include "RecordDecoding.h"

#include "engine/WireFormatDecoder.h"
#include "kafka/SchemaRegistryClient.h"

namespace outflow {

RecordDecoding::RecordDecoding(const ClusterConfig &cluster)
{
    if (!cluster.schemaRegistryUrl.isEmpty()) m_decoder = std::make_unique<WireFormatDecoder>(std::make_shared<SchemaRegistryClient>(cluster));
}

RecordDecoding::~RecordDecoding() = default;

RecordDecoding::Outcome RecordDecoding::decode(KafkaRecord &record)
{
    Outcome outcome;
    if (!m_decoder || record.valueIsNull) return outcome;
    QByteArray json;
    QString reason;
    switch (m_decoder->decode(record.value.constData(), record.value.size(), json, reason)) {
    case WireFormatDecoder::Outcome::Plain: break;
    case WireFormatDecoder::Outcome::Decoded: {
        const int id = WireFormatDecoder::schemaIdOf(record.value.constData(), record.value.size());
        outcome.schema = m_decoder->schema(id);
        outcome.note = tr("Avro, schema id %1 from the schema registry").arg(id);
        record.value = json;
        break;
    }
    case WireFormatDecoder::Outcome::Bad:
    case WireFormatDecoder::Outcome::Unavailable: outcome.note = tr("Not decoded: %1").arg(reason); break;
    }
    return outcome;
}

} // namespace outflow
