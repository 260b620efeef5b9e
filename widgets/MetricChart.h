#pragma once

#include "ChartSpec.h"
#include "ConsoleContext.h"
#include "common/Result.h"
#include "metrics/MetricsStore.h"

#include <QFuture>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCPGraph;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace outflow {

/// One metrics chart (QCustomPlot) with its own toolbar: compare with a day or a week earlier,
/// refresh, copy to the Dashboard, legend, export PNG/CSV. The Monitoring view and the
/// Dashboard both show these.
///
/// History is queried off the GUI thread; a live chart then appends the recorder's points once
/// a second (one queued replot) while it is visible, and does nothing while hidden.
class MetricChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    static constexpr int kMaxPoints = 3000;

    explicit MetricChart(ConsoleContext context, QWidget *parent = nullptr);

    const ChartSpec &spec() const { return m_spec; }
    /// Shows `spec`, reloading when it changed (now if visible, else when shown).
    void setSpec(const ChartSpec &spec);
    /// Shown before the title, e.g. the task and partition on the Dashboard.
    void setSubject(const QString &subject);
    void setCopyToDashboardVisible(bool visible);
    /// Extra buttons at the right of the title row (the Dashboard's move and close).
    void addHeaderWidget(QWidget *widget);

    QCustomPlot *plot() const { return m_plot; }
    /// The graphs of the current window, one per metric of the kind.
    const QList<QCPGraph *> &graphs() const { return m_graphs; }
    /// The dashed graphs of the earlier window (empty data unless compare is on).
    const QList<QCPGraph *> &overlays() const { return m_overlays; }
    /// A line under the plot: what the last action did, or why there is nothing to show.
    QString statusText() const;

    /// Renders on this thread, writes on a pool thread.
    QFuture<Status> exportPng(const QString &path);
    /// Every plotted point: series, time (UTC), epoch seconds, value in the chart's unit.
    QFuture<Status> exportCsv(const QString &path);
    QString csv() const;

    static QString title(ChartKind kind);
    static QString seriesName(Metric metric);

public Q_SLOTS:
    void refresh();
    /// 0 (off), 1 or 7.
    void setCompareDays(int days);
    void setLegendVisible(bool visible);

Q_SIGNALS:
    /// The user changed compare or legend (the Dashboard persists it).
    void specChanged(const outflow::ChartSpec &spec);
    /// A query's points are on the plot.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Loaded
    {
        Result<MetricSeries> current = Result<MetricSeries>::fail({});
        std::optional<Result<MetricSeries>> overlay;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 overlayUntilMs = 0;
    };

    QWidget *createToolbar();
    void rebuildGraphs();
    void applyLoaded(quint64 serial, const Loaded &result);
    void appendLive(const MetricRows &rows);
    void setLiveConnected(bool connected);
    void setWindow(qint64 fromMs, qint64 toMs);
    void rescaleValues();
    void updateTitle();
    void showPointToolTip(QMouseEvent *event);
    void copyToDashboard();
    void exportWithDialog(bool png);
    void showStatus(const QString &text, bool error = false);
    qint64 shiftMs() const;

    ConsoleContext m_context;
    ChartSpec m_spec;
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_compare = nullptr;
    QCheckBox *m_legend = nullptr;
    QToolButton *m_copy = nullptr;
    QHBoxLayout *m_headerExtras = nullptr;
    QCustomPlot *m_plot;
    QList<QCPGraph *> m_graphs;
    QList<QCPGraph *> m_overlays;
    QString m_subject;
    QMetaObject::Connection m_live;
    quint64 m_serial = 0;
    bool m_loading = false;
    bool m_stale = true;
    qint64 m_bucketMs = 1000;
    qint64 m_overlayUntilMs = 0;
    MetricRows m_pendingLive;
};

} // namespace outflow
