#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>

namespace outflow {

/// An Avro writer schema, parsed once per schema id into the tree AvroDecoder walks: every
/// type with its logical type (decimal, date, timestamp-millis…), named references resolved to
/// the type they name. Avro C (Debian's libavro) checks the schema first, so what Outflow
/// accepts is what the Avro specification accepts; the tree keeps what Avro C's schema objects
/// drop (logical types) and gives the decoder its bounds (docs/schema-registry.md says why the
/// decoder is Outflow's own).
class AvroSchema final
{
public:
    enum class Kind { Null, Boolean, Int, Long, Float, Double, Bytes, String, Record, Enum, Array, Map, Union, Fixed };
    enum class Logical {
        None,
        Decimal,
        Uuid,
        Date,
        TimeMillis,
        TimeMicros,
        TimestampMillis,
        TimestampMicros,
        LocalTimestampMillis,
        LocalTimestampMicros,
    };

    struct Type;
    struct Field
    {
        QString name;
        const Type *type = nullptr;
    };
    struct Type
    {
        Kind kind = Kind::Null;
        Logical logical = Logical::None;
        int scale = 0;           // decimal
        qsizetype fixedSize = 0; // fixed
        QString fullName;        // record, enum, fixed
        QList<Field> fields;     // record
        QStringList symbols;     // enum
        const Type *items = nullptr;  // array items, map values
        QList<const Type *> branches; // union
    };

    /// Parses the schema text a registry returned. Fails with the reason when Avro C rejects it
    /// or it names a type it does not define.
    static Result<std::shared_ptr<const AvroSchema>> parse(const QByteArray &json);

    const Type &root() const { return *m_root; }

private:
    AvroSchema() = default;

    std::deque<Type> m_types; // stable addresses: types point at each other
    const Type *m_root = nullptr;
};

} // namespace outflow
