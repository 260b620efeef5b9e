#pragma once

#include "Metric.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace outflow {

/// One point of a queried series: the bucket start and the bucket's value (average of a rate
/// or gauge, total of a per-interval count) and maximum.
struct MetricPoint
{
    qint64 atMs = 0;
    double value = 0;
    double max = 0;
};

/// A range query: one resource (a task, or task + partition), some metrics, [fromMs, toMs).
struct MetricsQuery
{
    QString taskId;
    int partition = kTaskResource;
    QList<Metric> metrics;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    /// Choose resolution and bucket as if the range started here (0: at fromMs). A period
    /// overlay passes the earlier window's start to both queries, so both get the same buckets.
    qint64 planFromMs = 0;
    int maxPoints = 3000;
    /// "Now" for the retention windows (0: the clock).
    qint64 nowMs = 0;
};

/// The answer: one list per metric (indexed by Metric; empty for metrics not asked).
struct MetricSeries
{
    qint64 bucketMs = 0;
    std::array<QList<MetricPoint>, kMetricCount> points;
    const QList<MetricPoint> &of(Metric m) const { return points[size_t(m)]; }
};

/// History of the per-second metrics: SQLite (WAL) in its own file beside the catalog.
///
/// Three tables: raw 1 s points for the recent window, and 1-minute and 1-hour rollups (count,
/// sum and max per metric) for long ranges, each pruned to its own retention. A query picks the
/// finest table that still covers the range and groups it into buckets so that any range
/// returns at most `maxPoints` points.
///
/// One instance is one Qt SQL connection: use it from the thread that opened it. Open one per
/// thread (opening is cheap); several instances and processes may share the file.
class MetricsStore final
{
public:
    enum class Table { Raw, Minute, Hour };
    struct Resolution
    {
        Table table;
        qint64 stepMs;
        qint64 retentionMs;
    };
    /// Fine to coarse.
    static const std::array<Resolution, 3> &resolutions();

    struct Plan
    {
        Table table = Table::Raw;
        qint64 bucketMs = 1000;
    };
    /// Which table and bucket width a query over [fromMs, toMs) uses (see MetricsQuery).
    static Plan plan(qint64 planFromMs, qint64 fromMs, qint64 toMs, int maxPoints, qint64 nowMs);

    /// `<catalog>.metrics.sqlite`: beside the catalog, so `--catalog` moves it along.
    static QString pathForCatalog(const QString &catalogPath);
    /// Opens (creating if missing) the store at `path`.
    static Result<std::unique_ptr<MetricsStore>> open(const QString &path);

    ~MetricsStore();
    Q_DISABLE_COPY_MOVE(MetricsStore)

    const QString &path() const { return m_path; }

    /// Records rows (one transaction) and refreshes the rollup buckets they touch.
    Status write(const MetricRows &rows);
    /// Deletes what is older than each table's retention, relative to `nowMs`.
    Status prune(qint64 nowMs);
    Result<MetricSeries> query(const MetricsQuery &query);
    /// Partitions of a task that have history, ascending.
    Result<QList<int>> partitions(const QString &taskId);
    /// Raw/minute/hour row counts of a resource (tests and diagnostics).
    Result<qint64> rowCount(Table table, const QString &taskId, int partition);

private:
    explicit MetricsStore(QString path, QString connectionName);
    Status initialise();
    Result<qint64> resourceId(const QString &taskId, int partition, bool create);
    Status rollUp(qint64 resource, qint64 fromMs);
    QString error(const QString &what, const QSqlQuery &query) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QPair<QString, int>, qint64> m_resources;
    std::optional<QSqlQuery> m_insertRaw;
    std::optional<QSqlQuery> m_rollMinute;
    std::optional<QSqlQuery> m_rollHour;
};

} // namespace outflow
