#pragma once

#include "ConsoleContext.h"
#include "catalog/TaskStatus.h"
#include "common/Result.h"

#include <QObject>

#include <functional>

class QWidget;

namespace outflow {

class Engine;
class TaskListModel;

/// Runs lifecycle actions on tasks for the pages: asks for confirmation where PRODUCT.md wants
/// it, marks the task busy in the list ("Pausing…"), calls the engine off the GUI thread (its
/// calls block for seconds), and reports the outcome with the engine's message verbatim.
class TaskActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskActionRunner)

public:
    enum class Action { Pause, Start, Restart, Delete };

    using EngineCall = std::function<Status(Engine &engine, const QString &actor)>;

    /// Confirmation boxes are window-modal to `dialogParent`.
    TaskActionRunner(ConsoleContext context, TaskListModel *model, QWidget *dialogParent);

    /// Asks the user to confirm `action` on the task, then runs it.
    void request(Action action, const QString &taskId);
    /// Runs `call` for the task without asking, showing `busyLabel` in its row meanwhile;
    /// `doneText` is the message on success.
    void run(const QString &taskId, const QString &busyLabel, const QString &doneText, EngineCall call);

Q_SIGNALS:
    /// After every run: `doneText` on success, else the engine's message verbatim.
    void finished(const QString &taskId, bool ok, const QString &message);

private:
    struct Wording
    {
        QString title;
        QString question;
        QString confirm;
        QString busy;
        QString done;
    };
    Wording wording(Action action, const QString &taskId, const QString &taskName, TaskStatus status) const;
    static EngineCall callFor(Action action, const QString &taskId);

    ConsoleContext m_context;
    TaskListModel *m_model;
    QWidget *m_dialogParent;
};

} // namespace outflow
