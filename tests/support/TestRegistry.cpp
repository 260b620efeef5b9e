#include "TestRegistry.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QtGlobal>

namespace TestRegistry {

namespace {
QProcessEnvironment registryEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("OUTFLOW_REGISTRY_DIR")))
        qWarning("OUTFLOW_REGISTRY_DIR does not name a test registry; run this test through ctest");
    return env;
}

QByteArray script(const QStringList &args, bool *ok, const QProcessEnvironment &env = registryEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/scripts/registry.sh"), args);
    *ok = p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok) qWarning("registry.sh %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput().trimmed();
}
} // namespace

QString url()
{
    static const QString base = [] {
        bool ok = false;
        return QString::fromUtf8(script({QStringLiteral("url")}, &ok));
    }();
    return base;
}

bool run(const QString &verb)
{
    bool ok = false;
    script({verb}, &ok);
    return ok;
}

QString startSecured(const QString &stateDir, const QString &user, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTFLOW_REGISTRY_DIR"), stateDir);
    env.insert(QStringLiteral("OUTFLOW_REGISTRY_USER"), user);
    env.insert(QStringLiteral("OUTFLOW_REGISTRY_PASSWORD"), password);
    bool ok = false;
    const QByteArray url = script({QStringLiteral("fresh")}, &ok, env);
    return ok ? QString::fromUtf8(url) : QString();
}

bool cleanSecured(const QString &stateDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OUTFLOW_REGISTRY_DIR"), stateDir);
    bool ok = false;
    script({QStringLiteral("clean")}, &ok, env);
    return ok;
}

Encoded encode(const QString &subject, const QByteArray &schema, const QByteArrayList &jsonRecords, const QString &registryUrl,
               const QString &user, const QString &password)
{
    Encoded out;
    QTemporaryFile schemaFile;
    if (!schemaFile.open()) return out;
    schemaFile.write(schema);
    schemaFile.flush();
    QProcess encoder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!user.isEmpty()) {
        env.insert(QStringLiteral("OUTFLOW_REGISTRY_USER"), user);
        env.insert(QStringLiteral("OUTFLOW_REGISTRY_PASSWORD"), password);
    }
    encoder.setProcessEnvironment(env);
    encoder.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/.cache/test-venv/bin/python"),
                  {QStringLiteral(OUTFLOW_SOURCE_DIR "/tests/support/avro_wire.py"), registryUrl.isEmpty() ? url() : registryUrl, subject,
                   schemaFile.fileName()});
    encoder.write(jsonRecords.join('\n') + '\n');
    encoder.closeWriteChannel();
    if (!encoder.waitForFinished(60000) || encoder.exitStatus() != QProcess::NormalExit || encoder.exitCode() != 0) {
        qWarning("avro_wire.py failed: %s", encoder.readAllStandardError().constData());
        return out;
    }
    QByteArrayList lines = encoder.readAllStandardOutput().trimmed().split('\n');
    out.schemaId = lines.takeFirst().toInt();
    for (const QByteArray &hex : lines) out.values << QByteArray::fromHex(hex);
    return out;
}

} // namespace TestRegistry
