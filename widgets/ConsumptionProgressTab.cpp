#include "ConsumptionProgressTab.h"

#include "ConsumerGroupTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace outflow {

ConsumptionProgressTab::ConsumptionProgressTab(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_subTabs(new QTabWidget(this)), m_consumerGroup(new ConsumerGroupTab(std::move(context), this))
{
    setObjectName(QStringLiteral("consumptionProgressTab"));
    m_subTabs->setObjectName(QStringLiteral("progressSubTabs"));
    m_subTabs->setDocumentMode(true);
    addSubTab(m_consumerGroup, tr("Consumer group"));
    connect(this, &ConsumptionProgressTab::taskShown, m_consumerGroup, &ConsumerGroupTab::showTask);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_subTabs);
}

void ConsumptionProgressTab::addSubTab(QWidget *page, const QString &title)
{
    m_subTabs->addTab(page, title);
}

void ConsumptionProgressTab::showTask(const QString &taskId)
{
    Q_EMIT taskShown(taskId);
}

} // namespace outflow
