#pragma once

#include "RecordView.h"
#include "catalog/TaskDefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace outflow {

/// One value of a row, already converted to its column's type: text for string and binary,
/// `integer` for int32, int64, boolean (0/1), timestamp_ms (epoch ms) and date (days since
/// 1970-01-01), `real` for double.
struct ColumnCell
{
    bool null = true;
    qint64 integer = 0;
    double real = 0;
    QByteArray text; // reused from row to row: its capacity stays
};

/// Turns a record into a row of typed cells, one per column of a parquet or orc table
/// (docs/columnar.md lists the rules). The value is scanned once (JsonScanner, no DOM);
/// nested paths scan only the member they go through. A value that does not fit its column,
/// or a missing field of a column that is not nullable, makes the record bad.
class ColumnExtractor final
{
public:
    explicit ColumnExtractor(const QList<ColumnSpec> &columns);

    /// Fills `row` (resized to the columns). Returns the reason when the record is bad.
    QString extract(const RecordView &record, std::vector<ColumnCell> &row) const;
    /// Bytes the row holds (text lengths, 8 per number): what buffering it costs.
    static qint64 rowBytes(const std::vector<ColumnCell> &row);

private:
    struct Plan
    {
        ColumnSpec spec;
        int firstName = -1;                   // index into m_firstNames
        QList<QList<QByteArray>> deeperNames; // one single-name list per deeper path segment
    };

    QString fromValue(const Plan &plan, std::string_view json, ColumnCell &cell) const;
    static QString fromMeta(const Plan &plan, const RecordView &record, ColumnCell &cell);

    std::vector<Plan> m_plans;
    QList<QByteArray> m_firstNames;
    bool m_needsValue = false;
};

} // namespace outflow
