#include "TestKafka.h"
#include "kafka/ClusterClient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace outflow;
using namespace std::chrono_literals;

class TestClusterClient final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTopicWithPartitionsAndBrokers()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("cc_list"));
        QVERIFY(TestKafka::createTopicWithBrokerTool(topic, 3));
        ClusterClient client(TestKafka::cluster());
        auto md = client.metadata();
        QVERIFY2(md.isOk(), qPrintable(md.error()));
        QCOMPARE(md->brokers.size(), 1);
        QCOMPARE(QStringLiteral("%1:%2").arg(md->brokers.first().host).arg(md->brokers.first().port), TestKafka::bootstrap());
        auto info = client.topic(topic);
        QVERIFY2(info.isOk(), qPrintable(info.error()));
        QCOMPARE(info->partitions, 3);
    }

    void watermarksAndRangeMatchWhatKcatProduced()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("cc_range"));
        ClusterClient client(TestKafka::cluster());
        QVERIFY(client.createTopic(topic, 2).isOk());
        QByteArrayList values;
        for (int i = 0; i < 50; ++i) values << QByteArray("{\"n\":") + QByteArray::number(i) + '}';
        QVERIFY(TestKafka::produce(topic, values, 1, true));

        auto wm = client.watermarks(topic, 1);
        QVERIFY2(wm.isOk(), qPrintable(wm.error()));
        QCOMPARE(wm->low, 0);
        QCOMPARE(wm->high, 50);
        auto empty = client.watermarks(topic, 0);
        QVERIFY(empty.isOk());
        QCOMPARE(empty->high, 0);

        auto range = client.readRange(topic, 1, 10, 15);
        QVERIFY2(range.isOk(), qPrintable(range.error()));
        QCOMPARE(range->size(), 5);
        for (int i = 0; i < 5; ++i) {
            const KafkaRecord &r = range->at(i);
            QCOMPARE(r.offset, 10 + i);
            QCOMPARE(r.partition, 1);
            QCOMPARE(r.value, values.at(10 + i));
            QCOMPARE(r.key, QByteArray("key") + QByteArray::number(10 + i));
            QVERIFY(r.timestampMs > 0);
        }
        // The reader must not leave a consumer group with committed offsets behind: kcat sees
        // the same data and the range beyond the end is simply empty.
        auto beyond = client.readRange(topic, 1, 50, 60);
        QVERIFY(beyond.isOk());
        QCOMPARE(beyond->size(), 0);
        QCOMPARE(TestKafka::consumeAll(topic, 1), values);
    }

    void offsetForTimeFindsFirstLaterRecord()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("cc_time"));
        ClusterClient client(TestKafka::cluster());
        QVERIFY(client.createTopic(topic, 1).isOk());
        QVERIFY(TestKafka::produce(topic, {"a", "b", "c"}, 0));
        QTest::qWait(50);
        const QDateTime middle = QDateTime::currentDateTimeUtc();
        QTest::qWait(50);
        QVERIFY(TestKafka::produce(topic, {"d", "e"}, 0));
        auto before = client.offsetForTime(topic, 0, QDateTime::fromSecsSinceEpoch(0));
        QVERIFY2(before.isOk(), qPrintable(before.error()));
        QCOMPARE(before.value(), 0);
        auto mid = client.offsetForTime(topic, 0, middle);
        QVERIFY(mid.isOk());
        QCOMPARE(mid.value(), 3);
        auto future = client.offsetForTime(topic, 0, QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(future.isOk());
        QCOMPARE(future.value(), 5);
    }

    void missingTopicIsAClearError()
    {
        ClusterClient client(TestKafka::cluster());
        auto info = client.topic(QStringLiteral("no_such_topic_here"));
        QVERIFY(!info.isOk());
        QCOMPARE(info.error(), QStringLiteral("Topic \"no_such_topic_here\" does not exist on Kafka cluster \"test\" (%1)").arg(TestKafka::bootstrap()));
    }

    void existingTopicCannotBeCreatedTwice()
    {
        const QString topic = TestKafka::uniqueName(QStringLiteral("cc_twice"));
        ClusterClient client(TestKafka::cluster());
        QVERIFY(client.createTopic(topic, 1).isOk());
        Status again = client.createTopic(topic, 1);
        QVERIFY(!again.isOk());
        QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
    }

    void unreachableBootstrapFailsWithinBoundedTime()
    {
        ClusterConfig dead{QStringLiteral("dead"), QStringLiteral("127.0.0.1:1")};
        ClusterClient client(dead, 3s);
        QElapsedTimer clock;
        clock.start();
        auto md = client.metadata();
        QVERIFY(!md.isOk());
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(md.error().startsWith(QLatin1String("Cannot reach Kafka cluster \"dead\" at 127.0.0.1:1 within 3 s")), qPrintable(md.error()));
    }

    void asyncCallsDeliverOffTheCallingThread()
    {
        ClusterClient client(TestKafka::cluster());
        QThread *caller = QThread::currentThread();
        QThread *worker = nullptr;
        auto future = client.asyncMetadata().then([&](Result<ClusterMetadata> md) {
            worker = QThread::currentThread();
            return md.isOk();
        });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        QVERIFY(worker && worker != caller);
    }
};

QTEST_GUILESS_MAIN(TestClusterClient)
#include "tst_clusterclient.moc"
