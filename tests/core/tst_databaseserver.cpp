// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode's connection to the PostgreSQL server: what a person is told when it cannot be opened,
// and that a connection the server closed comes back by itself (the throwaway test server).
#include "database.h"
#include "databaseurl.h"
#include "migrations.h"
#include "sessionrepository.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ir;
using namespace ir::test;

namespace {

QString withDatabase(const QString &url, const QString &name)
{
    return url.left(url.lastIndexOf(u'/') + 1) + name;
}

} // namespace

class TestDatabaseServer : public QObject
{
    Q_OBJECT

private slots:
    void opensAndMigratesAnEmptyDatabase();
    void saysWhyItCannotOpen_data();
    void saysWhyItCannotOpen();
    void wrongPasswordIsNamed();
    void reconnectsAfterTheServerClosedTheConnection();
};

void TestDatabaseServer::opensAndMigratesAnEmptyDatabase()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    QVERIFY(db.database().isPostgres());
    QCOMPARE(db.database().schemaVersion(), migrations::latestVersion());
    // A second instance on the same database finds it up to date and changes nothing.
    Database second(db.filePath());
    QVERIFY(second.open());
    QSqlQuery versions(second.connection());
    QVERIFY(versions.exec(u"SELECT count(*) FROM schema_version"_s) && versions.next());
    QCOMPARE(versions.value(0).toInt(), migrations::latestVersion());
}

void TestDatabaseServer::saysWhyItCannotOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTcpServer closed; // a port nobody listens on once it is closed again
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 freePort = closed.serverPort();
    closed.close();
    QTest::addRow("no such database") << withDatabase(postgresAdminUrl(), u"ir_nobody_made_this"_s)
                                      << u"does not exist on the server"_s;
    QTest::addRow("nobody listening") << u"postgresql://postgres@127.0.0.1:%1/x?connect_timeout=2"_s.arg(freePort)
                                      << u"cannot reach the PostgreSQL server"_s;
    QTest::addRow("no such user") << QString(postgresAdminUrl()).replace(u"postgres@"_s, u"ir_no_user@"_s)
                                  << u"has no user ir_no_user"_s;
}

void TestDatabaseServer::saysWhyItCannotOpen()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    Database database(url);
    const Status opened = database.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().details.contains(says), qPrintable(opened.error().details));
}

void TestDatabaseServer::wrongPasswordIsNamed()
{
    // The test server trusts everyone; this role alone must give a password.
    QFile clusterFile(QDir(qEnvironmentVariable("IR_TEST_PG_DIR")).filePath(u"cluster"_s));
    QVERIFY(clusterFile.open(QIODevice::ReadOnly));
    const QString cluster = QString::fromUtf8(clusterFile.readAll()).trimmed();
    QFile rules(cluster + u"/data/pg_hba.conf"_s);
    QVERIFY(rules.open(QIODevice::ReadOnly));
    const QByteArray before = rules.readAll();
    rules.close();
    if (!before.contains("ir_pw_user")) {
        QVERIFY(rules.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rules.write("host all ir_pw_user 127.0.0.1/32 scram-sha-256\n" + before);
        rules.close();
    }
    QVERIFY(adminExec(postgresAdminUrl(),
                      u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ir_pw_user') THEN "
                      "CREATE ROLE ir_pw_user LOGIN PASSWORD 'right'; END IF; END $$"_s));
    QVERIFY(adminExec(postgresAdminUrl(), u"SELECT pg_reload_conf()"_s));
    const QString url = QString(postgresAdminUrl()).replace(u"postgres@"_s, u"ir_pw_user:wrong@"_s);
    Database database(url);
    QTRY_VERIFY_WITH_TIMEOUT(!database.open() && database.open().error().details.contains(u"password"_s), 10000);
    const Status opened = database.open();
    QVERIFY(!opened.error().details.contains(u"wrong"_s)); // the password itself is never shown
    QVERIFY2(opened.error().details.contains(u"ir_pw_user:***@"_s), qPrintable(opened.error().details));
}

void TestDatabaseServer::reconnectsAfterTheServerClosedTheConnection()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    const Session session = db.createSession();
    QSqlQuery pid(db.database().connection());
    QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    const int backend = pid.value(0).toInt();
    pid.finish();
    QVERIFY(adminExec(postgresAdminUrl(), u"SELECT pg_terminate_backend(%1)"_s.arg(backend)));

    // The first statement after it meets the closed connection: a database error, the server
    // unreachable; nothing is half-written.
    const Result<AddedQuestion> lost
        = db.service().addQuestion(session.sessionId, sampleQuestion(u"断线时"_s), Source::Api);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::DatabaseError);
    db.database().health().report(StorageHealth::takeThreadFault());
    QCOMPARE(db.database().health().fault(), StorageFault::Unreachable);

    // The next use opens a new connection; a probe that answers clears the fault.
    const Result<AddedQuestion> again
        = db.service().addQuestion(session.sessionId, sampleQuestion(u"重连后"_s), Source::Api);
    QVERIFY2(again, again ? "" : qPrintable(again.error().details));
    QCOMPARE(again->record.position, 1);
    QVERIFY(db.database().probe());
    QCOMPARE(db.database().health().fault(), StorageFault::None);
    QSqlQuery newPid(db.database().connection());
    QVERIFY(newPid.exec(u"SELECT pg_backend_pid()"_s) && newPid.next());
    QVERIFY(newPid.value(0).toInt() != backend);
}

QTEST_GUILESS_MAIN(TestDatabaseServer)
#include "tst_databaseserver.moc"
