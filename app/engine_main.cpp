// outflow-engine: the headless engine and the command-line contract of PRODUCT.md section 7.
// Exit status 0 on success; otherwise non-zero with a one-line reason on stderr.

#include "ShutdownDeadline.h"
#include "catalog/Catalog.h"
#include "catalog/Validation.h"
#include "cli/Options.h"
#include "cli/Output.h"
#include "cli/TaskCopyCommand.h"
#include "cli/TaskCreation.h"
#include "cli/TaskEditCommand.h"
#include "cli/TaskMessagesCommand.h"
#include "cli/TaskMetricsCommand.h"
#include "cli/TaskProgressCommand.h"
#include "common/BuildInfo.h"
#include "common/LoginName.h"
#include "engine/Engine.h"
#include "metrics/MetricsRecorder.h"
#include "metrics/MetricsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>

#include <csignal>
#include <pthread.h>
#include <unistd.h>

using namespace outflow;
using namespace outflow::cli;

namespace {

constexpr auto kUsage = R"(usage: outflow-engine [--catalog PATH] [--threads N] <command>
       outflow-engine --version | --help

commands:
  cluster add --name N --bootstrap HOST:PORT[,..] [--property k=v ...]
              [--security-protocol P] [--sasl-mechanism M] [--sasl-user U] [--sasl-password-file F]
              [--schema-registry URL [--schema-registry-user U] [--schema-registry-password-file F]]
  cluster list
  warehouse add --name N (--local DIR | --hdfs URL --user U) [--metastore thrift://HOST:PORT]
  warehouse list
  task create --file F.json     validate, create and start; prints the new task id
  task list [--json]
  task show ID | task export ID
  task pause|start|restart|delete ID
  task reset ID --to earliest|latest|ISO-8601
                                move the position of a Paused or Error task; offsets
                                already in the warehouse are never written again
  task progress ID [--json] [--interval SECONDS]
                                consumer group: per partition committed offset, log start
                                and end, lag, lag in time, drain ETA; the group's members.
                                The ETA needs a rate: --interval reads twice that far apart
  task messages ID --partition P --last 5|20|60|100 [--json]
                                the last records of a partition the task has dumped, values
                                decoded as the task writes them (schema registry)
  task metrics ID --range 1h|6h|24h|7d [--csv]
                                metrics history, one row per bucket as the charts show it
  task copy ID --name N [--topic T] [--bid B] [--tid T]
                                a new task from ID's definition, created and started
  task edit ID --file F.json    change the source or the target (one per edit) to the
                                file's; F.json as task export prints it
  run                           run every task that is not paused until SIGTERM/SIGINT

--json fields are described in README.md ("Headless engine"). Errors: one line on stderr,
exit status non-zero.
)";

Result<QString> readSecretFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return Result<QString>::fail(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return Result<QString>::ok(QString::fromUtf8(f.readAll()).trimmed());
}

QString sourceText(const TaskDefinition &d) { return d.source.cluster + QStringLiteral(" · ") + d.source.topic; }
QString targetText(const TaskDefinition &d) { return d.target.warehouse + QStringLiteral(" · ") + d.target.bid + u'/' + d.target.tid; }

int clusterCommand(Catalog &catalog, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list")) {
        auto all = catalog.clusters();
        if (!all) return failWith(all.error());
        for (const ClusterConfig &c : all.value())
            out() << c.name << '\t' << c.bootstrapServers << '\t' << c.securityProtocol << '\t' << c.schemaRegistryUrl << Qt::endl;
        return 0;
    }
    if (verb != QLatin1String("add")) return failWith(QStringLiteral("unknown cluster command \"%1\"").arg(verb));
    auto opts = Options::parse(args.mid(1), {QStringLiteral("name"), QStringLiteral("bootstrap"), QStringLiteral("property"),
                                             QStringLiteral("security-protocol"), QStringLiteral("sasl-mechanism"),
                                             QStringLiteral("sasl-user"), QStringLiteral("sasl-password-file"),
                                             QStringLiteral("schema-registry"), QStringLiteral("schema-registry-user"),
                                             QStringLiteral("schema-registry-password-file")});
    if (!opts) return failWith(opts.error());
    ClusterConfig c;
    c.name = opts->value(QStringLiteral("name"));
    c.bootstrapServers = opts->value(QStringLiteral("bootstrap"));
    if (opts->has(QStringLiteral("security-protocol"))) c.securityProtocol = opts->value(QStringLiteral("security-protocol"));
    c.saslMechanism = opts->value(QStringLiteral("sasl-mechanism"));
    c.saslUsername = opts->value(QStringLiteral("sasl-user"));
    // Passwords come from files, not arguments: arguments are visible to every user through /proc.
    if (opts->has(QStringLiteral("sasl-password-file"))) {
        auto password = readSecretFile(opts->value(QStringLiteral("sasl-password-file")));
        if (!password) return failWith(password.error());
        c.saslPassword = password.value();
    }
    c.schemaRegistryUrl = opts->value(QStringLiteral("schema-registry"));
    c.schemaRegistryUsername = opts->value(QStringLiteral("schema-registry-user"));
    if (opts->has(QStringLiteral("schema-registry-password-file"))) {
        auto password = readSecretFile(opts->value(QStringLiteral("schema-registry-password-file")));
        if (!password) return failWith(password.error());
        c.schemaRegistryPassword = password.value();
    }
    for (const QString &kv : opts->values(QStringLiteral("property"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0) return failWith(QStringLiteral("property \"%1\" is not key=value").arg(kv));
        c.properties.insert(kv.left(eq), kv.mid(eq + 1));
    }
    if (Status s = catalog.saveCluster(c); !s) return failWith(s.error());
    return 0;
}

int warehouseCommand(Catalog &catalog, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list")) {
        auto all = catalog.warehouses();
        if (!all) return failWith(all.error());
        for (const WarehouseConfig &w : all.value()) {
            out() << w.name << '\t' << WarehouseConfig::kindName(w.kind) << '\t' << w.location;
            if (!w.metastore.isEmpty()) out() << '\t' << w.metastore;
            out() << Qt::endl;
        }
        return 0;
    }
    if (verb != QLatin1String("add")) return failWith(QStringLiteral("unknown warehouse command \"%1\"").arg(verb));
    auto opts = Options::parse(args.mid(1), {QStringLiteral("name"), QStringLiteral("local"), QStringLiteral("hdfs"), QStringLiteral("user"),
                                             QStringLiteral("metastore")});
    if (!opts) return failWith(opts.error());
    WarehouseConfig w;
    w.name = opts->value(QStringLiteral("name"));
    w.metastore = opts->value(QStringLiteral("metastore"));
    // Before the folder is made: a rejected definition changes nothing.
    if (QString p = Validation::metastoreUrlProblem(w.metastore); !p.isEmpty()) return failWith(p);
    if (opts->has(QStringLiteral("local")) == opts->has(QStringLiteral("hdfs"))) return failWith(QStringLiteral("give exactly one of --local DIR or --hdfs URL"));
    if (opts->has(QStringLiteral("local"))) {
        w.kind = WarehouseConfig::Kind::Local;
        w.location = QDir::cleanPath(QDir::current().absoluteFilePath(opts->value(QStringLiteral("local"))));
        // Registering is the one moment the root may be created (the engine never creates it).
        if (!QDir().mkpath(w.location)) return failWith(QStringLiteral("cannot create warehouse folder %1").arg(w.location));
    } else {
        w.kind = WarehouseConfig::Kind::Hdfs;
        w.location = opts->value(QStringLiteral("hdfs"));
        w.user = opts->value(QStringLiteral("user"));
    }
    if (Status s = catalog.saveWarehouse(w); !s) return failWith(s.error());
    return 0;
}

QJsonObject taskJson(const TaskRecord &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.definition.name},
                       {QStringLiteral("status"), taskStatusName(t.status)},
                       {QStringLiteral("source"), sourceText(t.definition)},
                       {QStringLiteral("target"), targetText(t.definition)},
                       {QStringLiteral("lastError"), t.lastError},
                       {QStringLiteral("createdAt"), t.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("nextRetryAt"), t.nextRetryAt.isValid() ? t.nextRetryAt.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("definition"), t.definition.toJson()}};
}

int taskCommand(Engine &engine, Catalog &catalog, const QStringList &args)
{
    const QString verb = args.value(0);
    const QString actor = QStringLiteral("cli:") + loginName();
    if (verb == QLatin1String("create")) {
        auto opts = Options::parse(args.mid(1), {QStringLiteral("file")});
        if (!opts) return failWith(opts.error());
        auto def = TaskCreation::readDefinitionFile(opts->value(QStringLiteral("file")));
        if (!def) return failWith(def.error());
        return TaskCreation::createAndReport(engine, def.value(), actor);
    }
    // What the console's detail tabs show, and its Copy and Change source/target.
    if (verb == QLatin1String("progress")) return TaskProgressCommand::run(catalog, args.mid(1));
    if (verb == QLatin1String("messages")) return TaskMessagesCommand::run(catalog, args.mid(1));
    if (verb == QLatin1String("metrics")) return TaskMetricsCommand::run(catalog, args.mid(1));
    if (verb == QLatin1String("copy")) return TaskCopyCommand::run(engine, catalog, args.mid(1), actor);
    if (verb == QLatin1String("edit")) return TaskEditCommand::run(engine, catalog, args.mid(1), actor);
    if (verb == QLatin1String("list")) {
        auto opts = Options::parse(args.mid(1), {}, {QStringLiteral("json")});
        if (!opts) return failWith(opts.error());
        auto all = catalog.tasks();
        if (!all) return failWith(all.error());
        if (opts->has(QStringLiteral("json"))) {
            QJsonArray array;
            for (const TaskRecord &t : all.value()) array << taskJson(t);
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const TaskRecord &t : all.value())
            out() << t.id << '\t' << t.definition.name << '\t' << taskStatusName(t.status) << '\t' << sourceText(t.definition) << '\t'
                  << targetText(t.definition) << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("reset")) {
        auto opts = Options::parse(args.mid(2), {QStringLiteral("to")});
        if (!opts) return failWith(opts.error());
        const QString to = opts->value(QStringLiteral("to"));
        if (args.value(1).isEmpty() || args.value(1).startsWith(QLatin1String("--")) || to.isEmpty())
            return failWith(QStringLiteral("usage: task reset ID --to earliest|latest|ISO-8601"));
        auto t = catalog.task(args.value(1));
        if (!t) return failWith(t.error());
        auto summary = engine.resetPosition(t->id, to, actor);
        if (!summary) return failWith(summary.error());
        out() << summary.value() << Qt::endl;
        return 0;
    }
    const QString id = args.value(1);
    if (id.isEmpty() || args.size() > 2) return failWith(QStringLiteral("task %1 takes exactly one task id").arg(verb));
    if (verb == QLatin1String("show") || verb == QLatin1String("export")) {
        auto t = catalog.task(id);
        if (!t) return failWith(t.error());
        if (verb == QLatin1String("export")) {
            out() << QJsonDocument(t->definition.toJson()).toJson(QJsonDocument::Indented);
            return 0;
        }
        QJsonObject shown = taskJson(t.value());
        QJsonArray history;
        auto actions = catalog.actions(t->id);
        if (actions)
            for (const TaskAction &a : actions.value())
                history << QJsonObject{{QStringLiteral("at"), a.at.toString(Qt::ISODateWithMs)}, {QStringLiteral("actor"), a.actor},
                                       {QStringLiteral("action"), a.action}, {QStringLiteral("result"), a.result},
                                       {QStringLiteral("detail"), a.detail}};
        shown.insert(QStringLiteral("history"), history);
        out() << QJsonDocument(shown).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto t = catalog.task(id);
    if (!t) return failWith(t.error());
    Status s = Status::fail(QStringLiteral("unknown task command \"%1\"").arg(verb));
    if (verb == QLatin1String("pause")) s = engine.pauseTask(t->id, actor);
    else if (verb == QLatin1String("start")) s = engine.startTask(t->id, actor);
    else if (verb == QLatin1String("restart")) s = engine.restartTask(t->id, actor);
    else if (verb == QLatin1String("delete")) s = engine.deleteTask(t->id, actor);
    return s ? 0 : failWith(s.error());
}

int runCommand(Engine &engine)
{
    // SIGTERM/SIGINT were blocked before any thread started; wait for one here, then shut
    // down in order: the control loop, then every runner (committing what is written).
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    engine.run();
    QTextStream(stderr) << "outflow-engine: running; SIGTERM or SIGINT stops gracefully" << Qt::endl;
    int signal = 0;
    sigwait(&set, &signal);
    QTextStream(stderr) << "outflow-engine: signal " << signal << ", committing and stopping" << Qt::endl;
    ShutdownDeadline deadline(ShutdownDeadline::kDefaultLimit, "outflow-engine");
    engine.shutdown();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Outflow"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outflow"));

    QStringList args = app.arguments().mid(1);
    QString catalogPath = Catalog::defaultPath();
    int threads = 0;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            out() << kUsage;
            return 0;
        }
        if (opt == QLatin1String("--version")) {
            out() << BuildInfo::versionText(QStringLiteral("outflow-engine"));
            return 0;
        }
        if (args.isEmpty()) return failWith(QStringLiteral("option %1 needs a value").arg(opt));
        if (opt == QLatin1String("--catalog")) catalogPath = args.takeFirst();
        else if (opt == QLatin1String("--threads")) threads = args.takeFirst().toInt();
        else return failWith(QStringLiteral("unknown option %1").arg(opt));
    }
    if (args.isEmpty()) {
        QTextStream(stderr) << kUsage;
        return 2;
    }
    auto catalog = Catalog::open(catalogPath);
    if (!catalog) return failWith(catalog.error());

    const QString group = args.takeFirst();
    if (group == QLatin1String("cluster")) return clusterCommand(*catalog.value(), args);
    if (group == QLatin1String("warehouse")) return warehouseCommand(*catalog.value(), args);

    Engine::Options options;
    if (threads > 0) options.threads = threads;
    options.actor = QStringLiteral("engine@") + QSysInfo::machineHostName(); // $HOSTNAME is a shell variable, rarely exported
    Engine engine(catalog.value(), options);
    if (group == QLatin1String("task")) return taskCommand(engine, *catalog.value(), args);
    if (group == QLatin1String("run") && args.isEmpty()) {
        // runCommand shuts the engine down (no more samples) before the recorder goes, which
        // then writes what is still queued. Without a metrics store the tasks still run: the
        // dump matters more than its charts.
        MetricsRecorder recorder(MetricsStore::pathForCatalog(catalog.value()->path()));
        if (Status s = recorder.start(); s) recorder.attach(engine);
        else QTextStream(stderr) << "outflow-engine: metrics are not recorded: " << s.error() << Qt::endl;
        return runCommand(engine);
    }
    return failWith(QStringLiteral("unknown command \"%1\"; see --help").arg(group));
}
