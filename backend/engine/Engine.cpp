#include "Engine.h"

#include "DelayedDispatcher.h"
#include "TaskRunner.h"
#include "catalog/Catalog.h"
#include "catalog/Validation.h"
#include "kafka/ClusterClient.h"
#include "warehouse/WarehouseFactory.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace outflow {

Q_LOGGING_CATEGORY(lcEngine, "outflow.engine")

namespace {
QDateTime now() { return QDateTime::currentDateTimeUtc(); }

bool wantsRunner(TaskStatus s)
{
    return s == TaskStatus::Running || s == TaskStatus::Resuming || s == TaskStatus::Restarting || s == TaskStatus::Error;
}
} // namespace

Engine::Engine(std::shared_ptr<Catalog> catalog, Options options)
    : m_catalog(std::move(catalog)), m_options(std::move(options)), m_dispatcher(std::make_unique<DelayedDispatcher>())
{
    qRegisterMetaType<TaskSamples>();
    m_pool.setMaxThreadCount(qMax(1, m_options.threads));
    m_pool.setObjectName(QStringLiteral("outflow-engine"));
}

Engine::~Engine() { shutdown(); }

// ---- lifecycle actions ------------------------------------------------------------------

Status Engine::setStatus(TaskRecord &task, TaskStatus status, const QString &actor, const QString &action, const QString &result,
                         const QString &detail)
{
    const TaskStatus before = task.status;
    task.status = status;
    task.updatedAt = now();
    if (Status s = m_catalog->updateTask(task); !s) return s;
    const QString transition = before == status ? taskStatusName(status) : taskStatusName(before) + QStringLiteral(" → ") + taskStatusName(status);
    (void)m_catalog->appendAction(task.id, {task.updatedAt, actor, action, result,
                                            detail.isEmpty() ? transition : transition + QStringLiteral(": ") + detail});
    Q_EMIT taskChanged(task.id);
    return Status::ok();
}

Result<QString> Engine::createTask(const TaskDefinition &definition, const QString &actor, QString *createError)
{
    using R = Result<QString>;
    if (QString p = Validation::definitionProblem(definition); !p.isEmpty()) return R::fail(p);
    std::lock_guard lock(m_lifecycleMutex);
    auto cluster = m_catalog->cluster(definition.source.cluster);
    if (!cluster) return R::fail(cluster.error());
    auto warehouseConfig = m_catalog->warehouse(definition.target.warehouse);
    if (!warehouseConfig) return R::fail(warehouseConfig.error());
    auto existing = m_catalog->tasks();
    if (!existing) return R::fail(existing.error());
    for (const TaskRecord &t : existing.value()) {
        if (t.definition.name == definition.name) return R::fail(QStringLiteral("A task named \"%1\" already exists (%2)").arg(definition.name, t.id));
        if (t.status == TaskStatus::CreateFailed) continue; // never wrote a file: Rebuild may reuse its table
        const TargetSpec &a = t.definition.target;
        const TargetSpec &b = definition.target;
        if (a.warehouse == b.warehouse && a.bid == b.bid && a.tid == b.tid && t.definition.source.topic == definition.source.topic)
            return R::fail(QStringLiteral("Task %1 (%2) already dumps topic %3 into %4 %5/%6; two tasks cannot write the same files")
                               .arg(t.id, t.definition.name, definition.source.topic, b.warehouse, b.bid, b.tid));
    }
    auto id = m_catalog->newTaskId();
    if (!id) return R::fail(id.error());

    TaskRecord task;
    task.id = id.value();
    task.definition = definition;
    task.status = TaskStatus::Creating;
    task.createdAt = task.updatedAt = now();
    if (Status s = m_catalog->insertTask(task); !s) return R::fail(s.error());
    (void)m_catalog->appendAction(task.id, {task.createdAt, actor, QStringLiteral("Create"), QStringLiteral("started"), {}});

    QString problem;
    if (auto topic = ClusterClient(cluster.value()).topic(definition.source.topic); !topic) problem = topic.error();
    if (problem.isEmpty()) {
        auto warehouse = WarehouseFactory::create(warehouseConfig.value());
        if (!warehouse) problem = warehouse.error();
        else if (Status s = warehouse.value()->checkWritable(definition.target.bid, definition.target.tid); !s) problem = s.error();
    }
    if (!problem.isEmpty()) {
        task.lastError = problem;
        if (createError) *createError = problem;
        if (Status s = setStatus(task, TaskStatus::CreateFailed, actor, QStringLiteral("Create"), QStringLiteral("failed"), problem); !s)
            return R::fail(s.error());
        return R::ok(task.id);
    }
    if (Status s = setStatus(task, TaskStatus::Running, actor, QStringLiteral("Create"), QStringLiteral("ok")); !s) return R::fail(s.error());
    wake();
    return R::ok(task.id);
}

Status Engine::transition(const QString &id, const QString &actor, const QString &action, const QList<TaskStatus> &allowed,
                          TaskStatus target, const std::function<void(TaskRecord &)> &edit)
{
    std::lock_guard lock(m_lifecycleMutex);
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskRecord t = task.value();
    if (!allowed.isEmpty() && !allowed.contains(t.status)) {
        QStringList names;
        for (TaskStatus s : allowed) names << taskStatusName(s);
        return Status::fail(QStringLiteral("%1 is not possible while task %2 is %3 (only when %4)")
                                .arg(action, t.id, taskStatusName(t.status), names.join(QStringLiteral(" or "))));
    }
    if (edit) edit(t);
    if (Status s = setStatus(t, target, actor, action, QStringLiteral("ok")); !s) return s;
    wake();
    return Status::ok();
}

Status Engine::pauseTask(const QString &id, const QString &actor)
{
    // Without a local loop nobody here would finish "Pausing"; engines elsewhere stop their
    // runners when they see Paused, committing what they wrote.
    return transition(id, actor, QStringLiteral("Pause"), {TaskStatus::Running}, isRunning() ? TaskStatus::Pausing : TaskStatus::Paused);
}

Status Engine::startTask(const QString &id, const QString &actor)
{
    return transition(id, actor, QStringLiteral("Start"), {TaskStatus::Paused}, TaskStatus::Resuming);
}

Status Engine::restartTask(const QString &id, const QString &actor)
{
    return transition(id, actor, QStringLiteral("Restart"), {TaskStatus::Error, TaskStatus::Running}, TaskStatus::Restarting,
                      [](TaskRecord &t) {
                          t.retryCount = 0;
                          t.nextRetryAt = QDateTime();
                      });
}

Status Engine::deleteTask(const QString &id, const QString &actor)
{
    std::lock_guard lock(m_lifecycleMutex);
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskRecord t = task.value();
    if (isRunning()) {
        if (Status s = setStatus(t, TaskStatus::Deleting, actor, QStringLiteral("Delete"), QStringLiteral("ok")); !s) return s;
        wake();
        return Status::ok();
    }
    if (Status s = m_catalog->removeTask(t.id); !s) return s;
    Q_EMIT taskChanged(t.id);
    return Status::ok();
}

Status Engine::changeSource(const QString &id, const SourceSpec &source, const QString &actor)
{
    std::lock_guard lock(m_lifecycleMutex);
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskDefinition def = task->definition;
    def.source = source;
    if (QString p = Validation::definitionProblem(def); !p.isEmpty()) return Status::fail(p);
    auto cluster = m_catalog->cluster(source.cluster);
    if (!cluster) return Status::fail(cluster.error());
    if (auto topic = ClusterClient(cluster.value()).topic(source.topic); !topic) return Status::fail(topic.error());
    const TaskStatus s = task->status;
    const TaskStatus next = (s == TaskStatus::Running || s == TaskStatus::Error) ? TaskStatus::Restarting : s;
    return transition(id, actor, QStringLiteral("Change source"),
                      {TaskStatus::Creating, TaskStatus::CreateFailed, TaskStatus::Running, TaskStatus::Pausing, TaskStatus::Paused,
                       TaskStatus::Resuming, TaskStatus::Error, TaskStatus::Restarting},
                      next, [&](TaskRecord &t) { t.definition = def; });
}

Status Engine::changeTarget(const QString &id, const TargetSpec &target, const QString &actor)
{
    std::lock_guard lock(m_lifecycleMutex);
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskDefinition def = task->definition;
    def.target = target;
    if (QString p = Validation::definitionProblem(def); !p.isEmpty()) return Status::fail(p);
    auto config = m_catalog->warehouse(target.warehouse);
    if (!config) return Status::fail(config.error());
    auto warehouse = WarehouseFactory::create(config.value());
    if (!warehouse) return Status::fail(warehouse.error());
    if (Status w = warehouse.value()->checkWritable(target.bid, target.tid); !w) return w;
    const TaskStatus s = task->status;
    const TaskStatus next = (s == TaskStatus::Running || s == TaskStatus::Error) ? TaskStatus::Restarting : s;
    return transition(id, actor, QStringLiteral("Change target"),
                      {TaskStatus::Creating, TaskStatus::CreateFailed, TaskStatus::Running, TaskStatus::Pausing, TaskStatus::Paused,
                       TaskStatus::Resuming, TaskStatus::Error, TaskStatus::Restarting},
                      next, [&](TaskRecord &t) { t.definition = def; });
}

// ---- running ----------------------------------------------------------------------------

void Engine::run()
{
    std::lock_guard lock(m_loopMutex);
    if (m_loopThread) return;
    m_loopStop = false;
    m_loopThread = QThread::create([this] { controlLoop(); });
    m_loopThread->setObjectName(QStringLiteral("outflow-engine-control"));
    m_loopThread->start();
}

bool Engine::isRunning() const
{
    auto *self = const_cast<Engine *>(this);
    std::lock_guard lock(self->m_loopMutex);
    return m_loopThread != nullptr;
}

void Engine::wake()
{
    {
        std::lock_guard lock(m_loopMutex);
        m_loopWoken = true;
    }
    m_loopWake.notify_all();
}

void Engine::shutdown()
{
    QThread *thread = nullptr;
    {
        std::lock_guard lock(m_loopMutex);
        thread = m_loopThread;
        m_loopStop = true;
    }
    m_loopWake.notify_all();
    if (thread) {
        thread->wait();
        delete thread;
        std::lock_guard lock(m_loopMutex);
        m_loopThread = nullptr;
    }
    std::lock_guard lock(m_lifecycleMutex);
    for (const QString &id : m_runners.keys()) stopRunner(id, false);
}

void Engine::controlLoop()
{
    for (;;) {
        reconcile();
        sample();
        std::unique_lock lock(m_loopMutex);
        m_loopWake.wait_for(lock, std::chrono::seconds(1), [this] { return m_loopStop || m_loopWoken; });
        m_loopWoken = false;
        if (m_loopStop) return;
    }
}

Status Engine::startRunner(const TaskRecord &task)
{
    auto cluster = m_catalog->cluster(task.definition.source.cluster);
    if (!cluster) return Status::fail(cluster.error());
    auto config = m_catalog->warehouse(task.definition.target.warehouse);
    if (!config) return Status::fail(config.error());
    auto warehouse = WarehouseFactory::create(config.value());
    if (!warehouse) return Status::fail(warehouse.error());
    if (Status s = warehouse.value()->checkWritable(task.definition.target.bid, task.definition.target.tid); !s) return s;
    auto runner = std::make_shared<TaskRunner>(task, cluster.value(), warehouse.value(), m_pool, *m_dispatcher, [this] { wake(); });
    if (Status s = runner->start(); !s) return s;
    m_runners.insert(task.id, runner);
    qCInfo(lcEngine) << "started task" << task.id << task.definition.name;
    return Status::ok();
}

void Engine::stopRunner(const QString &id, bool discard)
{
    std::shared_ptr<TaskRunner> runner = m_runners.take(id);
    if (!runner) return;
    Status s = runner->stop(discard ? TaskRunner::StopMode::Discard : TaskRunner::StopMode::Graceful);
    if (!s) qCWarning(lcEngine) << "stopping task" << id << "could not commit its open files:" << s.error();
    QMutexLocker lock(&m_samplesMutex);
    m_samples.removeIf([&](const TaskSample &sample) { return sample.taskId == id; });
}

void Engine::recordFailure(TaskRecord task, const QString &reason)
{
    qCWarning(lcEngine) << "task" << task.id << "failed:" << reason;
    task.retryCount += 1;
    const qint64 delay = qMin<qint64>(qint64(m_options.firstRetryDelaySec) << qMin(task.retryCount - 1, 20), m_options.maxRetryDelaySec);
    task.nextRetryAt = now().addSecs(delay);
    task.lastError = reason;
    (void)setStatus(task, TaskStatus::Error, m_options.actor, QStringLiteral("Error"), QStringLiteral("failed"),
                    QStringLiteral("%1 (retry %2 in %3 s)").arg(reason).arg(task.retryCount).arg(delay));
}

void Engine::reconcile()
{
    std::lock_guard lock(m_lifecycleMutex);
    auto tasks = m_catalog->tasks();
    if (!tasks) {
        qCWarning(lcEngine) << tasks.error();
        return;
    }
    QSet<QString> seen;
    for (TaskRecord t : tasks.value()) {
        seen.insert(t.id);
        std::shared_ptr<TaskRunner> runner = m_runners.value(t.id);
        if (runner && runner->failed()) {
            const QString reason = runner->failure();
            stopRunner(t.id, false);
            if (t.status != TaskStatus::Deleting && t.status != TaskStatus::Paused && t.status != TaskStatus::Pausing) recordFailure(t, reason);
            continue;
        }
        if (runner && wantsRunner(t.status)) {
            const bool definitionChanged = !(runner->task().definition == t.definition);
            const bool restartRequested = t.status == TaskStatus::Restarting && runner->task().status != TaskStatus::Restarting;
            if (definitionChanged || restartRequested) {
                stopRunner(t.id, restartRequested);
                runner.reset();
            }
        }
        switch (t.status) {
        case TaskStatus::Running:
        case TaskStatus::Resuming:
        case TaskStatus::Restarting:
        case TaskStatus::Error:
            if (!runner) {
                if (t.status == TaskStatus::Error && t.nextRetryAt.isValid() && t.nextRetryAt > now()) break;
                if (Status s = startRunner(t); !s) recordFailure(t, s.error());
            } else if (t.status != TaskStatus::Running && runner->healthy()) {
                const QString action = t.status == TaskStatus::Resuming ? QStringLiteral("Start")
                                       : t.status == TaskStatus::Restarting ? QStringLiteral("Restart")
                                                                            : QStringLiteral("Retry");
                t.retryCount = 0;
                t.nextRetryAt = QDateTime();
                (void)setStatus(t, TaskStatus::Running, m_options.actor, action, QStringLiteral("ok"));
            }
            break;
        case TaskStatus::Pausing:
            stopRunner(t.id, false);
            (void)setStatus(t, TaskStatus::Paused, m_options.actor, QStringLiteral("Pause"), QStringLiteral("ok"));
            break;
        case TaskStatus::Deleting:
            stopRunner(t.id, false);
            if (Status s = m_catalog->removeTask(t.id); !s) qCWarning(lcEngine) << s.error();
            Q_EMIT taskChanged(t.id);
            break;
        case TaskStatus::Paused:
        case TaskStatus::Creating:
        case TaskStatus::CreateFailed:
            if (runner) stopRunner(t.id, false);
            break;
        }
    }
    for (const QString &id : m_runners.keys())
        if (!seen.contains(id)) stopRunner(id, false);
}

void Engine::sample()
{
    TaskSamples samples;
    {
        std::lock_guard lock(m_lifecycleMutex);
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_runners.begin(); it != m_runners.end(); ++it) samples << TaskSample{it.key(), at, it.value()->metrics().snapshot()};
    }
    {
        QMutexLocker lock(&m_samplesMutex);
        m_samples = samples;
    }
    Q_EMIT samplesReady(samples);
}

TaskSamples Engine::latestSamples() const
{
    QMutexLocker lock(&m_samplesMutex);
    return m_samples;
}

} // namespace outflow
