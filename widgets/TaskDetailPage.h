#pragma once

#include "ConsoleContext.h"
#include "catalog/TaskRecord.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;
class QTimer;

namespace outflow {

class ConsumptionProgressTab;
class Engine;
class ErrorBanner;
class HiveTableTab;
class FormDialog;
class TaskBasicInfoTab;
class ViewMessagesTab;

/// A task's detail page: a header (back, id, name, coloured status) over tabs. The tabs are
/// created in addTabs() only, so further tabs (consumption progress, messages) plug in there.
class TaskDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPage)

public:
    explicit TaskDetailPage(ConsoleContext context, QWidget *parent = nullptr);

    QString taskId() const { return m_taskId; }
    std::optional<TaskRecord> task() const { return m_task; }
    QTabWidget *tabs() const { return m_tabs; }
    /// "Consumption progress": its addSubTab() takes further sub-tabs (Monitoring).
    ConsumptionProgressTab *progressTab() const { return m_progress; }
    ViewMessagesTab *messagesTab() const { return m_messages; }

public Q_SLOTS:
    void showTask(const QString &taskId);
    /// Re-reads the task, its history and its cluster off the GUI thread.
    void reload();

Q_SIGNALS:
    void backRequested();
    /// The shown task is gone (deleted elsewhere).
    void taskGone(const QString &taskId);

private:
    struct Snapshot
    {
        Result<TaskRecord> task;
        QList<TaskAction> actions;
        std::optional<ClusterConfig> cluster;
    };

    QWidget *createHeader();
    void addTabs();
    void apply(quint64 serial, const Snapshot &snapshot);
    /// The Change data source/target dialog: `edit` applies the form to a copy of the
    /// definition, `save` hands the result to the engine (off the GUI thread), `doneText` says
    /// what happened once it agreed.
    FormDialog *openChangeDialog(const QString &title, QWidget *form, const std::function<QString()> &formProblem,
                                 const std::function<void(TaskDefinition &)> &edit,
                                 const std::function<Status(Engine &, const TaskDefinition &)> &save,
                                 const std::function<QString()> &doneText);
    void changeSource();
    void changeTarget();
    void copyKcatCommand();
    /// Reads the last minutes of the task's lag (off the GUI thread) and says, under the
    /// header, when it keeps growing and what would help.
    void checkLagTrend();

    ConsoleContext m_context;
    QString m_taskId;
    std::optional<TaskRecord> m_task;
    std::optional<ClusterConfig> m_cluster;
    QLabel *m_id = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_status = nullptr;
    ErrorBanner *m_banner;
    QLabel *m_lagAdvice;
    QTimer *m_lagTimer;
    quint64 m_lagSerial = 0;
    QTabWidget *m_tabs;
    TaskBasicInfoTab *m_basicInfo;
    ConsumptionProgressTab *m_progress;
    ViewMessagesTab *m_messages;
    HiveTableTab *m_hive;
    quint64 m_loadSerial = 0;
};

} // namespace outflow
