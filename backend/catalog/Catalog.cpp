#include "Catalog.h"
#include "common/Messages.h"

#include "Validation.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <atomic>

namespace outflow {

namespace {

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("catalog: %1: %2").arg(what, error.text().trimmed());
}

/// Runs one statement with positional bindings; the message names what failed.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bind = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) return Result<QSqlQuery>::fail(sqlError(QStringLiteral("preparing statement"), q.lastError()));
    for (const QVariant &v : bind) {
        // A null QString binds as SQL NULL; the schema stores "no text" as an empty string.
        if (v.typeId() == QMetaType::QString && v.toString().isNull()) q.addBindValue(QStringLiteral(""));
        else q.addBindValue(v);
    }
    if (!q.exec()) return Result<QSqlQuery>::fail(sqlError(QStringLiteral("executing statement"), q.lastError()));
    return Result<QSqlQuery>::ok(std::move(q));
}

qint64 toMs(const QDateTime &dt) { return dt.isValid() ? dt.toMSecsSinceEpoch() : 0; }
QDateTime fromMs(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime(); }

QString propertiesToJson(const QMap<QString, QString> &props)
{
    QJsonObject o;
    for (auto it = props.begin(); it != props.end(); ++it) o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> propertiesFromJson(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) out.insert(it.key(), it.value().toString());
    return out;
}

const char *kSchemaV1[] = {
    "CREATE TABLE clusters(name TEXT PRIMARY KEY, bootstrap TEXT NOT NULL, security_protocol TEXT NOT NULL,"
    " sasl_mechanism TEXT NOT NULL DEFAULT '', sasl_username TEXT NOT NULL DEFAULT '', properties TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE warehouses(name TEXT PRIMARY KEY, kind TEXT NOT NULL, location TEXT NOT NULL, user TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE tasks(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL, status TEXT NOT NULL,"
    " last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " next_retry_at INTEGER NOT NULL DEFAULT 0, retry_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE task_actions(seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, at INTEGER NOT NULL,"
    " actor TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX task_actions_by_task ON task_actions(task_id, seq)",
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

const char *kSchemaV2[] = {
    "ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
};

const char *kSchemaV3[] = {
    "ALTER TABLE clusters ADD COLUMN schema_registry TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE clusters ADD COLUMN schema_registry_user TEXT NOT NULL DEFAULT ''",
};

const char *kSchemaV4[] = {
    "ALTER TABLE warehouses ADD COLUMN metastore TEXT NOT NULL DEFAULT ''",
};

TaskRecord taskFromQuery(const QSqlQuery &q)
{
    TaskRecord t;
    t.id = q.value(0).toString();
    t.status = taskStatusFromName(q.value(3).toString()).value_or(TaskStatus::Error);
    t.lastError = q.value(4).toString();
    t.createdAt = fromMs(q.value(5).toLongLong());
    t.updatedAt = fromMs(q.value(6).toLongLong());
    t.nextRetryAt = fromMs(q.value(7).toLongLong());
    t.retryCount = q.value(8).toInt();
    t.version = q.value(9).toLongLong();
    auto def = TaskDefinition::fromJsonBytes(q.value(2).toString().toUtf8());
    if (def) {
        t.definition = def.value();
        return t;
    }
    // One row this host cannot read must not stop the others: it shows as Error, unchanged.
    t.definition.name = q.value(1).toString();
    t.unreadable = QStringLiteral("The stored definition of task %1 cannot be read by this Outflow: %2").arg(t.id, def.error());
    t.lastError = t.unreadable;
    if (t.status != TaskStatus::Deleting) t.status = TaskStatus::Error;
    t.nextRetryAt = QDateTime();
    return t;
}

constexpr auto kTaskColumns = "id, name, definition, status, last_error, created_at, updated_at, next_retry_at, retry_count, version";

} // namespace

namespace {
std::atomic<quint64> g_nextSerial{1};

/// The connections a thread opened, removed when the thread ends (pool threads come and go).
struct ThreadConnections
{
    quint64 serial = g_nextSerial++;
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            if (QSqlDatabase::contains(name)) QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_connections;
} // namespace

QString Catalog::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/outflow");
    return dir + QStringLiteral("/catalog.sqlite");
}

Catalog::Catalog(QString path)
    : m_path(std::move(path)), m_secrets(m_path + QStringLiteral(".secrets.json")), m_serial(g_nextSerial++)
{
}


Catalog::~Catalog()
{
    QMutexLocker lock(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        if (QSqlDatabase::contains(name)) QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Catalog>> Catalog::open(const QString &path)
{
    using R = Result<std::shared_ptr<Catalog>>;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) return R::fail(QStringLiteral("catalog %1 is not a file").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return R::fail(QStringLiteral("cannot create the catalog folder %1").arg(info.absolutePath()));
    std::shared_ptr<Catalog> catalog(new Catalog(info.absoluteFilePath()));
    auto db = catalog->connection();
    if (!db) return R::fail(db.error());
    if (Status s = catalog->migrate(db.value()); !s) return R::fail(s.error());
    return R::ok(catalog);
}

Result<QSqlDatabase> Catalog::connection()
{
    // Serial numbers, not addresses: a new thread or catalog may reuse a dead one's address.
    const QString name = QStringLiteral("outflow-catalog-%1-%2").arg(m_serial).arg(t_connections.serial);
    if (QSqlDatabase::contains(name)) return Result<QSqlDatabase>::ok(QSqlDatabase::database(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames << name;
    }
    t_connections.names << name;
    if (!db.open()) return Result<QSqlDatabase>::fail(sqlError(QStringLiteral("cannot open %1").arg(m_path), db.lastError()));
    // Reading the schema first: SQLite opens lazily, so this is where a file that is not a
    // database is detected, before anything could be written to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Result<QSqlDatabase>::fail(
            QStringLiteral("%1 is not a readable Outflow catalog (%2); it was left untouched").arg(m_path, probe.lastError().text().trimmed()));
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return Result<QSqlDatabase>::ok(db);
}

Status Catalog::migrate(QSqlDatabase &db)
{
    auto version = exec(db, QStringLiteral("PRAGMA user_version"));
    if (!version) return Status::fail(version.error());
    version.value().next();
    const int current = version.value().value(0).toInt();
    if (current > kSchemaVersion)
        return Status::fail(QStringLiteral("catalog %1 has schema version %2, newer than this Outflow understands (%3)")
                                .arg(m_path).arg(current).arg(kSchemaVersion));
    if (current == kSchemaVersion) return Status::ok();
    if (current == 0) {
        QSqlQuery check(db);
        check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (check.next() && check.value(0).toInt() > 0)
            return Status::fail(QStringLiteral("%1 is an SQLite file but not an Outflow catalog; it was left untouched").arg(m_path));
    }
    if (!db.transaction()) return Status::fail(sqlError(QStringLiteral("beginning migration"), db.lastError()));
    QList<const char *> statements;
    if (current < 1) statements.append(QList<const char *>(std::begin(kSchemaV1), std::end(kSchemaV1)));
    if (current < 2) statements.append(QList<const char *>(std::begin(kSchemaV2), std::end(kSchemaV2)));
    if (current < 3) statements.append(QList<const char *>(std::begin(kSchemaV3), std::end(kSchemaV3)));
    if (current < 4) statements.append(QList<const char *>(std::begin(kSchemaV4), std::end(kSchemaV4)));
    for (const char *statement : statements) {
        if (auto r = exec(db, QString::fromLatin1(statement)); !r) {
            db.rollback();
            return Status::fail(r.error());
        }
    }
    if (auto r = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)); !r) {
        db.rollback();
        return Status::fail(r.error());
    }
    if (!db.commit()) return Status::fail(sqlError(QStringLiteral("committing migration"), db.lastError()));
    return Status::ok();
}

Result<int> Catalog::schemaVersion()
{
    auto db = connection();
    if (!db) return Result<int>::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("PRAGMA user_version"));
    if (!q) return Result<int>::fail(q.error());
    q.value().next();
    return Result<int>::ok(q.value().value(0).toInt());
}

// ---- clusters -------------------------------------------------------------------------------

Result<QList<ClusterConfig>> Catalog::clusters()
{
    using R = Result<QList<ClusterConfig>>;
    auto db = connection();
    if (!db) return R::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT name, bootstrap, security_protocol, sasl_mechanism, sasl_username, properties,"
                                             " schema_registry, schema_registry_user FROM clusters ORDER BY name"));
    if (!q) return R::fail(q.error());
    QList<ClusterConfig> out;
    while (q.value().next()) {
        ClusterConfig c;
        c.name = q.value().value(0).toString();
        c.bootstrapServers = q.value().value(1).toString();
        c.securityProtocol = q.value().value(2).toString();
        c.saslMechanism = q.value().value(3).toString();
        c.saslUsername = q.value().value(4).toString();
        c.properties = propertiesFromJson(q.value().value(5).toString());
        c.schemaRegistryUrl = q.value().value(6).toString();
        c.schemaRegistryUsername = q.value().value(7).toString();
        auto secret = m_secrets.get(QStringLiteral("cluster/") + c.name);
        if (!secret) return R::fail(secret.error());
        c.saslPassword = secret.value();
        auto registrySecret = m_secrets.get(QStringLiteral("registry/") + c.name);
        if (!registrySecret) return R::fail(registrySecret.error());
        c.schemaRegistryPassword = registrySecret.value();
        out << c;
    }
    return R::ok(out);
}

Result<ClusterConfig> Catalog::cluster(const QString &name)
{
    auto all = clusters();
    if (!all) return Result<ClusterConfig>::fail(all.error());
    for (const ClusterConfig &c : all.value())
        if (c.name == name) return Result<ClusterConfig>::ok(c);
    return Result<ClusterConfig>::fail(Messages::english(msg::kNoCluster, name));
}

Status Catalog::saveCluster(const ClusterConfig &c)
{
    if (QString p = Validation::clusterProblem(c); !p.isEmpty()) return Status::fail(p);
    auto db = connection();
    if (!db) return Status::fail(db.error());
    // The secret goes first: a failure there leaves the catalog unchanged.
    if (Status s = m_secrets.set(QStringLiteral("cluster/") + c.name, c.saslPassword); !s) return s;
    if (Status s = m_secrets.set(QStringLiteral("registry/") + c.name, c.schemaRegistryPassword); !s) return s;
    auto q = exec(db.value(),
                  QStringLiteral("INSERT OR REPLACE INTO clusters(name, bootstrap, security_protocol, sasl_mechanism, sasl_username,"
                                 " properties, schema_registry, schema_registry_user) VALUES(?,?,?,?,?,?,?,?)"),
                  {c.name, c.bootstrapServers, c.securityProtocol, c.saslMechanism, c.saslUsername, propertiesToJson(c.properties),
                   c.schemaRegistryUrl, c.schemaRegistryUsername});
    return q ? Status::ok() : Status::fail(q.error());
}

Status Catalog::removeCluster(const QString &name)
{
    auto all = tasks();
    if (!all) return Status::fail(all.error());
    for (const TaskRecord &t : all.value())
        if (t.definition.source.cluster == name)
            return Status::fail(QStringLiteral("cluster \"%1\" is used by task %2 (%3)").arg(name, t.id, t.definition.name));
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("DELETE FROM clusters WHERE name = ?"), {name});
    if (!q) return Status::fail(q.error());
    if (q.value().numRowsAffected() == 0) return Status::fail(Messages::english(msg::kNoCluster, name));
    if (Status s = m_secrets.remove(QStringLiteral("registry/") + name); !s) return s;
    return m_secrets.remove(QStringLiteral("cluster/") + name);
}

// ---- warehouses -----------------------------------------------------------------------------

Result<QList<WarehouseConfig>> Catalog::warehouses()
{
    using R = Result<QList<WarehouseConfig>>;
    auto db = connection();
    if (!db) return R::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT name, kind, location, user, metastore FROM warehouses ORDER BY name"));
    if (!q) return R::fail(q.error());
    QList<WarehouseConfig> out;
    while (q.value().next()) {
        WarehouseConfig w;
        w.name = q.value().value(0).toString();
        w.kind = q.value().value(1).toString() == QLatin1String("hdfs") ? WarehouseConfig::Kind::Hdfs : WarehouseConfig::Kind::Local;
        w.location = q.value().value(2).toString();
        w.user = q.value().value(3).toString();
        w.metastore = q.value().value(4).toString();
        out << w;
    }
    return R::ok(out);
}

Result<WarehouseConfig> Catalog::warehouse(const QString &name)
{
    auto all = warehouses();
    if (!all) return Result<WarehouseConfig>::fail(all.error());
    for (const WarehouseConfig &w : all.value())
        if (w.name == name) return Result<WarehouseConfig>::ok(w);
    return Result<WarehouseConfig>::fail(Messages::english(msg::kNoWarehouse, name));
}

Status Catalog::saveWarehouse(const WarehouseConfig &w)
{
    if (QString p = Validation::warehouseProblem(w); !p.isEmpty()) return Status::fail(p);
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("INSERT OR REPLACE INTO warehouses(name, kind, location, user, metastore) VALUES(?,?,?,?,?)"),
                  {w.name, WarehouseConfig::kindName(w.kind), w.location, w.user, w.metastore});
    return q ? Status::ok() : Status::fail(q.error());
}

Status Catalog::removeWarehouse(const QString &name)
{
    auto all = tasks();
    if (!all) return Status::fail(all.error());
    for (const TaskRecord &t : all.value())
        if (t.definition.target.warehouse == name)
            return Status::fail(QStringLiteral("warehouse \"%1\" is used by task %2 (%3)").arg(name, t.id, t.definition.name));
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("DELETE FROM warehouses WHERE name = ?"), {name});
    if (!q) return Status::fail(q.error());
    if (q.value().numRowsAffected() == 0) return Status::fail(Messages::english(msg::kNoWarehouse, name));
    return Status::ok();
}

// ---- tasks ----------------------------------------------------------------------------------

Result<QList<TaskRecord>> Catalog::tasks()
{
    using R = Result<QList<TaskRecord>>;
    auto db = connection();
    if (!db) return R::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT %1 FROM tasks ORDER BY created_at, id").arg(QLatin1String(kTaskColumns)));
    if (!q) return R::fail(q.error());
    QList<TaskRecord> out;
    while (q.value().next()) out << taskFromQuery(q.value());
    return R::ok(out);
}

Result<TaskRecord> Catalog::task(const QString &idOrName)
{
    using R = Result<TaskRecord>;
    auto db = connection();
    if (!db) return R::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT %1 FROM tasks WHERE id = ? OR name = ?").arg(QLatin1String(kTaskColumns)),
                  {idOrName, idOrName});
    if (!q) return R::fail(q.error());
    if (!q.value().next()) return R::fail(Messages::english(msg::kNoTask, idOrName));
    return R::ok(taskFromQuery(q.value()));
}

Result<QString> Catalog::newTaskId()
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString id = QStringLiteral("datahub-");
        for (int i = 0; i < 8; ++i) id += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(36)]);
        auto existing = task(id);
        if (!existing) return Result<QString>::ok(id);
    }
    return Result<QString>::fail(QStringLiteral("could not find an unused task id"));
}

Status Catalog::insertTask(const TaskRecord &t)
{
    if (QString p = Validation::definitionProblem(t.definition); !p.isEmpty()) return Status::fail(p);
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto clash = exec(db.value(), QStringLiteral("SELECT id FROM tasks WHERE name = ? OR id = ?"), {t.definition.name, t.id});
    if (!clash) return Status::fail(clash.error());
    if (clash.value().next())
        return Status::fail(Messages::english(msg::kTaskNameTaken, t.definition.name, clash.value().value(0).toString()));
    auto q = exec(db.value(),
                  QStringLiteral("INSERT INTO tasks(%1) VALUES(?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kTaskColumns)),
                  {t.id, t.definition.name, QString::fromUtf8(QJsonDocument(t.definition.toJson()).toJson(QJsonDocument::Compact)),
                   taskStatusName(t.status), t.lastError, toMs(t.createdAt), toMs(t.updatedAt), toMs(t.nextRetryAt), t.retryCount,
                   t.version});
    return q ? Status::ok() : Status::fail(q.error());
}

Status Catalog::updateTask(const TaskRecord &t)
{
    if (!t.unreadable.isEmpty()) return Status::fail(t.unreadable);
    if (QString p = Validation::definitionProblem(t.definition); !p.isEmpty()) return Status::fail(p);
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto clash = exec(db.value(), QStringLiteral("SELECT id FROM tasks WHERE name = ? AND id <> ?"), {t.definition.name, t.id});
    if (!clash) return Status::fail(clash.error());
    if (clash.value().next())
        return Status::fail(Messages::english(msg::kTaskNameTaken, t.definition.name, clash.value().value(0).toString()));
    auto q = exec(db.value(),
                  QStringLiteral("UPDATE tasks SET name=?, definition=?, status=?, last_error=?, updated_at=?, next_retry_at=?,"
                                 " retry_count=?, version=version+1 WHERE id=? AND version=?"),
                  {t.definition.name, QString::fromUtf8(QJsonDocument(t.definition.toJson()).toJson(QJsonDocument::Compact)),
                   taskStatusName(t.status), t.lastError, toMs(t.updatedAt), toMs(t.nextRetryAt), t.retryCount, t.id, t.version});
    if (!q) return Status::fail(q.error());
    return q.value().numRowsAffected() == 0 ? staleWrite(t.id) : Status::ok();
}

Status Catalog::updateTaskStatus(const TaskRecord &t)
{
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(),
                  QStringLiteral("UPDATE tasks SET status=?, last_error=?, updated_at=?, next_retry_at=?, retry_count=?, version=version+1"
                                 " WHERE id=? AND version=?"),
                  {taskStatusName(t.status), t.unreadable.isEmpty() ? t.lastError : QString(), toMs(t.updatedAt), toMs(t.nextRetryAt),
                   t.retryCount, t.id, t.version});
    if (!q) return Status::fail(q.error());
    return q.value().numRowsAffected() == 0 ? staleWrite(t.id) : Status::ok();
}

Status Catalog::staleWrite(const QString &id)
{
    auto current = task(id);
    if (!current) return Status::fail(QStringLiteral("no task with id \"%1\"").arg(id));
    return Status::fail(QStringLiteral("task %1 was changed by another process meanwhile (now %2); nothing was written, try again")
                            .arg(id, taskStatusName(current->status)));
}

Status Catalog::removeTask(const QString &id)
{
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id});
    if (!q) return Status::fail(q.error());
    if (q.value().numRowsAffected() == 0) return Status::fail(QStringLiteral("no task with id \"%1\"").arg(id));
    return Status::ok();
}

Status Catalog::appendAction(const QString &taskId, const TaskAction &a)
{
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("INSERT INTO task_actions(task_id, at, actor, action, result, detail) VALUES(?,?,?,?,?,?)"),
                  {taskId, toMs(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()), a.actor, a.action, a.result, a.detail});
    return q ? Status::ok() : Status::fail(q.error());
}

Result<QList<TaskAction>> Catalog::actions(const QString &taskId)
{
    using R = Result<QList<TaskAction>>;
    auto db = connection();
    if (!db) return R::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT at, actor, action, result, detail FROM task_actions WHERE task_id = ? ORDER BY seq"),
                  {taskId});
    if (!q) return R::fail(q.error());
    QList<TaskAction> out;
    while (q.value().next())
        out << TaskAction{fromMs(q.value().value(0).toLongLong()), q.value().value(1).toString(), q.value().value(2).toString(),
                          q.value().value(3).toString(), q.value().value(4).toString()};
    return R::ok(out);
}

Result<QString> Catalog::setting(const QString &key)
{
    auto db = connection();
    if (!db) return Result<QString>::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q) return Result<QString>::fail(q.error());
    return Result<QString>::ok(q.value().next() ? q.value().value(0).toString() : QString());
}

Status Catalog::setSetting(const QString &key, const QString &value)
{
    auto db = connection();
    if (!db) return Status::fail(db.error());
    auto q = exec(db.value(), QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES(?,?)"), {key, value});
    return q ? Status::ok() : Status::fail(q.error());
}

} // namespace outflow
