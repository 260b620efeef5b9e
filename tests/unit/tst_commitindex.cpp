// The commit index on a local warehouse: recovery answers from the index (a file the index does
// not name is not seen, so no walk happened), completes a commit interrupted between its
// renames, drops the entry of a commit whose files are gone everywhere (a fenced-off writer),
// deletes other staged files, walks and seeds a table written before the index existed, and
// walks again when the files the index names were deleted.

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

/// A sealed staged file, as PartitionSink leaves it before announcing a commit.
std::unique_ptr<WarehouseFile> stagedFile(LocalWarehouse &warehouse, CommitIndex &index, const QString &temp)
{
    auto file = warehouse.createFile(kBid, kTid, index.stagingDir(), temp);
    if (!file || !file.value()->write("x\n", 2) || !file.value()->seal()) return nullptr;
    return std::move(file).value();
}

QString nameOf(qint64 first, qint64 last) { return FileNaming::finalName(kTopic, 0, first, last, -1, QStringLiteral("json")); }

/// One group of a single file, the way PartitionSink commits it: sealed, announced, published, settled.
Status commitChunk(LocalWarehouse &warehouse, CommitIndex &index, qint64 first, qint64 last, const QString &dir = kBucket)
{
    const QString temp = FileNaming::tempName(kTopic, 0, first, QStringLiteral("tok"));
    auto file = stagedFile(warehouse, index, temp);
    if (!file) return Status::fail(QStringLiteral("cannot stage"));
    if (Status s = index.announce(last, {{dir, nameOf(first, last), temp}}); !s) return s;
    if (Status s = file->publish(dir, nameOf(first, last)); !s) return s;
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

    void commitInterruptedBetweenItsRenamesIsCompleted()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex writer(warehouse, kBid, kTid, kTopic, 0);
        QVERIFY(writer.recover());
        QVERIFY(commitChunk(warehouse, writer, 0, 9));
        // A group of two hour folders (event time, offsets interleaved): sealed, announced, and
        // the writer dies after the first rename.
        const QString hour9 = FileNaming::bucketDir(2026, 12, 2, 9);
        const QString tempA = FileNaming::tempName(kTopic, 0, 10, QStringLiteral("a"));
        const QString tempB = FileNaming::tempName(kTopic, 0, 11, QStringLiteral("b"));
        auto a = stagedFile(warehouse, writer, tempA);
        auto b = stagedFile(warehouse, writer, tempB);
        QVERIFY(a && b);
        QVERIFY(writer.announce(19, {{kBucket, nameOf(10, 18), tempA}, {hour9, nameOf(11, 19), tempB}}));
        QVERIFY(a->publish(kBucket, nameOf(10, 18)));
        b.reset(); // the process is gone: a sealed file stays staged
        const QString table = root.filePath(kBid + u'/' + kTid);
        QVERIFY(QFileInfo::exists(table + u'/' + writer.stagingDir() + u'/' + tempB));

        QCOMPARE(CommitIndex(warehouse, kBid, kTid, kTopic, 0).position().value(), 20); // read-only: what recovery will make true
        QVERIFY(!QFileInfo::exists(table + u'/' + hour9 + u'/' + nameOf(11, 19)));
        CommitIndex owner(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(owner.recover().value(), 20);
        QVERIFY(QFileInfo::exists(table + u'/' + hour9 + u'/' + nameOf(11, 19))); // completed, not lost
        QCOMPARE(QDir(table + u'/' + writer.stagingDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void commitOfAFencedOffWriterIsDropped()
    {
        QTemporaryDir root;
        LocalWarehouse warehouse(root.path());
        CommitIndex writer(warehouse, kBid, kTid, kTopic, 0);
        QVERIFY(writer.recover());
        QVERIFY(commitChunk(warehouse, writer, 0, 9));
        // Staged and sealed, then frozen past its session before the announcement.
        const QString temp = FileNaming::tempName(kTopic, 0, 10, QStringLiteral("late"));
        auto late = stagedFile(warehouse, writer, temp);
        QVERIFY(late);
        // The new owner recovers: the staged file is not announced, so it goes.
        CommitIndex owner(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(owner.recover().value(), 10);
        const QString table = root.filePath(kBid + u'/' + kTid);
        QCOMPARE(QDir(table + u'/' + writer.stagingDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // The old writer wakes, announces and renames: the rename fails, its file is gone.
        QVERIFY(writer.announce(19, {{kBucket, nameOf(10, 19), temp}}));
        QVERIFY(!late->publish(kBucket, nameOf(10, 19)));
        // Its entry names nothing that exists: the next recovery drops it and trusts the owner's.
        QVERIFY(commitChunk(warehouse, owner, 10, 14));
        CommitIndex next(warehouse, kBid, kTid, kTopic, 0);
        QCOMPARE(next.recover().value(), 15);
        QCOMPARE(QDir(table + QStringLiteral("/_outflow/commits/orders+0")).entryList({QStringLiteral("*.commit")}, QDir::Files).size(), 1);
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
