#pragma once

#include "catalog/ClusterConfig.h"
#include "kafka/KafkaRecord.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace outflow {

class AvroSchema;
class WireFormatDecoder;

/// Decodes the values of records shown to users (the console's Pull source data and View
/// messages, `outflow-engine task messages`) exactly as the engine decodes them for the
/// warehouse, so what a user looks at is what a task writes. Without a schema registry on the
/// cluster it changes nothing. Blocks on the registry the first time it meets a schema id: use
/// it on a worker thread.
class RecordDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(RecordDecoding)

public:
    explicit RecordDecoding(const ClusterConfig &cluster);
    ~RecordDecoding();
    RecordDecoding(const RecordDecoding &) = delete;
    RecordDecoding &operator=(const RecordDecoding &) = delete;

    struct Outcome
    {
        QString note; // how the value was decoded, or why it could not be; empty: left as it was
        std::shared_ptr<const AvroSchema> schema; // the schema it was decoded with, or null
    };
    /// Replaces the record's value by its JSON when it is in the wire format and decodes.
    Outcome decode(KafkaRecord &record);

private:
    std::unique_ptr<WireFormatDecoder> m_decoder;
};

} // namespace outflow
