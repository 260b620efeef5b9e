#pragma once

#include "catalog/TaskStatus.h"

#include <QStyledItemDelegate>

namespace outflow {

/// Colours a task's status text so failed tasks stand out in a long list. Lives in widgets
/// because colour is a view concern; the model only exposes TaskListModel::StatusRole.
class TaskStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStatusDelegate)

public:
    explicit TaskStatusDelegate(QObject *parent = nullptr);

    static QColor colour(TaskStatus status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace outflow
