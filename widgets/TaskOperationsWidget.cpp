#include "TaskOperationsWidget.h"

#include "TaskListModel.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace outflow {

namespace {
const char kOperationProperty[] = "operation";
} // namespace

TaskOperationsWidget::TaskOperationsWidget(const TaskListModel *model, QString taskId, QWidget *parent)
    : QWidget(parent), m_model(model), m_taskId(std::move(taskId)), m_delete(new QToolButton(this)),
      m_more(new QToolButton(this)), m_menu(new QMenu(this))
{
    // Links, not buttons: a row of framed buttons in every line of a long list is noise.
    setStyleSheet(QStringLiteral("QToolButton { border: none; color: #0b57d0; padding: 0 4px; }"
                                 "QToolButton:hover { text-decoration: underline; }"
                                 "QToolButton:disabled { color: #8c959f; }"
                                 "QToolButton::menu-indicator { image: none; width: 0; }"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setText(tr("Delete"));
    m_delete->setCursor(Qt::PointingHandCursor);
    connect(m_delete, &QToolButton::clicked, this, [this] { Q_EMIT operationRequested(m_taskId, Operation::Delete); });

    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setText(tr("More ▾"));
    m_more->setCursor(Qt::PointingHandCursor);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("moreMenu"));

    const struct
    {
        Operation operation;
        const char *name;
        QString text;
    } items[] = {
        {Operation::Pause, "pauseAction", tr("Pause")},       {Operation::Start, "startAction", tr("Start")},
        {Operation::Restart, "restartAction", tr("Restart")}, {Operation::ResetPosition, "resetPositionAction", tr("Reset position…")},
        {Operation::Rebuild, "rebuildAction", tr("Rebuild")},
        {Operation::Copy, "copyAction", tr("Copy")},
    };
    for (const auto &item : items) {
        QAction *action = m_menu->addAction(item.text);
        action->setObjectName(QString::fromLatin1(item.name));
        action->setProperty(kOperationProperty, int(item.operation));
        connect(action, &QAction::triggered, this,
                [this, op = item.operation] { Q_EMIT operationRequested(m_taskId, op); });
    }
    connect(m_menu, &QMenu::aboutToShow, this, &TaskOperationsWidget::updateMenu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_delete);
    layout->addWidget(m_more);
    layout->addStretch(1);
    updateMenu();
}

bool TaskOperationsWidget::allowed(Operation operation, TaskStatus status)
{
    switch (operation) {
    case Operation::Pause: return status == TaskStatus::Running || status == TaskStatus::Error; // in Error: stop retrying
    case Operation::Start: return status == TaskStatus::Paused;
    case Operation::Restart: return status == TaskStatus::Error || status == TaskStatus::Running;
    case Operation::ResetPosition: return status == TaskStatus::Paused || status == TaskStatus::Error;
    case Operation::Rebuild: return status == TaskStatus::CreateFailed;
    case Operation::Copy:
    case Operation::Delete: return true;
    }
    return false;
}

void TaskOperationsWidget::setBusy(bool busy)
{
    m_delete->setEnabled(!busy);
    m_more->setEnabled(!busy);
}

void TaskOperationsWidget::updateMenu()
{
    const std::optional<TaskRecord> task = m_model->taskById(m_taskId);
    for (QAction *action : m_menu->actions()) {
        const auto operation = Operation(action->property(kOperationProperty).toInt());
        action->setEnabled(task && allowed(operation, task->status));
    }
}

} // namespace outflow
