// UI latency benchmarks (not a test; see docs/benchmarks.md, "UI latency"):
//
//   replot  A MetricChart at the Monitoring grid's size holding 7 days of 1-second points for
//           two series (2 x 604,800 points): time of a full replot, p50/p99.
//   stall   The console (task list + a live Monitoring view) while an in-process engine runs
//           20 tasks (--tasks N) at full speed, each reading a topic of 400,000 records
//           (--records R), against the broker of OUTFLOW_KAFKA_DIR, recording metrics: a 5 ms
//           QTimer on the GUI thread measures how late it fires, p50/p99/max; and how many
//           tasks consumed anything (none may starve).
//
//   OUTFLOW_KAFKA_DIR=<state dir> QT_QPA_PLATFORM=offscreen outflow_bench_ui [replot|stall|all]
//                                                                 [--tasks N] [--records R]

#include "ConsumptionProgressTab.h"
#include "EngineTestEnv.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "MonitoringView.h"
#include "TaskDetailPage.h"
#include "TestKafka.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>

using namespace outflow;

namespace {

struct Percentiles
{
    double p50, p99, max;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(qMin<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))); };
    return {at(0.50), at(0.99), samples.last()};
}

/// How late a 5 ms timer fires on the thread the probe lives in.
class LatenessProbe final : public QObject
{
public:
    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(5);
        connect(m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) m_lateness << qMax(0.0, double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
        m_clock.start();
        m_timer->start();
    }
    void stop() { delete m_timer; }
    const QList<double> &lateness() const { return m_lateness; }

private:
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<double> m_lateness;
};

int benchReplot()
{
    ConsoleContext context; // no engine, no recorder: the data is put on the plot directly
    MetricChart chart(context);
    ChartSpec spec;
    spec.taskId = QStringLiteral("datahub-bench000");
    spec.range.mode = TimeRange::LastWeek;
    chart.setSpec(spec);
    // One cell of the Monitoring grid in a 1280x800 window.
    chart.resize(520, 300);
    chart.show();
    QTest::qWait(100);

    const qint64 seconds = 7 * 86400;
    const double end = double(QDateTime::currentSecsSinceEpoch());
    QVector<double> keys(seconds), in(seconds), out(seconds);
    for (qint64 i = 0; i < seconds; ++i) {
        keys[i] = end - double(seconds - i);
        in[i] = 2000 + 800 * std::sin(double(i) / 3600.0) + double(i % 97);
        out[i] = in[i] * 0.98;
    }
    chart.graphs().at(0)->setData(keys, in, true);
    chart.graphs().at(1)->setData(keys, out, true);
    chart.plot()->xAxis->setRange(keys.first(), keys.last());
    chart.plot()->yAxis->setRange(0, 3500);

    const auto measure = [&chart](qsizetype points) {
        QList<double> ms;
        for (int i = 0; i < 60; ++i) {
            QElapsedTimer t;
            t.start();
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        const Percentiles p = percentiles(ms);
        std::printf("replot  %dx%d, 2 series x %lld points: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", chart.plot()->width(),
                    chart.plot()->height(), qint64(points), p.p50, p.p99, p.max);
    };
    measure(seconds);
    // What the chart really holds for "7 d": the store's 4-minute buckets (2,520 points).
    QVector<double> bucketKeys, bucketIn, bucketOut;
    for (qint64 i = 0; i < seconds; i += 240) {
        bucketKeys << keys[i];
        bucketIn << in[i];
        bucketOut << out[i];
    }
    chart.graphs().at(0)->setData(bucketKeys, bucketIn, true);
    chart.graphs().at(1)->setData(bucketKeys, bucketOut, true);
    measure(bucketKeys.size());
    return 0;
}

int benchStall(int kTasks, int kRecords)
{
    constexpr int kPartitions = 4;
    EngineTestEnv env;
    const QString topic = TestKafka::uniqueName(QStringLiteral("bench_ui"));
    if (!TestKafka::createTopic(topic, kPartitions)) return 1;
    std::printf("stall   producing %d records into %s…\n", kRecords, qPrintable(topic));
    for (int batch = 0; batch < 4; ++batch)
        if (!TestKafka::produce(topic, TestKafka::jsonRecords(kRecords / 4, batch, 64))) return 1;

    MetricsRecorder recorder(MetricsStore::pathForCatalog(env.catalogPath()));
    if (Status s = recorder.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    Engine engine(env.catalog(), Engine::Options{});
    recorder.attach(engine);
    MainWindow window({env.catalog(), &engine, QStringLiteral("bench"), &recorder});
    window.resize(1280, 800);
    window.show();

    // Every task consumes the whole topic in its own group: tasks x records.
    QStringList ids;
    for (int i = 0; i < kTasks; ++i) {
        TaskDefinition d = env.definition(topic);
        d.name = QStringLiteral("bench_%1").arg(i);
        auto id = engine.createTask(d, QStringLiteral("bench"));
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
        ids << id.value();
    }
    // The user watches the first task's live charts meanwhile.
    window.openTask(ids.first());
    auto *progress = window.taskDetailPage()->findChild<ConsumptionProgressTab *>();
    window.taskDetailPage()->tabs()->setCurrentWidget(progress);
    progress->subTabs()->setCurrentWidget(window.findChild<MonitoringView *>());

    // The same 5 ms timer on the GUI thread and on an idle thread of its own: the second one
    // shows what the CPU scheduler alone costs on a machine this busy, the difference is the
    // GUI thread's own work.
    LatenessProbe gui;
    QThread idleThread;
    LatenessProbe idle;
    idle.moveToThread(&idleThread);
    idleThread.start();
    QElapsedTimer run;
    run.start();
    engine.run();
    QMetaObject::invokeMethod(&gui, &LatenessProbe::start);
    QMetaObject::invokeMethod(&idle, &LatenessProbe::start);
    qint64 consumed = 0;
    int progressing = 0; // tasks that consumed anything: none may starve while others run
    while (run.elapsed() < 60000) {
        // A real event loop: QTest::qWait sleeps in 10 ms slices, which would be the "stall".
        QEventLoop second;
        QTimer::singleShot(1000, &second, &QEventLoop::quit);
        second.exec();
        consumed = 0;
        progressing = 0;
        for (const TaskSample &s : engine.latestSamples()) {
            qint64 ofTask = 0;
            for (const PartitionSnapshot &p : s.partitions) ofTask += p.messagesIn;
            consumed += ofTask;
            if (ofTask > 0) ++progressing;
        }
        if (consumed >= qint64(kTasks) * kRecords) break;
    }
    QMetaObject::invokeMethod(&idle, &LatenessProbe::stop, Qt::BlockingQueuedConnection);
    gui.stop();
    idleThread.quit();
    idleThread.wait();
    const double seconds = double(run.elapsed()) / 1000.0;
    engine.shutdown();
    std::printf("stall   %d tasks, %lld records consumed in %.1f s (%.0f msg/s), %d of %d tasks progressing\n", kTasks, consumed,
                seconds, double(consumed) / seconds, progressing, kTasks);
    for (const auto &[name, probe] : {std::pair{"GUI thread ", &gui}, std::pair{"idle thread", &idle}}) {
        const Percentiles p = percentiles(probe->lateness());
        std::printf("stall   %s 5 ms timer lateness: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %lld ticks\n", name, p.p50, p.p99,
                    p.max, qint64(probe->lateness().size()));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString what = args.value(1, QStringLiteral("all"));
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int tasks = option(QStringLiteral("--tasks"), 20);
    const int records = option(QStringLiteral("--records"), 400000);
    int rc = 0;
    if (what == QLatin1String("replot") || what == QLatin1String("all")) rc |= benchReplot();
    if (what == QLatin1String("stall") || what == QLatin1String("all")) rc |= benchStall(tasks, records);
    return rc;
}
