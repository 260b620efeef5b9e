#pragma once

#include "ConsoleContext.h"
#include "kafka/ConsumerGroup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace outflow {

class DumpedRecordsModel;
class ErrorBanner;
class ListTableView;
class RecordValuePane;

/// "View messages": the last N records of a partition that the task has confirmed dumped
/// (LastDumpedReader), newest first, with a value pane. Reading never joins the task's group
/// or commits; it says plainly when fewer than N exist or the partition is empty.
class ViewMessagesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMessagesTab)

public:
    explicit ViewMessagesTab(ConsoleContext context, QWidget *parent = nullptr);

    DumpedRecordsModel *model() const { return m_model; }
    QString statusText() const;

public Q_SLOTS:
    void showTask(const QString &taskId);
    void reload();

Q_SIGNALS:
    /// Records (or an error) arrived for the current pickers.
    void loaded();

private:
    struct Topic
    {
        QString name;
        int partitions = 0;
    };

    QWidget *createPickers();
    void applyTopic(quint64 serial, const Result<Topic> &topic);
    void apply(quint64 serial, const Result<DumpedRecords> &records);
    void showSelected();
    static QString describe(const DumpedRecords &records);

    ConsoleContext m_context;
    QString m_taskId;
    DumpedRecordsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    ListTableView *m_view;
    RecordValuePane *m_pane;
    ErrorBanner *m_banner;
    QLabel *m_status;
    QComboBox *m_topic = nullptr;
    QComboBox *m_partition = nullptr;
    QComboBox *m_count = nullptr;
    QPushButton *m_reload = nullptr;
    quint64 m_serial = 0;
};

} // namespace outflow
