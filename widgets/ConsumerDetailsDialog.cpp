#include "ConsumerDetailsDialog.h"

#include "ErrorBanner.h"
#include "FutureWatch.h"
#include "GroupMembersModel.h"
#include "ListTableView.h"
#include "PlaceholderStack.h"
#include "catalog/TaskEndpoints.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/KafkaCallPool.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace outflow {

namespace {
QLabel *factLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ConsumerDetailsDialog::ConsumerDetailsDialog(ConsoleContext context, QString taskId, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_taskId(std::move(taskId)), m_model(new GroupMembersModel(this)),
      m_banner(new ErrorBanner(this)), m_groupId(factLabel(this, QStringLiteral("detailsGroupId"))),
      m_state(factLabel(this, QStringLiteral("detailsGroupState"))), m_coordinator(factLabel(this, QStringLiteral("detailsCoordinator"))),
      m_assignor(factLabel(this, QStringLiteral("detailsAssignor"))), m_refresh(new QPushButton(tr("Refresh"), this))
{
    setObjectName(QStringLiteral("consumerDetailsDialog"));
    setWindowTitle(tr("Consumer details"));
    m_banner->setObjectName(QStringLiteral("consumerDetailsError"));
    m_groupId->setText(ConsumerGroupClient::groupOfTask(m_taskId));

    auto *view = new ListTableView(this);
    view->setObjectName(QStringLiteral("membersTable"));
    view->setModel(m_model);
    view->setSortingEnabled(false);
    // Member ids are long (client id + UUID) and are what people paste into tickets: show them whole.
    for (int c : {GroupMembersModel::MemberId, GroupMembersModel::ClientId, GroupMembersModel::Host})
        view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_stack = new PlaceholderStack(view, this);
    m_stack->showPlaceholder(tr("Loading…"));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Consumer group:"), m_groupId);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Coordinator:"), m_coordinator);
    facts->addRow(tr("Partition assignor:"), m_assignor);

    m_refresh->setObjectName(QStringLiteral("refreshDetailsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ConsumerDetailsDialog::refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_banner);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(1180, 420);
    refresh();
}

void ConsumerDetailsDialog::refresh()
{
    const quint64 serial = ++m_serial;
    m_refresh->setEnabled(false);
    FutureWatch::onReady(this, QtConcurrent::run(KafkaCallPool::instance(), [catalog = m_context.catalog, taskId = m_taskId] {
        auto endpoints = TaskEndpoints::load(*catalog, taskId);
        if (!endpoints) return Result<ConsumerGroupDescription>::fail(endpoints.error());
        return ConsumerGroupClient(endpoints->cluster).describe(ConsumerGroupClient::groupOfTask(taskId));
    }), [this, serial](const Result<ConsumerGroupDescription> &group) { apply(serial, group); });
}

void ConsumerDetailsDialog::apply(quint64 serial, const Result<ConsumerGroupDescription> &group)
{
    if (serial != m_serial) return;
    m_refresh->setEnabled(true);
    if (!group) {
        m_banner->showError(group.error());
        m_model->setMembers({});
        m_state->setText(QStringLiteral("—"));
        m_stack->showPlaceholder(tr("No members to show."));
        Q_EMIT refreshed();
        return;
    }
    m_banner->clearError();
    m_state->setText(tr("%1 · members: %2").arg(GroupMembersModel::stateText(group->state)).arg(group->members.size()));
    m_coordinator->setText(group->coordinator.isEmpty() ? QStringLiteral("—") : group->coordinator);
    m_assignor->setText(group->partitionAssignor.isEmpty() ? QStringLiteral("—") : group->partitionAssignor);
    m_model->setMembers(group->members);
    if (group->members.isEmpty())
        m_stack->showPlaceholder(tr("The group has no members now: no engine is consuming for this task (paused, or not running)."));
    else
        m_stack->showContent();
    Q_EMIT refreshed();
}

} // namespace outflow
