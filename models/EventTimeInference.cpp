#include "EventTimeInference.h"

#include "ColumnInference.h"
#include "engine/EventTime.h"

#include <QDateTime>

#include <charconv>

namespace outflow {

std::optional<TimeFormat> EventTimeInference::formatOf(std::string_view json)
{
    // Judged by the same reading as the columns: what they call int64 or timestamp_ms is what
    // the engine's event-time extraction accepts for the epoch and ISO-8601 formats.
    switch (ColumnInference::typeOf(json)) {
    case ColumnType::Int64: {
        qint64 value = 0;
        std::from_chars(json.data(), json.data() + json.size(), value);
        if (EventTime::isPlausible(value)) return TimeFormat::EpochMs;
        // The two ranges cannot overlap: a plausible time in seconds is about 1000 times smaller.
        constexpr qint64 kMsPerSecond = 1000;
        if (value > 0 && value < INT64_MAX / kMsPerSecond && EventTime::isPlausible(value * kMsPerSecond))
            return TimeFormat::EpochS;
        return std::nullopt;
    }
    case ColumnType::TimestampMs: {
        const QDateTime at = QDateTime::fromString(ColumnInference::stringOf(json), Qt::ISODateWithMs);
        if (EventTime::isPlausible(at.toMSecsSinceEpoch())) return TimeFormat::Iso8601;
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

QList<EventTimeInference::Field> EventTimeInference::fromValue(const QByteArray &value)
{
    QList<Field> fields;
    const std::optional<ColumnInference::Leaves> leaves = ColumnInference::leavesOf(value);
    if (!leaves) return fields;
    for (const ColumnInference::Leaf &leaf : leaves->fields)
        if (const auto format = formatOf(std::string_view(leaf.json.constData(), size_t(leaf.json.size()))))
            fields << Field{leaf.path, *format};
    return fields;
}

} // namespace outflow
