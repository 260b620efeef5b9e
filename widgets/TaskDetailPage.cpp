#include "TaskDetailPage.h"

#include "ConsumptionProgressTab.h"
#include "ErrorBanner.h"
#include "FormDialog.h"
#include "KcatCommand.h"
#include "MonitoringView.h"
#include "SourceForm.h"
#include "TargetForm.h"
#include "TaskBasicInfoTab.h"
#include "TaskListModel.h"
#include "TaskStatusDelegate.h"
#include "ViewMessagesTab.h"
#include "catalog/Validation.h"
#include "engine/Engine.h"

#include "FutureWatch.h"
#include "HiveTableTab.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

TaskDetailPage::TaskDetailPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new ErrorBanner(this)), m_tabs(new QTabWidget(this)),
      m_basicInfo(new TaskBasicInfoTab(this)), m_progress(new ConsumptionProgressTab(m_context, this)),
      m_messages(new ViewMessagesTab(m_context, this)), m_hive(new HiveTableTab(m_context, this))
{
    setObjectName(QStringLiteral("taskDetailPage"));
    m_banner->setObjectName(QStringLiteral("detailResult"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    addTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

QWidget *TaskDetailPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *back = new QPushButton(tr("← Back"), header);
    back->setObjectName(QStringLiteral("backButton"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &TaskDetailPage::backRequested);

    m_id = new QLabel(header);
    m_id->setObjectName(QStringLiteral("detailTaskId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_id->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::DemiBold);
    m_id->setFont(f);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("detailTaskName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setFont(f);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("detailStatus"));

    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    row->addWidget(back);
    row->addWidget(m_id);
    row->addWidget(m_name);
    row->addWidget(m_status);
    row->addStretch(1);
    return header;
}

void TaskDetailPage::addTabs()
{
    m_tabs->addTab(m_basicInfo, tr("Basic information"));
    connect(m_basicInfo, &TaskBasicInfoTab::changeSourceRequested, this, &TaskDetailPage::changeSource);
    connect(m_basicInfo, &TaskBasicInfoTab::changeTargetRequested, this, &TaskDetailPage::changeTarget);
    connect(m_basicInfo, &TaskBasicInfoTab::copyKcatRequested, this, &TaskDetailPage::copyKcatCommand);
    m_tabs->addTab(m_progress, tr("Consumption progress"));
    auto *monitoring = new MonitoringView(m_context);
    m_progress->addSubTab(monitoring, tr("Monitoring"));
    connect(m_progress, &ConsumptionProgressTab::taskShown, monitoring, &MonitoringView::showTask);
    m_tabs->addTab(m_messages, tr("View messages"));
    m_tabs->addTab(m_hive, tr("Hive table"));
    // These tabs ask Kafka, the warehouse or the metastore, so they load when brought up, not
    // with the page.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_taskId.isEmpty()) return;
        if (m_tabs->currentWidget() == m_progress) m_progress->showTask(m_taskId);
        if (m_tabs->currentWidget() == m_messages) m_messages->showTask(m_taskId);
        if (m_tabs->currentWidget() == m_hive) m_hive->showTask(m_taskId);
    });
}

void TaskDetailPage::showTask(const QString &taskId)
{
    if (taskId != m_taskId) {
        m_taskId = taskId;
        m_task.reset();
        m_cluster.reset();
        m_basicInfo->clear();
        m_banner->clearError();
        m_id->setText(taskId);
        m_name->clear();
        m_status->clear();
        m_tabs->setCurrentIndex(0);
    }
    reload();
}

void TaskDetailPage::reload()
{
    if (m_taskId.isEmpty()) return;
    const quint64 serial = ++m_loadSerial;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_context.catalog, id = m_taskId] {
        Snapshot s{catalog->task(id), {}, {}};
        if (!s.task) return s;
        if (auto actions = catalog->actions(id)) s.actions = actions.value();
        if (auto cluster = catalog->cluster(s.task->definition.source.cluster)) s.cluster = cluster.value();
        return s;
    }), [this, serial](const Snapshot &snapshot) { apply(serial, snapshot); });
}

void TaskDetailPage::apply(quint64 serial, const Snapshot &snapshot)
{
    if (serial != m_loadSerial) return;
    if (!snapshot.task) {
        // Gone for good (deleted here or by another process) or unreadable: say so, keep what
        // was shown so the user still sees what it was.
        m_banner->showError(snapshot.task.error());
        if (m_task) Q_EMIT taskGone(m_taskId);
        return;
    }
    m_task = snapshot.task.value();
    m_cluster = snapshot.cluster;
    m_id->setText(m_task->id);
    m_name->setText(m_task->definition.name);
    m_status->setText(TaskListModel::statusLabel(m_task->status));
    const QColor colour = TaskStatusDelegate::colour(m_task->status);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; padding: 2px 10px;"
                                           " font-weight: 600; }")
                                .arg(colour.name()));
    m_basicInfo->setTask(*m_task, snapshot.actions);
}

void TaskDetailPage::openChangeDialog(const QString &title, QWidget *form, const std::function<QString()> &formProblem,
                                      const std::function<void(TaskDefinition &)> &edit,
                                      const std::function<Status(Engine &, const TaskDefinition &)> &save, const QString &doneText)
{
    const TaskDefinition current = m_task->definition;
    // The form's own problem first (it knows which field), then the whole definition as the
    // engine will judge it.
    auto *dialog = new FormDialog(
        title, form,
        [formProblem, current, edit] {
            if (QString p = formProblem(); !p.isEmpty()) return p;
            TaskDefinition d = current;
            edit(d);
            return Validation::definitionProblem(d);
        },
        [context = m_context, current, edit, save] {
            TaskDefinition d = current;
            edit(d);
            return QtConcurrent::run([context, d, save] { return save(*context.engine, d); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doneText] {
        m_banner->showInfo(doneText);
        reload();
    });
    dialog->open();
}

void TaskDetailPage::changeSource()
{
    if (!m_task) return;
    auto *form = new SourceForm(m_context.catalog);
    form->setSource(m_task->definition.source);
    openChangeDialog(
        tr("Change data source of %1").arg(m_task->definition.name), form, [form] { return form->problem(); },
        [form](TaskDefinition &d) { d.source = form->source(); },
        [id = m_task->id, actor = m_context.actor](Engine &e, const TaskDefinition &d) { return e.changeSource(id, d.source, actor); },
        tr("The data source was changed; a running task restarts on it."));
}

void TaskDetailPage::changeTarget()
{
    if (!m_task) return;
    auto *form = new TargetForm(m_context.catalog);
    form->setTarget(m_task->definition.target);
    openChangeDialog(
        tr("Change data target of %1").arg(m_task->definition.name), form, [form] { return form->problem(); },
        [form](TaskDefinition &d) { d.target = form->target(); },
        [id = m_task->id, actor = m_context.actor](Engine &e, const TaskDefinition &d) { return e.changeTarget(id, d.target, actor); },
        tr("The data target was changed; a running task restarts on it."));
}

void TaskDetailPage::copyKcatCommand()
{
    if (!m_task) return;
    if (!m_cluster) {
        m_banner->showError(tr("Cluster \"%1\" is not registered, so there is no address to read from.")
                                .arg(m_task->definition.source.cluster));
        return;
    }
    const QString command = KcatCommand::forSource(*m_cluster, m_task->definition.source);
    QGuiApplication::clipboard()->setText(command);
    m_banner->showInfo(tr("Copied to the clipboard:") + u'\n' + command);
}

} // namespace outflow
