#pragma once

#include <QProcess>
#include <QString>

/// A process running the engine on a test catalog: the headless engine (`outflow-engine run`) or
/// the console (`outflow`, offscreen), optionally with a fault injection point (OUTFLOW_FAULT,
/// backend/engine/FaultInjection.h). Killed on destruction.
class EngineProcess final
{
public:
    enum class Program { Headless, Console };

    explicit EngineProcess(const QString &catalog, const QString &fault = QString(), Program program = Program::Headless);
    ~EngineProcess();
    EngineProcess(const EngineProcess &) = delete;
    EngineProcess &operator=(const EngineProcess &) = delete;

    bool waitForDeath(int ms);
    bool killedBySignal() const { return m_process.exitStatus() == QProcess::CrashExit; }
    /// SIGKILL, then reaps it.
    void kill9();
    /// SIGSTOP / SIGCONT: a paused VM or a laptop asleep.
    void freeze();
    void thaw();
    /// SIGTERM (a graceful stop); the exit code, -1 when it did not exit normally in a minute.
    int terminate();
    /// Everything it printed so far (stdout and stderr).
    QString output();
    /// Waits until its output contains `text`.
    bool waitForOutput(const QString &text, int ms);
    QProcess &process() { return m_process; }

private:
    void signal(int sig);

    QProcess m_process;
    QString m_log;
};
