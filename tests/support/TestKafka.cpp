#include "TestKafka.h"

#include "kafka/ClusterClient.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QtTest>

namespace TestKafka {

QString bootstrap()
{
    const QString dir = qEnvironmentVariable("OUTFLOW_KAFKA_DIR");
    QFile file(dir + QStringLiteral("/bootstrap"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qWarning("OUTFLOW_KAFKA_DIR does not name a running test broker; run this test through ctest");
        return QStringLiteral("127.0.0.1:1");
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

outflow::ClusterConfig cluster(const QString &name)
{
    outflow::ClusterConfig c;
    c.name = name;
    c.bootstrapServers = bootstrap();
    return c;
}

QString uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3_%4")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
        .arg(QRandomGenerator::global()->bounded(10000))
        .arg(counter.fetchAndAddRelaxed(1));
}

bool createTopic(const QString &topic, int partitions)
{
    // The backend's admin call is fast; tst_clusterclient checks it against the broker's own
    // TopicCommand (createTopicWithBrokerTool), so the engine tests may rely on it.
    const outflow::Status s = outflow::ClusterClient(cluster()).createTopic(topic, partitions);
    if (!s) qWarning("%s", qPrintable(s.error()));
    return s.isOk();
}

namespace {
bool kafkaScript(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(OUTFLOW_SOURCE_DIR "/scripts/kafka.sh"), args);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

bool createTopicWithBrokerTool(const QString &topic, int partitions)
{
    return kafkaScript({QStringLiteral("topic"), topic, QString::number(partitions)});
}

bool deleteTopicWithBrokerTool(const QString &topic)
{
    return kafkaScript({QStringLiteral("delete-topic"), topic});
}

bool deleteRecordsWithBrokerTool(const QString &topic, int partition, qint64 offset)
{
    return kafkaScript({QStringLiteral("delete-records"), topic, QString::number(partition), QString::number(offset)});
}

QByteArrayList jsonRecords(int count, int seed, int padBytes)
{
    QByteArrayList out;
    const QByteArray pad = padBytes > 0 ? ",\"pad\":\"" + QByteArray(padBytes, 'x') + '"' : QByteArray();
    for (int i = 0; i < count; ++i) out << "{\"seed\":" + QByteArray::number(seed) + ",\"i\":" + QByteArray::number(i) + pad + '}';
    return out;
}

bool produce(const QString &topic, const QByteArrayList &values, int partition, bool keyed)
{
    // Idempotence keeps the records in the order given: without it a produce request that fails
    // right after the topic was created (its leader not yet known) is retried after the requests
    // behind it succeeded, and a test that expects record i at offset i fails now and then.
    QStringList args{QStringLiteral("-b"), bootstrap(), QStringLiteral("-P"), QStringLiteral("-t"), topic,
                     QStringLiteral("-D"), QStringLiteral("\x1e"), QStringLiteral("-X"), QStringLiteral("enable.idempotence=true")};
    if (partition >= 0) args << QStringLiteral("-p") << QString::number(partition);
    if (keyed) args << QStringLiteral("-K") << QStringLiteral("\x1f");
    QByteArray input;
    for (int i = 0; i < values.size(); ++i) {
        if (keyed) input += "key" + QByteArray::number(i) + '\x1f';
        input += values.at(i);
        input += '\x1e';
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("kcat"), args);
    if (!p.waitForStarted()) return false;
    p.write(input);
    p.closeWriteChannel();
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

QByteArrayList consumeAll(const QString &topic, int partition)
{
    QProcess p;
    p.start(QStringLiteral("kcat"), {QStringLiteral("-b"), bootstrap(), QStringLiteral("-C"), QStringLiteral("-t"), topic,
                                    QStringLiteral("-p"), QString::number(partition), QStringLiteral("-o"), QStringLiteral("beginning"),
                                    QStringLiteral("-e"), QStringLiteral("-q"), QStringLiteral("-D"), QStringLiteral("\x1e")});
    p.waitForFinished(120000);
    QByteArrayList out = p.readAllStandardOutput().split('\x1e');
    if (!out.isEmpty() && out.last().isEmpty()) out.removeLast();
    return out;
}

QHash<int, qint64> endOffsets(const QString &topic, int partitions)
{
    QStringList args{QStringLiteral("-b"), bootstrap(), QStringLiteral("-Q")};
    for (int p = 0; p < partitions; ++p) args << QStringLiteral("-t") << QStringLiteral("%1:%2:-1").arg(topic).arg(p);
    QProcess kcat;
    kcat.start(QStringLiteral("kcat"), args);
    kcat.waitForFinished(60000);
    // Lines look like: "<topic> [<partition>] offset <n>"
    QHash<int, qint64> out;
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\] offset (-?\\d+)"));
    for (const QString &line : QString::fromUtf8(kcat.readAllStandardOutput()).split(u'\n')) {
        const auto m = re.match(line);
        if (m.hasMatch()) out.insert(m.captured(1).toInt(), m.captured(2).toLongLong());
    }
    return out;
}

bool brokerControl(const QString &command)
{
    return kafkaScript({command}, 180000);
}

} // namespace TestKafka
