#pragma once

class QThreadPool;

namespace outflow {

/// The threads behind the consumer-group, progress and "last N dumped" async calls: a few, apart
/// from the global pool, so a slow cluster cannot starve the rest of the application's
/// QtConcurrent work. Every call run on it is bounded by its own timeout.
class KafkaCallPool final
{
public:
    static QThreadPool *instance();
};

} // namespace outflow
