// Formatting cost per record, for before/after comparisons of the engine's hot path: the same
// keyed ~1 KiB JSON records bench/sinkbench.py produces, turned into table lines by
// RecordFormatter (json, raw or delimited), as PartitionSink does for every record.
//
//   build/bench/outflow_bench_format [json|raw|delimited] [records=200000] [value_bytes=1024]
//   valgrind --tool=callgrind build/bench/outflow_bench_format json 200000
//
// Under callgrind the instruction count is repeatable whatever else the machine does, so it is
// the figure to compare between two builds; the ns/record printed without it is only a hint.

#include "engine/RecordFormatter.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace outflow;

int main(int argc, char **argv)
{
    const QByteArray format = argc > 1 ? QByteArray(argv[1]) : QByteArray("json");
    const int records = argc > 2 ? std::atoi(argv[2]) : 200000;
    const int valueBytes = argc > 3 ? std::atoi(argv[3]) : 1024;

    TargetSpec target;
    if (format == "raw") target.format = RecordFormat::Raw;
    else if (format == "delimited") {
        target.format = RecordFormat::Delimited;
        target.fields = {QStringLiteral("id"), QStringLiteral("user"), QStringLiteral("amount")};
    } else if (format != "json") {
        std::fprintf(stderr, "format must be json, raw or delimited\n");
        return 2;
    }
    const RecordFormatter formatter(target);

    // 1,000 distinct values, cycled: enough variety, and building them stays out of the count.
    const QByteArray pad(qMax(0, valueBytes - 60), 'x');
    QList<QByteArray> values, keys;
    for (int i = 0; i < 1000; ++i) {
        values << "{\"id\":" + QByteArray::number(i) + ",\"user\":\"u" + QByteArray::number(i % 977) + "\",\"amount\":" +
                      QByteArray::number(i % 1000) + ".5,\"pad\":\"" + pad + "\"}";
        keys << "k" + QByteArray::number(i);
    }
    const QByteArray topic("bench_topic");

    QByteArray line;
    qint64 bytes = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < records; ++i) {
        RecordView r;
        r.topic = std::string_view(topic.constData(), size_t(topic.size()));
        r.partition = i % 8;
        r.offset = i;
        r.timestampMs = 1767323045000 + i;
        r.key = keys.at(i % 1000).constData();
        r.keySize = keys.at(i % 1000).size();
        r.value = values.at(i % 1000).constData();
        r.valueSize = values.at(i % 1000).size();
        line.resize(0);
        if (!formatter.append(r, line).isEmpty()) return 1;
        bytes += line.size();
    }
    const qint64 ns = clock.nsecsElapsed();
    std::printf("%d records formatted as %s: %lld bytes, %.0f ns/record\n", records, format.constData(), static_cast<long long>(bytes),
                double(ns) / records);
    return 0;
}
