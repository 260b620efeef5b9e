#include "TargetText.h"

namespace outflow {

QString TargetText::compression(Compression compression)
{
    return compression == Compression::None ? tr("None") : compressionName(compression);
}

QString TargetText::meta(ColumnMeta meta)
{
    switch (meta) {
    case ColumnMeta::None: return {};
    case ColumnMeta::Topic: return tr("Kafka topic");
    case ColumnMeta::Partition: return tr("Kafka partition");
    case ColumnMeta::Offset: return tr("Kafka offset");
    case ColumnMeta::Timestamp: return tr("Kafka timestamp");
    case ColumnMeta::Key: return tr("Kafka key");
    }
    return {};
}

QString TargetText::columnSource(const ColumnSpec &column)
{
    return column.meta == ColumnMeta::None ? column.path : meta(column.meta);
}

QString TargetText::columns(const QList<ColumnSpec> &columns)
{
    QStringList lines;
    for (const ColumnSpec &c : columns) {
        QString line = tr("%1 · %2 · %3").arg(c.name, columnTypeName(c.type), columnSource(c));
        if (!c.nullable) line += tr(" · not null");
        lines << line;
    }
    return lines.join(u'\n');
}

QString TargetText::timeFormat(TimeFormat format)
{
    switch (format) {
    case TimeFormat::EpochMs: return tr("Epoch milliseconds");
    case TimeFormat::EpochS: return tr("Epoch seconds");
    case TimeFormat::Iso8601: return tr("ISO-8601 text with a zone");
    }
    return {};
}

QString TargetText::foldersBy(const PartitionBy &by)
{
    if (!by.byEventTime()) return tr("Kafka record time");
    // Short unit names: this is one line among the target's facts.
    QString unit;
    switch (by.format) {
    case TimeFormat::EpochMs: unit = tr("epoch ms"); break;
    case TimeFormat::EpochS: unit = tr("epoch s"); break;
    case TimeFormat::Iso8601: unit = tr("ISO-8601"); break;
    }
    return tr("Event time: %1 (%2)").arg(by.field, unit);
}

} // namespace outflow
