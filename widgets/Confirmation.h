#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace outflow {

/// The console's confirmation question: a window-modal box opened without a nested event loop
/// (pages keep refreshing behind it), with the action's own verb on the confirming button.
class Confirmation final
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    /// Irreversible actions get a warning icon and Cancel as the default button, so a stray
    /// Enter does not confirm them.
    static void ask(QWidget *parent, const QString &title, const QString &question, const QString &confirmText, bool irreversible,
                    std::function<void()> onConfirmed);
};

} // namespace outflow
