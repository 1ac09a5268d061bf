// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointer.h"
#include "ids.h"
#include "rules.h"
#include "tempdatabase.h"
#include "writebatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

// What a write's submitter got back: the question id, or the error code's name.
QByteArray outcome(const Result<AddedQuestion> &added)
{
    return added ? added->record.questionId.toUtf8() : errorCodeName(added.error().code).toUtf8();
}

} // namespace

class TestWriteBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void repliesAfterCommitInOrder();
    void batchesConcurrentWrites();
    void failedWriteDoesNotSpoilItsBatch();
    void readOnlyDatabaseFailsTheBatch();
    void failedBeginRunsNoWrite();
    void queuedWritesFailByTheirDeadline();
    void droppedContextGetsNoReply();
    void writerLeavesCheckpointsToTheCheckpointer();
    void walStartsOverUnderASteadyStream();
    void repliesWaitForTheFlush();
    void failedFlushFailsItsWrites();
    void writerRunsOnDuringTheFlush();
    void writesQueuedDuringAFlushJoinTheRunningBatch();
    void instancesWhoseBatchesDeadlockStillWriteEverything();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestWriteBatcher::init()
{
    m_db = std::make_unique<TempDatabase>(ServiceLimits {1000, 100});
    QVERIFY(m_db->isValid());
}

void TestWriteBatcher::cleanup()
{
    m_db.reset();
}

void TestWriteBatcher::repliesAfterCommitInOrder()
{
    WriteBatcher batcher(m_db->database());
    const Session session = m_db->createSession();
    QSignalSpy added(&m_db->service(), &InterviewService::questionAdded);
    QList<QByteArray> replies;
    for (int i = 0; i < 20; ++i) {
        batcher.call<AddedQuestion>(
            this,
            [&, i] {
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题%1").arg(i)),
                                                   Source::Api);
            },
            [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    }
    QTRY_COMPARE(replies.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(replies.at(i), ids::makeQuestionId(session.sessionId, i + 1).toUtf8());
    // Signals cross to this thread once the batch committed.
    QTRY_COMPARE(added.size(), 20);
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 20);
    QCOMPARE(batcher.writeCount(), 20);
}

void TestWriteBatcher::batchesConcurrentWrites()
{
    WriteBatcher batcher(m_db->database());
    const Session session = m_db->createSession();
    std::atomic<int> delivered = 0;
    // Each producer thread receives its own results, on its own event loop.
    auto producer = [&](const QString &prefix) {
        QObject receiver;
        int mine = 0;
        for (int i = 0; i < 200; ++i) {
            batcher.call<AddedQuestion>(
                &receiver,
                [&, text = QString(prefix + QString::number(i))] {
                    return m_db->service().addQuestion(session.sessionId, sampleQuestion(text), Source::Api);
                },
                [&](const Result<AddedQuestion> &result) {
                    mine += result ? 1 : 0;
                    delivered += result ? 1 : 0;
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(mine, 200, 60'000);
    };
    std::unique_ptr<QThread> a(QThread::create(producer, QStringLiteral("A")));
    std::unique_ptr<QThread> b(QThread::create(producer, QStringLiteral("B")));
    a->start();
    b->start();
    QVERIFY(a->wait(60'000));
    QVERIFY(b->wait(60'000));
    QCOMPARE(delivered.load(), 400);
    const Result<QList<QuestionRecord>> records = m_db->service().questions(session.sessionId);
    QCOMPARE(records->size(), 400);
    for (int i = 0; i < 400; ++i)
        QCOMPARE(records->at(i).position, i + 1);
    // Writes queued while a commit was in flight shared the next one.
    QVERIFY2(batcher.batchCount() < 400, qPrintable(QString::number(batcher.batchCount())));
}

void TestWriteBatcher::failedWriteDoesNotSpoilItsBatch()
{
    WriteBatcher batcher(m_db->database());
    const Session session = m_db->createSession();
    QList<QByteArray> replies;
    auto submitAdd = [&](const QString &text, double score) {
        batcher.call<AddedQuestion>(
            this,
            [&, text, score] {
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(text, score), Source::Api);
            },
            [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    };
    submitAdd(QStringLiteral("好题"), 8);
    submitAdd(QStringLiteral("坏分"), 11); // refused: INVALID_SCORE
    submitAdd(QStringLiteral("又一好题"), 9);
    QTRY_COMPARE(replies.size(), 3);
    QCOMPARE(replies.at(0), ids::makeQuestionId(session.sessionId, 1).toUtf8());
    QCOMPARE(replies.at(1), QByteArray("INVALID_SCORE"));
    QCOMPARE(replies.at(2), ids::makeQuestionId(session.sessionId, 2).toUtf8());
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 2);
}

void TestWriteBatcher::readOnlyDatabaseFailsTheBatch()
{
    const Session session = m_db->createSession();
    QVERIFY(m_db->reopen(Database::Options {200, true}));
    WriteBatcher batcher(m_db->database());
    QList<QByteArray> replies;
    batcher.call<AddedQuestion>(
        this,
        [&] {
            return m_db->service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题")), Source::Api);
        },
        [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0), QByteArray("DATABASE_ERROR"));
    QVERIFY(m_db->reopen());
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 0);
}

void TestWriteBatcher::failedBeginRunsNoWrite()
{
    IR_SQLITE_ONLY("another connection's BEGIN IMMEDIATE lock");
    const Session session = m_db->createSession();
    QVERIFY(m_db->reopen(Database::Options {100, false}));
    // Another connection holds the write lock, so the batch's BEGIN IMMEDIATE times out.
    Database other(m_db->filePath());
    QVERIFY(other.open());
    auto lock = std::make_unique<Transaction>(other);
    QVERIFY(lock->isActive());

    WriteBatcher batcher(m_db->database());
    batcher.setDeadline(300);
    std::atomic<int> ran = 0;
    QList<QByteArray> replies;
    for (int i = 0; i < 3; ++i) {
        batcher.call<AddedQuestion>(
            this,
            [&, i] {
                ++ran; // must not happen: without the shared transaction each would commit alone
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(QString::number(i)), Source::Api);
            },
            [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    }
    QTRY_COMPARE(replies.size(), 3);
    for (const QByteArray &reply : replies)
        QCOMPARE(reply, QByteArray("DATABASE_ERROR"));
    QCOMPARE(ran.load(), 0);
    lock.reset();
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 0);

    // Once the lock is gone, writes go through again.
    replies.clear();
    batcher.call<AddedQuestion>(
        this,
        [&] {
            return m_db->service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("后来")), Source::Api);
        },
        [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0), ids::makeQuestionId(session.sessionId, 1).toUtf8());
}

void TestWriteBatcher::queuedWritesFailByTheirDeadline()
{
    IR_SQLITE_ONLY("another connection's BEGIN IMMEDIATE lock");
    const Session session = m_db->createSession();
    Database other(m_db->filePath());
    QVERIFY(other.open());
    auto lock = std::make_unique<Transaction>(other);
    QVERIFY(lock->isActive());
    WriteBatcher batcher(m_db->database());
    constexpr int DEADLINE = 400;
    batcher.setDeadline(DEADLINE);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> answeredAfter;
    QList<QByteArray> replies;
    for (int i = 0; i < 12; ++i) {
        batcher.call<AddedQuestion>(
            this,
            [&, i] {
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(QString::number(i)), Source::Api);
            },
            [&](const Result<AddedQuestion> &result) {
                replies << outcome(result);
                answeredAfter << clock.elapsed();
            });
    }
    QTRY_COMPARE(replies.size(), 12);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(replies.at(i), QByteArray("DATABASE_ERROR"));
        // However many wait in line, none waits past its own deadline (plus delivery).
        QVERIFY2(answeredAfter.at(i) < DEADLINE + 250, qPrintable(QString::number(answeredAfter.at(i))));
    }
    QCOMPARE(m_db->database().health().fault(), StorageFault::Locked);
    lock.reset();
    replies.clear();
    batcher.call<AddedQuestion>(
        this,
        [&] {
            return m_db->service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("后来")), Source::Api);
        },
        [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    QTRY_COMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0), ids::makeQuestionId(session.sessionId, 1).toUtf8());
    // A write that succeeds ends the fault.
    QCOMPARE(m_db->database().health().fault(), StorageFault::None);
}

void TestWriteBatcher::droppedContextGetsNoReply()
{
    WriteBatcher batcher(m_db->database());
    bool called = false;
    auto context = std::make_unique<QObject>();
    batcher.call<Done>(
        context.get(), [] { return Status(Done {}); }, [&](const Status &) { called = true; });
    context.reset();
    // A new object may take the same address: it must not receive the dead one's reply.
    auto successor = std::make_unique<QObject>();
    int sentinel = 0;
    batcher.call<Done>(
        this, [] { return Status(Done {}); }, [&](const Status &) { sentinel = 1; });
    QTRY_COMPARE(sentinel, 1);
    QVERIFY(!called);
}

void TestWriteBatcher::writerLeavesCheckpointsToTheCheckpointer()
{
    IR_SQLITE_ONLY("the WAL file");
    WriteBatcher batcher(m_db->database());
    std::optional<int> autoCheckpoint;
    batcher.call<int>(
        this,
        [&]() -> Result<int> {
            QSqlQuery query(m_db->database().connection());
            if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) || !query.next())
                return Error::database();
            return query.value(0).toInt();
        },
        [&](const Result<int> &pages) { autoCheckpoint = pages ? *pages : -1; });
    QTRY_VERIFY(autoCheckpoint.has_value());
    QCOMPARE(*autoCheckpoint, 0);
    // Commits still end up in the database file: the checkpointer copies the WAL back.
    const Session session = m_db->createSession();
    const qint64 before = QFileInfo(m_db->filePath()).size();
    int done = 0;
    for (int i = 0; i < 50; ++i) {
        batcher.call<AddedQuestion>(
            this,
            [&, i] {
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(QString::number(i)), Source::Api);
            },
            [&](const Result<AddedQuestion> &) { ++done; });
    }
    QTRY_COMPARE(done, 50);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_db->filePath()).size() > before, 10'000);
}

void TestWriteBatcher::walStartsOverUnderASteadyStream()
{
    IR_SQLITE_ONLY("the WAL file");
    // A passive checkpoint alone never reaches the end of a WAL that is appended to all the
    // time, so the WAL would hold everything written. Writes keep the queue busy here (each
    // reply submits the next one, 16 in flight) until more than 90 MB went through the WAL.
    m_db.reset();
    m_db = std::make_unique<TempDatabase>(ServiceLimits {100'000, 100});
    WriteBatcher batcher(m_db->database());
    const Session session = m_db->createSession();
    const QString walPath = m_db->filePath() + QStringLiteral("-wal");
    constexpr int WRITES = 6'000;
    constexpr int IN_FLIGHT = 16;
    const QString answer = QString(rules::CANDIDATE_ANSWER.max, QChar(u'答'));
    int submitted = 0;
    int done = 0;
    int failed = 0;
    qint64 largestWal = 0;
    // A WAL written from its start again gets new salts (bytes 16..23 of its header).
    QSet<QByteArray> salts;
    const auto lookAtWal = [&] {
        QFile wal(walPath);
        if (wal.open(QIODevice::ReadOnly))
            salts.insert(wal.read(24).mid(16));
        largestWal = std::max(largestWal, wal.size());
    };
    std::function<void()> submitNext = [&] {
        const int i = submitted++;
        batcher.call<AddedQuestion>(
            this,
            [&, i] {
                QuestionDraft draft = sampleQuestion(QString::number(i));
                draft.candidateAnswer = answer;
                return m_db->service().addQuestion(session.sessionId, draft, Source::Api);
            },
            [&](const Result<AddedQuestion> &added) {
                ++done;
                failed += added ? 0 : 1;
                lookAtWal();
                if (submitted < WRITES)
                    submitNext();
            });
    };
    for (int i = 0; i < IN_FLIGHT; ++i)
        submitNext();
    QTRY_COMPARE_WITH_TIMEOUT(done, WRITES, 120'000);
    QCOMPARE(failed, 0);
    // Each write is at least its 15 KB answer: more than 20 times RESTART_FRAMES went through.
    // The WAL starts over about every checkpoint interval (a dozen times in a run of seconds,
    // fewer on a loaded machine), and never holds all of it.
    const qint64 written = qint64(WRITES) * answer.toUtf8().size();
    QVERIFY(written > 20 * Checkpointer::RESTART_FRAMES * 4096);
    QVERIFY2(salts.size() >= 5, qPrintable(QString::number(salts.size())));
    QVERIFY2(largestWal < written, qPrintable(QStringLiteral("%1 of %2").arg(largestWal).arg(written)));
}

namespace {

// A flush the test lets through one at a time.
struct GatedFlush
{
    QSemaphore allowed;
    QAtomicInt calls;
    QAtomicInt fault {int(StorageFault::None)};

    WriteBatcher::SyncWal function()
    {
        return [this] {
            calls.fetchAndAddOrdered(1);
            allowed.acquire();
            return StorageFault(fault.loadAcquire());
        };
    }
};

int questionCount(TempDatabase &db, const QString &sessionId)
{
    // A connection of another thread, as a reader would see the database.
    int count = -1;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        QSqlQuery query(db.database().connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM questions WHERE session_id = '%1'").arg(sessionId))
            && query.next())
            count = query.value(0).toInt();
    }));
    reader->start();
    reader->wait();
    return count;
}

} // namespace

void TestWriteBatcher::repliesWaitForTheFlush()
{
    GatedFlush flush;
    const Session session = m_db->createSession();
    {
        WriteBatcher batcher(m_db->database(), flush.function());
        // A failed check returns early: the batcher's last flush must not wait for ever.
        const auto letThrough = qScopeGuard([&] { flush.allowed.release(1000); });
        std::optional<Result<AddedQuestion>> reply;
        batcher.call<AddedQuestion>(
            this, [&] { return m_db->service().addQuestion(session.sessionId, sampleQuestion(u"题"_s), Source::Api); },
            [&](const Result<AddedQuestion> &added) { reply = added; });
        // Committed (another connection reads it) and being flushed, but not acknowledged.
        QTRY_COMPARE(flush.calls.loadAcquire(), 1);
        QCOMPARE(questionCount(*m_db, session.sessionId), 1);
        QCoreApplication::processEvents();
        QVERIFY(!reply.has_value());
        flush.allowed.release();
        QTRY_VERIFY(reply.has_value());
        QVERIFY(*reply);
        flush.allowed.release(100); // the destructor's last flush, if any
    }
}

void TestWriteBatcher::failedFlushFailsItsWrites()
{
    GatedFlush flush;
    flush.fault.storeRelease(int(StorageFault::DiskFull));
    flush.allowed.release(100);
    const Session session = m_db->createSession();
    WriteBatcher batcher(m_db->database(), flush.function());
    // A failed check returns early: the batcher's last flush must not wait for ever.
    const auto letThrough = qScopeGuard([&] { flush.allowed.release(1000); });
    std::optional<Result<AddedQuestion>> reply;
    batcher.call<AddedQuestion>(
        this, [&] { return m_db->service().addQuestion(session.sessionId, sampleQuestion(u"题"_s), Source::Api); },
        [&](const Result<AddedQuestion> &added) { reply = added; });
    QTRY_VERIFY(reply.has_value());
    QVERIFY(!*reply);
    QCOMPARE(reply->error().code, ErrorCode::DatabaseError);
    QCOMPARE(m_db->database().health().fault(), StorageFault::DiskFull);
}

void TestWriteBatcher::writerRunsOnDuringTheFlush()
{
    // While one flush waits for the disk, later writes still commit; one flush then covers them.
    GatedFlush flush;
    const Session session = m_db->createSession();
    WriteBatcher batcher(m_db->database(), flush.function());
    // A failed check returns early: the batcher's last flush must not wait for ever.
    const auto letThrough = qScopeGuard([&] { flush.allowed.release(1000); });
    int done = 0;
    const auto add = [&](const QString &text) {
        batcher.call<AddedQuestion>(
            this,
            [&, text] { return m_db->service().addQuestion(session.sessionId, sampleQuestion(text), Source::Api); },
            [&](const Result<AddedQuestion> &added) { done += added ? 1 : 0; });
    };
    add(u"第一"_s);
    QTRY_COMPARE(flush.calls.loadAcquire(), 1);
    for (int i = 0; i < 5; ++i)
        add(QString::number(i));
    QTRY_COMPARE(questionCount(*m_db, session.sessionId), 6);
    QCOMPARE(done, 0);
    flush.allowed.release();
    QTRY_COMPARE(done, 1);
    QTRY_COMPARE(flush.calls.loadAcquire(), 2);
    flush.allowed.release(100);
    QTRY_COMPARE(done, 6);
    QCOMPARE(flush.calls.loadAcquire(), 2);
}

void TestWriteBatcher::writesQueuedDuringAFlushJoinTheRunningBatch()
{
    GatedFlush flush;
    const Session session = m_db->createSession();
    WriteBatcher batcher(m_db->database(), flush.function());
    // A failed check returns early: the batcher's last flush must not wait for ever.
    const auto letThrough = qScopeGuard([&] { flush.allowed.release(1000); });
    int done = 0;
    const auto add = [&](const QString &text, QSemaphore *started = nullptr, QSemaphore *proceed = nullptr) {
        batcher.call<AddedQuestion>(
            this,
            [&, text, started, proceed] {
                if (started)
                    started->release();
                if (proceed)
                    proceed->acquire();
                return m_db->service().addQuestion(session.sessionId, sampleQuestion(text), Source::Api);
            },
            [&](const Result<AddedQuestion> &added) { done += added ? 1 : 0; });
    };
    add(u"第一"_s);
    QTRY_COMPARE(flush.calls.loadAcquire(), 1); // committed; its flush is held
    QSemaphore started;
    QSemaphore proceed;
    add(u"第二"_s, &started, &proceed);
    QVERIFY(started.tryAcquire(1, 10'000)); // the second batch is running
    add(u"第三"_s);
    add(u"第四"_s);
    proceed.release();
    QTRY_COMPARE(batcher.writeCount(), 4);
    // The third and fourth ran in the second batch: two batches, not three.
    QCOMPARE(batcher.batchCount(), 2);
    QCOMPARE(questionCount(*m_db, session.sessionId), 4);
    flush.allowed.release(100);
    QTRY_COMPARE(done, 4);
}

// Team mode: two instances (two Databases, two writers) on one PostgreSQL database. Each batch
// holds its row locks to its commit: here A locks session 1 then wants 2 while B locks 2 then
// wants 1, so the server fails one of the two second writes as a deadlock; that write is run
// again once the other batch committed, and nothing is lost or numbered twice.
void TestWriteBatcher::instancesWhoseBatchesDeadlockStillWriteEverything()
{
    if (!onPostgres())
        QSKIP("team mode only: SQLite's one write lock lets no two batches overlap");
    const Session first = m_db->createSession(u"user_a"_s);
    const Session second = m_db->createSession(u"user_b"_s);
    Database otherDatabase(m_db->filePath());
    QVERIFY(otherDatabase.open());
    InterviewService otherService(otherDatabase, m_db->clock(), ServiceLimits {});
    WriteBatcher a(m_db->database());
    WriteBatcher b(otherDatabase);
    // Each writer, holding its first lock, waits until the other holds its own (a run again after
    // the deadlock passes straight through).
    std::atomic<int> holding {0};
    const auto bothHoldTheirFirstLock = [&holding] {
        ++holding;
        const QDeadlineTimer patience(10'000);
        while (holding.load() < 2 && !patience.hasExpired())
            QThread::yieldCurrentThread();
    };
    QList<QByteArray> replies;
    const auto submit = [&](WriteBatcher &batcher, InterviewService &service, const Session &lockedFirst,
                            const Session &then, const QString &tag) {
        // One job, so that both adds share the batch's transaction (and its locks).
        batcher.call<AddedQuestion>(
            this,
            [&, tag]() -> Result<AddedQuestion> {
                const Result<AddedQuestion> one
                    = service.addQuestion(lockedFirst.sessionId, sampleQuestion(tag + u" 1"_s), Source::Api);
                bothHoldTheirFirstLock();
                if (!one)
                    return one;
                return service.addQuestion(then.sessionId, sampleQuestion(tag + u" 2"_s), Source::Api);
            },
            [&](const Result<AddedQuestion> &result) { replies << outcome(result); });
    };
    submit(a, m_db->service(), first, second, u"A"_s);
    submit(b, otherService, second, first, u"B"_s);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, 20000);
    for (const QByteArray &reply : replies)
        QVERIFY2(!reply.contains("DATABASE_ERROR"), reply.constData());
    for (const Session &session : {first, second}) {
        const Result<QList<QuestionRecord>> questions = m_db->service().questions(session.sessionId);
        QVERIFY(questions);
        QCOMPARE(questions->size(), 2);
        QCOMPARE(questions->at(0).position, 1);
        QCOMPARE(questions->at(1).position, 2);
    }
}

QTEST_GUILESS_MAIN(TestWriteBatcher)
#include "tst_writebatcher.moc"
