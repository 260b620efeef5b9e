#include "MetricsRecorder.h"

#include "MetricsStore.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace outflow {

Q_LOGGING_CATEGORY(lcMetrics, "outflow.metrics")

MetricsRecorder::MetricsRecorder(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<MetricRows>();
}

MetricsRecorder::~MetricsRecorder()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
    }
    m_wake.wakeAll();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

Status MetricsRecorder::start()
{
    QMutexLocker lock(&m_mutex);
    if (!m_thread) {
        m_thread = QThread::create([this] { writerLoop(); });
        m_thread->setObjectName(QStringLiteral("outflow-metrics-writer"));
        m_thread->start();
    }
    while (!m_opened && m_openError.isEmpty()) m_idle.wait(&m_mutex);
    return m_openError.isEmpty() ? Status::ok() : Status::fail(m_openError);
}

void MetricsRecorder::attach(Engine &engine)
{
    // Direct: runs on the engine's control thread, which then goes back to sleep for a second.
    connect(&engine, &Engine::samplesReady, this, [this](const TaskSamples &samples) { record(samples); }, Qt::DirectConnection);
}

void MetricsRecorder::record(const TaskSamples &samples)
{
    MetricRows rows;
    {
        QMutexLocker lock(&m_deriverMutex);
        rows = m_deriver.derive(samples);
    }
    if (rows.isEmpty()) return;
    {
        QMutexLocker lock(&m_mutex);
        // Without a store (not started, or it failed to open) nothing would drain the queue.
        if (m_opened && !m_stop) m_queue << rows;
    }
    m_wake.wakeAll();
    Q_EMIT pointsRecorded(rows);
}

Status MetricsRecorder::flush()
{
    QMutexLocker lock(&m_mutex);
    while ((!m_queue.isEmpty() || m_busy) && m_openError.isEmpty() && m_thread) m_idle.wait(&m_mutex);
    if (!m_openError.isEmpty()) return Status::fail(m_openError);
    return m_lastError.isEmpty() ? Status::ok() : Status::fail(m_lastError);
}

void MetricsRecorder::writerLoop()
{
    auto store = MetricsStore::open(m_storePath);
    {
        QMutexLocker lock(&m_mutex);
        if (store) m_opened = true;
        else m_openError = store.error();
    }
    m_idle.wakeAll();
    if (!store) {
        qCWarning(lcMetrics) << "metrics are not recorded:" << store.error();
        return;
    }
    QElapsedTimer sincePrune;
    sincePrune.start();
    if (Status s = store.value()->prune(QDateTime::currentMSecsSinceEpoch()); !s) qCWarning(lcMetrics) << s.error();
    for (;;) {
        QList<MetricRows> batches;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stop) m_wake.wait(&m_mutex);
            if (m_queue.isEmpty() && m_stop) return;
            batches.swap(m_queue);
            m_busy = true;
        }
        // Normally one batch; after a slow disk, everything that piled up goes in one transaction.
        MetricRows rows;
        for (const MetricRows &b : std::as_const(batches)) rows << b;
        Status s = store.value()->write(rows);
        if (s && sincePrune.elapsed() >= kPruneIntervalMs) {
            s = store.value()->prune(QDateTime::currentMSecsSinceEpoch());
            sincePrune.restart();
        }
        if (!s) qCWarning(lcMetrics) << s.error();
        {
            QMutexLocker lock(&m_mutex);
            m_busy = false;
            if (!s) m_lastError = s.error();
        }
        m_idle.wakeAll();
    }
}

} // namespace outflow
