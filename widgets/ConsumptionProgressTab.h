#pragma once

#include "ConsoleContext.h"

#include <QWidget>

class QTabWidget;

namespace outflow {

class ConsumerGroupTab;

/// The task detail page's "Consumption progress" tab: a row of sub-tabs. It owns the
/// "Consumer group" sub-tab; further sub-tabs (Monitoring) are added with addSubTab() and learn
/// which task is shown from taskShown().
class ConsumptionProgressTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumptionProgressTab)

public:
    explicit ConsumptionProgressTab(ConsoleContext context, QWidget *parent = nullptr);

    /// Appends a sub-tab; the tab widget takes ownership.
    void addSubTab(QWidget *page, const QString &title);
    QTabWidget *subTabs() const { return m_subTabs; }
    ConsumerGroupTab *consumerGroupTab() const { return m_consumerGroup; }

public Q_SLOTS:
    /// Shows `taskId` (called whenever the tab is brought up; the same id again refreshes).
    void showTask(const QString &taskId);

Q_SIGNALS:
    void taskShown(const QString &taskId);

private:
    QTabWidget *m_subTabs;
    ConsumerGroupTab *m_consumerGroup;
};

} // namespace outflow
