#include "ClusterListModel.h"

namespace outflow {

ClusterListModel::ClusterListModel(QObject *parent) : KeyedTableModel(parent) {}

int ClusterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const ClusterConfig &cluster = item(index.row());
    switch (Column(index.column())) {
    case Name:
        return cluster.name;
    case BootstrapServers:
        return cluster.bootstrapServers;
    case SecurityProtocol:
        // The mechanism is what people mix up when SASL fails, so it is worth the space.
        if (cluster.saslMechanism.isEmpty()) return cluster.securityProtocol;
        return QStringLiteral("%1 (%2)").arg(cluster.securityProtocol, cluster.saslMechanism);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case BootstrapServers:
        return tr("Bootstrap servers");
    case SecurityProtocol:
        return tr("Security protocol");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
