#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace outflow {

/// A line edit with the sentence that says what is wrong with its text right under it, updated
/// as the user types. The sentence comes from the shared Validation rules, shown verbatim.
///
/// An untouched empty field shows nothing: "is empty" before the user typed a single key only
/// scolds. problem() still reports it, so forms can keep Submit disabled.
class ValidatedLineEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidatedLineEdit)

public:
    using Validator = std::function<QString(const QString &)>;

    /// The edit is named `name`, the problem label `name + "Problem"` (for tests and styling).
    ValidatedLineEdit(const QString &name, Validator validator, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    QString problem() const;
    /// Whether the problem is on screen (then forms need not repeat it).
    bool showsProblem() const;
    void revalidate();

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_edit;
    QLabel *m_problem;
    Validator m_validator;
    bool m_touched = false;
};

} // namespace outflow
