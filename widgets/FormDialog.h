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

public Q_SLOTS:
    void updateState();

private:
    void save();

    ProblemFunction m_problem;
    SaveFunction m_save;
    FormFooter *m_footer;
    QPushButton *m_saveButton;
};

} // namespace outflow
