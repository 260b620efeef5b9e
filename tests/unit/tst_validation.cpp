#include "catalog/ClusterConfig.h"
#include "catalog/TaskDefinition.h"
#include "catalog/Validation.h"
#include "catalog/WarehouseConfig.h"

#include <QtTest>

using namespace outflow;

class TestValidation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("simple") << "orders_to_tdw" << "";
        QTest::newRow("dots and dashes") << "a.b-c_1" << "";
        QTest::newRow("128 chars") << QString(128, u'x') << "";
        QTest::newRow("empty") << "" << "Task name is empty; use 1 to 128 characters: letters, digits, '_', '.' and '-'";
        QTest::newRow("129 chars") << QString(129, u'x') << "Task name is 129 characters long; the limit is 128";
        QTest::newRow("slash") << "ab/c" << "Task name contains '/' at position 3; only letters, digits, '_', '.' and '-' are allowed";
        QTest::newRow("space") << "a b" << "Task name contains a space at position 2; only letters, digits, '_', '.' and '-' are allowed";
        QTest::newRow("chinese") << QString::fromUtf8("订单") << QString::fromUtf8("Task name contains '订' at position 1; only letters, digits, '_', '.' and '-' are allowed");
        QTest::newRow("nul") << QString(QChar(0)) << "Task name contains NUL at position 1; only letters, digits, '_', '.' and '-' are allowed";
    }
    void taskName()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QCOMPARE(Validation::taskNameProblem(name), problem);
    }

    void tableId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "b_demo01" << true;
        QTest::newRow("64") << QString(64, u'a') << true;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("dotdot") << ".." << false;
        QTest::newRow("dash") << "a-b" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("backslash") << "a\\b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void tableId()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Validation::tableIdProblem(QStringLiteral("BID"), value).isEmpty(), valid);
    }

    void topic_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problemPart");
        QTest::newRow("ok") << "orders.v2_x-y" << QString();
        QTest::newRow("175") << QString(175, u't') << QString();
        // Kafka allows 249, but the file names must fit in 255 bytes.
        QTest::newRow("176") << QString(176, u't') << "at most 175";
        QTest::newRow("dot") << "." << "cannot be";
        QTest::newRow("plus") << "a+b" << "Topic";
        QTest::newRow("empty") << "" << "Topic";
    }
    void topic()
    {
        QFETCH(QString, value);
        QFETCH(QString, problemPart);
        const QString problem = Validation::topicProblem(value);
        if (problemPart.isEmpty()) QCOMPARE(problem, QString());
        else QVERIFY2(problem.contains(problemPart), qPrintable(problem));
    }

    void bootstrap_data()
    {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("problem");
        QTest::newRow("one") << "127.0.0.1:9092" << "";
        QTest::newRow("two") << "a.example:9092,b.example:19092" << "";
        QTest::newRow("ipv6") << "[::1]:9092" << "";
        QTest::newRow("empty") << "" << "Bootstrap servers are empty; expected host:port[,host:port]";
        QTest::newRow("no port") << "localhost" << "Bootstrap server \"localhost\" is not host:port";
        QTest::newRow("port 0") << "localhost:0" << "Bootstrap server \"localhost:0\" has port \"0\"; ports are 1-65535";
        QTest::newRow("port big") << "h:65536" << "Bootstrap server \"h:65536\" has port \"65536\"; ports are 1-65535";
        QTest::newRow("bad host") << "h$t:1" << "Bootstrap server \"h$t:1\" has '$' in its host name";
        QTest::newRow("trailing comma") << "h:1," << "Bootstrap server \"\" is not host:port";
    }
    void bootstrap()
    {
        QFETCH(QString, servers);
        QFETCH(QString, problem);
        QCOMPARE(Validation::bootstrapProblem(servers), problem);
    }

    void startPosition_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("utcMs");
        QTest::newRow("earliest") << "earliest" << true << qint64(-1);
        QTest::newRow("latest") << "latest" << true << qint64(-1);
        QTest::newRow("utc") << "2026-01-02T03:04:05Z" << true << qint64(1767323045000);
        QTest::newRow("offset") << "2026-01-02T11:04:05+08:00" << true << qint64(1767323045000);
        QTest::newRow("no zone is utc") << "2026-01-02T03:04:05" << true << qint64(1767323045000);
        QTest::newRow("garbage") << "yesterday" << false << qint64(-1);
        QTest::newRow("Earliest") << "Earliest" << false << qint64(-1);
    }
    void startPosition()
    {
        QFETCH(QString, start);
        QFETCH(bool, valid);
        QFETCH(qint64, utcMs);
        QCOMPARE(Validation::startPositionProblem(start).isEmpty(), valid);
        const auto ts = Validation::startTimestamp(start);
        QCOMPARE(ts ? ts->toMSecsSinceEpoch() : qint64(-1), utcMs);
    }

    /// The delimited format escapes with a backslash and writes NULL as \N, so a separator must
    /// not hold what those escapes are made of, nor start with a letter whose escape already
    /// means something: the escaped separator is a backslash and its first character.
    void separator_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("problem");
        const QString length = QStringLiteral("Separator must be 1 to 8 characters");
        const QString breakOrBackslash = QStringLiteral("Separator cannot contain a line break or a backslash");
        const QString escapeLetter = QStringLiteral("Separator cannot start with 'n', 'r' or 'N': escaped, it would read as a line break or as NULL (\\N)");
        QTest::newRow("bar") << "|" << "";
        QTest::newRow("comma") << "," << "";
        QTest::newRow("control-A") << "\x01" << "";
        QTest::newRow("tab") << "\t" << "";
        QTest::newRow("self-overlapping") << "||" << "";
        QTest::newRow("8 chars") << "<=><=><=" << "";
        QTest::newRow("CJK") << QString::fromUtf8("\xe4\xb8\xa8") << "";
        QTest::newRow("N inside") << "xN" << "";
        QTest::newRow("empty") << "" << length;
        QTest::newRow("9 chars") << "123456789" << length;
        QTest::newRow("LF") << "\n" << breakOrBackslash;
        QTest::newRow("CR inside") << "a\rb" << breakOrBackslash;
        QTest::newRow("backslash") << "\\" << breakOrBackslash;
        QTest::newRow("backslash inside") << "|\\|" << breakOrBackslash;
        QTest::newRow("N") << "N" << escapeLetter;
        QTest::newRow("NN") << "NN" << escapeLetter;
        QTest::newRow("n") << "n" << escapeLetter;
        QTest::newRow("r|") << "r|" << escapeLetter;
    }
    void separator()
    {
        QFETCH(QString, separator);
        QFETCH(QString, problem);
        TaskDefinition d;
        d.name = QStringLiteral("t");
        d.source = {QStringLiteral("c"), QStringLiteral("orders")};
        d.target.warehouse = QStringLiteral("w");
        d.target.bid = QStringLiteral("b");
        d.target.tid = QStringLiteral("t");
        d.target.format = RecordFormat::Delimited;
        d.target.fields = {QStringLiteral("id")};
        d.target.separator = separator;
        QCOMPARE(Validation::definitionProblem(d), problem);
    }

    void cluster()
    {
        ClusterConfig c{QStringLiteral("prod"), QStringLiteral("k:9092")};
        QCOMPARE(Validation::clusterProblem(c), QString());
        c.securityProtocol = QStringLiteral("SASL_SSL");
        QVERIFY(Validation::clusterProblem(c).contains(QLatin1String("needs a SASL mechanism")));
        c.saslMechanism = QStringLiteral("PLAIN");
        QCOMPARE(Validation::clusterProblem(c), QString());
        c.securityProtocol = QStringLiteral("TLS");
        QVERIFY(Validation::clusterProblem(c).startsWith(QLatin1String("Security protocol \"TLS\" is not one of")));
    }

    void warehouse()
    {
        WarehouseConfig w{QStringLiteral("local"), WarehouseConfig::Kind::Local, QStringLiteral("/data/wh")};
        QCOMPARE(Validation::warehouseProblem(w), QString());
        w.location = QStringLiteral("relative/dir");
        QVERIFY(Validation::warehouseProblem(w).contains(QLatin1String("absolute path")));
        w = WarehouseConfig{QStringLiteral("h"), WarehouseConfig::Kind::Hdfs, QStringLiteral("http://nn:9870"), QStringLiteral("hdfs")};
        QCOMPARE(Validation::warehouseProblem(w), QString());
        w.location = QStringLiteral("nn:9870");
        QVERIFY(Validation::warehouseProblem(w).contains(QLatin1String("must look like")));
    }

    void metastoreUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
        QTest::newRow("none") << "" << "";
        QTest::newRow("host and port") << "thrift://hms.example:9083" << "";
        QTest::newRow("ip") << "thrift://127.0.0.1:40123" << "";
        QTest::newRow("http") << "http://hms:9083" << "must look like thrift://host:9083";
        QTest::newRow("no scheme") << "hms:9083" << "must look like thrift://host:9083";
        QTest::newRow("no host") << "thrift://:9083" << "must look like thrift://host:9083";
        QTest::newRow("no port") << "thrift://hms" << "needs a port 1 to 65535";
        QTest::newRow("port 0") << "thrift://hms:0" << "needs a port 1 to 65535";
        QTest::newRow("port too big") << "thrift://hms:70000" << "must look like";
        QTest::newRow("path") << "thrift://hms:9083/db" << "must be only thrift://host:port";
    }
    void metastoreUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const QString got = Validation::metastoreUrlProblem(url);
        if (problem.isEmpty()) QCOMPARE(got, QString());
        else QVERIFY2(got.contains(problem), qPrintable(got));
        // A warehouse with a bad metastore is refused as a whole.
        WarehouseConfig w{QStringLiteral("local"), WarehouseConfig::Kind::Local, QStringLiteral("/data/wh")};
        w.metastore = url;
        QCOMPARE(Validation::warehouseProblem(w), got);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
