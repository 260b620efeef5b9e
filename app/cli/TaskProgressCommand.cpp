#include "TaskProgressCommand.h"

#include "JsonValues.h"
#include "Options.h"
#include "Output.h"
#include "TextTable.h"
#include "catalog/TaskEndpoints.h"
#include "common/DurationText.h"
#include "kafka/ConsumerGroupClient.h"
#include "kafka/ConsumptionProgressReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace outflow::cli {

namespace {

constexpr auto kUsage = "usage: task progress ID [--json] [--interval SECONDS]";
/// Long enough to see a commit at the default flush interval, short enough for a terminal.
constexpr int kMaxIntervalSec = 300;

QJsonObject progressJson(const PartitionProgress &p, bool totals)
{
    QJsonObject o{{QStringLiteral("committedOffset"), JsonValues::known(p.committedOffset)},
                  {QStringLiteral("logStartOffset"), JsonValues::known(p.logStartOffset)},
                  {QStringLiteral("logEndOffset"), JsonValues::known(p.logEndOffset)},
                  {QStringLiteral("lag"), JsonValues::known(p.lag)},
                  {QStringLiteral("lagTimeMs"), JsonValues::known(p.lagTimeMs)},
                  {QStringLiteral("consumeRate"), p.consumeRate >= 0 ? QJsonValue(p.consumeRate) : QJsonValue()},
                  {QStringLiteral("drainEtaMs"), JsonValues::known(p.drainEtaMs)}};
    if (!totals) o.insert(QStringLiteral("partition"), p.partition);
    return o;
}

QJsonArray assignmentJson(const GroupMember &member)
{
    QJsonArray out;
    for (const auto &[topic, partition] : member.assignment)
        out << QJsonObject{{QStringLiteral("topic"), topic}, {QStringLiteral("partition"), partition}};
    return out;
}

void printJson(const QString &taskId, const ConsumptionProgress &progress, const ConsumerGroupDescription &group)
{
    QJsonArray partitions;
    for (const PartitionProgress &p : progress.partitions) partitions << progressJson(p, false);
    QJsonArray members;
    for (const GroupMember &m : group.members)
        members << QJsonObject{{QStringLiteral("memberId"), m.memberId},
                               {QStringLiteral("clientId"), m.clientId},
                               {QStringLiteral("host"), m.host},
                               {QStringLiteral("assignment"), assignmentJson(m)}};
    const QJsonObject o{{QStringLiteral("taskId"), taskId},
                        {QStringLiteral("group"), progress.groupId},
                        {QStringLiteral("topic"), progress.topic},
                        {QStringLiteral("state"), progress.groupState},
                        {QStringLiteral("memberCount"), progress.memberCount},
                        {QStringLiteral("at"), JsonValues::isoTime(progress.atMs)},
                        {QStringLiteral("partitions"), partitions},
                        {QStringLiteral("totals"), progressJson(progress.totals, true)},
                        {QStringLiteral("coordinator"), group.coordinator},
                        {QStringLiteral("members"), members}};
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString figure(qint64 value)
{
    return value >= 0 ? QString::number(value) : QStringLiteral("—");
}

QStringList progressRow(const QString &label, const PartitionProgress &p)
{
    // As the console's table: a partition without lag is "Caught up", whatever the rate.
    return {label,
            figure(p.committedOffset),
            figure(p.logStartOffset),
            figure(p.logEndOffset),
            figure(p.lag),
            DurationText::format(p.lagTimeMs),
            p.lag == 0 ? QStringLiteral("Caught up") : DurationText::format(p.drainEtaMs)};
}

void printText(const ConsumptionProgress &progress, const ConsumerGroupDescription &group)
{
    out() << QStringLiteral("Consumer group %1 · topic %2 · state %3 · members %4")
                 .arg(progress.groupId, progress.topic, progress.groupState.isEmpty() ? QStringLiteral("Unknown") : progress.groupState)
                 .arg(progress.memberCount)
          << "\n\n";
    TextTable partitions({QStringLiteral("Partition"), QStringLiteral("Committed offset"), QStringLiteral("Log-start offset"),
                          QStringLiteral("Log-end offset"), QStringLiteral("Lag"), QStringLiteral("Lag in time"), QStringLiteral("Drain ETA")},
                         {1, 2, 3, 4, 5});
    for (const PartitionProgress &p : progress.partitions) partitions.addRow(progressRow(QString::number(p.partition), p));
    partitions.addRow(progressRow(QStringLiteral("Total"), progress.totals));
    out() << partitions.text() << '\n';
    if (group.members.isEmpty()) {
        out() << "No members: no engine is consuming for this task now." << Qt::endl;
        return;
    }
    TextTable members({QStringLiteral("Member ID"), QStringLiteral("Client ID"), QStringLiteral("Host"), QStringLiteral("Assigned partitions")});
    for (const GroupMember &m : group.members) {
        QStringList assigned;
        for (const auto &[topic, partition] : m.assignment)
            assigned << (topic == progress.topic ? QString::number(partition) : topic + u':' + QString::number(partition));
        members.addRow({m.memberId, m.clientId, m.host, assigned.isEmpty() ? QStringLiteral("none") : assigned.join(QStringLiteral(", "))});
    }
    out() << members.text();
    out().flush();
}

} // namespace

int TaskProgressCommand::run(Catalog &catalog, const QStringList &args)
{
    auto opts = Options::parse(args, {QStringLiteral("interval")}, {QStringLiteral("json")});
    if (!opts) return failWith(opts.error());
    if (opts->positional().size() != 1) return failWith(QString::fromLatin1(kUsage));
    int interval = 0;
    if (opts->has(QStringLiteral("interval"))) {
        bool ok = false;
        interval = opts->value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || interval < 1 || interval > kMaxIntervalSec)
            return failWith(QStringLiteral("--interval must be 1 to %1 seconds, not \"%2\"")
                                .arg(kMaxIntervalSec)
                                .arg(opts->value(QStringLiteral("interval"))));
    }
    auto endpoints = TaskEndpoints::load(catalog, opts->positional().first());
    if (!endpoints) return failWith(endpoints.error());
    const QString taskId = endpoints->task.id;
    const QString groupId = ConsumerGroupClient::groupOfTask(taskId);
    const QString topic = endpoints->task.definition.source.topic;

    // The drain ETA needs the rate between two reads, as the console gets it from its refreshes;
    // a single read leaves it unknown wherever records wait.
    const ConsumptionProgressReader reader;
    auto progress = reader.read(endpoints->cluster, groupId, topic);
    if (progress && interval > 0) {
        QThread::sleep(static_cast<unsigned long>(interval));
        progress = reader.read(endpoints->cluster, groupId, topic);
    }
    if (!progress) return failWith(progress.error());
    auto group = ConsumerGroupClient(endpoints->cluster).describe(groupId);
    if (!group) return failWith(group.error());

    if (opts->has(QStringLiteral("json"))) printJson(taskId, progress.value(), group.value());
    else printText(progress.value(), group.value());
    return 0;
}

} // namespace outflow::cli
