#include "DumpedRecordsModel.h"

#include "RecordValueText.h"

#include <QDateTime>

namespace outflow {

DumpedRecordsModel::DumpedRecordsModel(QObject *parent) : KeyedTableModel(parent) {}

QString DumpedRecordsModel::keyOf(const KafkaRecord &record) const
{
    return QStringLiteral("%1:%2").arg(record.partition).arg(record.offset);
}

bool DumpedRecordsModel::sameContent(const KafkaRecord &a, const KafkaRecord &b) const
{
    // An offset's record never changes in Kafka; topic and partition are in the key.
    return a.topic == b.topic && a.timestampMs == b.timestampMs && a.value.size() == b.value.size();
}

QString DumpedRecordsModel::timestampText(qint64 ms)
{
    if (ms < 0) return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int DumpedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DumpedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const KafkaRecord &record = item(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Offset || index.column() == Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (Column(index.column())) {
    case Offset:
        return record.offset;
    case Timestamp:
        return timestampText(record.timestampMs);
    case Key:
        return RecordValueText::keyText(record);
    case Size:
        return record.valueIsNull ? QVariant(tr("null")) : QVariant(record.value.size());
    case Headers:
        return RecordValueText::headersText(record);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DumpedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Offset:
        return tr("Offset");
    case Timestamp:
        return tr("Timestamp");
    case Key:
        return tr("Key");
    case Size:
        return tr("Size (bytes)");
    case Headers:
        return tr("Headers");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
