#include "MainWindow.h"

#include "ClusterListPage.h"
#include "DashboardPage.h"
#include "TaskListPage.h"
#include "WarehouseListPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace outflow {

MainWindow::MainWindow(std::shared_ptr<Catalog> catalog, QWidget *parent)
    : QMainWindow(parent),
      m_catalog(std::move(catalog)),
      m_pages(new QStackedWidget(this)),
      m_taskPage(new TaskListPage(m_catalog, m_pages)),
      m_clusterPage(new ClusterListPage(m_catalog, m_pages)),
      m_warehousePage(new WarehouseListPage(m_catalog, m_pages)),
      m_dashboardPage(new DashboardPage(m_pages))
{
    setWindowTitle(tr("Outflow"));
    resize(1280, 800);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(TasksPage, m_taskPage);
    m_pages->insertWidget(ClustersPage, m_clusterPage);
    m_pages->insertWidget(WarehousesPage, m_warehousePage);
    m_pages->insertWidget(DashboardPageIndex, m_dashboardPage);
    for (int i = 0; i < PageCount; ++i) m_pages->widget(i)->layout()->setContentsMargins(16, 14, 16, 10);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createNavigation());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createStatusBar();

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, &MainWindow::reload);
    addAction(refresh);

    connect(m_taskPage, &TaskListPage::tasksLoaded, this, &MainWindow::updateTaskSummary);
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
    // Engine state and throughput are placeholders until the engine reports them; the text
    // says "idle" and 0 rather than inventing activity.
    m_engineState = new QLabel(tr("Engine: idle"), this);
    m_engineState->setObjectName(QStringLiteral("engineState"));
    m_throughput = new QLabel(tr("%1 msg/s").arg(0), this);
    m_throughput->setObjectName(QStringLiteral("throughput"));
    m_errorCount = new QLabel(tr("Tasks in Error: —"), this);
    m_errorCount->setObjectName(QStringLiteral("errorCount"));
    for (QLabel *label : {m_engineState, m_throughput, m_errorCount}) label->setContentsMargins(6, 0, 10, 0);
    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_throughput);
    statusBar()->addPermanentWidget(m_errorCount);
}

void MainWindow::reload()
{
    m_taskPage->reload();
    m_clusterPage->reload();
    m_warehousePage->reload();
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
