#pragma once

#include "ConsoleContext.h"
#include "engine/Engine.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace outflow {

class ClusterListPage;
class DashboardPage;
class TaskDetailPage;
class TaskListPage;
class TrayIcon;
class WarehouseListPage;

/// The console's frame: a menu bar, navigation on the left, one page at a time on the right,
/// and a status bar summarising the engine and the tasks. It wires the engine's signals to the pages: live
/// samples into the task list, task changes into (coalesced) reloads.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Pages in navigation order; the navigation row is the page index.
    enum Page { TasksPage, ClustersPage, WarehousesPage, DashboardPageIndex, PageCount };

    /// `context.engine` must outlive the window.
    explicit MainWindow(ConsoleContext context, QWidget *parent = nullptr);

    TaskListPage *taskListPage() const { return m_taskPage; }
    TaskDetailPage *taskDetailPage() const { return m_detailPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    TrayIcon *trayIcon() const { return m_tray; }

    /// The geometry, navigation page, language choice and "keep running in the tray" of the last session
    /// (ConsoleSettings), else the defaults. The application calls these two, not the window
    /// itself, so a window built in a test never reads or writes the user's settings.
    void restoreSession();
    void saveSession();

public Q_SLOTS:
    /// Re-reads everything from the catalog (F5).
    void reload();
    void openTask(const QString &taskId);

protected:
    /// With "keep running in the tray" on, closing the window hides it and the engine goes on;
    /// a quit (File > Quit, the tray's Quit, SIGTERM) still closes it.
    void closeEvent(QCloseEvent *event) override;
    /// Notes that the application is quitting (QEvent::Quit reaches the application before Qt
    /// closes its windows), so closeEvent lets the window go.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createNavigation();
    void createStatusBar();
    void createMenus();
    QMenu *createLanguageMenu();
    void chooseLanguage(const QString &language);
    void showTaskList();
    void showAbout();
    void updateTaskSummary(const QList<TaskRecord> &tasks);
    /// The tray's tooltip repeats the status bar, so the two never disagree.
    void updateTrayStatus();
    void applySamples(const outflow::TaskSamples &samples);
    void reloadTasks();

    ConsoleContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages;
    TaskListPage *m_taskPage;
    ClusterListPage *m_clusterPage;
    WarehouseListPage *m_warehousePage;
    DashboardPage *m_dashboardPage;
    TaskDetailPage *m_detailPage;
    /// Engine::taskChanged comes in bursts (one per transition); one reload per burst.
    QTimer *m_changeCoalescer;
    /// Other processes (headless engines, the CLI) change the catalog too.
    QTimer *m_pollTimer;
    QLabel *m_engineState = nullptr;
    QLabel *m_throughput = nullptr;
    QLabel *m_errorCount = nullptr;
    TrayIcon *m_tray;
    /// In the File menu only where there is a tray to keep running in.
    QAction *m_keepInTray = nullptr;
    bool m_quitting = false;
    /// View > Language, one checkable action per language (data: the language code).
    QActionGroup *m_languages = nullptr;
};

} // namespace outflow
