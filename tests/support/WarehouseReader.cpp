#include "WarehouseReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

#include <zlib.h>

namespace {
QStringList find(const QString &root, const QString &pattern, bool hidden)
{
    QStringList out;
    QDirIterator it(root, {pattern}, QDir::Files | (hidden ? QDir::Hidden : QDir::Filters()), QDirIterator::Subdirectories);
    while (it.hasNext()) out << it.next();
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

QByteArray WarehouseReader::readFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".zst"))) {
        // The zstd command line tool: a reader that shares no code with the engine's encoder.
        QProcess zstd;
        zstd.start(QStringLiteral("zstd"), {QStringLiteral("-dcq"), path});
        zstd.waitForFinished(60000);
        return zstd.exitCode() == 0 ? zstd.readAllStandardOutput() : QByteArray();
    }
    if (!path.endsWith(QLatin1String(".gz"))) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    QByteArray out;
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz) return out;
    char buf[65536];
    int n = 0;
    while ((n = gzread(gz, buf, sizeof buf)) > 0) out.append(buf, n);
    gzclose(gz);
    return out;
}

QStringList WarehouseReader::dataFiles() const
{
    // Like Hive: folders starting with "_" (dead letters, the engine's own files) are not table data.
    QStringList out;
    const QDir table(m_tableDir);
    for (const QString &f : find(m_tableDir, QStringLiteral("*+*+*+*"), false)) {
        const QString relative = table.relativeFilePath(f);
        if (!relative.startsWith(u'_') && !relative.contains(QLatin1String("/_"))) out << f;
    }
    return out;
}

QStringList WarehouseReader::tempFiles() const { return find(m_tableDir, QStringLiteral(".*.tmp"), true); }

QStringList WarehouseReader::deadLetterFiles() const { return find(m_tableDir + QStringLiteral("/_deadletter"), QStringLiteral("*+*+*+*"), false); }

QList<WarehouseLine> WarehouseReader::lines(bool deadLetters) const
{
    QList<WarehouseLine> out;
    const QDir table(m_tableDir);
    for (const QString &path : deadLetters ? deadLetterFiles() : dataFiles()) {
        const QByteArray content = readFile(path);
        const QFileInfo info(path);
        for (const QByteArray &line : content.split('\n'))
            if (!line.isEmpty()) out << WarehouseLine{table.relativeFilePath(info.path()), info.fileName(), line};
    }
    return out;
}

QList<QJsonObject> WarehouseReader::jsonRecords() const
{
    QList<QJsonObject> out;
    for (const WarehouseLine &l : lines()) out << QJsonDocument::fromJson(l.line).object();
    return out;
}

QHash<QPair<int, qint64>, int> WarehouseReader::offsetCounts() const
{
    QHash<QPair<int, qint64>, int> counts;
    for (const QJsonObject &o : jsonRecords())
        counts[{o.value(QStringLiteral("partition")).toInt(), qint64(o.value(QStringLiteral("offset")).toDouble())}] += 1;
    return counts;
}

QString WarehouseReader::fileNamesProblem() const
{
    static const QRegularExpression range(QStringLiteral("\\+(\\d+)\\+(\\d+)(\\.part\\d+)?\\.[a-z.]+$"));
    QHash<QString, QList<qint64>> offsetsByFile;
    for (const WarehouseLine &l : lines())
        offsetsByFile[l.fileName] << qint64(QJsonDocument::fromJson(l.line).object().value(QStringLiteral("offset")).toDouble());
    for (const QString &path : dataFiles()) {
        const QString name = QFileInfo(path).fileName();
        const QRegularExpressionMatch m = range.match(name);
        if (!m.hasMatch()) return QStringLiteral("%1: not a committed file name").arg(name);
        const qint64 first = m.captured(1).toLongLong(), last = m.captured(2).toLongLong();
        QList<qint64> expected;
        for (qint64 o = first; o <= last; ++o) expected << o;
        QList<qint64> got = offsetsByFile.value(name);
        std::sort(got.begin(), got.end());
        if (got != expected)
            return QStringLiteral("%1 holds %2 records (offsets %3..%4), its name claims %5")
                .arg(name)
                .arg(got.size())
                .arg(got.isEmpty() ? -1 : got.first())
                .arg(got.isEmpty() ? -1 : got.last())
                .arg(expected.size());
    }
    return {};
}

QString exactlyOnceProblem(const QHash<QPair<int, qint64>, int> &counts, const QHash<int, qint64> &endOffsets)
{
    qint64 missing = 0, doubled = 0, unexpected = 0;
    QString firstMissing;
    for (auto it = endOffsets.begin(); it != endOffsets.end(); ++it) {
        for (qint64 o = 0; o < it.value(); ++o) {
            const int n = counts.value({it.key(), o});
            if (n == 0) {
                ++missing;
                if (firstMissing.isEmpty()) firstMissing = QStringLiteral("%1/%2").arg(it.key()).arg(o);
            }
            if (n > 1) doubled += n - 1;
        }
    }
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (!endOffsets.contains(it.key().first) || it.key().second >= endOffsets.value(it.key().first)) ++unexpected;
    if (missing == 0 && doubled == 0 && unexpected == 0) return {};
    return QStringLiteral("lost %1 (first %2), duplicated %3, unexpected %4").arg(missing).arg(firstMissing).arg(doubled).arg(unexpected);
}
