#include "MainWindow.h"

#include "ClusterListPage.h"
#include "DashboardPage.h"
#include "TaskDetailPage.h"
#include "TaskListModel.h"
#include "TaskListPage.h"
#include "WarehouseListPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace outflow {

namespace {
constexpr int kCoalesceMs = 300;
constexpr int kPollMs = 3000;
} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent),
      m_context(std::move(context)),
      m_pages(new QStackedWidget(this)),
      m_taskPage(new TaskListPage(m_context, m_pages)),
      m_clusterPage(new ClusterListPage(m_context.catalog, m_pages)),
      m_warehousePage(new WarehouseListPage(m_context.catalog, m_pages)),
      m_dashboardPage(new DashboardPage(m_context, m_pages)),
      m_detailPage(new TaskDetailPage(m_context, m_pages)),
      m_changeCoalescer(new QTimer(this)),
      m_pollTimer(new QTimer(this))
{
    setWindowTitle(tr("Outflow"));
    resize(1280, 800);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(TasksPage, m_taskPage);
    m_pages->insertWidget(ClustersPage, m_clusterPage);
    m_pages->insertWidget(WarehousesPage, m_warehousePage);
    m_pages->insertWidget(DashboardPageIndex, m_dashboardPage);
    // Not in the navigation: it is reached from the task list and belongs to "Data Outflow".
    m_pages->addWidget(m_detailPage);
    for (int i = 0; i < m_pages->count(); ++i) m_pages->widget(i)->layout()->setContentsMargins(16, 14, 16, 10);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigation());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createStatusBar();

    createShortcuts();

    connect(m_taskPage, &TaskListPage::tasksLoaded, this, &MainWindow::updateTaskSummary);
    connect(m_taskPage, &TaskListPage::openTaskRequested, this, &MainWindow::openTask);
    connect(m_detailPage, &TaskDetailPage::backRequested, this, [this] { m_pages->setCurrentIndex(TasksPage); });

    // The engine emits from its own threads; queued delivery hands the data to this thread.
    connect(m_context.engine, &Engine::samplesReady, this, &MainWindow::applySamples, Qt::QueuedConnection);
    connect(m_context.engine, &Engine::taskChanged, this, [this] {
        if (!m_changeCoalescer->isActive()) m_changeCoalescer->start();
    }, Qt::QueuedConnection);
    m_changeCoalescer->setSingleShot(true);
    m_changeCoalescer->setInterval(kCoalesceMs);
    connect(m_changeCoalescer, &QTimer::timeout, this, &MainWindow::reloadTasks);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::reloadTasks);
    m_pollTimer->start();

    // Start in the navigation (after the layout is built: reparenting drops focus), not in
    // the task table, where a focus frame would sit on an arbitrary cell.
    m_navigation->setFocus();
    reload();
}

QWidget *MainWindow::createNavigation()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationPanel"));
    panel->setFixedWidth(180);
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setStyleSheet(QStringLiteral(
        "#navigationPanel { background: #f3f5f8; border-right: 1px solid #dde1e6; }"
        "QListWidget#navigation { background: transparent; border: none; outline: none; }"
        "QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; color: #1f2328; }"
        "QListWidget#navigation::item:hover { background: #e6eaef; }"
        "QListWidget#navigation::item:selected { background: #dbe7fb; color: #0b57d0; }"));

    auto *brand = new QLabel(tr("Outflow"), panel);
    QFont f = brand->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setWeight(QFont::Bold);
    brand->setFont(f);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems({tr("Data Outflow"), tr("Kafka Clusters"), tr("Warehouses"), tr("Dashboard")});
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Clicking "Data Outflow" while a task's details are open goes back to the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { m_pages->setCurrentIndex(m_navigation->currentRow()); });
    m_navigation->setCurrentRow(TasksPage);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 16, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(brand);
    layout->addWidget(m_navigation, 1);
    return panel;
}

void MainWindow::createStatusBar()
{
    m_engineState = new QLabel(m_context.engine->isRunning() ? tr("Engine: running") : tr("Engine: stopped"), this);
    m_engineState->setObjectName(QStringLiteral("engineState"));
    // A dash until the first two samples give a rate: 0 would claim nothing flows.
    m_throughput = new QLabel(tr("— msg/s"), this);
    m_throughput->setObjectName(QStringLiteral("throughput"));
    m_errorCount = new QLabel(tr("Tasks in Error: —"), this);
    m_errorCount->setObjectName(QStringLiteral("errorCount"));
    for (QLabel *label : {m_engineState, m_throughput, m_errorCount}) label->setContentsMargins(6, 0, 10, 0);
    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_throughput);
    statusBar()->addPermanentWidget(m_errorCount);
}

void MainWindow::createShortcuts()
{
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    addAction(refresh);

    auto *newTask = new QAction(tr("New Task"), this);
    newTask->setObjectName(QStringLiteral("newTaskAction"));
    newTask->setShortcut(QKeySequence::New);
    newTask->setShortcutContext(Qt::WindowShortcut);
    connect(newTask, &QAction::triggered, this, [this] {
        m_navigation->setCurrentRow(TasksPage);
        m_pages->setCurrentIndex(TasksPage);
        m_taskPage->newTask();
    });
    addAction(newTask);
}

void MainWindow::reload()
{
    reloadTasks();
    m_clusterPage->reload();
    m_warehousePage->reload();
}

void MainWindow::reloadTasks()
{
    m_taskPage->reload();
    if (m_pages->currentWidget() == m_detailPage) m_detailPage->reload();
}

void MainWindow::openTask(const QString &taskId)
{
    if (taskId.isEmpty()) return;
    m_detailPage->showTask(taskId);
    m_pages->setCurrentWidget(m_detailPage);
}

void MainWindow::applySamples(const TaskSamples &samples)
{
    m_taskPage->model()->applySamples(samples);
    m_engineState->setText(m_context.engine->isRunning() ? tr("Engine: running") : tr("Engine: stopped"));
    const double rate = m_taskPage->model()->totalMessagesPerSecond();
    m_throughput->setText(tr("%1 msg/s").arg(QLocale().toString(qRound64(rate))));
}

void MainWindow::updateTaskSummary(const QList<TaskRecord> &tasks)
{
    const auto inError = std::count_if(tasks.begin(), tasks.end(),
                                       [](const TaskRecord &t) { return t.status == TaskStatus::Error; });
    m_errorCount->setText(tr("Tasks in Error: %1").arg(inError));
    m_errorCount->setStyleSheet(inError > 0 ? QStringLiteral("QLabel { color: #cf222e; font-weight: 600; }")
                                            : QString());
}

} // namespace outflow
