// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "sqlhelpers.h"
#include "statementcache.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace ir;

namespace {

const QString SELECT_NAMES = QStringLiteral("SELECT session_id FROM sessions WHERE user_id = ? ORDER BY session_id");

void insertSession(QSqlDatabase db, const QString &sessionId, const QString &userId)
{
    sql::Statement statement(db,
                             QStringLiteral("INSERT INTO sessions (session_id, user_id, session_type, "
                                            "difficulty_level, status, estimated_duration, created_at, "
                                            "updated_at, source) VALUES (?, ?, 'knowledge_based', 'medium', "
                                            "'pending', 30, 0, 0, 'api')"));
    QVERIFY(statement.exec({sessionId, userId}));
}

QStringList names(sql::Statement &statement)
{
    QStringList all;
    while (statement.query().next())
        all << statement.query().value(0).toString();
    return all;
}

} // namespace

class TestStatementCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void reusesPreparedStatement();
    void resetsReadWhenHandleEnds();
    void nestedUseOfSameStatement();
    void transactionsReuseStatements();
    void failedStatementReportsError();
    void foreignConnectionHasNoCache();
    void threadExitRemovesConnectionAndCache();
    void databaseDestructionRemovesCache();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("interview-recorder.db")); }
};

void TestStatementCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A statement left in use when its connection goes away makes QtSql warn.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestStatementCache::reusesPreparedStatement()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase connection = db.connection();
    StatementCache *cache = Database::statementCache(connection);
    QVERIFY(cache);
    insertSession(connection, QStringLiteral("s1"), QStringLiteral("alice"));
    insertSession(connection, QStringLiteral("s2"), QStringLiteral("bob"));
    insertSession(connection, QStringLiteral("s3"), QStringLiteral("alice"));

    const qint64 before = cache->prepareCount();
    for (int round = 0; round < 3; ++round) {
        {
            sql::Statement statement(connection, SELECT_NAMES);
            QVERIFY(statement.exec({QStringLiteral("alice")}));
            QCOMPARE(names(statement), QStringList({QStringLiteral("s1"), QStringLiteral("s3")}));
        }
        {
            // New bound values replace the old ones.
            sql::Statement statement(connection, SELECT_NAMES);
            QVERIFY(statement.exec({QStringLiteral("bob")}));
            QCOMPARE(names(statement), QStringList({QStringLiteral("s2")}));
        }
    }
    QCOMPARE(cache->prepareCount(), before + 1);
}

void TestStatementCache::resetsReadWhenHandleEnds()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase connection = db.connection();
    for (int i = 0; i < 5; ++i)
        insertSession(connection, QStringLiteral("s%1").arg(i), QStringLiteral("alice"));
    {
        sql::Statement statement(connection, SELECT_NAMES);
        QVERIFY(statement.exec({QStringLiteral("alice")}));
        QVERIFY(statement.query().next()); // stops after the first of five rows
    }
    // An open read would pin its snapshot: a writer on another connection could not checkpoint
    // the WAL completely (busy = 1).
    Database other(path());
    QVERIFY(other.open());
    insertSession(other.connection(), QStringLiteral("s9"), QStringLiteral("bob"));
    QSqlQuery checkpoint(other.connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0);
    checkpoint.finish();
    // And the cached statement sees the new row on its next use.
    sql::Statement statement(connection, SELECT_NAMES);
    QVERIFY(statement.exec({QStringLiteral("bob")}));
    QCOMPARE(names(statement), QStringList({QStringLiteral("s9")}));
}

void TestStatementCache::nestedUseOfSameStatement()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase connection = db.connection();
    StatementCache *cache = Database::statementCache(connection);
    for (const char *id : {"a1", "a2", "a3"})
        insertSession(connection, QLatin1String(id), QStringLiteral("alice"));
    insertSession(connection, QStringLiteral("b1"), QStringLiteral("bob"));

    sql::Statement outer(connection, SELECT_NAMES);
    QVERIFY(outer.exec({QStringLiteral("alice")}));
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toString(), QStringLiteral("a1"));
    const std::size_t cached = cache->size();
    {
        // The same SQL while the outer read is still going: a query of its own, not the cached one.
        sql::Statement inner(connection, SELECT_NAMES);
        QVERIFY(&inner.query() != &outer.query());
        QVERIFY(inner.exec({QStringLiteral("bob")}));
        QCOMPARE(names(inner), QStringList({QStringLiteral("b1")}));
    }
    QCOMPARE(cache->size(), cached);
    // The outer read carries on where it was.
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toString(), QStringLiteral("a2"));
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toString(), QStringLiteral("a3"));
    QVERIFY(!outer.query().next());
}

void TestStatementCache::transactionsReuseStatements()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase connection = db.connection();
    StatementCache *cache = Database::statementCache(connection);
    auto writeOnce = [&](const QString &id) {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        {
            Transaction inner(db);
            QVERIFY(inner.isActive());
            insertSession(connection, id, QStringLiteral("alice"));
            QVERIFY(inner.commit());
        }
        {
            Transaction dropped(db); // rolled back: its savepoint goes
            QVERIFY(dropped.isActive());
            insertSession(connection, id + QStringLiteral("-dropped"), QStringLiteral("alice"));
        }
        QVERIFY(outer.commit());
    };
    writeOnce(QStringLiteral("s1"));
    const qint64 warm = cache->prepareCount();
    for (int i = 2; i <= 5; ++i)
        writeOnce(QStringLiteral("s%1").arg(i));
    QCOMPARE(cache->prepareCount(), warm);
    sql::Statement statement(connection, SELECT_NAMES);
    QVERIFY(statement.exec({QStringLiteral("alice")}));
    QCOMPARE(names(statement).size(), 5);
}

void TestStatementCache::failedStatementReportsError()
{
    Database db(path());
    QVERIFY(db.open());
    QSqlDatabase connection = db.connection();
    insertSession(connection, QStringLiteral("s1"), QStringLiteral("alice"));
    const QString insert = QStringLiteral("INSERT INTO sessions (session_id, user_id, session_type, difficulty_level, "
                                          "status, estimated_duration, created_at, updated_at, source) "
                                          "VALUES (?, 'bob', 'knowledge_based', 'medium', 'pending', 30, 0, 0, 'api')");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    {
        sql::Statement duplicate(connection, insert);
        QVERIFY(!duplicate.exec({QStringLiteral("s1")})); // primary key clash
    }
    // The same cached statement works afterwards.
    sql::Statement fresh(connection, insert);
    QVERIFY(fresh.exec({QStringLiteral("s2")}));
    QCOMPARE(fresh.query().numRowsAffected(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prepare failed")));
    sql::Statement broken(connection, QStringLiteral("SELECT no_such_column FROM sessions"));
    QVERIFY(!broken.exec());
}

void TestStatementCache::foreignConnectionHasNoCache()
{
    Database db(path());
    QVERIFY(db.open());
    const QString name = QStringLiteral("foreign");
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(path());
        QVERIFY(plain.open());
        QVERIFY(!Database::statementCache(plain));
        sql::Statement statement(plain, QStringLiteral("SELECT COUNT(*) FROM sessions"));
        QVERIFY(statement.exec());
        QVERIFY(statement.query().next());
        QCOMPARE(statement.query().value(0).toInt(), 0);
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

void TestStatementCache::threadExitRemovesConnectionAndCache()
{
    Database db(path());
    QVERIFY(db.open());
    StatementCache *mainCache = Database::statementCache(db.connection());
    QVERIFY(mainCache);
    QString workerConnection;
    bool cachedOnWorker = false;
    QStringList seen;
    QThread *worker = QThread::create([&] {
        QSqlDatabase connection = db.connection();
        workerConnection = connection.connectionName();
        StatementCache *cache = Database::statementCache(connection);
        cachedOnWorker = cache && cache != mainCache;
        insertSession(connection, QStringLiteral("w1"), QStringLiteral("alice"));
        sql::Statement statement(connection, SELECT_NAMES);
        if (statement.exec({QStringLiteral("alice")}))
            seen = names(statement);
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(cachedOnWorker);
    QCOMPARE(seen, QStringList({QStringLiteral("w1")}));
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != db.connection().connectionName());
    // The worker's connection (and its cached statements, without a "still in use" warning) went away.
    QVERIFY(!QSqlDatabase::contains(workerConnection));
    // The main thread has a cache of its own, and the data is there.
    sql::Statement statement(db.connection(), SELECT_NAMES);
    QVERIFY(statement.exec({QStringLiteral("alice")}));
    QCOMPARE(names(statement), QStringList({QStringLiteral("w1")}));
}

void TestStatementCache::databaseDestructionRemovesCache()
{
    QString name;
    {
        Database db(path());
        QVERIFY(db.open());
        QSqlDatabase connection = db.connection();
        name = connection.connectionName();
        insertSession(connection, QStringLiteral("s1"), QStringLiteral("alice"));
        sql::Statement statement(connection, SELECT_NAMES);
        QVERIFY(statement.exec({QStringLiteral("alice")}));
        QVERIFY(Database::statementCache(connection)->size() > 0);
    }
    QVERIFY(!QSqlDatabase::contains(name));
    // A new Database on the same file starts with an empty cache and works.
    Database again(path());
    QVERIFY(again.open());
    QSqlDatabase connection = again.connection();
    QVERIFY(Database::statementCache(connection));
    sql::Statement statement(connection, SELECT_NAMES);
    QVERIFY(statement.exec({QStringLiteral("alice")}));
    QCOMPARE(names(statement), QStringList({QStringLiteral("s1")}));
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
