#include "TaskMetricsCommand.h"

#include "Options.h"
#include "Output.h"
#include "TextTable.h"
#include "catalog/Catalog.h"
#include "metrics/MetricsStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMap>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace outflow::cli {

namespace {

constexpr auto kUsage = "usage: task metrics ID --range 1h|6h|24h|7d [--csv]";
constexpr qint64 kHourMs = 3600 * 1000;

/// The console's fixed ranges (its Monitoring time-range choices), ending now.
std::optional<qint64> rangeSpanMs(const QString &range)
{
    if (range == QLatin1String("1h")) return kHourMs;
    if (range == QLatin1String("6h")) return 6 * kHourMs;
    if (range == QLatin1String("24h")) return 24 * kHourMs;
    if (range == QLatin1String("7d")) return 7 * 24 * kHourMs;
    return std::nullopt;
}

using Row = std::array<std::optional<double>, kMetricCount>;

/// Bucket start → the value of each metric there (absent: no data in that bucket).
QMap<qint64, Row> rowsOf(const MetricSeries &series)
{
    QMap<qint64, Row> rows;
    for (int m = 0; m < kMetricCount; ++m)
        for (const MetricPoint &p : series.of(Metric(m))) rows[p.atMs][size_t(m)] = p.value;
    return rows;
}

QStringList header(QStringList columns)
{
    for (int m = 0; m < kMetricCount; ++m) columns << metricKey(Metric(m));
    return columns;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

void printCsv(const QMap<qint64, Row> &rows)
{
    out() << header({QStringLiteral("time"), QStringLiteral("epoch_seconds")}).join(u',') << '\n';
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells{timeText(it.key()), QString::number(it.key() / 1000)};
        for (const std::optional<double> &v : it.value()) cells << (v ? QString::number(*v, 'g', 17) : QString());
        out() << cells.join(u',') << '\n';
    }
    out().flush();
}

void printText(const QMap<qint64, Row> &rows, const QString &taskId, const QString &range, qint64 bucketMs)
{
    if (rows.isEmpty()) {
        out() << "No metrics recorded for task " << taskId << " in the last " << range << "." << Qt::endl;
        return;
    }
    out() << "Task " << taskId << ", last " << range << ", one row per " << bucketMs / 1000 << " s (rates and gauges averaged, counts summed)\n\n";
    QSet<int> figures;
    for (int c = 1; c <= kMetricCount; ++c) figures << c;
    TextTable table(header({QStringLiteral("time (UTC)")}), figures);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells{timeText(it.key())};
        for (const std::optional<double> &v : it.value()) {
            // Whole numbers stay whole; averages keep two decimals.
            cells << (!v ? QStringLiteral("—") : *v == std::floor(*v) ? QString::number(qint64(*v)) : QString::number(*v, 'f', 2));
        }
        table.addRow(cells);
    }
    out() << table.text();
    out().flush();
}

} // namespace

int TaskMetricsCommand::run(Catalog &catalog, const QStringList &args)
{
    auto opts = Options::parse(args, {QStringLiteral("range")}, {QStringLiteral("csv")});
    if (!opts) return failWith(opts.error());
    if (opts->positional().size() != 1 || !opts->has(QStringLiteral("range"))) return failWith(QString::fromLatin1(kUsage));
    const QString range = opts->value(QStringLiteral("range"));
    const std::optional<qint64> span = rangeSpanMs(range);
    if (!span) return failWith(QStringLiteral("--range must be 1h, 6h, 24h or 7d, not \"%1\"").arg(range));
    auto task = catalog.task(opts->positional().first());
    if (!task) return failWith(task.error());

    MetricSeries series;
    const QString path = MetricsStore::pathForCatalog(catalog.path());
    // No store yet (no engine ever ran on this catalog): no history, and nothing is created.
    if (QFileInfo::exists(path)) {
        auto store = MetricsStore::open(path);
        if (!store) return failWith(store.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MetricsQuery query;
        query.taskId = task->id;
        for (int m = 0; m < kMetricCount; ++m) query.metrics << Metric(m);
        query.fromMs = now - *span;
        query.toMs = now + 1;
        query.nowMs = now;
        auto result = store.value()->query(query);
        if (!result) return failWith(result.error());
        series = result.value();
    }
    const QMap<qint64, Row> rows = rowsOf(series);
    if (opts->has(QStringLiteral("csv"))) printCsv(rows);
    else printText(rows, task->id, range, series.bucketMs);
    return 0;
}

} // namespace outflow::cli
