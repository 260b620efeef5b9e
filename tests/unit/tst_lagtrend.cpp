// When the task detail says the lag keeps growing: sustained growth only, not a spike, a
// backlog being drained, a flat lag or a history with gaps.

#include "LagTrend.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace outflow;

namespace {
constexpr qint64 kNow = 1'800'000'000'000;

/// One point every 10 s over the last ten minutes, lag given by `f` of the minute (0..10).
template <typename F>
QList<MetricPoint> series(F f, qint64 stepMs = 10000)
{
    QList<MetricPoint> points;
    for (qint64 at = kNow - LagTrend::kWindowMs; at <= kNow; at += stepMs) {
        const double minute = double(at - (kNow - LagTrend::kWindowMs)) / 60000.0;
        points << MetricPoint{at, f(minute), f(minute)};
    }
    return points;
}
} // namespace

class TestLagTrend final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<QList<MetricPoint>>("points");
        QTest::addColumn<bool>("growing");
        QTest::newRow("steady growth") << series([](double m) { return 1000 + 200 * m; }) << true;
        QTest::newRow("flat") << series([](double) { return 5000.0; }) << false;
        QTest::newRow("draining") << series([](double m) { return 5000 - 300 * m; }) << false;
        QTest::newRow("spike at the end") << series([](double m) { return m > 9.5 ? 90000.0 : 100.0 * (int(m) % 2); }) << false;
        QTest::newRow("tiny growth") << series([](double m) { return 10 + 5 * m; }) << false;
        QTest::newRow("growth a fifth of a huge lag") << series([](double m) { return 1e6 + 100 * m; }) << false;
        QTest::newRow("grew, then drained") << series([](double m) { return m < 6 ? 1000 * m : 6000 - 1000 * (m - 6); }) << false;
        // The task ran only for the last few minutes: not "a sustained period".
        QList<MetricPoint> recent;
        for (const MetricPoint &p : series([](double m) { return 1000 * m; }))
            if (p.atMs > kNow - 4 * 60000) recent << p;
        QTest::newRow("only the last minutes") << recent << false;
        QTest::newRow("unknown values ignored")
            << series([](double m) { return int(m * 6) % 7 == 3 ? std::numeric_limits<double>::quiet_NaN() : 1000 + 200 * m; })
            << true;
        QTest::newRow("no points") << QList<MetricPoint>() << false;
    }
    void judge()
    {
        QFETCH(QList<MetricPoint>, points);
        QFETCH(bool, growing);
        const LagTrend::Verdict verdict = LagTrend::judge(points, kNow);
        QCOMPARE(verdict.growing, growing);
        if (growing) QVERIFY(verdict.toLag > verdict.fromLag);
    }

    void reportsWhereTheLagWentFromAndTo()
    {
        const LagTrend::Verdict verdict = LagTrend::judge(series([](double m) { return 1000 + 200 * m; }), kNow);
        QVERIFY(verdict.growing);
        QVERIFY(verdict.fromLag >= 1000 && verdict.fromLag < 1500);
        QVERIFY(verdict.toLag > 2500 && verdict.toLag <= 3000);
    }
};

QTEST_GUILESS_MAIN(TestLagTrend)
#include "tst_lagtrend.moc"
