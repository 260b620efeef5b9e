#include "KafkaCallPool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace outflow {

QThreadPool *KafkaCallPool::instance()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setObjectName(QStringLiteral("outflow-kafka-calls"));
        // A call still running after the application object is gone would use librdkafka and Qt
        // after their teardown; the calls are bounded, so waiting for them is short.
        qAddPostRoutine([] { instance()->waitForDone(); });
        return p;
    }();
    return pool;
}

} // namespace outflow
