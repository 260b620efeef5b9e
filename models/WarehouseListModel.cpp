#include "WarehouseListModel.h"

namespace outflow {

WarehouseListModel::WarehouseListModel(QObject *parent) : KeyedTableModel(parent) {}

int WarehouseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarehouseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const WarehouseConfig &warehouse = item(index.row());
    switch (Column(index.column())) {
    case Name:
        return warehouse.name;
    case Kind:
        return warehouse.kind == WarehouseConfig::Kind::Hdfs ? tr("HDFS") : tr("Local directory");
    case Location:
        // Files land as this user on HDFS; permission errors make no sense without it.
        if (warehouse.kind == WarehouseConfig::Kind::Hdfs && !warehouse.user.isEmpty())
            return tr("%1 (as %2)").arg(warehouse.location, warehouse.user);
        return warehouse.location;
    case Metastore:
        return warehouse.metastore.isEmpty() ? tr("None") : warehouse.metastore;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WarehouseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Location:
        return tr("Location");
    case Metastore:
        return tr("Hive Metastore");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
