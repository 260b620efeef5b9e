#pragma once

#include "catalog/Catalog.h"
#include "kafka/KafkaRecord.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace outflow {

class AvroSchema;

/// Where a task reads from: Kafka cluster, topic (listed from the cluster) and start position,
/// with **Pull source data** to look at one real recent message before committing to a topic.
/// Used by the create form and by *Change data source*.
class SourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceForm)

public:
    explicit SourceForm(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

    void setSource(const SourceSpec &source);
    SourceSpec source() const;
    /// What stops this source from being used, or empty.
    QString problem() const;
    /// The record *Pull source data* shows now (its value decoded when it was in the schema
    /// registry's wire format); nullopt while it shows none.
    const std::optional<KafkaRecord> &sample() const { return m_sample.record; }
    /// Partitions of the chosen topic, once the cluster's topics are listed and it is one of them.
    std::optional<int> partitionCount() const;
    /// The task's parallelism: more consumers than the topic has partitions is pointed out
    /// under the topic (advice, not a problem: the engine runs one consumer per partition at most).
    void setParallelism(int parallelism);
    /// The Avro schema the sample's value was decoded with, or null.
    std::shared_ptr<const AvroSchema> sampleSchema() const { return m_sample.schema; }

    /// A pulled record, its value decoded when the cluster names a schema registry and the value
    /// is in its wire format.
    struct Pulled
    {
        std::optional<KafkaRecord> record; // nullopt: the topic holds no records
        QString decoding;                  // how the value was decoded, or why it could not be
        std::shared_ptr<const AvroSchema> schema;
    };
    /// The newest record of a topic: the last record of every non-empty partition is read and
    /// the one with the latest timestamp wins. Blocks (Kafka and registry round trips): call it
    /// on a worker thread.
    static Result<Pulled> newestRecord(const ClusterConfig &cluster, const QString &topic);
    /// A record as the preview shows it: where it came from, how its value was decoded, then
    /// the value pretty-printed.
    static QString describeRecord(const KafkaRecord &record, const QString &decoding = QString());

Q_SIGNALS:
    void changed();
    /// sample() changed: pulled, or gone with the topic it came from.
    void sampleChanged();

private:
    void loadClusters();
    void loadTopics();
    void pullSourceData();
    std::optional<ClusterConfig> currentCluster() const;
    void updateStartEditor();
    void setSample(Pulled sample);
    void updateParallelismAdvice();

    std::shared_ptr<Catalog> m_catalog;
    QList<ClusterConfig> m_clusters;
    QComboBox *m_cluster;
    QComboBox *m_topic;
    QLabel *m_topicStatus;
    QLabel *m_parallelismAdvice;
    int m_parallelism = 0; // 0: no advice
    QPushButton *m_pull;
    QPlainTextEdit *m_preview;
    QComboBox *m_start;
    QDateTimeEdit *m_startTime;
    QLabel *m_clusterProblem;
    /// Applied once the clusters or topics arrive (prefill for Copy, Rebuild, Change source).
    SourceSpec m_wanted;
    QHash<QString, int> m_partitions; // of the listed topics, by name
    Pulled m_sample;
    quint64 m_topicSerial = 0;
    quint64 m_pullSerial = 0;
    bool m_clustersLoaded = false;
};

} // namespace outflow
