#include "ValidatedLineEdit.h"

#include "common/Messages.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace outflow {

ValidatedLineEdit::ValidatedLineEdit(const QString &name, Validator validator, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_problem(new QLabel(this)), m_validator(std::move(validator))
{
    m_edit->setObjectName(name);
    m_problem->setObjectName(name + QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #cf222e; }"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        revalidate();
        Q_EMIT changed();
    });
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedLineEdit::setText(const QString &text)
{
    // Prefilled values (copy, rebuild, edit) are the user's own data: judge them at once.
    m_touched = m_touched || !text.isEmpty();
    m_edit->setText(text);
    revalidate();
}

QString ValidatedLineEdit::problem() const
{
    return m_validator(text());
}

bool ValidatedLineEdit::showsProblem() const
{
    return !m_problem->isHidden();
}

void ValidatedLineEdit::revalidate()
{
    const QString p = m_touched ? problem() : QString();
    m_problem->setText(Messages::translate(p));
    m_problem->setVisible(!p.isEmpty());
}

} // namespace outflow
