// The CLI does what the console does (PRODUCT.md section 7): task progress, messages, metrics,
// copy and edit run as `outflow-engine` processes against the real broker. Offsets and records
// are checked against kcat, metrics against rows the test wrote itself, copies and edits against
// the catalog and the warehouse. Every hostile input must fail with one line on stderr, print
// nothing on stdout and change nothing.

#include "EngineCli.h"
#include "EngineTestEnv.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "engine/Engine.h"
#include "metrics/MetricsStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <numeric>

using namespace outflow;

namespace {

using CliRun = EngineCli;

CliRun cli(const EngineTestEnv &env, const QStringList &args)
{
    return EngineCli::run(env.catalogPath(), args);
}

QString describe(const CliRun &run)
{
    return run.describe();
}

/// A refused command: non-zero, nothing on stdout, one line on stderr saying `expected`.
QString refusalProblem(const CliRun &run, const QString &expected)
{
    const QString line = run.err.trimmed();
    if (run.exitCode == 0) return QStringLiteral("exit code 0: ") + describe(run);
    if (!run.out.isEmpty()) return QStringLiteral("printed on stdout: ") + describe(run);
    if (line.contains(u'\n') || !line.startsWith(QLatin1String("outflow-engine: "))) return QStringLiteral("not one line: ") + describe(run);
    if (!line.contains(expected, Qt::CaseInsensitive)) return QStringLiteral("does not say \"%1\": %2").arg(expected, describe(run));
    return {};
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

TaskStatus statusOf(const EngineTestEnv &env, const QString &id)
{
    auto t = env.catalog()->task(id);
    return t ? t->status : TaskStatus::Deleting;
}

/// The data rows of the aligned text table that follows the line starting with `header`, split
/// on runs of spaces (the figures of the first columns never contain one).
QList<QStringList> textRows(const QString &output, const QString &header)
{
    QList<QStringList> rows;
    bool inTable = false;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(header)) {
            inTable = true;
            continue;
        }
        if (!inTable) continue;
        if (line.trimmed().isEmpty()) break;
        rows << line.split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
    }
    return rows;
}

QString writeFile(const EngineTestEnv &env, const QString &name, const QByteArray &content)
{
    const QString path = env.path(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) return {};
    return path;
}

} // namespace

class TestEngineCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The Consumer group table: offsets as kcat sees the log end, lag, members while running,
    // no members and the waiting records' lag once paused.
    void progressAgreesWithKafka()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("cli_progress"), {30, 20});
        QVERIFY(!topic.isEmpty());
        TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 50, 60000);

        const QStringList progress{QStringLiteral("task"), QStringLiteral("progress"), id, QStringLiteral("--json")};
        CliRun run;
        // Offsets are committed right after the files; members appear once the group is stable.
        QTRY_VERIFY2_WITH_TIMEOUT((run = cli(env, progress), jsonOf(run)[QStringLiteral("totals")][QStringLiteral("lag")].toInteger(-1) == 0 &&
                                                                  jsonOf(run)[QStringLiteral("memberCount")].toInt() > 0),
                                  qPrintable(describe(run)), 60000);
        QCOMPARE(run.exitCode, 0);
        QJsonObject o = jsonOf(run);
        QCOMPARE(o[QStringLiteral("taskId")].toString(), id);
        QCOMPARE(o[QStringLiteral("group")].toString(), QStringLiteral("outflow-") + id);
        QCOMPARE(o[QStringLiteral("topic")].toString(), topic);
        QCOMPARE(o[QStringLiteral("state")].toString(), QStringLiteral("Stable"));
        const QHash<int, qint64> ends = TestKafka::endOffsets(topic, 2);
        QJsonArray partitions = o[QStringLiteral("partitions")].toArray();
        QCOMPARE(partitions.size(), 2);
        for (const QJsonValue &v : std::as_const(partitions)) {
            const QJsonObject p = v.toObject();
            const int partition = p[QStringLiteral("partition")].toInt();
            QCOMPARE(p[QStringLiteral("logEndOffset")].toInteger(), ends.value(partition));
            QCOMPARE(p[QStringLiteral("committedOffset")].toInteger(), ends.value(partition));
            QCOMPARE(p[QStringLiteral("lag")].toInteger(), 0);
            QCOMPARE(p[QStringLiteral("drainEtaMs")].toInteger(), 0);
        }
        QCOMPARE(o[QStringLiteral("totals")][QStringLiteral("logEndOffset")].toInteger(), ends.value(0) + ends.value(1));
        QSet<int> assigned;
        const QJsonArray members = o[QStringLiteral("members")].toArray();
        QCOMPARE(members.size(), o[QStringLiteral("memberCount")].toInt());
        for (const QJsonValue &m : members) {
            QVERIFY(!m[QStringLiteral("memberId")].toString().isEmpty());
            QVERIFY(!m[QStringLiteral("host")].toString().isEmpty());
            for (const QJsonValue &a : m[QStringLiteral("assignment")].toArray()) {
                QCOMPARE(a[QStringLiteral("topic")].toString(), topic);
                assigned << a[QStringLiteral("partition")].toInt();
            }
        }
        QCOMPARE(assigned, (QSet<int>{0, 1}));

        // Paused, with records waiting: no members, the lag kcat implies, its age known.
        QVERIFY(engine.pauseTask(id, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, id), TaskStatus::Paused, 30000);
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(10, 7), 0));
        QTRY_VERIFY2_WITH_TIMEOUT((run = cli(env, progress), jsonOf(run)[QStringLiteral("memberCount")].toInt(-1) == 0 &&
                                                                  jsonOf(run)[QStringLiteral("totals")][QStringLiteral("lag")].toInteger() == 10),
                                  qPrintable(describe(run)), 60000);
        partitions = jsonOf(run)[QStringLiteral("partitions")].toArray();
        const qint64 end0 = TestKafka::endOffsets(topic, 2).value(0);
        QCOMPARE(end0, ends.value(0) + 10);
        QCOMPARE(partitions.at(0)[QStringLiteral("logEndOffset")].toInteger(), end0);
        QCOMPARE(partitions.at(0)[QStringLiteral("committedOffset")].toInteger(), ends.value(0));
        QCOMPARE(partitions.at(0)[QStringLiteral("lag")].toInteger(), 10);
        QVERIFY(partitions.at(0)[QStringLiteral("lagTimeMs")].toInteger(-1) >= 0);
        QVERIFY(partitions.at(0)[QStringLiteral("drainEtaMs")].isNull()); // one read: no rate yet
        QVERIFY(partitions.at(0)[QStringLiteral("consumeRate")].isNull());
        // Two reads a second apart measure the rate: nothing consumed, so still no ETA.
        run = cli(env, {QStringLiteral("task"), QStringLiteral("progress"), id, QStringLiteral("--json"), QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        partitions = jsonOf(run)[QStringLiteral("partitions")].toArray();
        QCOMPARE(partitions.at(0)[QStringLiteral("consumeRate")].toDouble(-1), 0.0);
        QVERIFY(partitions.at(0)[QStringLiteral("drainEtaMs")].isNull());
        QCOMPARE(partitions.at(1)[QStringLiteral("drainEtaMs")].toInteger(-1), 0); // caught up

        // The same figures as aligned text.
        run = cli(env, {QStringLiteral("task"), QStringLiteral("progress"), id});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Consumer group outflow-%1 · topic %2 · state Empty").arg(id, topic)), qPrintable(run.out));
        const QList<QStringList> rows = textRows(run.out, QStringLiteral("Partition"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).mid(0, 5), (QStringList{QStringLiteral("0"), QString::number(ends.value(0)), QStringLiteral("0"),
                                                    QString::number(end0), QStringLiteral("10")}));
        QCOMPARE(rows.at(1).last(), QStringLiteral("Caught up"));
        QCOMPARE(rows.at(2).first(), QStringLiteral("Total"));
        QVERIFY2(run.out.contains(QLatin1String("No members")), qPrintable(run.out));

        QString p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("progress"), QStringLiteral("no_such_task")}),
                                   QStringLiteral("no task with id or name \"no_such_task\""));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("progress"), id, QStringLiteral("--interval"), QStringLiteral("0")}),
                           QStringLiteral("--interval must be"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("progress")}), QStringLiteral("usage: task progress"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("progress"), id, QStringLiteral("--csv")}), QStringLiteral("unknown option --csv"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        engine.shutdown();
    }

    // View messages: the last N records below the dumped position, byte for byte what kcat
    // reads from the partition, with their keys; the shortfalls named.
    void messagesAreTheLastDumpedRecords()
    {
        EngineTestEnv env;
        const QString topic = TestKafka::uniqueName(QStringLiteral("cli_messages"));
        QVERIFY(TestKafka::createTopic(topic, 2));
        QVERIFY(TestKafka::produce(topic, TestKafka::jsonRecords(30, 1), 0, true));
        TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        WarehouseReader reader(env.tableDir(def.target.bid, def.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 30, 60000);
        const QByteArrayList values = TestKafka::consumeAll(topic, 0);
        QCOMPARE(values.size(), 30);

        CliRun run = cli(env, {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--partition"), QStringLiteral("0"),
                               QStringLiteral("--last"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QJsonObject o = jsonOf(run);
        QCOMPARE(o[QStringLiteral("position")].toInteger(), 30);
        QCOMPARE(o[QStringLiteral("shortfall")].toString(), QStringLiteral("none"));
        QCOMPARE(o[QStringLiteral("logEndOffset")].toInteger(), TestKafka::endOffsets(topic, 2).value(0));
        const QJsonArray records = o[QStringLiteral("records")].toArray();
        QCOMPARE(records.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject r = records.at(i).toObject();
            QCOMPARE(r[QStringLiteral("offset")].toInteger(), 25 + i);
            QCOMPARE(r[QStringLiteral("value")].toString().toUtf8(), values.at(25 + i));
            QCOMPARE(r[QStringLiteral("key")].toString(), QStringLiteral("key%1").arg(25 + i));
            QVERIFY(r[QStringLiteral("timestamp")].toInteger(-1) > 0);
            QVERIFY(!r.contains(QStringLiteral("decoding"))); // no schema registry: values as they are
        }

        run = cli(env, {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--partition"), QStringLiteral("0"),
                        QStringLiteral("--last"), QStringLiteral("100")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QLatin1String("30 of the requested 100 records")), qPrintable(run.out));
        const QList<QStringList> rows = textRows(run.out, QStringLiteral("Offset"));
        QCOMPARE(rows.size(), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(rows.at(i).value(0), QString::number(i));
            QCOMPARE(rows.at(i).value(2), QStringLiteral("key%1").arg(i));
            QCOMPARE(rows.at(i).value(3).toUtf8(), values.at(i));
        }

        run = cli(env, {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--partition"), QStringLiteral("1"),
                        QStringLiteral("--last"), QStringLiteral("20"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(jsonOf(run)[QStringLiteral("shortfall")].toString(), QStringLiteral("partitionEmpty"));
        QCOMPARE(jsonOf(run)[QStringLiteral("records")].toArray().size(), 0);

        const auto messages = [&](const QString &partition, const QString &last) {
            return cli(env, {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--partition"), partition,
                             QStringLiteral("--last"), last});
        };
        QString p = refusalProblem(messages(QStringLiteral("2"), QStringLiteral("5")), QStringLiteral("there is no partition 2"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(messages(QStringLiteral("-1"), QStringLiteral("5")), QStringLiteral("--partition must be a partition number"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(messages(QStringLiteral("zero"), QStringLiteral("5")), QStringLiteral("--partition must be a partition number"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(messages(QStringLiteral("0"), QStringLiteral("7")), QStringLiteral("--last must be 5, 20, 60 or 100"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("messages"), id, QStringLiteral("--last"), QStringLiteral("5")}),
                           QStringLiteral("usage: task messages"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("messages"), QStringLiteral("nope"), QStringLiteral("--partition"),
                                     QStringLiteral("0"), QStringLiteral("--last"), QStringLiteral("5")}),
                           QStringLiteral("no task with id or name \"nope\""));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        engine.shutdown();
    }

    // Metrics history as the charts read it: rows the test writes into the store come back in
    // the chosen range only, rates averaged, counts summed, unknown values as gaps.
    void metricsComeFromTheStore()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("cli_metrics"), {3});
        QVERIFY(!topic.isEmpty());
        Engine engine(env.catalog(), {});
        auto created = engine.createTask(env.definition(topic), QStringLiteral("test"));
        QVERIFY2(created.isOk(), qPrintable(created.error()));
        const QString id = created.value();
        const QStringList csv1h{QStringLiteral("task"), QStringLiteral("metrics"), id, QStringLiteral("--range"), QStringLiteral("1h"), QStringLiteral("--csv")};

        // No store yet: a header and no rows, and no store is created by asking.
        CliRun run = cli(env, csv1h);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
        const QString storePath = MetricsStore::pathForCatalog(env.catalogPath());
        QVERIFY(!QFile::exists(storePath));

        // Ten seconds half an hour ago, ten more three hours ago; lag unknown throughout.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MetricRows rows;
        for (const qint64 start : {now - 30 * 60 * 1000, now - 3 * 3600 * 1000}) {
            for (int s = 0; s < 10; ++s) {
                MetricRow row;
                row.taskId = id;
                row.atMs = (start / 60000) * 60000 + s * 1000;
                row.setValue(Metric::MessagesIn, 7);
                row.setValue(Metric::FilesCommitted, 1);
                row.setValue(Metric::Lag, MetricRow::unknown());
                rows << row;
            }
        }
        {
            auto store = MetricsStore::open(storePath);
            QVERIFY2(store.isOk(), qPrintable(store.error()));
            QVERIFY(store.value()->write(rows).isOk());
        }

        const auto filesAndRates = [](const CliRun &r, qint64 *files, QSet<double> *rates, QSet<QString> *lags) {
            const QStringList lines = r.out.trimmed().split(u'\n');
            const QStringList header = lines.first().split(u',');
            const qsizetype in = header.indexOf(QStringLiteral("messages_in"));
            const qsizetype committed = header.indexOf(QStringLiteral("files_committed"));
            const qsizetype lag = header.indexOf(QStringLiteral("lag"));
            if (header.value(0) != QLatin1String("time") || header.value(1) != QLatin1String("epoch_seconds") || in < 0 || committed < 0 || lag < 0)
                return false;
            for (const QString &line : lines.mid(1)) {
                const QStringList cells = line.split(u',');
                *files += cells.value(committed).toLongLong();
                *rates << cells.value(in).toDouble();
                *lags << cells.value(lag);
            }
            return true;
        };
        for (const auto &[range, expectedFiles] : {std::pair{QStringLiteral("1h"), 10}, std::pair{QStringLiteral("6h"), 20}, std::pair{QStringLiteral("7d"), 20}}) {
            run = cli(env, {QStringLiteral("task"), QStringLiteral("metrics"), id, QStringLiteral("--range"), range, QStringLiteral("--csv")});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            qint64 files = 0;
            QSet<double> rates;
            QSet<QString> lags;
            QVERIFY2(filesAndRates(run, &files, &rates, &lags), qPrintable(run.out));
            QVERIFY2(files == expectedFiles, qPrintable(range + u'\n' + run.out));
            QCOMPARE(rates, QSet<double>{7});
            QCOMPARE(lags, QSet<QString>{QString()});
        }

        run = cli(env, {QStringLiteral("task"), QStringLiteral("metrics"), id, QStringLiteral("--range"), QStringLiteral("1h")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QList<QStringList> table = textRows(run.out, QStringLiteral("time (UTC)"));
        QVERIFY2(!table.isEmpty(), qPrintable(run.out));
        for (const QStringList &row : table) {
            QCOMPARE(row.value(1), QStringLiteral("7"));
            QCOMPARE(row.value(5), QStringLiteral("—")); // lag: a gap, not a zero
        }

        const auto metrics = [&](const QStringList &tail) { return cli(env, QStringList{QStringLiteral("task"), QStringLiteral("metrics")} + tail); };
        QString p = refusalProblem(metrics({id, QStringLiteral("--range"), QStringLiteral("2h")}), QStringLiteral("--range must be 1h, 6h, 24h or 7d"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(metrics({id}), QStringLiteral("usage: task metrics"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(metrics({QStringLiteral("ghost"), QStringLiteral("--range"), QStringLiteral("1h")}), QStringLiteral("no task with id or name \"ghost\""));
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    // Copy: a new task with the base's definition under a new name, running; it dumps every
    // record of its topic into its own table. Refused copies create nothing.
    void copyMakesARunningTask()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("cli_copy"), {25, 15});
        QVERIFY(!topic.isEmpty());
        const TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        const auto taskCount = [&] { return env.catalog()->tasks().value().size(); };

        const auto copy = [&](const QStringList &tail) { return cli(env, QStringList{QStringLiteral("task"), QStringLiteral("copy")} + tail); };
        QString p = refusalProblem(copy({id, QStringLiteral("--name"), QStringLiteral("copy_same_table")}), QStringLiteral("two tasks cannot write the same files"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(copy({id, QStringLiteral("--name"), def.name, QStringLiteral("--tid"), QStringLiteral("t_other")}), QStringLiteral("already exists"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(copy({id, QStringLiteral("--name"), QStringLiteral("bad name!"), QStringLiteral("--tid"), QStringLiteral("t_other")}),
                           QStringLiteral("Task name"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(copy({QStringLiteral("missing"), QStringLiteral("--name"), QStringLiteral("copy_x")}), QStringLiteral("no task with id or name \"missing\""));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        p = refusalProblem(copy({id}), QStringLiteral("usage: task copy"));
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(taskCount(), 1);

        const QString name = TestKafka::uniqueName(QStringLiteral("copy"));
        const QString tid = TestKafka::uniqueName(QStringLiteral("t_copy"));
        CliRun run = copy({id, QStringLiteral("--name"), name, QStringLiteral("--tid"), tid});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QString copyId = run.out.trimmed();
        QVERIFY(copyId != id);
        auto copied = env.catalog()->task(copyId);
        QVERIFY2(copied.isOk(), qPrintable(copied.error()));
        TaskDefinition expected = def;
        expected.name = name;
        expected.target.tid = tid;
        QCOMPARE(copied->definition, expected);
        QCOMPARE(copied->status, TaskStatus::Running);
        QCOMPARE(taskCount(), 2);
        QVERIFY(env.catalog()->actions(copyId).value().size() > 0);

        // The engine picks the copy up from the catalog and dumps the topic again, into its table.
        engine.wake();
        WarehouseReader reader(env.tableDir(def.target.bid, tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.offsetCounts().size(), 40, 60000);
        const QString problem = exactlyOnceProblem(reader.offsetCounts(), TestKafka::endOffsets(topic, 2));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        engine.shutdown();
    }

    // Change data source / target from a file: one of them per edit, checked like the console's
    // (a topic that does not exist, a table in use); every refusal leaves the task as it was.
    void editChangesSourceOrTarget()
    {
        EngineTestEnv env;
        const QString topic = EngineTestEnv::topicWithRecords(QStringLiteral("cli_edit"), {10});
        const QString other = EngineTestEnv::topicWithRecords(QStringLiteral("cli_edit_b"), {12});
        QVERIFY(!topic.isEmpty() && !other.isEmpty());
        const TaskDefinition def = env.definition(topic);
        Engine engine(env.catalog(), {});
        const QString id = EngineTestEnv::start(engine, def);
        QVERIFY(!id.isEmpty());
        // Another task dumps `other` into this task's table (one table may take several topics).
        auto busyId = engine.createTask(env.definition(other, def.target.tid), QStringLiteral("test"));
        QVERIFY2(busyId.isOk(), qPrintable(busyId.error()));

        const auto edit = [&](const QString &file) {
            return cli(env, {QStringLiteral("task"), QStringLiteral("edit"), id, QStringLiteral("--file"), file});
        };
        const auto fileWith = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject json = def.toJson();
            change(json);
            return writeFile(env, QStringLiteral("edit.json"), QJsonDocument(json).toJson());
        };
        const auto setIn = [](QJsonObject &json, const QString &part, const QString &key, const QString &value) {
            QJsonObject o = json[part].toObject();
            o[key] = value;
            json[part] = o;
        };
        const QStringList refusals{
            refusalProblem(edit(env.path(QStringLiteral("missing.json"))), QStringLiteral("cannot read task definition")),
            refusalProblem(edit(writeFile(env, QStringLiteral("broken.json"), "{\"name\": ")), QStringLiteral("not valid JSON")),
            refusalProblem(edit(fileWith([](QJsonObject &j) { j[QStringLiteral("colour")] = QStringLiteral("blue"); })),
                           QStringLiteral("unknown field \"colour\"")),
            refusalProblem(edit(fileWith([](QJsonObject &j) { j[QStringLiteral("name")] = QStringLiteral("renamed"); })), QStringLiteral("not the name")),
            refusalProblem(edit(fileWith([](QJsonObject &j) { j[QStringLiteral("parallelism")] = 7; })), QStringLiteral("not the parallelism")),
            refusalProblem(edit(fileWith([&](QJsonObject &j) {
                               setIn(j, QStringLiteral("source"), QStringLiteral("topic"), other);
                               setIn(j, QStringLiteral("target"), QStringLiteral("tid"), QStringLiteral("t_both"));
                           })),
                           QStringLiteral("both the source and the target")),
            refusalProblem(edit(fileWith([&](QJsonObject &j) {
                               setIn(j, QStringLiteral("source"), QStringLiteral("topic"), QStringLiteral("no_such_topic_cli"));
                           })),
                           QStringLiteral("Topic \"no_such_topic_cli\" does not exist")),
            refusalProblem(edit(fileWith([&](QJsonObject &j) { setIn(j, QStringLiteral("source"), QStringLiteral("topic"), other); })),
                           QStringLiteral("two tasks cannot write the same files")),
            refusalProblem(cli(env, {QStringLiteral("task"), QStringLiteral("edit"), QStringLiteral("nobody"), QStringLiteral("--file"),
                                     fileWith([](QJsonObject &) {})}),
                           QStringLiteral("no task with id or name \"nobody\"")),
        };
        for (const QString &p : refusals) QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(env.catalog()->task(id)->definition, def);

        CliRun run = edit(fileWith([](QJsonObject &) {}));
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("nothing changed")), qPrintable(describe(run)));

        // A new target, then a new source: each recorded in the history; the running task
        // restarts on them, and the new topic's records arrive in the new table.
        const QString tid = TestKafka::uniqueName(QStringLiteral("t_edit"));
        run = edit(fileWith([&](QJsonObject &j) { setIn(j, QStringLiteral("target"), QStringLiteral("tid"), tid); }));
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("target was changed")), qPrintable(describe(run)));
        TaskDefinition expected = def;
        expected.target.tid = tid;
        QCOMPARE(env.catalog()->task(id)->definition, expected);

        QJsonObject next = expected.toJson();
        setIn(next, QStringLiteral("source"), QStringLiteral("topic"), other);
        run = edit(writeFile(env, QStringLiteral("next.json"), QJsonDocument(next).toJson()));
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("source was changed")), qPrintable(describe(run)));
        expected.source.topic = other;
        QCOMPARE(env.catalog()->task(id)->definition, expected);
        QStringList actions;
        for (const TaskAction &a : env.catalog()->actions(id).value()) actions << a.action + u':' + a.result;
        QVERIFY2(actions.contains(QStringLiteral("Change target:ok")) && actions.contains(QStringLiteral("Change source:ok")),
                 qPrintable(actions.join(u',')));

        engine.wake();
        WarehouseReader reader(env.tableDir(def.target.bid, tid));
        const auto offsetsOf = [&](const QString &t) {
            QList<qint64> offsets;
            for (const QJsonObject &r : reader.jsonRecords())
                if (r[QStringLiteral("topic")].toString() == t) offsets << r[QStringLiteral("offset")].toInteger();
            std::sort(offsets.begin(), offsets.end());
            return offsets;
        };
        QList<qint64> all(12);
        std::iota(all.begin(), all.end(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(offsetsOf(other), all, 60000);
        engine.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_engine_cli.moc"
