#include "EngineProcess.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QTest>

#include <csignal>

EngineProcess::EngineProcess(const QString &catalog, const QString &fault, Program program)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!fault.isEmpty()) env.insert(QStringLiteral("OUTFLOW_FAULT"), fault);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (program == Program::Console)
        m_process.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow"), {QStringLiteral("--catalog"), catalog});
    else
        m_process.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"),
                        {QStringLiteral("--catalog"), catalog, QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("run")});
    m_process.waitForStarted();
}

EngineProcess::~EngineProcess() { kill9(); }

void EngineProcess::signal(int sig)
{
    // processId() is 0 once the process ended, and kill(0) would hit our own process group.
    if (m_process.state() == QProcess::NotRunning || m_process.processId() <= 0) return;
    ::kill(pid_t(m_process.processId()), sig);
}

bool EngineProcess::waitForDeath(int ms) { return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(ms); }

void EngineProcess::kill9()
{
    if (m_process.state() == QProcess::NotRunning) return;
    signal(SIGKILL);
    m_process.waitForFinished();
}

void EngineProcess::freeze() { signal(SIGSTOP); }

void EngineProcess::thaw() { signal(SIGCONT); }

int EngineProcess::terminate()
{
    m_process.terminate();
    m_process.waitForFinished(60000);
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString EngineProcess::output()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

bool EngineProcess::waitForOutput(const QString &text, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!output().contains(text)) {
        if (clock.elapsed() > ms || m_process.state() == QProcess::NotRunning) return output().contains(text);
        QTest::qWait(100);
    }
    return true;
}
