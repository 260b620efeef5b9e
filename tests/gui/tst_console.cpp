// The console driven through its real widgets (offscreen), acting on a real engine that runs
// against the real test broker: create through the form, the More menu with its confirmations,
// change source and target on the detail page, rebuild, import/export, kcat, clusters and
// warehouses.

#include "ClusterListPage.h"
#include "ColumnarReader.h"
#include "ColumnsEditor.h"
#include "ConsoleTestBase.h"
#include "DumpedRecordsModel.h"
#include "EngineTestEnv.h"
#include "FormDialog.h"
#include "LinkDelegate.h"
#include "MainWindow.h"
#include "ResetPositionDialog.h"
#include "TaskDetailPage.h"
#include "TaskFormDialog.h"
#include "TaskListModel.h"
#include "TaskListPage.h"
#include "TaskOperationsWidget.h"
#include "TestKafka.h"
#include "TestRegistry.h"
#include "ViewMessagesTab.h"
#include "WarehouseReader.h"
#include "WidgetLookup.h"
#include "WarehouseListPage.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace outflow;

namespace {
constexpr int kEngineTimeoutMs = 30000;

const QString kNameRule = QStringLiteral("only letters, digits, '_', '.' and '-' are allowed");
} // namespace

class TestConsole final : public ConsoleTestBase
{
    Q_OBJECT

private:
    QString m_topic;
    QString m_otherTopic;
    /// Holds nested JSON orders, for the parquet target.
    QString m_ordersTopic;
    /// Holds records with an event time of 2026-01-01 05:10 UTC, for event-time folders.
    QString m_eventsTopic;
    QString m_taskId;

    QAbstractItemModel *taskTable() const { return child<QTableView>(QStringLiteral("taskTable"))->model(); }
    TaskListModel *model() const { return m_window->taskListPage()->model(); }

    QString statusOf(const QString &taskId) const
    {
        const std::optional<TaskRecord> t = model()->taskById(taskId);
        return t ? taskStatusName(t->status) : QString();
    }

    /// The message box that is open now (confirmations are opened, not exec'ed).
    static QMessageBox *openMessageBox()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) return box;
        return nullptr;
    }

    static bool confirm(QString *text = nullptr)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = openMessageBox()) != nullptr; }, 5000)) return false;
        if (text) *text = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        return true;
    }

    TaskOperationsWidget *operationsOf(const QString &taskId) const
    {
        for (auto *ops : m_window->findChildren<TaskOperationsWidget *>())
            if (ops->taskId() == taskId && ops->isVisible()) return ops;
        return nullptr;
    }

    /// Opens the row's More menu with a real click and triggers `actionName` in it. Returns
    /// which menu items were enabled, by object name.
    QStringList chooseFromMoreMenu(const QString &taskId, const QString &actionName)
    {
        TaskOperationsWidget *ops = nullptr;
        if (!QTest::qWaitFor([&] { return (ops = operationsOf(taskId)) && ops->isEnabled(); }, 5000)) return {};
        auto *more = ops->findChild<QToolButton *>(QStringLiteral("moreButton"));
        QStringList enabled;
        // The menu runs its own event loop inside the click; act on it from there.
        QTimer::singleShot(200, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) return;
            for (QAction *a : menu->actions())
                if (a->isEnabled()) enabled << a->objectName();
            QAction *chosen = menu->findChild<QAction *>(actionName);
            if (chosen && chosen->isEnabled()) QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chosen).center());
            else menu->close();
        });
        QTest::mouseClick(more, Qt::LeftButton);
        return enabled;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (!text.isEmpty()) QTest::keyClicks(edit, text);
    }

    /// Replaces a spin box's value by typing, as a keyboard user does.
    static void retype(QSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
    }

    static bool pickTopic(QComboBox *topics, const QString &topic)
    {
        if (!QTest::qWaitFor([&] { return topics->findText(topic) >= 0; }, 20000)) return false;
        topics->setCurrentIndex(topics->findText(topic));
        return topics->currentText() == topic;
    }

    QString problemText(QObject *root, const QString &field) const
    {
        auto *label = child<QLabel>(field + QStringLiteral("Problem"), root);
        return label && label->isVisible() ? label->text() : QString();
    }

    QString actionResult() const { return child<QLabel>(QStringLiteral("actionResult"), m_window->taskListPage())->text(); }

    /// A task made by the engine directly (the console lists it at its next reload).
    QString createTask(const TaskDefinition &definition)
    {
        auto id = m_engine->createTask(definition, actor());
        if (!id) qWarning("%s", qPrintable(id.error()));
        m_window->taskListPage()->reload();
        if (!id || !QTest::qWaitFor([&] { return model()->rowOfKey(id.value()) >= 0; }, 10000)) return {};
        return id.value();
    }

    /// Opens the task's detail page by clicking its ID in the list, as a user does.
    TaskDetailPage *openDetailByClickingTheId(const QString &taskId)
    {
        showTaskList();
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        const QModelIndex id = table->model()->match(table->model()->index(0, TaskListModel::Id), Qt::DisplayRole, taskId).value(0);
        if (!id.isValid()) return nullptr;
        table->scrollTo(id);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(id).center());
        TaskDetailPage *detail = m_window->taskDetailPage();
        if (!QTest::qWaitFor([&] { return detail->isVisible() && detail->task() && detail->task()->id == taskId; }, 10000)) return nullptr;
        return detail;
    }

    QStringList historyOf(const QString &taskId, const QString &who) const
    {
        QStringList names;
        for (const TaskAction &a : m_env->catalog()->actions(taskId).value())
            if (a.actor == who) names << a.action + u':' + a.result;
        return names;
    }

    /// Shortcuts only reach an active window; dialogs opened and closed before may have taken
    /// activation away.
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void showTaskList()
    {
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(MainWindow::TasksPage)).center());
    }

    /// Submits the create form and returns the id of the task it created (from the list).
    QString submitAndWaitForNewTask(TaskFormDialog *dialog, const QString &name)
    {
        QPointer<TaskFormDialog> guard(dialog);
        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        // Clusters, topics and warehouses arrive asynchronously.
        QTest::qWaitFor([&] { return submit->isEnabled(); }, 20000);
        if (!submit->isEnabled()) qWarning("submit disabled: %s", qPrintable(child<QLabel>(QStringLiteral("formProblem"), dialog)->text()));
        QTest::mouseClick(submit, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return guard.isNull() || !guard->isVisible(); }, kEngineTimeoutMs)) return {};
        QString id;
        QTest::qWaitFor([&] {
            for (const TaskRecord &t : model()->items())
                if (t.definition.name == name) id = t.id;
            return !id.isEmpty();
        }, 10000);
        return id;
    }

    /// Sets the flush interval to one second (files, and so the checks, come at each flush),
    /// then submits.
    QString submitFlushingEverySecond(TaskFormDialog *dialog, const QString &name)
    {
        retype(child<QSpinBox>(QStringLiteral("flushIntervalSpin"), dialog), QStringLiteral("1"));
        return submitAndWaitForNewTask(dialog, name);
    }

    /// Opens the create form and fills name, BID, TID and topic, then pulls the topic's newest
    /// record.
    TaskFormDialog *openCreateFormWithSample(const QString &name, const QString &tid, const QString &topic)
    {
        activate();
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newTaskButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<TaskFormDialog>();
        if (!dialog) return nullptr;
        QTest::mouseClick(child<QPushButton>(QStringLiteral("nextButton"), dialog), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog), name);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("bidEdit"), dialog), QStringLiteral("b_console"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("tidEdit"), dialog), tid);
        if (!pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), topic)) return nullptr;
        QTest::mouseClick(child<QPushButton>(QStringLiteral("pullSourceButton"), dialog), Qt::LeftButton);
        auto *preview = child<QPlainTextEdit>(QStringLiteral("sourcePreview"), dialog);
        if (!QTest::qWaitFor([&] { return preview->toPlainText().contains(QStringLiteral("Partition 0")); }, 20000)) return nullptr;
        return dialog;
    }

    /// Steps a closed combo box through its items with the arrow keys, as a keyboard user does.
    static void stepCombo(QComboBox *combo, int steps)
    {
        for (int i = 0; i < qAbs(steps); ++i) QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    }

    static QStringList columnNames(QTableWidget *table)
    {
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << static_cast<QLineEdit *>(table->cellWidget(r, ColumnsEditor::Name))->text();
        return names;
    }

    /// Clicks Add and fills the new row: name, source typed into the source box, type stepped
    /// to from string. Returns its row.
    static int addColumn(QWidget *dialog, QTableWidget *table, const QString &name, const QString &source, int typeSteps)
    {
        QTest::mouseClick(findNamed<QPushButton>(dialog, QStringLiteral("addColumnButton")), Qt::LeftButton);
        const int row = table->currentRow();
        auto *nameEdit = static_cast<QLineEdit *>(table->cellWidget(row, ColumnsEditor::Name));
        retype(nameEdit, name);
        retype(static_cast<QComboBox *>(table->cellWidget(row, ColumnsEditor::Source))->lineEdit(), source);
        stepCombo(static_cast<QComboBox *>(table->cellWidget(row, ColumnsEditor::Type)), typeSteps);
        return row;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startEngine();
        m_topic = TestKafka::uniqueName(QStringLiteral("console"));
        m_otherTopic = TestKafka::uniqueName(QStringLiteral("console_other"));
        m_ordersTopic = TestKafka::uniqueName(QStringLiteral("console_orders"));
        QVERIFY(TestKafka::createTopic(m_ordersTopic, 1));
        QVERIFY(TestKafka::produce(m_ordersTopic,
                                   {"{\"order_id\":7,\"amount\":12.5,\"paid\":true,\"day\":\"2026-12-02\",\"buyer\":{\"city\":\"Shenzhen\"}}"},
                                   0));
        // ts (epoch ms) is in hour 05 of 2026-01-01 UTC; created (epoch s) in another hour, so
        // the folder tells which field made it.
        m_eventsTopic = TestKafka::uniqueName(QStringLiteral("console_events"));
        QVERIFY(TestKafka::createTopic(m_eventsTopic, 1));
        QVERIFY(TestKafka::produce(m_eventsTopic,
                                   {"{\"id\":1,\"created\":1767218400,\"ts\":1767244200000,\"item\":\"book\"}",
                                    "{\"id\":2,\"created\":1767218400,\"ts\":1767245400000,\"item\":\"pen\"}"},
                                   0));
        QVERIFY(TestKafka::createTopic(m_topic, 2));
        QVERIFY(TestKafka::createTopic(m_otherTopic, 1));
        QByteArrayList values;
        for (int i = 0; i < 20; ++i) values << QStringLiteral("{\"id\":%1,\"item\":\"book\"}").arg(i).toUtf8();
        QVERIFY(TestKafka::produce(m_topic, values, 0));
        QVERIFY(TestKafka::produce(m_otherTopic, {"plain text"}, 0));
        QVERIFY(showWindow());
        QTRY_COMPARE(child<QLabel>(QStringLiteral("engineState"))->text(), QStringLiteral("Engine: running"));
    }

    /// A failed step must not leave a modal dialog that swallows the next test's clicks.
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w) && w->isVisible()) w->close();
        for (auto *d : m_window->findChildren<QDialog *>())
            if (d->isVisible()) d->reject();
        QTest::qWait(50);
    }

    void cleanupTestCase() { stopConsole(); }

    void createTaskThroughTheForm()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newTaskButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<TaskFormDialog>();
        QVERIFY(dialog);
        auto *tdw = child<QRadioButton>(QStringLiteral("tdwTargetType"), dialog);
        QCOMPARE(tdw->text(), QStringLiteral("Distributed data warehouse (TDW)"));
        QVERIFY(tdw->isChecked());
        QVERIFY(!child<QPushButton>(QStringLiteral("submitButton"), dialog)->isVisible());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("nextButton"), dialog), Qt::LeftButton);

        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        auto *name = child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog);
        QVERIFY(submit->isVisible());
        QVERIFY(!submit->isEnabled());
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")), QString()); // untouched: no scolding yet

        QTest::keyClicks(name, QStringLiteral("bad name"));
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("Task name contains a space at position 4; ") + kNameRule);
        retype(name, QStringLiteral("orders/2"));
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("Task name contains '/' at position 7; ") + kNameRule);
        retype(name, QString(129, u'a'));
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("Task name is 129 characters long; the limit is 128"));
        retype(name, QString());
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("Task name is empty; use 1 to 128 characters: letters, digits, '_', '.' and '-'"));
        QVERIFY(!submit->isEnabled());
        const QString taskName = TestKafka::uniqueName(QStringLiteral("orders"));
        retype(name, taskName);
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")), QString());

        auto *bid = child<QLineEdit>(QStringLiteral("bidEdit"), dialog);
        auto *tid = child<QLineEdit>(QStringLiteral("tidEdit"), dialog);
        QTest::keyClicks(bid, QStringLiteral("b-1"));
        QCOMPARE(problemText(dialog, QStringLiteral("bidEdit")),
                 QStringLiteral("BID contains '-' at position 2; only letters, digits and '_' are allowed"));
        QTest::keyClicks(tid, QStringLiteral(".."));
        QCOMPARE(problemText(dialog, QStringLiteral("tidEdit")),
                 QStringLiteral("TID contains '.' at position 1; only letters, digits and '_' are allowed"));
        retype(tid, QString(65, u't'));
        QCOMPARE(problemText(dialog, QStringLiteral("tidEdit")), QStringLiteral("TID is 65 characters long; the limit is 64"));
        QVERIFY(!submit->isEnabled());
        retype(bid, QStringLiteral("b_console"));
        retype(tid, QStringLiteral("t_orders"));
        QCOMPARE(problemText(dialog, QStringLiteral("bidEdit")), QString());
        QCOMPARE(problemText(dialog, QStringLiteral("tidEdit")), QString());

        auto *clusters = child<QComboBox>(QStringLiteral("clusterCombo"), dialog);
        QTRY_COMPARE(clusters->currentText(), QStringLiteral("test"));
        QVERIFY(pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), m_topic));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("pullSourceButton"), dialog), Qt::LeftButton);
        auto *preview = child<QPlainTextEdit>(QStringLiteral("sourcePreview"), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("\"id\": 19")), 20000);
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("Partition 0 · offset 19")), qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"item\": \"book\"")));

        QTRY_COMPARE(child<QComboBox>(QStringLiteral("warehouseCombo"), dialog)->currentText(), QStringLiteral("wh"));
        // Files become visible (and the lag drops) at each flush: once a second here.
        auto *flush = child<QSpinBox>(QStringLiteral("flushIntervalSpin"), dialog);
        retype(flush, QStringLiteral("1"));
        QCOMPARE(flush->value(), 1);
        QTRY_VERIFY(submit->isEnabled());

        m_taskId = submitAndWaitForNewTask(dialog, taskName);
        QVERIFY(!m_taskId.isEmpty());
        QTRY_VERIFY(actionResult().contains(QStringLiteral("created and is running")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_taskId), QStringLiteral("Running"), kEngineTimeoutMs);
    }

    void listShowsLiveFiguresWithoutResetting()
    {
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        const int row = model()->rowOfKey(m_taskId);
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model()->index(row, TaskListModel::MessagesPerSecond).data().toString() != QStringLiteral("—"),
                                 kEngineTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->index(row, TaskListModel::Lag).data().toString(), QStringLiteral("0"),
                                  kEngineTimeoutMs);
        QVERIFY(child<QLabel>(QStringLiteral("throughput"))->text().endsWith(QStringLiteral(" msg/s")));
        QCOMPARE(resets.count(), 0);
    }

    void pauseStartRestartThroughTheMoreMenu()
    {
        QStringList enabled = chooseFromMoreMenu(m_taskId, QStringLiteral("pauseAction"));
        QCOMPARE(enabled, QStringList({QStringLiteral("pauseAction"), QStringLiteral("restartAction"), QStringLiteral("copyAction")}));
        QString question;
        QVERIFY(confirm(&question));
        QVERIFY2(question.startsWith(QStringLiteral("Pause task")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_taskId), QStringLiteral("Paused"), kEngineTimeoutMs);

        // Reset position while Paused: preview first, and Reset only for the previewed choice.
        enabled = chooseFromMoreMenu(m_taskId, QStringLiteral("resetPositionAction"));
        QCOMPARE(enabled, QStringList({QStringLiteral("startAction"), QStringLiteral("resetPositionAction"), QStringLiteral("copyAction")}));
        auto *reset = waitForDialog<ResetPositionDialog>();
        QVERIFY(reset);
        auto *resetButton = child<QPushButton>(QStringLiteral("resetButton"), reset);
        QVERIFY(!resetButton->isEnabled());
        QTest::mouseClick(child<QRadioButton>(QStringLiteral("earliestOption"), reset), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("previewButton"), reset), Qt::LeftButton);
        auto *preview = child<QLabel>(QStringLiteral("resetPreview"), reset);
        QTRY_VERIFY_WITH_TIMEOUT(preview->text().contains(QStringLiteral("which is not written again")), kEngineTimeoutMs);
        QVERIFY(resetButton->isEnabled());
        QTest::mouseClick(child<QRadioButton>(QStringLiteral("latestOption"), reset), Qt::LeftButton);
        QVERIFY(!resetButton->isEnabled()); // a new choice needs its own preview
        QTest::mouseClick(child<QPushButton>(QStringLiteral("previewButton"), reset), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resetButton->isEnabled(), kEngineTimeoutMs);
        QVERIFY2(preview->text().startsWith(QStringLiteral("to latest:\npartition 0: ")), qPrintable(preview->text()));
        QTest::mouseClick(resetButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(actionResult().contains(QStringLiteral("Position reset to latest")), kEngineTimeoutMs);

        enabled = chooseFromMoreMenu(m_taskId, QStringLiteral("startAction"));
        QCOMPARE(enabled, QStringList({QStringLiteral("startAction"), QStringLiteral("resetPositionAction"), QStringLiteral("copyAction")}));
        QVERIFY(confirm());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_taskId), QStringLiteral("Running"), kEngineTimeoutMs);

        chooseFromMoreMenu(m_taskId, QStringLiteral("restartAction"));
        QVERIFY(confirm(&question));
        QVERIFY(question.contains(QStringLiteral("Data already dumped is untouched")));
        QTRY_VERIFY_WITH_TIMEOUT(actionResult().contains(QStringLiteral("is restarting")), kEngineTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_taskId), QStringLiteral("Running"), kEngineTimeoutMs);

        const auto actions = m_env->catalog()->actions(m_taskId);
        QVERIFY(actions.isOk());
        QStringList names;
        for (const TaskAction &a : actions.value())
            if (a.actor == QStringLiteral("gui:test")) names << a.action;
        QVERIFY2(names.contains(QStringLiteral("Pause")) && names.contains(QStringLiteral("Start"))
                     && names.contains(QStringLiteral("Restart")) && names.contains(QStringLiteral("Reset position")),
                 qPrintable(names.join(u',')));
    }

    void copyThenDeleteTheCopy()
    {
        chooseFromMoreMenu(m_taskId, QStringLiteral("copyAction"));
        auto *dialog = waitForDialog<TaskFormDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), TaskFormDialog::Mode::Copy);
        auto *name = child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog);
        const QString original = model()->taskById(m_taskId)->definition.name;
        QCOMPARE(name->text(), original);
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("A task named \"%1\" already exists; choose a new name").arg(original));
        QVERIFY(!child<QPushButton>(QStringLiteral("submitButton"), dialog)->isEnabled());
        const QString copyName = original + QStringLiteral("_copy");
        retype(name, copyName);
        retype(child<QLineEdit>(QStringLiteral("tidEdit"), dialog), QStringLiteral("t_orders_copy"));
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("topicCombo"), dialog)->currentText(), m_topic);
        const QString copyId = submitAndWaitForNewTask(dialog, copyName);
        QVERIFY(!copyId.isEmpty());
        QCOMPARE(model()->taskById(copyId)->definition.source.topic, m_topic);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(copyId), QStringLiteral("Running"), kEngineTimeoutMs);

        TaskOperationsWidget *ops = nullptr;
        QTRY_VERIFY((ops = operationsOf(copyId)) && ops->isEnabled());
        QTest::mouseClick(ops->findChild<QToolButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QString question;
        QVERIFY(confirm(&question));
        QVERIFY2(question.contains(QStringLiteral("the Kafka cluster are untouched")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("This cannot be undone.")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfKey(copyId), -1, kEngineTimeoutMs);
    }

    void deleteKeyAsksFirstAndCancelKeepsTheTask()
    {
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        const QModelIndexList match = table->model()->match(table->model()->index(0, TaskListModel::Id), Qt::DisplayRole, m_taskId);
        QCOMPARE(match.size(), 1);
        activate();
        table->setFocus();
        table->selectRow(match.first().row());
        QTest::keyClick(table, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openMessageBox()) != nullptr);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter must not delete
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(500);
        QVERIFY(model()->rowOfKey(m_taskId) >= 0);
    }

    void changeSourceAndTargetOnTheDetailPage()
    {
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        const QModelIndex id = table->model()->match(table->model()->index(0, TaskListModel::Id), Qt::DisplayRole, m_taskId).value(0);
        QVERIFY(id.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(id).center());
        TaskDetailPage *detail = m_window->taskDetailPage();
        QTRY_VERIFY(detail->isVisible());
        QTRY_COMPARE(child<QLabel>(QStringLiteral("sourceTopic"), detail)->text(), m_topic);
        QCOMPARE(child<QLabel>(QStringLiteral("detailTaskId"), detail)->text(), m_taskId);
        QCOMPARE(child<QLabel>(QStringLiteral("detailStatus"), detail)->text(), QStringLiteral("Running"));
        QCOMPARE(detail->tabs()->count(), 4);
        QCOMPARE(detail->tabs()->tabText(0), QStringLiteral("Basic information"));
        QCOMPARE(detail->tabs()->tabText(1), QStringLiteral("Consumption progress"));
        QCOMPARE(detail->tabs()->tabText(2), QStringLiteral("View messages"));
        QCOMPARE(detail->tabs()->tabText(3), QStringLiteral("Hive table"));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("copyKcatButton"), detail), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("kcat -b %1 -C -t %2 -o beginning -e").arg(TestKafka::bootstrap(), m_topic));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeSourceButton"), detail), Qt::LeftButton);
        auto *sourceDialog = waitForDialog<FormDialog>();
        QVERIFY(sourceDialog);
        auto *topics = child<QComboBox>(QStringLiteral("topicCombo"), sourceDialog);
        QTRY_COMPARE(topics->currentText(), m_topic);
        QVERIFY(pickTopic(topics, m_otherTopic));
        auto *start = child<QComboBox>(QStringLiteral("startPositionCombo"), sourceDialog);
        start->setCurrentIndex(1); // Latest
        QPointer<FormDialog> guard(sourceDialog);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), sourceDialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), sourceDialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("sourceTopic"), detail)->text(), m_otherTopic);
        QCOMPARE(child<QLabel>(QStringLiteral("sourceStart"), detail)->text(), QStringLiteral("Latest"));
        QCOMPARE(child<QLabel>(QStringLiteral("targetFoldersBy"), detail)->text(), QStringLiteral("Kafka record time"));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeTargetButton"), detail), Qt::LeftButton);
        auto *targetDialog = waitForDialog<FormDialog>();
        QVERIFY(targetDialog);
        auto *tid = child<QLineEdit>(QStringLiteral("tidEdit"), targetDialog);
        QCOMPARE(tid->text(), QStringLiteral("t_orders"));
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("warehouseCombo"), targetDialog)->currentText(), QStringLiteral("wh"));
        retype(tid, QStringLiteral("bad tid"));
        QCOMPARE(child<QLabel>(QStringLiteral("formProblem"), targetDialog)->text(),
                 QStringLiteral("TID contains a space at position 4; only letters, digits and '_' are allowed"));
        QVERIFY(!child<QPushButton>(QStringLiteral("saveButton"), targetDialog)->isEnabled());
        retype(tid, QStringLiteral("t_other"));
        auto *compression = child<QComboBox>(QStringLiteral("compressionCombo"), targetDialog);
        QCOMPARE(compression->count(), 3); // no snappy for text files
        stepCombo(compression, 1);
        QCOMPARE(compression->currentText(), QStringLiteral("gzip"));
        guard = targetDialog;
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), targetDialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), targetDialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("targetTable"), detail)->text(), QStringLiteral("b_console / t_other"));
        QCOMPARE(child<QLabel>(QStringLiteral("targetCompression"), detail)->text(), QStringLiteral("gzip"));
        QVERIFY(!child<QLabel>(QStringLiteral("targetColumns"), detail)->isVisible()); // json: no columns

        auto *history = child<QTableView>(QStringLiteral("actionHistoryTable"), detail);
        QStringList actions;
        for (int r = 0; r < history->model()->rowCount(); ++r) actions << history->model()->index(r, 2).data().toString();
        QVERIFY2(actions.contains(QStringLiteral("Change source")) && actions.contains(QStringLiteral("Change target")),
                 qPrintable(actions.join(u',')));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(QStringLiteral("detailStatus"), detail)->text(), QStringLiteral("Running"),
                                  kEngineTimeoutMs);

        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
        QVERIFY(m_window->taskListPage()->isVisible());
    }

    void rebuildACreateFailedTask()
    {
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = waitForDialog<TaskFormDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("nextButton"), dialog), Qt::LeftButton);
        const QString failedName = TestKafka::uniqueName(QStringLiteral("missing"));
        const QString missingTopic = TestKafka::uniqueName(QStringLiteral("no_such_topic"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog), failedName);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("bidEdit"), dialog), QStringLiteral("b_console"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("tidEdit"), dialog), QStringLiteral("t_rebuilt"));
        auto *topics = child<QComboBox>(QStringLiteral("topicCombo"), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(topics->count() > 0, 20000);
        topics->lineEdit()->setFocus();
        QTest::keyClicks(topics->lineEdit(), missingTopic);
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("warehouseCombo"), dialog)->currentText(), QStringLiteral("wh"));
        const QString failedId = submitAndWaitForNewTask(dialog, failedName);
        QVERIFY(!failedId.isEmpty());
        QTRY_COMPARE(statusOf(failedId), QStringLiteral("CreateFailed"));
        const QString reason = QStringLiteral("Topic \"%1\" does not exist on Kafka cluster \"test\" (%2)")
                                   .arg(missingTopic, TestKafka::bootstrap());
        QTRY_VERIFY2(actionResult().endsWith(reason), qPrintable(actionResult()));
        QCOMPARE(model()->taskById(failedId)->lastError, reason);

        const QStringList enabled = chooseFromMoreMenu(failedId, QStringLiteral("rebuildAction"));
        QCOMPARE(enabled, QStringList({QStringLiteral("rebuildAction"), QStringLiteral("copyAction")}));
        dialog = waitForDialog<TaskFormDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), TaskFormDialog::Mode::Rebuild);
        // Why it failed, verbatim, above the fields to fix.
        auto *why = child<QLabel>(QStringLiteral("createFailedReason"), dialog);
        QVERIFY(why && why->isVisible());
        QCOMPARE(why->text(), QStringLiteral("Task %1 could not be created:\n%2").arg(failedId, reason));
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("topicCombo"), dialog)->currentText(), missingTopic);
        const QString rebuiltName = failedName + QStringLiteral("_v2");
        retype(child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog), rebuiltName);
        QVERIFY(pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), m_topic));
        const QString rebuiltId = submitAndWaitForNewTask(dialog, rebuiltName);
        QVERIFY(!rebuiltId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(rebuiltId), QStringLiteral("Running"), kEngineTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfKey(failedId), -1, kEngineTimeoutMs);
        QTRY_VERIFY(actionResult().contains(QStringLiteral("was rebuilt as %1").arg(rebuiltId)));
    }

    // The ID column reads as a link: link-styled, a pointing hand over it (not over the name),
    // and only as wide as the IDs, so a long name is not cut short while the ID has room.
    void taskIdIsALinkAndTheNameIsNotCut()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("console_link"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        TaskDefinition d = m_env->definition(topic);
        d.name = TestKafka::uniqueName(QStringLiteral("orders_to_the_sales_team_warehouse_for_the_monthly_report"));
        const QString id = createTask(d);
        QVERIFY(!id.isEmpty());
        showTaskList();
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        QVERIFY(qobject_cast<LinkDelegate *>(table->itemDelegateForColumn(TaskListModel::Id)));
        const QModelIndex idCell = table->model()->match(table->model()->index(0, TaskListModel::Id), Qt::DisplayRole, id).value(0);
        QVERIFY(idCell.isValid());
        const QModelIndex nameCell = idCell.siblingAtColumn(TaskListModel::Name);
        table->scrollTo(idCell);

        QTest::mouseMove(table->viewport(), table->visualRect(nameCell).center());
        QTest::mouseMove(table->viewport(), table->visualRect(idCell).center());
        QTRY_COMPARE(table->viewport()->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseMove(table->viewport(), table->visualRect(nameCell).center());
        QTRY_COMPARE(table->viewport()->cursor().shape(), Qt::ArrowCursor);

        QFont underlined = table->font();
        underlined.setUnderline(true);
        const int idText = QFontMetrics(underlined).horizontalAdvance(id);
        QVERIFY2(table->columnWidth(TaskListModel::Id) < idText + 40,
                 qPrintable(QStringLiteral("ID column %1 px for %2 px of text").arg(table->columnWidth(TaskListModel::Id)).arg(idText)));
        QVERIFY2(table->columnWidth(TaskListModel::Name) >= table->fontMetrics().horizontalAdvance(d.name),
                 qPrintable(QStringLiteral("Name column %1 px for %2").arg(table->columnWidth(TaskListModel::Name)).arg(d.name)));

        // A rendering with the link colour where the ID is (the rest of the row is not blue).
        const QImage row = table->viewport()->grab(table->visualRect(idCell)).toImage();
        const QColor link = table->palette().color(QPalette::Link);
        bool linkColoured = false;
        for (int y = 0; y < row.height() && !linkColoured; ++y)
            for (int x = 0; x < row.width() && !linkColoured; ++x) linkColoured = row.pixelColor(x, y) == link;
        QVERIFY(linkColoured);

        TaskDetailPage *detail = openDetailByClickingTheId(id);
        QVERIFY(detail);
        QCOMPARE(child<QLabel>(QStringLiteral("detailTaskName"), detail)->text(), d.name);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    // A task in Error can be paused from the More menu: it stops retrying, and the history says who.
    void pauseATaskInError()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("console_err"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, {"not json"}, 0));
        TaskDefinition d = m_env->definition(topic);
        d.target.format = RecordFormat::Delimited;
        d.target.fields = {QStringLiteral("a")};
        d.target.badRecords = BadRecordPolicy::Fail;
        const QString id = createTask(d);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_env->catalog()->task(id)->status, TaskStatus::Error, kEngineTimeoutMs);
        m_window->taskListPage()->reload();
        QTRY_COMPARE(statusOf(id), QStringLiteral("Error"));
        showTaskList();
        const QStringList enabled = chooseFromMoreMenu(id, QStringLiteral("pauseAction"));
        QCOMPARE(enabled, QStringList({QStringLiteral("pauseAction"), QStringLiteral("restartAction"),
                                       QStringLiteral("resetPositionAction"), QStringLiteral("copyAction")}));
        QString question;
        QVERIFY(confirm(&question));
        QVERIFY2(question.contains(QStringLiteral("It stops retrying")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Paused"), kEngineTimeoutMs);
        const int retries = m_env->catalog()->task(id)->retryCount;
        QTest::qWait(5000); // past the next retry it would have had (2 s, then 4 s)
        QCOMPARE(m_env->catalog()->task(id)->status, TaskStatus::Paused);
        QCOMPARE(m_env->catalog()->task(id)->retryCount, retries);
        QVERIFY2(historyOf(id, actor()).contains(QStringLiteral("Pause:ok")), qPrintable(historyOf(id, actor()).join(u',')));
    }

    // Change data source on a CreateFailed task runs the Create checks again: fixed, it runs.
    void editingACreateFailedTaskRetriesTheChecks()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("console_cf"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QVERIFY(TestKafka::produce(topic, {"{\"id\":1}"}, 0));
        TaskDefinition d = m_env->definition(TestKafka::uniqueName(QStringLiteral("console_cf_missing")));
        const QString id = createTask(d);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(statusOf(id), QStringLiteral("CreateFailed"));
        TaskDetailPage *detail = openDetailByClickingTheId(id);
        QVERIFY(detail);
        QVERIFY(child<QLabel>(QStringLiteral("lastErrorLabel"), detail)->text().contains(QStringLiteral("does not exist")));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeSourceButton"), detail), Qt::LeftButton);
        auto *dialog = waitForDialog<FormDialog>();
        QVERIFY(dialog);
        QVERIFY(pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), topic));
        QPointer<FormDialog> guard(dialog);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_VERIFY(child<QLabel>(QStringLiteral("detailResult"), detail)->text().contains(QStringLiteral("passed the Create checks")));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(QStringLiteral("detailStatus"), detail)->text(), QStringLiteral("Running"),
                                  kEngineTimeoutMs);
        QCOMPARE(child<QLabel>(QStringLiteral("lastErrorLabel"), detail)->text(), QStringLiteral("None"));
        QVERIFY(historyOf(id, actor()).contains(QStringLiteral("Create:ok")));
        WarehouseReader reader(m_env->tableDir(d.target.bid, d.target.tid));
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 1, kEngineTimeoutMs);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    // A new start position once data is committed goes through Reset position, after a
    // confirmation that counts what it skips or reads again.
    void changingTheStartPositionResetsThePosition()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("console_start"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        QByteArrayList values;
        for (int i = 0; i < 12; ++i) values << QStringLiteral("{\"id\":%1}").arg(i).toUtf8();
        QVERIFY(TestKafka::produce(topic, values, 0));
        TaskDefinition d = m_env->definition(topic);
        d.source.start = QStringLiteral("latest"); // committed at 12 by the Create: nothing dumped
        const QString id = createTask(d);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        WarehouseReader reader(m_env->tableDir(d.target.bid, d.target.tid));
        TaskDetailPage *detail = openDetailByClickingTheId(id);
        QVERIFY(detail);
        QCOMPARE(child<QLabel>(QStringLiteral("sourceStart"), detail)->text(), QStringLiteral("Latest"));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeSourceButton"), detail), Qt::LeftButton);
        auto *dialog = waitForDialog<FormDialog>();
        QVERIFY(dialog);
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("topicCombo"), dialog)->currentText(), topic);
        // The task runs two consumers on a one-partition topic: the form says so, and still saves.
        QTRY_VERIFY(child<QLabel>(QStringLiteral("parallelismAdvice"), dialog)->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("parallelismAdvice"), dialog)->text(),
                 QStringLiteral("Topic %1 has 1 partition(s): only that many of the 2 consumers get data, the others stay idle. "
                                "For more throughput, add partitions to the topic.")
                     .arg(topic));
        auto *start = child<QComboBox>(QStringLiteral("startPositionCombo"), dialog);
        QCOMPARE(start->currentText(), QStringLiteral("Latest"));
        stepCombo(start, -1);
        QCOMPARE(start->currentText(), QStringLiteral("Earliest"));
        QPointer<FormDialog> guard(dialog);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), dialog)->isEnabled());

        // Cancel first: nothing changes.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = openMessageBox()) != nullptr, kEngineTimeoutMs);
        QVERIFY2(box->text().contains(QStringLiteral("0 records will be skipped and 12 read again")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("partition 0: 12 → 0 (reads 12 records again)")));
        QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Reset position"));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(1500);
        QVERIFY(guard && guard->isVisible()); // the form stays, with the user's choice
        QCOMPARE(reader.lines().size(), 0);
        QCOMPARE(m_env->catalog()->task(id)->definition.source.start, QStringLiteral("latest"));

        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QString question;
        QVERIFY(confirm(&question));
        QVERIFY(question.contains(QStringLiteral("restarts from the new position")));
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("sourceStart"), detail)->text(), QStringLiteral("Earliest"));
        // The twelve records before the old start are dumped now, once each.
        QTRY_COMPARE_WITH_TIMEOUT(reader.lines().size(), 12, kEngineTimeoutMs);
        QVERIFY(historyOf(id, actor()).contains(QStringLiteral("Reset position:ok")));
        QVERIFY(historyOf(id, actor()).contains(QStringLiteral("Change source:ok")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    // More consumers than partitions: the form says so under Parallelism.
    void parallelismAboveThePartitionsIsWarned()
    {
        activate();
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newTaskButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<TaskFormDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("nextButton"), dialog), Qt::LeftButton);
        QVERIFY(pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), m_topic)); // two partitions
        auto *parallelism = child<QSpinBox>(QStringLiteral("parallelismSpin"), dialog);
        auto *advice = child<QLabel>(QStringLiteral("parallelismAdvice"), dialog);
        retype(parallelism, QStringLiteral("2"));
        QCOMPARE(parallelism->value(), 2);
        QVERIFY(advice->isHidden());
        QTest::keyClick(parallelism, Qt::Key_Up);
        QCOMPARE(parallelism->value(), 3);
        QVERIFY(!advice->isHidden());
        QCOMPARE(advice->text(), QStringLiteral("Topic %1 has 2 partition(s): only that many of the 3 consumers get data, the others "
                                                "stay idle. For more throughput, add partitions to the topic.")
                                     .arg(m_topic));
        QTest::keyClick(parallelism, Qt::Key_Down);
        QVERIFY(advice->isHidden());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelButton"), dialog), Qt::LeftButton);
    }

    void parquetTaskWithColumnsInferredFromASample()
    {
        const QString name = TestKafka::uniqueName(QStringLiteral("orders_parquet"));
        TaskFormDialog *dialog = openCreateFormWithSample(name, QStringLiteral("t_parquet"), m_ordersTopic);
        QVERIFY(dialog);
        auto *format = child<QComboBox>(QStringLiteral("formatCombo"), dialog);
        auto *editor = child<ColumnsEditor>(QStringLiteral("columnsEditor"), dialog);
        auto *fields = child<QLineEdit>(QStringLiteral("fieldsEdit"), dialog);
        QVERIFY(!editor->isVisible());
        QVERIFY(fields->isVisible());
        stepCombo(format, 3); // json, raw, delimited, parquet
        QCOMPARE(format->currentText(), QStringLiteral("Parquet (typed columns)"));
        QVERIFY(editor->isVisible());
        QVERIFY(!fields->isVisible());
        QVERIFY(!child<QLineEdit>(QStringLiteral("separatorEdit"), dialog)->isVisible());

        auto *compression = child<QComboBox>(QStringLiteral("compressionCombo"), dialog);
        QCOMPARE(compression->count(), 4);
        stepCombo(compression, 3);
        QCOMPARE(compression->currentText(), QStringLiteral("snappy"));

        // No columns yet: the definition says what is missing.
        auto *problem = child<QLabel>(QStringLiteral("formProblem"), dialog);
        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        QTRY_COMPARE(problem->text(), QStringLiteral("The parquet format needs at least one column"));
        QVERIFY(!submit->isEnabled());

        auto *infer = child<QPushButton>(QStringLiteral("inferColumnsButton"), dialog);
        QTRY_VERIFY(infer->isEnabled());
        QTest::mouseClick(infer, Qt::LeftButton);
        auto *table = child<QTableWidget>(QStringLiteral("columnsTable"), dialog);
        QCOMPARE(columnNames(table), QStringList({QStringLiteral("order_id"), QStringLiteral("amount"), QStringLiteral("paid"),
                                                  QStringLiteral("day"), QStringLiteral("buyer_city")}));
        QVERIFY2(child<QLabel>(QStringLiteral("columnsNote"), dialog)->text().startsWith(QStringLiteral("5 column(s) proposed")),
                 qPrintable(child<QLabel>(QStringLiteral("columnsNote"), dialog)->text()));

        // order_id: int64 by default, int32 here (one step up in the type list).
        auto *orderIdType = static_cast<QComboBox *>(table->cellWidget(0, ColumnsEditor::Type));
        QCOMPARE(orderIdType->currentText(), QStringLiteral("int64"));
        stepCombo(orderIdType, -1);
        QCOMPARE(orderIdType->currentText(), QStringLiteral("int32"));
        // And the record's offset, a metadata column picked by its label (string → int64).
        addColumn(dialog, table, QStringLiteral("kafka_offset"), QStringLiteral("Kafka offset"), 2);
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(problem->text()));
        const QString id = submitFlushingEverySecond(dialog, name);
        QVERIFY(!id.isEmpty());

        const Result<TaskRecord> saved = m_env->catalog()->task(id);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        const TargetSpec &t = saved->definition.target;
        QCOMPARE(t.format, RecordFormat::Parquet);
        QCOMPARE(t.compression, Compression::Snappy);
        const auto column = [](const QString &n, ColumnType type, const QString &path, ColumnMeta meta = ColumnMeta::None) {
            ColumnSpec c;
            c.name = n;
            c.type = type;
            c.path = path;
            c.meta = meta;
            return c;
        };
        const QList<ColumnSpec> expected{column(QStringLiteral("order_id"), ColumnType::Int32, QStringLiteral("order_id")),
                                         column(QStringLiteral("amount"), ColumnType::Double, QStringLiteral("amount")),
                                         column(QStringLiteral("paid"), ColumnType::Boolean, QStringLiteral("paid")),
                                         column(QStringLiteral("day"), ColumnType::Date, QStringLiteral("day")),
                                         column(QStringLiteral("buyer_city"), ColumnType::String, QStringLiteral("buyer.city")),
                                         column(QStringLiteral("kafka_offset"), ColumnType::Int64, QString(), ColumnMeta::Offset)};
        QCOMPARE(t.columns, expected);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        // The engine takes the definition the form made: a committed parquet file (its magic
        // number at both ends) holds the sample record.
        const WarehouseReader warehouse(m_env->tableDir(QStringLiteral("b_console"), QStringLiteral("t_parquet")));
        QTRY_VERIFY_WITH_TIMEOUT(!warehouse.dataFiles().isEmpty(), kEngineTimeoutMs);
        const QString file = warehouse.dataFiles().constFirst();
        QVERIFY2(QFileInfo(file).fileName().startsWith(m_ordersTopic + QStringLiteral("+0+")) && file.endsWith(QStringLiteral(".parquet")),
                 qPrintable(file));
        const QByteArray bytes = WarehouseReader::readFile(file);
        QVERIFY(bytes.startsWith("PAR1") && bytes.endsWith("PAR1"));

        // The detail page lists the columns.
        m_window->openTask(id);
        TaskDetailPage *detail = m_window->taskDetailPage();
        QTRY_COMPARE(child<QLabel>(QStringLiteral("targetCompression"), detail)->text(), QStringLiteral("snappy"));
        auto *columns = child<QLabel>(QStringLiteral("targetColumns"), detail);
        QVERIFY(columns->isVisible());
        QCOMPARE(columns->text().split(u'\n').value(4), QStringLiteral("buyer_city · string · buyer.city"));
        QCOMPARE(columns->text().split(u'\n').value(5), QStringLiteral("kafka_offset · int64 · Kafka offset"));

        // Change data target starts from the saved columns; it has no sample to infer from, so
        // it offers no inference.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeTargetButton"), detail), Qt::LeftButton);
        auto *targetDialog = waitForDialog<FormDialog>();
        QVERIFY(targetDialog);
        QStringList names;
        for (const ColumnSpec &c : expected) names << c.name;
        QCOMPARE(columnNames(child<QTableWidget>(QStringLiteral("columnsTable"), targetDialog)), names);
        QCOMPARE(child<QComboBox>(QStringLiteral("compressionCombo"), targetDialog)->currentText(), QStringLiteral("snappy"));
        QVERIFY(!child<QPushButton>(QStringLiteral("inferColumnsButton"), targetDialog)->isVisible());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelButton"), targetDialog), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    // The create form offers typed columns for a delimited table too: the fields typed so far
    // become string columns, a type is chosen, and the engine writes the checked values.
    void delimitedTaskWithTypedColumns()
    {
        const QString name = TestKafka::uniqueName(QStringLiteral("orders_delimited"));
        TaskFormDialog *dialog = openCreateFormWithSample(name, QStringLiteral("t_delimited_typed"), m_ordersTopic);
        QVERIFY(dialog);
        auto *typed = child<QCheckBox>(QStringLiteral("delimitedColumnsCheck"), dialog);
        auto *editor = child<ColumnsEditor>(QStringLiteral("columnsEditor"), dialog);
        auto *fields = child<QLineEdit>(QStringLiteral("fieldsEdit"), dialog);
        QVERIFY(!typed->isVisible());
        stepCombo(child<QComboBox>(QStringLiteral("formatCombo"), dialog), 2); // json, raw, delimited
        QVERIFY(typed->isVisible());
        QVERIFY(!typed->isChecked());
        QVERIFY(fields->isVisible());
        QVERIFY(!editor->isVisible());
        QTest::keyClicks(fields, QStringLiteral("order_id, amount"));

        QTest::mouseClick(typed, Qt::LeftButton, {}, QPoint(4, typed->height() / 2));
        QVERIFY(typed->isChecked());
        QVERIFY(editor->isVisible());
        QVERIFY(!fields->isVisible());
        auto *table = child<QTableWidget>(QStringLiteral("columnsTable"), dialog);
        QCOMPARE(columnNames(table), QStringList({QStringLiteral("order_id"), QStringLiteral("amount")}));
        auto *amountType = static_cast<QComboBox *>(table->cellWidget(1, ColumnsEditor::Type));
        QCOMPARE(amountType->currentText(), QStringLiteral("string"));
        stepCombo(amountType, amountType->findText(QStringLiteral("double")) - amountType->currentIndex());
        QCOMPARE(amountType->currentText(), QStringLiteral("double"));
        const QString id = submitFlushingEverySecond(dialog, name);
        QVERIFY(!id.isEmpty());

        const Result<TaskRecord> saved = m_env->catalog()->task(id);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        const TargetSpec &t = saved->definition.target;
        QCOMPARE(t.format, RecordFormat::Delimited);
        QVERIFY(t.fields.isEmpty());
        const QList<ColumnSpec> expected{ColumnSpec{QStringLiteral("order_id"), ColumnType::String, QStringLiteral("order_id")},
                                         ColumnSpec{QStringLiteral("amount"), ColumnType::Double, QStringLiteral("amount")}};
        QCOMPARE(t.columns, expected);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        const WarehouseReader warehouse(m_env->tableDir(QStringLiteral("b_console"), QStringLiteral("t_delimited_typed")));
        QTRY_VERIFY_WITH_TIMEOUT(!warehouse.dataFiles().isEmpty(), kEngineTimeoutMs);
        QCOMPARE(WarehouseReader::readFile(warehouse.dataFiles().constFirst()), QByteArray("7|12.5\n"));
    }

    // A cluster with a schema registry: Pull source data shows the Avro record decoded and says
    // so; the column editor infers the columns from the schema's fields and types; the task
    // writes them (read back by DuckDB).
    void avroSampleDecodedAndColumnsInferredFromItsSchema()
    {
        ClusterConfig cluster = TestKafka::cluster();
        cluster.schemaRegistryUrl = TestRegistry::url();
        QVERIFY(m_env->catalog()->saveCluster(cluster).isOk());
        const QString topic = TestKafka::uniqueName(QStringLiteral("console_avro"));
        QVERIFY(TestKafka::createTopic(topic, 1));
        const QByteArray schema =
            "{\"type\":\"record\",\"name\":\"Payment\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
            "{\"name\":\"amount\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":9,\"scale\":2}},"
            "{\"name\":\"at\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},"
            "{\"name\":\"payer\",\"type\":{\"type\":\"record\",\"name\":\"Payer\",\"fields\":[{\"name\":\"city\",\"type\":[\"null\",\"string\"]}]}}]}";
        const TestRegistry::Encoded encoded = TestRegistry::encode(
            topic + QStringLiteral("-value"), schema,
            {QByteArrayLiteral("{\"id\": 42, \"amount\": 19.99, \"at\": 1767323045000, \"payer\": {\"city\": \"Wuhan\"}}")});
        QVERIFY(encoded.schemaId >= 0);
        QVERIFY(TestKafka::produce(topic, encoded.values, 0));

        const QString name = TestKafka::uniqueName(QStringLiteral("payments"));
        TaskFormDialog *dialog = openCreateFormWithSample(name, QStringLiteral("t_avro"), topic);
        QVERIFY(dialog);
        const QString preview = child<QPlainTextEdit>(QStringLiteral("sourcePreview"), dialog)->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Value: Avro, schema id %1 from the schema registry").arg(encoded.schemaId)), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("\"amount\": 19.99")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("\"at\": \"2026-01-02T03:04:05.000Z\"")), qPrintable(preview));

        stepCombo(child<QComboBox>(QStringLiteral("formatCombo"), dialog), 3); // json, raw, delimited, parquet
        auto *infer = child<QPushButton>(QStringLiteral("inferColumnsButton"), dialog);
        QTRY_VERIFY(infer->isEnabled());
        QCOMPARE(infer->text(), QStringLiteral("Infer from schema"));
        QTest::mouseClick(infer, Qt::LeftButton);
        auto *table = child<QTableWidget>(QStringLiteral("columnsTable"), dialog);
        QCOMPARE(columnNames(table), QStringList({QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("at"), QStringLiteral("payer_city")}));
        QStringList types;
        for (int r = 0; r < table->rowCount(); ++r) types << static_cast<QComboBox *>(table->cellWidget(r, ColumnsEditor::Type))->currentText();
        // A decimal stays text: a double would drop digits.
        QCOMPARE(types, QStringList({QStringLiteral("int64"), QStringLiteral("string"), QStringLiteral("timestamp_ms"), QStringLiteral("string")}));
        const QString id = submitFlushingEverySecond(dialog, name);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        const WarehouseReader warehouse(m_env->tableDir(QStringLiteral("b_console"), QStringLiteral("t_avro")));
        QTRY_VERIFY_WITH_TIMEOUT(!warehouse.dataFiles().isEmpty(), kEngineTimeoutMs);
        const ColumnarFile file = readColumnarFile(warehouse.dataFiles().constFirst());
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(QJsonDocument(file.rows.constFirst()).toJson(QJsonDocument::Compact), QByteArray("[42,\"19.99\",1767323045000,\"Wuhan\"]"));

        // View messages shows the dumped record decoded too.
        m_window->openTask(id);
        TaskDetailPage *detail = m_window->taskDetailPage();
        QTRY_COMPARE(detail->taskId(), id);
        ViewMessagesTab *messages = detail->messagesTab();
        detail->tabs()->setCurrentWidget(messages);
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 1, kEngineTimeoutMs);
        auto *view = child<QTableView>(QStringLiteral("messagesTable"), detail);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        const QString value = child<QPlainTextEdit>(QStringLiteral("valueText"), detail)->toPlainText();
        QVERIFY2(value.contains(QStringLiteral("\"amount\": 19.99")) && value.contains(QStringLiteral("\"city\": \"Wuhan\"")), qPrintable(value));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    void eventTimeFoldersFromAProposedField()
    {
        const QString name = TestKafka::uniqueName(QStringLiteral("events"));
        TaskFormDialog *dialog = openCreateFormWithSample(name, QStringLiteral("t_event_time"), m_eventsTopic);
        QVERIFY(dialog);
        auto *by = child<QComboBox>(QStringLiteral("partitionByCombo"), dialog);
        auto *field = child<QComboBox>(QStringLiteral("eventTimeFieldCombo"), dialog);
        auto *format = child<QComboBox>(QStringLiteral("eventTimeFormatCombo"), dialog);
        auto *problem = child<QLabel>(QStringLiteral("formProblem"), dialog);
        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        QCOMPARE(by->currentText(), QStringLiteral("Kafka record time"));
        QVERIFY(!field->isVisible());

        stepCombo(by, 1);
        QCOMPARE(by->currentText(), QStringLiteral("Event time from a field"));
        QVERIFY(field->isVisible() && format->isVisible());
        QCOMPARE(child<QLabel>(QStringLiteral("eventTimeNote"), dialog)->text(),
                 QStringLiteral("2 field(s) of the pulled record look like times: pick one from the list, or type a path."));
        // Proposed from the sample, each with the format it was judged in; nothing chosen yet.
        QCOMPARE(field->count(), 2);
        QCOMPARE(field->itemText(0), QStringLiteral("created"));
        QCOMPARE(field->itemText(1), QStringLiteral("ts"));
        QCOMPARE(field->currentText(), QString());
        QTRY_COMPARE(problem->text(),
                     QStringLiteral("Name the field that holds the event time, or make folders by Kafka record time."));
        QVERIFY(!submit->isEnabled());

        // A typed path is judged by Validation's own rule.
        field->lineEdit()->setFocus();
        QTest::keyClicks(field->lineEdit(), QStringLiteral("ts..x"));
        QTRY_COMPARE(problem->text(),
                     QStringLiteral("partitionBy.field \"ts..x\" is not a path: field names joined by dots, such as event.time"));
        QVERIFY(!submit->isEnabled());

        // The keyboard picks the first proposal (epoch seconds), the mouse the second in the
        // popup list (epoch milliseconds): each brings its format along.
        retype(field->lineEdit(), QString());
        stepCombo(field, 1);
        QCOMPARE(field->currentText(), QStringLiteral("created"));
        QCOMPARE(format->currentText(), QStringLiteral("Epoch seconds"));
        QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(field->width() - 6, field->height() / 2));
        QAbstractItemView *list = field->view();
        QTRY_VERIFY(list->isVisible());
        // The popup ignores a release that comes right after it opened (a click that opened it).
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, 0)).center());
        QTRY_VERIFY(!list->isVisible());
        QCOMPARE(field->currentText(), QStringLiteral("ts"));
        QCOMPARE(format->currentText(), QStringLiteral("Epoch milliseconds"));
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(problem->text()));
        const QString id = submitFlushingEverySecond(dialog, name);
        QVERIFY(!id.isEmpty());

        const Result<TaskRecord> saved = m_env->catalog()->task(id);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        QCOMPARE(saved->definition.target.partitionBy.field, QStringLiteral("ts"));
        QCOMPARE(saved->definition.target.partitionBy.format, TimeFormat::EpochMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);

        // Both records are in the folder of their event time, not of today's Kafka timestamps.
        const QString tableDir = m_env->tableDir(QStringLiteral("b_console"), QStringLiteral("t_event_time"));
        const WarehouseReader warehouse(tableDir);
        const QString hourDir = tableDir + QStringLiteral("/dt=20260101/hr=05/");
        const auto written = [&] {
            QByteArray bytes;
            for (const QString &file : warehouse.dataFiles()) bytes += WarehouseReader::readFile(file);
            return bytes;
        };
        QTRY_VERIFY_WITH_TIMEOUT(written().contains("1767244200000") && written().contains("1767245400000"), kEngineTimeoutMs);
        QVERIFY(QFileInfo(hourDir).isDir());
        for (const QString &file : warehouse.dataFiles()) QVERIFY2(file.startsWith(hourDir), qPrintable(file));

        m_window->openTask(id);
        TaskDetailPage *detail = m_window->taskDetailPage();
        QTRY_COMPARE(child<QLabel>(QStringLiteral("targetFoldersBy"), detail)->text(), QStringLiteral("Event time: ts (epoch ms)"));

        // Change data target starts from the saved event time, and saving another change keeps it.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("changeTargetButton"), detail), Qt::LeftButton);
        auto *targetDialog = waitForDialog<FormDialog>();
        QVERIFY(targetDialog);
        QCOMPARE(child<QComboBox>(QStringLiteral("partitionByCombo"), targetDialog)->currentText(),
                 QStringLiteral("Event time from a field"));
        QCOMPARE(child<QComboBox>(QStringLiteral("eventTimeFieldCombo"), targetDialog)->currentText(), QStringLiteral("ts"));
        QCOMPARE(child<QComboBox>(QStringLiteral("eventTimeFormatCombo"), targetDialog)->currentText(),
                 QStringLiteral("Epoch milliseconds"));
        QVERIFY(!child<QLabel>(QStringLiteral("eventTimeNote"), targetDialog)->isVisible()); // no sample here
        auto *compression = child<QComboBox>(QStringLiteral("compressionCombo"), targetDialog);
        stepCombo(compression, 1);
        QCOMPARE(compression->currentText(), QStringLiteral("gzip"));
        QPointer<FormDialog> guard(targetDialog);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), targetDialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), targetDialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("targetCompression"), detail)->text(), QStringLiteral("gzip"));
        const Result<TaskRecord> changed = m_env->catalog()->task(id);
        QVERIFY2(changed.isOk(), qPrintable(changed.error()));
        QCOMPARE(changed->definition.target.compression, Compression::Gzip);
        QCOMPARE(changed->definition.target.partitionBy, (PartitionBy{QStringLiteral("ts"), TimeFormat::EpochMs}));
        QCOMPARE(child<QLabel>(QStringLiteral("targetFoldersBy"), detail)->text(), QStringLiteral("Event time: ts (epoch ms)"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    void badColumnsShowTheRuleAndSaveNothing()
    {
        const QString name = TestKafka::uniqueName(QStringLiteral("orders_bad_columns"));
        TaskFormDialog *dialog = openCreateFormWithSample(name, QStringLiteral("t_bad_columns"), m_ordersTopic);
        QVERIFY(dialog);
        stepCombo(child<QComboBox>(QStringLiteral("formatCombo"), dialog), 4); // orc
        QTest::mouseClick(child<QPushButton>(QStringLiteral("inferColumnsButton"), dialog), Qt::LeftButton);
        auto *table = child<QTableWidget>(QStringLiteral("columnsTable"), dialog);
        QCOMPARE(table->rowCount(), 5);
        auto *problem = child<QLabel>(QStringLiteral("formProblem"), dialog);
        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(problem->text()));

        // The offset in a string column: refused with the rule's own sentence.
        const int offsetRow = addColumn(dialog, table, QStringLiteral("kafka_offset"), QStringLiteral("Kafka offset"), 0);
        QTRY_COMPARE(problem->text(), QStringLiteral("Column \"kafka_offset\" holds the record's offset, which does not fit type string"));
        QVERIFY(problem->isVisible());
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);

        // Fixed, then a name given twice (ignoring case).
        stepCombo(static_cast<QComboBox *>(table->cellWidget(offsetRow, ColumnsEditor::Type)), 2);
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(problem->text()));
        retype(static_cast<QLineEdit *>(table->cellWidget(1, ColumnsEditor::Name)), QStringLiteral("ORDER_ID"));
        QTRY_COMPARE(problem->text(),
                     QStringLiteral("Column \"ORDER_ID\" is named twice (names are compared ignoring case, as Hive does)"));
        QVERIFY(!submit->isEnabled());

        // Removing the column clears the problem; cancelling saves nothing.
        table->setCurrentCell(1, ColumnsEditor::Name);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeColumnButton"), dialog), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 5);
        QTRY_VERIFY2(submit->isEnabled(), qPrintable(problem->text()));

        // Move down, then up again, carries the row's own name and type along.
        const QStringList order = columnNames(table);
        table->setCurrentCell(0, ColumnsEditor::Name);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("moveColumnDownButton"), dialog), Qt::LeftButton);
        QStringList swapped = order;
        swapped.swapItemsAt(0, 1);
        QCOMPARE(columnNames(table), swapped);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(static_cast<QComboBox *>(table->cellWidget(1, ColumnsEditor::Type))->currentText(), QStringLiteral("int64"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("moveColumnUpButton"), dialog), Qt::LeftButton);
        QCOMPARE(columnNames(table), order);
        QVERIFY(!child<QPushButton>(QStringLiteral("moveColumnUpButton"), dialog)->isEnabled()); // first row

        // Another topic: the sample is gone, and the button says why it waits.
        auto *infer = child<QPushButton>(QStringLiteral("inferColumnsButton"), dialog);
        QVERIFY(infer->isEnabled());
        QVERIFY(pickTopic(child<QComboBox>(QStringLiteral("topicCombo"), dialog), m_otherTopic));
        QVERIFY(!infer->isEnabled());
        QCOMPARE(infer->toolTip(), QStringLiteral("Pull source data first: the columns are proposed from the record it shows."));
        QCOMPARE(child<QLabel>(QStringLiteral("columnsNote"), dialog)->text(),
                 QStringLiteral("Add columns, or pull source data and infer them from a recent record."));
        QCOMPARE(table->rowCount(), 5); // the columns stay

        QTest::mouseClick(child<QPushButton>(QStringLiteral("cancelButton"), dialog), Qt::LeftButton);
        QTest::qWait(300);
        const Result<TaskRecord> saved = m_env->catalog()->task(name);
        QVERIFY(!saved.isOk());
        QVERIFY(std::none_of(model()->items().cbegin(), model()->items().cend(),
                             [&](const TaskRecord &t) { return t.definition.name == name; }));
    }

    void exportAndImportDefinitions()
    {
        TaskListPage *page = m_window->taskListPage();
        const QString file = m_env->path(QStringLiteral("export.json"));
        page->exportTask(m_taskId, file);
        QTRY_VERIFY(actionResult().startsWith(QStringLiteral("Exported ")));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        auto definition = TaskDefinition::fromJsonBytes(exported.readAll());
        QVERIFY2(definition.isOk(), qPrintable(definition.error()));
        QCOMPARE(definition->target.tid, QStringLiteral("t_other"));

        TaskDefinition imported = definition.value();
        imported.name += QStringLiteral("_imported");
        imported.target.tid = QStringLiteral("t_imported");
        const QString importFile = m_env->path(QStringLiteral("import.json"));
        QFile out(importFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(imported.toJson()).toJson());
        out.close();
        page->importFile(importFile);
        QTRY_VERIFY_WITH_TIMEOUT(actionResult().contains(QStringLiteral("it is running")), kEngineTimeoutMs);
        QTRY_VERIFY(std::any_of(model()->items().cbegin(), model()->items().cend(),
                                [&](const TaskRecord &t) { return t.definition.name == imported.name; }));

        QJsonObject bad = imported.toJson();
        bad.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        const QByteArray badBytes = QJsonDocument(bad).toJson();
        const QString badFile = m_env->path(QStringLiteral("bad.json"));
        QFile badOut(badFile);
        QVERIFY(badOut.open(QIODevice::WriteOnly));
        badOut.write(badBytes);
        badOut.close();
        page->importFile(badFile);
        const QString expected = TaskDefinition::fromJsonBytes(badBytes).error();
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE(actionResult(), expected);
    }

    // A delimited table defined with typed columns (CLI or import): Change data target edits
    // those columns and keeps them, rather than dropping them for an empty field list.
    void delimitedColumnsSurviveChangeTarget()
    {
        TaskListPage *page = m_window->taskListPage();
        auto base = m_env->catalog()->task(m_taskId);
        QVERIFY2(base.isOk(), qPrintable(base.error()));
        TaskDefinition def = base->definition;
        def.name = TestKafka::uniqueName(QStringLiteral("delimited_columns"));
        def.target.tid = QStringLiteral("t_delimited_columns");
        def.target.format = RecordFormat::Delimited;
        def.target.fields.clear();
        def.target.columns = {ColumnSpec{QStringLiteral("id"), ColumnType::Int64, QStringLiteral("id")},
                              ColumnSpec{QStringLiteral("o"), ColumnType::Int64, {}, ColumnMeta::Offset}};
        const QString file = m_env->path(QStringLiteral("delimited-columns.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(def.toJson()).toJson());
        out.close();
        page->importFile(file);
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(model()->items().cbegin(), model()->items().cend(),
                                             [&](const TaskRecord &t) {
                                                 if (t.definition.name == def.name) id = t.id;
                                                 return t.definition.name == def.name;
                                             }),
                                 kEngineTimeoutMs);

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Running"), kEngineTimeoutMs);
        m_window->openTask(id);
        TaskDetailPage *detail = m_window->taskDetailPage();
        // The page shows this task (it loads it in the background), with its columns.
        QTRY_COMPARE(child<QLabel>(QStringLiteral("targetTable"), detail)->text(), QStringLiteral("b_console / t_delimited_columns"));
        QVERIFY(child<QLabel>(QStringLiteral("targetColumns"), detail)->isVisible());
        auto *change = child<QPushButton>(QStringLiteral("changeTargetButton"), detail);
        QTRY_VERIFY(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
        auto *dialog = waitForDialog<FormDialog>();
        QVERIFY(dialog);
        QVERIFY(child<QWidget>(QStringLiteral("columnsEditor"), dialog)->isVisible());
        QVERIFY(!child<QWidget>(QStringLiteral("fieldsEdit"), dialog)->isVisible());
        QCOMPARE(child<QTableWidget>(QStringLiteral("columnsTable"), dialog)->rowCount(), 2);
        auto *compression = child<QComboBox>(QStringLiteral("compressionCombo"), dialog);
        const int before = compression->currentIndex();
        stepCombo(compression, compression->currentIndex() + 1 < compression->count() ? 1 : -1);
        QVERIFY(compression->currentIndex() != before);
        const auto chosen = Compression(compression->currentData().toInt());
        QPointer<FormDialog> guard(dialog);
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("saveButton"), dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kEngineTimeoutMs);
        QTRY_COMPARE(m_env->catalog()->task(id)->definition.target.compression, chosen);
        QCOMPARE(m_env->catalog()->task(id)->definition.target.columns, def.target.columns);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("backButton"), detail), Qt::LeftButton);
    }

    void clustersAddValidateAndRefuseToRemoveAUsedOne()
    {
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(MainWindow::ClustersPage)).center());
        auto *page = child<ClusterListPage>(QStringLiteral("clusterListPage"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addClusterButton"), page), Qt::LeftButton);
        auto *dialog = waitForDialog<FormDialog>();
        QVERIFY(dialog);
        auto *problem = child<QLabel>(QStringLiteral("formProblem"), dialog);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("clusterNameEdit"), dialog), QStringLiteral("second"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("bootstrapEdit"), dialog), QStringLiteral("localhost:99999"));
        QCOMPARE(problem->text(), QStringLiteral("Bootstrap server \"localhost:99999\" has port \"99999\"; ports are 1-65535"));
        retype(child<QLineEdit>(QStringLiteral("bootstrapEdit"), dialog), TestKafka::bootstrap());
        child<QComboBox>(QStringLiteral("securityProtocolCombo"), dialog)->setCurrentText(QStringLiteral("SASL_PLAINTEXT"));
        QCOMPARE(problem->text(), QStringLiteral("SASL_PLAINTEXT needs a SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)"));
        child<QComboBox>(QStringLiteral("securityProtocolCombo"), dialog)->setCurrentText(QStringLiteral("PLAINTEXT"));
        auto *properties = child<QPlainTextEdit>(QStringLiteral("propertiesEdit"), dialog);
        properties->setPlainText(QStringLiteral("client.id=outflow-gui\nnot a property"));
        QCOMPARE(problem->text(), QStringLiteral("Extra properties line 2 is not key=value: not a property"));
        properties->setPlainText(QStringLiteral("client.id=outflow-gui"));
        QVERIFY(problem->isHidden());
        // A schema registry with credentials in its URL is refused; user and password have fields.
        auto *registry = child<QLineEdit>(QStringLiteral("schemaRegistryEdit"), dialog);
        QTest::keyClicks(registry, QStringLiteral("http://bob:pw@registry:8081"));
        QCOMPARE(problem->text(), QStringLiteral("Schema registry URL \"http://bob:pw@registry:8081\" must look like http://host:8081 "
                                                 "(credentials go in the user and password fields)"));
        retype(registry, QStringLiteral("http://registry:8081"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("schemaRegistryUserEdit"), dialog), QStringLiteral("bob"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("schemaRegistryPasswordEdit"), dialog), QStringLiteral("pw"));
        QVERIFY(problem->isHidden());
        QPointer<FormDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        const auto saved = m_env->catalog()->cluster(QStringLiteral("second"));
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        QCOMPARE(saved->properties.value(QStringLiteral("client.id")), QStringLiteral("outflow-gui"));
        QCOMPARE(saved->schemaRegistryUrl, QStringLiteral("http://registry:8081"));
        QCOMPARE(saved->schemaRegistryUsername, QStringLiteral("bob"));
        QCOMPARE(saved->schemaRegistryPassword, QStringLiteral("pw"));

        auto *table = child<QTableView>(QStringLiteral("clusterTable"), page);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const QModelIndex used = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("test")).value(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(used).center());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeClusterButton"), page), Qt::LeftButton);
        QVERIFY(confirm());
        auto *result = child<QLabel>(QStringLiteral("actionResult"), page);
        QTRY_VERIFY2(result->text().startsWith(QStringLiteral("cluster \"test\" is used by task ")), qPrintable(result->text()));
        QVERIFY(m_env->catalog()->cluster(QStringLiteral("test")).isOk());
    }

    void warehousesAddTestAndHdfsForm()
    {
        auto *nav = child<QListWidget>(QStringLiteral("navigation"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(MainWindow::WarehousesPage)).center());
        auto *page = child<WarehouseListPage>(QStringLiteral("warehouseListPage"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addWarehouseButton"), page), Qt::LeftButton);
        auto *dialog = waitForDialog<FormDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("warehouseNameEdit"), dialog), QStringLiteral("lake"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("warehouseLocationEdit"), dialog), QStringLiteral("relative/dir"));
        QCOMPARE(child<QLabel>(QStringLiteral("formProblem"), dialog)->text(),
                 QStringLiteral("Local warehouse directory must be an absolute path, not \"relative/dir\""));
        auto *kind = child<QComboBox>(QStringLiteral("warehouseKindCombo"), dialog);
        kind->setCurrentIndex(1);
        QCOMPARE(child<QLabel>(QStringLiteral("formProblem"), dialog)->text(),
                 QStringLiteral("WebHDFS URL \"relative/dir\" must look like http://namenode:9870"));
        QVERIFY(child<QLabel>(QStringLiteral("warehouseNote"), dialog)->text().contains(QLatin1String("warehouse root folder")));
        kind->setCurrentIndex(0);
        // Picked with the directory chooser in real use: it exists (the engine never creates a
        // missing root, which is usually an unmounted disk).
        QVERIFY(QDir().mkpath(m_env->path(QStringLiteral("lake"))));
        retype(child<QLineEdit>(QStringLiteral("warehouseLocationEdit"), dialog), m_env->path(QStringLiteral("lake")));
        QPointer<FormDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton"), dialog), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());

        auto *table = child<QTableView>(QStringLiteral("warehouseTable"), page);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const QModelIndex lake = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("lake")).value(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(lake).center());
        QTest::mouseClick(child<QPushButton>(QStringLiteral("testWarehouseButton"), page), Qt::LeftButton);
        auto *result = child<QLabel>(QStringLiteral("actionResult"), page);
        QTRY_COMPARE(result->text(), QStringLiteral("Warehouse lake is writable: %1").arg(m_env->path(QStringLiteral("lake"))));
        QVERIFY(!QFileInfo::exists(m_env->path(QStringLiteral("lake/_outflow")))); // the probe cleans up

        QTest::mouseClick(child<QPushButton>(QStringLiteral("removeWarehouseButton"), page), Qt::LeftButton);
        QVERIFY(confirm());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        showTaskList();
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
