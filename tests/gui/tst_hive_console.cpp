// The console's Hive Metastore parts with real widgets (offscreen), the real broker and the
// real metastore fixture: the Warehouse form's metastore field and the task detail's Hive table
// tab with its registered partitions.

#include "ConsoleTestBase.h"
#include "FormDialog.h"
#include "HiveTableTab.h"
#include "TaskDetailPage.h"
#include "TestKafka.h"
#include "TestMetastore.h"
#include "WarehouseListModel.h"
#include "WarehouseListPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

using namespace outflow;

class TestHiveConsole final : public ConsoleTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!TestMetastore::url().isEmpty(), "the metastore fixture is not running");
        startEngine();
        QVERIFY(showWindow(QSize(1280, 860)));
    }
    void cleanupTestCase() { stopConsole(); }

    void warehouseFormTakesAMetastore()
    {
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(MainWindow::WarehousesPage)).center());
        auto *page = child<WarehouseListPage>(QStringLiteral("warehouseListPage"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addWarehouseButton"), page), Qt::LeftButton);
        FormDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<FormDialog *>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("warehouseNameEdit"), dialog), QStringLiteral("hive_lake"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("warehouseLocationEdit"), dialog), m_env->warehouseRoot());
        auto *metastore = child<QLineEdit>(QStringLiteral("metastoreEdit"), dialog);
        QTest::keyClicks(metastore, QStringLiteral("http://metastore:9083"));
        const QString wrongScheme = QStringLiteral("Hive Metastore \"http://metastore:9083\" must look like thrift://host:9083");
        QCOMPARE(child<QLabel>(QStringLiteral("metastoreProblem"), dialog)->text(), wrongScheme);
        QCOMPARE(child<QLabel>(QStringLiteral("formProblem"), dialog)->text(), wrongScheme);
        // Save is refused while the field is wrong: nothing reaches the catalog.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(!m_env->catalog()->warehouse(QStringLiteral("hive_lake")).isOk());

        metastore->selectAll();
        QTest::keyClick(metastore, Qt::Key_Backspace);
        QTest::keyClicks(metastore, QStringLiteral("thrift://metastore"));
        QVERIFY(child<QLabel>(QStringLiteral("metastoreProblem"), dialog)->text().contains(QLatin1String("needs a port")));
        metastore->selectAll();
        QTest::keyClick(metastore, Qt::Key_Backspace);
        QTest::keyClicks(metastore, TestMetastore::url());
        QCOMPARE(child<QLabel>(QStringLiteral("metastoreProblem"), dialog)->text(), QString());
        QVERIFY(child<QLabel>(QStringLiteral("metastoreProblem"), dialog)->isHidden());
        QPointer<FormDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_COMPARE(m_env->catalog()->warehouse(QStringLiteral("hive_lake"))->metastore, TestMetastore::url());

        auto *table = child<QTableView>(QStringLiteral("warehouseTable"), page);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const QModelIndex row = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("hive_lake")).value(0);
        QCOMPARE(table->model()->index(row.row(), WarehouseListModel::Metastore).data().toString(), TestMetastore::url());
        QCOMPARE(table->model()->headerData(WarehouseListModel::Metastore, Qt::Horizontal).toString(), QStringLiteral("Hive Metastore"));
    }

    void detailShowsTheTableAndItsPartitions()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("hive_gui"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const qint64 hour = QDateTime(QDate(2024, 2, 3), QTime(4, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QByteArrayList values;
        for (int i = 0; i < 5; ++i) values << QStringLiteral("{\"id\":%1,\"ts\":%2}").arg(i).arg(hour + i).toUtf8();
        QVERIFY(TestKafka::produce(topic, values, 0));
        TaskDefinition def = m_env->definition(topic);
        def.target.warehouse = QStringLiteral("hive_lake");
        def.target.partitionBy = {QStringLiteral("ts"), TimeFormat::EpochMs};
        auto id = m_engine->createTask(def, actor());
        QVERIFY2(id.isOk(), qPrintable(id.error()));
        // A 2024 hour of a drained partition is closed right after it is registered (grace 600 s).
        QTRY_VERIFY_WITH_TIMEOUT(TestMetastore::read(QStringLiteral("b_test"), def.target.tid).partitions.value(0).closed, 90000);

        m_window->openTask(id.value());
        TaskDetailPage *detail = m_window->taskDetailPage();
        QTRY_VERIFY(detail->isVisible());
        QTabBar *bar = detail->tabs()->tabBar();
        QCOMPARE(bar->tabText(3), QStringLiteral("Hive table"));
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(3).center());
        auto *tab = child<HiveTableTab>(QStringLiteral("hiveTableTab"), detail);
        QTRY_VERIFY(tab->isVisible());
        auto *partitions = child<QListWidget>(QStringLiteral("hivePartitionsList"), tab);
        QTRY_COMPARE_WITH_TIMEOUT(partitions->count(), 1, 20000);
        QCOMPARE(partitions->item(0)->text(), QStringLiteral("dt=20240203/hr=04 · closed"));
        // As the metastore spells it (file:/x for file:///x).
        QCOMPARE(QUrl(partitions->item(0)->toolTip()).path(),
                 QStringLiteral("%1/dt=20240203/hr=04").arg(m_env->tableDir(def.target.bid, def.target.tid)));
        QCOMPARE(child<QLabel>(QStringLiteral("hiveTableLabel"), tab)->text(), QStringLiteral("b_test.") + def.target.tid);
        QCOMPARE(QUrl(child<QLabel>(QStringLiteral("hiveLocationLabel"), tab)->text()).path(), m_env->tableDir(def.target.bid, def.target.tid));
        QCOMPARE(child<QLabel>(QStringLiteral("hiveStateLabel"), tab)->text(), QStringLiteral("Registered in %1").arg(TestMetastore::url()));
        QCOMPARE(child<QLabel>(QStringLiteral("hiveWaitingLabel"), tab)->text(), QStringLiteral("No partitions wait"));
        QVERIFY(child<QLabel>(QStringLiteral("hiveProblemLabel"), tab)->isHidden());
        // Refresh reads again, off the GUI thread, and shows the same table.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("hiveRefreshButton"), tab), Qt::LeftButton);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("hiveRefreshButton"), tab)->isEnabled());
        QCOMPARE(partitions->count(), 1);
    }
};

QTEST_MAIN(TestHiveConsole)
#include "tst_hive_console.moc"
