#pragma once

#include <QLabel>

namespace outflow {

/// Shows a backend error message (in the console's language: Messages::translate) above a page's content, hidden while there is none.
/// The text is selectable so users can paste it into a ticket. The same strip also carries the
/// outcome of an action that went well (showInfo), so results always appear in one place.
class ErrorBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showInfo(const QString &message);
    void clearError();
};

} // namespace outflow
