#include "TaskDetailPage.h"

#include "ConsumptionProgressTab.h"
#include "ErrorBanner.h"
#include "FormDialog.h"
#include "KcatCommand.h"
#include "LagTrend.h"
#include "MonitoringView.h"
#include "SourceForm.h"
#include "TargetForm.h"
#include "TaskBasicInfoTab.h"
#include "TaskListModel.h"
#include "TaskStatusDelegate.h"
#include "ViewMessagesTab.h"
#include "catalog/Validation.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include "FutureWatch.h"
#include "HiveTableTab.h"

#include <QClipboard>
#include <QDateTime>
#include <QFuture>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
/// Only the start position differs: for a task that has committed data, that moves its
/// position (Reset position) rather than being a setting it reads again.
bool onlyStartChanged(const SourceSpec &from, const SourceSpec &to)
{
    return from.cluster == to.cluster && from.topic == to.topic && from.start != to.start;
}

bool resettable(TaskStatus status)
{
    return status == TaskStatus::Running || status == TaskStatus::Paused || status == TaskStatus::Error;
}

/// The confirmation of a start-position change that resets the position.
QString resetQuestion(const Engine::ResetCounts &counts, const QString &preview, bool running)
{
    QString question = TaskDetailPage::tr("The task has already committed data, so a new start position resets its position "
                                          "(Reset position).")
                       + QStringLiteral("\n\n");
    if (counts.skipped == 0 && counts.readAgain == 0) question += TaskDetailPage::tr("No record is skipped or read again.");
    else
        question += TaskDetailPage::tr("%1 records will be skipped and %2 read again; offsets the warehouse already holds are "
                                       "not written again.")
                        .arg(QLocale().toString(counts.skipped), QLocale().toString(counts.readAgain));
    if (running) question += u' ' + TaskDetailPage::tr("The task commits what it wrote, then restarts from the new position.");
    return question + QStringLiteral("\n\n") + preview;
}

struct LagOutcome
{
    LagTrend::Verdict verdict;
    int partitions = 0;
};
} // namespace

TaskDetailPage::TaskDetailPage(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new ErrorBanner(this)), m_tabs(new QTabWidget(this)),
      m_basicInfo(new TaskBasicInfoTab(this)), m_progress(new ConsumptionProgressTab(m_context, this)),
      m_messages(new ViewMessagesTab(m_context, this)), m_hive(new HiveTableTab(m_context, this))
{
    setObjectName(QStringLiteral("taskDetailPage"));
    m_banner->setObjectName(QStringLiteral("detailResult"));
    m_lagAdvice = new QLabel(this);
    m_lagAdvice->setObjectName(QStringLiteral("lagAdvice"));
    m_lagAdvice->setWordWrap(true);
    m_lagAdvice->setTextFormat(Qt::PlainText);
    m_lagAdvice->setStyleSheet(QStringLiteral("QLabel { color: #7d4e00; background: #fff8c5; border: 1px solid #d4a72c;"
                                              " border-radius: 4px; padding: 6px; }"));
    m_lagAdvice->hide();
    m_lagTimer = new QTimer(this);
    m_lagTimer->setInterval(30000);
    connect(m_lagTimer, &QTimer::timeout, this, &TaskDetailPage::checkLagTrend);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    addTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_lagAdvice);
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
        m_lagAdvice->hide();
        ++m_lagSerial;
    }
    reload();
    if (m_context.metrics) m_lagTimer->start();
}

void TaskDetailPage::checkLagTrend()
{
    if (m_taskId.isEmpty() || !m_context.metrics) return;
    if (!isVisible()) return; // checked again when the page shows a task
    const quint64 serial = ++m_lagSerial;
    FutureWatch::onReady(this, QtConcurrent::run([path = m_context.metrics->storePath(), id = m_taskId] {
        LagOutcome outcome;
        auto store = MetricsStore::open(path);
        if (!store) return outcome; // the Monitoring charts say why; advice is only advice
        MetricsQuery query;
        query.taskId = id;
        query.metrics = {Metric::Lag};
        query.toMs = QDateTime::currentMSecsSinceEpoch();
        query.fromMs = query.toMs - LagTrend::kWindowMs;
        query.maxPoints = 120;
        if (auto series = store.value()->query(query)) outcome.verdict = LagTrend::judge(series->of(Metric::Lag), query.toMs);
        if (auto partitions = store.value()->partitions(id)) outcome.partitions = int(partitions->size());
        return outcome;
    }), [this, serial](const LagOutcome &outcome) {
        if (serial != m_lagSerial || !m_task) return;
        if (!outcome.verdict.growing) {
            m_lagAdvice->hide();
            return;
        }
        const int parallelism = m_task->definition.parallelism;
        QString text = tr("The lag has kept growing for %1 minutes, from about %2 to %3 records: the task reads more slowly "
                          "than the topic is written.")
                           .arg(LagTrend::kWindowMs / 60000)
                           .arg(QLocale().toString(qint64(outcome.verdict.fromLag)), QLocale().toString(qint64(outcome.verdict.toLag)));
        if (outcome.partitions > 0 && parallelism < outcome.partitions)
            text += u' ' + tr("Raise the parallelism: it is %1, and the topic has %2 partitions.").arg(parallelism).arg(outcome.partitions);
        else
            text += u' ' + tr("Add partitions to the topic and raise the parallelism with them: each of the %1 consumers "
                              "already has a partition of its own.")
                               .arg(parallelism);
        m_lagAdvice->setText(text);
        m_lagAdvice->show();
    });
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
    checkLagTrend();
}

FormDialog *TaskDetailPage::openChangeDialog(const QString &title, QWidget *form, const std::function<QString()> &formProblem,
                                             const std::function<void(TaskDefinition &)> &edit,
                                             const std::function<Status(Engine &, const TaskDefinition &)> &save,
                                             const std::function<QString()> &doneText)
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
        m_banner->showInfo(doneText());
        reload();
    });
    dialog->open();
    return dialog;
}

void TaskDetailPage::changeSource()
{
    if (!m_task) return;
    auto *form = new SourceForm(m_context.catalog);
    form->setSource(m_task->definition.source);
    form->setParallelism(m_task->definition.parallelism);
    const SourceSpec current = m_task->definition.source;
    const TaskStatus status = m_task->status;
    const bool createFailed = status == TaskStatus::CreateFailed;
    FormDialog *dialog = openChangeDialog(
        tr("Change data source of %1").arg(m_task->definition.name), form, [form] { return form->problem(); },
        [form](TaskDefinition &d) { d.source = form->source(); },
        [id = m_task->id, actor = m_context.actor, current, status](Engine &e, const TaskDefinition &d) {
            // A new start position of a task with committed data resets its position (the
            // user confirmed what that skips or reads again), then the definition follows.
            if (onlyStartChanged(current, d.source) && resettable(status)) {
                Engine::ResetCounts counts;
                auto preview = e.resetPosition(id, d.source.start, actor, Engine::ResetMode::Preview, &counts);
                if (!preview) return Status::fail(preview.error());
                if (counts.committedPartitions > 0)
                    if (auto reset = e.resetPosition(id, d.source.start, actor, Engine::ResetMode::ApplyStoppingRunner); !reset)
                        return Status::fail(reset.error());
            }
            return e.changeSource(id, d.source, actor);
        },
        [form, current, createFailed] {
            if (createFailed) return tr("The data source was changed and the task passed the Create checks: it is running.");
            if (onlyStartChanged(current, form->source())) return tr("The start position was changed.");
            return tr("The data source was changed; a running task restarts on it.");
        });
    dialog->setConfirmation(
        [form, current, status, context = m_context, id = m_task->id]() -> QFuture<Result<QString>> {
            const SourceSpec wanted = form->source();
            if (!onlyStartChanged(current, wanted) || !resettable(status)) return QtFuture::makeReadyFuture(Result<QString>::ok({}));
            return QtConcurrent::run([context, id, wanted, running = status == TaskStatus::Running] {
                Engine::ResetCounts counts;
                auto preview = context.engine->resetPosition(id, wanted.start, context.actor, Engine::ResetMode::Preview, &counts);
                if (!preview) return Result<QString>::fail(preview.error());
                // Nothing committed yet: the new start is simply where the task begins.
                if (counts.committedPartitions == 0) return Result<QString>::ok({});
                return Result<QString>::ok(resetQuestion(counts, preview.value(), running));
            });
        },
        tr("Reset position"), tr("Reset position"));
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
        [createFailed = m_task->status == TaskStatus::CreateFailed] {
            return createFailed ? tr("The data target was changed and the task passed the Create checks: it is running.")
                                : tr("The data target was changed; a running task restarts on it.");
        });
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
