#include "ActionHistoryModel.h"

#include "common/Messages.h"

namespace outflow {

ActionHistoryModel::ActionHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionHistoryModel::setActions(const QList<TaskAction> &actions)
{
    const bool extendsShown = actions.size() >= m_actions.size()
        && std::equal(m_actions.cbegin(), m_actions.cend(), actions.cbegin());
    if (!extendsShown) {
        // Another task, or a history that was rewritten: nothing to keep.
        beginResetModel();
        m_actions = actions;
        endResetModel();
        return;
    }
    const int added = int(actions.size() - m_actions.size());
    if (added == 0) return;
    beginInsertRows({}, 0, added - 1);
    m_actions = actions;
    endInsertRows();
}

int ActionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const TaskAction &a = m_actions.at(m_actions.size() - 1 - index.row());
    switch (Column(index.column())) {
    case Time:
        return role == Qt::ToolTipRole ? a.at.toLocalTime().toString(Qt::ISODateWithMs)
                                       : a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return a.actor;
    // Stored in English (the CLI shows them as they are); the console's language here.
    case Action:
        return Messages::translate(a.action);
    case Result:
        return Messages::translate(a.result);
    case Detail:
        return Messages::translate(a.detail);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
