// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `interview-recorder purge` through the real binary: the retention period on demand (issue 13).
#include "interviewservice.h"
#include "tempdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestPurgeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dryRunThenPurge();
    void refusals_data();
    void refusals();

private:
    Run purge(const QStringList &arguments);
    QTemporaryDir m_home;
    std::unique_ptr<TempDatabase> m_db;
};

void TestPurgeCli::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestPurgeCli::cleanup()
{
    m_db.reset();
}

Run TestPurgeCli::purge(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Never the tester's own settings or data folder.
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    const QStringList where
        = onPostgres() ? QStringList {u"--database"_s, m_db->filePath()} : QStringList {u"--data-dir"_s, m_db->dir()};
    process.start(QStringLiteral(IR_APP_BINARY), QStringList {u"purge"_s} + where + arguments);
    Run result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestPurgeCli::dryRunThenPurge()
{
    // The binary runs on the real clock: sessions a year and a half old, and one from today.
    m_db->clock().set(QDateTime::currentMSecsSinceEpoch() - 500 * DAY_MS);
    const Session old = m_db->createSession(u"old_user"_s);
    m_db->addQuestion(old.sessionId, u"旧的题"_s);
    m_db->addQuestion(old.sessionId, u"另一道旧题"_s);
    m_db->clock().set(QDateTime::currentMSecsSinceEpoch());
    const Session recent = m_db->createSession(u"new_user"_s);

    const Run dry = purge({u"--dry-run"_s});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(u"Would erase 1 session with 2 questions"_s), qPrintable(dry.out));
    QVERIFY(dry.out.contains(u"365 days"_s)); // the default retention period
    QVERIFY(m_db->service().session(old.sessionId));

    const Run done = purge({u"--older-than"_s, u"400"_s});
    QCOMPARE(done.code, 0);
    QVERIFY2(done.out.contains(u"Erased 1 session with 2 questions"_s), qPrintable(done.out + done.err));
    QCOMPARE(errorCodeName(m_db->service().session(old.sessionId).error().code), u"SESSION_NOT_FOUND"_s);
    QVERIFY(m_db->service().session(recent.sessionId));
    const AuditEntry entry = m_db->service().auditLog(1, 5)->items.value(0);
    QCOMPARE(entry.action, AuditAction::Purge);
    QCOMPARE(entry.actor, Actor::Cli);

    const Run nothing = purge({u"--older-than"_s, u"400"_s});
    QCOMPARE(nothing.code, 0);
    QVERIFY2(nothing.out.contains(u"Erased 0 sessions"_s), qPrintable(nothing.out));
}

void TestPurgeCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QStringList {u"--older-than"_s, u"soon"_s} << u"--older-than"_s;
    QTest::newRow("negative") << QStringList {u"--older-than"_s, u"-1"_s} << u"--older-than"_s;
    QTest::newRow("unknown option") << QStringList {u"--everything"_s} << u"everything"_s;
}

void TestPurgeCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Session session = m_db->createSession(u"kept"_s);
    const Run run = purge(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(m_db->service().session(session.sessionId));
}

QTEST_GUILESS_MAIN(TestPurgeCli)
#include "tst_purgecli.moc"
