#include "DashboardPage.h"

#include "DashboardStore.h"
#include "ErrorBanner.h"
#include "FutureWatch.h"
#include "MetricChart.h"
#include "PageTitle.h"
#include "PlaceholderStack.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
constexpr int kColumns = 2;
}

DashboardPage::DashboardPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_savePool.setMaxThreadCount(1);
    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("dashboardGrid"));
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    for (int c = 0; c < kColumns; ++c) m_grid->setColumnStretch(c, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(grid);
    m_stack = new PlaceholderStack(scroll, this);
    m_stack->showPlaceholder(tr("Charts you copy from a task's Monitoring tab (\"Copy to Dashboard\") appear here."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Dashboard"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
}

DashboardPage::~DashboardPage() { m_savePool.waitForDone(); }

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPage::reload()
{
    const quint64 serial = ++m_loadSerial;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_context.catalog] {
        Loaded loaded;
        loaded.charts = DashboardStore::load(*catalog);
        // Task names for the chart titles; a chart of a deleted task still shows its id.
        if (auto tasks = catalog->tasks())
            for (const TaskRecord &t : tasks.value()) loaded.taskNames.insert(t.id, t.definition.name);
        return loaded;
    }), [this, serial](const Loaded &loaded) { apply(serial, loaded); });
}

void DashboardPage::apply(quint64 serial, const Loaded &result)
{
    if (serial != m_loadSerial) return;
    if (!result.charts) {
        m_banner->showError(result.charts.error());
        return;
    }
    m_banner->clearError();
    m_taskNames = result.taskNames;
    QList<ChartSpec> shown;
    for (MetricChart *c : std::as_const(m_charts)) shown << c->spec();
    if (shown != result.charts.value()) rebuild(result.charts.value());
    for (MetricChart *c : std::as_const(m_charts)) c->setSubject(subjectOf(c->spec()));
    Q_EMIT loaded();
}

QString DashboardPage::subjectOf(const ChartSpec &spec) const
{
    const QString task = m_taskNames.value(spec.taskId, spec.taskId);
    return spec.partition == kTaskResource ? task : tr("%1 · partition %2").arg(task).arg(spec.partition);
}

void DashboardPage::rebuild(const QList<ChartSpec> &specs)
{
    qDeleteAll(m_charts);
    m_charts.clear();
    for (const ChartSpec &spec : specs) {
        auto *chart = new MetricChart(m_context, m_grid->parentWidget());
        chart->setCopyToDashboardVisible(false);
        chart->setFixedHeight(330);
        const auto button = [chart](const QString &text, const QString &tip, const QString &name) {
            auto *b = new QToolButton(chart);
            b->setText(text);
            b->setToolTip(tip);
            b->setObjectName(name);
            b->setAutoRaise(true);
            chart->addHeaderWidget(b);
            return b;
        };
        connect(button(QStringLiteral("▲"), tr("Move up"), QStringLiteral("moveUpButton")), &QToolButton::clicked, this,
                [this, chart] { moveChart(int(m_charts.indexOf(chart)), -1); });
        connect(button(QStringLiteral("▼"), tr("Move down"), QStringLiteral("moveDownButton")), &QToolButton::clicked, this,
                [this, chart] { moveChart(int(m_charts.indexOf(chart)), 1); });
        connect(button(QStringLiteral("✕"), tr("Remove from the Dashboard"), QStringLiteral("removeChartButton")),
                &QToolButton::clicked, this, [this, chart] { removeChart(int(m_charts.indexOf(chart))); });
        chart->setSpec(spec);
        chart->setSubject(subjectOf(spec));
        connect(chart, &MetricChart::specChanged, this, &DashboardPage::save);
        m_charts << chart;
    }
    layoutCharts();
}

void DashboardPage::layoutCharts()
{
    for (int i = 0; i < m_charts.size(); ++i) {
        m_grid->removeWidget(m_charts[i]);
        m_grid->addWidget(m_charts[i], i / kColumns, i % kColumns);
    }
    // Spare height goes below the last row, not into a few stretched charts.
    const int rows = m_grid->rowCount(); // setRowStretch() past the end adds rows
    for (int r = 0; r < rows; ++r) m_grid->setRowStretch(r, 0);
    m_grid->setRowStretch(int((m_charts.size() + kColumns - 1) / kColumns), 1);
    if (m_charts.isEmpty()) m_stack->showPlaceholder(m_stack->placeholderText());
    else m_stack->showContent();
}

void DashboardPage::moveChart(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || to < 0 || to >= m_charts.size()) return;
    m_charts.swapItemsAt(index, to);
    layoutCharts();
    save();
}

void DashboardPage::removeChart(int index)
{
    if (index < 0 || index >= m_charts.size()) return;
    m_charts.takeAt(index)->deleteLater();
    layoutCharts();
    save();
}

void DashboardPage::save()
{
    QList<ChartSpec> specs;
    for (MetricChart *c : std::as_const(m_charts)) specs << c->spec();
    FutureWatch::onReady(this, QtConcurrent::run(&m_savePool, [catalog = m_context.catalog, specs] { return DashboardStore::save(*catalog, specs); }),
                         [this](const Status &s) {
                             if (!s) m_banner->showError(s.error());
                         });
}

} // namespace outflow
