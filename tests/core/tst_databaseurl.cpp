// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ir;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void recognisesUrls_data();
    void recognisesUrls();
    void parsesParts_data();
    void parsesParts();
    void refusesWhatLibpqWouldMisread_data();
    void refusesWhatLibpqWouldMisread();
    void redactedNeverShowsThePassword_data();
    void redactedNeverShowsThePassword();
    void appliesToAConnection();
};

void TestDatabaseUrl::recognisesUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("url");
    QTest::addRow("postgresql") << u"postgresql://u@h/db"_s << true;
    QTest::addRow("postgres") << u"postgres://u@h/db"_s << true;
    QTest::addRow("capitals") << u"PostgreSQL://u@h/db"_s << true;
    QTest::addRow("a path") << u"/home/me/interview-recorder.db"_s << false;
    QTest::addRow("a relative path named like one") << u"postgresql/db"_s << false;
    QTest::addRow("another scheme") << u"mysql://u@h/db"_s << false;
}

void TestDatabaseUrl::recognisesUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, url);
    QCOMPARE(DatabaseUrl::isUrl(text), url);
}

void TestDatabaseUrl::parsesParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("password");
    QTest::addRow("all parts") << u"postgresql://hr:s3cret@db.example.com:6432/interviews?sslmode=require"_s
                               << u"db.example.com"_s << 6432 << u"hr"_s << u"interviews"_s << u"require"_s << true;
    QTest::addRow("default port, no password")
        << u"postgresql://hr@10.0.0.5/team"_s << u"10.0.0.5"_s << 5432 << u"hr"_s << u"team"_s << QString() << false;
    QTest::addRow("percent-encoded") << u"postgres://h%40r:p%2Fw@host/d%C3%A9j%C3%A0"_s << u"host"_s << 5432 << u"h@r"_s
                                     << u"déjà"_s << QString() << true;
    QTest::addRow("IPv6") << u"postgresql://u@[::1]:5433/db"_s << u"::1"_s << 5433 << u"u"_s << u"db"_s << QString()
                          << false;
    QTest::addRow("all defaults (libpq's socket, user and database)")
        << u"postgresql://"_s << QString() << 5432 << QString() << QString() << QString() << false;
}

void TestDatabaseUrl::parsesParts()
{
    QFETCH(QString, text);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().details));
    QTEST(url->host(), "host");
    QTEST(url->port(), "port");
    QTEST(url->user(), "user");
    QTEST(url->databaseName(), "database");
    QTEST(url->sslMode(), "sslMode");
    QTEST(url->hasPassword(), "password");
}

void TestDatabaseUrl::refusesWhatLibpqWouldMisread_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::addRow("a path") << u"/var/lib/x.db"_s << u"postgresql://"_s;
    QTest::addRow("unknown sslmode") << u"postgresql://u@h/db?sslmode=always"_s << u"sslmode must be one of"_s;
    QTest::addRow("unknown parameter") << u"postgresql://u@h/db?options=-c%20x"_s << u"unknown parameter options"_s;
    QTest::addRow("port 0") << u"postgresql://u@h:0/db"_s << u"port"_s;
    QTest::addRow("two path parts") << u"postgresql://u@h/db/more"_s << u"one database name"_s;
    QTest::addRow("timeout not a number") << u"postgresql://u@h/db?connect_timeout=soon"_s << u"connect_timeout"_s;
}

void TestDatabaseUrl::refusesWhatLibpqWouldMisread()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(!url);
    QVERIFY2(url.error().details.contains(says), qPrintable(url.error().details));
}

void TestDatabaseUrl::redactedNeverShowsThePassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addRow("password") << u"postgresql://hr:s3cret@db:6432/interviews?sslmode=require"_s
                              << u"postgresql://hr:***@db:6432/interviews?sslmode=require"_s;
    QTest::addRow("no password") << u"postgresql://hr@db/interviews"_s << u"postgresql://hr@db/interviews"_s;
    QTest::addRow("password, no user") << u"postgresql://:s3cret@db/x"_s << u"postgresql://:***@db/x"_s;
}

void TestDatabaseUrl::redactedNeverShowsThePassword()
{
    QFETCH(QString, text);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(url);
    QTEST(url->redacted(), "shown");
    QVERIFY(!url->redacted().contains(u"s3cret"_s));
}

void TestDatabaseUrl::appliesToAConnection()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(u"postgresql://hr:s3cret@db:6432/team?sslmode=verify-full"_s);
    QVERIFY(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"url-test"_s);
    url->applyTo(db);
    QCOMPARE(db.hostName(), u"db"_s);
    QCOMPARE(db.port(), 6432);
    QCOMPARE(db.userName(), u"hr"_s);
    QCOMPARE(db.password(), u"s3cret"_s);
    QCOMPARE(db.databaseName(), u"team"_s);
    QVERIFY(db.connectOptions().contains(u"sslmode=verify-full"_s));
    QVERIFY(db.connectOptions().contains(u"connect_timeout=5"_s));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"url-test"_s);
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
