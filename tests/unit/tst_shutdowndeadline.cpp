#include "ShutdownDeadline.h"

#include <QElapsedTimer>
#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {
/// Runs `body` in a forked child and returns its exit status (-1 when it did not exit normally)
/// and how long it took.
std::pair<int, qint64> inChild(const std::function<void()> &body)
{
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        body();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, clock.elapsed()};
}
} // namespace

class TestShutdownDeadline final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsAShutdownThatHangs()
    {
        const auto [status, ms] = inChild([] {
            ShutdownDeadline deadline(1s, "tst_shutdowndeadline");
            ::sleep(30); // a shutdown stuck in a library call
        });
        QCOMPARE(status, 3);
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    }

    void leavesAFinishedShutdownAlone()
    {
        const auto [status, ms] = inChild([] {
            {
                ShutdownDeadline deadline(1s, "tst_shutdowndeadline");
                ::usleep(100 * 1000);
            }
            ::sleep(2); // past the deadline, but the guarded shutdown is over: no exit 3
        });
        QCOMPARE(status, 0);
        QVERIFY(ms >= 2000);
    }
};

QTEST_GUILESS_MAIN(TestShutdownDeadline)
#include "tst_shutdowndeadline.moc"
