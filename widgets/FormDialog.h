#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QPushButton;

namespace outflow {

class FormFooter;

/// A small validated dialog around one form (*Change data source*, *Change data target*, a
/// cluster, a warehouse): the form's problem is shown verbatim and blocks Save; Save runs the
/// backend call off the GUI thread and the dialog closes only when the backend agreed, else it
/// shows the backend's message and keeps the user's input.
class FormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    using ProblemFunction = std::function<QString()>;
    using SaveFunction = std::function<QFuture<Status>()>;

    /// `form` announces edits with a `changed()` signal (every form of the console has one);
    /// the dialog re-validates on each.
    FormDialog(const QString &title, QWidget *form, ProblemFunction problem, SaveFunction save, QWidget *parent = nullptr);

    /// A question the user must confirm before Save goes ahead: `ask` runs when Save is clicked
    /// and answers off the GUI thread with the question (empty: save without asking) or why
    /// saving is impossible; `confirmText` names the confirming button.
    using QuestionFunction = std::function<QFuture<Result<QString>>()>;
    void setConfirmation(QuestionFunction ask, const QString &title, const QString &confirmText);

public Q_SLOTS:
    void updateState();

private:
    void save();
    void saveConfirmed();

    ProblemFunction m_problem;
    SaveFunction m_save;
    QuestionFunction m_ask;
    QString m_askTitle;
    QString m_confirmText;
    FormFooter *m_footer;
    QPushButton *m_saveButton;
};

} // namespace outflow
