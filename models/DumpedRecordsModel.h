#pragma once

#include "KeyedTableModel.h"
#include "kafka/KafkaRecord.h"

namespace outflow {

/// Records shown in the message viewer, keyed by partition and offset. Sorting (newest first)
/// is the view's proxy's job; the Offset, Timestamp and Size columns hold sortable values.
class DumpedRecordsModel final : public KeyedTableModel<KafkaRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DumpedRecordsModel)

public:
    enum Column { Offset, Timestamp, Key, Size, Headers, ColumnCount };

    explicit DumpedRecordsModel(QObject *parent = nullptr);

    void setRecords(const QList<KafkaRecord> &records) { replaceRows(records); }
    static QString timestampText(qint64 ms);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const KafkaRecord &record) const override;
    bool sameContent(const KafkaRecord &a, const KafkaRecord &b) const override;
};

} // namespace outflow
