#pragma once

#include "Metric.h"
#include "MetricsDeriver.h"
#include "common/Result.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

namespace outflow {

class Engine;

/// Records the engine's samples into the metrics store, off the thread that produced them.
///
/// attach() listens to Engine::samplesReady directly on the engine's control thread: deriving
/// rates is a few hash lookups, so it happens there, and the rows are queued to the recorder's
/// own writer thread, which writes each batch in one transaction (one a second) and prunes
/// every minute. The GUI and the headless engine record the same way.
class MetricsRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsRecorder)

public:
    static constexpr qint64 kPruneIntervalMs = 60 * 1000;

    explicit MetricsRecorder(QString storePath, QObject *parent = nullptr);
    /// Writes what is queued, then stops the writer thread.
    ~MetricsRecorder() override;

    /// Opens the store on the writer thread; the error says why recording is impossible.
    Status start();
    /// Records every batch `engine` samples from now on. The recorder must outlive the engine's
    /// run (destroy or shut down the engine first).
    void attach(Engine &engine);
    /// Derives and queues one batch; callable from any thread.
    void record(const TaskSamples &samples);
    /// Blocks until everything queued so far is written; the last write error, if any.
    Status flush();

    const QString &storePath() const { return m_storePath; }

Q_SIGNALS:
    /// The points of one batch, as they are being written (from the thread that recorded them).
    void pointsRecorded(const outflow::MetricRows &rows);

private:
    void writerLoop();

    QString m_storePath;
    MetricsDeriver m_deriver;
    QMutex m_deriverMutex;

    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    QList<MetricRows> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    bool m_opened = false;
    QString m_openError;
    QString m_lastError;
    QThread *m_thread = nullptr;
};

} // namespace outflow
