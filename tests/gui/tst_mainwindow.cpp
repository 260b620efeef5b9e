#include "MainWindow.h"
#include "TaskFormDialog.h"
#include "TaskListModel.h"
#include "TaskListPage.h"
#include "TrayIcon.h"
#include "common/BuildInfo.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"

#include <QDesktopServices>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <librdkafka/rdkafkacpp.h>

using namespace outflow;

/// The main window over a real catalog file: navigation, the task list and a connection test
/// against a cluster that cannot be reached (no broker is needed for that).
class TestMainWindow final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /// Stands in for the desktop's URL opener (QDesktopServices::setUrlHandler).
    void openUrl(const QUrl &url) { m_openedUrls << url; }

private:
    QList<QUrl> m_openedUrls;
    QTemporaryDir m_dir;
    std::shared_ptr<Catalog> m_catalog;
    // Not run(): these tests need no broker, and the lifecycle is tst_console's business.
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *child(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w) qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

    QStackedWidget *pages() const { return child<QStackedWidget>(QStringLiteral("pages")); }

    QMenu *menu(int index) const { return m_window->menuBar()->actions().at(index)->menu(); }

    void navigateTo(const QString &entry)
    {
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        const QList<QListWidgetItem *> items = nav->findItems(entry, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(items.first()).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never the user's own settings (restore/saveSession below).
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        auto opened = Catalog::open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        m_catalog = opened.value();

        ClusterConfig cluster;
        cluster.name = QStringLiteral("unreachable");
        cluster.bootstrapServers = QStringLiteral("127.0.0.1:1"); // nothing listens on port 1
        Status saved = m_catalog->saveCluster(cluster);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));

        WarehouseConfig warehouse;
        warehouse.name = QStringLiteral("local_wh");
        warehouse.location = m_dir.filePath(QStringLiteral("warehouse"));
        saved = m_catalog->saveWarehouse(warehouse);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));

        TaskRecord task;
        task.id = QStringLiteral("datahub-gui00001");
        task.definition.name = QStringLiteral("orders_dump");
        task.definition.source = {cluster.name, QStringLiteral("orders"), QStringLiteral("earliest")};
        task.definition.target.warehouse = warehouse.name;
        task.definition.target.bid = QStringLiteral("b_demo");
        task.definition.target.tid = QStringLiteral("t_orders");
        task.status = TaskStatus::Error;
        task.lastError = QStringLiteral("Cannot reach Kafka cluster");
        task.createdAt = QDateTime::currentDateTimeUtc();
        task.updatedAt = task.createdAt;
        saved = m_catalog->insertTask(task);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));

        m_engine = std::make_unique<Engine>(m_catalog, Engine::Options());
        m_window = std::make_unique<MainWindow>(ConsoleContext{m_catalog, m_engine.get(), QStringLiteral("gui:test")});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void showsTitleAndNavigationInOrder()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Outflow"));
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QStringList entries;
        for (int i = 0; i < nav->count(); ++i) entries << nav->item(i)->text();
        QCOMPARE(entries, QStringList({QStringLiteral("Data Outflow"), QStringLiteral("Kafka Clusters"),
                                       QStringLiteral("Warehouses"), QStringLiteral("Dashboard")}));
        QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("taskListPage"));
    }

    void navigationSwitchesPages_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("page");
        QTest::newRow("clusters") << QStringLiteral("Kafka Clusters") << QStringLiteral("clusterListPage");
        QTest::newRow("warehouses") << QStringLiteral("Warehouses") << QStringLiteral("warehouseListPage");
        QTest::newRow("dashboard") << QStringLiteral("Dashboard") << QStringLiteral("dashboardPage");
        QTest::newRow("tasks") << QStringLiteral("Data Outflow") << QStringLiteral("taskListPage");
    }

    void navigationSwitchesPages()
    {
        QFETCH(QString, entry);
        QFETCH(QString, page);
        navigateTo(entry);
        QCOMPARE(pages()->currentWidget()->objectName(), page);
    }

    void listsTheTaskAndCountsItsErrorInTheStatusBar()
    {
        navigateTo(QStringLiteral("Data Outflow"));
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, TaskListModel::Name).data().toString(), QStringLiteral("orders_dump"));
        QCOMPARE(table->model()->index(0, TaskListModel::Status).data().toString(), QStringLiteral("Error"));
        QVERIFY(table->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("errorCount"))->text(), QStringLiteral("Tasks in Error: 1"));
        QCOMPARE(child<QLabel>(QStringLiteral("engineState"))->text(), QStringLiteral("Engine: stopped"));
        QCOMPARE(child<QLabel>(QStringLiteral("throughput"))->text(), QStringLiteral("— msg/s"));
        QVERIFY(child<QPushButton>(QStringLiteral("newTaskButton"))->isEnabled());
    }

    void searchHidesNonMatchingTasks()
    {
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
        QVERIFY(table && search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("no-such-task"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(!table->isVisible()); // the page says why the list is empty instead

        search->clear();
        QTest::keyClicks(search, QStringLiteral("GUI0000"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        search->clear();
    }

    void failedConnectionTestShowsTheBackendMessage()
    {
        navigateTo(QStringLiteral("Kafka Clusters"));
        auto *table = child<QTableView>(QStringLiteral("clusterTable"));
        auto *button = child<QPushButton>(QStringLiteral("testConnectionButton"));
        auto *result = child<QLabel>(QStringLiteral("connectionResult"));
        QVERIFY(table && button && result);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(!button->isEnabled()); // nothing selected yet

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(result->text(), QStringLiteral("Testing connection…"));
        QVERIFY(!button->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Cannot reach Kafka cluster")), 20000);
        QVERIFY2(result->text().contains(QStringLiteral("127.0.0.1:1")), qPrintable(result->text()));
        QVERIFY(button->isEnabled());
    }

    void menuBarHasFileViewAndHelp()
    {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions()) titles << action->text();
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QStringList file;
        for (QAction *action : menu(0)->actions()) file << (action->isSeparator() ? QStringLiteral("-") : action->text());
        QCOMPARE(file, QStringList({QStringLiteral("&New Task"), QStringLiteral("-"), QStringLiteral("Import…"),
                                    QStringLiteral("Export…"), QStringLiteral("-"), QStringLiteral("&Quit")}));
        // The task list's own actions, so the menu and the buttons cannot disagree.
        QVERIFY(menu(0)->actions().contains(m_window->taskListPage()->importAction()));
        QVERIFY(menu(0)->actions().contains(m_window->taskListPage()->exportAction()));
        QCOMPARE(child<QAction>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(child<QAction>(QStringLiteral("newTaskAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(child<QAction>(QStringLiteral("refreshAction"))->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    }

    void exportFollowsTheSelection()
    {
        navigateTo(QStringLiteral("Data Outflow"));
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        QAction *exportAction = m_window->taskListPage()->exportAction();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->clearSelection();
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(!child<QPushButton>(QStringLiteral("exportButton"))->isEnabled());
        table->selectRow(0);
        QVERIFY(exportAction->isEnabled());
        QVERIFY(child<QPushButton>(QStringLiteral("exportButton"))->isEnabled());
        table->clearSelection();
    }

    void ctrlNOpensTheCreateFormFromAnyPage()
    {
        navigateTo(QStringLiteral("Warehouses"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<TaskFormDialog *>() && m_window->findChild<TaskFormDialog *>()->isVisible());
        QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("taskListPage"));
        auto *dialog = m_window->findChild<TaskFormDialog *>();
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<TaskFormDialog *>());
    }

    void aboutNamesTheVersions()
    {
        child<QAction>(QStringLiteral("aboutAction"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"))) && box->isVisible());
        const QString text = box->text();
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
        // Asked of librdkafka directly, not through the code under test.
        QVERIFY2(text.contains(QStringLiteral("librdkafka ") + QString::fromStdString(RdKafka::version_str())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Outflow 0.")), qPrintable(text));
        box->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
    }

    void documentationOpensTheReadme()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
        child<QAction>(QStringLiteral("documentationAction"))->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_openedUrls.size(), 1);
        QVERIFY(m_openedUrls.first().isLocalFile());
        QCOMPARE(m_openedUrls.first().toLocalFile(), QFileInfo(QStringLiteral(OUTFLOW_SOURCE_DIR "/README.md")).canonicalFilePath());
    }

    void f5ReloadPicksUpCatalogChanges()
    {
        TaskRecord task = m_catalog->task(QStringLiteral("datahub-gui00001")).value();
        task.status = TaskStatus::Paused;
        QVERIFY(m_catalog->updateTask(task).isOk());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("errorCount"))->text(), QStringLiteral("Tasks in Error: 0"));
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        QCOMPARE(table->model()->index(0, TaskListModel::Status).data().toString(), QStringLiteral("Paused"));
    }
    /// Offscreen has no tray: the icon stays hidden but still says what it would show.
    void trayNotifiesWhenATaskGoesToError()
    {
        TrayIcon *tray = m_window->trayIcon();
        QVERIFY(!tray->isAvailable());
        QVERIFY(!child<QAction>(QStringLiteral("keepInTrayAction"))); // nothing to keep running in
        QSignalSpy notified(tray, &TrayIcon::notified);
        QTRY_VERIFY(tray->toolTip().contains(QStringLiteral("Tasks in Error: 0"))); // Paused by the F5 test
        QVERIFY2(tray->toolTip().contains(QStringLiteral("Engine: stopped")), qPrintable(tray->toolTip()));

        TaskRecord task = m_catalog->task(QStringLiteral("datahub-gui00001")).value();
        task.status = TaskStatus::Error;
        task.lastError = QStringLiteral("The warehouse disk is full");
        QVERIFY(m_catalog->updateTask(task).isOk());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Task orders_dump failed"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("datahub-gui00001 is in Error: The warehouse disk is full"));
        QTRY_VERIFY(tray->toolTip().contains(QStringLiteral("Tasks in Error: 1")));

        // Still failing at the next reload: not news.
        QSignalSpy loaded(m_window->taskListPage(), &TaskListPage::tasksLoaded);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(notified.size(), 1);
    }

    void geometryAndPageComeBackInTheNextSession()
    {
        navigateTo(QStringLiteral("Warehouses"));
        m_window->resize(1111, 822); // above the minimum size, unlike the default
        m_window->saveSession();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("settings/Outflow/outflow.conf"))));

        MainWindow second(ConsoleContext{m_catalog, m_engine.get(), QStringLiteral("gui:test")});
        second.restoreSession();
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(1111, 822));
        QCOMPARE(second.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName(),
                 QStringLiteral("warehouseListPage"));
        second.close();
        navigateTo(QStringLiteral("Data Outflow"));
    }

    void languageChoiceIsSavedForTheNextStart()
    {
        auto *languages = child<QMenu>(QStringLiteral("languageMenu"));
        QVERIFY(languages);
        QStringList names;
        for (QAction *action : languages->actions()) names << action->text();
        QCOMPARE(names, QStringList({QStringLiteral("System Language"), QStringLiteral("English"), QStringLiteral("简体中文")}));
        languages->actions().at(2)->trigger();
        QCOMPARE(QSettings(QStringLiteral("Outflow"), QStringLiteral("outflow")).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("zh_CN"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("languageChangedMessage"))) && box->isVisible());
        box->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("languageChangedMessage")));

        MainWindow next(ConsoleContext{m_catalog, m_engine.get(), QStringLiteral("gui:test")});
        next.restoreSession();
        QVERIFY(next.findChild<QMenu *>(QStringLiteral("languageMenu"))->actions().at(2)->isChecked());
        languages->actions().at(0)->trigger(); // back to the system language
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("languageChangedMessage"))));
        box->close();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("languageChangedMessage")));
        QVERIFY(QSettings(QStringLiteral("Outflow"), QStringLiteral("outflow")).value(QStringLiteral("ui/language")).toString().isEmpty());
    }

    /// Last: it ends QApplication::exec() and closes the window, as quitting does.
    void ctrlQQuitsThroughTheApplication()
    {
        // quit() acts only inside exec() (Qt ignores it before the main loop), so run the
        // loop here as gui_main does; a quit that never comes fails instead of hanging.
        QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);
        // Window shortcuts need the active window; the dialogs of earlier tests took that away.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTimer::singleShot(0, m_window.get(), [this] { QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier); });
        QTimer giveUp;
        giveUp.setSingleShot(true);
        connect(&giveUp, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        giveUp.start(10000);
        QCOMPARE(QApplication::exec(), 0);
        QCOMPARE(aboutToQuit.size(), 1); // where gui_main stops the engine gracefully
        QVERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
