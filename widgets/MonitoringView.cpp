#include "MonitoringView.h"

#include "FutureWatch.h"
#include "MetricChart.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace outflow {

namespace {
constexpr int kColumns = 2;
}

MonitoringView::MonitoringView(ConsoleContext context, QWidget *parent) : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("monitoringView"));
    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("monitoringGrid"));
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(10);
    for (int k = 0; k < kChartKindCount; ++k) {
        auto *chart = new MetricChart(m_context, grid);
        ChartSpec spec;
        spec.kind = ChartKind(k);
        chart->setSpec(spec);
        chart->setMinimumHeight(270);
        m_charts << chart;
        gridLayout->addWidget(chart, k / kColumns, k % kColumns);
    }
    for (int c = 0; c < kColumns; ++c) gridLayout->setColumnStretch(c, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("monitoringScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(createControls());
    layout->addWidget(scroll, 1);
}

QWidget *MonitoringView::createControls()
{
    auto *bar = new QWidget(this);
    m_resource = new QComboBox(bar);
    m_resource->setObjectName(QStringLiteral("resourceCombo"));
    m_resource->setMinimumContentsLength(18);
    connect(m_resource, &QComboBox::activated, this, [this] { setResource(m_resource->currentData().toInt()); });
    setPartitions({});

    m_rangeCombo = new QComboBox(bar);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    const QString labels[TimeRange::ModeCount] = {tr("Live"), tr("1 h"), tr("6 h"), tr("24 h"), tr("7 d"), tr("Custom")};
    for (int m = 0; m < TimeRange::ModeCount; ++m) m_rangeCombo->addItem(labels[m], m);
    connect(m_rangeCombo, &QComboBox::activated, this, &MonitoringView::rangeChosen);

    m_custom = new QWidget(bar);
    m_from = new QDateTimeEdit(m_custom);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QDateTimeEdit(m_custom);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_apply = new QPushButton(tr("Apply"), m_custom);
    m_apply->setObjectName(QStringLiteral("applyRangeButton"));
    const auto check = [this] { m_apply->setEnabled(m_from->dateTime() < m_to->dateTime()); };
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, check);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, check);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        TimeRange r;
        r.mode = TimeRange::Custom;
        r.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        r.toMs = m_to->dateTime().toMSecsSinceEpoch();
        setRange(r);
    });
    auto *customRow = new QHBoxLayout(m_custom);
    customRow->setContentsMargins(0, 0, 0, 0);
    customRow->addWidget(new QLabel(tr("From"), m_custom));
    customRow->addWidget(m_from);
    customRow->addWidget(new QLabel(tr("to"), m_custom));
    customRow->addWidget(m_to);
    customRow->addWidget(m_apply);
    m_custom->hide();

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(new QLabel(tr("Resource"), bar));
    row->addWidget(m_resource);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Time range"), bar));
    row->addWidget(m_rangeCombo);
    row->addWidget(m_custom);
    row->addStretch(1);
    return bar;
}

void MonitoringView::showTask(const QString &taskId)
{
    if (taskId != m_taskId) {
        m_taskId = taskId;
        m_partition = kTaskResource;
        setPartitions({});
        // Compare and legend are per chart; a new task starts plain.
        for (MetricChart *chart : std::as_const(m_charts)) {
            ChartSpec spec = chart->spec();
            spec.compareDays = 0;
            spec.legend = true;
            chart->setSpec(spec);
        }
        applyToCharts();
    }
    if (isVisible()) loadPartitions();
}

void MonitoringView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_taskId.isEmpty()) loadPartitions();
    if (m_context.metrics && !m_live)
        m_live = connect(m_context.metrics, &MetricsRecorder::pointsRecorded, this, &MonitoringView::addLivePartitions, Qt::QueuedConnection);
}

void MonitoringView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    disconnect(m_live);
    m_live = {};
}

void MonitoringView::addLivePartitions(const MetricRows &rows)
{
    QList<int> partitions = m_partitions;
    for (const MetricRow &row : rows)
        if (row.taskId == m_taskId && row.partition != kTaskResource && !partitions.contains(row.partition)) partitions << row.partition;
    if (partitions.size() != m_partitions.size()) setPartitions(partitions);
}

void MonitoringView::setResource(int partition)
{
    m_resource->setCurrentIndex(qMax(0, m_resource->findData(partition)));
    if (partition == m_partition) return;
    m_partition = partition;
    applyToCharts();
}

void MonitoringView::setRange(const TimeRange &range)
{
    m_rangeCombo->setCurrentIndex(range.mode);
    m_custom->setVisible(range.mode == TimeRange::Custom);
    if (range.mode == TimeRange::Custom) {
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(range.fromMs));
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(range.toMs));
    }
    m_range = range;
    applyToCharts();
}

void MonitoringView::rangeChosen()
{
    const auto mode = TimeRange::Mode(m_rangeCombo->currentData().toInt());
    if (mode != TimeRange::Custom) {
        TimeRange r;
        r.mode = mode;
        setRange(r);
        return;
    }
    // Custom starts from the window shown so far; Apply makes it take effect.
    const auto [from, to] = m_range.window(QDateTime::currentMSecsSinceEpoch());
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(from));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(to));
    m_custom->show();
}

void MonitoringView::applyToCharts()
{
    if (m_taskId.isEmpty()) return;
    for (int k = 0; k < m_charts.size(); ++k) {
        ChartSpec spec = m_charts[k]->spec();
        spec.taskId = m_taskId;
        spec.partition = m_partition;
        spec.kind = ChartKind(k);
        spec.range = m_range;
        m_charts[k]->setSpec(spec);
    }
}

void MonitoringView::loadPartitions()
{
    QList<int> running;
    if (m_context.engine)
        for (const TaskSample &s : m_context.engine->latestSamples())
            if (s.taskId == m_taskId)
                for (const PartitionSnapshot &p : s.partitions) running << p.partition;
    if (!m_context.metrics) {
        setPartitions(running);
        return;
    }
    const quint64 serial = ++m_partitionsSerial;
    FutureWatch::onReady(this, QtConcurrent::run([path = m_context.metrics->storePath(), id = m_taskId] {
        auto store = MetricsStore::open(path);
        return store ? store.value()->partitions(id) : Result<QList<int>>::fail(store.error());
    }), [this, serial, running](const Result<QList<int>> &stored) {
        if (serial != m_partitionsSerial) return;
        // A store that cannot be read shows its error on every chart; the picker keeps what runs.
        setPartitions(stored ? stored.value() + running : running);
    });
}

void MonitoringView::setPartitions(const QList<int> &partitions)
{
    QList<int> sorted = partitions;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == m_partitions && m_resource->count() > 0) return;
    m_partitions = sorted;
    m_resource->clear();
    m_resource->addItem(tr("Task (all partitions)"), kTaskResource);
    for (int p : std::as_const(sorted)) m_resource->addItem(tr("Partition %1").arg(p), p);
    if (m_partition != kTaskResource && !sorted.contains(m_partition)) m_resource->addItem(tr("Partition %1").arg(m_partition), m_partition);
    m_resource->setCurrentIndex(qMax(0, m_resource->findData(m_partition)));
}

} // namespace outflow
