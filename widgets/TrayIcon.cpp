#include "TrayIcon.h"

#include "common/Messages.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace outflow {

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    // QSystemTrayIcon does not own its menu; the window does, so it goes with the console.
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    menu->addAction(tr("Show Outflow"), this, &TrayIcon::showWindow);
    menu->addSeparator();
    // The same way out as File > Quit: QCoreApplication::quit and the graceful engine stop.
    menu->addAction(tr("Quit Outflow"), qApp, &QCoreApplication::quit);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    connect(this, &TrayIcon::notified, this, [this](const QString &title, const QString &body) {
        if (isAvailable()) m_icon->showMessage(title, body, QSystemTrayIcon::Critical);
    });
    setStatus({});
    if (QSystemTrayIcon::isSystemTrayAvailable()) m_icon->show();
}

bool TrayIcon::isAvailable() const
{
    return m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    if (isAvailable()) m_icon->showMessage(title, body, QSystemTrayIcon::Information);
}

void TrayIcon::setStatus(const QStringList &lines)
{
    m_icon->setToolTip((QStringList{QApplication::applicationDisplayName()} + lines).join(u'\n'));
}

void TrayIcon::updateTasks(const QList<TaskRecord> &tasks)
{
    const QList<TaskRecord> failed = m_errors.newlyFailed(tasks);
    if (failed.size() == 1) {
        const TaskRecord &task = failed.first();
        Q_EMIT notified(tr("Task %1 failed").arg(task.definition.name),
                        tr("%1 is in Error: %2").arg(task.id, Messages::translate(task.lastError)));
    } else if (failed.size() > 1) {
        QStringList names;
        for (const TaskRecord &task : failed) names << task.definition.name;
        Q_EMIT notified(tr("%n tasks failed", nullptr, int(failed.size())), names.join(QStringLiteral(", ")));
    }
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace outflow
