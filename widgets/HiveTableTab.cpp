#include "HiveTableTab.h"

#include "FutureWatch.h"
#include "metastore/HiveTableReport.h"
#include "metastore/PartitionRegistrar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
QLabel *fact(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

HiveTableTab::HiveTableTab(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_state(fact(this, QStringLiteral("hiveStateLabel"))),
      m_table(fact(this, QStringLiteral("hiveTableLabel"))), m_location(fact(this, QStringLiteral("hiveLocationLabel"))),
      m_waiting(fact(this, QStringLiteral("hiveWaitingLabel"))), m_problem(fact(this, QStringLiteral("hiveProblemLabel"))),
      m_partitions(new QListWidget(this)), m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("hiveTableTab"));
    m_partitions->setObjectName(QStringLiteral("hivePartitionsList"));
    m_refresh->setObjectName(QStringLiteral("hiveRefreshButton"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #cf222e; }"));
    connect(m_refresh, &QPushButton::clicked, this, &HiveTableTab::reload);

    auto *tableBox = new QGroupBox(tr("Hive table"), this);
    auto *form = new QFormLayout(tableBox);
    form->addRow(tr("Table"), m_table);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Waiting"), m_waiting);
    auto *partitionsBox = new QGroupBox(tr("Registered partitions"), this);
    (new QVBoxLayout(partitionsBox))->addWidget(m_partitions);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(tableBox);
    layout->addWidget(partitionsBox, 1);
    m_problem->hide();
}

void HiveTableTab::showTask(const QString &taskId)
{
    if (taskId != m_taskId) {
        m_taskId = taskId;
        m_partitions->clear();
        m_table->clear();
        m_location->clear();
        m_waiting->clear();
    }
    reload();
}

void HiveTableTab::reload()
{
    if (m_taskId.isEmpty()) return;
    const quint64 serial = ++m_loadSerial;
    m_state->setText(tr("Loading the Hive table…"));
    m_refresh->setEnabled(false);
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_context.catalog, id = m_taskId] {
        auto task = catalog->task(id);
        if (!task) {
            HiveTableReport r;
            r.problem = task.error();
            return r;
        }
        return HiveTableReport::read(*catalog, task->definition.target);
    }), [this, serial](const HiveTableReport &report) { apply(serial, report); });
}

void HiveTableTab::apply(quint64 serial, const HiveTableReport &r)
{
    if (serial != m_loadSerial) return;
    m_refresh->setEnabled(true);
    m_problem->setText(r.problem);
    m_problem->setVisible(!r.problem.isEmpty());
    m_partitions->clear();
    if (!r.configured) {
        m_state->setText(tr("The task's warehouse names no Hive Metastore; add one in Warehouses to register this table."));
        m_table->setText(QStringLiteral("—"));
        m_location->setText(QStringLiteral("—"));
        m_waiting->setText(QStringLiteral("—"));
        return;
    }
    m_state->setText(r.exists ? tr("Registered in %1").arg(r.metastore) : tr("Not in %1 yet").arg(r.metastore));
    m_table->setText(r.table.database + u'.' + r.table.table);
    m_location->setText(r.table.location);
    m_waiting->setText(r.waiting.isEmpty() ? tr("No partitions wait")
                                           : tr("%n partition(s) wait for the metastore: %1", nullptr, int(r.waiting.size()))
                                                 .arg(r.waiting.join(QStringLiteral(", "))));
    for (const HivePartition &p : r.partitions) {
        const bool closed = p.parameters.value(PartitionRegistrar::closedParameter()) == QLatin1String("true");
        auto *item = new QListWidgetItem(closed ? tr("%1 · closed").arg(p.name()) : p.name(), m_partitions);
        item->setToolTip(p.location);
    }
}

} // namespace outflow
