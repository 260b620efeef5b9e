#include "GroupMembersModel.h"

#include <QMap>

namespace outflow {

GroupMembersModel::GroupMembersModel(QObject *parent) : KeyedTableModel(parent) {}

QString GroupMembersModel::stateText(const QString &state)
{
    if (state == QLatin1String("Stable")) return tr("Stable");
    if (state == QLatin1String("Empty")) return tr("Empty (no member)");
    if (state == QLatin1String("PreparingRebalance")) return tr("Preparing rebalance");
    if (state == QLatin1String("CompletingRebalance")) return tr("Completing rebalance");
    if (state == QLatin1String("Dead")) return tr("Dead");
    return state.isEmpty() ? tr("Unknown") : state;
}

QString GroupMembersModel::assignmentText(const QList<QPair<QString, int>> &assignment)
{
    QMap<QString, QStringList> byTopic;
    for (const auto &[topic, partition] : assignment) byTopic[topic] << QString::number(partition);
    QStringList parts;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it) parts << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const GroupMember &member = item(index.row());
    switch (Column(index.column())) {
    case MemberId:
        return member.memberId;
    case ClientId:
        return member.clientId;
    case Host:
        return member.host;
    case AssignedPartitions:
        return assignmentText(member.assignment);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case MemberId:
        return tr("Member ID");
    case ClientId:
        return tr("Client ID");
    case Host:
        return tr("Host");
    case AssignedPartitions:
        return tr("Assigned partitions");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
