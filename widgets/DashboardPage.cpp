#include "DashboardPage.h"

#include "PageTitle.h"
#include "PlaceholderStack.h"

#include <QVBoxLayout>

namespace outflow {

DashboardPage::DashboardPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    // The chart grid arrives with the Monitoring tab; until then the placeholder is the page.
    auto *charts = new QWidget(this);
    auto *stack = new PlaceholderStack(charts, this);
    stack->showPlaceholder(
        tr("Charts you copy from a task's Monitoring tab (\"Copy to Dashboard\") appear here."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Dashboard"), this));
    layout->addWidget(stack, 1);
}

} // namespace outflow
