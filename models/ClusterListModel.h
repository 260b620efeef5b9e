#pragma once

#include "KeyedTableModel.h"
#include "catalog/ClusterConfig.h"

namespace outflow {

/// The registered Kafka clusters, one row per cluster, keyed by name.
class ClusterListModel final : public KeyedTableModel<ClusterConfig>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListModel)

public:
    enum Column { Name, BootstrapServers, SecurityProtocol, ColumnCount };

    explicit ClusterListModel(QObject *parent = nullptr);

    void setItems(const QList<ClusterConfig> &clusters) { replaceRows(clusters); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ClusterConfig &cluster) const override { return cluster.name; }
    bool sameContent(const ClusterConfig &a, const ClusterConfig &b) const override { return a == b; }
};

} // namespace outflow
