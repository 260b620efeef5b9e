#pragma once

#include "AvroSchema.h"

#include <QByteArray>
#include <QString>

namespace outflow {

/// Turns Avro binary data into JSON text, the way people reading Kafka data expect it: a union
/// as the value of its branch (no {"string": …} wrapper), a decimal as an exact JSON number,
/// dates and timestamps as ISO-8601 text (timestamps in UTC, with a Z), bytes and fixed as
/// base64 text, an enum as its symbol.
///
/// The input is untrusted: every length is checked against the bytes that remain, nesting is
/// capped at kMaxDepth, the JSON at kMaxJsonBytes, and the value must use every byte — data
/// that does not fit the schema is refused with the reason, never rendered half-right.
class AvroDecoder final
{
public:
    /// Below the json format's own nesting limit, as the value sits inside a record's line.
    static constexpr int kMaxDepth = 128;
    /// A few bytes of input can claim millions of nulls; the JSON they would become is capped.
    static constexpr qsizetype kMaxJsonBytes = 64 << 20;

    /// Appends the JSON text of the value in `data` to `out`. Returns the reason the data is not
    /// a value of `schema` (and `out` is then unspecified), or an empty string.
    static QString appendJson(const AvroSchema &schema, const char *data, qsizetype size, QByteArray &out);
};

} // namespace outflow
