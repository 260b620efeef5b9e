#pragma once

#include "catalog/TaskDefinition.h"

#include <optional>
#include <string_view>

namespace outflow {

/// Proposes the fields of one sample record value (what *Pull source data* shows) that could
/// put records into hour folders by event time: whole numbers read as epoch milliseconds or
/// seconds, whichever gives a plausible time (around 1e12 or 1e9 today), and ISO-8601 text with
/// a zone. Plausible is what the engine accepts (EventTime::isPlausible), so a proposal never
/// turns every record bad; microseconds or a counter are not proposed.
class EventTimeInference final
{
public:
    struct Field
    {
        QString path;
        TimeFormat format = TimeFormat::EpochMs;

        friend bool operator==(const Field &, const Field &) = default;
    };

    /// The fields that look like times, in the order of the value (nested objects flattened to
    /// dotted paths); empty when `value` is not a JSON object or none does.
    static QList<Field> fromValue(const QByteArray &value);
    /// How one JSON value as written holds a plausible time, if it does.
    static std::optional<TimeFormat> formatOf(std::string_view json);
};

} // namespace outflow
