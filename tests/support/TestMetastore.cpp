#include "TestMetastore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace TestMetastore {

namespace {
const QString kLibs = QStringLiteral(OUTFLOW_SOURCE_DIR "/.cache/metastore/libs/*");
const QString kClassDir = QStringLiteral(OUTFLOW_BINARY_DIR "/tests/hmsquery");

QString script() { return QStringLiteral(OUTFLOW_SOURCE_DIR "/scripts/metastore.sh"); }

/// Compiled once per build folder: a JVM compiling the source on every read doubles its cost.
bool compiled(QString &error)
{
    if (QFileInfo::exists(kClassDir + QStringLiteral("/HmsQuery.class"))) return true;
    QDir().mkpath(kClassDir);
    QProcess javac;
    javac.setProcessChannelMode(QProcess::MergedChannels);
    javac.start(QStringLiteral("javac"), {QStringLiteral("-nowarn"), QStringLiteral("-cp"), kLibs, QStringLiteral("-d"), kClassDir,
                                          QStringLiteral(OUTFLOW_SOURCE_DIR "/tests/support/HmsQuery.java")});
    if (!javac.waitForFinished(180000) || javac.exitCode() != 0) {
        error = QStringLiteral("javac HmsQuery.java failed: ") + QString::fromUtf8(javac.readAll());
        return false;
    }
    return true;
}
} // namespace

QString url()
{
    QProcess p;
    p.start(script(), {QStringLiteral("url")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QStringList Table::partitionValues() const
{
    QStringList out;
    for (const Partition &p : partitions) out << p.values;
    out.sort();
    return out;
}

Table read(const QString &database, const QString &table)
{
    Table t;
    if (!compiled(t.error)) return t;
    QProcess java;
    java.start(QStringLiteral("java"), {QStringLiteral("-XX:TieredStopAtLevel=1"), QStringLiteral("-Xmx256m"), QStringLiteral("-cp"),
                                        kClassDir + u':' + kLibs, QStringLiteral("HmsQuery"), url(), database, table});
    if (!java.waitForFinished(180000) || java.exitCode() != 0) {
        t.error = QStringLiteral("HmsQuery failed: ") + QString::fromUtf8(java.readAllStandardError()).right(2000);
        return t;
    }
    for (const QString &line : QString::fromUtf8(java.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        const QString kind = f.value(0);
        if (kind == QLatin1String("none")) return t;
        t.exists = true;
        if (kind == QLatin1String("type")) t.type = f.value(1);
        else if (kind == QLatin1String("location")) t.location = f.value(1);
        else if (kind == QLatin1String("input")) t.inputFormat = f.value(1);
        else if (kind == QLatin1String("output")) t.outputFormat = f.value(1);
        else if (kind == QLatin1String("serde")) t.serde = f.value(1);
        else if (kind == QLatin1String("serdeparam")) t.serdeParameters.insert(f.value(1), f.value(2));
        else if (kind == QLatin1String("column")) t.columns << qMakePair(f.value(1), f.value(2));
        else if (kind == QLatin1String("key")) t.keys << qMakePair(f.value(1), f.value(2));
        else if (kind == QLatin1String("partition")) t.partitions << Table::Partition{f.value(1), f.value(2), f.value(3) == QLatin1String("true")};
    }
    return t;
}

bool control(const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(script(), {command});
    return p.waitForFinished(180000) && p.exitCode() == 0;
}

} // namespace TestMetastore
