// The task detail page's Consumption progress (Consumer group, consumer details) and View
// messages tabs, driven through their widgets offscreen against a real engine and broker; and
// the models behind them under QAbstractItemModelTester.

#include "ConsoleTestBase.h"
#include "ConsumerDetailsDialog.h"
#include "ConsumerGroupModel.h"
#include "ConsumerGroupTab.h"
#include "ConsumptionProgressTab.h"
#include "DumpedRecordsModel.h"
#include "EngineTestEnv.h"
#include "GroupMembersModel.h"
#include "MainWindow.h"
#include "RecordValuePane.h"
#include "TaskDetailPage.h"
#include "TestKafka.h"
#include "WidgetLookup.h"
#include "ViewMessagesTab.h"
#include "engine/Engine.h"
#include "kafka/ConsumerGroupClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace outflow;

namespace {

constexpr int kWaitMs = 60000;

/// A binary value with a key and a header, produced by kcat (NUL, 0xff and a newline inside).
const QByteArray kBinary = QByteArray("\x00\x01\x02" "ABC\xff\xfe\n\x7f" "hello, world!", 23);

bool produceBinary(const QString &topic, int partition)
{
    QProcess kcat;
    kcat.start(QStringLiteral("kcat"), {QStringLiteral("-b"), TestKafka::bootstrap(), QStringLiteral("-P"), QStringLiteral("-t"), topic,
                                        QStringLiteral("-p"), QString::number(partition), QStringLiteral("-k"), QStringLiteral("bin-key"),
                                        QStringLiteral("-H"), QStringLiteral("trace=abc"), QStringLiteral("-D"), QStringLiteral("\x1e")});
    if (!kcat.waitForStarted()) return false;
    kcat.write(kBinary + '\x1e');
    kcat.closeWriteChannel();
    return kcat.waitForFinished(60000) && kcat.exitCode() == 0;
}

/// `hexdump -C` of the bytes: the independent reference for the hex view (its last line, the
/// total length, is not part of a dump of one value).
QString hexdumpOf(const QByteArray &bytes)
{
    QProcess hexdump;
    hexdump.start(QStringLiteral("hexdump"), {QStringLiteral("-C")});
    hexdump.waitForStarted();
    hexdump.write(bytes);
    hexdump.closeWriteChannel();
    hexdump.waitForFinished();
    QStringList lines = QString::fromLatin1(hexdump.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeLast();
    return lines.join(u'\n') + u'\n';
}

PartitionProgress row(int partition, qint64 committed, qint64 end)
{
    PartitionProgress p;
    p.partition = partition;
    p.committedOffset = committed;
    p.logStartOffset = 0;
    p.logEndOffset = end;
    p.lag = end - committed;
    return p;
}

} // namespace

class TestTaskProgress final : public ConsoleTestBase
{
    Q_OBJECT

private:
    QString m_topic;
    QString m_taskId;

    TaskDetailPage *page() const { return m_window->taskDetailPage(); }

    void clickTab(QTabWidget *tabs, QWidget *tab)
    {
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(tab)).center());
    }

    bool caughtUp() const
    {
        const auto ends = TestKafka::endOffsets(m_topic, 3);
        auto committed = ConsumerGroupClient(TestKafka::cluster()).committedOffsets(ConsumerGroupClient::groupOfTask(m_taskId), m_topic, 3);
        return committed && ends.size() == 3 && committed->value(0) == ends.value(0) && committed->value(1) == ends.value(1);
    }

    static void pick(QComboBox *combo, const QString &text)
    {
        // Keyboard, as a user would: Home, then Down until the item is current.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != text && combo->currentIndex() < combo->count() - 1) QTest::keyClick(combo, Qt::Key_Down);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startEngine();
        m_topic = TestKafka::uniqueName(QStringLiteral("progress_gui"));
        QVERIFY(TestKafka::createTopic(m_topic, 3));
        QByteArrayList values;
        for (int i = 0; i < 30; ++i) values << QStringLiteral("{\"id\":%1,\"item\":\"book\"}").arg(i).toUtf8();
        QVERIFY(TestKafka::produce(m_topic, values, 0, true));
        QVERIFY(produceBinary(m_topic, 1));
        // Partition 2 stays empty.
        TaskDefinition d = m_env->definition(m_topic);
        d.parallelism = 2;
        auto id = m_engine->createTask(d, actor());
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        m_taskId = id.value();
        QVERIFY(QTest::qWaitFor([this] { return caughtUp(); }, kWaitMs));

        QVERIFY(showWindow(QSize(1200, 760)));
        m_window->openTask(m_taskId);
        QTRY_COMPARE(page()->taskId(), m_taskId);
    }

    void cleanupTestCase() { stopConsole(); }

    void consumerGroupTabShowsCommittedOffsetsAndRefreshesInPlace()
    {
        ConsumptionProgressTab *progress = page()->progressTab();
        QCOMPARE(progress->subTabs()->tabText(0), QStringLiteral("Consumer group"));
        ConsumerGroupTab *tab = progress->consumerGroupTab();
        ConsumerGroupModel *model = tab->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickTab(page()->tabs(), progress);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 4 && model->index(0, ConsumerGroupModel::CommittedOffset).data().toLongLong() == 30,
                                 kWaitMs);
        QCOMPARE(model->index(1, ConsumerGroupModel::CommittedOffset).data().toLongLong(), 1);
        // The empty partition: no commit at all, or 0 once a rebalance committed the workers' positions.
        QVERIFY(QStringList({QStringLiteral("—"), QStringLiteral("0")}).contains(model->index(2, ConsumerGroupModel::CommittedOffset).data().toString()));
        for (int r = 0; r < 3; ++r) QCOMPARE(model->index(r, ConsumerGroupModel::Lag).data().toLongLong(), 0);
        QCOMPARE(model->index(0, ConsumerGroupModel::LogEndOffset).data().toLongLong(), TestKafka::endOffsets(m_topic, 3).value(0));
        QCOMPARE(model->index(3, ConsumerGroupModel::Partition).data().toString(), QStringLiteral("Total"));
        QCOMPARE(model->index(3, ConsumerGroupModel::CommittedOffset).data().toLongLong(), 31);
        QCOMPARE(model->index(3, ConsumerGroupModel::DrainEta).data().toString(), QStringLiteral("Caught up"));
        QVERIFY(child<QLabel>(QStringLiteral("groupStateLabel"))->text().contains(QLatin1String("Stable")));

        auto *interval = child<QComboBox>(QStringLiteral("refreshIntervalCombo"));
        pick(interval, QStringLiteral("Off"));
        QCOMPARE(tab->refreshIntervalSeconds(), 0);

        // More records while paused: a refresh updates the rows in place.
        QVERIFY(m_engine->pauseTask(m_taskId, QStringLiteral("gui:test")).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_env->catalog()->task(m_taskId)->status, TaskStatus::Paused, kWaitMs);
        QByteArrayList more;
        for (int i = 0; i < 12; ++i) more << QByteArray("late ") + QByteArray::number(i);
        QVERIFY(TestKafka::produce(m_topic, more, 0));
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(tab, &ConsumerGroupTab::refreshed);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("refreshProgressButton")), Qt::LeftButton);
        QVERIFY(refreshed.wait(kWaitMs));
        QCOMPARE(model->index(0, ConsumerGroupModel::Lag).data().toLongLong(), 12);
        QCOMPARE(model->index(3, ConsumerGroupModel::Lag).data().toLongLong(), 12);
        QVERIFY(model->index(0, ConsumerGroupModel::LagTime).data().toString().endsWith(QLatin1String(" s")));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QVERIFY(changes.size() >= 1);
        QVERIFY(m_engine->startTask(m_taskId, QStringLiteral("gui:test")).isOk());
        QVERIFY(QTest::qWaitFor([this] { return caughtUp(); }, kWaitMs));
    }

    // The in-process engine is one member however parallel the task (one consumer per task
    // per process), owning every partition of the topic.
    void consumerDetailsListTheMembers()
    {
        clickTab(page()->tabs(), page()->progressTab());
        QTRY_VERIFY_WITH_TIMEOUT(ConsumerGroupClient(TestKafka::cluster()).describe(ConsumerGroupClient::groupOfTask(m_taskId))->members.size() == 1,
                                 kWaitMs);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("viewConsumerDetailsButton")), Qt::LeftButton);
        ConsumerDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ConsumerDetailsDialog *>()) && dialog->isVisible());
        GroupMembersModel *members = dialog->model();
        QAbstractItemModelTester tester(members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(members->rowCount(), 1, kWaitMs);
        QCOMPARE(members->index(0, GroupMembersModel::ClientId).data().toString(), QStringLiteral("outflow-%1").arg(m_taskId));
        QVERIFY(!members->index(0, GroupMembersModel::MemberId).data().toString().isEmpty());
        QVERIFY(members->index(0, GroupMembersModel::Host).data().toString().contains(QLatin1String("127.0.0.1")));
        const QString partitions = members->index(0, GroupMembersModel::AssignedPartitions).data().toString();
        QVERIFY2(partitions.contains(m_topic + QStringLiteral(": ")), qPrintable(partitions));
        QVERIFY(child<QLabel>(QStringLiteral("detailsGroupState"), dialog)->text().contains(QLatin1String("Stable")));
        QVERIFY(child<QLabel>(QStringLiteral("detailsCoordinator"), dialog)->text().startsWith(QLatin1String("127.0.0.1:")));
        dialog->reject();
    }

    void viewMessagesPicksPartitionAndCount()
    {
        ViewMessagesTab *tab = page()->messagesTab();
        DumpedRecordsModel *model = tab->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickTab(page()->tabs(), tab);
        auto *partition = child<QComboBox>(QStringLiteral("messagesPartitionCombo"));
        auto *count = child<QComboBox>(QStringLiteral("messagesCountCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(partition->count(), 3, kWaitMs);
        QCOMPARE(child<QComboBox>(QStringLiteral("messagesTopicCombo"))->currentText(), m_topic);

        QSignalSpy loaded(tab, &ViewMessagesTab::loaded);
        pick(count, QStringLiteral("5"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 5 && tab->statusText().startsWith(QLatin1String("The last 5 records")), kWaitMs);
        const QByteArrayList kcat = TestKafka::consumeAll(m_topic, 0);
        QCOMPARE(kcat.size(), 42);
        auto *view = child<QTableView>(QStringLiteral("messagesTable"));
        // Newest first: offsets 41..37, just below the committed offset 42.
        for (int r = 0; r < 5; ++r) QCOMPARE(view->model()->index(r, DumpedRecordsModel::Offset).data().toLongLong(), 41 - r);

        pick(count, QStringLiteral("100"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 42, kWaitMs);
        QVERIFY2(tab->statusText().startsWith(QLatin1String("Only 42 of the requested 100 records exist")), qPrintable(tab->statusText()));

        // Select the record at offset 3 with a click: its JSON value, pretty.
        const int row = 41 - 3;
        view->scrollTo(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        auto *value = child<QPlainTextEdit>(QStringLiteral("valueText"));
        QCOMPARE(value->toPlainText(), QString::fromUtf8(QJsonDocument::fromJson(kcat.at(3)).toJson(QJsonDocument::Indented)).trimmed());
        QCOMPARE(view->model()->index(row, DumpedRecordsModel::Key).data().toString(), QStringLiteral("key3"));
        QTest::mouseClick(child<QToolButton>(QStringLiteral("rawTextButton")), Qt::LeftButton);
        QCOMPARE(value->toPlainText().toUtf8(), kcat.at(3));

        // The binary record of partition 1, in hex.
        pick(partition, QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->item(0).partition == 1, kWaitMs);
        QVERIFY2(tab->statusText().startsWith(QLatin1String("Only 1 of the requested 100 records exist")), qPrintable(tab->statusText()));
        QCOMPARE(view->model()->index(0, DumpedRecordsModel::Headers).data().toString(), QStringLiteral("trace=abc"));
        QCOMPARE(view->model()->index(0, DumpedRecordsModel::Size).data().toInt(), kBinary.size());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QTest::mouseClick(child<QToolButton>(QStringLiteral("hexButton")), Qt::LeftButton);
        QCOMPARE(value->toPlainText(), hexdumpOf(kBinary));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("copyValueButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), value->toPlainText());

        pick(partition, QStringLiteral("2"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->statusText(), QStringLiteral("Partition 2 is empty: nothing was ever written to it."), kWaitMs);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!child<QPushButton>(QStringLiteral("copyValueButton"))->isEnabled());
    }

    void unreachableClusterShowsTheErrorInTheTab()
    {
        ClusterConfig down = TestKafka::cluster(QStringLiteral("down"));
        down.bootstrapServers = QStringLiteral("127.0.0.1:1");
        QVERIFY(m_env->catalog()->saveCluster(down).isOk());
        TaskDefinition d = m_env->definition(m_topic);
        d.source.cluster = down.name;
        auto id = m_engine->createTask(d, QStringLiteral("gui:test")); // ends CreateFailed, but it exists
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        m_window->openTask(id.value());
        QTRY_COMPARE(page()->taskId(), id.value());
        clickTab(page()->tabs(), page()->progressTab());
        auto *banner = child<QLabel>(QStringLiteral("consumerGroupError"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QVERIFY2(banner->text().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\" at 127.0.0.1:1")), qPrintable(banner->text()));
        clickTab(page()->tabs(), page()->messagesTab());
        auto *messagesBanner = child<QLabel>(QStringLiteral("viewMessagesError"));
        QTRY_VERIFY_WITH_TIMEOUT(messagesBanner->isVisible(), kWaitMs);
        QVERIFY(messagesBanner->text().startsWith(QStringLiteral("Cannot reach Kafka cluster \"down\"")));
    }

    void consumerGroupModelUpdatesWithoutReset()
    {
        ConsumerGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // the totals row is always there
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        ConsumptionProgress p;
        p.partitions = {row(0, 10, 15), row(1, 4, 4)};
        p.totals = row(-1, 14, 19);
        model.setProgress(p);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ConsumerGroupModel::Partition).data().toString(), QStringLiteral("Total"));

        changes.clear();
        p.partitions[0] = row(0, 12, 15);
        p.partitions[0].lagTimeMs = 125000;
        p.partitions[0].drainEtaMs = 3 * 3600 * 1000 + 5 * 60 * 1000;
        p.totals = row(-1, 16, 19);
        model.setProgress(p);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 2); // row 0 and the totals row; row 1 is unchanged
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, ConsumerGroupModel::Lag).data().toLongLong(), 3);
        QCOMPARE(model.index(0, ConsumerGroupModel::LagTime).data().toString(), QStringLiteral("2 min 5 s"));
        QCOMPARE(model.index(0, ConsumerGroupModel::DrainEta).data().toString(), QStringLiteral("3 h 5 min"));
        QCOMPARE(model.index(1, ConsumerGroupModel::DrainEta).data().toString(), QStringLiteral("Caught up"));

        // A partition added to the topic lands before the totals row.
        p.partitions << row(2, 0, 1);
        model.setProgress(p);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(2, ConsumerGroupModel::Partition).data().toInt(), 2);
        QCOMPARE(model.index(3, ConsumerGroupModel::Partition).data().toString(), QStringLiteral("Total"));
        QCOMPARE(resets.size(), 0);
    }

    void recordsAndMembersModelsUnderTheTester()
    {
        DumpedRecordsModel records;
        QAbstractItemModelTester recordsTester(&records, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&records, &QAbstractItemModel::modelReset);
        KafkaRecord r;
        r.topic = QStringLiteral("t");
        r.partition = 0;
        r.timestampMs = 0;
        r.keyIsNull = true;
        r.valueIsNull = false;
        QList<KafkaRecord> list;
        for (int i = 0; i < 5; ++i) {
            r.offset = i;
            r.value = QByteArray::number(i);
            list << r;
        }
        records.setRecords(list);
        list.removeFirst();
        r.offset = 5;
        list << r;
        records.setRecords(list);
        QCOMPARE(records.rowCount(), 5);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(records.index(0, DumpedRecordsModel::Key).data().toString(), QStringLiteral("(null)"));

        GroupMembersModel members;
        QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers({{QStringLiteral("m1"), QStringLiteral("c1"), QStringLiteral("/10.0.0.1"), {{QStringLiteral("b"), 1}, {QStringLiteral("a"), 0}, {QStringLiteral("a"), 2}}}});
        QCOMPARE(members.index(0, GroupMembersModel::AssignedPartitions).data().toString(), QStringLiteral("a: 0, 2; b: 1"));
    }
};

QTEST_MAIN(TestTaskProgress)
#include "tst_task_progress.moc"
