#pragma once

#include <QJsonValue>

namespace outflow::cli {

/// How `--json` output spells the backend's "unknown" (-1) figures: null, so a script cannot
/// mistake them for a real offset or duration.
class JsonValues final
{
public:
    static QJsonValue known(qint64 value) { return value >= 0 ? QJsonValue(value) : QJsonValue(); }
    /// Epoch milliseconds as ISO-8601 UTC, null when unknown.
    static QJsonValue isoTime(qint64 ms);
};

} // namespace outflow::cli
