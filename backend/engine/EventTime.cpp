#include "EventTime.h"

#include <QDateTime>

namespace outflow {

namespace {
constexpr qint64 kEarliestPlausibleMs = 631152000000LL; // 1990-01-01T00:00:00Z
constexpr qint64 kAheadToleranceMs = 24LL * 3600 * 1000;
} // namespace

EventTime::EventTime(const PartitionBy &by) : m_by(by)
{
    if (!by.byEventTime()) return;
    // epoch_s and epoch_ms are whole numbers; iso8601 text goes through the timestamp type,
    // which wants a zone (a time without one is a different instant in every zone).
    const ColumnType type = by.format == TimeFormat::Iso8601 ? ColumnType::TimestampMs : ColumnType::Int64;
    m_field.emplace(QList<ColumnSpec>{ColumnSpec{QStringLiteral("event_time"), type, by.field, ColumnMeta::None, false}});
}

bool EventTime::isPlausible(qint64 ms)
{
    return ms >= kEarliestPlausibleMs && ms <= QDateTime::currentMSecsSinceEpoch() + kAheadToleranceMs;
}

qint64 EventTime::kafkaTime(const RecordView &record)
{
    return record.timestampMs >= 0 ? record.timestampMs : QDateTime::currentMSecsSinceEpoch();
}

QString EventTime::of(const RecordView &record, qint64 &ms) const
{
    if (!m_field) {
        ms = kafkaTime(record);
        return {};
    }
    if (const QString bad = m_field->extract(record, m_cell); !bad.isEmpty())
        return QStringLiteral("no event time (partitionBy %1, %2): %3").arg(m_by.field, timeFormatName(m_by.format), bad);
    const qint64 value = m_cell.front().integer;
    const bool seconds = m_by.format == TimeFormat::EpochS;
    if (seconds && (value > INT64_MAX / 1000 || value < INT64_MIN / 1000))
        return QStringLiteral("event time %1 s in field \"%2\" is not a plausible time").arg(value).arg(m_by.field);
    ms = seconds ? value * 1000 : value;
    if (!isPlausible(ms))
        return QStringLiteral("event time %1 in field \"%2\" (%3) is before 1990 or more than a day ahead: read as %4, not a plausible time")
            .arg(value)
            .arg(m_by.field, timeFormatName(m_by.format),
                 ms > -62135596800000LL && ms < 253402300800000LL ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)
                                                                   : QStringLiteral("outside years 1-9999"));
    return {};
}

} // namespace outflow
