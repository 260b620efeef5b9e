// Backend messages in two languages (issue 16 §2): the backend, the catalog and the CLI speak
// English; the console renders the same text in Chinese, also text an older Outflow stored and
// messages nested in others (a create failure in an action-history entry).
#include "EngineCli.h"
#include "Translations.h"
#include "catalog/Catalog.h"
#include "catalog/Validation.h"
#include "common/Messages.h"
#include "engine/Engine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace outflow;

namespace {

/// A catalog with one task in `status`, on a cluster nobody listens at (nothing here talks to Kafka).
std::shared_ptr<Catalog> catalogWithTask(const QTemporaryDir &dir, TaskStatus status, const QString &id)
{
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (!catalog) return nullptr;
    ClusterConfig cluster;
    cluster.name = QStringLiteral("c");
    cluster.bootstrapServers = QStringLiteral("127.0.0.1:9");
    WarehouseConfig warehouse;
    warehouse.name = QStringLiteral("wh");
    warehouse.location = dir.filePath(QStringLiteral("warehouse"));
    TaskRecord task;
    task.id = id;
    task.definition.name = QStringLiteral("orders");
    task.definition.source = {QStringLiteral("c"), QStringLiteral("orders"), QStringLiteral("earliest")};
    task.definition.target.warehouse = QStringLiteral("wh");
    task.definition.target.bid = QStringLiteral("b");
    task.definition.target.tid = QStringLiteral("t");
    task.status = status;
    task.createdAt = task.updatedAt = QDateTime::currentDateTimeUtc();
    if (!catalog.value()->saveCluster(cluster) || !catalog.value()->saveWarehouse(warehouse) || !catalog.value()->insertTask(task))
        return nullptr;
    return catalog.value();
}

QString engineRefusal(TaskStatus status)
{
    QTemporaryDir dir;
    const QString id = QStringLiteral("datahub-abcd1234");
    auto catalog = catalogWithTask(dir, status, id);
    if (!catalog) return QStringLiteral("no catalog");
    Engine engine(catalog, {});
    return engine.startTask(id, QStringLiteral("test")).error();
}

} // namespace

class TestMessages final : public QObject
{
    Q_OBJECT

    /// English text as the backend makes it, and as the Chinese console shows it.
    static void samples()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("name with a space") << Validation::taskNameProblem(QStringLiteral("bad name"))
                                           << QStringLiteral("\u4efb\u52a1\u540d\u79f0\u7684\u7b2c 4 \u4e2a\u5b57\u7b26\u662f\u7a7a\u683c\uff1b"
                                                             "\u53ea\u5141\u8bb8\u5b57\u6bcd\u3001\u6570\u5b57\u3001\u201c_\u201d\u3001\u201c.\u201d"
                                                             "\u548c\u201c-\u201d"); // 任务名称的第 4 个字符是空格；只允许字母、数字、“_”、“.”和“-”
        QTest::newRow("empty BID") << Validation::tableIdProblem(QStringLiteral("BID"), QString())
                                   << QStringLiteral("BID\u4e3a\u7a7a\uff1b\u8bf7\u4f7f\u7528 1 \u5230 64 \u4e2a\u5b57\u7b26\uff1a"
                                                     "\u5b57\u6bcd\u3001\u6570\u5b57\u548c\u201c_\u201d"); // BID为空；请使用 1 到 64 个字符：字母、数字和“_”
        QTest::newRow("refusal") << engineRefusal(TaskStatus::Running)
                                 << QStringLiteral("\u4efb\u52a1 datahub-abcd1234 \u5904\u4e8e\u201c\u8fd0\u884c\u4e2d\u201d\u72b6\u6001\uff0c"
                                                   "\u65e0\u6cd5\u542f\u52a8\uff08\u4ec5\u9650\u201c\u5df2\u6682\u505c\u201d\u72b6\u6001\uff09");
        // 任务 datahub-abcd1234 处于“运行中”状态，无法启动（仅限“已暂停”状态）
        QTest::newRow("history: create failed")
            << QStringLiteral("Creating \u2192 CreateFailed: Topic \"t\" does not exist on Kafka cluster \"c\" (127.0.0.1:9)")
            << QStringLiteral("\u521b\u5efa\u4e2d \u2192 \u521b\u5efa\u5931\u8d25\uff1aKafka \u96c6\u7fa4\u201cc\u201d\uff08127.0.0.1:9\uff09"
                              "\u4e0a\u4e0d\u5b58\u5728\u4e3b\u9898\u201ct\u201d");
        // 创建中 → 创建失败：Kafka 集群“c”（127.0.0.1:9）上不存在主题“t”
        QTest::newRow("history: retry of a full disk")
            << QStringLiteral("Running \u2192 Error: The warehouse disk is full: cannot write /w/f (No space left on device) (retry 2 in 4 s)")
            << QStringLiteral("\u8fd0\u884c\u4e2d \u2192 \u5f02\u5e38\uff1a\u6570\u636e\u4ed3\u5e93\u78c1\u76d8\u5df2\u6ee1\uff1a"
                              "\u65e0\u6cd5\u5199\u5165 /w/f\uff08No space left on device\uff09\uff084 \u79d2\u540e\u7b2c 2 \u6b21\u91cd\u8bd5\uff09");
        // 运行中 → 异常：数据仓库磁盘已满：无法写入 /w/f（No space left on device）（4 秒后第 2 次重试）
        QTest::newRow("reset summary, line by line")
            << QStringLiteral("Paused: to latest:\npartition 0: 5 \u2192 9 (skips 4 records)\npartition 1: not started yet \u2192 3")
            << QStringLiteral("\u5df2\u6682\u505c\uff1a\u91cd\u7f6e\u5230 latest\uff1a\n\u5206\u533a 0\uff1a5 \u2192 9\uff08\u8df3\u8fc7 4 "
                              "\u6761\u8bb0\u5f55\uff09\n\u5206\u533a 1\uff1a\u5c1a\u672a\u5f00\u59cb \u2192 3");
        // 已暂停：重置到 latest：\n分区 0：5 → 9（跳过 4 条记录）\n分区 1：尚未开始 → 3
        QTest::newRow("a name is never translated")
            << Messages::english(msg::kTaskExists, QStringLiteral("Running"), QStringLiteral("datahub-1"))
            << QStringLiteral("\u540d\u4e3a\u201cRunning\u201d\u7684\u4efb\u52a1\u5df2\u5b58\u5728\uff08datahub-1\uff09");
        // 名为“Running”的任务已存在（datahub-1）
        QTest::newRow("a shorter log, with what to do as a nested message")
            << Messages::english(msg::kLogShorter, QStringLiteral("orders"), 3, 10, 250, QStringLiteral("250"), QStringLiteral("none"),
                                 Messages::english(msg::kAnotherLogWayOut))
            << QStringLiteral("\u5206\u533a orders/3 \u7ed3\u675f\u4e8e\u4f4d\u70b9 10\uff0c\u4f46\u4efb\u52a1\u7684\u4f4d\u70b9\u662f 250\uff08\u4ed3\u5e93\u6587\u4ef6\uff1a250\uff0c\u6d88\u8d39\u7ec4\u4f4d\u70b9\uff1anone\uff09\uff1aTopic \u5df2\u88ab\u5220\u9664\u5e76\u91cd\u5efa\u3001\u88ab\u622a\u65ad\uff0c\u6216\u4efb\u52a1\u73b0\u5728\u6307\u5411\u53e6\u4e00\u4e2a\u96c6\u7fa4\u3002\u4e0d\u518d\u6d88\u8d39\u4efb\u4f55\u6570\u636e\uff1a\u8bf7\u5c06\u4efb\u52a1\u7684\u76ee\u6807\u6539\u4e3a\u65b0\u8868\u5e76\u91cd\u7f6e\u5176\u4f4d\u70b9\uff08task reset\uff09\u4ee5\u8f6c\u50a8\u6b64\u65e5\u5fd7\u3002");
        // 分区 orders/3 结束于位点 10，但任务的位点是 250（仓库文件：250，消费组位点：none）：Topic 已被删除并重建、被截断，或任务现在指向另一个集群。不再消费任何数据：请将任务的目标改为新表并重置其位点（task reset）以转储此日志。
        QTest::newRow("retention gap")
            << Messages::english(msg::kRetentionGap, QStringLiteral("orders"), 1, 5, 9, 5, 10)
            << QStringLiteral("orders/1\uff1a\u4f4d\u70b9 5 \u81f3 9\uff085 \u6761\u8bb0\u5f55\uff09\u5728\u8f6c\u50a8\u524d\u5df2\u88ab Kafka \u5220\u9664\uff1b\u4ece\u4f4d\u70b9 10 \u7ee7\u7eed");
        // orders/1：位点 5 至 9（5 条记录）在转储前已被 Kafka 删除；从位点 10 继续
        QTest::newRow("labels") << QStringLiteral("Change target") << QStringLiteral("\u4fee\u6539\u6570\u636e\u76ee\u6807"); // 修改数据目标
        QTest::newRow("not ours") << QStringLiteral("Local: Broker transport failure") << QStringLiteral("Local: Broker transport failure");
    }

private Q_SLOTS:
    void everyTemplateIsKnown()
    {
        QFile header(QStringLiteral(OUTFLOW_SOURCE_DIR "/backend/common/Messages.h"));
        QVERIFY(header.open(QIODevice::ReadOnly));
        const int marked = int(QString::fromUtf8(header.readAll()).count(QStringLiteral("QT_TRANSLATE_NOOP(\"Messages\"")));
        QCOMPARE(Messages::templateCount(), marked);
    }

    // Before any translator: what the CLI sees. Reading a text back through the templates gives
    // the same text, so the reading (and the nesting) matches how the backend writes them.
    void withoutATranslatorTextStaysAsItIs_data() { samples(); }
    void withoutATranslatorTextStaysAsItIs()
    {
        QFETCH(QString, english);
        QCOMPARE(Messages::translate(english), english);
    }

    void englishTextsAreTheBackendsOwn()
    {
        QCOMPARE(Validation::taskNameProblem(QStringLiteral("bad name")),
                 QStringLiteral("Task name contains a space at position 4; only letters, digits, '_', '.' and '-' are allowed"));
        QCOMPARE(engineRefusal(TaskStatus::Error), QStringLiteral("Start is not possible while task datahub-abcd1234 is Error (only when Paused)"));
        QCOMPARE(Messages::english(msg::kNotPossibleWhile, QStringLiteral("Pause"), QStringLiteral("x"), QStringLiteral("Paused"),
                                   Messages::english(msg::kEither, QStringLiteral("Running"), QStringLiteral("Error"))),
                 QStringLiteral("Pause is not possible while task x is Paused (only when Running or Error)"));
        // An argument's own %n is not an argument of the template.
        QCOMPARE(Messages::english(msg::kCannotWrite, QStringLiteral("/w/%2"), QStringLiteral("full")), QStringLiteral("Cannot write /w/%2: full"));
    }

    void theConsoleShowsThemInChinese_data() { samples(); }
    void theConsoleShowsThemInChinese()
    {
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        if (QLocale().name() != QStringLiteral("zh_CN")) QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QCOMPARE(Messages::translate(english), chinese);
        // The backend's own text stays English with the translator installed.
        QCOMPARE(Validation::taskNameProblem(QStringLiteral("bad name")).left(9), QStringLiteral("Task name"));
    }

    // The CLI installs no translator, whatever the system's language.
    void theCliStaysEnglishInAChineseLocale()
    {
        QTemporaryDir dir;
        QFile definition(dir.filePath(QStringLiteral("task.json")));
        QVERIFY(definition.open(QIODevice::WriteOnly));
        definition.write("{\"name\": \"bad name\", \"source\": {\"cluster\": \"c\", \"topic\": \"t\"},"
                         " \"target\": {\"warehouse\": \"wh\", \"bid\": \"b\", \"tid\": \"t\"}}");
        definition.close();
        qputenv("LANG", "zh_CN.UTF-8");
        qputenv("LANGUAGE", "zh_CN");
        const QString catalog = dir.filePath(QStringLiteral("catalog.sqlite"));
        const EngineCli created = EngineCli::run(catalog, {QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--file"), definition.fileName()});
        QVERIFY2(created.exitCode != 0, qPrintable(created.describe()));
        QVERIFY2(created.err.contains(QStringLiteral("Task name contains a space at position 4; only letters, digits, '_', '.' and '-' are allowed")),
                 qPrintable(created.describe()));
        const EngineCli started = EngineCli::run(catalog, {QStringLiteral("task"), QStringLiteral("start"), QStringLiteral("nosuch")});
        QVERIFY2(started.err.contains(QStringLiteral("no task with id or name \"nosuch\"")), qPrintable(started.describe()));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
