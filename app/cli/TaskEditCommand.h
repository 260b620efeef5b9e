#pragma once

#include <QStringList>

namespace outflow {
class Catalog;
class Engine;
}

namespace outflow::cli {

/// `task edit ID --file F.json`: the console's Change data source / Change data target. The
/// file is the task's definition (as `task export` prints it) with a new source or a new
/// target; Engine::changeSource / changeTarget check and record it exactly as for the console.
///
/// One of the two per edit, like the console's two actions: each is checked against the
/// cluster or the warehouse before it is written, so a failed check never leaves half of a
/// two-part change behind. The name and the parallelism are not editable (Copy makes a new
/// name).
class TaskEditCommand final
{
public:
    static int run(Engine &engine, Catalog &catalog, const QStringList &args, const QString &actor);
};

} // namespace outflow::cli
