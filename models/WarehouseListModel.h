#pragma once

#include "KeyedTableModel.h"
#include "catalog/WarehouseConfig.h"

namespace outflow {

/// The registered warehouses, one row per warehouse, keyed by name.
class WarehouseListModel final : public KeyedTableModel<WarehouseConfig>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseListModel)

public:
    enum Column { Name, Kind, Location, Metastore, ColumnCount };

    explicit WarehouseListModel(QObject *parent = nullptr);

    void setItems(const QList<WarehouseConfig> &warehouses) { replaceRows(warehouses); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const WarehouseConfig &warehouse) const override { return warehouse.name; }
    bool sameContent(const WarehouseConfig &a, const WarehouseConfig &b) const override { return a == b; }
};

} // namespace outflow
