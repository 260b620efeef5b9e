#pragma once

#include "ConsoleContext.h"

#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace outflow {

class ErrorBanner;

/// Reset position (PRODUCT.md section 3) for a Paused or Error task: pick earliest, latest or a
/// time, see what it does partition by partition (records skipped or read again, and what the
/// warehouse keeps), then confirm. Both steps run the engine off the GUI thread; the Reset
/// button is enabled only for the choice that was previewed.
class ResetPositionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPositionDialog)

public:
    ResetPositionDialog(ConsoleContext context, QString taskId, const QString &taskName, QWidget *parent = nullptr);

    /// The engine's summary of the reset that was carried out (after accept()).
    QString summary() const { return m_summary; }

private:
    QString chosenPosition() const;
    void choiceChanged();
    void preview();
    void reset();
    void setWaiting(bool waiting);

    ConsoleContext m_context;
    QString m_taskId;
    QButtonGroup *m_choice;
    QDateTimeEdit *m_time;
    QLabel *m_preview;
    ErrorBanner *m_error;
    QPushButton *m_previewButton;
    QPushButton *m_resetButton;
    QString m_previewed; // the position the preview text is about
    QString m_summary;
};

} // namespace outflow
