#pragma once

#include "ConsoleContext.h"
#include "kafka/ConsumerGroup.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace outflow {

class ErrorBanner;
class GroupMembersModel;
class PlaceholderStack;

/// "View consumer details": the task's consumer group state, coordinator and members (member
/// id, client id, host, assigned partitions), read when the dialog opens and on Refresh. When
/// several engine processes run the task, each of their workers is a member here.
class ConsumerDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerDetailsDialog)

public:
    ConsumerDetailsDialog(ConsoleContext context, QString taskId, QWidget *parent = nullptr);

    GroupMembersModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void apply(quint64 serial, const Result<ConsumerGroupDescription> &group);

    ConsoleContext m_context;
    QString m_taskId;
    GroupMembersModel *m_model;
    ErrorBanner *m_banner;
    PlaceholderStack *m_stack;
    QLabel *m_groupId;
    QLabel *m_state;
    QLabel *m_coordinator;
    QLabel *m_assignor;
    QPushButton *m_refresh;
    quint64 m_serial = 0;
};

} // namespace outflow
