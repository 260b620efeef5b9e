#pragma once

#include <QString>

#include <optional>

namespace outflow {

/// A committed data file, as its name describes it.
struct CommittedFileName
{
    QString topic;
    int partition = -1;
    qint64 firstOffset = -1;
    qint64 lastOffset = -1;
    /// Part number when a chunk was split by size, -1 otherwise.
    int part = -1;
    QString extension;
};

/// Names of warehouse files. The final name carries the offset range, which is what makes
/// recovery possible from the warehouse alone:
///   `<topic>+<partition>+<firstOffset>+<lastOffset>[.partNNN].<ext>` (offsets zero padded to 20)
/// Temporary files start with a dot, so table readers (Hive, TDW loaders) skip them:
///   `.<topic>+<partition>+<firstOffset>.<token>.tmp`
namespace FileNaming {

QString finalName(const QString &topic, int partition, qint64 firstOffset, qint64 lastOffset, int part, const QString &extension);
std::optional<CommittedFileName> parseFinalName(const QString &fileName);
inline QString finalName(const CommittedFileName &n) { return finalName(n.topic, n.partition, n.firstOffset, n.lastOffset, n.part, n.extension); }
QString tempName(const QString &topic, int partition, qint64 firstOffset, const QString &token);
/// True when `fileName` is a temporary file of this topic and partition.
bool isTempOf(const QString &fileName, const QString &topic, int partition);
/// `dt=YYYYMMDD/hr=HH`
QString bucketDir(int year, int month, int day, int hour);
/// The folder of the engine's own files in a table, `_outflow` (readers skip "_" folders).
QString ownFolder();

} // namespace FileNaming
} // namespace outflow
