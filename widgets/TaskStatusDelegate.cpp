#include "TaskStatusDelegate.h"

#include "TaskListModel.h"

namespace outflow {

TaskStatusDelegate::TaskStatusDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor TaskStatusDelegate::colour(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Running:
        return QColor(0x1a, 0x7f, 0x37);
    case TaskStatus::Error:
        return QColor(0xcf, 0x22, 0x2e);
    case TaskStatus::CreateFailed:
        return QColor(0x82, 0x07, 0x1e);
    case TaskStatus::Paused:
        return QColor(0x6e, 0x77, 0x81);
    default:
        // Transitional states (Creating, Pausing, Restarting…): something is in progress.
        return QColor(0x09, 0x69, 0xda);
    }
}

void TaskStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(TaskListModel::StatusRole);
    if (!status.isValid()) return;
    // Only the normal text colour: selected rows keep the highlighted-text colour so the
    // status stays readable on the selection background.
    option->palette.setColor(QPalette::Text, colour(TaskStatus(status.toInt())));
    option->font.setWeight(QFont::DemiBold);
}

} // namespace outflow
