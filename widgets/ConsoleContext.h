#pragma once

#include "catalog/Catalog.h"

#include <memory>

namespace outflow {

class Engine;
class MetricsRecorder;

/// What every page needs to act: the shared catalog, the in-process engine (whose lifecycle
/// calls block, so pages call them through QtConcurrent) and who the history records as actor.
struct ConsoleContext
{
    std::shared_ptr<Catalog> catalog;
    Engine *engine = nullptr;
    QString actor;
    /// Records the engine's samples; charts read its store and follow its live points. Null
    /// when this console records no metrics (charts say so).
    MetricsRecorder *metrics = nullptr;
};

} // namespace outflow
