#include "PartitionRegistrar.h"

#include "Metastore.h"
#include "engine/TaskMetrics.h"
#include "warehouse/Warehouse.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace outflow {

namespace {
const QString kSuccessName = QStringLiteral("_SUCCESS");
// Staged like data files, outside every hour folder, so a reader never sees a half marker.
const QString kSuccessStaging = QStringLiteral("_outflow/staging/_success");

QString tableName(const HiveTable &t) { return t.database + u'.' + t.table; }

/// The end of the hour a folder "dt=YYYYMMDD/hr=HH" holds, in the task's time zone.
qint64 hourEndMs(const QString &folder, const QTimeZone &zone)
{
    const auto p = HivePartition::fromFolder(folder, QString());
    if (!p) return -1;
    const QDate day = QDate::fromString(p->dt, QStringLiteral("yyyyMMdd"));
    const QDateTime start(day, QTime(p->hr.toInt(), 0), zone);
    return start.addSecs(3600).toMSecsSinceEpoch();
}
} // namespace

PartitionRegistrar::PartitionRegistrar(std::shared_ptr<Metastore> metastore, HiveTable table, std::shared_ptr<Warehouse> warehouse,
                                       TargetSpec target, int topicPartitions, TaskMetrics &metrics, Timing timing)
    : m_metastore(std::move(metastore)),
      m_table(std::move(table)),
      m_warehouse(std::move(warehouse)),
      m_target(std::move(target)),
      m_topicPartitions(topicPartitions),
      m_metrics(metrics),
      m_timing(timing)
{
}

PartitionRegistrar::~PartitionRegistrar() { stop(); }

void PartitionRegistrar::start()
{
    m_thread = std::make_unique<std::thread>([this] { run(); });
}

void PartitionRegistrar::stop()
{
    if (!m_thread) return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->join();
    m_thread.reset();
}

void PartitionRegistrar::committed(int partition, const QStringList &folders, qint64 maxTimeMs)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype before = m_pending.size();
    for (const QString &f : folders) m_pending.insert(f);
    const bool added = m_pending.size() > before;
    if (maxTimeMs > m_watermarks.value(partition, -1)) m_watermarks.insert(partition, maxTimeMs);
    if (added) m_wake.wakeAll();
}

void PartitionRegistrar::run()
{
    auto delay = m_timing.retryMin;
    for (;;) {
        bool stopping = false;
        {
            QMutexLocker lock(&m_mutex);
            stopping = m_stopping;
        }
        Status s = m_tableReady ? Status::ok() : prepareTable();
        if (s) s = registerPending();
        if (s) closeDueHours();
        if (stopping) break; // the last round ran after the sinks' final commits
        QMutexLocker lock(&m_mutex);
        if (m_stopping) continue;
        if (s) {
            delay = m_timing.retryMin;
            // Sleep until a sink commits a new folder, or the next look at closing hours.
            m_wake.wait(&m_mutex, QDeadlineTimer(m_timing.closeCheck));
        } else {
            m_wake.wait(&m_mutex, QDeadlineTimer(delay));
            delay = std::min(delay * 2, m_timing.retryMax);
        }
    }
}

Status PartitionRegistrar::prepareTable()
{
    Status s = findOrCreateTable();
    if (!s) {
        QSet<QString> waiting;
        {
            QMutexLocker lock(&m_mutex);
            waiting = m_pending;
        }
        if (!waiting.isEmpty()) persistPending(waiting);
        noteOutage(s.error(), int(waiting.size()));
    }
    return s;
}

Status PartitionRegistrar::findOrCreateTable()
{
    auto existing = m_metastore->table(m_table.database, m_table.table);
    if (!existing) return Status::fail(existing.error());
    if (!existing.value()) {
        if (Status s = m_metastore->createTable(m_table); !s) return s;
        m_metrics.notice({QStringLiteral("Hive table created"),
                          QStringLiteral("%1 at %2 in %3").arg(tableName(m_table), m_table.location, m_metastore->address())});
    } else {
        const Metastore::TableInfo &info = *existing.value();
        if (QString why = m_table.mismatch(info.table, info.partitionKeys, info.external); !why.isEmpty()) {
            // Never altered silently: the operator decides (drop it, or change the target).
            return Status::fail(why + QStringLiteral("; no partitions are registered until it matches"));
        }
        auto known = m_metastore->partitions(m_table.database, m_table.table);
        if (!known) return Status::fail(known.error());
        for (const HivePartition &p : known.value()) {
            m_registered.insert(p.name());
            if (!p.parameters.contains(closedParameter())) m_openHours.insert(p.name());
        }
    }
    // Folders an earlier run committed while the metastore was away.
    auto waiting = m_warehouse->readOwnFile(m_target.bid, m_target.tid, pendingFileName());
    if (waiting && waiting.value()) {
        QMutexLocker lock(&m_mutex);
        for (const QByteArray &line : waiting.value()->split('\n'))
            if (!line.isEmpty()) m_pending.insert(QString::fromUtf8(line));
        m_pendingFileWritten = true;
    }
    m_tableReady = true;
    return Status::ok();
}

Status PartitionRegistrar::registerPending()
{
    QSet<QString> batch;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &f : std::as_const(m_pending))
            if (!m_registered.contains(f)) batch.insert(f);
        m_pending.subtract(m_registered);
    }
    if (batch.isEmpty()) {
        if (m_pendingFileWritten) persistPending({});
        return Status::ok();
    }
    QList<HivePartition> partitions;
    for (const QString &f : std::as_const(batch))
        if (auto p = HivePartition::fromFolder(f, m_table.location)) partitions << *p;
    std::sort(partitions.begin(), partitions.end(), [](const HivePartition &a, const HivePartition &b) { return a.name() < b.name(); });
    if (Status s = m_metastore->addPartitions(m_table.database, m_table.table, partitions); !s) {
        persistPending(batch);
        noteOutage(s.error(), int(batch.size()));
        return s;
    }
    m_registered.unite(batch);
    m_openHours.unite(batch);
    {
        QMutexLocker lock(&m_mutex);
        m_pending.subtract(batch);
    }
    if (m_pendingFileWritten) persistPending({});
    if (!m_outage.isEmpty()) {
        m_outage.clear();
        m_metrics.notice({QStringLiteral("Hive registration caught up"),
                          QStringLiteral("%1 partition(s) of %2 registered after the metastore answered again")
                              .arg(batch.size())
                              .arg(tableName(m_table))});
    }
    return Status::ok();
}

void PartitionRegistrar::noteOutage(const QString &error, int waiting)
{
    // Once per outage: retries every few seconds must not flood the action history.
    if (!m_outage.isEmpty()) return;
    m_outage = error;
    m_metrics.notice({QStringLiteral("Hive registration waits"),
                      QStringLiteral("Registering %1 in the Hive Metastore waits (%2 partition(s) so far); the task keeps writing "
                                     "and registers them once this is resolved: %3")
                          .arg(tableName(m_table))
                          .arg(waiting)
                          .arg(error)});
}

void PartitionRegistrar::persistPending(const QSet<QString> &waiting)
{
    QStringList folders(waiting.begin(), waiting.end());
    folders.sort();
    Status s = folders.isEmpty() ? m_warehouse->removeOwnFile(m_target.bid, m_target.tid, pendingFileName())
                                 : m_warehouse->writeOwnFile(m_target.bid, m_target.tid, pendingFileName(),
                                                             folders.join(u'\n').toUtf8() + '\n');
    if (s) m_pendingFileWritten = !folders.isEmpty();
    else qWarning("outflow: cannot keep the Hive partitions waiting for %s: %s", qPrintable(tableName(m_table)), qPrintable(s.error()));
}

bool PartitionRegistrar::partitionPast(int partition, qint64 dueMs, qint64 nowMs) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_watermarks.value(partition, -1) >= dueMs) return true;
    }
    // A partition with nothing left to read cannot bring records for the hour unless a producer
    // writes late ones; once the grace period passed on the clock too, it does not hold the hour.
    if (nowMs < dueMs) return false;
    for (const PartitionSnapshot &p : m_metrics.snapshot())
        if (p.partition == partition) return p.committedOffset >= 0 && p.highWatermark >= 0 && p.committedOffset >= p.highWatermark;
    return false;
}

void PartitionRegistrar::closeDueHours()
{
    const QTimeZone zone(m_target.timezone.toUtf8());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList due;
    for (const QString &folder : std::as_const(m_openHours)) {
        const qint64 end = hourEndMs(folder, zone);
        if (end < 0) continue;
        const qint64 dueMs = end + qint64(m_target.closeGraceSec) * 1000;
        bool past = m_topicPartitions > 0;
        for (int p = 0; p < m_topicPartitions && past; ++p) past = partitionPast(p, dueMs, now);
        if (past) due << folder;
    }
    due.sort();
    for (const QString &folder : std::as_const(due)) {
        if (Status s = closeHour(folder); !s) {
            qWarning("outflow: cannot close hour %s of %s: %s", qPrintable(folder), qPrintable(tableName(m_table)), qPrintable(s.error()));
            return; // the next round tries again
        }
        m_openHours.remove(folder);
    }
}

Status PartitionRegistrar::closeHour(const QString &folder)
{
    const QString marker = folder + u'/' + kSuccessName;
    auto exists = m_warehouse->hasFile(m_target.bid, m_target.tid, marker);
    if (!exists) return Status::fail(exists.error());
    if (!exists.value()) {
        auto file = m_warehouse->createFile(m_target.bid, m_target.tid, kSuccessStaging,
                                            QStringLiteral(".success.%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128)));
        if (!file) return Status::fail(file.error());
        if (Status s = file.value()->commit(folder, kSuccessName); !s) {
            file.value()->abandon();
            // Another engine of the task may have closed the hour first: that is the same outcome.
            auto again = m_warehouse->hasFile(m_target.bid, m_target.tid, marker);
            if (!again || !again.value()) return s;
        }
    }
    auto partition = HivePartition::fromFolder(folder, m_table.location);
    return m_metastore->setPartitionParameters(
        m_table.database, m_table.table, *partition,
        {{closedParameter(), QStringLiteral("true")},
         {closedAtParameter(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

} // namespace outflow
