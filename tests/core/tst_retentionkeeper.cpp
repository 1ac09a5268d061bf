// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The retention period applied at start and once a day, on an injected clock (issue 13).
#include "interviewservice.h"
#include "retentionkeeper.h"
#include "serviceclient.h"
#include "tempdatabase.h"
#include "writebatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;
}

// A write queued now is delivered: whatever the keeper queued on the writer before it has run.
bool writeGoesThrough(TempDatabase &db, QObject *context)
{
    bool written = false;
    ServiceClient client(db.service(), db.writer());
    client.createSession(context, SessionDraft {u"c"_s}, Source::Ui, [&](const Result<Session> &) { written = true; });
    return QTest::qWaitFor([&] { return written; });
}

class TestRetentionKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purgesAtStartThenDaily();
    void changedPeriodAppliesAtTheNextDailyPurge();
    void zeroKeepsEverything();
    void warnsAWeekAhead();
};

void TestRetentionKeeper::purgesAtStartThenDaily()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    const Session old = db.createSession(u"a"_s);
    db.addQuestion(old.sessionId, u"题"_s);
    db.clock().advance(20 * DAY_MS);
    const Session younger = db.createSession(u"b"_s);
    db.clock().advance(11 * DAY_MS); // old: 31 days, younger: 11

    RetentionKeeper keeper(db.service(), db.writer(), db.clock(), Actor::Api);
    keeper.setDays(30);
    QSignalSpy purged(&keeper, &RetentionKeeper::purged);
    keeper.start();
    QVERIFY(purged.wait());
    QCOMPARE(purged.at(0).at(0).toInt(), 1);
    QCOMPARE(purged.at(0).at(1).toInt(), 1);
    QVERIFY(!db.service().session(old.sessionId));
    QCOMPARE(db.service().auditLog(1, 5)->items.value(0).actor, Actor::Api);

    // Within the day nothing runs again, however often it ticks: a write queued behind the
    // tick is delivered with no purge before it.
    db.clock().advance(DAY_MS / 2);
    keeper.tick();
    keeper.tick();
    QVERIFY(writeGoesThrough(db, &keeper));
    QCOMPARE(purged.count(), 1);
    // A day after the last purge, the next: younger is now 31.5 days unchanged.
    db.clock().advance(20 * DAY_MS);
    keeper.tick();
    QVERIFY(purged.wait());
    QCOMPARE(purged.at(1).at(0).toInt(), 1);
    QVERIFY(!db.service().session(younger.sessionId));
}

void TestRetentionKeeper::changedPeriodAppliesAtTheNextDailyPurge()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    const Session old = db.createSession(u"a"_s);
    db.clock().advance(20 * DAY_MS);
    const Session younger = db.createSession(u"b"_s);
    db.clock().advance(11 * DAY_MS); // old: 31 days, younger: 11
    int period = 0; // the settings: keep forever
    RetentionKeeper keeper(db.service(), db.writer(), db.clock(), Actor::Ui);
    keeper.setDaysSource([&period] { return period; });
    QSignalSpy purged(&keeper, &RetentionKeeper::purged);
    keeper.start();
    QCOMPARE(keeper.days(), 0);

    period = 30; // changed in the settings: the next check purges, no restart
    db.clock().advance(DAY_MS / 24);
    keeper.tick();
    QVERIFY(purged.wait());
    QCOMPARE(purged.at(0).at(0).toInt(), 1);
    QVERIFY(!db.service().session(old.sessionId));

    period = 10; // shorter again: applied at the next daily purge, not within the day
    keeper.tick();
    QVERIFY(writeGoesThrough(db, &keeper));
    QCOMPARE(purged.count(), 1);
    QVERIFY(db.service().session(younger.sessionId));
    db.clock().advance(DAY_MS);
    keeper.tick();
    QVERIFY(purged.wait());
    QCOMPARE(purged.at(1).at(0).toInt(), 1);
    QVERIFY(!db.service().session(younger.sessionId));
}

void TestRetentionKeeper::zeroKeepsEverything()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    const Session session = db.createSession(u"a"_s);
    db.clock().advance(5000 * DAY_MS);
    RetentionKeeper keeper(db.service(), db.writer(), db.clock(), Actor::Ui);
    keeper.setDays(0);
    QSignalSpy purged(&keeper, &RetentionKeeper::purged);
    keeper.start();
    // Whatever would run goes through the writer: a write queued after it is delivered with no
    // purge before it.
    QVERIFY(writeGoesThrough(db, &keeper));
    QCOMPARE(purged.count(), 0);
    QVERIFY(db.service().session(session.sessionId));
    QCOMPARE(db.service().auditLog(1, 5)->total, 0);
}

void TestRetentionKeeper::warnsAWeekAhead()
{
    TempDatabase db;
    QVERIFY(db.isValid());
    db.createSession(u"a"_s);
    db.clock().advance(100 * DAY_MS);
    db.createSession(u"b"_s);
    db.clock().advance(259 * DAY_MS); // a: 359 days unchanged, b: 259
    QCOMPARE(db.service().sessionsExpiringWithin(365, 7).value(), 1);
    QCOMPARE(db.service().sessionsExpiringWithin(365, 5).value(), 0);
    QCOMPARE(db.service().sessionsExpiringWithin(0, 7).value(), 0);
}

QTEST_GUILESS_MAIN(TestRetentionKeeper)
#include "tst_retentionkeeper.moc"
