#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace outflow {

class ErrorBanner;

/// The bottom of every form dialog: what still blocks submitting (verbatim from the shared
/// validation), the backend's answer when submitting failed, a busy note while the backend
/// works, and the dialog's buttons, right-aligned.
class FormFooter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormFooter)

public:
    explicit FormFooter(QWidget *parent = nullptr);

    /// Buttons appear left to right in the order added.
    QPushButton *addButton(const QString &text, const QString &objectName);
    /// Empty hides the line.
    void setProblem(const QString &problem);
    QString problem() const;
    void showError(const QString &message);
    void clearError();
    /// Non-empty: shows `note` and disables every button until setBusy({}).
    void setBusy(const QString &note);
    bool isBusy() const { return m_busy; }

private:
    QLabel *m_problem;
    ErrorBanner *m_error;
    QLabel *m_busyNote;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_buttonList;
    QList<bool> m_enabledBeforeBusy;
    bool m_busy = false;
};

} // namespace outflow
