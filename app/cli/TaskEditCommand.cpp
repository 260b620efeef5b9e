#include "TaskEditCommand.h"

#include "Options.h"
#include "Output.h"
#include "TaskCreation.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"

namespace outflow::cli {

int TaskEditCommand::run(Engine &engine, Catalog &catalog, const QStringList &args, const QString &actor)
{
    auto opts = Options::parse(args, {QStringLiteral("file")});
    if (!opts) return failWith(opts.error());
    if (opts->positional().size() != 1 || !opts->has(QStringLiteral("file")))
        return failWith(QStringLiteral("usage: task edit ID --file F.json"));
    auto task = catalog.task(opts->positional().first());
    if (!task) return failWith(task.error());
    auto edited = TaskCreation::readDefinitionFile(opts->value(QStringLiteral("file")));
    if (!edited) return failWith(edited.error());

    const TaskDefinition &current = task->definition;
    if (edited->name != current.name)
        return failWith(QStringLiteral("task edit changes the source or the target, not the name (\"%1\" in the file, \"%2\" in task %3); "
                                       "task copy makes a task with a new name")
                            .arg(edited->name, current.name, task->id));
    if (edited->parallelism != current.parallelism)
        return failWith(QStringLiteral("task edit changes the source or the target, not the parallelism (%1 in the file, %2 in task %3)")
                            .arg(edited->parallelism)
                            .arg(current.parallelism)
                            .arg(task->id));
    const bool sourceChanged = edited->source != current.source;
    const bool targetChanged = edited->target != current.target;
    if (sourceChanged && targetChanged)
        return failWith(QStringLiteral("the file changes both the source and the target of task %1; change one, then the other, "
                                       "as the console does")
                            .arg(task->id));
    if (!sourceChanged && !targetChanged) {
        out() << "Task " << task->id << ": the file has its current source and target; nothing changed." << Qt::endl;
        return 0;
    }
    const Status s = sourceChanged ? engine.changeSource(task->id, edited->source, actor)
                                   : engine.changeTarget(task->id, edited->target, actor);
    if (!s) return failWith(s.error());
    out() << "Task " << task->id << ": the data " << (sourceChanged ? "source" : "target") << " was changed; a running task restarts on it."
          << Qt::endl;
    return 0;
}

} // namespace outflow::cli
