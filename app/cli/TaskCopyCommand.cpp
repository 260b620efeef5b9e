#include "TaskCopyCommand.h"

#include "Options.h"
#include "Output.h"
#include "TaskCreation.h"
#include "catalog/Catalog.h"

namespace outflow::cli {

int TaskCopyCommand::run(Engine &engine, Catalog &catalog, const QStringList &args, const QString &actor)
{
    auto opts = Options::parse(args, {QStringLiteral("name"), QStringLiteral("topic"), QStringLiteral("bid"), QStringLiteral("tid")});
    if (!opts) return failWith(opts.error());
    if (opts->positional().size() != 1 || !opts->has(QStringLiteral("name")))
        return failWith(QStringLiteral("usage: task copy ID --name N [--topic T] [--bid B] [--tid T]"));
    auto base = catalog.task(opts->positional().first());
    if (!base) return failWith(base.error());
    TaskDefinition copy = base->definition;
    copy.name = opts->value(QStringLiteral("name"));
    if (opts->has(QStringLiteral("topic"))) copy.source.topic = opts->value(QStringLiteral("topic"));
    if (opts->has(QStringLiteral("bid"))) copy.target.bid = opts->value(QStringLiteral("bid"));
    if (opts->has(QStringLiteral("tid"))) copy.target.tid = opts->value(QStringLiteral("tid"));
    // createTask validates all of it (name rules, a name already taken, a table already
    // dumped into) before it records anything.
    return TaskCreation::createAndReport(engine, copy, actor);
}

} // namespace outflow::cli
