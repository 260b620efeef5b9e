#pragma once

#include "TaskMetrics.h"
#include "catalog/TaskRecord.h"
#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace outflow {

class Catalog;
class DelayedDispatcher;
class TaskRunner;

/// Live figures of one task, sampled once a second.
struct TaskSample
{
    QString taskId;
    qint64 atMs = 0;
    QList<PartitionSnapshot> partitions;
};
using TaskSamples = QList<TaskSample>;

/// The engine: task lifecycle (PRODUCT.md section 3) over the catalog, and — once run() is
/// called — the runners of every task this process should run.
///
/// Lifecycle functions are thread-safe and block briefly (Create checks the cluster and the
/// warehouse, up to ~10 s): the GUI calls them through QtConcurrent, never on its own thread.
/// The catalog is the shared state: several processes (GUI, headless engines) may run the same
/// catalog; each reconciles its runners with the catalog once a second, and processes running
/// the same task share its consumer group `outflow-<taskId>`.
class Engine final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Pool threads. Twice the cores: a step that fsyncs a large file blocks its thread
        /// on the disk, and the other tasks should keep consuming meanwhile.
        int threads = qMax(4, 2 * QThread::idealThreadCount());
        /// Who is recorded in the action history.
        QString actor = QStringLiteral("engine");
        /// Cap of the exponential retry backoff in Error.
        int maxRetryDelaySec = 300;
        int firstRetryDelaySec = 2;
    };

    Engine(std::shared_ptr<Catalog> catalog, Options options);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    /// Validates, records the task (Creating), checks cluster, topic and warehouse, then sets it
    /// Running, or CreateFailed with the reason. An invalid definition creates nothing.
    /// Returns the task id (also when it ended CreateFailed: see `createError`).
    Result<QString> createTask(const TaskDefinition &definition, const QString &actor, QString *createError = nullptr);
    /// Running → Pausing (Paused once its files are committed); a task in Error stops retrying
    /// the same way.
    Status pauseTask(const QString &id, const QString &actor);
    Status startTask(const QString &id, const QString &actor);
    Status restartTask(const QString &id, const QString &actor);
    Status deleteTask(const QString &id, const QString &actor);
    /// Validated edits; a running task restarts on them. A CreateFailed task has its Create
    /// checks run again on the saved definition: it goes Running, or stays CreateFailed and
    /// the call fails with the reason (the edit itself is kept).
    Status changeSource(const QString &id, const SourceSpec &source, const QString &actor);
    Status changeTarget(const QString &id, const TargetSpec &target, const QString &actor);
    /// Reset position (PRODUCT.md section 3): moves the task's group to `to` (earliest, latest
    /// or an ISO-8601 time) on every partition. Offsets already in the warehouse are never
    /// written again: where its files reach further, they still win. Apply only when Paused or
    /// in Error; a task in Error restarts at once. ApplyStoppingRunner also takes a Running task:
    /// this engine's runner of it commits what it wrote and stops, and the task restarts from
    /// the new position (the console's *Change data source*, when the start position changes
    /// once data is committed). Returns what moves, partition by partition; a Preview (any
    /// state but Deleting) only says so and changes nothing. `counts`, when given, gets the totals.
    enum class ResetMode { Preview, Apply, ApplyStoppingRunner };
    struct ResetCounts
    {
        qint64 skipped = 0;   ///< records the task will never read
        qint64 readAgain = 0; ///< records read from Kafka again (not written again where the warehouse has them)
        int committedPartitions = 0; ///< partitions that had a position before (0: nothing committed yet)
    };
    Result<QString> resetPosition(const QString &id, const QString &to, const QString &actor, ResetMode mode = ResetMode::Apply,
                                  ResetCounts *counts = nullptr);

    /// Starts running tasks (reconciling with the catalog every second).
    void run();
    /// Stops running tasks gracefully: open files are committed, statuses stay as they are so
    /// the next run resumes them.
    void shutdown();
    bool isRunning() const;

    /// The latest sample of every task this engine runs.
    TaskSamples latestSamples() const;
    /// Wakes the reconcile loop now (after an external catalog change).
    void wake();

Q_SIGNALS:
    /// A task's status or definition changed through this engine.
    void taskChanged(const QString &taskId);
    /// Once a second while running: one batch for all tasks.
    void samplesReady(const outflow::TaskSamples &samples);

private:
    void controlLoop();
    void reconcile();
    void sample();
    Status transition(const QString &id, const QString &actor, const QString &action, const QList<TaskStatus> &allowed,
                      TaskStatus target, const std::function<void(TaskRecord &)> &edit = {});
    /// The same with the new status computed from the status found when writing.
    Status transition(const QString &id, const QString &actor, const QString &action, const QList<TaskStatus> &allowed,
                      const std::function<TaskStatus(TaskStatus)> &target, const std::function<void(TaskRecord &)> &edit);
    /// Records a transition (status fields only, unless `definitionChanged`) and its history
    /// entry; fails without effect when another process changed the task since it was read.
    Status setStatus(TaskRecord &task, TaskStatus status, const QString &actor, const QString &action, const QString &result,
                     const QString &detail = {}, bool definitionChanged = false);
    /// Runs `work` for one task on the control pool, unless work for that task is already in
    /// flight (then nothing: the next reconcile decides again).
    void runForTask(const QString &id, std::function<void()> work);
    bool isBusy(const QString &id) const;
    std::shared_ptr<TaskRunner> runnerOf(const QString &id) const;
    Status startRunner(const TaskRecord &task);
    /// The checks of a Create on the task's definition (topic exists, start position made
    /// durable in the task's group, warehouse writable): why it cannot run, or empty.
    QString createProblem(const QString &id, const TaskDefinition &definition);
    /// After an edit of a CreateFailed task: runs the Create checks again and records the
    /// outcome (Running, or CreateFailed with the new reason, which is also returned as failure).
    Status retryCreate(const QString &id, const QString &actor, const QString &action);
    /// Fails when another task already dumps the same topic into the same table.
    Status checkTableIsFree(const TaskDefinition &definition, const QString &selfId);
    void stopRunner(const QString &id, bool discard);
    void recordFailure(const QString &id, const QString &reason);
    void recordNotice(const QString &taskId, const TaskNotice &notice);

    std::shared_ptr<Catalog> m_catalog;
    Options m_options;
    QThreadPool m_pool;
    std::unique_ptr<DelayedDispatcher> m_dispatcher;
    /// Holds a task against the control loop (no start, stop or retry of it meanwhile), for a
    /// lifecycle action that must stop its runner itself; waits for a step in flight.
    class TaskClaim final
    {
    public:
        TaskClaim(Engine &engine, const QString &id);
        ~TaskClaim();
        TaskClaim(const TaskClaim &) = delete;
        TaskClaim &operator=(const TaskClaim &) = delete;
        bool held() const { return m_held; }

    private:
        Engine &m_engine;
        QString m_id;
        bool m_held = false;
    };

    /// Starts and stops runners, one job per task at a time: these steps wait on networks and
    /// disks, and a hung one must only hold up its own task. Lifecycle actions take no lock:
    /// every catalog write is compare-and-set on the task's row version.
    QThreadPool m_controlPool;
    mutable std::mutex m_runnersMutex; // guards m_runners and m_busy, never held across I/O
    QHash<QString, std::shared_ptr<TaskRunner>> m_runners;
    QSet<QString> m_busy;
    QSet<QString> m_reportedUnreadable; // control thread only: logged once, not every second
    mutable QMutex m_samplesMutex;
    TaskSamples m_samples;

    std::mutex m_loopMutex;
    std::condition_variable m_loopWake;
    bool m_loopStop = false;
    bool m_loopWoken = false;
    QThread *m_loopThread = nullptr;
};

} // namespace outflow

Q_DECLARE_METATYPE(outflow::TaskSamples)
