#pragma once

#include "ClusterConfig.h"
#include "SecretStore.h"
#include "TaskRecord.h"
#include "WarehouseConfig.h"
#include "common/Result.h"

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace outflow {

/// The persistent catalog of clusters, warehouses and tasks: SQLite (WAL) through Qt SQL.
///
/// Safe to use from any thread: each thread gets its own connection to the same file (Qt SQL
/// connections must stay in the thread that made them). Several processes (the GUI and headless
/// engines) may share one catalog; SQLite's locking and a busy timeout serialise their writes.
class Catalog final
{
public:
    static constexpr int kSchemaVersion = 4;

    /// Opens (creating if missing) and migrates the catalog at `path`. A file that is not a
    /// catalog, or cannot be read, gives an error and is left untouched.
    static Result<std::shared_ptr<Catalog>> open(const QString &path);
    /// The per-user catalog shared by the GUI and the headless engine.
    static QString defaultPath();

    ~Catalog();
    Q_DISABLE_COPY_MOVE(Catalog)

    const QString &path() const { return m_path; }
    Result<int> schemaVersion();

    Result<QList<ClusterConfig>> clusters();
    Result<ClusterConfig> cluster(const QString &name);
    /// Adds or replaces a cluster after validating it.
    Status saveCluster(const ClusterConfig &cluster);
    Status removeCluster(const QString &name);

    Result<QList<WarehouseConfig>> warehouses();
    Result<WarehouseConfig> warehouse(const QString &name);
    Status saveWarehouse(const WarehouseConfig &warehouse);
    Status removeWarehouse(const QString &name);

    Result<QList<TaskRecord>> tasks();
    Result<TaskRecord> task(const QString &idOrName);
    /// A new unique id: `datahub-` and 8 lowercase alphanumerics.
    Result<QString> newTaskId();
    /// Inserts a new task; the name must be unused.
    Status insertTask(const TaskRecord &task);
    /// Replaces definition and state of an existing task, if its row is still at
    /// `task.version` (else: changed by another process, nothing written).
    Status updateTask(const TaskRecord &task);
    /// Writes only the lifecycle state (status, last error, retry schedule), with the same
    /// version check: a status change never carries a stale definition along.
    Status updateTaskStatus(const TaskRecord &task);
    Status removeTask(const QString &id);

    Status appendAction(const QString &taskId, const TaskAction &action);
    Result<QList<TaskAction>> actions(const QString &taskId);

    /// Small key/value settings (UI preferences, dashboards).
    Result<QString> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

private:
    explicit Catalog(QString path);
    Result<QSqlDatabase> connection();
    Status migrate(QSqlDatabase &db);
    /// Why a compare-and-set update wrote nothing: the task is gone or was changed.
    Status staleWrite(const QString &id);

    QString m_path;
    SecretStore m_secrets;
    QMutex m_connectionsMutex;
    QStringList m_connectionNames;
    quint64 m_serial;
};

} // namespace outflow
