#include "TaskMessagesCommand.h"

#include "JsonValues.h"
#include "Options.h"
#include "Output.h"
#include "TextTable.h"
#include "catalog/TaskEndpoints.h"
#include "engine/RecordDecoding.h"
#include "kafka/ClusterClient.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/LastDumpedReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace outflow::cli {

namespace {

constexpr auto kUsage = "usage: task messages ID --partition P --last 5|20|60|100 [--json]";
/// The console's choices; anything else is a typo rather than a wish.
const QList<int> kCounts{5, 20, 60, 100};

QString shortfallName(DumpedRecords::Shortfall s)
{
    switch (s) {
    case DumpedRecords::Shortfall::None: return QStringLiteral("none");
    case DumpedRecords::Shortfall::PartitionEmpty: return QStringLiteral("partitionEmpty");
    case DumpedRecords::Shortfall::NothingDumped: return QStringLiteral("nothingDumped");
    case DumpedRecords::Shortfall::FewerDumped: return QStringLiteral("fewerDumped");
    case DumpedRecords::Shortfall::RemovedByRetention: return QStringLiteral("removedByRetention");
    }
    return {};
}

QJsonValue positionSourceName(DumpedRecords::PositionSource s)
{
    switch (s) {
    case DumpedRecords::PositionSource::GroupOffset: return QStringLiteral("group");
    case DumpedRecords::PositionSource::Warehouse: return QStringLiteral("warehouse");
    case DumpedRecords::PositionSource::None: break;
    }
    return {};
}

QJsonValue bytesJson(const QByteArray &bytes, bool isNull)
{
    return isNull ? QJsonValue() : QJsonValue(QString::fromUtf8(bytes));
}

struct Shown
{
    DumpedRecords dumped;
    QStringList notes; ///< per record: how its value was decoded, or why not; empty when untouched
};

void printJson(const QString &taskId, const Shown &shown)
{
    const DumpedRecords &d = shown.dumped;
    QJsonArray records;
    for (qsizetype i = 0; i < d.records.size(); ++i) {
        const KafkaRecord &r = d.records.at(i);
        QJsonArray headers;
        for (const auto &[key, value] : r.headers)
            headers << QJsonObject{{QStringLiteral("key"), QString::fromUtf8(key)}, {QStringLiteral("value"), QString::fromUtf8(value)}};
        QJsonObject o{{QStringLiteral("offset"), r.offset},
                      {QStringLiteral("timestamp"), JsonValues::known(r.timestampMs)},
                      {QStringLiteral("time"), JsonValues::isoTime(r.timestampMs)},
                      {QStringLiteral("key"), bytesJson(r.key, r.keyIsNull)},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("value"), bytesJson(r.value, r.valueIsNull)}};
        if (!shown.notes.at(i).isEmpty()) o.insert(QStringLiteral("decoding"), shown.notes.at(i));
        records << o;
    }
    const QJsonObject o{{QStringLiteral("taskId"), taskId},
                        {QStringLiteral("topic"), d.topic},
                        {QStringLiteral("partition"), d.partition},
                        {QStringLiteral("requested"), d.requested},
                        {QStringLiteral("position"), JsonValues::known(d.position)},
                        {QStringLiteral("positionSource"), positionSourceName(d.positionSource)},
                        {QStringLiteral("logStartOffset"), JsonValues::known(d.logStartOffset)},
                        {QStringLiteral("logEndOffset"), JsonValues::known(d.logEndOffset)},
                        {QStringLiteral("shortfall"), shortfallName(d.shortfall)},
                        {QStringLiteral("records"), records}};
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

/// One line a cell: control characters (a newline in a value) would break the columns.
QString cellText(const QByteArray &bytes, bool isNull)
{
    if (isNull) return QStringLiteral("(null)");
    QString text;
    for (const QChar c : QString::fromUtf8(bytes)) {
        if (c == u'\n') text += QStringLiteral("\\n");
        else if (c == u'\t') text += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f) text += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else text += c;
    }
    return text;
}

QString summary(const DumpedRecords &d)
{
    const QString where = d.positionSource == DumpedRecords::PositionSource::GroupOffset
                              ? QStringLiteral("below the consumer group's committed offset %1").arg(d.position)
                              : QStringLiteral("below offset %1, the end of the warehouse's committed files").arg(d.position);
    switch (d.shortfall) {
    case DumpedRecords::Shortfall::PartitionEmpty: return QStringLiteral("Partition %1 is empty: nothing was ever written to it.").arg(d.partition);
    case DumpedRecords::Shortfall::NothingDumped:
        return QStringLiteral("Nothing from partition %1 has been dumped yet.").arg(d.partition);
    case DumpedRecords::Shortfall::FewerDumped:
        return QStringLiteral("%1 of the requested %2 records: all that partition %3 has dumped, %4.")
            .arg(d.records.size())
            .arg(d.requested)
            .arg(d.partition)
            .arg(where);
    case DumpedRecords::Shortfall::RemovedByRetention:
        return QStringLiteral("%1 of the requested %2 records: retention deleted the older ones (partition %3 starts at offset %4), %5.")
            .arg(d.records.size())
            .arg(d.requested)
            .arg(d.partition)
            .arg(d.logStartOffset)
            .arg(where);
    case DumpedRecords::Shortfall::None: break;
    }
    return QStringLiteral("The last %1 records dumped from partition %2, %3.").arg(d.records.size()).arg(d.partition).arg(where);
}

void printText(const Shown &shown)
{
    const DumpedRecords &d = shown.dumped;
    out() << summary(d) << '\n';
    if (d.records.isEmpty()) {
        out().flush();
        return;
    }
    TextTable table({QStringLiteral("Offset"), QStringLiteral("Timestamp"), QStringLiteral("Key"), QStringLiteral("Value")}, {0});
    for (const KafkaRecord &r : d.records)
        table.addRow({QString::number(r.offset), JsonValues::isoTime(r.timestampMs).toString(QStringLiteral("—")),
                      cellText(r.key, r.keyIsNull), cellText(r.value, r.valueIsNull)});
    out() << '\n' << table.text();
    QStringList notes = shown.notes;
    notes.removeAll(QString());
    notes.removeDuplicates();
    for (const QString &note : std::as_const(notes)) out() << "Values: " << note << '\n';
    out().flush();
}

} // namespace

int TaskMessagesCommand::run(Catalog &catalog, const QStringList &args)
{
    auto opts = Options::parse(args, {QStringLiteral("partition"), QStringLiteral("last")}, {QStringLiteral("json")});
    if (!opts) return failWith(opts.error());
    if (opts->positional().size() != 1 || !opts->has(QStringLiteral("partition")) || !opts->has(QStringLiteral("last")))
        return failWith(QString::fromLatin1(kUsage));
    bool ok = false;
    const int count = opts->value(QStringLiteral("last")).toInt(&ok);
    if (!ok || !kCounts.contains(count))
        return failWith(QStringLiteral("--last must be 5, 20, 60 or 100, not \"%1\"").arg(opts->value(QStringLiteral("last"))));
    const int partition = opts->value(QStringLiteral("partition")).toInt(&ok);
    if (!ok || partition < 0)
        return failWith(QStringLiteral("--partition must be a partition number (0, 1, …), not \"%1\"")
                            .arg(opts->value(QStringLiteral("partition"))));

    auto endpoints = TaskEndpoints::load(catalog, opts->positional().first());
    if (!endpoints) return failWith(endpoints.error());
    const TaskDefinition &def = endpoints->task.definition;
    auto topic = ClusterClient(endpoints->cluster).topic(def.source.topic);
    if (!topic) return failWith(topic.error());
    if (partition >= topic->partitions)
        return failWith(QStringLiteral("topic %1 has partitions 0 to %2; there is no partition %3")
                            .arg(def.source.topic)
                            .arg(topic->partitions - 1)
                            .arg(partition));

    const LastDumpedReader reader({endpoints->cluster, endpoints->warehouse, def.target.bid, def.target.tid,
                                   ConsumerGroupClient::groupOfTask(endpoints->task.id)});
    auto read = reader.read(def.source.topic, partition, count);
    if (!read) return failWith(read.error());
    Shown shown{read.value(), {}};
    RecordDecoding decoding(endpoints->cluster);
    for (KafkaRecord &r : shown.dumped.records) shown.notes << decoding.decode(r).note;

    if (opts->has(QStringLiteral("json"))) printJson(endpoints->task.id, shown);
    else printText(shown);
    return 0;
}

} // namespace outflow::cli
