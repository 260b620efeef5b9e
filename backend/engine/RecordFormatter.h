#pragma once

#include "ColumnExtractor.h"
#include "RecordView.h"
#include "catalog/TaskDefinition.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace outflow {

/// Turns records into lines of a table file: `json` (one object per record), `raw` (the value
/// and a newline) or `delimited` (TDW text table: chosen fields of a JSON value, escaped).
class RecordFormatter final
{
public:
    explicit RecordFormatter(const TargetSpec &target);

    /// Appends the record's line to `out`. Returns an empty string on success; otherwise the
    /// reason the record is bad (and `out` is unchanged).
    QString append(const RecordView &record, QByteArray &out) const;
    /// The file extension, without ".gz".
    QString extension() const;

    /// Appends `text` as a JSON string literal (with quotes), escaping as RFC 8259 requires.
    static void appendJsonString(QByteArray &out, const char *data, qsizetype size);

private:
    QString appendJson(const RecordView &record, QByteArray &out) const;
    QString appendDelimited(const RecordView &record, QByteArray &out) const;

    RecordFormat m_format;
    /// The delimited format's fields, as UTF-8 to compare with keys.
    QList<QByteArray> m_fields;
    QByteArray m_separator;
    /// Typed columns of the delimited format, when it has them instead of fields.
    std::shared_ptr<const ColumnExtractor> m_columns;
    QList<ColumnType> m_columnTypes;
    mutable std::vector<ColumnCell> m_row;
};

} // namespace outflow
