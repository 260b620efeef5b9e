#pragma once

#include <QStringList>

namespace outflow {
class Catalog;
class Engine;
}

namespace outflow::cli {

/// `task copy ID --name N [--topic T] [--bid B] [--tid T]`: the console's Copy — a new task
/// from another's definition under a new name, created and started like any Create. Two tasks
/// never dump one topic into one table, so a copy of a task that still runs needs another
/// topic or table: the options change them in the copy.
class TaskCopyCommand final
{
public:
    static int run(Engine &engine, Catalog &catalog, const QStringList &args, const QString &actor);
};

} // namespace outflow::cli
