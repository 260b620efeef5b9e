#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// Test content for warehouse files: `size` bytes in a 61-byte cycle starting at `seed`, so a
/// slice that lands in the wrong place or twice shows up in a comparison.
inline QByteArray patternedBytes(qsizetype size, char seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) out[i] = char(seed + i % 61);
    return out;
}

/// Reads a table folder back independently of the engine's code: every committed file (gzip
/// decompressed with zlib), line by line, with the folder it was found in.
struct WarehouseLine
{
    QString relativeDir;
    QString fileName;
    QByteArray line;
};

class WarehouseReader final
{
public:
    explicit WarehouseReader(QString tableDir) : m_tableDir(std::move(tableDir)) {}

    /// Committed data files (not temporary, not dead letters), sorted by path.
    QStringList dataFiles() const;
    QStringList tempFiles() const;
    QStringList deadLetterFiles() const;
    QList<WarehouseLine> lines(bool deadLetters = false) const;
    /// For the json format: records per (partition, offset) — the number of times each offset
    /// appears — plus the parsed objects.
    QHash<QPair<int, qint64>, int> offsetCounts() const;
    QList<QJsonObject> jsonRecords() const;
    /// For the json format on a topic without offset gaps: names a committed file whose lines
    /// are not exactly the offsets its name claims (first..last, each once); empty when none.
    QString fileNamesProblem() const;

    static QByteArray readFile(const QString &path);

private:
    QString m_tableDir;
};

/// Checks that every offset in [0, end[p]) of each partition appears exactly once. Returns an
/// empty string when so, else a summary of what is missing and doubled.
QString exactlyOnceProblem(const QHash<QPair<int, qint64>, int> &counts, const QHash<int, qint64> &endOffsets);
