#include "TaskCreation.h"

#include "Output.h"
#include "engine/Engine.h"

#include <QFile>

namespace outflow::cli {

Result<TaskDefinition> TaskCreation::readDefinitionFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<TaskDefinition>::fail(QStringLiteral("cannot read task definition %1: %2").arg(f.fileName(), f.errorString()));
    return TaskDefinition::fromJsonBytes(f.readAll());
}

int TaskCreation::createAndReport(Engine &engine, const TaskDefinition &definition, const QString &actor)
{
    QString createError;
    auto id = engine.createTask(definition, actor, &createError);
    if (!id) return failWith(id.error());
    out() << id.value() << Qt::endl;
    if (!createError.isEmpty()) return failWith(QStringLiteral("task %1 is CreateFailed: %2").arg(id.value(), createError));
    return 0;
}

} // namespace outflow::cli
