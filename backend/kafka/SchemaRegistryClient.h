#pragma once

#include "catalog/ClusterConfig.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace outflow {

/// What a schema registry said about one schema id.
struct RegistrySchema
{
    enum class Outcome {
        Found,      // `text` holds the schema, `type` says its kind (AVRO, PROTOBUF, JSON)
        Unknown,    // the registry answered and has no such id: the record is bad
        Unavailable // no answer, an error status or refused credentials: nothing can be said
    };
    Outcome outcome = Outcome::Unavailable;
    QString type;
    QByteArray text;
    QString error;
};

/// Reads schemas by id from a Confluent-compatible schema registry (GET /schemas/ids/{id}),
/// with HTTP basic auth when the cluster names a user. Blocking: call it from a worker thread,
/// never the GUI thread. Found schemas are kept (an id never changes its schema), so each id
/// costs one request per client; unknown ids and failures are asked again next time.
class SchemaRegistryClient final
{
public:
    explicit SchemaRegistryClient(const ClusterConfig &cluster);

    RegistrySchema schema(int id);

    /// Waiting for one answer; past it the registry counts as unavailable.
    static constexpr int kTimeoutMs = 10000;

private:
    RegistrySchema fetch(int id) const;

    QString m_url;
    QString m_username;
    QString m_password;
    QMutex m_mutex;
    QHash<int, RegistrySchema> m_found;
};

} // namespace outflow
