#include "ViewMessagesTab.h"

#include "DumpedRecordsModel.h"
#include "ErrorBanner.h"
#include "FutureWatch.h"
#include "ListTableView.h"
#include "RecordValuePane.h"
#include "catalog/TaskEndpoints.h"
#include "kafka/ClusterClient.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/KafkaCallPool.h"
#include "engine/RecordDecoding.h"
#include "kafka/LastDumpedReader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

ViewMessagesTab::ViewMessagesTab(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_model(new DumpedRecordsModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_view(new ListTableView(this)), m_pane(new RecordValuePane(this)), m_banner(new ErrorBanner(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("viewMessagesTab"));
    m_banner->setObjectName(QStringLiteral("viewMessagesError"));
    m_status->setObjectName(QStringLiteral("messagesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_sorted->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("messagesTable"));
    m_view->setModel(m_sorted);
    m_view->sortByColumn(DumpedRecordsModel::Offset, Qt::DescendingOrder); // newest first
    m_view->setColumnWidth(DumpedRecordsModel::Offset, m_view->widthFor(QStringLiteral("00000000000")));
    m_view->setColumnWidth(DumpedRecordsModel::Timestamp, m_view->widthFor(QStringLiteral("2000-00-00 00:00:00.000")));
    m_view->setColumnWidth(DumpedRecordsModel::Key, m_view->widthFor(QStringLiteral("order-0000000000")));
    m_view->setColumnWidth(DumpedRecordsModel::Size, m_view->widthFor(QStringLiteral("Size (bytes)")));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ViewMessagesTab::showSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(createPickers());
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

QWidget *ViewMessagesTab::createPickers()
{
    auto *bar = new QWidget(this);
    m_topic = new QComboBox(bar);
    m_topic->setObjectName(QStringLiteral("messagesTopicCombo"));
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partition = new QComboBox(bar);
    m_partition->setObjectName(QStringLiteral("messagesPartitionCombo"));
    m_count = new QComboBox(bar);
    m_count->setObjectName(QStringLiteral("messagesCountCombo"));
    for (int n : {5, 20, 60, 100}) m_count->addItem(QString::number(n), n);
    m_count->setCurrentIndex(1);
    m_reload = new QPushButton(tr("Reload"), bar);
    m_reload->setObjectName(QStringLiteral("reloadMessagesButton"));
    connect(m_partition, &QComboBox::currentIndexChanged, this, &ViewMessagesTab::reload);
    connect(m_count, &QComboBox::currentIndexChanged, this, &ViewMessagesTab::reload);
    connect(m_reload, &QPushButton::clicked, this, &ViewMessagesTab::reload);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Topic:"), bar));
    row->addWidget(m_topic);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Partition:"), bar));
    row->addWidget(m_partition);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Last dumped:"), bar));
    row->addWidget(m_count);
    row->addWidget(new QLabel(tr("records"), bar));
    row->addSpacing(12);
    row->addWidget(m_reload);
    row->addStretch(1);
    return bar;
}

QString ViewMessagesTab::statusText() const
{
    return m_status->text();
}

void ViewMessagesTab::showTask(const QString &taskId)
{
    if (taskId == m_taskId && m_partition->count() > 0) {
        reload(); // keep the user's picks; the task may have dumped more meanwhile
        return;
    }
    m_taskId = taskId;
    const quint64 serial = ++m_serial;
    m_model->setRecords({});
    m_pane->setRecord(std::nullopt);
    m_banner->clearError();
    m_topic->clear();
    {
        const QSignalBlocker quiet(m_partition); // emptying the picker is not a pick
        m_partition->clear();
    }
    m_status->setText(tr("Loading…"));
    FutureWatch::onReady(this, QtConcurrent::run(KafkaCallPool::instance(), [catalog = m_context.catalog, taskId] {
        auto endpoints = TaskEndpoints::load(*catalog, taskId);
        if (!endpoints) return Result<Topic>::fail(endpoints.error());
        auto info = ClusterClient(endpoints->cluster).topic(endpoints->task.definition.source.topic);
        if (!info) return Result<Topic>::fail(info.error());
        return Result<Topic>::ok({info->name, info->partitions});
    }), [this, serial](const Result<Topic> &topic) { applyTopic(serial, topic); });
}

void ViewMessagesTab::applyTopic(quint64 serial, const Result<Topic> &topic)
{
    if (serial != m_serial) return;
    if (!topic) {
        m_banner->showError(topic.error());
        m_status->setText(tr("The topic's partitions could not be listed."));
        Q_EMIT loaded();
        return;
    }
    // A task reads one topic; the picker still names it, so it is clear what is shown.
    m_topic->addItem(topic->name);
    {
        const QSignalBlocker quiet(m_partition); // one read once the picker is filled, not one per item
        for (int p = 0; p < topic->partitions; ++p) m_partition->addItem(QString::number(p), p);
    }
    reload();
}

void ViewMessagesTab::reload()
{
    if (m_taskId.isEmpty() || m_partition->count() == 0) return;
    const quint64 serial = ++m_serial;
    const QString topic = m_topic->currentText();
    const int partition = m_partition->currentData().toInt();
    const int count = m_count->currentData().toInt();
    m_reload->setEnabled(false);
    m_status->setText(tr("Reading the last %1 dumped records of partition %2…").arg(count).arg(partition));
    FutureWatch::onReady(this, QtConcurrent::run(KafkaCallPool::instance(), [catalog = m_context.catalog, taskId = m_taskId, topic,
                                                                             partition, count] {
        auto endpoints = TaskEndpoints::load(*catalog, taskId);
        if (!endpoints) return Result<DumpedRecords>::fail(endpoints.error());
        const TargetSpec &target = endpoints->task.definition.target;
        const LastDumpedReader reader({endpoints->cluster, endpoints->warehouse, target.bid, target.tid, ConsumerGroupClient::groupOfTask(taskId)});
        Result<DumpedRecords> read = reader.read(topic, partition, count);
        // Shown as the task wrote them: Avro values decoded with the cluster's schema registry.
        if (read) {
            RecordDecoding decoding(endpoints->cluster);
            for (KafkaRecord &r : read.value().records) decoding.decode(r);
        }
        return read;
    }), [this, serial](const Result<DumpedRecords> &records) { apply(serial, records); });
}

void ViewMessagesTab::apply(quint64 serial, const Result<DumpedRecords> &records)
{
    if (serial != m_serial) return;
    m_reload->setEnabled(true);
    if (!records) {
        m_banner->showError(records.error());
        m_status->setText(tr("No records to show."));
        m_model->setRecords({});
        Q_EMIT loaded();
        return;
    }
    m_banner->clearError();
    m_model->setRecords(records->records);
    m_status->setText(describe(records.value()));
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) m_view->selectRow(0);
    showSelected();
    Q_EMIT loaded();
}

void ViewMessagesTab::showSelected()
{
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    m_pane->setRecord(current.isValid() ? std::optional<KafkaRecord>(m_model->item(current.row())) : std::nullopt);
}

QString ViewMessagesTab::describe(const DumpedRecords &r)
{
    const qsizetype shown = r.records.size();
    const QString below = r.positionSource == DumpedRecords::PositionSource::GroupOffset
                              ? tr("below the consumer group's committed offset %1").arg(r.position)
                              : tr("below offset %1, the end of the warehouse's committed files").arg(r.position);
    switch (r.shortfall) {
    case DumpedRecords::Shortfall::PartitionEmpty:
        return tr("Partition %1 is empty: nothing was ever written to it.").arg(r.partition);
    case DumpedRecords::Shortfall::NothingDumped:
        return tr("Nothing from partition %1 has been dumped yet: the group has no committed offset and the warehouse has no "
                  "committed file for it.")
            .arg(r.partition);
    case DumpedRecords::Shortfall::FewerDumped:
        return tr("Only %1 of the requested %2 records exist: that is all partition %3 has dumped, %4.")
            .arg(shown)
            .arg(r.requested)
            .arg(r.partition)
            .arg(below);
    case DumpedRecords::Shortfall::RemovedByRetention:
        return tr("Only %1 of the requested %2 records exist: Kafka's retention already deleted the older ones (partition %3 "
                  "now starts at offset %4). Shown: the records %5.")
            .arg(shown)
            .arg(r.requested)
            .arg(r.partition)
            .arg(r.logStartOffset)
            .arg(below);
    case DumpedRecords::Shortfall::None:
        break;
    }
    return tr("The last %1 records dumped from partition %2, %3.").arg(shown).arg(r.partition).arg(below);
}

} // namespace outflow
