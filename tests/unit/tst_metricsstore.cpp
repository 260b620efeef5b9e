// The metrics history without a broker: rates derived from cumulative counters (restarts
// included), rollups and pruning on synthetic series written with explicit timestamps, and
// range queries that return the right points and a bounded number of them at every range.

#include "metrics/MetricsDeriver.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace outflow;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// A fixed, hour-aligned start: 2024-01-01T00:00:00Z.
constexpr qint64 kStart = 1704067200000;
const QString kTask = QStringLiteral("datahub-synth001");

PartitionSnapshot snapshot(int partition, qint64 in, qint64 out, qint64 files = 0)
{
    PartitionSnapshot p;
    p.partition = partition;
    p.messagesIn = in;
    p.bytesIn = in * 10;
    p.messagesCommitted = out;
    p.bytesCommitted = out * 10;
    p.filesCommitted = files;
    return p;
}

/// Second i of the synthetic series: a saw tooth for the rate, one file a second, a lag that
/// is unknown during the first minute of every hour.
MetricRow synthetic(qint64 second)
{
    MetricRow row{kTask, kTaskResource, kStart + second * kSecond, {}};
    row.values.fill(0);
    row.setValue(Metric::MessagesIn, double(second % 100));
    row.setValue(Metric::FilesCommitted, 1);
    row.setValue(Metric::Lag, second % 3600 < 60 ? MetricRow::unknown() : 7.0);
    return row;
}

} // namespace

class TestMetricsStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MetricsStore> open(const QString &name)
    {
        auto store = MetricsStore::open(m_dir.filePath(name));
        if (!store) qWarning("%s", qPrintable(store.error()));
        return store ? std::move(store).value() : nullptr;
    }

    /// Three days of 1 s points, written an hour per transaction as the recorder would batch.
    void writeThreeDays(MetricsStore &store)
    {
        for (qint64 hour = 0; hour < 72; ++hour) {
            MetricRows rows;
            rows.reserve(3600);
            for (qint64 s = hour * 3600; s < (hour + 1) * 3600; ++s) rows << synthetic(s);
            QVERIFY2(store.write(rows), "write");
        }
    }

private Q_SLOTS:
    void derivesRatesAndSurvivesCounterResets()
    {
        MetricsDeriver deriver;
        QVERIFY(deriver.derive({TaskSample{kTask, kStart, {snapshot(0, 100, 80), snapshot(1, 10, 10)}}}).isEmpty());

        MetricRows rows = deriver.derive({TaskSample{kTask, kStart + 2000, {snapshot(0, 300, 180, 2), snapshot(1, 30, 10)}}});
        QCOMPARE(rows.size(), 3); // two partitions and the task
        QCOMPARE(rows[0].partition, 0);
        QCOMPARE(rows[0].value(Metric::MessagesIn), 100.0); // 200 records in 2 s
        QCOMPARE(rows[0].value(Metric::MessagesOut), 50.0);
        QCOMPARE(rows[0].value(Metric::BytesIn), 1000.0);
        QCOMPARE(rows[0].value(Metric::FilesCommitted), 2.0); // per interval, not per second
        QVERIFY(std::isnan(rows[0].value(Metric::Lag)));      // no watermark seen yet
        QCOMPARE(rows[2].partition, kTaskResource);
        QCOMPARE(rows[2].value(Metric::MessagesIn), 110.0);

        // The runner restarted: counters start from zero again. What it counted since is the
        // interval's figure, never a negative rate.
        rows = deriver.derive({TaskSample{kTask, kStart + 3000, {snapshot(0, 40, 20), snapshot(1, 35, 15)}}});
        QCOMPARE(rows[0].value(Metric::MessagesIn), 40.0);
        QCOMPARE(rows[0].value(Metric::MessagesOut), 20.0);
        QCOMPARE(rows[1].value(Metric::MessagesIn), 5.0);
        for (const MetricRow &r : rows)
            for (double v : r.values) QVERIFY(std::isnan(v) || v >= 0);

        // Partition counters are created on first use: one that appears counted from zero.
        rows = deriver.derive({TaskSample{kTask, kStart + 4000, {snapshot(0, 40, 20), snapshot(1, 35, 15), snapshot(2, 7, 0)}}});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[2].partition, 2);
        QCOMPARE(rows[2].value(Metric::MessagesIn), 7.0);
        QCOMPARE(rows[3].value(Metric::MessagesIn), 7.0);
    }

    void derivesLagInTimeAndSkipsShortIntervals()
    {
        MetricsDeriver deriver;
        PartitionSnapshot p = snapshot(0, 0, 0);
        p.committedOffset = 90;
        p.highWatermark = 100;
        p.lastRecordTimestampMs = kStart - 4000;
        (void)deriver.derive({TaskSample{kTask, kStart, {p}}});
        // The control loop also samples when woken: 10 ms later is no basis for a rate.
        QVERIFY(deriver.derive({TaskSample{kTask, kStart + 10, {p}}}).isEmpty());
        const MetricRows rows = deriver.derive({TaskSample{kTask, kStart + 1000, {p}}});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].value(Metric::Lag), 10.0);
        QCOMPARE(rows[0].value(Metric::LagTimeMs), 5000.0);
        QCOMPARE(rows[1].value(Metric::LagTimeMs), 5000.0);
        p.committedOffset = 100; // caught up
        QCOMPARE(deriver.derive({TaskSample{kTask, kStart + 2000, {p}}})[0].value(Metric::LagTimeMs), 0.0);
    }

    void rollsUpAndPrunes()
    {
        auto store = open(QStringLiteral("rollup.sqlite"));
        QVERIFY(store);
        writeThreeDays(*store);
        QCOMPARE(store->rowCount(MetricsStore::Table::Raw, kTask, kTaskResource).value(), qint64(3 * 86400));
        QCOMPARE(store->rowCount(MetricsStore::Table::Minute, kTask, kTaskResource).value(), qint64(3 * 1440));
        QCOMPARE(store->rowCount(MetricsStore::Table::Hour, kTask, kTaskResource).value(), qint64(72));

        const qint64 end = kStart + 3 * kDay;
        // Minute buckets (24 h fits in 1440 of them): the saw tooth averages, files add up.
        MetricsQuery q{kTask, kTaskResource, {Metric::MessagesIn, Metric::FilesCommitted, Metric::Lag}, end - kDay, end, 0, 3000, end};
        MetricSeries day = store->query(q).value();
        QCOMPARE(day.bucketMs, kMinute);
        QCOMPARE(day.of(Metric::MessagesIn).size(), 1440);
        for (const MetricPoint &p : day.of(Metric::MessagesIn)) {
            const qint64 first = (p.atMs - kStart) / kSecond;
            double sum = 0, max = 0;
            for (qint64 s = first; s < first + 60; ++s) {
                sum += double(s % 100);
                max = qMax(max, double(s % 100));
            }
            QCOMPARE(p.value, sum / 60);
            QCOMPARE(p.max, max);
        }
        for (const MetricPoint &p : day.of(Metric::FilesCommitted)) QCOMPARE(p.value, 60.0);
        // The first minute of each hour had no lag: a gap, not a zero.
        QCOMPARE(day.of(Metric::Lag).size(), 1440 - 24);
        for (const MetricPoint &p : day.of(Metric::Lag)) QCOMPARE(p.value, 7.0);

        // Hour buckets for the whole three days when only 72 points may come back.
        q.fromMs = kStart;
        q.maxPoints = 72;
        MetricSeries all = store->query(q).value();
        QCOMPARE(all.bucketMs, kHour);
        QCOMPARE(all.of(Metric::FilesCommitted).size(), 72);
        for (const MetricPoint &p : all.of(Metric::FilesCommitted)) QCOMPARE(p.value, 3600.0);
        for (const MetricPoint &p : all.of(Metric::MessagesIn)) QCOMPARE(p.value, 49.5); // 36 full saw teeth
        for (const MetricPoint &p : all.of(Metric::Lag)) QCOMPARE(p.value, 7.0);

        // Pruning keeps 6 h of raw points, the minutes and hours of the three days.
        QVERIFY(store->prune(end));
        QCOMPARE(store->rowCount(MetricsStore::Table::Raw, kTask, kTaskResource).value(), qint64(6 * 3600));
        QCOMPARE(store->rowCount(MetricsStore::Table::Minute, kTask, kTaskResource).value(), qint64(3 * 1440));
        QVERIFY(store->prune(end + 15 * kDay - kHour)); // minutes older than 15 days go
        QCOMPARE(store->rowCount(MetricsStore::Table::Raw, kTask, kTaskResource).value(), qint64(0));
        QCOMPARE(store->rowCount(MetricsStore::Table::Minute, kTask, kTaskResource).value(), qint64(60));
        QCOMPARE(store->rowCount(MetricsStore::Table::Hour, kTask, kTaskResource).value(), qint64(72));
        // Rolled-up history is still served after the raw points are gone.
        q.nowMs = end + 15 * kDay - kHour;
        QCOMPARE(store->query(q).value().of(Metric::FilesCommitted).size(), 72);
    }

    void rangeQueriesReturnTheRightPoints()
    {
        auto store = open(QStringLiteral("range.sqlite"));
        QVERIFY(store);
        MetricRows rows;
        for (qint64 s = 0; s < 600; ++s) rows << synthetic(s);
        MetricRow other = synthetic(5);
        other.partition = 2;
        other.setValue(Metric::MessagesIn, 1234);
        rows << other;
        QVERIFY(store->write(rows));

        const qint64 now = kStart + 600 * kSecond;
        MetricsQuery q{kTask, kTaskResource, {Metric::MessagesIn}, kStart + 100 * kSecond, kStart + 110 * kSecond, 0, 3000, now};
        const MetricSeries raw = store->query(q).value();
        QCOMPARE(raw.bucketMs, kSecond);
        QCOMPARE(raw.of(Metric::MessagesIn).size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(raw.of(Metric::MessagesIn)[i].atMs, kStart + (100 + i) * kSecond);
            QCOMPARE(raw.of(Metric::MessagesIn)[i].value, double((100 + i) % 100));
        }
        QVERIFY(raw.of(Metric::MessagesOut).isEmpty()); // not asked

        // The partition is its own resource.
        q.partition = 2;
        q.fromMs = kStart;
        const MetricSeries partition = store->query(q).value();
        QCOMPARE(partition.of(Metric::MessagesIn).size(), 1);
        QCOMPARE(partition.of(Metric::MessagesIn)[0].value, 1234.0);
        QCOMPARE(store->partitions(kTask).value(), QList<int>{2});
        q.taskId = QStringLiteral("datahub-nohistory");
        QVERIFY(store->query(q).value().of(Metric::MessagesIn).isEmpty());
    }

    void everyRangeIsBounded_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("planBack"); // how far before the range the plan must reach (compare)
        QTest::addColumn<qint64>("bucket");
        QTest::newRow("live 10 min") << 10 * kMinute << qint64(0) << kSecond;
        QTest::newRow("1 h") << kHour << qint64(0) << 2 * kSecond;
        QTest::newRow("1 h vs day before") << kHour << kDay << kMinute;
        QTest::newRow("6 h") << 6 * kHour << qint64(0) << 8 * kSecond;
        QTest::newRow("24 h") << kDay << qint64(0) << kMinute;
        QTest::newRow("7 d") << 7 * kDay << qint64(0) << 4 * kMinute;
        QTest::newRow("7 d vs week before") << 7 * kDay << 7 * kDay << 4 * kMinute;
        QTest::newRow("90 d") << 90 * kDay << qint64(0) << kHour;
        QTest::newRow("400 d") << 400 * kDay << qint64(0) << 4 * kHour;
    }

    void everyRangeIsBounded()
    {
        QFETCH(qint64, span);
        QFETCH(qint64, planBack);
        QFETCH(qint64, bucket);
        const qint64 now = kStart + 500 * kDay;
        const int maxPoints = 3000;
        const MetricsStore::Plan plan = MetricsStore::plan(now - span - planBack, now - span, now, maxPoints, now);
        QCOMPARE(plan.bucketMs, bucket);
        QVERIFY(span / plan.bucketMs + 1 <= maxPoints + 1);
    }

    void queriesAreBoundedOnRealData()
    {
        auto store = open(QStringLiteral("bounded.sqlite"));
        QVERIFY(store);
        writeThreeDays(*store);
        const qint64 end = kStart + 3 * kDay;
        for (qint64 span : {kMinute, kHour, 6 * kHour, kDay, 3 * kDay}) {
            for (int maxPoints : {50, 600, 3000}) {
                MetricsQuery q{kTask, kTaskResource, {Metric::MessagesIn}, end - span, end, 0, maxPoints, end};
                const int count = int(store->query(q).value().of(Metric::MessagesIn).size());
                QVERIFY2(count > 0 && count <= maxPoints + 1, qPrintable(QStringLiteral("span %1 ms, max %2: %3 points").arg(span).arg(maxPoints).arg(count)));
            }
        }
    }

    void historySurvivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            MetricsRecorder recorder(path);
            QVERIFY(recorder.start());
            recorder.record({TaskSample{kTask, kStart, {snapshot(0, 0, 0)}}});
            recorder.record({TaskSample{kTask, kStart + 1000, {snapshot(0, 42, 40)}}});
            QVERIFY(recorder.flush());
        }
        auto store = open(QStringLiteral("reopen.sqlite"));
        QVERIFY(store);
        MetricsQuery q{kTask, 0, {Metric::MessagesIn, Metric::MessagesOut}, kStart, kStart + kMinute, 0, 3000, kStart + kMinute};
        const MetricSeries s = store->query(q).value();
        QCOMPARE(s.of(Metric::MessagesIn).size(), 1);
        QCOMPARE(s.of(Metric::MessagesIn)[0].value, 42.0);
        QCOMPARE(s.of(Metric::MessagesOut)[0].value, 40.0);
    }

    void unreadableFileIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = MetricsStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(path), qPrintable(store.error()));
        MetricsRecorder recorder(path);
        QCOMPARE(recorder.start().error(), store.error());
    }
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
