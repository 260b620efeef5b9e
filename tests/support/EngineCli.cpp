#include "EngineCli.h"

#include <QProcess>

EngineCli EngineCli::run(const QString &catalog, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(OUTFLOW_BINARY_DIR "/app/outflow-engine"), QStringList{QStringLiteral("--catalog"), catalog} + args);
    EngineCli result;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

QString EngineCli::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
}
