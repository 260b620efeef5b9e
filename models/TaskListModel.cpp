#include "TaskListModel.h"

namespace outflow {

namespace {
// Live figures come from the engine; until it reports them a dash says "unknown", where 0
// would claim the task is idle.
const QString kNoFigure = QStringLiteral("—");
} // namespace

TaskListModel::TaskListModel(QObject *parent) : KeyedTableModel(parent) {}

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
        return taskStatusName(task.status);
    case Source:
        return QStringLiteral("%1 · %2").arg(d.source.cluster, d.source.topic);
    case Target:
        return QStringLiteral("%1 · %2/%3").arg(d.target.warehouse, d.target.bid, d.target.tid);
    case MessagesPerSecond:
    case Lag:
        return kNoFigure;
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
    case Lag:
        return qint64(0);
    default:
        return displayText(task, column);
    }
}

QString TaskListModel::toolTip(const TaskRecord &task, Column column) const
{
    if (column == Status && !task.lastError.isEmpty()) {
        // The one place the list can say why a task stopped without opening its detail page.
        QString tip = task.lastError;
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
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outflow
