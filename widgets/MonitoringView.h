#pragma once

#include "ChartSpec.h"
#include "ConsoleContext.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace outflow {

class MetricChart;

/// "Monitoring": pick a resource (the task or one partition) and a time range; a grid of
/// metric charts follows both.
class MonitoringView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringView)

public:
    explicit MonitoringView(ConsoleContext context, QWidget *parent = nullptr);

    QString taskId() const { return m_taskId; }
    const QList<MetricChart *> &charts() const { return m_charts; }
    MetricChart *chart(ChartKind kind) const { return m_charts.at(int(kind)); }

public Q_SLOTS:
    void showTask(const QString &taskId);
    /// kTaskResource, or a partition.
    void setResource(int partition);
    void setRange(const outflow::TimeRange &range);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createControls();
    void loadPartitions();
    void setPartitions(const QList<int> &partitions);
    void applyToCharts();
    /// Partitions get assigned after the task starts: live points list the new ones.
    void addLivePartitions(const MetricRows &rows);
    void rangeChosen();

    ConsoleContext m_context;
    QString m_taskId;
    int m_partition = kTaskResource;
    TimeRange m_range;
    quint64 m_partitionsSerial = 0;
    QComboBox *m_resource = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QWidget *m_custom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QList<MetricChart *> m_charts;
    QList<int> m_partitions;
    QMetaObject::Connection m_live;
};

} // namespace outflow
