#pragma once

#include "catalog/TaskDefinition.h"

#include <QCoreApplication>

#include <optional>

namespace outflow {

class AvroSchema;

/// Proposes the columns of a parquet or orc table from one sample record value (what *Pull
/// source data* shows), for the user to review: one column per field of the JSON object, nested
/// objects flattened into dotted paths (buyer.city becomes column buyer_city). Kafka metadata
/// columns are never proposed: whether a table wants them is the user's choice.
class ColumnInference final
{
    Q_DECLARE_TR_FUNCTIONS(ColumnInference)

public:
    struct Proposal
    {
        QList<ColumnSpec> columns;
        /// Fields no dotted path can name (a key that is empty or holds a dot): left out.
        QStringList skipped;
    };

    /// One leaf of a sample value: its dotted path and its JSON text as written.
    struct Leaf
    {
        QString path;
        QByteArray json;
    };
    struct Leaves
    {
        QList<Leaf> fields; // in the order of the value; a repeated key keeps its first place
        QStringList skipped; // as in Proposal
    };

    /// Fails, with a sentence for the user, when `value` is not a JSON object with fields.
    static Result<Proposal> fromValue(const QByteArray &value);
    /// Columns from the Avro schema a sample value was decoded with (schema registry): each
    /// field of the record, nested records flattened like JSON objects, types from the schema.
    static Result<Proposal> fromAvroSchema(const AvroSchema &schema);
    /// The leaves of a JSON object value, nested objects flattened; nullopt when `value` is not
    /// a JSON object. Column and event-time proposals read the sample the same way.
    static std::optional<Leaves> leavesOf(const QByteArray &value);
    /// The text of a JSON string token (quotes included), unescaped.
    static QString stringOf(std::string_view json);
    /// The type for one JSON value as written (a token, object or array). Judged on the text,
    /// not on a parsed number: 12 and 12.0 are the same double to QJsonValue, but only the
    /// first fits the engine's int64 columns.
    static ColumnType typeOf(std::string_view json);
    /// A valid, readable column name for a dotted path: characters outside letters, digits and
    /// '_' become '_'.
    static QString columnName(const QString &path);

private:
    /// Names every column after its path, distinct ignoring case.
    static void nameColumns(QList<ColumnSpec> &columns);
};

} // namespace outflow
