#pragma once

#include "TaskMetrics.h"
#include "catalog/ClusterConfig.h"
#include "catalog/TaskRecord.h"
#include "metastore/HiveTable.h"
#include "common/Result.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThreadPool;

namespace outflow {

class DelayedDispatcher;
class Metastore;
class PartitionRegistrar;
class SinkWorker;
class Warehouse;

/// Runs one task: its sink worker (one Kafka consumer) advanced in short steps on the shared
/// pool by up to `parallelism` slots at once (no more than the topic has partitions), so many
/// tasks share few threads fairly. A slot with nothing to read parks on the dispatcher with a
/// growing delay (idle ≈ 0 CPU).
class TaskRunner final
{
public:
    enum class StopMode { Graceful, Discard };

    TaskRunner(TaskRecord task, ClusterConfig cluster, std::shared_ptr<Warehouse> warehouse, QThreadPool &pool,
               DelayedDispatcher &dispatcher, std::function<void()> onFailure);
    ~TaskRunner();
    TaskRunner(const TaskRunner &) = delete;
    TaskRunner &operator=(const TaskRunner &) = delete;

    /// Registers the table's hour folders in `metastore` as partitions of `table` (before start).
    void registerIn(std::shared_ptr<Metastore> metastore, HiveTable table);
    /// Checks the topic, creates and subscribes the workers, and starts stepping them.
    Status start();
    /// Stops stepping, waits for steps in flight, then commits (Graceful) or drops (Discard)
    /// what is open. Must not be called from a pool thread.
    Status stop(StopMode mode);

    const TaskRecord &task() const { return m_task; }
    bool failed() const { return !failure().isEmpty(); }
    QString failure() const;
    /// True when the worker got its assignment (the task demonstrably works).
    bool healthy() const;
    TaskMetrics &metrics() { return *m_metrics; }
    std::shared_ptr<TaskMetrics> sharedMetrics() const { return m_metrics; }

private:
    struct Slot;
    void schedule(Slot &slot, std::chrono::milliseconds delay);
    void runStep(Slot &slot);
    void finishStep();

    TaskRecord m_task;
    ClusterConfig m_cluster;
    std::shared_ptr<Warehouse> m_warehouse;
    QThreadPool &m_pool;
    DelayedDispatcher &m_dispatcher;
    std::function<void()> m_onFailure;
    std::shared_ptr<TaskMetrics> m_metrics;
    std::shared_ptr<Metastore> m_metastore;
    HiveTable m_hiveTable;
    std::unique_ptr<PartitionRegistrar> m_registrar; // after m_metrics: it reports into them
    mutable QMutex m_workerMutex; // m_worker's presence; the worker itself belongs to the steps
    std::unique_ptr<SinkWorker> m_worker;
    std::vector<std::unique_ptr<Slot>> m_slots; // set before the first step, cleared after the last
    std::atomic<bool> m_stopping{false};
    mutable QMutex m_mutex;
    QWaitCondition m_idle;
    int m_inFlight = 0;
    QString m_failure;
};

} // namespace outflow
