// The local warehouse on a temporary folder: bytes written in any slicing (small writes through
// the buffer, writes larger than it, well past the early-writeback steps) come back exactly
// after commit; a commit never replaces a committed file; abandoned and uncommitted files are
// temporary names that recovery lists and discards; a missing root is an error, never created.

#include "WarehouseReader.h"
#include "engine/RecordFingerprint.h"
#include "warehouse/FileNaming.h"
#include "warehouse/LocalWarehouse.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace outflow;

namespace {
const QString kBid = QStringLiteral("b_test");
const QString kTid = QStringLiteral("t1");
const QString kBucket = FileNaming::bucketDir(2026, 1, 2, 3);
const QString kTopic = QStringLiteral("orders");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLocalWarehouse final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytesSurviveAnySlicing_data()
    {
        QTest::addColumn<qsizetype>("total");
        QTest::addColumn<qsizetype>("slice");
        QTest::newRow("empty") << qsizetype(0) << qsizetype(1);
        QTest::newRow("small lines") << qsizetype(3 * 1024 * 1024 + 17) << qsizetype(1126);
        QTest::newRow("slices across the buffer edge") << qsizetype(20 * 1024 * 1024 + 5) << qsizetype(777777);
        QTest::newRow("writes larger than the buffer") << qsizetype(27 * 1024 * 1024 + 3) << qsizetype(3 * 1024 * 1024 + 1);
    }
    void bytesSurviveAnySlicing()
    {
        QFETCH(qsizetype, total);
        QFETCH(qsizetype, slice);
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        const QByteArray content = patternedBytes(total, 'a');
        auto file = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 0, 0, QStringLiteral("t0k3n")));
        QVERIFY2(file, qPrintable(file.error()));
        for (qsizetype at = 0; at < content.size(); at += slice)
            QVERIFY(file.value()->write(content.constData() + at, std::min(slice, content.size() - at)));
        QCOMPARE(file.value()->bytesWritten(), total);
        const QString name = FileNaming::finalName(kTopic, 0, 0, 99, -1, QStringLiteral("json"));
        QVERIFY(file.value()->commit(kBucket, name));
        const QString table = root.filePath(kBid + u'/' + kTid);
        QCOMPARE(readAll(table + u'/' + kBucket + u'/' + name), content);
        QCOMPARE(QDir(table + u'/' + kBucket).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left

        auto found = warehouse.committedFiles(kBid, kTid, kTopic, 0);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name.lastOffset, 99);
    }

    void commitNeverReplacesACommittedFile()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        const QString name = FileNaming::finalName(kTopic, 1, 0, 9, -1, QStringLiteral("json"));
        auto first = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 1, 0, QStringLiteral("first")));
        QVERIFY(first && first.value()->write("first\n", 6) && first.value()->commit(kBucket, name));
        auto second = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 1, 0, QStringLiteral("second")));
        QVERIFY(second && second.value()->write("second\n", 7));
        const Status s = second.value()->commit(kBucket, name);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(name), qPrintable(s.error()));
        const QString bucket = root.filePath(kBid + u'/' + kTid + u'/' + kBucket);
        QCOMPARE(readAll(bucket + u'/' + name), QByteArray("first\n"));
        QCOMPARE(QDir(bucket).entryList(QDir::Files | QDir::Hidden), QStringList{name}); // the loser's temp file is gone
    }

    void uncommittedFilesAreTemporaryAndDiscarded()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        auto kept = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 2, 0, QStringLiteral("crashed")));
        QVERIFY(kept && kept.value()->write(patternedBytes(10 * 1024 * 1024, 'x').constData(), 10 * 1024 * 1024));
        auto dropped = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 2, 5, QStringLiteral("dropped")));
        QVERIFY(dropped && dropped.value()->write("x\n", 2));
        dropped.value()->abandon();
        const QString bucket = root.filePath(kBid + u'/' + kTid + u'/' + kBucket);
        QCOMPARE(QDir(bucket).entryList(QDir::Files | QDir::Hidden).size(), 1); // only the "crashed" writer's temp file
        QCOMPARE(warehouse.committedFiles(kBid, kTid, kTopic, 2)->size(), 0);
        auto discarded = warehouse.discardTempFiles(kBid, kTid, kTopic, 2);
        QVERIFY(discarded);
        QCOMPARE(discarded.value(), 1);
        QCOMPARE(QDir(bucket).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void missingRootIsAnErrorAndIsNotCreated()
    {
        QTemporaryDir parent;
        const QString root = parent.filePath(QStringLiteral("unmounted"));
        LocalWarehouse warehouse(root);
        auto file = warehouse.createFile(kBid, kTid, kBucket, FileNaming::tempName(kTopic, 0, 0, QStringLiteral("t")));
        QVERIFY(!file);
        QVERIFY2(file.error().contains(root), qPrintable(file.error()));
        const Status check = warehouse.checkWritable(kBid, kTid);
        QVERIFY(!check);
        QVERIFY(!QFileInfo::exists(root));
    }

    void ownFilesAreReplacedWholeAndAreNotTableData()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        const QString name = RecordFingerprint::fileName(kTopic, 3);
        QVERIFY(!warehouse.readOwnFile(kBid, kTid, name).value().has_value());
        const RecordFingerprint first{41, 1767323045000, QByteArray(40, 'a')};
        QVERIFY(warehouse.writeOwnFile(kBid, kTid, name, first.serialize()));
        const RecordFingerprint second{9000, -1, QByteArray(40, 'b')};
        QVERIFY(warehouse.writeOwnFile(kBid, kTid, name, second.serialize()));
        const auto read = warehouse.readOwnFile(kBid, kTid, name);
        QVERIFY(read && read.value());
        QVERIFY(RecordFingerprint::parse(*read.value()) == second);
        QVERIFY(!RecordFingerprint::parse("9000 -1 short\n").has_value());
        // Neither a committed file of the partition nor a temporary one.
        QCOMPARE(warehouse.committedFiles(kBid, kTid, kTopic, 3)->size(), 0);
                QCOMPARE(warehouse.discardTempFiles(kBid, kTid, kTopic, 3).value(), 0);
        QCOMPARE(QDir(root.path() + u'/' + kBid + u'/' + kTid + QStringLiteral("/_outflow")).entryList(QDir::Files | QDir::Hidden),
                 QStringList{name});
    }
};

QTEST_GUILESS_MAIN(TestLocalWarehouse)
#include "tst_localwarehouse.moc"
