#include "ChartSpec.h"

#include <QUuid>

namespace outflow {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QString rangeKey(TimeRange::Mode mode)
{
    static const char *const keys[TimeRange::ModeCount] = {"live", "1h", "6h", "24h", "7d", "custom"};
    return QString::fromLatin1(keys[mode]);
}
} // namespace

std::pair<qint64, qint64> TimeRange::window(qint64 nowMs) const
{
    switch (mode) {
    case Live: return {nowMs - kLiveSpanMs, nowMs};
    case LastHour: return {nowMs - kHourMs, nowMs};
    case Last6Hours: return {nowMs - 6 * kHourMs, nowMs};
    case LastDay: return {nowMs - 24 * kHourMs, nowMs};
    case LastWeek: return {nowMs - 7 * 24 * kHourMs, nowMs};
    case Custom:
    case ModeCount: break;
    }
    return {fromMs, qMax(fromMs + 1000, toMs)};
}

QList<Metric> ChartSpec::metrics(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Messages: return {Metric::MessagesIn, Metric::MessagesOut};
    case ChartKind::Bytes: return {Metric::BytesIn, Metric::BytesOut};
    case ChartKind::Lag: return {Metric::Lag};
    case ChartKind::LagTime: return {Metric::LagTimeMs};
    case ChartKind::Files: return {Metric::FilesCommitted};
    case ChartKind::Problems: return {Metric::BadRecords, Metric::Errors};
    }
    return {};
}

double ChartSpec::scale(Metric metric)
{
    switch (metric) {
    case Metric::BytesIn:
    case Metric::BytesOut: return 1.0 / 1024.0;
    case Metric::LagTimeMs: return 1.0 / 1000.0;
    default: return 1.0;
    }
}

QString ChartSpec::kindKey(ChartKind kind)
{
    static const char *const keys[kChartKindCount] = {"messages", "bytes", "lag", "lag_time", "files", "problems"};
    return QString::fromLatin1(keys[int(kind)]);
}

QJsonObject ChartSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("task"), taskId},
                  {QStringLiteral("partition"), partition},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("range"), rangeKey(range.mode)},
                  {QStringLiteral("compareDays"), compareDays},
                  {QStringLiteral("legend"), legend}};
    if (range.mode == TimeRange::Custom) {
        o.insert(QStringLiteral("from"), range.fromMs);
        o.insert(QStringLiteral("to"), range.toMs);
    }
    return o;
}

std::optional<ChartSpec> ChartSpec::fromJson(const QJsonObject &json)
{
    ChartSpec s;
    s.id = json.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty()) s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.taskId = json.value(QStringLiteral("task")).toString();
    s.partition = json.value(QStringLiteral("partition")).toInt(kTaskResource);
    s.compareDays = json.value(QStringLiteral("compareDays")).toInt();
    s.legend = json.value(QStringLiteral("legend")).toBool(true);
    const QString kind = json.value(QStringLiteral("kind")).toString();
    int k = 0;
    while (k < kChartKindCount && kindKey(ChartKind(k)) != kind) ++k;
    const QString range = json.value(QStringLiteral("range")).toString();
    int r = 0;
    while (r < TimeRange::ModeCount && rangeKey(TimeRange::Mode(r)) != range) ++r;
    if (s.taskId.isEmpty() || k == kChartKindCount || r == TimeRange::ModeCount) return std::nullopt;
    s.kind = ChartKind(k);
    s.range.mode = TimeRange::Mode(r);
    s.range.fromMs = json.value(QStringLiteral("from")).toInteger();
    s.range.toMs = json.value(QStringLiteral("to")).toInteger();
    return s;
}

} // namespace outflow
