// The commit index on a local warehouse: recovery answers from the index (a file the index does
// not name is not seen, so no walk happened), drops entries of files that were announced but
// never renamed, deletes staged temporary files, walks and seeds a table written before the
// index existed, and walks again when the files the index names were deleted.

#include "warehouse/CommitIndex.h"
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
const QString kTopic = QStringLiteral("orders");
const QString kBucket = FileNaming::bucketDir(2026, 12, 2, 8);

/// One chunk the way PartitionSink commits it: staged, announced, renamed, settled.
Status commitChunk(LocalWarehouse &warehouse, CommitIndex &index, qint64 first, qint64 last, const QString &dir = kBucket)
{
    auto file = warehouse.createFile(kBid, kTid, index.stagingDir(), FileNaming::tempName(kTopic, 0, first, QStringLiteral("tok")));
    if (!file) return Status::fail(file.error());
    if (Status s = file.value()->write("x\n", 2); !s) return s;
    const QString name = FileNaming::finalName(kTopic, 0, first, last, -1, QStringLiteral("json"));
    if (Status s = index.announce(dir, name); !s) return s;
    if (Status s = file.value()->commit(dir, name); !s) return s;
    index.settle();
    return Status::ok();
}

/// A committed file written without the index, as versions before it did.
void writeLegacyFile(const QString &table, const QString &dir, qint64 first, qint64 last)
{
    QVERIFY(QDir().mkpath(table + u'/' + dir));
    QFile f(table + u'/' + dir + u'/' + FileNaming::finalName(kTopic, 0, first, last, -1, QStringLiteral("json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
}
} // namespace

class TestCommitIndex final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoveryReadsTheIndexNotTheTable()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex writer(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(writer.recover().value(), -1); // a new table: walked once, index seeded empty
        QVERIFY(commitChunk(warehouse, writer, 0, 9));
        QVERIFY(commitChunk(warehouse, writer, 10, 19, FileNaming::bucketDir(2026, 12, 2, 9)));
        QVERIFY(commitChunk(warehouse, writer, 20, 29, FileNaming::bucketDir(2026, 12, 2, 10)));
        const QString table = root.filePath(kBid + u'/' + kTid);
        // Settled: only the newest entry and the completeness marker stay.
        const QString commits = table + QStringLiteral("/_outflow/commits/orders+0");
        QCOMPARE(QDir(commits).entryList(QDir::Files | QDir::Hidden).size(), 2);
        // Never named like data: a recursive glob for *.json (or *.parquet) must not find entries.
        QCOMPARE(QDir(commits).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden), QStringList());

        // A file the index does not name is invisible to it: recovery did not walk the table.
        writeLegacyFile(table, FileNaming::bucketDir(2026, 12, 3, 0), 30, 39);
        CommitIndex next(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(next.position().value(), 30);
        QCOMPARE(next.recover().value(), 30);
    }

    void announcedButNeverRenamedIsDropped()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex writer(warehouse, kBid, kTid, kTopic, 0);
        QVERIFY(writer.recover());
        QVERIFY(commitChunk(warehouse, writer, 0, 9));
        // A writer that died (or was fenced off) between the entry and the rename.
        auto staged = warehouse.createFile(kBid, kTid, writer.stagingDir(), FileNaming::tempName(kTopic, 0, 10, QStringLiteral("dead")));
        QVERIFY(staged && staged.value()->write("y\n", 2));
        QVERIFY(writer.announce(kBucket, FileNaming::finalName(kTopic, 0, 10, 19, -1, QStringLiteral("json"))));
        const QString table = root.filePath(kBid + u'/' + kTid);
        const QString staging = table + u'/' + writer.stagingDir();
        QCOMPARE(QDir(staging).entryList(QDir::Files | QDir::Hidden).size(), 1);

        CommitIndex reader(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(reader.position().value(), 10); // read-only: changes nothing
        QCOMPARE(QDir(table + QStringLiteral("/_outflow/commits/orders+0")).entryList(QDir::Files).size(), 2);

        CommitIndex owner(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(owner.recover().value(), 10);
        QCOMPARE(QDir(staging).entryList(QDir::Files | QDir::Hidden), QStringList()); // the old writer's file is gone
        QCOMPARE(QDir(table + QStringLiteral("/_outflow/commits/orders+0")).entryList(QDir::Files).size(), 1);
        // The fenced writer's rename now fails: its temporary file is gone.
        QVERIFY(!staged.value()->commit(kBucket, FileNaming::finalName(kTopic, 0, 10, 19, -1, QStringLiteral("json"))));
        // The new owner goes on from there and its files are found.
        QVERIFY(commitChunk(warehouse, owner, 10, 14));
        QCOMPARE(CommitIndex(warehouse, kBid, kTid, kTopic, 0).recover().value(), 15);
    }

    void tableWithoutIndexIsWalkedOnceAndSeeded()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        const QString table = root.filePath(kBid + u'/' + kTid);
        writeLegacyFile(table, FileNaming::bucketDir(2026, 1, 1, 0), 0, 99);
        writeLegacyFile(table, FileNaming::bucketDir(2026, 1, 1, 1), 100, 149);
        writeLegacyFile(table, QStringLiteral("_deadletter/") + FileNaming::bucketDir(2026, 1, 1, 1), 150, 150);
        // A temporary file of an older version, beside the data.
        const QString legacyTemp = table + u'/' + FileNaming::bucketDir(2026, 1, 1, 1) + u'/' +
                                   FileNaming::tempName(kTopic, 0, 151, QStringLiteral("old"));
        QFile temp(legacyTemp);
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.close();

        CommitIndex index(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(index.position().value(), 151); // read-only walk, nothing seeded
        QVERIFY(!QFileInfo::exists(table + QStringLiteral("/_outflow/commits")));
        QCOMPARE(index.recover().value(), 151);
        QVERIFY(!QFileInfo::exists(legacyTemp));
        // Seeded: a newer legacy-style file is not seen any more, the dead-letter file is named.
        writeLegacyFile(table, FileNaming::bucketDir(2026, 1, 2, 0), 151, 200);
        QCOMPARE(CommitIndex(warehouse, kBid, kTid, kTopic, 0).recover().value(), 151);
    }

    void indexNamingDeletedFilesFallsBackToTheTable()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex writer(warehouse, kBid, kTid, kTopic, 0);
        QVERIFY(writer.recover());
        QVERIFY(commitChunk(warehouse, writer, 0, 9));
        QVERIFY(commitChunk(warehouse, writer, 10, 19, FileNaming::bucketDir(2026, 12, 2, 9)));
        const QString table = root.filePath(kBid + u'/' + kTid);
        // An operator (or a retention job) deletes the newest hour.
        QVERIFY(QDir(table + u'/' + FileNaming::bucketDir(2026, 12, 2, 9)).removeRecursively());
        CommitIndex owner(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(owner.recover().value(), 10);
        QCOMPARE(CommitIndex(warehouse, kBid, kTid, kTopic, 0).recover().value(), 10); // and re-seeded
    }

    void otherPartitionsAndTopicsAreApart()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex zero(warehouse, kBid, kTid, kTopic, 0);
        QVERIFY(zero.recover());
        QVERIFY(commitChunk(warehouse, zero, 0, 9));
        QCOMPARE(CommitIndex(warehouse, kBid, kTid, kTopic, 1).recover().value(), -1);
        QCOMPARE(CommitIndex(warehouse, kBid, kTid, QStringLiteral("orders.v2"), 0).recover().value(), -1);
    }

    void missingRootIsAnError()
    {
        QTemporaryDir parent;
        LocalWarehouse warehouse(parent.filePath(QStringLiteral("unmounted")));
        auto position = CommitIndex(warehouse, kBid, kTid, kTopic, 0).recover();
        QVERIFY(!position);
        QVERIFY2(position.error().contains(QStringLiteral("unmounted")), qPrintable(position.error()));
    }
};

QTEST_GUILESS_MAIN(TestCommitIndex)
#include "tst_commitindex.moc"
