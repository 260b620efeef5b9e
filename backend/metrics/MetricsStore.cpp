#include "MetricsStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace outflow {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

std::atomic<quint64> g_nextConnection{1};

const char *tableName(MetricsStore::Table table)
{
    switch (table) {
    case MetricsStore::Table::Raw: return "raw";
    case MetricsStore::Table::Minute: return "minute";
    case MetricsStore::Table::Hour: return "hour";
    }
    return "raw";
}

/// `prefix0 type, prefix1 type, ...` (or without types) over every metric column.
QString columns(const QStringList &prefixes, const QString &type = {})
{
    QStringList out;
    for (int m = 0; m < kMetricCount; ++m)
        for (const QString &p : prefixes) out << (type.isEmpty() ? p + QString::number(m) : p + QString::number(m) + u' ' + type);
    return out.join(QStringLiteral(", "));
}

QString rollupTableSql(const char *name)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1(resource INTEGER NOT NULL, t INTEGER NOT NULL, %2,"
                          " PRIMARY KEY(resource, t)) WITHOUT ROWID")
        .arg(QLatin1String(name), columns({QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("x")}, QStringLiteral("REAL")));
}

/// Per bucket and metric: count, sum and max, read from raw values or from a coarser rollup.
QString aggregates(MetricsStore::Table source, const QList<int> &metrics)
{
    QStringList out;
    for (int m : metrics) {
        const QString i = QString::number(m);
        if (source == MetricsStore::Table::Raw) out << QStringLiteral("count(v%1), sum(v%1), max(v%1)").arg(i);
        else out << QStringLiteral("sum(n%1), sum(s%1), max(x%1)").arg(i);
    }
    return out.join(QStringLiteral(", "));
}

QList<int> allMetrics()
{
    QList<int> out;
    for (int m = 0; m < kMetricCount; ++m) out << m;
    return out;
}

/// SQL that (re)computes the `target` buckets of one resource from `source`, from a time on.
QString rollupSql(MetricsStore::Table target, MetricsStore::Table source, qint64 stepMs)
{
    return QStringLiteral("INSERT OR REPLACE INTO %1(resource, t, %2) SELECT resource, (t / %3) * %3 AS b, %4 FROM %5"
                          " WHERE resource = ? AND t >= ? GROUP BY b")
        .arg(QLatin1String(tableName(target)), columns({QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("x")}))
        .arg(stepMs)
        .arg(aggregates(source, allMetrics()), QLatin1String(tableName(source)));
}

} // namespace

const std::array<MetricsStore::Resolution, 3> &MetricsStore::resolutions()
{
    // Minute points are kept for two weeks and a day so "7 d" compared with the week before is
    // still served at minute detail; hour points for more than a year.
    static const std::array<Resolution, 3> r{{
        {Table::Raw, kSecondMs, 6 * kHourMs},
        {Table::Minute, kMinuteMs, 15 * kDayMs},
        {Table::Hour, kHourMs, 400 * kDayMs},
    }};
    return r;
}

MetricsStore::Plan MetricsStore::plan(qint64 planFromMs, qint64 fromMs, qint64 toMs, int maxPoints, qint64 nowMs)
{
    const qint64 span = qMax<qint64>(1, toMs - fromMs);
    const qint64 points = qMax(1, maxPoints);
    const auto &all = resolutions();
    const auto covers = [&](size_t i) { return i + 1 == all.size() || nowMs - all[i].retentionMs <= planFromMs; };
    for (size_t i = 0; i < all.size(); ++i) {
        if (!covers(i)) continue;
        const qint64 perBucket = all[i].stepMs * points;
        const qint64 bucket = all[i].stepMs * qMax<qint64>(1, (span + perBucket - 1) / perBucket);
        // A coarser table that covers the range too serves the same buckets from fewer rows.
        if (i + 1 < all.size() && bucket >= all[i + 1].stepMs && bucket % all[i + 1].stepMs == 0 && covers(i + 1)) continue;
        return {all[i].table, bucket};
    }
    return {Table::Hour, kHourMs};
}

QString MetricsStore::pathForCatalog(const QString &catalogPath) { return catalogPath + QStringLiteral(".metrics.sqlite"); }

MetricsStore::MetricsStore(QString path, QString connectionName) : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

MetricsStore::~MetricsStore()
{
    m_insertRaw.reset();
    m_rollMinute.reset();
    m_rollHour.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString MetricsStore::error(const QString &what, const QSqlQuery &query) const
{
    return QStringLiteral("metrics store %1: %2: %3").arg(m_path, what, query.lastError().text().trimmed());
}

Result<std::unique_ptr<MetricsStore>> MetricsStore::open(const QString &path)
{
    using R = Result<std::unique_ptr<MetricsStore>>;
    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return R::fail(QStringLiteral("cannot create the folder %1 for the metrics store").arg(info.absolutePath()));
    std::unique_ptr<MetricsStore> store(
        new MetricsStore(info.absoluteFilePath(), QStringLiteral("outflow-metrics-%1").arg(g_nextConnection++)));
    if (Status s = store->initialise(); !s) return R::fail(s.error());
    return R::ok(std::move(store));
}

Status MetricsStore::initialise()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return Status::fail(QStringLiteral("cannot open the metrics store %1: %2").arg(m_path, m_db.lastError().text().trimmed()));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Status::fail(QStringLiteral("%1 is not a readable metrics store (%2); it was left untouched")
                                .arg(m_path, q.lastError().text().trimmed()));
    const QStringList schema{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS resources(id INTEGER PRIMARY KEY, task TEXT NOT NULL,"
                       " partition INTEGER NOT NULL, UNIQUE(task, partition))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS raw(resource INTEGER NOT NULL, t INTEGER NOT NULL, %1,"
                       " PRIMARY KEY(resource, t)) WITHOUT ROWID")
            .arg(columns({QStringLiteral("v")}, QStringLiteral("REAL"))),
        rollupTableSql("minute"),
        rollupTableSql("hour"),
    };
    for (const QString &sql : schema)
        if (!q.exec(sql)) return Status::fail(error(QStringLiteral("creating the schema"), q));

    m_insertRaw.emplace(m_db);
    m_rollMinute.emplace(m_db);
    m_rollHour.emplace(m_db);
    QStringList marks;
    for (int i = 0; i < kMetricCount + 2; ++i) marks << QStringLiteral("?");
    if (!m_insertRaw->prepare(QStringLiteral("INSERT OR REPLACE INTO raw(resource, t, %1) VALUES(%2)")
                                  .arg(columns({QStringLiteral("v")}), marks.join(u','))))
        return Status::fail(error(QStringLiteral("preparing the insert"), *m_insertRaw));
    if (!m_rollMinute->prepare(rollupSql(Table::Minute, Table::Raw, kMinuteMs)))
        return Status::fail(error(QStringLiteral("preparing the minute rollup"), *m_rollMinute));
    if (!m_rollHour->prepare(rollupSql(Table::Hour, Table::Minute, kHourMs)))
        return Status::fail(error(QStringLiteral("preparing the hour rollup"), *m_rollHour));
    return Status::ok();
}

Result<qint64> MetricsStore::resourceId(const QString &taskId, int partition, bool create)
{
    const QPair<QString, int> key{taskId, partition};
    if (auto it = m_resources.constFind(key); it != m_resources.cend()) return Result<qint64>::ok(*it);
    QSqlQuery q(m_db);
    if (create) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO resources(task, partition) VALUES(?, ?)"));
        q.addBindValue(taskId);
        q.addBindValue(partition);
        if (!q.exec()) return Result<qint64>::fail(error(QStringLiteral("recording resource %1/%2").arg(taskId).arg(partition), q));
    }
    q.prepare(QStringLiteral("SELECT id FROM resources WHERE task = ? AND partition = ?"));
    q.addBindValue(taskId);
    q.addBindValue(partition);
    if (!q.exec()) return Result<qint64>::fail(error(QStringLiteral("looking up resource %1/%2").arg(taskId).arg(partition), q));
    if (!q.next()) return Result<qint64>::ok(-1);
    const qint64 id = q.value(0).toLongLong();
    m_resources.insert(key, id);
    return Result<qint64>::ok(id);
}

Status MetricsStore::rollUp(qint64 resource, qint64 fromMs)
{
    const std::pair<QSqlQuery *, qint64> steps[] = {{&*m_rollMinute, kMinuteMs}, {&*m_rollHour, kHourMs}};
    for (auto [query, step] : steps) {
        query->bindValue(0, resource);
        query->bindValue(1, (fromMs / step) * step);
        if (!query->exec()) return Status::fail(error(QStringLiteral("rolling up"), *query));
    }
    return Status::ok();
}

Status MetricsStore::write(const MetricRows &rows)
{
    if (rows.isEmpty()) return Status::ok();
    if (!m_db.transaction()) return Status::fail(QStringLiteral("metrics store %1: cannot begin a transaction: %2").arg(m_path, m_db.lastError().text()));
    QHash<qint64, qint64> earliest; // resource -> first time written, where its rollups are stale
    const auto fail = [&](const QString &message) {
        m_db.rollback();
        return Status::fail(message);
    };
    for (const MetricRow &row : rows) {
        auto id = resourceId(row.taskId, row.partition, true);
        if (!id) return fail(id.error());
        m_insertRaw->bindValue(0, id.value());
        m_insertRaw->bindValue(1, row.atMs);
        for (int m = 0; m < kMetricCount; ++m) {
            const double v = row.values[size_t(m)];
            m_insertRaw->bindValue(2 + m, std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v));
        }
        if (!m_insertRaw->exec()) return fail(error(QStringLiteral("writing points"), *m_insertRaw));
        auto it = earliest.find(id.value());
        if (it == earliest.end()) earliest.insert(id.value(), row.atMs);
        else *it = qMin(*it, row.atMs);
    }
    for (auto it = earliest.cbegin(); it != earliest.cend(); ++it)
        if (Status s = rollUp(it.key(), it.value()); !s) return fail(s.error());
    if (!m_db.commit()) return fail(QStringLiteral("metrics store %1: cannot commit: %2").arg(m_path, m_db.lastError().text()));
    return Status::ok();
}

Status MetricsStore::prune(qint64 nowMs)
{
    QSqlQuery ids(m_db);
    if (!ids.exec(QStringLiteral("SELECT id FROM resources"))) return Status::fail(error(QStringLiteral("listing resources"), ids));
    QList<qint64> resources;
    while (ids.next()) resources << ids.value(0).toLongLong();
    if (!m_db.transaction()) return Status::fail(QStringLiteral("metrics store %1: cannot begin a transaction: %2").arg(m_path, m_db.lastError().text()));
    for (const Resolution &r : resolutions()) {
        // Per resource, so each delete is a primary-key range rather than a scan of the table.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE resource = ? AND t < ?").arg(QLatin1String(tableName(r.table))));
        for (qint64 id : std::as_const(resources)) {
            q.bindValue(0, id);
            q.bindValue(1, nowMs - r.retentionMs);
            if (!q.exec()) {
                m_db.rollback();
                return Status::fail(error(QStringLiteral("pruning"), q));
            }
        }
    }
    if (!m_db.commit()) return Status::fail(QStringLiteral("metrics store %1: cannot commit: %2").arg(m_path, m_db.lastError().text()));
    return Status::ok();
}

Result<MetricSeries> MetricsStore::query(const MetricsQuery &query)
{
    using R = Result<MetricSeries>;
    const qint64 now = query.nowMs > 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 planFrom = query.planFromMs > 0 ? qMin(query.planFromMs, query.fromMs) : query.fromMs;
    const Plan plan = MetricsStore::plan(planFrom, query.fromMs, query.toMs, query.maxPoints, now);
    MetricSeries series;
    series.bucketMs = plan.bucketMs;
    auto id = resourceId(query.taskId, query.partition, false);
    if (!id) return R::fail(id.error());
    if (id.value() < 0 || query.metrics.isEmpty()) return R::ok(series);

    QList<int> metrics;
    for (Metric m : query.metrics) metrics << int(m);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT (t / %1) * %1 AS b, %2 FROM %3 WHERE resource = ? AND t >= ? AND t < ? GROUP BY b ORDER BY b")
                            .arg(plan.bucketMs)
                            .arg(aggregates(plan.table, metrics), QLatin1String(tableName(plan.table)));
    if (!q.prepare(sql)) return R::fail(error(QStringLiteral("preparing a query"), q));
    q.addBindValue(id.value());
    q.addBindValue(query.fromMs);
    q.addBindValue(query.toMs);
    if (!q.exec()) return R::fail(error(QStringLiteral("querying %1").arg(query.taskId), q));
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        for (int i = 0; i < metrics.size(); ++i) {
            const qint64 count = q.value(1 + 3 * i).toLongLong();
            if (count <= 0) continue; // unknown throughout the bucket: a gap, not a zero
            const double sum = q.value(2 + 3 * i).toDouble();
            const auto metric = Metric(metrics[i]);
            const double value = metricAggregation(metric) == Aggregation::Sum ? sum : sum / double(count);
            series.points[size_t(metrics[i])] << MetricPoint{at, value, q.value(3 + 3 * i).toDouble()};
        }
    }
    return R::ok(series);
}

Result<QList<int>> MetricsStore::partitions(const QString &taskId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT partition FROM resources WHERE task = ? AND partition >= 0 ORDER BY partition"));
    q.addBindValue(taskId);
    if (!q.exec()) return Result<QList<int>>::fail(error(QStringLiteral("listing partitions of %1").arg(taskId), q));
    QList<int> out;
    while (q.next()) out << q.value(0).toInt();
    return Result<QList<int>>::ok(out);
}

Result<qint64> MetricsStore::rowCount(Table table, const QString &taskId, int partition)
{
    auto id = resourceId(taskId, partition, false);
    if (!id) return id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE resource = ?").arg(QLatin1String(tableName(table))));
    q.addBindValue(id.value());
    if (!q.exec() || !q.next()) return Result<qint64>::fail(error(QStringLiteral("counting rows"), q));
    return Result<qint64>::ok(q.value(0).toLongLong());
}

} // namespace outflow
