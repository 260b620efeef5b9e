#pragma once

#include "kafka/KafkaRecord.h"

#include <QCoreApplication>

namespace outflow {

/// Text renderings of a record's bytes for the message viewer: pretty JSON, raw text, and a
/// `hexdump -C` style dump, plus one-line key and header summaries for tables.
class RecordValueText final
{
    Q_DECLARE_TR_FUNCTIONS(RecordValueText)

public:
    /// Hex dumps stop here so a huge value cannot freeze the text view.
    static constexpr qsizetype kHexLimit = 64 * 1024;

    /// Indented JSON, or an empty string when `bytes` is not a JSON object or array.
    static QString prettyJson(const QByteArray &bytes);
    /// UTF-8 text; invalid sequences become U+FFFD.
    static QString rawText(const QByteArray &bytes);
    /// 16 bytes a line: offset, hex in two groups of eight, then `|ASCII|` with '.' for the rest.
    static QString hexDump(const QByteArray &bytes);
    /// The key as text, "(null)" for none; control characters shown as escapes.
    static QString keyText(const KafkaRecord &record);
    /// `name=value, …`; "—" when there are none.
    static QString headersText(const KafkaRecord &record);
};

} // namespace outflow
