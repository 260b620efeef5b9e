#include "ConsumerGroupModel.h"

#include "common/DurationText.h"

namespace outflow {

namespace {
QVariant offsetText(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant(QStringLiteral("—"));
}
} // namespace

ConsumerGroupModel::ConsumerGroupModel(QObject *parent) : KeyedTableModel(parent) {}

void ConsumerGroupModel::setProgress(const ConsumptionProgress &progress)
{
    replaceRows(progress.partitions);
    setTotals(progress.totals);
}

void ConsumerGroupModel::clear()
{
    replaceRows({});
    setTotals({});
}

void ConsumerGroupModel::setTotals(const PartitionProgress &totals)
{
    if (totals == m_totals) return;
    m_totals = totals;
    Q_EMIT dataChanged(index(totalsRow(), 0), index(totalsRow(), ColumnCount - 1));
}

int ConsumerGroupModel::rowCount(const QModelIndex &parent) const
{
    // The totals row follows the partitions, so rows inserted at the end of the partitions land
    // before it and the base class's row signals stay right.
    return parent.isValid() ? 0 : KeyedTableModel::rowCount() + 1;
}

int ConsumerGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsumerGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const bool totals = index.row() == totalsRow();
    const PartitionProgress &row = totals ? m_totals : item(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, Column(index.column()), totals);
    case Qt::TextAlignmentRole:
        return index.column() == Partition ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == CommittedOffset && row.committedOffset < 0 && !totals)
            return tr("The group has not committed an offset for this partition yet.");
        if (index.column() == DrainEta && row.drainEtaMs < 0 && row.lag > 0)
            return row.consumeRate == 0 ? tr("Nothing was consumed over the recent refreshes, so there is no estimate.")
                                        : tr("The estimate needs two refreshes at least a second apart.");
        if (index.column() == DrainEta && row.consumeRate > 0) return tr("At %1 records/s").arg(row.consumeRate, 0, 'f', 1);
        return {};
    default:
        return {};
    }
}

QVariant ConsumerGroupModel::text(const PartitionProgress &row, Column column, bool totals) const
{
    switch (column) {
    case Partition:
        return totals ? QVariant(tr("Total")) : QVariant(row.partition);
    case CommittedOffset:
        return offsetText(row.committedOffset);
    case LogStartOffset:
        return offsetText(row.logStartOffset);
    case LogEndOffset:
        return offsetText(row.logEndOffset);
    case Lag:
        return offsetText(row.lag);
    case LagTime:
        return DurationText::format(row.lagTimeMs);
    case DrainEta:
        if (row.lag == 0) return tr("Caught up");
        return DurationText::format(row.drainEtaMs);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConsumerGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Partition ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter); // as the figures below
    if (role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Partition:
        return tr("Partition");
    case CommittedOffset:
        return tr("Committed offset");
    case LogStartOffset:
        return tr("Log-start offset");
    case LogEndOffset:
        return tr("Log-end offset");
    case Lag:
        return tr("Lag");
    case LagTime:
        return tr("Lag in time");
    case DrainEta:
        return tr("Drain ETA");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
