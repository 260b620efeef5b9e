#include "ConsumerGroupTab.h"

#include "ConsumerDetailsDialog.h"
#include "ConsumerGroupModel.h"
#include "ErrorBanner.h"
#include "FutureWatch.h"
#include "GroupMembersModel.h"
#include "ListTableView.h"
#include "PlaceholderStack.h"
#include "catalog/TaskEndpoints.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/KafkaCallPool.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

ConsumerGroupTab::ConsumerGroupTab(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_model(new ConsumerGroupModel(this)), m_view(new ListTableView(this)),
      m_stack(new PlaceholderStack(m_view, this)), m_banner(new ErrorBanner(this)), m_updated(new QLabel(this))
{
    setObjectName(QStringLiteral("consumerGroupTab"));
    m_banner->setObjectName(QStringLiteral("consumerGroupError"));
    m_view->setObjectName(QStringLiteral("consumerGroupTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false); // partition order, totals last
    for (int c = 0; c < ConsumerGroupModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, m_view->widthFor(m_model->headerData(c, Qt::Horizontal).toString() + QStringLiteral("0000")));
    m_updated->setObjectName(QStringLiteral("progressUpdatedLabel"));
    m_stack->showPlaceholder(tr("Loading…"));

    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Hidden (another tab, another page): Kafka is not asked for figures nobody sees.
        if (isVisible()) refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_updated);
    applyInterval();
}

QWidget *ConsumerGroupTab::createToolbar()
{
    auto *bar = new QWidget(this);
    m_group = new QLabel(bar);
    m_group->setObjectName(QStringLiteral("consumerGroupLabel"));
    m_group->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("groupStateLabel"));

    m_interval = new QComboBox(bar);
    m_interval->setObjectName(QStringLiteral("refreshIntervalCombo"));
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("Every 5 s"), 5);
    m_interval->addItem(tr("Every 10 s"), 10);
    m_interval->addItem(tr("Every 30 s"), 30);
    m_interval->setCurrentIndex(2);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &ConsumerGroupTab::applyInterval);

    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshProgressButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ConsumerGroupTab::refresh);
    m_details = new QPushButton(tr("View consumer details"), bar);
    m_details->setObjectName(QStringLiteral("viewConsumerDetailsButton"));
    connect(m_details, &QPushButton::clicked, this, &ConsumerGroupTab::openDetails);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_group);
    row->addSpacing(16);
    row->addWidget(m_state);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Auto refresh:"), bar));
    row->addWidget(m_interval);
    row->addWidget(m_refresh);
    row->addWidget(m_details);
    return bar;
}

int ConsumerGroupTab::refreshIntervalSeconds() const
{
    return m_interval->currentData().toInt();
}

void ConsumerGroupTab::applyInterval()
{
    const int seconds = refreshIntervalSeconds();
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

void ConsumerGroupTab::showTask(const QString &taskId)
{
    if (taskId != m_taskId) {
        m_taskId = taskId;
        ++m_serial; // a result still on its way belongs to the previous task
        m_busy = false;
        m_reader = ConsumptionProgressReader(); // the consume-rate history was the other task's
        m_model->clear();
        m_banner->clearError();
        m_group->setText(tr("Consumer group: %1").arg(ConsumerGroupClient::groupOfTask(taskId)));
        m_state->clear();
        m_updated->clear();
        m_stack->showPlaceholder(tr("Loading…"));
    }
    refresh();
}

void ConsumerGroupTab::refresh()
{
    if (m_taskId.isEmpty() || m_busy) return;
    m_busy = true;
    m_refresh->setEnabled(false);
    const quint64 serial = ++m_serial;
    FutureWatch::onReady(this, QtConcurrent::run(KafkaCallPool::instance(), [catalog = m_context.catalog, reader = m_reader, taskId = m_taskId] {
        auto endpoints = TaskEndpoints::load(*catalog, taskId);
        if (!endpoints) return Result<ConsumptionProgress>::fail(endpoints.error());
        return reader.read(endpoints->cluster, ConsumerGroupClient::groupOfTask(taskId), endpoints->task.definition.source.topic);
    }), [this, serial](const Result<ConsumptionProgress> &progress) { apply(serial, progress); });
}

void ConsumerGroupTab::apply(quint64 serial, const Result<ConsumptionProgress> &progress)
{
    if (serial != m_serial) return;
    m_busy = false;
    m_refresh->setEnabled(true);
    const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (!progress) {
        m_banner->showError(progress.error());
        m_updated->setText(tr("Refresh failed at %1.").arg(at));
        if (m_model->items().isEmpty()) m_stack->showPlaceholder(tr("No consumption progress to show."));
        Q_EMIT refreshed();
        return;
    }
    m_banner->clearError();
    m_model->setProgress(progress.value());
    m_stack->showContent();
    m_state->setText(tr("State: %1 · members: %2").arg(GroupMembersModel::stateText(progress->groupState)).arg(progress->memberCount));
    m_updated->setText(tr("Topic %1 · updated at %2").arg(progress->topic, at));
    Q_EMIT refreshed();
}

void ConsumerGroupTab::openDetails()
{
    if (m_taskId.isEmpty()) return;
    auto *dialog = new ConsumerDetailsDialog(m_context, m_taskId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace outflow
