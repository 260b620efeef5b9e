#pragma once

#include "ConsoleContext.h"
#include "kafka/ConsumptionProgressReader.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace outflow {

class ConsumerGroupModel;
class ErrorBanner;
class ListTableView;
class PlaceholderStack;

/// "Consumption progress → Consumer group": per partition the group's committed offset, the
/// log-start and log-end offsets, lag, lag in time and drain ETA, plus totals, refreshed on
/// demand and on a selectable interval while visible. Everything is read off the GUI thread;
/// failures show verbatim above the table, which keeps the last good figures.
class ConsumerGroupTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumerGroupTab)

public:
    explicit ConsumerGroupTab(ConsoleContext context, QWidget *parent = nullptr);

    ConsumerGroupModel *model() const { return m_model; }
    /// Seconds between automatic refreshes; 0 turns them off.
    int refreshIntervalSeconds() const;

public Q_SLOTS:
    void showTask(const QString &taskId);
    void refresh();

Q_SIGNALS:
    /// A refresh finished (with figures or with an error).
    void refreshed();

private:
    QWidget *createToolbar();
    void apply(quint64 serial, const Result<ConsumptionProgress> &progress);
    void applyInterval();
    void openDetails();

    ConsoleContext m_context;
    QString m_taskId;
    ConsumptionProgressReader m_reader;
    ConsumerGroupModel *m_model;
    ListTableView *m_view;
    PlaceholderStack *m_stack;
    ErrorBanner *m_banner;
    QLabel *m_group = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_updated;
    QComboBox *m_interval = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_details = nullptr;
    QTimer m_timer;
    quint64 m_serial = 0;
    bool m_busy = false;
};

} // namespace outflow
