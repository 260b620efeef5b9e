// The HDFS warehouse against a real HDFS mini cluster (the `hdfs` CTest fixture): files are
// created, appended in chunks, committed by rename and found again for recovery; a rename never
// replaces a committed file; wrong URLs and permission problems come back as clear messages.
// Everything is checked with curl (TestHdfs), not with the code under test.

#include "TestHdfs.h"
#include "TestKafka.h"
#include "WarehouseReader.h"
#include "warehouse/WarehouseFactory.h"
#include "warehouse/WebHdfsClient.h"

#include <QtTest>

using namespace outflow;

namespace {

const QString kUser = QStringLiteral("outflow_test");
const QString kBucket = QStringLiteral("dt=20260102/hr=03");

/// A fresh warehouse root owned by the test user, and the warehouse over it.
struct HdfsSetup
{
    QString root = u'/' + TestKafka::uniqueName(QStringLiteral("wh"));
    std::shared_ptr<Warehouse> warehouse;

    HdfsSetup()
    {
        if (!TestHdfs::makeFolder(root, kUser)) qFatal("cannot make %s on HDFS", qPrintable(root));
        auto w = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl() + root, kUser});
        if (!w) qFatal("%s", qPrintable(w.error()));
        warehouse = w.value();
    }
    QString table() const { return root + QStringLiteral("/b_test/t1"); }
};

Status writeAndCommit(Warehouse &warehouse, const QString &temp, const QString &finalName, const QByteArray &content)
{
    auto file = warehouse.createFile(QStringLiteral("b_test"), QStringLiteral("t1"), kBucket, temp);
    if (!file) return Status::fail(file.error());
    // Uneven slices, so chunk boundaries fall inside writes.
    for (qsizetype at = 0; at < content.size(); at += 777777)
        if (Status s = file.value()->write(content.constData() + at, std::min<qsizetype>(777777, content.size() - at)); !s) return s;
    return file.value()->commit(kBucket, finalName);
}

} // namespace

class TestHdfsWarehouse final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkWritableLeavesNoProbeBehind()
    {
        HdfsSetup setup;
        const Status s = setup.warehouse->checkWritable(QStringLiteral("b_test"), QStringLiteral("t1"));
        QVERIFY2(s.isOk(), qPrintable(s.error()));
        QCOMPARE(TestHdfs::call("GET", setup.table(), QStringLiteral("GETFILESTATUS"), kUser).status, 200);
        QCOMPARE(TestHdfs::listFiles(setup.table()), QStringList());
        QVERIFY(setup.warehouse->describe(QStringLiteral("b_test"), QStringLiteral("t1")).contains(setup.table()));
    }

    void commitPublishesChunkedUploadUnderTheFinalName()
    {
        HdfsSetup setup;
        // 9.5 MiB: a CREATE and two APPENDs of 4 MiB chunks.
        const QByteArray content = patternedBytes(9 * 1024 * 1024 + 512 * 1024, 'a');
        const QString temp = FileNaming::tempName(QStringLiteral("orders"), 3, 100, QStringLiteral("tok1"));
        const QString name = FileNaming::finalName(QStringLiteral("orders"), 3, 100, 199, -1, QStringLiteral("json"));
        const Status s = writeAndCommit(*setup.warehouse, temp, name, content);
        QVERIFY2(s.isOk(), qPrintable(s.error()));
        QCOMPARE(TestHdfs::listFiles(setup.table()), QStringList{kBucket + u'/' + name});
        QVERIFY(TestHdfs::readFile(setup.table() + u'/' + kBucket + u'/' + name) == content);

        auto committed = setup.warehouse->committedFiles(QStringLiteral("b_test"), QStringLiteral("t1"), QStringLiteral("orders"), 3);
        QVERIFY2(committed.isOk(), qPrintable(committed.error()));
        QCOMPARE(committed->size(), 1);
        QCOMPARE(committed->first().relativeDir, kBucket);
        QCOMPARE(committed->first().name.firstOffset, 100);
        QCOMPARE(committed->first().name.lastOffset, 199);
        auto other = setup.warehouse->committedFiles(QStringLiteral("b_test"), QStringLiteral("t1"), QStringLiteral("orders"), 4);
        QVERIFY(other.isOk() && other->isEmpty());
    }

    void smallAndEmptyFilesCommitToo()
    {
        HdfsSetup setup;
        const QString name = FileNaming::finalName(QStringLiteral("t"), 0, 0, 0, -1, QStringLiteral("raw"));
        QVERIFY(writeAndCommit(*setup.warehouse, QStringLiteral(".t+0+0.a.tmp"), name, "one line\n").isOk());
        QCOMPARE(TestHdfs::readFile(setup.table() + u'/' + kBucket + u'/' + name), QByteArray("one line\n"));
        const QString empty = FileNaming::finalName(QStringLiteral("t"), 0, 1, 1, -1, QStringLiteral("raw"));
        QVERIFY(writeAndCommit(*setup.warehouse, QStringLiteral(".t+0+1.b.tmp"), empty, {}).isOk());
        QCOMPARE(TestHdfs::listFiles(setup.table()).size(), 2);
    }

    void commitNeverReplacesACommittedFile()
    {
        HdfsSetup setup;
        const QString name = FileNaming::finalName(QStringLiteral("orders"), 0, 0, 9, -1, QStringLiteral("raw"));
        QVERIFY(writeAndCommit(*setup.warehouse, QStringLiteral(".orders+0+0.first.tmp"), name, "first\n").isOk());
        // A fenced-off writer committing the same offsets under the same name.
        const Status second = writeAndCommit(*setup.warehouse, QStringLiteral(".orders+0+0.second.tmp"), name, "second\n");
        QVERIFY(!second.isOk());
        QVERIFY2(second.error().contains(QLatin1String("already exists")), qPrintable(second.error()));
        QCOMPARE(TestHdfs::readFile(setup.table() + u'/' + kBucket + u'/' + name), QByteArray("first\n"));
        QCOMPARE(TestHdfs::listFiles(setup.table()), QStringList{kBucket + u'/' + name}); // its temporary file is gone too
    }

    void renameAnswersFalseRatherThanFailing()
    {
        HdfsSetup setup;
        const WebHdfsClient client(QUrl(TestHdfs::baseUrl()), kUser);
        QVERIFY(TestHdfs::writeFile(setup.root + QStringLiteral("/a"), "a", kUser));
        QVERIFY(TestHdfs::writeFile(setup.root + QStringLiteral("/b"), "b", kUser));
        auto onto = client.rename(setup.root + QStringLiteral("/a"), setup.root + QStringLiteral("/b"));
        QVERIFY2(onto.isOk(), qPrintable(onto.error()));
        QCOMPARE(onto.value(), false);
        auto missing = client.rename(setup.root + QStringLiteral("/nope"), setup.root + QStringLiteral("/c"));
        QVERIFY(missing.isOk() && !missing.value());
        auto ok = client.rename(setup.root + QStringLiteral("/a"), setup.root + QStringLiteral("/c+d"));
        QVERIFY(ok.isOk() && ok.value());
        QCOMPARE(TestHdfs::listFiles(setup.root), (QStringList{QStringLiteral("b"), QStringLiteral("c+d")}));
    }

    void abandonAndDiscardRemoveTemporaryFilesOnly()
    {
        HdfsSetup setup;
        {
            auto file = setup.warehouse->createFile(QStringLiteral("b_test"), QStringLiteral("t1"), kBucket, QStringLiteral(".orders+1+0.x.tmp"));
            QVERIFY(file.isOk());
            const QByteArray chunk = patternedBytes(5 * 1024 * 1024, 'x'); // past one chunk: the file exists on HDFS
            QVERIFY(file.value()->write(chunk.constData(), chunk.size()).isOk());
            QCOMPARE(TestHdfs::listFiles(setup.table()), QStringList{kBucket + QStringLiteral("/.orders+1+0.x.tmp")});
            file.value()->abandon();
            QCOMPARE(TestHdfs::listFiles(setup.table()), QStringList());
        }
        // Left by a crashed writer: temporary files of partitions 1 and 2, and a committed file.
        const QString dir = setup.table() + u'/' + kBucket;
        QVERIFY(TestHdfs::writeFile(dir + QStringLiteral("/.orders+1+50.dead.tmp"), "partial", kUser));
        QVERIFY(TestHdfs::writeFile(dir + QStringLiteral("/.orders+2+50.dead.tmp"), "partial", kUser));
        const QString kept = FileNaming::finalName(QStringLiteral("orders"), 1, 0, 49, -1, QStringLiteral("raw"));
        QVERIFY(TestHdfs::writeFile(dir + u'/' + kept, "kept", kUser));
        auto removed = setup.warehouse->discardTempFiles(QStringLiteral("b_test"), QStringLiteral("t1"), QStringLiteral("orders"), 1);
        QVERIFY2(removed.isOk(), qPrintable(removed.error()));
        QCOMPARE(removed.value(), 1);
        QCOMPARE(TestHdfs::listFiles(setup.table()), (QStringList{kBucket + QStringLiteral("/.orders+2+50.dead.tmp"), kBucket + u'/' + kept}));
    }

    void newTableHasNoFilesButAMissingRootIsAnError()
    {
        HdfsSetup setup;
        auto none = setup.warehouse->committedFiles(QStringLiteral("b_new"), QStringLiteral("t"), QStringLiteral("orders"), 0);
        QVERIFY(none.isOk() && none->isEmpty());
        auto gone = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl() + setup.root + QStringLiteral("_nope"), kUser});
        QVERIFY(gone.isOk());
        const QString expected = QStringLiteral("Warehouse root %1_nope is missing on HDFS at %2").arg(setup.root, TestHdfs::baseUrl());
        const Status s = gone.value()->checkWritable(QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY2(s.error().startsWith(expected), qPrintable(s.error()));
        auto files = gone.value()->committedFiles(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("orders"), 0);
        QVERIFY2(files.error().startsWith(expected), qPrintable(files.error()));
        // The engine never creates a missing root.
        QCOMPARE(TestHdfs::call("GET", setup.root + QStringLiteral("_nope"), QStringLiteral("GETFILESTATUS"), kUser).status, 404);
    }

    void wrongUrlsGiveClearMessages()
    {
        auto notHttp = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, QStringLiteral("hdfs://127.0.0.1:8020"), kUser});
        QVERIFY(!notHttp.isOk());
        QVERIFY2(notHttp.error().contains(QLatin1String("must look like http://namenode:9870")), qPrintable(notHttp.error()));
        auto noUser = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl(), QString()});
        QCOMPARE(noUser.error(), QStringLiteral("HDFS warehouse \"lake\" needs a user name"));

        // Nothing listens there: retried with backoff, then the URL and the reason.
        auto closed = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, QStringLiteral("http://127.0.0.1:1/wh"), kUser});
        QVERIFY(closed.isOk());
        const Status refused = closed.value()->checkWritable(QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error().startsWith(QLatin1String("Cannot reach HDFS: GET http://127.0.0.1:1/webhdfs/v1/wh?op=GETFILESTATUS failed: ")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QLatin1String("Connection refused")) && refused.error().endsWith(QLatin1String("(tried 5 times)")),
                 qPrintable(refused.error()));

        // Some other web server: python's http.server answers 404 pages, not WebHDFS JSON.
        QProcess web;
        web.setProcessChannelMode(QProcess::MergedChannels);
        web.start(QStringLiteral("python3"), {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
                                              QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), QDir::tempPath()});
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += web.readAll()).contains("port "), 10000);
        const QString port = QString::fromLatin1(banner.mid(banner.indexOf("port ") + 5).split(' ').first());
        const QString other = QStringLiteral("http://127.0.0.1:%1").arg(port);
        auto wrong = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, other + QStringLiteral("/wh"), kUser});
        QVERIFY(wrong.isOk());
        const Status notHdfs = wrong.value()->checkWritable(QStringLiteral("b"), QStringLiteral("t"));
        web.kill();
        web.waitForFinished();
        QCOMPARE(notHdfs.error(), QStringLiteral("GET %1/webhdfs/v1/wh?op=GETFILESTATUS answered HTTP 404 without a WebHDFS error; is %1 the "
                                                 "NameNode's HTTP address (like http://namenode:9870)?")
                                      .arg(other));

        // A pasted REST URL is understood: its path after /webhdfs/v1 is the root folder.
        auto pasted = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs,
                                                TestHdfs::baseUrl() + QStringLiteral("/webhdfs/v1/"), kUser});
        QVERIFY(pasted.isOk());
        QCOMPARE(pasted.value()->describe(QStringLiteral("b"), QStringLiteral("t")), QStringLiteral("/b/t on HDFS at ") + TestHdfs::baseUrl());
    }

    void permissionProblemsNameTheUserAndTheFolder()
    {
        // A root that belongs to the superuser, mode 700: the test user may not even look inside.
        const QString locked = u'/' + TestKafka::uniqueName(QStringLiteral("locked"));
        QVERIFY(TestHdfs::makeFolder(locked, TestHdfs::superuser(), QStringLiteral("700")));
        auto w = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl() + locked, kUser});
        QVERIFY(w.isOk());
        const Status s = w.value()->checkWritable(QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY(!s.isOk());
        QVERIFY2(s.error().startsWith(QStringLiteral("HDFS denied user \"%1\": Permission denied: user=%1, access=").arg(kUser)), qPrintable(s.error()));
        QVERIFY2(s.error().contains(locked) && s.error().contains(QLatin1String("HTTP 403")), qPrintable(s.error()));
        auto files = w.value()->committedFiles(QStringLiteral("b"), QStringLiteral("t"), QStringLiteral("orders"), 0);
        QVERIFY2(files.error().startsWith(QStringLiteral("HDFS denied user \"%1\"").arg(kUser)), qPrintable(files.error()));

        // Readable but owned by someone else: the table folder cannot be made.
        const QString foreign = u'/' + TestKafka::uniqueName(QStringLiteral("foreign"));
        QVERIFY(TestHdfs::makeFolder(foreign, QStringLiteral("alice"), QStringLiteral("755")));
        auto f = WarehouseFactory::create({QStringLiteral("lake"), WarehouseConfig::Kind::Hdfs, TestHdfs::baseUrl() + foreign, kUser});
        const Status denied = f.value()->checkWritable(QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY2(denied.error().contains(QStringLiteral("access=WRITE, inode=\"%1\":alice").arg(foreign)), qPrintable(denied.error()));
        QVERIFY2(denied.error().contains(QStringLiteral("PUT %1/webhdfs/v1%2/b/t?op=MKDIRS").arg(TestHdfs::baseUrl(), foreign)), qPrintable(denied.error()));
    }
};

QTEST_GUILESS_MAIN(TestHdfsWarehouse)
#include "tst_hdfs_warehouse.moc"
