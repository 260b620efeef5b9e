#pragma once

#include "catalog/Catalog.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace outflow {
class Engine;
}

/// A temporary catalog with the fixture broker registered as cluster "test" and a local
/// warehouse "wh" in the same temporary folder.
class EngineTestEnv final
{
public:
    EngineTestEnv();

    std::shared_ptr<outflow::Catalog> catalog() const { return m_catalog; }
    QString catalogPath() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }
    QString warehouseRoot() const { return m_dir.filePath(QStringLiteral("warehouse")); }
    QString tableDir(const QString &bid, const QString &tid) const { return warehouseRoot() + u'/' + bid + u'/' + tid; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A definition for `topic` into bid "b_test" and a fresh tid, flushing every second.
    outflow::TaskDefinition definition(const QString &topic, const QString &tid = QString()) const;

    /// A new topic with one partition per entry of `perPartition`, each holding that many
    /// TestKafka::jsonRecords (seed = partition + 1). Empty when Kafka refused.
    static QString topicWithRecords(const QString &prefix, const QList<int> &perPartition);

    /// Creates the task in `engine` (actor "test") and runs the engine: the opening of most
    /// engine tests. The task's id, or empty (with a warning saying why) when it was refused.
    static QString start(outflow::Engine &engine, const outflow::TaskDefinition &definition);
    /// Records the engine's tasks have consumed so far, all partitions together: how a test
    /// knows every record is in an open file before a stop commits it.
    static qint64 consumed(const outflow::Engine &engine);

    /// End offsets (high watermarks) of every partition of a topic, asked with kcat -Q.
    static QHash<int, qint64> endOffsets(const QString &topic, int partitions);

private:
    QTemporaryDir m_dir;
    std::shared_ptr<outflow::Catalog> m_catalog;
};
