// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexscrub.h"
#include "tempdatabase.h"
#include "writebatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

// Three of a character no other text has: its one trigram is the index's last term (4-byte
// UTF-8 sorts after all the CJK and ASCII terms), written out whole in a leaf page. So its
// bytes are in the file as long as the index keeps the erased text, and nowhere else once the
// rows are gone (secure_delete zeroes them).
const QString MARKER = u"𝔐𝔐𝔐"_s;
const QString PERSON = u"erase_me"_s;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Varied Chinese text, so that the index has many terms and spans many pages.
QString chineseText(QRandomGenerator &random, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += QChar(char16_t(0x4E00 + random.bounded(3000)));
    return text;
}

} // namespace

class TestIndexScrub final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void erasedTermsStayUntilScrubbed();
    void requestDuringARoundWaitsForTheNext();
    void writerRunsOtherWritesDuringTheScrub();
    void writerFinishesAnInterruptedScrub();

private:
    // Other people's questions, then the person's one question carrying MARKER.
    void fill(int questions);
    bool markerInFiles() const;
    // Erases the person on this thread as the writer would: the scrub is left to the caller.
    void eraseDeferringTheScrub();

    std::unique_ptr<TempDatabase> m_db;
};

void TestIndexScrub::init()
{
    if (onPostgres())
        QSKIP("SQLite only: PostgreSQL has no FTS5 index to scrub");
    m_db = std::make_unique<TempDatabase>(ServiceLimits {2000, 100});
    QVERIFY(m_db->isValid());
}

void TestIndexScrub::cleanup()
{
    m_db.reset();
}

void TestIndexScrub::fill(int questions)
{
    QRandomGenerator random(7);
    const Session other = m_db->createSession(u"keep_me"_s);
    {
        Transaction transaction(m_db->database()); // one commit for all (the inner calls nest)
        for (int i = 0; i < questions; ++i) {
            QuestionDraft draft = sampleQuestion(chineseText(random, 40) + QString::number(i));
            draft.candidateAnswer = chineseText(random, 200);
            QVERIFY(m_db->service().addQuestion(other.sessionId, draft, Source::Api));
        }
        QVERIFY(transaction.commit());
    }
    const Session session = m_db->createSession(PERSON);
    QuestionDraft draft = sampleQuestion(u"题目"_s);
    draft.candidateAnswer = u"回答 "_s + MARKER;
    QVERIFY(m_db->service().addQuestion(session.sessionId, draft, Source::Api));
    QVERIFY(markerInFiles());
}

bool TestIndexScrub::markerInFiles() const
{
    const QByteArray marker = MARKER.toUtf8();
    return fileBytes(m_db->filePath()).contains(marker) || fileBytes(m_db->filePath() + u"-wal"_s).contains(marker);
}

void TestIndexScrub::eraseDeferringTheScrub()
{
    m_db->database().configureWriterConnection();
    const Result<ErasureReport> erased = m_db->service().eraseCandidate(PERSON, Actor::Api);
    QVERIFY(erased);
    QCOMPARE(erased->questions, 1);
    QCOMPARE(m_db->database().takeScrubRequests(), 1);
    QVERIFY(m_db->database().hasUnscrubbedErasure());
}

void TestIndexScrub::erasedTermsStayUntilScrubbed()
{
    fill(400);
    RecordFilter other;
    other.text = u"12"_s; // in the question numbers
    const qint64 foundBefore = m_db->service().records(other)->total;
    eraseDeferringTheScrub();
    // The rows are zeroed, but the index's old segments still hold the erased text.
    QVERIFY(markerInFiles());

    IndexScrub scrub(m_db->database(), 8);
    QCOMPARE(scrub.request(), 1u);
    int steps = 0;
    while (scrub.pending()) {
        const Result<quint64> done = scrub.step();
        QVERIFY2(done, qPrintable(done ? QString() : done.error().details));
        QVERIFY(++steps < 10'000);
    }
    QVERIFY2(steps > 3, "the round takes bounded steps, not one rewrite");
    QVERIFY(!markerInFiles());
    QVERIFY(!m_db->database().hasUnscrubbedErasure());
    // Truncated, then only the page of the cleared note (a WAL header, a frame or two).
    QVERIFY(QFileInfo(m_db->filePath() + u"-wal"_s).size() <= 32 + 2 * (24 + 4096));
    // The index still answers for everyone else (the erased question was not among these).
    QCOMPARE(m_db->service().records(other)->total, foundBefore);
}

void TestIndexScrub::requestDuringARoundWaitsForTheNext()
{
    fill(50);
    const Session second = m_db->createSession(u"erase_me_too"_s);
    QVERIFY(m_db->service().addQuestion(second.sessionId, sampleQuestion(u"第二个人的题"_s), Source::Api));
    eraseDeferringTheScrub();
    IndexScrub scrub(m_db->database(), 1);
    QCOMPARE(scrub.request(), 1u);
    QCOMPARE(*scrub.step(), 0u); // the round starts
    // A second erasure while it runs: its delete markers may be outside the running merge.
    QVERIFY(m_db->service().eraseCandidate(u"erase_me_too"_s, Actor::Api));
    QCOMPARE(m_db->database().takeScrubRequests(), 1);
    QCOMPARE(scrub.request(), 2u);
    quint64 done = 0;
    while (done < 1) {
        const Result<quint64> stepped = scrub.step();
        QVERIFY(stepped);
        done = *stepped;
    }
    QCOMPARE(done, 1u);
    QVERIFY(scrub.pending());
    QVERIFY(m_db->database().hasUnscrubbedErasure()); // the second erasure's note stays
    while (scrub.pending())
        QVERIFY(scrub.step());
    QCOMPARE(*scrub.step(), 2u);
    QVERIFY(!m_db->database().hasUnscrubbedErasure());
}

void TestIndexScrub::writerRunsOtherWritesDuringTheScrub()
{
    fill(400);
    const Session kept = m_db->createSession(u"writes_on"_s);
    WriteBatcher writer(m_db->database(), WriteBatcher::defaultSync(m_db->database()), 1);
    QStringList delivered;
    InterviewService &service = m_db->service();
    const auto write = [&] {
        writer.call<AddedQuestion>(
            this,
            [&service, id = kept.sessionId] {
                return service.addQuestion(id, sampleQuestion(u"又一题"_s), Source::Api);
            },
            [&](const Result<AddedQuestion> &added) {
                QVERIFY(added);
                delivered << u"write"_s;
            });
    };
    // Once the erasure has committed (the signal comes after its commit), a write of its own batch.
    connect(&service, &InterviewService::candidateErased, this, write, Qt::QueuedConnection);
    writer.call<ErasureReport>(
        this, [&service] { return service.eraseCandidate(PERSON, Actor::Api); },
        [&](const Result<ErasureReport> &erased) {
            QVERIFY(erased);
            QVERIFY2(!markerInFiles(), "delivered before the text was gone");
            delivered << u"erasure"_s;
        });
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 60'000);
    // The write came after the erasure and did not wait for its scrub.
    QCOMPARE(delivered, QStringList({u"write"_s, u"erasure"_s}));
    QVERIFY(!markerInFiles());
}

void TestIndexScrub::writerFinishesAnInterruptedScrub()
{
    fill(200);
    eraseDeferringTheScrub(); // as if the process stopped before its scrub
    QVERIFY(markerInFiles());
    WriteBatcher writer(m_db->database());
    QTRY_VERIFY_WITH_TIMEOUT(!m_db->database().hasUnscrubbedErasure(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!markerInFiles(), 60'000);
}

QTEST_GUILESS_MAIN(TestIndexScrub)
#include "tst_indexscrub.moc"
