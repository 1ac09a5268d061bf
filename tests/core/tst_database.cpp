// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "dialect.h"
#include "migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ir;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

// Builds a database the way a release with only the first migration left it, with one row.
void createVersion1(const QString &path)
{
    const QString name = QStringLiteral("v1-builder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const QList<migrations::Step> steps = migrations::steps(Dialect::sqlite());
        for (const QString &statement : steps.at(0).statements)
            QVERIFY2(exec(db, statement), qPrintable(statement));
        QVERIFY(exec(db, QStringLiteral("PRAGMA user_version=1")));
        QVERIFY(exec(
            db,
            QStringLiteral("INSERT INTO sessions (session_id, user_id, session_name, session_type, difficulty_level, "
                           "status, estimated_duration, created_at, updated_at, source) VALUES "
                           "('session_20250905_133219_0a1f0199', 'user_001', '旧数据', 'knowledge_based', 'hard', "
                           "'pending', 45, 1757050339000, 1757050339000, 'api')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsSchemaAtLatestVersion();
    void pragmasOnEveryConnection_data();
    void pragmasOnEveryConnection();
    void oneConnectionPerThread();
    void upgradesOlderDatabaseKeepingData();
    void refusesNewerSchema();
    void startupFailuresSayWhich_data();
    void startupFailuresSayWhich();
    void lockedDuringUpgradeSaysSo();
    void nestedTransactionsAreSavepoints();
    void afterCommitRunsOnlyOnCommit();
    void readOnlyFileRefusesWrites();
    void backupIsConsistentCopy();
    void defaultPathUsesDataDir();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("interview-recorder.db")); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsSchemaAtLatestVersion()
{
    Database db(path());
    QVERIFY(db.open());
    QCOMPARE(db.schemaVersion(), migrations::latestVersion());
    QVERIFY(migrations::latestVersion() >= 2);
    for (const char *table : {"sessions", "questions", "idempotency"}) {
        QCOMPARE(scalar(db.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                            .arg(QLatin1String(table)))
                     .toInt(),
                 1);
    }
    QCOMPARE(scalar(db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='index' "
                                   "AND name='questions_session_position'"))
                 .toInt(),
             1);
    QVERIFY(db.ping());
    // Opening again is a no-op.
    QVERIFY(db.open());
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".v1.bak")));
}

void TestDatabase::pragmasOnEveryConnection_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::addRow("journal_mode") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::addRow("synchronous FULL") << QStringLiteral("synchronous") << QStringLiteral("2");
    QTest::addRow("foreign_keys") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::addRow("busy_timeout") << QStringLiteral("busy_timeout") << QStringLiteral("5000");
}

void TestDatabase::pragmasOnEveryConnection()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    Database db(path());
    QVERIFY(db.open());
    const QString sql = QStringLiteral("PRAGMA ") + pragma;
    QCOMPARE(scalar(db.connection(), sql).toString(), expected);
    QString onWorker;
    QThread *worker = QThread::create([&] { onWorker = scalar(db.connection(), sql).toString(); });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(onWorker, expected);
}

void TestDatabase::oneConnectionPerThread()
{
    Database db(path());
    QVERIFY(db.open());
    const QString mine = db.connection().connectionName();
    QCOMPARE(db.connection().connectionName(), mine);
    QString theirs;
    QThread *worker = QThread::create([&] { theirs = db.connection().connectionName(); });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    // The worker's connection went away with its thread.
    QVERIFY(!QSqlDatabase::contains(theirs));
}

void TestDatabase::upgradesOlderDatabaseKeepingData()
{
    createVersion1(path());
    Database db(path());
    QVERIFY(db.open());
    QCOMPARE(db.schemaVersion(), migrations::latestVersion());
    QSqlDatabase conn = db.connection();
    QCOMPARE(scalar(conn, QStringLiteral("SELECT session_name FROM sessions")).toString(), QStringLiteral("旧数据"));
    QCOMPARE(scalar(conn, QStringLiteral("SELECT notes FROM sessions")).toString(), QString());
    QCOMPARE(scalar(conn, QStringLiteral("SELECT updated_by FROM sessions")).toString(), QStringLiteral("api"));
    // The pre-upgrade state was kept beside the file.
    const QString backup = path() + QStringLiteral(".v1.bak");
    QVERIFY(QFileInfo::exists(backup));
    Database old(backup, Database::Options {5000, true});
    QCOMPARE(old.schemaVersion(), 1);
}

void TestDatabase::refusesNewerSchema()
{
    {
        Database db(path());
        QVERIFY(db.open());
        QVERIFY(exec(db.connection(), QStringLiteral("PRAGMA user_version=999")));
    }
    Database db(path());
    const Status opened = db.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::DatabaseError);
}

void TestDatabase::startupFailuresSayWhich_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("damageAt"); // overwrite from this byte on (-1: write content as the file)
    QTest::addColumn<QString>("says");
    QTest::addRow("not a database") << QByteArray("name,score\nli,7\n") << -1 << QStringLiteral("is not an Interview");
    QTest::addRow("garbage with no header") << QByteArray(8192, 'Z') << -1 << QStringLiteral("is not an Interview");
    QTest::addRow("damaged schema") << QByteArray(4096, '\x5a') << 100 << QStringLiteral("is damaged");
}

void TestDatabase::startupFailuresSayWhich()
{
    QFETCH(QByteArray, content);
    QFETCH(int, damageAt);
    QFETCH(QString, says);
    if (damageAt >= 0) {
        // A real database whose first page (the schema) is overwritten after its header.
        {
            Database db(path());
            QVERIFY(db.open());
            QVERIFY(exec(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(damageAt));
        file.write(content);
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Database db(path());
    const Status opened = db.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().details.contains(says), qPrintable(opened.error().details));
}

void TestDatabase::lockedDuringUpgradeSaysSo()
{
    createVersion1(path());
    Database holder(path(), Database::Options {100, false});
    QSqlDatabase held = holder.connection();
    QVERIFY(exec(held, QStringLiteral("BEGIN IMMEDIATE")));
    Database db(path(), Database::Options {100, false});
    const Status opened = db.open();
    QVERIFY(exec(held, QStringLiteral("ROLLBACK")));
    QVERIFY(!opened);
    QVERIFY2(opened.error().details.contains(QStringLiteral("locked by another program")),
             qPrintable(opened.error().details));
}

void TestDatabase::nestedTransactionsAreSavepoints()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase conn = db.connection();
    const QString insert = QStringLiteral(
        "INSERT INTO idempotency (key, request_hash, response_status, response, created_at) VALUES ('%1', x'00', 200, "
        "x'00', 0)");
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(exec(conn, insert.arg(QLatin1String("outer"))));
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            QVERIFY(exec(conn, insert.arg(QLatin1String("rolled-back"))));
        } // inner rolls back
        {
            Transaction inner(db);
            QVERIFY(exec(conn, insert.arg(QLatin1String("kept"))));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(scalar(conn,
                    QStringLiteral("SELECT group_concat(key, ',') FROM (SELECT key FROM idempotency ORDER BY "
                                   "key)"))
                 .toString(),
             QStringLiteral("kept,outer"));
    {
        Transaction dropped(db);
        QVERIFY(exec(conn, insert.arg(QLatin1String("dropped"))));
    }
    QCOMPARE(scalar(conn, QStringLiteral("SELECT COUNT(*) FROM idempotency")).toInt(), 2);
}

void TestDatabase::afterCommitRunsOnlyOnCommit()
{
    Database db(path());
    QVERIFY(db.open());
    QStringList ran;
    db.afterCommit([&] { ran << QStringLiteral("now"); });
    QCOMPARE(ran, QStringList {QStringLiteral("now")});
    {
        Transaction outer(db);
        db.afterCommit([&] { ran << QStringLiteral("outer"); });
        {
            Transaction inner(db);
            db.afterCommit([&] { ran << QStringLiteral("inner-rolled-back"); });
        }
        QCOMPARE(ran.size(), 1);
        QVERIFY(outer.commit());
    }
    QCOMPARE(ran, (QStringList {QStringLiteral("now"), QStringLiteral("outer")}));
    {
        Transaction rolledBack(db);
        db.afterCommit([&] { ran << QStringLiteral("never"); });
    }
    QCOMPARE(ran.size(), 2);
}

void TestDatabase::readOnlyFileRefusesWrites()
{
    {
        Database db(path());
        QVERIFY(db.open());
        QVERIFY(exec(db.connection(), QStringLiteral("INSERT INTO idempotency VALUES ('k', x'00', 200, x'00', 0)")));
    }
    Database readOnly(path(), Database::Options {200, true});
    QVERIFY(readOnly.open());
    {
        Transaction transaction(readOnly);
        QVERIFY(
            !exec(readOnly.connection(), QStringLiteral("INSERT INTO idempotency VALUES ('x', x'00', 200, x'00', 0)")));
    }
    QCOMPARE(scalar(readOnly.connection(), QStringLiteral("SELECT COUNT(*) FROM idempotency")).toInt(), 1);
}

void TestDatabase::backupIsConsistentCopy()
{
    Database db(path());
    QVERIFY(db.open());
    QVERIFY(exec(db.connection(), QStringLiteral("INSERT INTO idempotency VALUES ('k', x'00', 200, x'00', 0)")));
    const QString target = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(db.backupTo(target));
    Database copy(target, Database::Options {5000, true});
    QCOMPARE(scalar(copy.connection(), QStringLiteral("SELECT key FROM idempotency")).toString(), QStringLiteral("k"));
    QCOMPARE(copy.schemaVersion(), migrations::latestVersion());
    // Never overwrites an existing file.
    const Status again = db.backupTo(target);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::DatabaseError);
}

void TestDatabase::defaultPathUsesDataDir()
{
    QCOMPARE(Database::defaultFilePath(m_dir->path()), path());
    QVERIFY(Database::defaultFilePath().endsWith(QStringLiteral("/interview-recorder.db")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
