#include "MetricChart.h"

#include "DashboardStore.h"
#include "FutureWatch.h"
#include "metrics/MetricsRecorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

namespace outflow {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
/// A live overlay is fetched this far past the live window, so it keeps up as time moves.
constexpr qint64 kLiveOverlayAheadMs = TimeRange::kLiveSpanMs;
constexpr double kToolTipDistancePx = 24;

QColor seriesColour(int index, int count)
{
    // In (or the only series) blue, out green; bad records amber and errors red.
    static const QColor pair[] = {QColor(0x1a, 0x73, 0xe8), QColor(0x18, 0x80, 0x38)};
    return count == 1 ? pair[0] : pair[index % 2];
}

QColor problemColour(Metric m) { return m == Metric::Errors ? QColor(0xd9, 0x30, 0x25) : QColor(0xe3, 0x74, 0x00); }

QString bucketText(qint64 ms)
{
    if (ms % 3600000 == 0) return MetricChart::tr("%1 h").arg(ms / 3600000);
    if (ms % 60000 == 0) return MetricChart::tr("%1 min").arg(ms / 60000);
    return MetricChart::tr("%1 s").arg(ms / 1000);
}

QString unitOf(Metric m)
{
    switch (m) {
    case Metric::MessagesIn:
    case Metric::MessagesOut: return MetricChart::tr("msg/s");
    case Metric::BytesIn:
    case Metric::BytesOut: return MetricChart::tr("KiB/s");
    case Metric::Lag: return MetricChart::tr("records");
    case Metric::LagTimeMs: return MetricChart::tr("s");
    case Metric::FilesCommitted: return MetricChart::tr("files");
    case Metric::BadRecords:
    case Metric::Errors: return MetricChart::tr("records");
    }
    return {};
}

double keyOf(qint64 ms) { return double(ms) / 1000.0; }

} // namespace

MetricChart::MetricChart(ConsoleContext context, QWidget *parent)
    : QWidget(parent), m_context(std::move(context)), m_title(new QLabel(this)), m_status(new QLabel(this)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("metricChart"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#metricChart { background: white; border: 1px solid #dde1e6; border-radius: 6px; }"));
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont f = m_title->font();
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumHeight(190);
    m_plot->setBackground(Qt::white);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setTickCount(5);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(QColor(0xc4, 0xc7, 0xc5)));
        axis->setTickPen(QPen(QColor(0xc4, 0xc7, 0xc5)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(QColor(0x44, 0x47, 0x46));
        axis->grid()->setPen(QPen(QColor(0xee, 0xef, 0xf1)));
    }
    m_plot->legend->setFont(font());
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    // Under the axes in one row, so it never hides the lines it explains.
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setMargins(QMargins(4, 0, 4, 2));
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &MetricChart::showPointToolTip);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(4);
    titleRow->addWidget(m_title, 1);
    m_headerExtras = new QHBoxLayout;
    m_headerExtras->setSpacing(2);
    titleRow->addLayout(m_headerExtras);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(createToolbar());
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_status);
    rebuildGraphs();
}

QWidget *MetricChart::createToolbar()
{
    auto *bar = new QWidget(this);
    m_compare = new QComboBox(bar);
    m_compare->setObjectName(QStringLiteral("compareCombo"));
    m_compare->setToolTip(tr("Overlay the same window one day or one week earlier"));
    m_compare->addItem(tr("No compare"), 0);
    m_compare->addItem(tr("Previous day"), 1);
    m_compare->addItem(tr("Previous week"), 7);
    connect(m_compare, &QComboBox::activated, this, [this] { setCompareDays(m_compare->currentData().toInt()); });

    m_legend = new QCheckBox(tr("Legend"), bar);
    m_legend->setToolTip(tr("Show legend"));
    m_legend->setObjectName(QStringLiteral("legendCheck"));
    m_legend->setChecked(true);
    connect(m_legend, &QCheckBox::toggled, this, &MetricChart::setLegendVisible);

    auto *refresh = new QToolButton(bar);
    refresh->setObjectName(QStringLiteral("refreshChartButton"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Refresh"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(refresh, &QToolButton::clicked, this, &MetricChart::refresh);

    m_copy = new QToolButton(bar);
    m_copy->setObjectName(QStringLiteral("copyToDashboardButton"));
    m_copy->setText(tr("Copy to Dashboard"));
    connect(m_copy, &QToolButton::clicked, this, &MetricChart::copyToDashboard);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Export PNG or CSV"));
    exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    exportButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Export PNG…"), this, [this] { exportWithDialog(true); })->setObjectName(QStringLiteral("exportPngAction"));
    menu->addAction(tr("Export CSV…"), this, [this] { exportWithDialog(false); })->setObjectName(QStringLiteral("exportCsvAction"));
    exportButton->setMenu(menu);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_compare);
    row->addWidget(m_legend);
    row->addStretch(1);
    row->addWidget(refresh);
    row->addWidget(m_copy);
    row->addWidget(exportButton);
    return bar;
}

QString MetricChart::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Messages: return tr("Messages in & out (msg/s)");
    case ChartKind::Bytes: return tr("Bytes in & out (KiB/s)");
    case ChartKind::Lag: return tr("Lag (records)");
    case ChartKind::LagTime: return tr("Lag in time (s)");
    case ChartKind::Files: return tr("Files committed");
    case ChartKind::Problems: return tr("Bad records & errors");
    }
    return {};
}

QString MetricChart::seriesName(Metric metric)
{
    switch (metric) {
    case Metric::MessagesIn: return tr("Messages in");
    case Metric::MessagesOut: return tr("Messages out");
    case Metric::BytesIn: return tr("Bytes in");
    case Metric::BytesOut: return tr("Bytes out");
    case Metric::Lag: return tr("Lag");
    case Metric::LagTimeMs: return tr("Lag in time");
    case Metric::FilesCommitted: return tr("Files committed");
    case Metric::BadRecords: return tr("Bad records");
    case Metric::Errors: return tr("Errors");
    }
    return {};
}

void MetricChart::setSpec(const ChartSpec &spec)
{
    const bool kindChanged = spec.kind != m_spec.kind || m_graphs.isEmpty();
    const bool dataChanged = !(spec == m_spec) || m_stale;
    m_spec = spec;
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(spec.compareDays)));
    m_legend->setChecked(spec.legend);
    m_plot->legend->setVisible(spec.legend);
    if (kindChanged) rebuildGraphs();
    updateTitle();
    if (!dataChanged) return;
    m_stale = true;
    setLiveConnected(isVisible() && m_spec.range.mode == TimeRange::Live);
    if (isVisible()) refresh();
}

void MetricChart::setSubject(const QString &subject)
{
    m_subject = subject;
    updateTitle();
}

void MetricChart::setCopyToDashboardVisible(bool visible) { m_copy->setVisible(visible); }

void MetricChart::addHeaderWidget(QWidget *widget) { m_headerExtras->addWidget(widget); }

QString MetricChart::statusText() const { return m_status->isVisible() || !m_status->text().isEmpty() ? m_status->text() : QString(); }

void MetricChart::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #5f6368;"));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

qint64 MetricChart::shiftMs() const { return qint64(m_spec.compareDays) * kDayMs; }

void MetricChart::updateTitle()
{
    QString text = title(m_spec.kind);
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    // Counts per interval: the interval is the bucket, which depends on the range.
    if (metricAggregation(metrics.first()) == Aggregation::Sum) text = tr("%1 (per %2)").arg(text, bucketText(m_bucketMs));
    m_title->setText(m_subject.isEmpty() ? text : m_subject + QStringLiteral(" · ") + text);
}

void MetricChart::rebuildGraphs()
{
    m_plot->clearGraphs();
    m_graphs.clear();
    m_overlays.clear();
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    for (int i = 0; i < metrics.size(); ++i) {
        const Metric m = metrics[i];
        const QColor colour = m_spec.kind == ChartKind::Problems ? problemColour(m) : seriesColour(i, int(metrics.size()));
        QCPGraph *graph = m_plot->addGraph();
        graph->setPen(QPen(colour, 1.6));
        graph->setName(seriesName(m));
        if (metrics.size() == 1) graph->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 28));
        m_graphs << graph;
    }
    for (int i = 0; i < metrics.size(); ++i) {
        QCPGraph *overlay = m_plot->addGraph();
        QColor colour = m_graphs[i]->pen().color();
        colour.setAlpha(150);
        overlay->setPen(QPen(colour, 1.3, Qt::DashLine));
        overlay->removeFromLegend();
        m_overlays << overlay;
    }
}

void MetricChart::refresh()
{
    if (m_spec.taskId.isEmpty()) return;
    if (!m_context.metrics) {
        showStatus(tr("This console records no metrics, so there is no history to chart."));
        return;
    }
    m_stale = false;
    m_loading = true;
    m_pendingLive.clear();
    const quint64 serial = ++m_serial;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto [from, to] = m_spec.range.window(now);
    const qint64 shift = shiftMs();
    const bool live = m_spec.range.mode == TimeRange::Live;
    MetricsQuery current{m_spec.taskId, m_spec.partition, ChartSpec::metrics(m_spec.kind), from, live ? now + 1 : to,
                         // Same buckets as the overlay, except live: its fresh second-by-second
                         // points beat matching the overlay, whose day-old raw points are pruned.
                         shift > 0 && !live ? from - shift : 0, kMaxPoints, now};
    std::optional<MetricsQuery> overlay;
    if (shift > 0) {
        overlay = current;
        overlay->fromMs = from - shift;
        overlay->toMs = (live ? to + kLiveOverlayAheadMs : to) - shift;
    }
    FutureWatch::onReady(this, QtConcurrent::run([path = m_context.metrics->storePath(), current, overlay, from, to, shift] {
        Loaded loaded;
        loaded.fromMs = from;
        loaded.toMs = to;
        auto store = MetricsStore::open(path);
        if (!store) {
            loaded.current = Result<MetricSeries>::fail(store.error());
            return loaded;
        }
        loaded.current = store.value()->query(current);
        if (overlay) {
            loaded.overlay = store.value()->query(*overlay);
            loaded.overlayUntilMs = overlay->toMs + shift;
        }
        return loaded;
    }), [this, serial](const Loaded &loaded) { applyLoaded(serial, loaded); });
}

void MetricChart::applyLoaded(quint64 serial, const Loaded &result)
{
    if (serial != m_serial) return;
    m_loading = false;
    if (!result.current) {
        showStatus(result.current.error(), true);
        return;
    }
    const MetricSeries &series = result.current.value();
    m_bucketMs = series.bucketMs;
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    const auto fill = [](QCPGraph *graph, const QList<MetricPoint> &points, Metric m, qint64 shift) {
        QVector<double> keys, values;
        keys.reserve(points.size());
        values.reserve(points.size());
        for (const MetricPoint &p : points) {
            keys << keyOf(p.atMs + shift);
            values << p.value * ChartSpec::scale(m);
        }
        graph->setData(keys, values, true);
    };
    for (int i = 0; i < metrics.size(); ++i) {
        fill(m_graphs[i], series.of(metrics[i]), metrics[i], 0);
        m_overlays[i]->data()->clear();
        m_overlays[i]->removeFromLegend();
    }
    QString problem;
    if (result.overlay) {
        if (!*result.overlay) problem = result.overlay->error();
        const QString when = m_spec.compareDays == 7 ? tr("previous week") : tr("previous day");
        for (int i = 0; i < metrics.size() && *result.overlay; ++i) {
            fill(m_overlays[i], result.overlay->value().of(metrics[i]), metrics[i], shiftMs());
            m_overlays[i]->setName(tr("%1 (%2)").arg(seriesName(metrics[i]), when));
            m_overlays[i]->addToLegend();
        }
        m_overlayUntilMs = result.overlayUntilMs;
    }
    bool empty = true;
    for (QCPGraph *g : std::as_const(m_graphs)) empty = empty && g->data()->isEmpty();
    showStatus(problem.isEmpty() && empty ? tr("No points in this window yet.") : problem, !problem.isEmpty());
    updateTitle();
    setWindow(result.fromMs, result.toMs);
    const MetricRows pending = std::exchange(m_pendingLive, {});
    if (!pending.isEmpty()) appendLive(pending);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT loaded();
}

void MetricChart::setWindow(qint64 fromMs, qint64 toMs)
{
    const qint64 span = toMs - fromMs;
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    ticker->setDateTimeFormat(span <= 30 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
                              : span <= kDayMs       ? QStringLiteral("HH:mm")
                                                     : QStringLiteral("MM-dd HH:mm"));
    m_plot->xAxis->setRange(keyOf(fromMs), keyOf(toMs));
    rescaleValues();
}

void MetricChart::rescaleValues()
{
    double top = 0;
    const QCPRange keys = m_plot->xAxis->range();
    for (const auto *list : {&m_graphs, &m_overlays})
        for (QCPGraph *g : *list) {
            bool found = false;
            const QCPRange r = g->getValueRange(found, QCP::sdBoth, keys);
            if (found) top = qMax(top, r.upper);
        }
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
}

void MetricChart::setLiveConnected(bool connected)
{
    if (connected == bool(m_live)) return;
    if (!connected) {
        disconnect(m_live);
        m_live = {};
        return;
    }
    if (!m_context.metrics) return;
    // Queued: the recorder emits on the engine's control thread, once a second per batch.
    m_live = connect(m_context.metrics, &MetricsRecorder::pointsRecorded, this, &MetricChart::appendLive, Qt::QueuedConnection);
}

void MetricChart::appendLive(const MetricRows &rows)
{
    if (m_spec.range.mode != TimeRange::Live || !isVisible()) return;
    if (m_loading) {
        // The query may or may not include these; keep them for after it (duplicates skipped).
        m_pendingLive << rows;
        return;
    }
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    qint64 latest = 0;
    for (const MetricRow &row : rows) {
        if (row.taskId != m_spec.taskId || row.partition != m_spec.partition) continue;
        latest = qMax(latest, row.atMs);
        for (int i = 0; i < metrics.size(); ++i) {
            const double v = row.value(metrics[i]);
            QCPGraph *g = m_graphs[i];
            if (std::isnan(v) || (!g->data()->isEmpty() && (g->data()->constEnd() - 1)->key >= keyOf(row.atMs))) continue;
            g->addData(keyOf(row.atMs), v * ChartSpec::scale(metrics[i]));
        }
    }
    if (latest == 0) return;
    const qint64 now = qMax(latest, QDateTime::currentMSecsSinceEpoch());
    const auto [from, to] = m_spec.range.window(now);
    for (const auto *list : {&m_graphs, &m_overlays})
        for (QCPGraph *g : *list) g->data()->removeBefore(keyOf(from));
    if (shiftMs() > 0 && to >= m_overlayUntilMs) {
        refresh(); // the overlay ran out ahead of the live edge: fetch the next stretch
        return;
    }
    if (!m_status->text().isEmpty() && m_status->styleSheet().contains(QLatin1String("5f6368"))) showStatus({});
    setWindow(from, to);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setLiveConnected(m_spec.range.mode == TimeRange::Live);
    if (m_stale && !m_spec.taskId.isEmpty()) refresh();
}

void MetricChart::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setLiveConnected(false);
    // A live window moves on while nobody looks; reload it when shown again.
    if (m_spec.range.mode == TimeRange::Live) m_stale = true;
}

void MetricChart::setCompareDays(int days)
{
    if (days == m_spec.compareDays) return;
    m_spec.compareDays = days;
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(days)));
    Q_EMIT specChanged(m_spec);
    refresh();
}

void MetricChart::setLegendVisible(bool visible)
{
    m_legend->setChecked(visible);
    m_plot->legend->setVisible(visible);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (visible == m_spec.legend) return;
    m_spec.legend = visible;
    Q_EMIT specChanged(m_spec);
}

void MetricChart::showPointToolTip(QMouseEvent *event)
{
    const double x = event->position().x();
    const double key = m_plot->xAxis->pixelToCoord(x);
    double bestKey = 0;
    double bestDistance = kToolTipDistancePx;
    for (QCPGraph *g : std::as_const(m_graphs)) {
        if (g->data()->isEmpty()) continue;
        auto it = g->data()->findBegin(key, false);
        for (auto candidate : {it, it == g->data()->constBegin() ? it : it - 1}) {
            if (candidate == g->data()->constEnd()) continue;
            const double d = qAbs(m_plot->xAxis->coordToPixel(candidate->key) - x);
            if (d < bestDistance) {
                bestDistance = d;
                bestKey = candidate->key;
            }
        }
    }
    if (bestDistance >= kToolTipDistancePx) {
        QToolTip::hideText();
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(bestKey * 1000));
    QStringList lines{QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    for (const auto *list : {&m_graphs, &m_overlays})
        for (int i = 0; i < list->size(); ++i) {
            QCPGraph *g = list->at(i);
            auto it = g->data()->findBegin(bestKey, false);
            if (it == g->data()->constEnd() || it->key != bestKey) continue;
            lines << QStringLiteral("%1: %2 %3").arg(g->name(), QLocale().toString(it->value, 'f', it->value < 10 ? 2 : 0), unitOf(metrics[i]));
        }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(u'\n'), m_plot);
}

void MetricChart::copyToDashboard()
{
    ChartSpec spec = m_spec;
    FutureWatch::onReady(this, QtConcurrent::run([catalog = m_context.catalog, spec] { return DashboardStore::append(*catalog, spec); }),
                         [this](const Status &s) { showStatus(s ? tr("Copied to the Dashboard.") : s.error(), !s); });
}

QString MetricChart::csv() const
{
    const QList<Metric> metrics = ChartSpec::metrics(m_spec.kind);
    QStringList lines{QStringLiteral("series,time,epoch_seconds,value")};
    const auto quote = [](QString s) { return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    for (const auto *list : {&m_graphs, &m_overlays})
        for (int i = 0; i < list->size(); ++i) {
            QCPGraph *g = list->at(i);
            const QString name = quote(QStringLiteral("%1 (%2)").arg(g->name(), unitOf(metrics[i])));
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
                const qint64 ms = qRound64(it->key * 1000);
                lines << QStringLiteral("%1,%2,%3,%4")
                             .arg(name, QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs),
                                  QString::number(it->key, 'f', 3), QString::number(it->value, 'g', 17));
            }
        }
    return lines.join(u'\n') + u'\n';
}

QFuture<Status> MetricChart::exportCsv(const QString &path)
{
    return QtConcurrent::run([path, text = csv()] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return Status::fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return Status::ok();
    });
}

QFuture<Status> MetricChart::exportPng(const QString &path)
{
    // Rendering needs this thread; encoding and writing the file do not.
    const QImage image = m_plot->toPixmap(0, 0, devicePixelRatioF()).toImage();
    return QtConcurrent::run([path, image] {
        if (!image.save(path, "PNG")) return Status::fail(tr("Cannot write the image %1").arg(path));
        return Status::ok();
    });
}

void MetricChart::exportWithDialog(bool png)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.%3").arg(m_spec.taskId, ChartSpec::kindKey(m_spec.kind), png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export PNG") : tr("Export CSV"), dir + u'/' + name,
                                                      png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    FutureWatch::onReady(this, png ? exportPng(path) : exportCsv(path),
                         [this, path](const Status &s) { showStatus(s ? tr("Exported to %1").arg(path) : s.error(), !s); });
}

} // namespace outflow
