#pragma once

#include "catalog/ClusterConfig.h"
#include "catalog/TaskRecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace outflow {

class ActionHistoryModel;
class ListTableView;

/// Task detail → **Basic information**: the source card (*Change data source*, *Copy as kcat
/// command*), the target card (*Change data target*), runtime facts, the last error verbatim
/// and the action history.
class TaskBasicInfoTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskBasicInfoTab)

public:
    explicit TaskBasicInfoTab(QWidget *parent = nullptr);

    void setTask(const TaskRecord &task, const QList<TaskAction> &actions);
    /// Empty the history when another task is shown (the model keeps growing histories).
    void clear();

Q_SIGNALS:
    void changeSourceRequested();
    void changeTargetRequested();
    void copyKcatRequested();

private:
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &objectName);
    QWidget *createSourceCard();
    QWidget *createTargetCard();
    QWidget *createRuntimeCard();

    QLabel *m_cluster = nullptr;
    QLabel *m_topic = nullptr;
    QLabel *m_start = nullptr;
    QLabel *m_warehouse = nullptr;
    QLabel *m_table = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_compression = nullptr;
    /// Parquet and orc only: one line per column.
    QLabel *m_columns = nullptr;
    QFormLayout *m_targetFacts = nullptr;
    QLabel *m_maxFileSize = nullptr;
    QLabel *m_flushInterval = nullptr;
    QLabel *m_foldersBy = nullptr;
    QLabel *m_timezone = nullptr;
    QLabel *m_badRecords = nullptr;
    QLabel *m_parallelism = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_retryCount = nullptr;
    QLabel *m_nextRetry = nullptr;
    QLabel *m_nextRetryLabel = nullptr;
    QLabel *m_lastError = nullptr;
    QPushButton *m_changeSource = nullptr;
    QPushButton *m_changeTarget = nullptr;
    ActionHistoryModel *m_history;
    ListTableView *m_historyView;
};

} // namespace outflow
