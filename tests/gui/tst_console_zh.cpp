// The Chinese console (issue 16 §2): what the backend says — a validation error in the create
// form, a create failure found on the real test broker, the action history of the failed task —
// reaches the user in Chinese, while the catalog keeps the English text the CLI prints.
#include "ActionHistoryModel.h"
#include "ConsoleTestBase.h"
#include "TaskDetailPage.h"
#include "TaskFormDialog.h"
#include "TaskListModel.h"
#include "TaskListPage.h"
#include "TestKafka.h"
#include "Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace outflow;

class TestConsoleChinese final : public ConsoleTestBase
{
    Q_OBJECT

    QString problemText(QObject *root, const QString &field) const
    {
        auto *label = child<QLabel>(field + QStringLiteral("Problem"), root);
        return label && label->isVisible() ? label->text() : QString();
    }

    QString actionResult() const { return child<QLabel>(QStringLiteral("actionResult"), m_window->taskListPage())->text(); }

    /// Opens the task's detail page by clicking its ID in the list, as a user does.
    TaskDetailPage *openDetailByClickingTheId(const QString &taskId)
    {
        auto *table = child<QTableView>(QStringLiteral("taskTable"));
        QModelIndex id;
        QTest::qWaitFor([&] {
            id = table->model()->match(table->model()->index(0, TaskListModel::Id), Qt::DisplayRole, taskId).value(0);
            return id.isValid();
        }, 10000);
        if (!id.isValid()) return nullptr;
        table->scrollTo(id);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(id).center());
        TaskDetailPage *detail = m_window->taskDetailPage();
        if (!QTest::qWaitFor([&] { return detail->isVisible() && detail->task() && detail->task()->id == taskId; }, 10000)) return nullptr;
        return detail;
    }

    TaskFormDialog *openCreateForm()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("newTaskButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<TaskFormDialog>();
        if (!dialog) return nullptr;
        QTest::mouseClick(child<QPushButton>(QStringLiteral("nextButton"), dialog), Qt::LeftButton);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As `outflow --lang zh_CN` does, before any widget exists.
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        // A topic, so the form lists what the cluster has (the one the task names is not among them).
        QVERIFY(TestKafka::createTopic(TestKafka::uniqueName(QStringLiteral("zh_present")), 1));
        startEngine();
        QVERIFY(showWindow(QSize(1400, 900)));
    }

    void cleanupTestCase() { stopConsole(); }

    void validationErrorsInChinese()
    {
        TaskFormDialog *dialog = openCreateForm();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog), QStringLiteral("bad name"));
        // 任务名称的第 4 个字符是空格；只允许字母、数字、“_”、“.”和“-”
        QCOMPARE(problemText(dialog, QStringLiteral("taskNameEdit")),
                 QStringLiteral("\u4efb\u52a1\u540d\u79f0\u7684\u7b2c 4 \u4e2a\u5b57\u7b26\u662f\u7a7a\u683c\uff1b\u53ea\u5141\u8bb8"
                                "\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u201c_\u201d\u3001\u201c.\u201d\u548c\u201c-\u201d"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("bidEdit"), dialog), QStringLiteral("b-1"));
        // BID的第 2 个字符是'-'；只允许字母、数字和“_”
        QCOMPARE(problemText(dialog, QStringLiteral("bidEdit")),
                 QStringLiteral("BID\u7684\u7b2c 2 \u4e2a\u5b57\u7b26\u662f'-'\uff1b\u53ea\u5141\u8bb8\u5b57\u6bcd\u3001\u6570\u5b57\u548c"
                                "\u201c_\u201d"));
        QVERIFY(!child<QPushButton>(QStringLiteral("submitButton"), dialog)->isEnabled());
        dialog->reject();
    }

    void createFailureInChinese()
    {
        TaskFormDialog *dialog = openCreateForm();
        QVERIFY(dialog);
        const QString name = TestKafka::uniqueName(QStringLiteral("zh_missing"));
        const QString missingTopic = TestKafka::uniqueName(QStringLiteral("no_such_topic"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("taskNameEdit"), dialog), name);
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("bidEdit"), dialog), QStringLiteral("b_zh"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("tidEdit"), dialog), QStringLiteral("t_zh"));
        auto *topics = child<QComboBox>(QStringLiteral("topicCombo"), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(topics->count() > 0, 20000);
        topics->lineEdit()->setFocus();
        QTest::keyClicks(topics->lineEdit(), missingTopic);
        QTRY_COMPARE(child<QComboBox>(QStringLiteral("warehouseCombo"), dialog)->currentText(), QStringLiteral("wh"));
        auto *submit = child<QPushButton>(QStringLiteral("submitButton"), dialog);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 20000);
        QTest::mouseClick(submit, Qt::LeftButton);

        // Kafka 集群“test”（<bootstrap>）上不存在主题“<topic>”
        const QString reason = QStringLiteral("Kafka \u96c6\u7fa4\u201ctest\u201d\uff08%1\uff09\u4e0a\u4e0d\u5b58\u5728\u4e3b\u9898\u201c%2\u201d")
                                   .arg(TestKafka::bootstrap(), missingTopic);
        QTRY_VERIFY2_WITH_TIMEOUT(actionResult().endsWith(reason), qPrintable(actionResult()), 30000);
        QVERIFY2(actionResult().contains(QStringLiteral("CreateFailed")) || actionResult().contains(QStringLiteral("\u521b\u5efa")),
                 qPrintable(actionResult()));

        // The catalog keeps the English the CLI prints.
        QString id;
        for (const TaskRecord &t : m_env->catalog()->tasks().value())
            if (t.definition.name == name) id = t.id;
        QVERIFY(!id.isEmpty());
        const TaskRecord stored = m_env->catalog()->task(id).value();
        QCOMPARE(stored.status, TaskStatus::CreateFailed);
        QCOMPARE(stored.lastError,
                 QStringLiteral("Topic \"%1\" does not exist on Kafka cluster \"test\" (%2)").arg(missingTopic, TestKafka::bootstrap()));

        // The detail page: the last error and the action history, in Chinese.
        TaskDetailPage *detail = openDetailByClickingTheId(id);
        QVERIFY(detail);
        QTRY_COMPARE(child<QLabel>(QStringLiteral("lastErrorLabel"), detail)->text(), reason);
        auto *history = child<QTableView>(QStringLiteral("actionHistoryTable"), detail);
        QTRY_VERIFY(history->model()->rowCount() >= 2);
        const QAbstractItemModel *h = history->model();
        // Newest first: 创建 / 失败 / 创建中 → 创建失败：<reason>
        QCOMPARE(h->index(0, ActionHistoryModel::Action).data().toString(), QStringLiteral("\u521b\u5efa"));
        QCOMPARE(h->index(0, ActionHistoryModel::Result).data().toString(), QStringLiteral("\u5931\u8d25"));
        QCOMPARE(h->index(0, ActionHistoryModel::Detail).data().toString(), QStringLiteral("\u521b\u5efa\u4e2d \u2192 \u521b\u5efa\u5931\u8d25\uff1a") + reason);
    }
};

QTEST_MAIN(TestConsoleChinese)
#include "tst_console_zh.moc"
