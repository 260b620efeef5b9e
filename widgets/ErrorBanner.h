#pragma once

#include <QLabel>

namespace outflow {

/// Shows a backend error message verbatim above a page's content, hidden while there is none.
/// The text is selectable so users can paste it into a ticket.
class ErrorBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();
};

} // namespace outflow
