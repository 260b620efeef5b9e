#include "warehouse/FileNaming.h"

#include <QtTest>

using namespace outflow;

class TestFileNaming final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finalNamesRoundTrip()
    {
        const QString name = FileNaming::finalName(QStringLiteral("orders.v2"), 3, 42, 1041, -1, QStringLiteral("json.gz"));
        QCOMPARE(name, QStringLiteral("orders.v2+3+00000000000000000042+00000000000000001041.json.gz"));
        const auto parsed = FileNaming::parseFinalName(name);
        QVERIFY(parsed);
        QCOMPARE(parsed->topic, QStringLiteral("orders.v2"));
        QCOMPARE(parsed->partition, 3);
        QCOMPARE(parsed->firstOffset, 42);
        QCOMPARE(parsed->lastOffset, 1041);
        QCOMPARE(parsed->part, -1);
        QCOMPARE(parsed->extension, QStringLiteral("json.gz"));
    }
    void partsAreNumbered()
    {
        const QString name = FileNaming::finalName(QStringLiteral("t"), 0, 0, 9, 7, QStringLiteral("txt"));
        QCOMPARE(name, QStringLiteral("t+0+00000000000000000000+00000000000000000009.part007.txt"));
        QCOMPARE(FileNaming::parseFinalName(name)->part, 7);
    }
    void tempNamesAreHiddenAndNeverFinal()
    {
        const QString temp = FileNaming::tempName(QStringLiteral("t"), 1, 5, QStringLiteral("abc"));
        QVERIFY(temp.startsWith(u'.'));
        QVERIFY(!FileNaming::parseFinalName(temp));
        QVERIFY(FileNaming::isTempOf(temp, QStringLiteral("t"), 1));
        QVERIFY(!FileNaming::isTempOf(temp, QStringLiteral("t"), 11));
        QVERIFY(!FileNaming::isTempOf(temp, QStringLiteral("tt"), 1));
    }
    void foreignFilesAreIgnored()
    {
        QVERIFY(!FileNaming::parseFinalName(QStringLiteral("README.md")));
        QVERIFY(!FileNaming::parseFinalName(QStringLiteral("t+1+42+43.json"))); // not zero padded
        QVERIFY(!FileNaming::parseFinalName(QStringLiteral("_SUCCESS")));
    }
    void bucketDirs()
    {
        QCOMPARE(FileNaming::bucketDir(2026, 1, 2, 3), QStringLiteral("dt=20260102/hr=03"));
    }
};

QTEST_GUILESS_MAIN(TestFileNaming)
#include "tst_filenaming.moc"
