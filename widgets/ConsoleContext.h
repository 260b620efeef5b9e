#pragma once

#include "catalog/Catalog.h"

#include <memory>

namespace outflow {

class Engine;

/// What every page needs to act: the shared catalog, the in-process engine (whose lifecycle
/// calls block, so pages call them through QtConcurrent) and who the history records as actor.
struct ConsoleContext
{
    std::shared_ptr<Catalog> catalog;
    Engine *engine = nullptr;
    QString actor;
};

} // namespace outflow
