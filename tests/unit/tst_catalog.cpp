#include "catalog/Catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace outflow;

namespace {
TaskRecord sampleTask(const QString &id, const QString &name)
{
    TaskRecord t;
    t.id = id;
    t.definition.name = name;
    t.definition.source = {QStringLiteral("local"), QStringLiteral("orders"), QStringLiteral("latest")};
    t.definition.target.warehouse = QStringLiteral("wh");
    t.definition.target.bid = QStringLiteral("b_demo");
    t.definition.target.tid = QStringLiteral("orders");
    t.status = TaskStatus::Running;
    t.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
    t.updatedAt = t.createdAt;
    return t;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newCatalogHasCurrentSchema()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("sub/catalog.sqlite")));
        QVERIFY2(catalog.isOk(), qPrintable(catalog.error()));
        auto version = catalog.value()->schemaVersion();
        QVERIFY(version.isOk());
        QCOMPARE(version.value(), Catalog::kSchemaVersion);
    }

    // A catalog written by the release before schema registries (schema 2) opens, keeps its
    // clusters, and they name no registry.
    void catalogOfSchemaVersionTwoIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE clusters(name TEXT PRIMARY KEY, bootstrap TEXT NOT NULL, security_protocol TEXT "
                                          "NOT NULL, sasl_mechanism TEXT NOT NULL DEFAULT '', sasl_username TEXT NOT NULL DEFAULT '', "
                                          "properties TEXT NOT NULL DEFAULT '{}')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE warehouses(name TEXT PRIMARY KEY, kind TEXT NOT NULL, location TEXT NOT NULL, "
                                          "user TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tasks(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL, "
                                          "status TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
                                          "updated_at INTEGER NOT NULL, next_retry_at INTEGER NOT NULL DEFAULT 0, retry_count INTEGER "
                                          "NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 0)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE task_actions(seq INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, at "
                                          "INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL, detail "
                                          "TEXT NOT NULL DEFAULT '')")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO clusters(name, bootstrap, security_protocol) VALUES('old', 'h:9092', 'PLAINTEXT')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto catalog = Catalog::open(path);
        QVERIFY2(catalog.isOk(), qPrintable(catalog.error()));
        QCOMPARE(catalog.value()->schemaVersion().value(), Catalog::kSchemaVersion);
        auto old = catalog.value()->cluster(QStringLiteral("old"));
        QVERIFY2(old.isOk(), qPrintable(old.error()));
        QCOMPARE(old->bootstrapServers, QStringLiteral("h:9092"));
        QVERIFY(old->schemaRegistryUrl.isEmpty());
    }

    void clustersRoundTripWithoutPlainTextPasswords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        ClusterConfig c{QStringLiteral("prod"), QStringLiteral("k1:9092,k2:9092"), QStringLiteral("SASL_SSL"),
                        QStringLiteral("SCRAM-SHA-256"), QStringLiteral("alice"), QStringLiteral("s3cr3t-pa55"),
                        {{QStringLiteral("ssl.ca.location"), QStringLiteral("/etc/ca.pem")}},
                        QStringLiteral("https://registry.example:8081"), QStringLiteral("bob"), QStringLiteral("r3g1stry-pa55")};
        {
            auto catalog = Catalog::open(path);
            QVERIFY(catalog.isOk());
            QVERIFY(catalog.value()->saveCluster(c).isOk());
        }
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        auto loaded = reopened.value()->cluster(QStringLiteral("prod"));
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), c);

        QFile db(path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains("s3cr3t-pa55"));
        QVERIFY(!bytes.contains("r3g1stry-pa55"));
        QVERIFY(bytes.contains("https://registry.example:8081"));
        QFile wal(path + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly)) {
            const QByteArray logged = wal.readAll();
            QVERIFY(!logged.contains("s3cr3t-pa55"));
            QVERIFY(!logged.contains("r3g1stry-pa55"));
        }
        const QFile::Permissions perms = QFile::permissions(path + QStringLiteral(".secrets.json"));
        QVERIFY(perms & QFile::ReadOwner);
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void invalidClusterChangesNothing()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.isOk());
        Status s = catalog.value()->saveCluster(ClusterConfig{QStringLiteral("bad name"), QStringLiteral("h:1")});
        QVERIFY(!s.isOk());
        QVERIFY(s.error().contains(QLatin1String("a space at position 4")));
        QCOMPARE(catalog.value()->clusters().value().size(), 0);
    }

    void badSchemaRegistryChangesNothing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no scheme") << QStringLiteral("registry:8081") << QString() << QStringLiteral("must look like http://host:8081");
        QTest::newRow("ftp") << QStringLiteral("ftp://registry:8081") << QString() << QStringLiteral("must look like http://host:8081");
        QTest::newRow("credentials in the URL") << QStringLiteral("http://bob:pw@registry:8081") << QString()
                                                << QStringLiteral("credentials go in the user and password fields");
        QTest::newRow("port 0") << QStringLiteral("http://registry:0") << QString() << QStringLiteral("has port 0");
        QTest::newRow("user without URL") << QString() << QStringLiteral("bob")
                                          << QStringLiteral("A schema registry user needs a schema registry URL");
    }

    void badSchemaRegistryChangesNothing()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.isOk());
        ClusterConfig c{QStringLiteral("dev"), QStringLiteral("h:9092")};
        c.schemaRegistryUrl = url;
        c.schemaRegistryUsername = user;
        const Status s = catalog.value()->saveCluster(c);
        QVERIFY(!s.isOk());
        QVERIFY2(s.error().contains(problem), qPrintable(s.error()));
        QCOMPARE(catalog.value()->clusters().value().size(), 0);
    }

    void warehousesRoundTrip()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.isOk());
        WarehouseConfig local{QStringLiteral("local"), WarehouseConfig::Kind::Local, QStringLiteral("/srv/wh")};
        WarehouseConfig hdfs{QStringLiteral("tdw"), WarehouseConfig::Kind::Hdfs, QStringLiteral("http://nn:9870"), QStringLiteral("etl"),
                             QStringLiteral("thrift://hms:9083")};
        QVERIFY(catalog.value()->saveWarehouse(local).isOk());
        QVERIFY(catalog.value()->saveWarehouse(hdfs).isOk());
        auto all = catalog.value()->warehouses();
        QVERIFY(all.isOk());
        QCOMPARE(all.value(), (QList<WarehouseConfig>{local, hdfs}));
        QVERIFY(catalog.value()->removeWarehouse(QStringLiteral("tdw")).isOk());
        QCOMPARE(catalog.value()->warehouses().value().size(), 1);
        QVERIFY(!catalog.value()->removeWarehouse(QStringLiteral("tdw")).isOk());
        // A bad metastore address is refused and changes nothing.
        WarehouseConfig bad = local;
        bad.metastore = QStringLiteral("http://hms:9083");
        QVERIFY(catalog.value()->saveWarehouse(bad).error().contains(QLatin1String("must look like thrift://host:9083")));
        QCOMPARE(catalog.value()->warehouse(QStringLiteral("local"))->metastore, QString());
    }

    void tasksAndActionsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        auto catalog = Catalog::open(path);
        QVERIFY(catalog.isOk());
        auto id = catalog.value()->newTaskId();
        QVERIFY(id.isOk());
        QVERIFY(QRegularExpression(QStringLiteral("^datahub-[a-z0-9]{8}$")).match(id.value()).hasMatch());
        TaskRecord t = sampleTask(id.value(), QStringLiteral("orders_to_tdw"));
        Status inserted = catalog.value()->insertTask(t);
        QVERIFY2(inserted.isOk(), qPrintable(inserted.error()));
        Status dup = catalog.value()->insertTask(sampleTask(QStringLiteral("datahub-zzzzzzzz"), QStringLiteral("orders_to_tdw")));
        QVERIFY(!dup.isOk());
        QVERIFY(dup.error().contains(QLatin1String("already exists")));

        t.status = TaskStatus::Error;
        t.lastError = QStringLiteral("broker down");
        t.retryCount = 3;
        t.nextRetryAt = t.createdAt.addSecs(8);
        QVERIFY(catalog.value()->updateTask(t).isOk());
        QVERIFY(catalog.value()->appendAction(t.id, {t.createdAt, QStringLiteral("alice"), QStringLiteral("Pause"), QStringLiteral("ok"), {}}).isOk());
        QVERIFY(catalog.value()->appendAction(t.id, {t.createdAt, QStringLiteral("engine"), QStringLiteral("Retry"), QStringLiteral("failed"), QStringLiteral("x")}).isOk());

        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        auto loaded = reopened.value()->task(QStringLiteral("orders_to_tdw"));
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, t.id);
        QCOMPARE(loaded->definition, t.definition);
        QCOMPARE(loaded->status, TaskStatus::Error);
        QCOMPARE(loaded->lastError, QStringLiteral("broker down"));
        QCOMPARE(loaded->retryCount, 3);
        QCOMPARE(loaded->nextRetryAt, t.nextRetryAt);
        auto history = reopened.value()->actions(t.id);
        QVERIFY(history.isOk());
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().at(1).action, QStringLiteral("Retry"));
        QCOMPARE(history.value().at(1).detail, QStringLiteral("x"));

        QVERIFY(!reopened.value()->removeCluster(QStringLiteral("local")).isOk()); // not registered: clear error
        QVERIFY(reopened.value()->removeTask(t.id).isOk());
        QCOMPARE(reopened.value()->tasks().value().size(), 0);
    }

    // FAULTS.md "two processes updating one task": a write based on a stale read changes
    // nothing, whether it carries the definition or only the status.
    void staleWritesAreRefused()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.isOk());
        QVERIFY(catalog.value()->insertTask(sampleTask(QStringLiteral("datahub-aaaaaaaa"), QStringLiteral("orders"))).isOk());
        TaskRecord console = catalog.value()->task(QStringLiteral("orders")).value();
        TaskRecord engine = catalog.value()->task(QStringLiteral("orders")).value();
        console.status = TaskStatus::Pausing;
        QVERIFY(catalog.value()->updateTaskStatus(console).isOk());

        engine.status = TaskStatus::Error;
        const Status stale = catalog.value()->updateTaskStatus(engine);
        QVERIFY(!stale.isOk());
        QVERIFY2(stale.error().contains(QLatin1String("changed by another process")), qPrintable(stale.error()));
        engine.definition.target.tid = QStringLiteral("elsewhere");
        QVERIFY(!catalog.value()->updateTask(engine).isOk());

        const TaskRecord now = catalog.value()->task(QStringLiteral("orders")).value();
        QCOMPARE(now.status, TaskStatus::Pausing);
        QCOMPARE(now.definition.target.tid, QStringLiteral("orders"));
        QCOMPARE(now.version, console.version + 1);
    }

    // FAULTS.md "a row this version cannot parse": that task alone shows as Error, the row is
    // left as it is, and the other tasks load.
    void unreadableRowDoesNotHideTheOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        auto catalog = Catalog::open(path);
        QVERIFY(catalog.isOk());
        QVERIFY(catalog.value()->insertTask(sampleTask(QStringLiteral("datahub-aaaaaaaa"), QStringLiteral("good"))).isOk());
        QVERIFY(catalog.value()->insertTask(sampleTask(QStringLiteral("datahub-bbbbbbbb"), QStringLiteral("odd"))).isOk());
        QString stored;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET definition = replace(definition, '\"UTC\"', '\"Mars/Olympus_Mons\"') "
                                          "WHERE name = 'odd'")));
            QVERIFY(q.exec(QStringLiteral("SELECT definition FROM tasks WHERE name = 'odd'")) && q.next());
            stored = q.value(0).toString();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(stored.contains(QLatin1String("Mars/Olympus_Mons")));

        auto tasks = catalog.value()->tasks();
        QVERIFY2(tasks.isOk(), qPrintable(tasks.error()));
        QCOMPARE(tasks->size(), 2);
        const TaskRecord good = tasks->at(0).definition.name == QLatin1String("good") ? tasks->at(0) : tasks->at(1);
        const TaskRecord odd = tasks->at(0).definition.name == QLatin1String("odd") ? tasks->at(0) : tasks->at(1);
        QVERIFY(good.unreadable.isEmpty());
        QCOMPARE(good.status, TaskStatus::Running);
        QCOMPARE(odd.status, TaskStatus::Error);
        QVERIFY2(odd.lastError.contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(odd.lastError));
        QVERIFY(!catalog.value()->updateTask(odd).isOk()); // never rewritten with what this host understood
        QVERIFY(catalog.value()->task(QStringLiteral("odd")).isOk());
    }

    void corruptFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 8192; ++i) junk += char((i * 131) % 251);
            f.write(junk);
        }
        const QByteArray before = fileHash(path);
        auto catalog = Catalog::open(path);
        QVERIFY(!catalog.isOk());
        QVERIFY2(catalog.error().contains(QLatin1String("is not a readable Outflow catalog")), qPrintable(catalog.error()));
        QVERIFY(catalog.error().contains(QLatin1String("left untouched")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteFileIsNotAdopted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos(id INTEGER)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto catalog = Catalog::open(path);
        QVERIFY(!catalog.isOk());
        QVERIFY2(catalog.error().contains(QLatin1String("not an Outflow catalog")), qPrintable(catalog.error()));
    }

    void unreadablePathGivesClearError()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.path()); // a directory
        QVERIFY(!catalog.isOk());
        QVERIFY(catalog.error().contains(QLatin1String("is not a file")));
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto nested = Catalog::open(dir.filePath(QStringLiteral("file/catalog.sqlite"))); // parent is a file
        QVERIFY(!nested.isOk());
        QVERIFY2(nested.error().contains(QLatin1String("cannot create the catalog folder")), qPrintable(nested.error()));
    }

    void usableFromAnotherThread()
    {
        QTemporaryDir dir;
        auto catalog = Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.isOk());
        std::shared_ptr<Catalog> shared = catalog.value();
        bool ok = false;
        QThread *thread = QThread::create([&] {
            ok = shared->saveWarehouse({QStringLiteral("w"), WarehouseConfig::Kind::Local, QStringLiteral("/tmp/w")}).isOk();
        });
        thread->start();
        thread->wait();
        delete thread;
        QVERIFY(ok);
        QCOMPARE(shared->warehouses().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
