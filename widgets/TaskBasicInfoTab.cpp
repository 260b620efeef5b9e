#include "TaskBasicInfoTab.h"

#include "common/Messages.h"

#include "ActionHistoryModel.h"
#include "ListTableView.h"
#include "TargetText.h"
#include "catalog/Validation.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace outflow {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("—");
}
} // namespace

TaskBasicInfoTab::TaskBasicInfoTab(QWidget *parent)
    : QWidget(parent), m_history(new ActionHistoryModel(this)), m_historyView(new ListTableView(this))
{
    setObjectName(QStringLiteral("basicInfoTab"));
    m_historyView->setObjectName(QStringLiteral("actionHistoryTable"));
    m_historyView->setModel(m_history);
    m_historyView->setSortingEnabled(false); // newest first is the order that matters
    m_historyView->setMinimumHeight(180);
    // A detail (a create failure, a reset summary with a line per partition) is read in full,
    // wrapped, not cut at the window's edge.
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->setMinimumSectionSize(m_historyView->verticalHeader()->defaultSectionSize());
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->setColumnWidth(ActionHistoryModel::Time, m_historyView->widthFor(QStringLiteral("2000-00-00 00:00:00")));
    m_historyView->setColumnWidth(ActionHistoryModel::Actor, m_historyView->widthFor(QStringLiteral("gui:someone-long")));
    const auto widest = [this](const char *english) {
        return qMax(m_historyView->widthFor(QString::fromUtf8(english)), m_historyView->widthFor(Messages::translate(QString::fromUtf8(english))));
    };
    m_historyView->setColumnWidth(ActionHistoryModel::Action, widest(msg::kActionChangeTarget));
    m_historyView->setColumnWidth(ActionHistoryModel::Result, widest(msg::kResultStarted));

    auto *cards = new QHBoxLayout;
    cards->addWidget(createSourceCard(), 1);
    cards->addWidget(createTargetCard(), 1);

    auto *errorBox = new QGroupBox(tr("Last error"), this);
    m_lastError = new QLabel(errorBox);
    m_lastError->setObjectName(QStringLiteral("lastErrorLabel"));
    m_lastError->setWordWrap(true);
    m_lastError->setTextFormat(Qt::PlainText);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    (new QVBoxLayout(errorBox))->addWidget(m_lastError);

    auto *runtimeRow = new QHBoxLayout;
    runtimeRow->addWidget(createRuntimeCard(), 1);
    runtimeRow->addWidget(errorBox, 1);

    auto *historyBox = new QGroupBox(tr("Action history"), this);
    (new QVBoxLayout(historyBox))->addWidget(m_historyView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addLayout(cards);
    layout->addLayout(runtimeRow);
    layout->addWidget(historyBox, 1);
}

QLabel *TaskBasicInfoTab::addFact(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QWidget *TaskBasicInfoTab::createSourceCard()
{
    auto *card = new QGroupBox(tr("Data source"), this);
    card->setObjectName(QStringLiteral("sourceCard"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(card);
    layout->addLayout(form);
    // The layout must have its widget before addFact asks for it.
    m_cluster = addFact(form, tr("Kafka cluster"), QStringLiteral("sourceCluster"));
    m_topic = addFact(form, tr("Topic"), QStringLiteral("sourceTopic"));
    m_start = addFact(form, tr("Start position"), QStringLiteral("sourceStart"));
    layout->addStretch(1);

    m_changeSource = new QPushButton(tr("Change data source"), card);
    m_changeSource->setObjectName(QStringLiteral("changeSourceButton"));
    auto *kcat = new QPushButton(tr("Copy as kcat command"), card);
    kcat->setObjectName(QStringLiteral("copyKcatButton"));
    kcat->setToolTip(tr("Copy a kcat command line that reads this source to the clipboard"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeSource);
    buttons->addWidget(kcat);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_changeSource, &QPushButton::clicked, this, &TaskBasicInfoTab::changeSourceRequested);
    connect(kcat, &QPushButton::clicked, this, &TaskBasicInfoTab::copyKcatRequested);
    return card;
}

QWidget *TaskBasicInfoTab::createTargetCard()
{
    auto *card = new QGroupBox(tr("Data target"), this);
    card->setObjectName(QStringLiteral("targetCard"));
    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(card);
    layout->addLayout(form);
    m_targetFacts = form;
    m_warehouse = addFact(form, tr("Warehouse"), QStringLiteral("targetWarehouse"));
    m_table = addFact(form, tr("BID / TID"), QStringLiteral("targetTable"));
    m_format = addFact(form, tr("Format"), QStringLiteral("targetFormat"));
    m_columns = addFact(form, tr("Columns"), QStringLiteral("targetColumns"));
    m_compression = addFact(form, tr("Compression"), QStringLiteral("targetCompression"));
    m_maxFileSize = addFact(form, tr("Max file size"), QStringLiteral("targetMaxFileSize"));
    m_flushInterval = addFact(form, tr("Flush interval"), QStringLiteral("targetFlushInterval"));
    m_foldersBy = addFact(form, tr("Folders by"), QStringLiteral("targetFoldersBy"));
    m_timezone = addFact(form, tr("Time zone"), QStringLiteral("targetTimezone"));
    m_badRecords = addFact(form, tr("Bad records"), QStringLiteral("targetBadRecords"));
    m_parallelism = addFact(form, tr("Parallelism"), QStringLiteral("targetParallelism"));

    m_changeTarget = new QPushButton(tr("Change data target"), card);
    m_changeTarget->setObjectName(QStringLiteral("changeTargetButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeTarget);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_changeTarget, &QPushButton::clicked, this, &TaskBasicInfoTab::changeTargetRequested);
    return card;
}

QWidget *TaskBasicInfoTab::createRuntimeCard()
{
    auto *card = new QGroupBox(tr("Runtime"), this);
    auto *form = new QFormLayout(card);
    m_created = addFact(form, tr("Created"), QStringLiteral("runtimeCreated"));
    m_updated = addFact(form, tr("Updated"), QStringLiteral("runtimeUpdated"));
    m_retryCount = addFact(form, tr("Retry count"), QStringLiteral("runtimeRetryCount"));
    m_nextRetry = addFact(form, tr("Next retry"), QStringLiteral("runtimeNextRetry"));
    m_nextRetryLabel = qobject_cast<QLabel *>(form->labelForField(m_nextRetry));
    return card;
}

void TaskBasicInfoTab::clear()
{
    m_history->setActions({});
}

void TaskBasicInfoTab::setTask(const TaskRecord &task, const QList<TaskAction> &actions)
{
    const SourceSpec &s = task.definition.source;
    const TargetSpec &t = task.definition.target;
    m_cluster->setText(s.cluster);
    m_topic->setText(s.topic);
    if (s.start == QLatin1String("earliest")) m_start->setText(tr("Earliest"));
    else if (s.start == QLatin1String("latest")) m_start->setText(tr("Latest"));
    else if (const auto at = Validation::startTimestamp(s.start)) m_start->setText(tr("From %1").arg(timeText(*at)));
    else m_start->setText(s.start);

    m_warehouse->setText(t.warehouse);
    m_table->setText(QStringLiteral("%1 / %2").arg(t.bid, t.tid));
    QString format = recordFormatName(t.format);
    if (t.format == RecordFormat::Delimited && t.columns.isEmpty())
        format = tr("%1 (fields %2, separator \"%3\")").arg(format, t.fields.join(QStringLiteral(", ")), t.separator);
    else if (t.format == RecordFormat::Delimited)
        format = tr("%1 (separator \"%2\")").arg(format, t.separator);
    m_format->setText(format);
    m_columns->setText(TargetText::columns(t.columns));
    m_targetFacts->setRowVisible(m_columns, !t.columns.isEmpty());
    m_compression->setText(TargetText::compression(t.compression));
    m_maxFileSize->setText(tr("%1 MiB").arg(QLocale().toString(double(t.maxFileBytes) / (1024.0 * 1024.0), 'g', 6)));
    m_flushInterval->setText(tr("%n second(s)", nullptr, t.flushIntervalSec));
    m_foldersBy->setText(TargetText::foldersBy(t.partitionBy));
    m_timezone->setText(t.timezone);
    switch (t.badRecords) {
    case BadRecordPolicy::Skip: m_badRecords->setText(tr("Skip and count them")); break;
    case BadRecordPolicy::DeadLetter: m_badRecords->setText(tr("Write them to _deadletter")); break;
    case BadRecordPolicy::Fail: m_badRecords->setText(tr("Fail the task")); break;
    }
    m_parallelism->setText(QString::number(task.definition.parallelism));

    m_created->setText(timeText(task.createdAt));
    m_updated->setText(timeText(task.updatedAt));
    m_retryCount->setText(QString::number(task.retryCount));
    const bool retrying = task.status == TaskStatus::Error;
    m_nextRetry->setText(task.nextRetryAt.isValid() ? timeText(task.nextRetryAt) : tr("Not scheduled"));
    m_nextRetry->setVisible(retrying);
    if (m_nextRetryLabel) m_nextRetryLabel->setVisible(retrying);
    m_lastError->setText(task.lastError.isEmpty() ? tr("None") : Messages::translate(task.lastError));
    m_lastError->setStyleSheet(task.lastError.isEmpty() ? QString() : QStringLiteral("QLabel { color: #8a1c1c; }"));

    // Deleting tasks take no more changes (PRODUCT.md section 3).
    const bool editable = task.status != TaskStatus::Deleting;
    m_changeSource->setEnabled(editable);
    m_changeTarget->setEnabled(editable);
    m_history->setActions(actions);
}

} // namespace outflow
