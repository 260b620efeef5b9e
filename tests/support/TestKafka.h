#pragma once

#include "catalog/ClusterConfig.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>

/// Helpers for tests that talk to the real broker started by the `kafka` CTest fixture
/// (scripts/kafka.sh with OUTFLOW_KAFKA_DIR). kcat is the independent client.
namespace TestKafka {

/// The fixture broker's bootstrap address; fails the test (QSKIP is not used) when absent.
QString bootstrap();
outflow::ClusterConfig cluster(const QString &name = QStringLiteral("test"));
/// A name no earlier run used: topics, groups and task names.
QString uniqueName(const QString &prefix);
/// Creates a topic with the backend's admin client (fast).
bool createTopic(const QString &topic, int partitions);
/// Creates a topic with the broker's own TopicCommand, independent of the code under test
/// (kcat cannot create topics). Slow: a JVM starts.
bool createTopicWithBrokerTool(const QString &topic, int partitions);
/// Deletes a topic with the broker's own TopicCommand; returns once the broker accepted it.
bool deleteTopicWithBrokerTool(const QString &topic);
/// Deletes the records of a partition below `offset` (DeleteRecordsCommand), as retention would.
bool deleteRecordsWithBrokerTool(const QString &topic, int partition, qint64 offset);
/// `count` small JSON objects {"seed":S,"i":I[,"pad":"xxx…"]}: distinct per seed, easy to count.
QByteArrayList jsonRecords(int count, int seed, int padBytes = 0);
/// Produces lines with kcat; `partition` -1 lets kcat spread them. Keys are "key<i>" when
/// `keyed`. Returns true when kcat succeeded.
bool produce(const QString &topic, const QByteArrayList &values, int partition = -1, bool keyed = false);
/// Every value in a partition, read by kcat from the beginning.
QByteArrayList consumeAll(const QString &topic, int partition);
/// End offsets of partitions 0..partitions-1, asked with `kcat -Q` (offset -1 = end).
QHash<int, qint64> endOffsets(const QString &topic, int partitions);
/// Runs scripts/kafka.sh with the fixture's state folder (stop/start for outage tests).
bool brokerControl(const QString &command);

} // namespace TestKafka
