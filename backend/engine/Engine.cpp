#include "Engine.h"

#include "DelayedDispatcher.h"
#include "TaskRunner.h"
#include "catalog/Catalog.h"
#include "catalog/Validation.h"
#include "common/Messages.h"
#include "kafka/ClusterClient.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/GroupPositions.h"
#include "warehouse/Warehouse.h"
#include "warehouse/CommitIndex.h"
#include "metastore/ThriftMetastore.h"
#include "warehouse/WarehouseFactory.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace outflow {

Q_LOGGING_CATEGORY(lcEngine, "outflow.engine")

namespace {
QDateTime now() { return QDateTime::currentDateTimeUtc(); }
// A metastore call holds up only the task's registration thread, and a graceful stop waits for
// the one in flight: keep it short.
constexpr std::chrono::milliseconds kMetastoreTimeout{5000};

bool wantsRunner(TaskStatus s)
{
    return s == TaskStatus::Running || s == TaskStatus::Resuming || s == TaskStatus::Restarting || s == TaskStatus::Error;
}

/// Where Change source and Change target are allowed: any state but Deleting.
const QList<TaskStatus> kEditableStates{TaskStatus::Creating, TaskStatus::CreateFailed, TaskStatus::Running, TaskStatus::Pausing,
                                        TaskStatus::Paused,   TaskStatus::Resuming,     TaskStatus::Error,   TaskStatus::Restarting};

/// After an edit, a task that runs (or retries) starts over on the new settings; any other
/// state stays. Decided on the row as it is when written, not as it was read before the checks.
TaskStatus restartIfRunning(TaskStatus s)
{
    return (s == TaskStatus::Running || s == TaskStatus::Error) ? TaskStatus::Restarting : s;
}
} // namespace

Engine::Engine(std::shared_ptr<Catalog> catalog, Options options)
    : m_catalog(std::move(catalog)), m_options(std::move(options)), m_dispatcher(std::make_unique<DelayedDispatcher>())
{
    qRegisterMetaType<TaskSamples>();
    m_pool.setMaxThreadCount(qMax(1, m_options.threads));
    m_pool.setObjectName(QStringLiteral("outflow-engine"));
    // At most one job per task, mostly waiting on a network: threads are cheap, a queue behind
    // hung jobs is not.
    m_controlPool.setMaxThreadCount(256);
    m_controlPool.setExpiryTimeout(30000);
    m_controlPool.setObjectName(QStringLiteral("outflow-engine-control-jobs"));
}

Engine::~Engine() { shutdown(); }

// ---- lifecycle actions ------------------------------------------------------------------

Status Engine::setStatus(TaskRecord &task, TaskStatus status, const QString &actor, const QString &action, const QString &result,
                         const QString &detail, bool definitionChanged)
{
    const TaskStatus before = task.status;
    task.status = status;
    task.updatedAt = now();
    if (Status s = definitionChanged ? m_catalog->updateTask(task) : m_catalog->updateTaskStatus(task); !s) return s;
    task.version += 1;
    const QString entry = before == status
        ? (detail.isEmpty() ? taskStatusName(status) : Messages::english(msg::kStatusDetail, taskStatusName(status), detail))
        : (detail.isEmpty() ? Messages::english(msg::kTransition, taskStatusName(before), taskStatusName(status))
                            : Messages::english(msg::kTransitionDetail, taskStatusName(before), taskStatusName(status), detail));
    (void)m_catalog->appendAction(task.id, {task.updatedAt, actor, action, result, entry});
    Q_EMIT taskChanged(task.id);
    return Status::ok();
}

Result<QString> Engine::createTask(const TaskDefinition &definition, const QString &actor, QString *createError)
{
    using R = Result<QString>;
    if (QString p = Validation::definitionProblem(definition); !p.isEmpty()) return R::fail(p);
    auto cluster = m_catalog->cluster(definition.source.cluster);
    if (!cluster) return R::fail(cluster.error());
    auto warehouseConfig = m_catalog->warehouse(definition.target.warehouse);
    if (!warehouseConfig) return R::fail(warehouseConfig.error());
    auto existing = m_catalog->tasks();
    if (!existing) return R::fail(existing.error());
    for (const TaskRecord &t : existing.value())
        if (t.definition.name == definition.name) return R::fail(Messages::english(msg::kTaskExists, definition.name, t.id));
    if (Status s = checkTableIsFree(definition, QString()); !s) return R::fail(s.error());
    auto id = m_catalog->newTaskId();
    if (!id) return R::fail(id.error());

    TaskRecord task;
    task.id = id.value();
    task.definition = definition;
    task.status = TaskStatus::Creating;
    task.createdAt = task.updatedAt = now();
    if (Status s = m_catalog->insertTask(task); !s) return R::fail(s.error());
    (void)m_catalog->appendAction(task.id, {task.createdAt, actor, QStringLiteral("Create"), QStringLiteral("started"), {}});

    const QString problem = createProblem(task.id, definition);
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

QString Engine::createProblem(const QString &id, const TaskDefinition &definition)
{
    auto cluster = m_catalog->cluster(definition.source.cluster);
    if (!cluster) return cluster.error();
    auto topic = ClusterClient(cluster.value()).topic(definition.source.topic);
    if (!topic) return topic.error();
    // "latest" and a time mean "from now" and "from then" as of the Create: resolved once, here,
    // and kept in the task's group, so neither a late first run nor a crash moves them.
    if (Status s = GroupPositions::makeStartDurable(cluster.value(), ConsumerGroupClient::groupOfTask(id), definition.source.topic,
                                                    topic->partitions, definition.source.start);
        !s)
        return s.error();
    auto warehouseConfig = m_catalog->warehouse(definition.target.warehouse);
    if (!warehouseConfig) return warehouseConfig.error();
    auto warehouse = WarehouseFactory::create(warehouseConfig.value());
    if (!warehouse) return warehouse.error();
    if (Status s = warehouse.value()->checkWritable(definition.target.bid, definition.target.tid); !s) return s.error();
    return {};
}

Status Engine::retryCreate(const QString &id, const QString &actor, const QString &action)
{
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    if (task->status != TaskStatus::CreateFailed) return Status::ok();
    const QString problem = createProblem(id, task->definition);
    TaskRecord t = task.value();
    t.lastError = problem;
    const QString detail = problem.isEmpty() ? Messages::english(msg::kChecksPassedAfter, action) : problem;
    if (Status s = setStatus(t, problem.isEmpty() ? TaskStatus::Running : TaskStatus::CreateFailed, actor, QStringLiteral("Create"),
                             problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"), detail);
        !s)
        return s;
    if (!problem.isEmpty())
        return Status::fail(Messages::english(msg::kSavedButCreateFails, action, id, problem));
    wake();
    return Status::ok();
}

Status Engine::transition(const QString &id, const QString &actor, const QString &action, const QList<TaskStatus> &allowed,
                          TaskStatus target, const std::function<void(TaskRecord &)> &edit)
{
    return transition(id, actor, action, allowed, [target](TaskStatus) { return target; }, edit);
}

Status Engine::transition(const QString &id, const QString &actor, const QString &action, const QList<TaskStatus> &allowed,
                          const std::function<TaskStatus(TaskStatus)> &target, const std::function<void(TaskRecord &)> &edit)
{
    // Another process (a console, a headless engine) may write the row between our read and
    // our write; the write then fails without effect, and we decide again on a fresh read.
    Status written = Status::ok();
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto task = m_catalog->task(id);
        if (!task) return Status::fail(task.error());
        TaskRecord t = task.value();
        if (!allowed.isEmpty() && !allowed.contains(t.status)) {
            QStringList names;
            for (TaskStatus s : allowed) names << taskStatusName(s);
            QString either = names.takeLast();
            while (!names.isEmpty()) either = Messages::english(msg::kEither, names.takeLast(), either); // "A or B or C"
            return Status::fail(Messages::english(msg::kNotPossibleWhile, action, t.id, taskStatusName(t.status), either));
        }
        const TaskStatus next = target(t.status);
        if (edit) edit(t);
        if (edit)
            if (QString p = Validation::definitionProblem(t.definition); !p.isEmpty()) return Status::fail(p);
        written = setStatus(t, next, actor, action, QStringLiteral("ok"), {}, bool(edit));
        if (written) {
            wake();
            return written;
        }
        auto again = m_catalog->task(id);
        if (!again || again->version == t.version) return written; // not a lost race: a real failure
    }
    return written;
}

Status Engine::pauseTask(const QString &id, const QString &actor)
{
    // Without a local loop nobody here would finish "Pausing"; engines elsewhere stop their
    // runners when they see Paused, committing what they wrote.
    // A task in Error stops retrying: its retry schedule goes with the pause.
    return transition(id, actor, QStringLiteral("Pause"), {TaskStatus::Running, TaskStatus::Error},
                      isRunning() ? TaskStatus::Pausing : TaskStatus::Paused, [](TaskRecord &t) { t.nextRetryAt = QDateTime(); });
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

Status Engine::checkTableIsFree(const TaskDefinition &definition, const QString &selfId)
{
    // One task per (topic, table): file names carry the topic and offsets but not the task or
    // the cluster, so two writers of one topic into one table would name each other's offsets
    // and delete each other's temporary files. Compared by where the table really is, so two
    // warehouse entries for one folder, or a second spelling of it, are caught too.
    auto tasks = m_catalog->tasks();
    if (!tasks) return Status::fail(tasks.error());
    QHash<QString, std::shared_ptr<Warehouse>> warehouses;
    auto identity = [&](const TargetSpec &target) -> Result<QString> {
        std::shared_ptr<Warehouse> &w = warehouses[target.warehouse];
        if (!w) {
            auto config = m_catalog->warehouse(target.warehouse);
            if (!config) return Result<QString>::fail(config.error());
            auto created = WarehouseFactory::create(config.value());
            if (!created) return Result<QString>::fail(created.error());
            w = created.value();
        }
        return Result<QString>::ok(w->tableIdentity(target.bid, target.tid));
    };
    auto mine = identity(definition.target);
    if (!mine) return Status::fail(mine.error());
    for (const TaskRecord &t : tasks.value()) {
        if (t.id == selfId || t.status == TaskStatus::CreateFailed) continue; // CreateFailed never wrote: Rebuild may reuse its table
        if (t.definition.source.topic != definition.source.topic) continue;
        auto theirs = identity(t.definition.target);
        if (!theirs || theirs.value() != mine.value()) continue; // a task whose warehouse is gone writes nowhere
        return Status::fail(Messages::english(msg::kTableTaken, t.id, t.definition.name, definition.source.topic, mine.value()));
    }
    return Status::ok();
}

Status Engine::changeSource(const QString &id, const SourceSpec &source, const QString &actor)
{
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskDefinition def = task->definition;
    def.source = source;
    if (QString p = Validation::definitionProblem(def); !p.isEmpty()) return Status::fail(p);
    if (Status s = checkTableIsFree(def, id); !s) return s;
    // A CreateFailed task takes the edit whatever the cluster says: retryCreate then checks it
    // as a Create does and records why it still cannot run.
    const bool createFailed = task->status == TaskStatus::CreateFailed;
    auto cluster = m_catalog->cluster(source.cluster);
    if (!cluster) return Status::fail(cluster.error());
    auto topic = createFailed ? Result<TopicInfo>::fail(QString()) : ClusterClient(cluster.value()).topic(source.topic);
    if (!topic && !createFailed) return Status::fail(topic.error());
    // A new topic or cluster gets its start made durable like a Create. While the old source
    // still runs, its members make the broker refuse this; the first assignment then does it.
    if (topic && (source.topic != task->definition.source.topic || source.cluster != task->definition.source.cluster))
        if (Status s = GroupPositions::makeStartDurable(cluster.value(), ConsumerGroupClient::groupOfTask(id), source.topic,
                                                        topic->partitions, source.start);
            !s)
            qCInfo(lcEngine).noquote() << "task" << id << "start of the new source left to its first assignment:" << s.error();
    if (Status s = transition(id, actor, QStringLiteral("Change source"), kEditableStates, restartIfRunning,
                              [&](TaskRecord &t) { t.definition.source = source; });
        !s)
        return s;
    return retryCreate(id, actor, QStringLiteral("Change source"));
}

Status Engine::changeTarget(const QString &id, const TargetSpec &target, const QString &actor)
{
    auto task = m_catalog->task(id);
    if (!task) return Status::fail(task.error());
    TaskDefinition def = task->definition;
    def.target = target;
    if (QString p = Validation::definitionProblem(def); !p.isEmpty()) return Status::fail(p);
    if (Status s = checkTableIsFree(def, id); !s) return s;
    auto config = m_catalog->warehouse(target.warehouse);
    if (!config) return Status::fail(config.error());
    auto warehouse = WarehouseFactory::create(config.value());
    if (!warehouse) return Status::fail(warehouse.error());
    if (task->status != TaskStatus::CreateFailed) // else retryCreate checks it and records the reason
        if (Status w = warehouse.value()->checkWritable(target.bid, target.tid); !w) return w;
    if (Status s = transition(id, actor, QStringLiteral("Change target"), kEditableStates, restartIfRunning,
                              [&](TaskRecord &t) { t.definition.target = target; });
        !s)
        return s;
    return retryCreate(id, actor, QStringLiteral("Change target"));
}

Result<QString> Engine::resetPosition(const QString &id, const QString &to, const QString &actor, ResetMode mode, ResetCounts *counts)
{
    using R = Result<QString>;
    if (QString p = Validation::startPositionProblem(to); !p.isEmpty()) return R::fail(p);
    // The control loop leaves the task alone meanwhile: no retry may join the group between
    // the runner's stop and the commit of the new position.
    TaskClaim claim(*this, id);
    if (!claim.held()) return R::fail(Messages::english(msg::kTaskBusy, id));
    auto task = m_catalog->task(id);
    if (!task) return R::fail(task.error());
    TaskRecord t = task.value();
    const bool allowed = mode == ResetMode::Preview ? t.status != TaskStatus::Deleting
                         : t.status == TaskStatus::Paused || t.status == TaskStatus::Error
                             || (mode == ResetMode::ApplyStoppingRunner && t.status == TaskStatus::Running);
    if (!allowed)
        return R::fail(Messages::english(msg::kResetNotPossibleWhile, t.id, taskStatusName(t.status)));
    const TaskDefinition &def = t.definition;
    auto cluster = m_catalog->cluster(def.source.cluster);
    if (!cluster) return R::fail(cluster.error());
    auto config = m_catalog->warehouse(def.target.warehouse);
    if (!config) return R::fail(config.error());
    auto warehouse = WarehouseFactory::create(config.value());
    if (!warehouse) return R::fail(warehouse.error());
    auto topic = ClusterClient(cluster.value()).topic(def.source.topic);
    if (!topic) return R::fail(topic.error());
    // A retry in flight is a group member: its uncommitted files go. A running task commits
    // what it wrote first, so the position read below includes it.
    if (mode != ResetMode::Preview) stopRunner(t.id, t.status != TaskStatus::Running);
    auto consumer = GroupPositions::outsideConsumer(cluster.value(), ConsumerGroupClient::groupOfTask(t.id));
    if (!consumer) return R::fail(consumer.error());
    GroupPositions positions(*consumer.value(), def.source.topic);
    QList<int> partitions;
    for (int p = 0; p < topic->partitions; ++p) partitions << p;
    auto committed = positions.committed(partitions);
    if (!committed) return R::fail(committed.error());
    auto target = positions.resolveStart(to, partitions);
    if (!target) return R::fail(target.error());
    QStringList moves;
    ResetCounts totals;
    for (int p : partitions) {
        auto inWarehouse = CommitIndex(*warehouse.value(), def.target.bid, def.target.tid, def.source.topic, p).position();
        if (!inWarehouse) return R::fail(inWarehouse.error());
        const qint64 before = qMax(inWarehouse.value(), committed->value(p, -1));
        const qint64 after = qMax(inWarehouse.value(), target->value(p));
        // Each note is appended with an empty rest (%2 of its template): the console reads the chain back.
        QString move = Messages::english(msg::kResetMove, p, before < 0 ? Messages::english(msg::kResetNotStarted) : QString::number(before),
                                         after, QString());
        if (before >= 0) totals.committedPartitions += 1;
        if (before >= 0 && after > before) {
            move += Messages::english(msg::kResetSkips, after - before, QString());
            totals.skipped += after - before;
        } else if (before >= 0 && after < before) {
            move += Messages::english(msg::kResetReadsAgain, before - after, QString());
            totals.readAgain += before - after;
        }
        if (inWarehouse.value() > target->value(p))
            move += Messages::english(msg::kResetWarehouseHolds, inWarehouse.value() - 1, QString());
        qint64 low = 0, high = 0;
        if (Status s = positions.watermarks(p, low, high); !s) return R::fail(s.error());
        if (after > high)
            move += Messages::english(msg::kResetPastLogEnd, high, QString());
        moves << move;
    }
    if (counts) *counts = totals;
    const QString summary = Messages::english(msg::kResetSummary, to, moves.join(u'\n')); // a line per partition
    if (mode == ResetMode::Preview) {
        consumer.value()->close();
        return R::ok(summary);
    }
    Status committedReset = positions.commit(target.value());
    consumer.value()->close();
    if (!committedReset)
        return R::fail(Messages::english(msg::kResetCommitFailed, committedReset.error()));
    // The positions moved: that must reach the history even if the row changed meanwhile.
    Status recorded = Status::ok();
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto fresh = m_catalog->task(id);
        if (!fresh) return R::fail(fresh.error());
        TaskRecord now = fresh.value();
        const TaskStatus next = (now.status == TaskStatus::Error || now.status == TaskStatus::Running) ? TaskStatus::Restarting : now.status;
        now.retryCount = 0;
        now.nextRetryAt = QDateTime();
        recorded = setStatus(now, next, actor, QStringLiteral("Reset position"), QStringLiteral("ok"), summary);
        if (recorded) break;
    }
    if (!recorded) return R::fail(Messages::english(msg::kResetNotRecorded, summary, recorded.error()));
    wake();
    return R::ok(summary);
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
    m_controlPool.waitForDone();
    QStringList ids;
    {
        std::lock_guard lock(m_runnersMutex);
        ids = m_runners.keys();
    }
    for (const QString &id : ids) stopRunner(id, false);
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

Engine::TaskClaim::TaskClaim(Engine &engine, const QString &id) : m_engine(engine), m_id(id)
{
    for (int waited = 0; waited < 30000; waited += 20) { // a runner's graceful stop takes seconds at most
        {
            std::lock_guard lock(m_engine.m_runnersMutex);
            if (!m_engine.m_busy.contains(id)) {
                m_engine.m_busy.insert(id);
                m_held = true;
                return;
            }
        }
        QThread::msleep(20);
    }
}

Engine::TaskClaim::~TaskClaim()
{
    if (!m_held) return;
    {
        std::lock_guard lock(m_engine.m_runnersMutex);
        m_engine.m_busy.remove(m_id);
    }
    m_engine.wake();
}

void Engine::runForTask(const QString &id, std::function<void()> work)
{
    {
        std::lock_guard lock(m_runnersMutex);
        if (m_busy.contains(id)) return;
        m_busy.insert(id);
    }
    m_controlPool.start([this, id, work = std::move(work)] {
        work();
        {
            std::lock_guard lock(m_runnersMutex);
            m_busy.remove(id);
        }
        wake(); // decide the task's next step now, not a second later
    });
}

std::shared_ptr<TaskRunner> Engine::runnerOf(const QString &id) const
{
    std::lock_guard lock(m_runnersMutex);
    return m_runners.value(id);
}

bool Engine::isBusy(const QString &id) const
{
    std::lock_guard lock(m_runnersMutex);
    return m_busy.contains(id);
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
    if (!config->metastore.isEmpty())
        runner->registerIn(std::make_shared<ThriftMetastore>(config->metastore, kMetastoreTimeout),
                           HiveTable::forTask(task.definition.target, config.value()));
    runner->metrics().setNoticeSink([this, id = task.id](const TaskNotice &n) { recordNotice(id, n); });
    if (Status s = runner->start(); !s) return s;
    {
        std::lock_guard lock(m_runnersMutex);
        m_runners.insert(task.id, runner);
    }
    qCInfo(lcEngine) << "started task" << task.id << task.definition.name;
    return Status::ok();
}

void Engine::stopRunner(const QString &id, bool discard)
{
    std::shared_ptr<TaskRunner> runner;
    {
        std::lock_guard lock(m_runnersMutex);
        runner = m_runners.take(id);
    }
    if (!runner) return;
    Status s = runner->stop(discard ? TaskRunner::StopMode::Discard : TaskRunner::StopMode::Graceful);
    if (!s) qCWarning(lcEngine) << "stopping task" << id << "could not commit its open files:" << s.error();
    QMutexLocker lock(&m_samplesMutex);
    m_samples.removeIf([&](const TaskSample &sample) { return sample.taskId == id; });
}

void Engine::recordNotice(const QString &taskId, const TaskNotice &notice)
{
    qCWarning(lcEngine).noquote() << "task" << taskId << notice.action + QStringLiteral(":") << notice.detail;
    if (Status s = m_catalog->appendAction(taskId, {now(), m_options.actor, notice.action, QStringLiteral("warning"), notice.detail}); !s)
        qCWarning(lcEngine) << s.error();
    Q_EMIT taskChanged(taskId);
}

void Engine::recordFailure(const QString &id, const QString &reason)
{
    qCWarning(lcEngine) << "task" << id << "failed:" << reason;
    // Read afresh: the task may have been paused or deleted while its runner failed.
    auto fresh = m_catalog->task(id);
    if (!fresh || fresh->status == TaskStatus::Deleting || fresh->status == TaskStatus::Paused || fresh->status == TaskStatus::Pausing)
        return;
    TaskRecord task = fresh.value();
    task.retryCount += 1;
    const qint64 delay = qMin<qint64>(qint64(m_options.firstRetryDelaySec) << qMin(task.retryCount - 1, 20), m_options.maxRetryDelaySec);
    task.nextRetryAt = now().addSecs(delay);
    task.lastError = reason;
    (void)setStatus(task, TaskStatus::Error, m_options.actor, QStringLiteral("Error"), QStringLiteral("failed"),
                    Messages::english(msg::kRetryIn, reason, task.retryCount, delay));
}

void Engine::reconcile()
{
    // Decides what each task needs, here and quickly; whatever is slow (checking a warehouse or
    // a cluster, committing and closing a runner) runs as that task's own job, so one
    // unreachable warehouse never holds up another task's Pause (docs/exactly-once.md).
    auto tasks = m_catalog->tasks();
    if (!tasks) {
        qCWarning(lcEngine) << tasks.error();
        return;
    }
    QSet<QString> seen;
    for (TaskRecord t : tasks.value()) {
        seen.insert(t.id);
        if (isBusy(t.id)) continue; // its last step is still running; decide again when it is done
        const QString id = t.id;
        std::shared_ptr<TaskRunner> runner = runnerOf(id);
        if (!t.unreadable.isEmpty()) {
            // Never run, never rewritten; only a Delete is carried out.
            if (t.status == TaskStatus::Deleting) {
                runForTask(id, [this, id] {
                    stopRunner(id, false);
                    if (Status s = m_catalog->removeTask(id); !s) qCWarning(lcEngine) << s.error();
                    Q_EMIT taskChanged(id);
                });
            } else if (runner) {
                runForTask(id, [this, id] { stopRunner(id, false); });
            } else if (!m_reportedUnreadable.contains(id)) {
                m_reportedUnreadable.insert(id);
                qCWarning(lcEngine).noquote() << t.unreadable;
            }
            continue;
        }
        if (runner && runner->failed()) {
            runForTask(id, [this, id, reason = runner->failure()] {
                stopRunner(id, false);
                recordFailure(id, reason);
            });
            continue;
        }
        if (runner && wantsRunner(t.status)) {
            const bool definitionChanged = !(runner->task().definition == t.definition);
            // A Restart asked after this runner started (a runner started for an earlier
            // Restart carries that row version, and any later write moves it on).
            const bool restartRequested = t.status == TaskStatus::Restarting && runner->task().version != t.version;
            if (definitionChanged || restartRequested) {
                runForTask(id, [this, id, restartRequested] { stopRunner(id, restartRequested); });
                continue; // started again on the new settings once stopped
            }
        }
        switch (t.status) {
        case TaskStatus::Running:
        case TaskStatus::Resuming:
        case TaskStatus::Restarting:
        case TaskStatus::Error:
            if (!runner) {
                if (t.status == TaskStatus::Error && t.nextRetryAt.isValid() && t.nextRetryAt > now()) break;
                runForTask(id, [this, t] {
                    if (Status s = startRunner(t); !s) recordFailure(t.id, s.error());
                });
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
            runForTask(id, [this, id] {
                stopRunner(id, false);
                if (auto fresh = m_catalog->task(id); fresh && fresh->status == TaskStatus::Pausing) {
                    TaskRecord paused = fresh.value();
                    (void)setStatus(paused, TaskStatus::Paused, m_options.actor, QStringLiteral("Pause"), QStringLiteral("ok"));
                }
            });
            break;
        case TaskStatus::Deleting:
            runForTask(id, [this, id] {
                stopRunner(id, false);
                if (Status s = m_catalog->removeTask(id); !s) qCWarning(lcEngine) << s.error();
                Q_EMIT taskChanged(id);
            });
            break;
        case TaskStatus::Paused:
        case TaskStatus::Creating:
        case TaskStatus::CreateFailed:
            if (runner) runForTask(id, [this, id] { stopRunner(id, false); });
            break;
        }
    }
    QStringList running;
    {
        std::lock_guard lock(m_runnersMutex);
        running = m_runners.keys();
    }
    for (const QString &id : running)
        if (!seen.contains(id)) runForTask(id, [this, id] { stopRunner(id, false); });
}

void Engine::sample()
{
    QList<QPair<QString, std::shared_ptr<TaskRunner>>> runners;
    {
        std::lock_guard lock(m_runnersMutex);
        for (auto it = m_runners.begin(); it != m_runners.end(); ++it) runners.append({it.key(), it.value()});
    }
    TaskSamples samples;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[id, runner] : runners) samples << TaskSample{id, at, runner->metrics().snapshot()};
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
