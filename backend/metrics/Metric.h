#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace outflow {

/// What the metrics store records for a task and for each of its partitions, once a second.
/// The order is the storage order (columns v0..v8 of the store): append only.
enum class Metric {
    MessagesIn,     ///< records consumed per second
    MessagesOut,    ///< records committed to the warehouse per second
    BytesIn,        ///< bytes consumed per second
    BytesOut,       ///< bytes committed per second
    Lag,            ///< records between the committed position and the log end
    LagTimeMs,      ///< age of the newest consumed record while behind, 0 when caught up
    FilesCommitted, ///< files renamed into place during the interval
    BadRecords,     ///< records the bad-record policy handled during the interval
    Errors,         ///< errors during the interval
};
constexpr int kMetricCount = 9;

/// How points of one metric combine into a coarser bucket: rates and gauges average, per-interval
/// counts add up (a 1-minute bucket of "files committed" is the files of that minute).
enum class Aggregation { Average, Sum };

inline Aggregation metricAggregation(Metric m)
{
    return m == Metric::FilesCommitted || m == Metric::BadRecords || m == Metric::Errors ? Aggregation::Sum
                                                                                          : Aggregation::Average;
}

/// Stable names, used in persisted dashboards and CSV files.
inline QString metricKey(Metric m)
{
    static const char *const keys[kMetricCount] = {"messages_in", "messages_out", "bytes_in",      "bytes_out", "lag",
                                                   "lag_time_ms", "files_committed", "bad_records", "errors"};
    return QString::fromLatin1(keys[int(m)]);
}

/// The partition number that stands for the whole task.
constexpr int kTaskResource = -1;

/// One second of one resource (a task, or one of its partitions). NaN = unknown (e.g. the lag
/// before the consumer saw the log end).
struct MetricRow
{
    QString taskId;
    int partition = kTaskResource;
    qint64 atMs = 0;
    std::array<double, kMetricCount> values{};

    double value(Metric m) const { return values[size_t(m)]; }
    void setValue(Metric m, double v) { values[size_t(m)] = v; }
    static constexpr double unknown() { return std::numeric_limits<double>::quiet_NaN(); }
};
using MetricRows = QList<MetricRow>;

} // namespace outflow

Q_DECLARE_METATYPE(outflow::MetricRows)
