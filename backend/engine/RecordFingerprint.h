#pragma once

#include "RecordView.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace outflow {

/// Which record a table holds at one offset of a partition: offset, timestamp and a digest of
/// key and value. Kept beside the table (Warehouse::writeOwnFile) and compared, on assignment,
/// with the record Kafka has at that offset now. A mismatch means the log is not the one the
/// table was dumped from — the topic was deleted and recreated, or the task points at another
/// cluster — even when the new log is already longer than the task's position, which the
/// log-end check alone cannot see (docs/exactly-once.md, "Faults").
struct RecordFingerprint
{
    qint64 offset = -1;
    qint64 timestampMs = -1;
    QByteArray digest; // hex SHA-1 of key and value, nulls told apart from empty

    static RecordFingerprint of(const RecordView &record);
    /// The own-file name for one partition (never matches a data file's name pattern).
    static QString fileName(const QString &topic, int partition);
    QByteArray serialize() const;
    /// nullopt for anything that is not a fingerprint (a torn or foreign file).
    static std::optional<RecordFingerprint> parse(const QByteArray &bytes);

    friend bool operator==(const RecordFingerprint &, const RecordFingerprint &) = default;
};

} // namespace outflow
