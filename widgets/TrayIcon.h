#pragma once

#include "TaskErrorWatch.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace outflow {

/// The console in the system tray: the status bar's summary (engine state, tasks in Error) in
/// the tooltip, a desktop notification when a task goes to Error (useful most while the window is hidden), and
/// a menu to show the window or quit. Visible only where the desktop has a tray; without one it
/// still works out what it would say (notified), which is what offscreen tests read.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// `window` must outlive the icon.
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);

    /// True when the desktop has a tray and the icon is in it.
    bool isAvailable() const;
    QString toolTip() const;
    /// A one-off message (the window went to the tray); nothing without a tray.
    void showMessage(const QString &title, const QString &body);

public Q_SLOTS:
    /// After every load of the task list: notifies the tasks that went to Error since the last.
    void updateTasks(const QList<outflow::TaskRecord> &tasks);
    /// The window's status summary, one line each (the tooltip under the application name).
    void setStatus(const QStringList &lines);

Q_SIGNALS:
    /// A task (or several) went to Error; shown as a desktop notification where there is a tray.
    void notified(const QString &title, const QString &body);

private:
    void showWindow();

    QWidget *m_window;
    QSystemTrayIcon *m_icon;
    TaskErrorWatch m_errors;
};

} // namespace outflow
