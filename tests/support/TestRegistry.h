#pragma once

#include <QByteArrayList>
#include <QString>

/// Helpers for tests that use the real schema registry started by the `registry` CTest fixture
/// (scripts/registry.sh with OUTFLOW_REGISTRY_DIR: Apicurio Registry's Confluent API). Records
/// are encoded by fastavro in the test venv (tests/support/avro_wire.py), not by Outflow.
namespace TestRegistry {

/// The fixture registry's Confluent API base URL, e.g. http://127.0.0.1:PORT/apis/ccompat/v7.
QString url();

/// Avro records in the Confluent wire format.
struct Encoded
{
    int schemaId = -1; // -1: registering or encoding failed (a warning says why)
    QByteArrayList values;
};
/// Registers `schema` under `subject` and encodes each JSON record with it (in the fixture's
/// registry, or in the one at `registryUrl` with `user` and `password`).
Encoded encode(const QString &subject, const QByteArray &schema, const QByteArrayList &jsonRecords,
               const QString &registryUrl = QString(), const QString &user = QString(), const QString &password = QString());

/// Runs scripts/registry.sh `verb` on the fixture's state folder (stop/start for outage tests:
/// a restarted registry keeps its port and schemas).
bool run(const QString &verb);

/// A second registry of the test's own in `stateDir`, that wants HTTP basic auth; its URL, or
/// empty. `cleanSecured` stops it and deletes its state.
QString startSecured(const QString &stateDir, const QString &user, const QString &password);
bool cleanSecured(const QString &stateDir);

} // namespace TestRegistry
