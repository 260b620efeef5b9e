#pragma once

#include "ConsoleContext.h"
#include "catalog/TaskRecord.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace outflow {

class FormFooter;
class SourceForm;
class TargetForm;
class ValidatedLineEdit;

/// Create task (also Copy and Rebuild, prefilled from an existing task): the target type, then
/// name, source, target and format, validated as the user types. Submit creates and starts the
/// task through the engine off the GUI thread.
class TaskFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFormDialog)

public:
    enum class Mode { Create, Copy, Rebuild };
    enum Step { TargetTypeStep, SettingsStep };

    /// `takenNames` are the names of existing tasks: a name must be new, and saying so while
    /// typing beats a refusal after Submit.
    TaskFormDialog(ConsoleContext context, Mode mode, const std::optional<TaskRecord> &base, QStringList takenNames,
                   QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The task this form was prefilled from (Copy, Rebuild).
    QString baseTaskId() const { return m_baseTaskId; }
    TaskDefinition definition() const;

Q_SIGNALS:
    /// The engine recorded a new task. `createError` is the CreateFailed reason, or empty
    /// when the task is running.
    void taskCreated(const QString &taskId, const QString &createError);

private:
    QWidget *createTargetTypePage();
    QWidget *createSettingsPage();
    void showStep(Step step);
    void updateState();
    void submit();

    ConsoleContext m_context;
    Mode m_mode;
    QString m_baseTaskId;
    QStringList m_takenNames;
    QStackedWidget *m_steps;
    ValidatedLineEdit *m_name = nullptr;
    SourceForm *m_source = nullptr;
    TargetForm *m_target = nullptr;
    QSpinBox *m_parallelism = nullptr;
    FormFooter *m_footer;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
};

} // namespace outflow
