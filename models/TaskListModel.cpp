#include "TaskListModel.h"

#include "common/Messages.h"

#include <QLocale>

#include <cmath>

namespace outflow {

namespace {
// Live figures come from the engine; until it reports them a dash says "unknown", where 0
// would claim the task is idle.
const QString kNoFigure = QStringLiteral("—");
} // namespace

TaskListModel::TaskListModel(QObject *parent) : KeyedTableModel(parent) {}

std::optional<TaskRecord> TaskListModel::taskById(const QString &id) const
{
    const int row = rowOfKey(id);
    if (row < 0) return std::nullopt;
    return item(row);
}

QString TaskListModel::statusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Creating: return tr("Creating");
    case TaskStatus::CreateFailed: return tr("CreateFailed");
    case TaskStatus::Running: return tr("Running");
    case TaskStatus::Pausing: return tr("Pausing");
    case TaskStatus::Paused: return tr("Paused");
    case TaskStatus::Resuming: return tr("Resuming");
    case TaskStatus::Error: return tr("Error");
    case TaskStatus::Restarting: return tr("Restarting");
    case TaskStatus::Deleting: return tr("Deleting");
    }
    return taskStatusName(status);
}

void TaskListModel::applySamples(const TaskSamples &samples)
{
    QHash<QString, Live> next;
    next.reserve(samples.size());
    double total = 0;
    for (const TaskSample &sample : samples) {
        Live live;
        live.atMs = sample.atMs;
        qint64 lag = 0;
        bool lagKnown = false;
        for (const PartitionSnapshot &p : sample.partitions) {
            live.messagesIn += p.messagesIn;
            if (const qint64 l = p.lag(); l >= 0) {
                lag += l;
                lagKnown = true;
            }
        }
        if (lagKnown) live.lag = lag;
        const auto previous = m_live.constFind(sample.taskId);
        // A counter that went down means the runner was rebuilt (restart): no rate this time
        // rather than a negative one.
        if (previous != m_live.cend() && sample.atMs > previous->atMs && live.messagesIn >= previous->messagesIn) {
            live.rate = double(live.messagesIn - previous->messagesIn) * 1000.0 / double(sample.atMs - previous->atMs);
            total += *live.rate;
        }
        next.insert(sample.taskId, live);
    }
    // Tasks that left the batch (paused, deleted) lose their figures too, so they count as
    // changed rows as well.
    QSet<QString> touched;
    for (auto it = next.cbegin(); it != next.cend(); ++it) touched.insert(it.key());
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) touched.insert(it.key());
    m_live = std::move(next);
    m_totalRate = total;

    int first = -1, last = -1;
    for (const QString &id : std::as_const(touched)) {
        const int row = rowOfKey(id);
        if (row < 0) continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0) Q_EMIT dataChanged(index(first, MessagesPerSecond), index(last, Lag));
}

void TaskListModel::setBusy(const QString &taskId, const QString &label)
{
    m_busy.insert(taskId, label);
    emitRowChanged(taskId);
}

void TaskListModel::clearBusy(const QString &taskId)
{
    if (m_busy.remove(taskId) > 0) emitRowChanged(taskId);
}

void TaskListModel::emitRowChanged(const QString &taskId)
{
    const int row = rowOfKey(taskId);
    if (row >= 0) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskListModel::sameContent(const TaskRecord &a, const TaskRecord &b) const
{
    return a.id == b.id && a.definition == b.definition && a.status == b.status && a.lastError == b.lastError
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.nextRetryAt == b.nextRetryAt
        && a.retryCount == b.retryCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const TaskRecord &task = item(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(task, column);
    case Qt::ToolTipRole:
        return toolTip(task, column);
    case Qt::TextAlignmentRole:
        if (column == MessagesPerSecond || column == Lag) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(task.status);
    case BusyRole:
        return m_busy.contains(task.id);
    case TaskIdRole:
        return task.id;
    case SortRole:
        return sortValue(task, column);
    default:
        return {};
    }
}

QString TaskListModel::displayText(const TaskRecord &task, Column column) const
{
    const TaskDefinition &d = task.definition;
    switch (column) {
    case Id:
        return task.id;
    case Name:
        return d.name;
    case Status:
        return m_busy.value(task.id, statusLabel(task.status));
    case Source:
        return QStringLiteral("%1 · %2").arg(d.source.cluster, d.source.topic);
    case Target:
        return QStringLiteral("%1 · %2/%3").arg(d.target.warehouse, d.target.bid, d.target.tid);
    case MessagesPerSecond: {
        const Live live = m_live.value(task.id);
        if (!live.rate) return kNoFigure;
        // Whole messages read better in a list; a trickle below 10/s keeps one decimal so it
        // does not look like 0.
        return *live.rate < 10 ? QLocale().toString(*live.rate, 'f', 1) : QLocale().toString(qRound64(*live.rate));
    }
    case Lag: {
        const Live live = m_live.value(task.id);
        return live.lag ? QLocale().toString(*live.lag) : kNoFigure;
    }
    case Operations:
        return {};
    case Created:
        // Minutes are enough to tell tasks apart in a list; the tooltip has the exact time.
        if (!task.createdAt.isValid()) return kNoFigure;
        return task.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaskListModel::sortValue(const TaskRecord &task, Column column) const
{
    switch (column) {
    case Created:
        return task.createdAt.isValid() ? task.createdAt.toMSecsSinceEpoch() : qint64(0);
    case MessagesPerSecond:
        return m_live.value(task.id).rate.value_or(-1.0);
    case Lag:
        return m_live.value(task.id).lag.value_or(-1);
    default:
        return displayText(task, column);
    }
}

QString TaskListModel::toolTip(const TaskRecord &task, Column column) const
{
    if (column == Status && !task.lastError.isEmpty()) {
        // The one place the list can say why a task stopped without opening its detail page.
        QString tip = Messages::translate(task.lastError);
        if (task.nextRetryAt.isValid())
            tip += u'\n'
                + tr("Retry %1 at %2")
                      .arg(task.retryCount + 1)
                      .arg(task.nextRetryAt.toLocalTime().toString(Qt::ISODate));
        return tip;
    }
    if (column == Created && task.createdAt.isValid())
        return task.createdAt.toLocalTime().toString(Qt::ISODate);
    if (column == Source) {
        const SourceSpec &s = task.definition.source;
        return tr("Topic %1 on cluster %2, starting at %3").arg(s.topic, s.cluster, s.start);
    }
    return displayText(task, column);
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole) {
        // Numbers are right-aligned in their cells; their headings follow them.
        if (section == MessagesPerSecond || section == Lag) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case MessagesPerSecond:
        return tr("msg/s");
    case Lag:
        return tr("Lag");
    case Created:
        return tr("Created");
    case Operations:
        return tr("Operations");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
