#include "TaskRunner.h"

#include "DelayedDispatcher.h"
#include "SinkWorker.h"
#include "kafka/ClusterClient.h"
#include "metastore/PartitionRegistrar.h"

#include <QThreadPool>

namespace outflow {

using namespace std::chrono_literals;

namespace {
constexpr int kMaxRecordsPerStep = 5000;
constexpr int kStepBudgetMs = 50;
constexpr auto kFirstIdleDelay = 5ms;
constexpr auto kMaxIdleDelay = 200ms;
// Slot 0 serves the consumer and finds new records within kMaxIdleDelay; the others, which only
// add parallelism once records flow, look less often while the task is idle (less idle CPU with
// many parallel tasks, at most a second before a burst is written in parallel).
constexpr auto kMaxIdleDelayOfHelpers = 1000ms;
} // namespace

/// One unit of the task's parallelism: a chain of steps, one at a time, on the pool.
struct TaskRunner::Slot
{
    int index = 0;
    std::chrono::milliseconds idleDelay = kFirstIdleDelay;
};

TaskRunner::TaskRunner(TaskRecord task, ClusterConfig cluster, std::shared_ptr<Warehouse> warehouse, QThreadPool &pool,
                       DelayedDispatcher &dispatcher, std::function<void()> onFailure)
    : m_task(std::move(task)),
      m_cluster(std::move(cluster)),
      m_warehouse(std::move(warehouse)),
      m_pool(pool),
      m_dispatcher(dispatcher),
      m_onFailure(std::move(onFailure)),
      m_metrics(std::make_shared<TaskMetrics>())
{
}

// Discarding commits nothing, so there is no outcome to report.
TaskRunner::~TaskRunner() { (void)stop(StopMode::Discard); }

void TaskRunner::registerIn(std::shared_ptr<Metastore> metastore, HiveTable table)
{
    m_metastore = std::move(metastore);
    m_hiveTable = std::move(table);
}

Status TaskRunner::start()
{
    const TaskDefinition &def = m_task.definition;
    auto topic = ClusterClient(m_cluster).topic(def.source.topic);
    if (!topic) return Status::fail(topic.error());
    PartitionSink::CommitObserver observer;
    if (m_metastore) {
        m_registrar = std::make_unique<PartitionRegistrar>(m_metastore, m_hiveTable, m_warehouse, def.target, topic->partitions, *m_metrics);
        m_registrar->start();
        observer = [registrar = m_registrar.get()](int partition, const QStringList &folders, qint64 maxTimeMs) {
            registrar->committed(partition, folders, maxTimeMs);
        };
    }
    auto worker = std::make_unique<SinkWorker>(m_task.id, def, m_cluster, m_warehouse, *m_metrics, observer);
    if (Status s = worker->open(topic->partitions); !s) {
        (void)stop(StopMode::Discard);
        return s;
    }
    {
        QMutexLocker lock(&m_workerMutex);
        m_worker = std::move(worker);
    }
    const int slotCount = qBound(1, def.parallelism, qMax(1, topic->partitions));
    for (int i = 0; i < slotCount; ++i) {
        auto slot = std::make_unique<Slot>();
        slot->index = i;
        m_slots.push_back(std::move(slot));
    }
    for (auto &slot : m_slots) schedule(*slot, 0ms);
    return Status::ok();
}

void TaskRunner::schedule(Slot &slot, std::chrono::milliseconds delay)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_inFlight;
    }
    auto job = [this, &slot] { runStep(slot); };
    if (delay.count() == 0) m_pool.start(job);
    else m_dispatcher.after(delay, [this, job] { m_pool.start(job); });
}

void TaskRunner::runStep(Slot &slot)
{
    if (m_stopping.load()) {
        finishStep();
        return;
    }
    const SinkWorker::StepOutcome outcome = m_worker->step(slot.index, kMaxRecordsPerStep, kStepBudgetMs);
    if (outcome == SinkWorker::StepOutcome::Failed) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_failure.isEmpty()) m_failure = m_worker->failure();
        }
        finishStep();
        m_onFailure();
        return;
    }
    if (outcome == SinkWorker::StepOutcome::Busy) slot.idleDelay = kFirstIdleDelay;
    const auto delay = outcome == SinkWorker::StepOutcome::Busy ? 0ms : slot.idleDelay;
    if (outcome == SinkWorker::StepOutcome::Idle)
        slot.idleDelay = std::min(slot.idleDelay * 2, std::chrono::milliseconds(slot.index == 0 ? kMaxIdleDelay : kMaxIdleDelayOfHelpers));
    schedule(slot, delay);
    finishStep();
}

void TaskRunner::finishStep()
{
    QMutexLocker lock(&m_mutex);
    if (--m_inFlight == 0) m_idle.wakeAll();
}

Status TaskRunner::stop(StopMode mode)
{
    m_stopping.store(true);
    {
        QMutexLocker lock(&m_mutex);
        while (m_inFlight > 0) m_idle.wait(&m_mutex);
    }
    // Taken out under the lock: healthy() may be asked from the control loop meanwhile.
    std::unique_ptr<SinkWorker> worker;
    {
        QMutexLocker lock(&m_workerMutex);
        worker.swap(m_worker);
    }
    m_slots.clear();
    Status result = Status::ok();
    if (worker) {
        if (mode == StopMode::Graceful) result = worker->closeGracefully();
        else worker->closeDiscarding();
    }
    // After the workers: their last commits are registered (or kept as pending) before it ends.
    if (m_registrar) m_registrar->stop();
    return result;
}

QString TaskRunner::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

bool TaskRunner::healthy() const
{
    QMutexLocker lock(&m_workerMutex);
    return m_worker && m_worker->healthy();
}

} // namespace outflow
