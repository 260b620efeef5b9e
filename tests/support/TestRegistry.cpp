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

QByteArray script(const QStringList &args, bool *ok)
{
    QProcess p;
    p.setProcessEnvironment(registryEnvironment());
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

Encoded encode(const QString &subject, const QByteArray &schema, const QByteArrayList &jsonRecords)
{
    Encoded out;
    QTemporaryFile schemaFile;
    if (!schemaFile.open()) return out;
    schemaFile.write(schema);
    schemaFile.flush();
    QProcess encoder;
    encoder.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/.cache/test-venv/bin/python"),
                  {QStringLiteral(OUTFLOW_SOURCE_DIR "/tests/support/avro_wire.py"), url(), subject, schemaFile.fileName()});
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
