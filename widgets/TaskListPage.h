#pragma once

#include "ConsoleContext.h"
#include "TaskFormDialog.h"
#include "TaskOperationsWidget.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace outflow {

class ErrorBanner;
class ListTableView;
class PlaceholderStack;
class TaskActionRunner;
class TaskFilterProxyModel;
class TaskListModel;

/// "Data Outflow": the task list with search, state filter and refresh, the Operations column
/// (Delete, More: Pause, Start, Restart, Rebuild, Copy), New Task, and import/export of task
/// definitions.
class TaskListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListPage)

public:
    explicit TaskListPage(ConsoleContext context, QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }
    /// The task of the current row, or empty.
    QString selectedTaskId() const;
    /// "Import…" (asks for a definition file) and "Export…" (enabled while a task is selected):
    /// the page's buttons and the window's File menu trigger the same actions.
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    /// Reads the tasks on a worker thread and merges them into the list when they arrive.
    void reload();
    /// Opens the create form (Ctrl+N).
    void newTask();
    /// Asks to delete the selected task (Del).
    void deleteSelected();
    /// Creates a task from a JSON definition file (PRODUCT.md section 7), reading it off the
    /// GUI thread; the outcome appears in the result banner.
    void importFile(const QString &path);
    /// Writes the task's JSON definition to `path`, off the GUI thread.
    void exportTask(const QString &taskId, const QString &path);

Q_SIGNALS:
    /// After every successful load, for summaries elsewhere (the status bar's error count).
    void tasksLoaded(const QList<outflow::TaskRecord> &tasks);
    /// The user asked for a task's detail page (ID clicked, Enter).
    void openTaskRequested(const QString &taskId);

private:
    QWidget *createToolbar();
    void configureColumns();
    void fitTextColumns();
    void applyLoadResult(quint64 serial, const Result<QList<TaskRecord>> &result);
    void updatePlaceholder();
    void ensureOperationWidgets();
    void updateBusyWidgets(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void runOperation(const QString &taskId, TaskOperationsWidget::Operation operation);
    void openTaskForm(TaskFormDialog::Mode mode, const std::optional<TaskRecord> &base);
    void taskCreated(TaskFormDialog::Mode mode, const QString &baseTaskId, const QString &taskId, const QString &createError);
    void chooseImportFile();
    void chooseExportFile();
    void showOutcome(bool ok, const QString &message);

    ConsoleContext m_context;
    TaskListModel *m_model;
    TaskFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    ErrorBanner *m_actionResult;
    TaskActionRunner *m_runner;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    /// Only the newest load may update the list: an older, slower read must not win.
    quint64 m_loadSerial = 0;
    bool m_loaded = false;
    bool m_lastLoadFailed = false;
};

} // namespace outflow
