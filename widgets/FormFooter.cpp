#include "FormFooter.h"

#include "ErrorBanner.h"

#include "common/Messages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace outflow {

FormFooter::FormFooter(QWidget *parent)
    : QWidget(parent), m_problem(new QLabel(this)), m_error(new ErrorBanner(this)), m_busyNote(new QLabel(this)),
      m_buttons(new QHBoxLayout)
{
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
    m_problem->hide();
    m_error->setObjectName(QStringLiteral("submitError"));
    m_busyNote->setObjectName(QStringLiteral("busyNote"));
    m_busyNote->setStyleSheet(QStringLiteral("QLabel { color: #0969da; }"));

    m_buttons->addWidget(m_busyNote);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_error);
    layout->addLayout(m_buttons);
}

QPushButton *FormFooter::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
    m_buttonList << button;
    return button;
}

void FormFooter::setProblem(const QString &problem)
{
    m_problem->setText(Messages::translate(problem));
    m_problem->setVisible(!problem.isEmpty());
}

QString FormFooter::problem() const
{
    return m_problem->text();
}

void FormFooter::showError(const QString &message)
{
    m_error->showError(message);
}

void FormFooter::clearError()
{
    m_error->clearError();
}

void FormFooter::setBusy(const QString &note)
{
    const bool busy = !note.isEmpty();
    m_busyNote->setText(note);
    if (busy == m_busy) return;
    m_busy = busy;
    if (busy) {
        m_enabledBeforeBusy.clear();
        for (QPushButton *b : std::as_const(m_buttonList)) {
            m_enabledBeforeBusy << b->isEnabled();
            b->setEnabled(false);
        }
        return;
    }
    for (qsizetype i = 0; i < m_buttonList.size() && i < m_enabledBeforeBusy.size(); ++i)
        m_buttonList.at(i)->setEnabled(m_enabledBeforeBusy.at(i));
}

} // namespace outflow
