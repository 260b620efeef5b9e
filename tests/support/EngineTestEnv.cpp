#include "EngineTestEnv.h"

#include "TestKafka.h"
#include "engine/Engine.h"

#include <QDir>
#include <QtTest>

using namespace outflow;

EngineTestEnv::EngineTestEnv()
{
    auto catalog = Catalog::open(catalogPath());
    if (!catalog) qFatal("cannot open test catalog: %s", qPrintable(catalog.error()));
    m_catalog = catalog.value();
    if (Status s = m_catalog->saveCluster(TestKafka::cluster()); !s) qFatal("%s", qPrintable(s.error()));
    QDir().mkpath(warehouseRoot());
    if (Status s = m_catalog->saveWarehouse({QStringLiteral("wh"), WarehouseConfig::Kind::Local, warehouseRoot(), QString()}); !s)
        qFatal("%s", qPrintable(s.error()));
}

TaskDefinition EngineTestEnv::definition(const QString &topic, const QString &tid) const
{
    TaskDefinition d;
    d.name = TestKafka::uniqueName(QStringLiteral("task"));
    d.source = {QStringLiteral("test"), topic, QStringLiteral("earliest")};
    d.target.warehouse = QStringLiteral("wh");
    d.target.bid = QStringLiteral("b_test");
    d.target.tid = tid.isEmpty() ? TestKafka::uniqueName(QStringLiteral("t")) : tid;
    d.target.flushIntervalSec = 1;
    d.parallelism = 2;
    return d;
}

QString EngineTestEnv::topicWithRecords(const QString &prefix, const QList<int> &perPartition)
{
    const QString topic = TestKafka::uniqueName(prefix);
    if (!TestKafka::createTopic(topic, int(perPartition.size()))) return {};
    for (int p = 0; p < perPartition.size(); ++p)
        if (!TestKafka::produce(topic, TestKafka::jsonRecords(perPartition.at(p), p + 1), p)) return {};
    return topic;
}

QHash<int, qint64> EngineTestEnv::endOffsets(const QString &topic, int partitions)
{
    return TestKafka::endOffsets(topic, partitions);
}

qint64 EngineTestEnv::consumed(const Engine &engine)
{
    qint64 n = 0;
    for (const TaskSample &s : engine.latestSamples())
        for (const PartitionSnapshot &p : s.partitions) n += p.messagesIn;
    return n;
}

QString EngineTestEnv::start(Engine &engine, const TaskDefinition &definition)
{
    auto id = engine.createTask(definition, QStringLiteral("test"));
    if (!id) {
        qWarning("the engine refused task \"%s\": %s", qPrintable(definition.name), qPrintable(id.error()));
        return {};
    }
    engine.run();
    return id.value();
}
