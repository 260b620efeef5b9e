#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace outflow {

class ErrorBanner;
class ListTableView;
class PlaceholderStack;
class TaskFilterProxyModel;
class TaskListModel;

/// "Data Outflow": the task list with search, state filter and refresh.
class TaskListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListPage)

public:
    explicit TaskListPage(std::shared_ptr<Catalog> catalog, QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }

public Q_SLOTS:
    /// Reads the tasks on a worker thread and merges them into the list when they arrive.
    void reload();

Q_SIGNALS:
    /// After every successful load, for summaries elsewhere (the status bar's error count).
    void tasksLoaded(const QList<outflow::TaskRecord> &tasks);

private:
    QWidget *createToolbar();
    void configureColumns();
    void applyLoadResult(quint64 serial, const Result<QList<TaskRecord>> &result);
    void updatePlaceholder();

    std::shared_ptr<Catalog> m_catalog;
    TaskListModel *m_model;
    TaskFilterProxyModel *m_proxy;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_error;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QPushButton *m_refresh = nullptr;
    /// Only the newest load may update the list: an older, slower read must not win.
    quint64 m_loadSerial = 0;
    bool m_loaded = false;
    bool m_lastLoadFailed = false;
};

} // namespace outflow
