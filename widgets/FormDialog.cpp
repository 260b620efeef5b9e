#include "FormDialog.h"

#include "Confirmation.h"
#include "FormFooter.h"

#include "FutureWatch.h"

#include <QMetaMethod>
#include <QPushButton>
#include <QVBoxLayout>

namespace outflow {

FormDialog::FormDialog(const QString &title, QWidget *form, ProblemFunction problem, SaveFunction save, QWidget *parent)
    : QDialog(parent), m_problem(std::move(problem)), m_save(std::move(save)), m_footer(new FormFooter(this))
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    setMinimumWidth(640);
    form->setParent(this);
    // By name: the forms share the signal's name, not a base class.
    const QMetaMethod changed = form->metaObject()->method(form->metaObject()->indexOfSignal("changed()"));
    if (changed.isValid()) connect(form, changed, this, metaObject()->method(metaObject()->indexOfSlot("updateState()")));

    auto *cancel = m_footer->addButton(tr("Cancel"), QStringLiteral("cancelButton"));
    m_saveButton = m_footer->addButton(tr("Save"), QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &FormDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form, 1);
    layout->addWidget(m_footer);
    updateState();
}

void FormDialog::updateState()
{
    if (m_footer->isBusy()) return;
    const QString problem = m_problem();
    m_footer->setProblem(problem);
    m_saveButton->setEnabled(problem.isEmpty());
}

void FormDialog::setConfirmation(QuestionFunction ask, const QString &title, const QString &confirmText)
{
    m_ask = std::move(ask);
    m_askTitle = title;
    m_confirmText = confirmText;
}

void FormDialog::save()
{
    if (!m_ask) {
        saveConfirmed();
        return;
    }
    m_footer->clearError();
    m_footer->setBusy(tr("Checking what saving does…"));
    FutureWatch::onReady(this, m_ask(), [this](const Result<QString> &question) {
        m_footer->setBusy({});
        updateState();
        if (!question) {
            m_footer->showError(question.error());
            return;
        }
        if (question->isEmpty()) saveConfirmed();
        else Confirmation::ask(this, m_askTitle, question.value(), m_confirmText, false, [this] { saveConfirmed(); });
    });
}

void FormDialog::saveConfirmed()
{
    m_footer->clearError();
    m_footer->setBusy(tr("Saving: the engine checks the new settings…"));
    FutureWatch::onReady(this, m_save(), [this](const Status &status) {
        m_footer->setBusy({});
        if (status) {
            accept();
            return;
        }
        m_footer->showError(status.error());
        updateState();
    });
}

} // namespace outflow
