#pragma once

#include "ColumnExtractor.h"
#include "RecordView.h"
#include "catalog/TaskDefinition.h"

#include <optional>

namespace outflow {

/// The time that puts a record into its dt=/hr= folder: the Kafka record's timestamp, or the
/// event time a field of the value holds when the task partitions by it (partitionBy).
///
/// An event time that is missing, unreadable or implausible (before 1990, or more than a day
/// ahead of this machine's clock: microseconds read as milliseconds land in the year 55800,
/// seconds read as milliseconds in January 1970) makes the record bad, so it follows the
/// bad-record policy instead of creating folders nobody will ever query.
class EventTime final
{
public:
    explicit EventTime(const PartitionBy &by);

    /// The Kafka record's timestamp, or now when it has none.
    static qint64 kafkaTime(const RecordView &record);
    /// Sets `ms` (epoch milliseconds); returns the reason when the record has no usable time.
    QString of(const RecordView &record, qint64 &ms) const;
    /// Whether `ms` is a time a record can have: from 1990 to a day ahead of this machine's clock.
    static bool isPlausible(qint64 ms);

private:
    PartitionBy m_by;
    std::optional<ColumnExtractor> m_field; // one column: the field, typed by the format
    mutable std::vector<ColumnCell> m_cell;
};

} // namespace outflow
