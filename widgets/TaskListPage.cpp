#include "TaskListPage.h"

#include "ErrorBanner.h"
#include "ListTableView.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"
#include "TaskFilterProxyModel.h"
#include "TaskListModel.h"
#include "TaskStatusDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

TaskListPage::TaskListPage(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(std::move(catalog)),
      m_model(new TaskListModel(this)),
      m_proxy(new TaskFilterProxyModel(this)),
      m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)),
      m_error(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("taskListPage"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(TaskListModel::Status, new TaskStatusDelegate(m_view));
    configureColumns();
    // Newest first by default; the proxy still keeps failed tasks above everything.
    m_view->sortByColumn(TaskListModel::Created, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Data Outflow"), this));
    layout->addWidget(createToolbar());
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TaskListPage::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TaskListPage::updatePlaceholder);
    updatePlaceholder();
}

QWidget *TaskListPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    // Present so the page has the console's shape, but honest about not working yet.
    auto *newTask = new QPushButton(tr("New Task"), bar);
    newTask->setObjectName(QStringLiteral("newTaskButton"));
    newTask->setEnabled(false);
    newTask->setToolTip(tr("Task creation arrives with the engine"));
    row->addWidget(newTask);
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
    // TaskStatus has no list of its values; its names end where taskStatusName() returns "".
    for (int s = 0; !taskStatusName(TaskStatus(s)).isEmpty(); ++s)
        m_stateFilter->addItem(taskStatusName(TaskStatus(s)), s);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_stateFilter->currentData().toInt();
        m_proxy->setStatusFilter(s < 0 ? std::nullopt : std::optional<TaskStatus>(TaskStatus(s)));
        updatePlaceholder();
    });
    row->addWidget(m_stateFilter);

    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
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
        {TaskListModel::Id, QStringLiteral("datahub-wm0k9x2q")},
        {TaskListModel::Status, QStringLiteral("CreateFailed")}, // drawn bold; the sample is wide enough
        {TaskListModel::MessagesPerSecond, QStringLiteral("99,999")},
        {TaskListModel::Lag, QStringLiteral("999,999")},
        {TaskListModel::Created, QStringLiteral("2000-00-00 00:00")},
    };
    for (const auto &[column, sample] : fixed) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->setColumnWidth(column, m_view->widthFor(sample));
    }
    for (int column : {TaskListModel::Name, TaskListModel::Source, TaskListModel::Target})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

void TaskListPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    QtConcurrent::run([catalog = m_catalog] { return catalog->tasks(); })
        .then(this, [this, serial](const Result<QList<TaskRecord>> &result) {
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
