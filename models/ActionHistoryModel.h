#pragma once

#include "catalog/TaskRecord.h"

#include <QAbstractTableModel>

namespace outflow {

/// A task's action history, newest first: who did what, when, and how it ended.
///
/// The history only grows, so a reload that starts with the rows already shown appends the
/// new ones with rowsInserted (at the top) instead of resetting the view under the reader.
class ActionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionHistoryModel)

public:
    enum Column { Time, Actor, Action, Result, Detail, ColumnCount };

    explicit ActionHistoryModel(QObject *parent = nullptr);

    /// `actions` in the catalog's order (oldest first).
    void setActions(const QList<TaskAction> &actions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Oldest first, as stored; row r shows m_actions[size - 1 - r].
    QList<TaskAction> m_actions;
};

} // namespace outflow
