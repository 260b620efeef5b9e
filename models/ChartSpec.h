#pragma once

#include "metrics/Metric.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace outflow {

/// The charts of the Monitoring view, each one or two metrics with one unit.
enum class ChartKind { Messages, Bytes, Lag, LagTime, Files, Problems };
constexpr int kChartKindCount = 6;

/// The time window a chart shows: a sliding one ending now, or a fixed custom one.
struct TimeRange
{
    enum Mode { Live, LastHour, Last6Hours, LastDay, LastWeek, Custom, ModeCount };
    static constexpr qint64 kLiveSpanMs = 10 * 60 * 1000;

    Mode mode = Live;
    qint64 fromMs = 0; ///< Custom only
    qint64 toMs = 0;   ///< Custom only

    /// [from, to) at `nowMs`.
    std::pair<qint64, qint64> window(qint64 nowMs) const;
    bool operator==(const TimeRange &) const = default;
};

/// One chart as the user configured it: what it shows, over which window, with which overlay.
/// Dashboards persist these.
struct ChartSpec
{
    QString id; ///< unique on a dashboard
    QString taskId;
    int partition = kTaskResource;
    ChartKind kind = ChartKind::Messages;
    TimeRange range;
    /// Overlay of the same window this many days earlier; 0 = none.
    int compareDays = 0;
    bool legend = true;

    bool operator==(const ChartSpec &) const = default;

    QJsonObject toJson() const;
    /// Nothing for an object this version cannot show (unknown kind, no task).
    static std::optional<ChartSpec> fromJson(const QJsonObject &json);

    static QList<Metric> metrics(ChartKind kind);
    /// Factor from stored to plotted values: bytes plot as KiB, milliseconds as seconds.
    static double scale(Metric metric);
    static QString kindKey(ChartKind kind);
};

} // namespace outflow
