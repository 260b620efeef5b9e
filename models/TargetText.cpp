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

} // namespace outflow
