#include "TaskListPage.h"

#include "ErrorBanner.h"
#include "LinkDelegate.h"
#include "ResetPositionDialog.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"
#include "TaskActionRunner.h"
#include "TaskFilterProxyModel.h"
#include "TaskListModel.h"
#include "TaskStatusDelegate.h"
#include "common/Messages.h"
#include "engine/Engine.h"

#include "FutureWatch.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
/// A push button that triggers `action` and follows its enabled state (a QToolButton would,
/// but looks out of place next to New Task).
QPushButton *actionButton(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

struct ImportOutcome
{
    Status status;
    QString taskId;
    QString name;
    QString createError;
};
} // namespace

TaskListPage::TaskListPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent),
      m_context(std::move(context)),
      m_model(new TaskListModel(this)),
      m_proxy(new TaskFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this)),
      m_actionResult(new ErrorBanner(this)),
      m_runner(new TaskActionRunner(m_context, m_model, this))
{
    setObjectName(QStringLiteral("taskListPage"));
    m_actionResult->setObjectName(QStringLiteral("actionResult"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(TaskListModel::Status, new TaskStatusDelegate(m_view));
    new LinkDelegate(m_view, TaskListModel::Id); // a click on the ID opens the task
    configureColumns();
    // Newest first by default; the proxy still keeps failed tasks above everything.
    m_view->sortByColumn(TaskListModel::Created, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Data Outflow"), this));
    layout->addWidget(createToolbar());
    layout->addWidget(m_error);
    layout->addWidget(m_actionResult);
    layout->addWidget(m_stack, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TaskListPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListPage::updatePlaceholder);
    // Index widgets follow their rows through sorting; rows that (re)appear need new ones.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TaskListPage::ensureOperationWidgets);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListPage::ensureOperationWidgets);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskListPage::ensureOperationWidgets);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TaskListPage::updateBusyWidgets);
    // Queued: measured once the view has laid the new rows out.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TaskListPage::fitTextColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListPage::fitTextColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TaskListPage::fitTextColumns, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() <= TaskListModel::Name) // a renamed task, not the live figures
            QMetaObject::invokeMethod(this, &TaskListPage::fitTextColumns, Qt::QueuedConnection);
    });

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openTaskRequested(index.data(TaskListModel::TaskIdRole).toString());
    });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TaskListModel::Id) Q_EMIT openTaskRequested(index.data(TaskListModel::TaskIdRole).toString());
    });
    // Only while the table has focus: Del in the search field must delete text, not tasks.
    auto *remove = new QAction(tr("Delete task"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &TaskListPage::deleteSelected);
    m_view->addAction(remove);

    connect(m_runner, &TaskActionRunner::finished, this, [this](const QString &, bool ok, const QString &message) {
        showOutcome(ok, message);
        reload();
    });
    updatePlaceholder();
}

QWidget *TaskListPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    auto *newTask = new QPushButton(tr("New Task"), bar);
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setToolTip(tr("Create a data-outflow task (Ctrl+N)"));
    newTask->setStyleSheet(QStringLiteral("QPushButton { background: #0b57d0; color: white; border: none;"
                                          " border-radius: 4px; padding: 6px 14px; font-weight: 600; }"
                                          "QPushButton:hover { background: #0a4bb4; }"));
    connect(newTask, &QPushButton::clicked, this, &TaskListPage::newTask);
    row->addWidget(newTask);

    m_importAction = new QAction(tr("Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setToolTip(tr("Create a task from a JSON definition file"));
    connect(m_importAction, &QAction::triggered, this, &TaskListPage::chooseImportFile);
    m_exportAction = new QAction(tr("Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Save the selected task's definition as JSON"));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &TaskListPage::chooseExportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_exportAction->setEnabled(!selectedTaskId().isEmpty()); });
    row->addWidget(actionButton(m_importAction, QStringLiteral("importButton"), bar));
    row->addWidget(actionButton(m_exportAction, QStringLiteral("exportButton"), bar));
    row->addStretch(1);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updatePlaceholder();
    });
    row->addWidget(m_search);

    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (TaskStatus s : allTaskStatuses()) m_stateFilter->addItem(TaskListModel::statusLabel(s), int(s));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_stateFilter->currentData().toInt();
        m_proxy->setStatusFilter(s < 0 ? std::nullopt : std::optional<TaskStatus>(TaskStatus(s)));
        updatePlaceholder();
    });
    row->addWidget(m_stateFilter);

    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Reload the tasks (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &TaskListPage::reload);
    row->addWidget(m_refresh);
    return bar;
}

void TaskListPage::configureColumns()
{
    // Fixed-format columns get what their longest value needs; the free-text columns share
    // whatever width is left, so the table fits the window without a horizontal scroll bar.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const struct
    {
        TaskListModel::Column column;
        QString sample;
    } fixed[] = {
        {TaskListModel::Status, QStringLiteral("CreateFailed")}, // drawn bold; the sample is wide enough
        {TaskListModel::MessagesPerSecond, QStringLiteral("99,999.9")},
        {TaskListModel::Lag, QStringLiteral("9,999,999")},
        {TaskListModel::Created, QStringLiteral("2000-00-00 00:00")},
        {TaskListModel::Operations, tr("Delete") + tr("More ▾") + QStringLiteral("MMM")},
    };
    for (const auto &[column, sample] : fixed) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->setColumnWidth(column, m_view->widthFor(sample));
    }
    // IDs, names and sources are as wide as they are (fitTextColumns): no elided name while the
    // ID column has room to spare, and no ID cut short. The target, the longest text (warehouse,
    // BID and TID), takes what is left rather than half of it.
    for (int column : {TaskListModel::Id, TaskListModel::Name, TaskListModel::Source})
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(TaskListModel::Target, QHeaderView::Stretch);
}

void TaskListPage::fitTextColumns()
{
    // By hand, not QHeaderView::ResizeToContents: a horizontal header does not resize its
    // sections when rows arrive, and the user may still drag them.
    for (int column : {TaskListModel::Id, TaskListModel::Name, TaskListModel::Source}) m_view->resizeColumnToContents(column);
    // A very long cluster or topic name must not push the target out of sight.
    const int maxSource = qMax(m_view->widthFor(QStringLiteral("cluster · topic_name_")), m_view->viewport()->width() / 4);
    if (m_view->columnWidth(TaskListModel::Source) > maxSource) m_view->setColumnWidth(TaskListModel::Source, maxSource);
}

void TaskListPage::ensureOperationWidgets()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex cell = m_proxy->index(row, TaskListModel::Operations);
        if (m_view->indexWidget(cell)) continue;
        const QString id = cell.data(TaskListModel::TaskIdRole).toString();
        auto *ops = new TaskOperationsWidget(m_model, id, m_view);
        ops->setBusy(cell.data(TaskListModel::BusyRole).toBool());
        connect(ops, &TaskOperationsWidget::operationRequested, this, &TaskListPage::runOperation);
        m_view->setIndexWidget(cell, ops);
    }
}

void TaskListPage::updateBusyWidgets(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (bottomRight.column() < TaskListModel::Operations) return; // live figures only
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex cell = m_proxy->index(row, TaskListModel::Operations);
        if (auto *ops = qobject_cast<TaskOperationsWidget *>(m_view->indexWidget(cell)))
            ops->setBusy(cell.data(TaskListModel::BusyRole).toBool());
    }
}

QString TaskListPage::selectedTaskId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {})) return {};
    return current.data(TaskListModel::TaskIdRole).toString();
}

void TaskListPage::runOperation(const QString &taskId, TaskOperationsWidget::Operation operation)
{
    using Op = TaskOperationsWidget::Operation;
    const std::optional<TaskRecord> task = m_model->taskById(taskId);
    if (!task || m_model->isBusy(taskId)) return;
    switch (operation) {
    case Op::Pause: m_runner->request(TaskActionRunner::Action::Pause, taskId); break;
    case Op::Start: m_runner->request(TaskActionRunner::Action::Start, taskId); break;
    case Op::Restart: m_runner->request(TaskActionRunner::Action::Restart, taskId); break;
    case Op::Delete: m_runner->request(TaskActionRunner::Action::Delete, taskId); break;
    case Op::ResetPosition: {
        auto *dialog = new ResetPositionDialog(m_context, taskId, task->definition.name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            showOutcome(true, tr("Position reset %1").arg(dialog->summary()));
            reload();
        });
        dialog->open();
        break;
    }
    case Op::Rebuild: openTaskForm(TaskFormDialog::Mode::Rebuild, task); break;
    case Op::Copy: openTaskForm(TaskFormDialog::Mode::Copy, task); break;
    }
}

void TaskListPage::newTask()
{
    openTaskForm(TaskFormDialog::Mode::Create, std::nullopt);
}

void TaskListPage::deleteSelected()
{
    const QString id = selectedTaskId();
    if (!id.isEmpty()) runOperation(id, TaskOperationsWidget::Operation::Delete);
}

void TaskListPage::openTaskForm(TaskFormDialog::Mode mode, const std::optional<TaskRecord> &base)
{
    QStringList taken;
    for (const TaskRecord &t : m_model->items()) taken << t.definition.name;
    auto *dialog = new TaskFormDialog(m_context, mode, base, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskFormDialog::taskCreated, this,
            [this, mode, baseId = dialog->baseTaskId()](const QString &id, const QString &createError) {
                taskCreated(mode, baseId, id, createError);
            });
    dialog->open();
}

void TaskListPage::taskCreated(TaskFormDialog::Mode mode, const QString &baseTaskId, const QString &taskId,
                               const QString &createError)
{
    if (createError.isEmpty()) showOutcome(true, tr("Task %1 was created and is running.").arg(taskId));
    else showOutcome(false, tr("Task %1 was created but could not start (CreateFailed):").arg(taskId) + u'\n'
                                      + Messages::translate(createError));
    if (mode == TaskFormDialog::Mode::Rebuild) {
        // The rebuilt task replaces the failed one, whose definition now lives on in the new task.
        m_runner->run(baseTaskId, tr("Deleting…"), tr("Task %1 was rebuilt as %2.").arg(baseTaskId, taskId),
                      [baseTaskId](Engine &engine, const QString &actor) { return engine.deleteTask(baseTaskId, actor); });
    }
    reload();
}

void TaskListPage::showOutcome(bool ok, const QString &message)
{
    if (ok) m_actionResult->showInfo(message);
    else m_actionResult->showError(message);
}

void TaskListPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import task definition"), QString(),
                                                      tr("Task definitions (*.json);;All files (*)"));
    if (!path.isEmpty()) importFile(path);
}

void TaskListPage::importFile(const QString &path)
{
    FutureWatch::onReady(this, QtConcurrent::run([engine = m_context.engine, actor = m_context.actor, path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ImportOutcome{Status::fail(tr("Cannot read %1: %2").arg(path, file.errorString())), {}, {}, {}};
        const auto definition = TaskDefinition::fromJsonBytes(file.readAll());
        if (!definition) return ImportOutcome{Status::fail(definition.error()), {}, {}, {}};
        QString createError;
        const auto id = engine->createTask(definition.value(), actor, &createError);
        if (!id) return ImportOutcome{Status::fail(id.error()), {}, {}, {}};
        return ImportOutcome{Status::ok(), id.value(), definition->name, createError};
    }), [this, path](const ImportOutcome &outcome) {
        if (!outcome.status) showOutcome(false, outcome.status.error());
        else if (!outcome.createError.isEmpty())
            showOutcome(false, tr("Imported %1 as task %2, but it could not start (CreateFailed):").arg(outcome.name, outcome.taskId)
                                   + u'\n' + outcome.createError);
        else showOutcome(true, tr("Imported %1 as task %2; it is running.").arg(outcome.name, outcome.taskId));
        reload();
    });
}

void TaskListPage::chooseExportFile()
{
    const std::optional<TaskRecord> task = m_model->taskById(selectedTaskId());
    if (!task) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export task definition"), task->definition.name + QStringLiteral(".json"),
                                                      tr("Task definitions (*.json)"));
    if (!path.isEmpty()) exportTask(task->id, path);
}

void TaskListPage::exportTask(const QString &taskId, const QString &path)
{
    const std::optional<TaskRecord> task = m_model->taskById(taskId);
    if (!task) return;
    const QByteArray json = QJsonDocument(task->definition.toJson()).toJson(QJsonDocument::Indented);
    FutureWatch::onReady(this, QtConcurrent::run([path, json] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return Status::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return Status::ok();
    }), [this, path, name = task->definition.name](const Status &status) {
        showOutcome(status.isOk(), status ? tr("Exported %1 to %2.").arg(name, path) : status.error());
    });
}

void TaskListPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_context.catalog] { return catalog->tasks(); }), [this, serial](const Result<QList<TaskRecord>> &result) {
            applyLoadResult(serial, result);
        });
}

void TaskListPage::applyLoadResult(quint64 serial, const Result<QList<TaskRecord>> &result)
{
    if (serial != m_loadSerial) return;
    m_loaded = true;
    m_lastLoadFailed = !result.isOk();
    if (result.isOk()) {
        m_error->clearError();
        m_model->setTasks(result.value());
        Q_EMIT tasksLoaded(result.value());
    } else {
        // Keep the rows from the last good load: stale rows plus an error beat an empty page.
        m_error->showError(result.error());
    }
    updatePlaceholder();
}

void TaskListPage::updatePlaceholder()
{
    if (!m_loaded)
        m_stack->showPlaceholder(tr("Loading tasks…"));
    else if (m_model->rowCount() == 0 && m_lastLoadFailed)
        m_stack->showPlaceholder(tr("The tasks could not be loaded."));
    else if (m_model->rowCount() == 0)
        m_stack->showPlaceholder(tr("No data-outflow tasks yet."));
    else if (m_proxy->rowCount() == 0)
        m_stack->showPlaceholder(tr("No task matches the search or the state filter."));
    else
        m_stack->showContent();
}

} // namespace outflow
