#pragma once

#include "KeyedTableModel.h"
#include "kafka/ConsumerGroup.h"

namespace outflow {

/// The members of a consumer group, keyed by member id.
class GroupMembersModel final : public KeyedTableModel<GroupMember>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersModel)

public:
    enum Column { MemberId, ClientId, Host, AssignedPartitions, ColumnCount };

    explicit GroupMembersModel(QObject *parent = nullptr);

    void setMembers(const QList<GroupMember> &members) { replaceRows(members); }
    /// "orders: 0, 2; clicks: 1", topics in name order.
    /// The coordinator's state name in the user's language ("Stable", "Empty", …).
    static QString stateText(const QString &state);
    static QString assignmentText(const QList<QPair<QString, int>> &assignment);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const GroupMember &member) const override { return member.memberId; }
    bool sameContent(const GroupMember &a, const GroupMember &b) const override { return a == b; }
};

} // namespace outflow
