#include "TaskFilterProxyModel.h"
#include "TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using namespace outflow;

namespace {
TaskRecord task(const QString &id, const QString &name, TaskStatus status, qint64 createdSec = 1700000000)
{
    TaskRecord t;
    t.id = id;
    t.definition.name = name;
    t.definition.source = {QStringLiteral("local"), QStringLiteral("orders"), QStringLiteral("earliest")};
    t.definition.target.warehouse = QStringLiteral("wh");
    t.definition.target.bid = QStringLiteral("b_demo");
    t.definition.target.tid = QStringLiteral("t_orders");
    t.status = status;
    t.createdAt = QDateTime::fromSecsSinceEpoch(createdSec, QTimeZone::utc());
    t.updatedAt = t.createdAt;
    return t;
}

QList<TaskRecord> threeTasks()
{
    return {task(QStringLiteral("datahub-aaaa0001"), QStringLiteral("orders_dump"), TaskStatus::Running, 1700000000),
            task(QStringLiteral("datahub-aaaa0002"), QStringLiteral("clicks_dump"), TaskStatus::Paused, 1700000100),
            task(QStringLiteral("datahub-aaaa0003"), QStringLiteral("payments_dump"), TaskStatus::Running,
                 1700000200)};
}

/// Counts every structural signal so a test can assert that only the expected one fired.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *m)
        : dataChanged(m, &QAbstractItemModel::dataChanged), rowsInserted(m, &QAbstractItemModel::rowsInserted),
          rowsRemoved(m, &QAbstractItemModel::rowsRemoved), modelReset(m, &QAbstractItemModel::modelReset),
          layoutChanged(m, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy dataChanged, rowsInserted, rowsRemoved, modelReset, layoutChanged;
};

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts) out << QString::fromUtf8(t);
    return out;
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, col).data().toString();
    return out;
}
} // namespace

class TestTaskListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheColumnsOfTheConsole()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks({task(QStringLiteral("datahub-aaaa0001"), QStringLiteral("orders_dump"), TaskStatus::Error)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(TaskListModel::ColumnCount));
        const auto cell = [&](TaskListModel::Column c) { return model.index(0, c).data().toString(); };
        QCOMPARE(cell(TaskListModel::Id), QStringLiteral("datahub-aaaa0001"));
        QCOMPARE(cell(TaskListModel::Name), QStringLiteral("orders_dump"));
        QCOMPARE(cell(TaskListModel::Status), QStringLiteral("Error"));
        QCOMPARE(cell(TaskListModel::Source), QStringLiteral("local · orders"));
        QCOMPARE(cell(TaskListModel::Target), QStringLiteral("wh · b_demo/t_orders"));
        QCOMPARE(cell(TaskListModel::MessagesPerSecond), QStringLiteral("—"));
        QCOMPARE(cell(TaskListModel::Lag), QStringLiteral("—"));
        QCOMPARE(model.index(0, TaskListModel::Name).data(TaskListModel::StatusRole).toInt(), int(TaskStatus::Error));
        QCOMPARE(model.headerData(TaskListModel::Id, Qt::Horizontal).toString(), QStringLiteral("ID"));
    }

    void changingOneStatusEmitsDataChangedForThatRowOnly()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskRecord> tasks = threeTasks();
        model.setTasks(tasks);
        ModelSignals spy(&model);

        tasks[1].status = TaskStatus::Error;
        tasks[1].lastError = QStringLiteral("Cannot reach Kafka cluster");
        model.setTasks(tasks);

        QCOMPARE(spy.modelReset.count(), 0);
        QCOMPARE(spy.layoutChanged.count(), 0);
        QCOMPARE(spy.rowsInserted.count(), 0);
        QCOMPARE(spy.rowsRemoved.count(), 0);
        QCOMPARE(spy.dataChanged.count(), 1);
        const auto topLeft = spy.dataChanged.first().at(0).value<QModelIndex>();
        const auto bottomRight = spy.dataChanged.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(model.index(1, TaskListModel::Status).data().toString(), QStringLiteral("Error"));

        // The same list again is not a change at all.
        model.setTasks(tasks);
        QCOMPARE(spy.dataChanged.count(), 1);
    }

    void addingOneTaskEmitsRowsInsertedOnly()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskRecord> tasks = threeTasks();
        model.setTasks(tasks);
        ModelSignals spy(&model);

        tasks.insert(0, task(QStringLiteral("datahub-aaaa0004"), QStringLiteral("refunds_dump"), TaskStatus::Creating));
        model.setTasks(tasks);

        QCOMPARE(spy.rowsInserted.count(), 1);
        QCOMPARE(spy.rowsInserted.first().at(1).toInt(), 3);
        QCOMPARE(spy.rowsInserted.first().at(2).toInt(), 3);
        QCOMPARE(spy.dataChanged.count(), 0);
        QCOMPARE(spy.rowsRemoved.count(), 0);
        QCOMPARE(spy.modelReset.count(), 0);
        QCOMPARE(spy.layoutChanged.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOfKey(QStringLiteral("datahub-aaaa0004")), 3);
    }

    void removingOneTaskEmitsRowsRemovedOnly()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskRecord> tasks = threeTasks();
        model.setTasks(tasks);
        ModelSignals spy(&model);

        tasks.removeAt(1);
        model.setTasks(tasks);

        QCOMPARE(spy.rowsRemoved.count(), 1);
        QCOMPARE(spy.rowsRemoved.first().at(1).toInt(), 1);
        QCOMPARE(spy.rowsRemoved.first().at(2).toInt(), 1);
        QCOMPARE(spy.dataChanged.count(), 0);
        QCOMPARE(spy.rowsInserted.count(), 0);
        QCOMPARE(spy.modelReset.count(), 0);
        QCOMPARE(spy.layoutChanged.count(), 0);
        QCOMPARE(column(model, TaskListModel::Id),
                 list({"datahub-aaaa0001", "datahub-aaaa0003"}));
    }

    void mixedChangeKeepsRowsConsistent()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks(threeTasks());
        QList<TaskRecord> next = threeTasks();
        next.removeFirst();
        next.removeLast();
        next.first().status = TaskStatus::Resuming;
        next << task(QStringLiteral("datahub-aaaa0009"), QStringLiteral("late_dump"), TaskStatus::Creating);
        model.setTasks(next);
        QCOMPARE(column(model, TaskListModel::Id),
                 list({"datahub-aaaa0002", "datahub-aaaa0009"}));
        QCOMPARE(model.index(0, TaskListModel::Status).data().toString(), QStringLiteral("Resuming"));
        model.setTasks({});
        QCOMPARE(model.rowCount(), 0);
    }

    void liveSamplesGiveRateAndLagInOneSpanWithoutReset()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks(threeTasks());
        ModelSignals spy(&model);
        const auto sample = [](const QString &id, qint64 atMs, qint64 in, qint64 committed, qint64 high) {
            PartitionSnapshot p;
            p.partition = 0;
            p.messagesIn = in;
            p.committedOffset = committed;
            p.highWatermark = high;
            return TaskSample{id, atMs, {p}};
        };
        model.applySamples({sample(QStringLiteral("datahub-aaaa0001"), 1000, 100, 90, 100),
                            sample(QStringLiteral("datahub-aaaa0003"), 1000, 0, 0, 5)});
        QCOMPARE(model.index(0, TaskListModel::MessagesPerSecond).data().toString(), QStringLiteral("—")); // one sample: no rate yet
        QCOMPARE(model.index(0, TaskListModel::Lag).data().toString(), QStringLiteral("10"));
        model.applySamples({sample(QStringLiteral("datahub-aaaa0001"), 2000, 600, 600, 600),
                            sample(QStringLiteral("datahub-aaaa0003"), 2000, 5, 5, 5)});
        QCOMPARE(model.index(0, TaskListModel::MessagesPerSecond).data().toString(), QStringLiteral("500"));
        QCOMPARE(model.index(2, TaskListModel::MessagesPerSecond).data().toString(), QStringLiteral("5.0"));
        QCOMPARE(model.index(0, TaskListModel::Lag).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.totalMessagesPerSecond(), 505.0);

        QCOMPARE(spy.modelReset.count(), 0);
        QCOMPARE(spy.layoutChanged.count(), 0);
        QCOMPARE(spy.dataChanged.count(), 2); // one per batch
        const auto topLeft = spy.dataChanged.last().at(0).value<QModelIndex>();
        const auto bottomRight = spy.dataChanged.last().at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model.index(0, TaskListModel::MessagesPerSecond));
        QCOMPARE(bottomRight, model.index(2, TaskListModel::Lag));

        model.setBusy(QStringLiteral("datahub-aaaa0002"), QStringLiteral("Pausing…"));
        QCOMPARE(model.index(1, TaskListModel::Status).data().toString(), QStringLiteral("Pausing…"));
        QVERIFY(model.index(1, TaskListModel::Operations).data(TaskListModel::BusyRole).toBool());
        model.clearBusy(QStringLiteral("datahub-aaaa0002"));
        QCOMPARE(model.index(1, TaskListModel::Status).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(spy.modelReset.count(), 0);
    }

    void proxyFiltersByNameOrIdAndState()
    {
        TaskListModel model;
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks(threeTasks());
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setSearchText(QStringLiteral("CLICKS"));
        QCOMPARE(column(proxy, TaskListModel::Name), list({"clicks_dump"}));
        proxy.setSearchText(QStringLiteral("aaaa0003"));
        QCOMPARE(column(proxy, TaskListModel::Name), list({"payments_dump"}));
        proxy.setSearchText(QStringLiteral("no-such-task"));
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setSearchText(QString());
        proxy.setStatusFilter(TaskStatus::Running);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void failedTasksSortFirstInBothDirections()
    {
        TaskListModel model;
        TaskFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TaskRecord> tasks = threeTasks();
        model.setTasks(tasks);

        proxy.sort(TaskListModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(proxy, TaskListModel::Name),
                 list({"clicks_dump", "orders_dump", "payments_dump"}));

        // A status change re-sorts through dataChanged: the failed task jumps to the top.
        tasks[2].status = TaskStatus::Error;
        model.setTasks(tasks);
        QCOMPARE(column(proxy, TaskListModel::Name),
                 list({"payments_dump", "clicks_dump", "orders_dump"}));

        proxy.sort(TaskListModel::Name, Qt::DescendingOrder);
        QCOMPARE(column(proxy, TaskListModel::Name),
                 list({"payments_dump", "orders_dump", "clicks_dump"}));

        proxy.sort(TaskListModel::Created, Qt::DescendingOrder);
        QCOMPARE(column(proxy, TaskListModel::Name),
                 list({"payments_dump", "clicks_dump", "orders_dump"}));
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
