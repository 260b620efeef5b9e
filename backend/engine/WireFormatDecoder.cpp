#include "WireFormatDecoder.h"

#include "AvroDecoder.h"
#include "MonotonicClock.h"
#include "kafka/SchemaRegistryClient.h"

#include <QtEndian>

namespace outflow {

WireFormatDecoder::WireFormatDecoder(std::shared_ptr<SchemaRegistryClient> registry) : m_registry(std::move(registry)) {}

int WireFormatDecoder::schemaIdOf(const char *value, qsizetype size)
{
    if (!value || size < kHeaderBytes || value[0] != kMagicByte) return -1;
    // Registries hand out ids from 1 up as signed 32-bit numbers: the top bit set is no id.
    const quint32 id = qFromBigEndian<quint32>(value + 1);
    return id > quint32(INT32_MAX) ? -1 : int(id);
}

WireFormatDecoder::Outcome WireFormatDecoder::decode(const char *value, qsizetype size, QByteArray &json, QString &reason)
{
    if (!value || size == 0 || value[0] != kMagicByte) return Outcome::Plain;
    if (size < kHeaderBytes) {
        reason = QStringLiteral("the value starts with the schema registry's magic byte 0 but is shorter than its %1-byte header")
                     .arg(kHeaderBytes);
        return Outcome::Bad;
    }
    const int id = schemaIdOf(value, size);
    if (id < 0) {
        reason = QStringLiteral("the value starts with the schema registry's magic byte 0 but its schema id %1 is out of range")
                     .arg(qFromBigEndian<quint32>(value + 1));
        return Outcome::Bad;
    }
    if (auto unusable = m_unusable.constFind(id); unusable != m_unusable.cend()) {
        reason = *unusable;
        return Outcome::Bad;
    }
    if (auto unknown = m_unknown.constFind(id); unknown != m_unknown.cend() && monotonicMs() < unknown->askAgainAtMs) {
        reason = unknown->reason;
        return Outcome::Bad;
    }
    auto schema = m_schemas.value(id);
    if (!schema) {
        const RegistrySchema fetched = m_registry->schema(id);
        if (fetched.outcome == RegistrySchema::Outcome::Unavailable) {
            reason = fetched.error;
            return Outcome::Unavailable;
        }
        if (fetched.outcome == RegistrySchema::Outcome::Unknown) {
            reason = fetched.error;
            m_unknown.insert(id, {reason, monotonicMs() + kAskUnknownAgainMs});
            return Outcome::Bad;
        }
        if (fetched.type != QLatin1String("AVRO")) {
            reason = QStringLiteral("schema id %1 is a %2 schema; Outflow decodes Avro schemas only so far").arg(id).arg(fetched.type);
            m_unusable.insert(id, reason);
            return Outcome::Bad;
        }
        auto parsed = AvroSchema::parse(fetched.text);
        if (!parsed) {
            reason = QStringLiteral("schema id %1: %2").arg(id).arg(parsed.error());
            m_unusable.insert(id, reason);
            return Outcome::Bad;
        }
        schema = parsed.value();
        m_schemas.insert(id, schema);
    }
    json.resize(0);
    if (QString why = AvroDecoder::appendJson(*schema, value + kHeaderBytes, size - kHeaderBytes, json); !why.isEmpty()) {
        reason = QStringLiteral("the value does not decode with Avro schema id %1: %2").arg(id).arg(why);
        return Outcome::Bad;
    }
    return Outcome::Decoded;
}

} // namespace outflow
