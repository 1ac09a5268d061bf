// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"
#include "tempdatabase.h"
#include "writebatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ir;
using namespace ir::test;

namespace {

const StoredReply FAILURE {500, QByteArrayLiteral("failed")};

StoredReply addReply(const Result<AddedQuestion> &added)
{
    if (!added)
        return StoredReply {400, errorCodeName(added.error().code).toUtf8()};
    return StoredReply {200, added->record.questionId.toUtf8()};
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
    void droppedContextGetsNoReply();

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
    WriteBatcher batcher(m_db->database(), FAILURE);
    const Session session = m_db->createSession();
    QSignalSpy added(&m_db->service(), &InterviewService::questionAdded);
    QList<QByteArray> replies;
    for (int i = 0; i < 20; ++i) {
        batcher.submit(
            [&, i] {
                return addReply(m_db->service().addQuestion(
                    session.sessionId, sampleQuestion(QStringLiteral("题%1").arg(i)), Source::Api));
            },
            this, [&](const StoredReply &reply) { replies << reply.body; });
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
    WriteBatcher batcher(m_db->database(), FAILURE);
    const Session session = m_db->createSession();
    std::atomic<int> delivered = 0;
    QObject receiver;
    auto producer = [&](const QString &prefix) {
        for (int i = 0; i < 200; ++i) {
            batcher.submit(
                [&, text = QString(prefix + QString::number(i))] {
                    return addReply(m_db->service().addQuestion(session.sessionId, sampleQuestion(text), Source::Api));
                },
                &receiver, [&](const StoredReply &reply) { delivered += reply.httpStatus == 200 ? 1 : 0; });
        }
    };
    std::unique_ptr<QThread> a(QThread::create(producer, QStringLiteral("A")));
    std::unique_ptr<QThread> b(QThread::create(producer, QStringLiteral("B")));
    a->start();
    b->start();
    QVERIFY(a->wait(60'000));
    QVERIFY(b->wait(60'000));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), 400, 60'000);
    const Result<QList<QuestionRecord>> records = m_db->service().questions(session.sessionId);
    QCOMPARE(records->size(), 400);
    for (int i = 0; i < 400; ++i)
        QCOMPARE(records->at(i).position, i + 1);
    // Writes queued while a commit was in flight shared the next one.
    QVERIFY2(batcher.batchCount() < 400, qPrintable(QString::number(batcher.batchCount())));
}

void TestWriteBatcher::failedWriteDoesNotSpoilItsBatch()
{
    WriteBatcher batcher(m_db->database(), FAILURE);
    const Session session = m_db->createSession();
    QList<StoredReply> replies;
    auto submitAdd = [&](const QString &text, double score) {
        batcher.submit(
            [&, text, score] {
                return addReply(
                    m_db->service().addQuestion(session.sessionId, sampleQuestion(text, score), Source::Api));
            },
            this, [&](const StoredReply &reply) { replies << reply; });
    };
    submitAdd(QStringLiteral("好题"), 8);
    submitAdd(QStringLiteral("坏分"), 11); // refused: INVALID_SCORE
    submitAdd(QStringLiteral("又一好题"), 9);
    QTRY_COMPARE(replies.size(), 3);
    QCOMPARE(replies.at(0).httpStatus, 200);
    QCOMPARE(replies.at(1).body, QByteArray("INVALID_SCORE"));
    QCOMPARE(replies.at(2).body, ids::makeQuestionId(session.sessionId, 2).toUtf8());
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 2);
}

void TestWriteBatcher::readOnlyDatabaseFailsTheBatch()
{
    const Session session = m_db->createSession();
    QVERIFY(m_db->reopen(Database::Options {200, true}));
    WriteBatcher batcher(m_db->database(), FAILURE);
    QList<StoredReply> replies;
    batcher.submit(
        [&] {
            return addReply(
                m_db->service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题")), Source::Api));
        },
        this, [&](const StoredReply &reply) { replies << reply; });
    QTRY_COMPARE(replies.size(), 1);
    QVERIFY(replies.at(0).httpStatus >= 400);
    QVERIFY(m_db->reopen());
    QCOMPARE(m_db->service().session(session.sessionId)->totalQuestions, 0);
}

void TestWriteBatcher::droppedContextGetsNoReply()
{
    WriteBatcher batcher(m_db->database(), FAILURE);
    bool called = false;
    auto context = std::make_unique<QObject>();
    QObject *raw = context.get();
    batcher.submit([] { return StoredReply {200, {}}; }, raw, [&](const StoredReply &) { called = true; });
    context.reset();
    int sentinel = 0;
    batcher.submit([] { return StoredReply {200, {}}; }, this, [&](const StoredReply &) { sentinel = 1; });
    QTRY_COMPARE(sentinel, 1);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestWriteBatcher)
#include "tst_writebatcher.moc"
