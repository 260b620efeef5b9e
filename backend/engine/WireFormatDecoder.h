#pragma once

#include "AvroSchema.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace outflow {

class SchemaRegistryClient;

/// Decodes values in the Confluent wire format — magic byte 0, the schema id as 4 big-endian
/// bytes, then the data — into JSON text, with the schema the cluster's registry has for the id
/// (Avro so far). Values not in that format pass through untouched, so JSON topics on the same
/// cluster read as before. One per partition sink (not thread-safe); the registry client, with
/// its cache of fetched schemas, is shared by a task's partitions.
class WireFormatDecoder final
{
public:
    explicit WireFormatDecoder(std::shared_ptr<SchemaRegistryClient> registry);

    enum class Outcome {
        Plain,      // not in the wire format: use the value as it is
        Decoded,    // `json` holds the value
        Bad,        // `reason` says why this record cannot be decoded: the bad-record policy applies
        Unavailable // the registry cannot be asked (`reason`): stop, decode nothing, lose nothing
    };
    Outcome decode(const char *value, qsizetype size, QByteArray &json, QString &reason);

    /// The schema id of a value in the wire format, or -1.
    static int schemaIdOf(const char *value, qsizetype size);
    /// The schema of an id decode() has used, or null.
    std::shared_ptr<const AvroSchema> schema(int id) const { return m_schemas.value(id); }

    /// The Confluent wire format's first byte.
    static constexpr char kMagicByte = 0;
    static constexpr qsizetype kHeaderBytes = 5;

private:
    std::shared_ptr<SchemaRegistryClient> m_registry;
    QHash<int, std::shared_ptr<const AvroSchema>> m_schemas;
    /// Ids whose schema was found but cannot be used (not Avro, not valid), with the reason.
    QHash<int, QString> m_unusable;
    /// Ids the registry said it does not have, with the reason and when to ask again
    /// (monotonicMs): a topic full of made-up ids costs one request per id and minute, not one
    /// per record. An id in a record was registered before the record was written, so an
    /// answer of "unknown" does not go stale within a minute.
    struct Unknown
    {
        QString reason;
        qint64 askAgainAtMs = 0;
    };
    QHash<int, Unknown> m_unknown;
    static constexpr qint64 kAskUnknownAgainMs = 60000;
};

} // namespace outflow
