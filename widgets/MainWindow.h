#pragma once

#include "catalog/Catalog.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace outflow {

class ClusterListPage;
class DashboardPage;
class TaskListPage;
class WarehouseListPage;

/// The console's frame: navigation on the left, one page at a time on the right, and a status
/// bar summarising the engine and the tasks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Pages in navigation order; the navigation row is the page index.
    enum Page { TasksPage, ClustersPage, WarehousesPage, DashboardPageIndex, PageCount };

    explicit MainWindow(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

public Q_SLOTS:
    /// Re-reads everything from the catalog (F5).
    void reload();

private:
    QWidget *createNavigation();
    void createStatusBar();
    void updateTaskSummary(const QList<TaskRecord> &tasks);

    std::shared_ptr<Catalog> m_catalog;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages;
    TaskListPage *m_taskPage;
    ClusterListPage *m_clusterPage;
    WarehouseListPage *m_warehousePage;
    DashboardPage *m_dashboardPage;
    QLabel *m_engineState = nullptr;
    QLabel *m_throughput = nullptr;
    QLabel *m_errorCount = nullptr;
};

} // namespace outflow
