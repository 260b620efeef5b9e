#pragma once

#include "HiveTable.h"
#include "common/Result.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>

#include <chrono>
#include <memory>
#include <thread>

namespace outflow {

class Metastore;
class TaskMetrics;
class Warehouse;

/// Registers a running task's hour folders as partitions of its Hive table, and closes hours.
///
/// Sinks tell it about committed groups (`committed`, a lock and a queue: the hot path never
/// waits for the metastore); its own thread creates the table if missing, adds partitions,
/// and retries with a growing delay while the metastore is down. Folders that wait are kept in
/// `_outflow/metastore/pending` beside the table, so a restart catches up and the console can
/// show the gap; the outage and the catch-up go to the action history.
///
/// An hour folder is closed once every partition of the topic is past its end plus the task's
/// `closeGraceSec` (its newest committed record is later, or it has nothing left to read):
/// `_SUCCESS` is published in the folder and the partition gets the parameter `outflow.closed`.
class PartitionRegistrar final
{
public:
    struct Timing
    {
        std::chrono::milliseconds retryMin{1000};
        std::chrono::milliseconds retryMax{30000};
        /// How often hours are checked for closing when nothing else happens.
        std::chrono::milliseconds closeCheck{5000};
    };

    /// The own file (under `_outflow/`) listing folders committed but not yet registered.
    static QString pendingFileName() { return QStringLiteral("metastore/pending"); }
    /// The partition parameter saying an hour is closed, and when (UTC, ISO 8601).
    static QString closedParameter() { return QStringLiteral("outflow.closed"); }
    static QString closedAtParameter() { return QStringLiteral("outflow.closedAt"); }

    PartitionRegistrar(std::shared_ptr<Metastore> metastore, HiveTable table, std::shared_ptr<Warehouse> warehouse, TargetSpec target,
                       int topicPartitions, TaskMetrics &metrics, Timing timing);
    PartitionRegistrar(std::shared_ptr<Metastore> metastore, HiveTable table, std::shared_ptr<Warehouse> warehouse, TargetSpec target,
                       int topicPartitions, TaskMetrics &metrics)
        : PartitionRegistrar(std::move(metastore), std::move(table), std::move(warehouse), std::move(target), topicPartitions, metrics,
                             Timing())
    {
    }
    ~PartitionRegistrar();
    PartitionRegistrar(const PartitionRegistrar &) = delete;
    PartitionRegistrar &operator=(const PartitionRegistrar &) = delete;

    void start();
    /// Makes one last attempt for what waits (a graceful stop's final commits), keeps what is
    /// still unregistered in the pending file, and ends the thread.
    void stop();
    /// A PartitionSink::CommitObserver: `folders` got data files; `maxTimeMs` is the newest
    /// record time of the group.
    void committed(int partition, const QStringList &folders, qint64 maxTimeMs);

private:
    void run();
    Status prepareTable();
    Status findOrCreateTable();
    void noteOutage(const QString &error, int waiting);
    Status registerPending();
    void closeDueHours();
    Status closeHour(const QString &folder);
    bool partitionPast(int partition, qint64 dueMs, qint64 nowMs) const;
    void persistPending(const QSet<QString> &waiting);

    std::shared_ptr<Metastore> m_metastore;
    HiveTable m_table;
    std::shared_ptr<Warehouse> m_warehouse;
    TargetSpec m_target;
    int m_topicPartitions;
    TaskMetrics &m_metrics;
    Timing m_timing;

    mutable QMutex m_mutex; // guards the fields below it, filled by sinks and read by the thread
    QWaitCondition m_wake;
    bool m_stopping = false;
    QSet<QString> m_pending;          // committed folders not known to be registered
    QHash<int, qint64> m_watermarks;  // partition -> newest committed record time

    // The thread's own state.
    bool m_tableReady = false;
    QSet<QString> m_registered;
    QSet<QString> m_openHours;        // registered, not closed yet
    bool m_pendingFileWritten = false;
    QString m_outage;                 // the failure that started the current outage, empty when none
    std::unique_ptr<std::thread> m_thread;
};

} // namespace outflow
