#include "ErrorBanner.h"

#include "common/Messages.h"

namespace outflow {

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("loadError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // backend messages may contain '<'; never interpret them
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ErrorBanner::showError(const QString &message)
{
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0ab;"
                                 " border-radius: 4px; padding: 6px 10px; }"));
    setProperty("isError", true);
    setText(Messages::translate(message));
    show();
}

void ErrorBanner::showInfo(const QString &message)
{
    setStyleSheet(QStringLiteral("QLabel { background: #e9f6ec; color: #1a5c2c; border: 1px solid #a6d8b4;"
                                 " border-radius: 4px; padding: 6px 10px; }"));
    setProperty("isError", false);
    setText(Messages::translate(message));
    show();
}

void ErrorBanner::clearError()
{
    clear();
    hide();
}

} // namespace outflow
