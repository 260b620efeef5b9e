// The Monitoring view and the Dashboard through their real widgets (offscreen), over a real
// engine running a task against the test broker and recording into a real metrics store: live
// points, the period overlay's offsets, legend, PNG/CSV export, copy to the Dashboard and its
// persistence across a reopened catalog.

#include "ConsoleTestBase.h"
#include "ConsumptionProgressTab.h"
#include "DashboardPage.h"
#include "DashboardStore.h"
#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "MonitoringView.h"
#include "TaskDetailPage.h"
#include "TestKafka.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QImage>
#include <QListWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

#include <qcustomplot.h>

using namespace outflow;

namespace {
constexpr int kTimeoutMs = 30000;
constexpr qint64 kDayMs = 86400 * 1000;
} // namespace

class TestMonitoring final : public ConsoleTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<MetricsRecorder> m_metrics;
    QString m_topic;
    QString m_taskId;

    ConsoleContext context(std::shared_ptr<Catalog> catalog) const
    {
        return {std::move(catalog), m_engine.get(), actor(), m_metrics.get()};
    }

    MonitoringView *monitoring() const { return m_window->findChild<MonitoringView *>(); }

    void openMonitoring()
    {
        m_window->openTask(m_taskId);
        TaskDetailPage *detail = m_window->taskDetailPage();
        auto *progress = detail->findChild<ConsumptionProgressTab *>();
        QVERIFY(progress);
        detail->tabs()->setCurrentWidget(progress);
        progress->subTabs()->setCurrentWidget(monitoring());
        QTRY_VERIFY(monitoring()->isVisible());
        QCOMPARE(monitoring()->taskId(), m_taskId);
    }

    void showDashboard(MainWindow &window)
    {
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(MainWindow::DashboardPageIndex);
        QTRY_VERIFY(window.dashboardPage()->isVisible());
    }

    static Status wait(QFuture<Status> future)
    {
        QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs);
        return future.isFinished() ? future.result() : Status::fail(QStringLiteral("timed out"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The store lives next to the catalog, which startEngine() creates.
        startEngine();
        m_metrics = std::make_unique<MetricsRecorder>(MetricsStore::pathForCatalog(m_env->catalogPath()));
        QVERIFY(m_metrics->start());
        m_metrics->attach(*m_engine);

        m_topic = TestKafka::uniqueName(QStringLiteral("monitoring"));
        QVERIFY(TestKafka::createTopic(m_topic, 2));
        TaskDefinition d = m_env->definition(m_topic);
        d.name = TestKafka::uniqueName(QStringLiteral("monitored"));
        auto id = m_engine->createTask(d, QStringLiteral("test"));
        QVERIFY2(id, qPrintable(id.error()));
        m_taskId = id.value();
        QByteArrayList values;
        for (int i = 0; i < 500; ++i) values << QStringLiteral("{\"n\":%1}").arg(i).toUtf8();
        QVERIFY(TestKafka::produce(m_topic, values));

        QVERIFY(showWindow(QSize(1280, 900), m_metrics.get()));
    }

    void cleanupTestCase()
    {
        stopConsole();
        m_metrics.reset();
    }

    void liveChartGetsPoints()
    {
        openMonitoring();
        MetricChart *messages = monitoring()->chart(ChartKind::Messages);
        QCOMPARE(messages->spec().range.mode, TimeRange::Live);
        QTRY_VERIFY_WITH_TIMEOUT(messages->graphs().at(0)->data()->size() >= 3, kTimeoutMs);
        // The records produced above went through: some point of "in" is above zero.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages->graphs().at(0)->data()->constBegin(), messages->graphs().at(0)->data()->constEnd(),
                                             [](const QCPGraphData &p) { return p.value > 0; }),
                                 kTimeoutMs);
        // Every chart of the grid follows the task, and the picker lists its partitions.
        for (MetricChart *chart : monitoring()->charts()) QCOMPARE(chart->spec().taskId, m_taskId);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(QStringLiteral("resourceCombo"), monitoring())->count() == 3, kTimeoutMs);
    }

    void compareOverlaysTheDayBefore()
    {
        // History a day earlier: ten whole minutes of 1 s points, constant within each minute.
        // A day back only the minute rollups are kept, so the overlay has one point a minute.
        const qint64 minute = 60 * 1000;
        const qint64 start = (QDateTime::currentMSecsSinceEpoch() - kDayMs) / minute * minute - 6 * minute;
        MetricRows seeded;
        for (int s = 0; s < 600; ++s) {
            MetricRow row{m_taskId, kTaskResource, start + s * 1000, {}};
            row.values.fill(0);
            row.setValue(Metric::MessagesIn, 100000 + s / 60);
            row.setValue(Metric::MessagesOut, 200000 + s / 60);
            seeded << row;
        }
        {
            auto store = MetricsStore::open(m_metrics->storePath());
            QVERIFY(store);
            QVERIFY(store.value()->write(seeded));
        }
        MetricChart *messages = monitoring()->chart(ChartKind::Messages);
        auto *compare = child<QComboBox>(QStringLiteral("compareCombo"), messages);
        compare->setCurrentIndex(compare->findData(1));
        Q_EMIT compare->activated(compare->currentIndex());
        QCOMPARE(messages->spec().compareDays, 1);
        QCPGraph *overlay = messages->overlays().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(overlay->data()->size() >= 4, kTimeoutMs);
        // The live window started up to ten minutes ago: the overlay holds the seeded minutes
        // from there on, each exactly one day later.
        const qint64 firstKeyMs = qRound64(overlay->data()->constBegin()->key * 1000);
        QVERIFY(firstKeyMs >= start + kDayMs);
        int k = int((firstKeyMs - start - kDayMs) / minute);
        for (auto it = overlay->data()->constBegin(); it != overlay->data()->constEnd() && k < 10; ++it, ++k) {
            QCOMPARE(qRound64(it->key * 1000), start + k * minute + kDayMs);
            QCOMPARE(qRound64(it->key * 1000) - kDayMs, seeded[k * 60].atMs);
            QCOMPARE(it->value, 100000.0 + k);
        }
        QVERIFY(k == 10);
        QCOMPARE(messages->overlays().at(1)->data()->constBegin()->value, 200000.0 + (firstKeyMs - start - kDayMs) / minute);
        // Dashed and in the legend.
        QCOMPARE(overlay->pen().style(), Qt::DashLine);
        QVERIFY(messages->plot()->legend->hasItemWithPlottable(overlay));
        QVERIFY(overlay->name().contains(QStringLiteral("previous day")));
        // Live points keep arriving on the current series meanwhile.
        const int before = int(messages->graphs().at(0)->data()->size());
        QTRY_VERIFY_WITH_TIMEOUT(messages->graphs().at(0)->data()->size() > before, kTimeoutMs);
    }

    void legendToggles()
    {
        MetricChart *lag = monitoring()->chart(ChartKind::Lag);
        auto *check = child<QCheckBox>(QStringLiteral("legendCheck"), lag);
        QVERIFY(lag->plot()->legend->visible());
        check->click();
        QVERIFY(!lag->plot()->legend->visible());
        QVERIFY(!lag->spec().legend);
        check->click();
        QVERIFY(lag->plot()->legend->visible());
    }

    void exportsPngAndCsv()
    {
        // A fixed window, so nothing moves between the export and the comparison.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        TimeRange fixed;
        fixed.mode = TimeRange::Custom;
        fixed.fromMs = now - 15 * 60 * 1000;
        fixed.toMs = now;
        MetricChart *messages = monitoring()->chart(ChartKind::Messages);
        QSignalSpy loaded(messages, &MetricChart::loaded);
        monitoring()->setRange(fixed);
        QVERIFY(loaded.wait(kTimeoutMs));
        QVERIFY(messages->graphs().at(0)->data()->size() > 0);
        QVERIFY(messages->overlays().at(0)->data()->size() > 0); // compare is still on

        const QString png = m_env->path(QStringLiteral("chart.png"));
        QVERIFY(wait(messages->exportPng(png)));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), messages->plot()->size() * messages->devicePixelRatioF());

        const QString csvPath = m_env->path(QStringLiteral("chart.csv"));
        QVERIFY(wait(messages->exportCsv(csvPath)));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), QStringLiteral("series,time,epoch_seconds,value"));
        int row = 0;
        for (const auto *list : {&messages->graphs(), &messages->overlays()})
            for (QCPGraph *g : *list)
                for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it, ++row) {
                    QVERIFY(row < lines.size());
                    const QStringList cells = lines[row].split(u',');
                    QCOMPARE(cells.size(), 4);
                    QVERIFY2(cells[0].startsWith(u'"' + g->name() + QStringLiteral(" (")), qPrintable(cells[0]));
                    QCOMPARE(qRound64(cells[2].toDouble() * 1000), qRound64(it->key * 1000));
                    QCOMPARE(QDateTime::fromString(cells[1], Qt::ISODateWithMs).toMSecsSinceEpoch(), qRound64(it->key * 1000));
                    QCOMPARE(cells[3].toDouble(), it->value);
                }
        QCOMPARE(row, lines.size());
    }

    // Ten minutes of steadily growing lag: the task detail says so and what would help; a
    // task whose lag stays at zero gets no such advice.
    void growingLagIsPointedOut()
    {
        TaskDefinition d = m_env->definition(m_topic);
        d.name = TestKafka::uniqueName(QStringLiteral("lagging"));
        d.parallelism = 1;
        auto id = m_engine->createTask(d, QStringLiteral("test"));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(m_engine->pauseTask(id.value(), QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(m_env->catalog()->task(id.value())->status, TaskStatus::Paused, kTimeoutMs);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MetricRows seeded;
        for (int s = 600; s >= 0; s -= 2)
            for (int partition : {kTaskResource, 0, 1}) {
                MetricRow row{id.value(), partition, now - s * 1000, {}};
                row.values.fill(0);
                row.setValue(Metric::Lag, 1000 + 2 * (600 - s)); // 1,000 growing to 2,200
                seeded << row;
            }
        {
            auto store = MetricsStore::open(m_metrics->storePath());
            QVERIFY(store);
            QVERIFY(store.value()->write(seeded));
        }
        m_window->openTask(id.value());
        TaskDetailPage *detail = m_window->taskDetailPage();
        auto *advice = child<QLabel>(QStringLiteral("lagAdvice"), detail);
        QVERIFY(advice);
        QTRY_VERIFY_WITH_TIMEOUT(advice->isVisible(), kTimeoutMs);
        QVERIFY2(advice->text().startsWith(QStringLiteral("The lag has kept growing for 10 minutes, from about 1,")),
                 qPrintable(advice->text()));
        QVERIFY2(advice->text().endsWith(QStringLiteral("Raise the parallelism: it is 1, and the topic has 2 partitions.")),
                 qPrintable(advice->text()));

        // The running task of this test keeps up: no advice on its page.
        m_window->openTask(m_taskId);
        QTRY_COMPARE(detail->task()->id, m_taskId);
        QTest::qWait(1000);
        QVERIFY(!advice->isVisible());
    }

    void copyToDashboardSurvivesReopening()
    {
        monitoring()->setRange(TimeRange{});
        MetricChart *messages = monitoring()->chart(ChartKind::Messages);
        MetricChart *lag = monitoring()->chart(ChartKind::Lag);
        child<QToolButton>(QStringLiteral("copyToDashboardButton"), messages)->click();
        QTRY_COMPARE_WITH_TIMEOUT(messages->statusText(), QStringLiteral("Copied to the Dashboard."), kTimeoutMs);
        child<QToolButton>(QStringLiteral("copyToDashboardButton"), lag)->click();
        QTRY_COMPARE_WITH_TIMEOUT(lag->statusText(), QStringLiteral("Copied to the Dashboard."), kTimeoutMs);

        showDashboard(*m_window);
        DashboardPage *dashboard = m_window->dashboardPage();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->charts().size(), 2, kTimeoutMs);
        MetricChart *copied = dashboard->charts().at(0);
        QCOMPARE(copied->spec().kind, ChartKind::Messages);
        QCOMPARE(copied->spec().taskId, m_taskId);
        QCOMPARE(copied->spec().compareDays, 1);
        QVERIFY(!child<QToolButton>(QStringLiteral("copyToDashboardButton"), copied)->isVisible());
        // Live on the Dashboard too.
        QTRY_VERIFY_WITH_TIMEOUT(copied->graphs().at(0)->data()->size() >= 2, kTimeoutMs);

        // Rearranged: Lag first.
        child<QToolButton>(QStringLiteral("moveDownButton"), copied)->click();
        QCOMPARE(dashboard->charts().at(0)->spec().kind, ChartKind::Lag);
        QTRY_COMPARE_WITH_TIMEOUT(DashboardStore::load(*m_env->catalog()).value().at(0).kind, ChartKind::Lag, kTimeoutMs);

        // A new console on the reopened catalog shows the same dashboard.
        auto reopened = Catalog::open(m_env->catalogPath());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        MainWindow second(context(reopened.value()));
        second.resize(1280, 900);
        second.show();
        showDashboard(second);
        QTRY_COMPARE_WITH_TIMEOUT(second.dashboardPage()->charts().size(), 2, kTimeoutMs);
        QCOMPARE(second.dashboardPage()->charts().at(0)->spec().kind, ChartKind::Lag);
        QCOMPARE(second.dashboardPage()->charts().at(1)->spec().kind, ChartKind::Messages);
        QTRY_VERIFY_WITH_TIMEOUT(second.dashboardPage()->charts().at(1)->graphs().at(0)->data()->size() >= 2, kTimeoutMs);

        // Removed for good.
        child<QToolButton>(QStringLiteral("removeChartButton"), second.dashboardPage()->charts().at(0))->click();
        QCOMPARE(second.dashboardPage()->charts().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(DashboardStore::load(*m_env->catalog()).value().size(), 1, kTimeoutMs);
    }
};

QTEST_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
