#pragma once

#include "KeyedTableModel.h"
#include "kafka/ConsumerGroup.h"

namespace outflow {

/// A task's consumption progress: one row per partition, then a totals row that is always there
/// (its figures are "—" until the first read). Refreshes update rows in place.
class ConsumerGroupModel final : public KeyedTableModel<PartitionProgress>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerGroupModel)

public:
    enum Column { Partition, CommittedOffset, LogStartOffset, LogEndOffset, Lag, LagTime, DrainEta, ColumnCount };

    explicit ConsumerGroupModel(QObject *parent = nullptr);

    void setProgress(const ConsumptionProgress &progress);
    /// Back to the state before the first read (another task is shown).
    void clear();
    int totalsRow() const { return int(items().size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const PartitionProgress &row) const override { return QString::number(row.partition); }
    bool sameContent(const PartitionProgress &a, const PartitionProgress &b) const override { return a == b; }

private:
    void setTotals(const PartitionProgress &totals);
    QVariant text(const PartitionProgress &row, Column column, bool totals) const;

    PartitionProgress m_totals;
};

} // namespace outflow
