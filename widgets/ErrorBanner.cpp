#include "ErrorBanner.h"

namespace outflow {

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("loadError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // backend messages may contain '<'; never interpret them
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ab;"
                                 " border-radius: 4px; padding: 6px 10px; }"));
    hide();
}

void ErrorBanner::showError(const QString &message)
{
    setText(message);
    show();
}

void ErrorBanner::clearError()
{
    clear();
    hide();
}

} // namespace outflow
