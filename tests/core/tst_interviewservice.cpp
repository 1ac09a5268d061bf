// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"
#include "interviewservice.h"
#include "sessionrepository.h"
#include "tempdatabase.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ir;
using namespace ir::test;

namespace {

QString codeOf(const Error &error)
{
    return errorCodeName(error.code);
}

SessionPatch statusPatch(SessionStatus status)
{
    SessionPatch patch;
    patch.status = status;
    return patch;
}

} // namespace

class TestInterviewService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsSessionWithDefaults();
    void runningFiguresEqualARecount();
    void createValidatesInput();
    void unknownIdsAreNotFound();
    void lifecycle_data();
    void lifecycle();
    void lifecycleTimes();
    void finishedSessionRefusesChanges();
    void reviewingStaysPossibleAfterTheEnd();
    void questionNumbering();
    void questionLimit();
    void activeSessionLimit();
    void duplicateVersusRetry_data();
    void duplicateVersusRetry();
    void duplicateComparesWholeTrimmedText();
    void updateQuestion();
    void deleteQuestionAndSession();
    void summaryFigures();
    void latestSession();
    void searchRecords_data();
    void searchRecords();
    void searchRejectsBadPaging();
    void sessionListFiltersAndSorts();
    void idempotency();
    void idempotencyAcrossReopen();
    void idempotencyExpires();
    void signalsFollowCommits();
    void concurrentNumbering();
    void readOnlyDatabaseIsDatabaseError();

private:
    std::unique_ptr<TempDatabase> m_db;
    InterviewService &service() { return m_db->service(); }
};

void TestInterviewService::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestInterviewService::cleanup()
{
    m_db.reset();
}

void TestInterviewService::createsSessionWithDefaults()
{
    SessionDraft draft;
    draft.userId = QStringLiteral("candidate_001");
    const Result<Session> created = service().createSession(draft, Source::Api);
    QVERIFY(created);
    QVERIFY2(ids::isSessionId(created->sessionId), qPrintable(created->sessionId));
    QVERIFY(created->sessionId.startsWith(QStringLiteral("session_20250905_133219_")));
    QCOMPARE(created->status, SessionStatus::Pending);
    QCOMPARE(created->sessionType, SessionType::KnowledgeBased);
    QCOMPARE(created->difficultyLevel, DifficultyLevel::Medium);
    QCOMPARE(created->estimatedDuration, 60);
    QCOMPARE(created->source, Source::Api);
    QCOMPARE(created->createdAt, m_db->clock().nowMs());
    QVERIFY(!created->startTime);

    const Result<Session> read = service().session(created->sessionId);
    QVERIFY(read);
    QCOMPARE(read->userId, QStringLiteral("candidate_001"));
    QCOMPARE(read->totalQuestions, 0);
    QVERIFY(!read->averageScore);

    draft.sessionName = QStringLiteral("Python开发工程师面试 🐍");
    draft.sessionType = SessionType::ResumeCustomized;
    draft.difficultyLevel = DifficultyLevel::Hard;
    draft.estimatedDuration = 90;
    draft.metadata = QJsonObject {{QStringLiteral("position"), QStringLiteral("后端")}};
    const Result<Session> full = service().createSession(draft, Source::Ui);
    QVERIFY(full);
    const Result<Session> fullRead = service().session(full->sessionId);
    QCOMPARE(fullRead->sessionName, draft.sessionName);
    QCOMPARE(fullRead->sessionType, SessionType::ResumeCustomized);
    QCOMPARE(fullRead->difficultyLevel, DifficultyLevel::Hard);
    QCOMPARE(fullRead->estimatedDuration, 90);
    QCOMPARE(fullRead->metadata, draft.metadata);
    QCOMPARE(fullRead->source, Source::Ui);
}

void TestInterviewService::createValidatesInput()
{
    SessionDraft draft;
    draft.userId = QStringLiteral("   ");
    draft.estimatedDuration = 5;
    const Result<Session> created = service().createSession(draft, Source::Api);
    QVERIFY(!created);
    QCOMPARE(codeOf(created.error()), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY(created.error().details.contains(QStringLiteral("user_id")));
    QVERIFY(created.error().details.contains(QStringLiteral("estimated_duration")));
    QCOMPARE(*service().countSessions({}), 0);
}

void TestInterviewService::unknownIdsAreNotFound()
{
    const QString missing = QStringLiteral("session_20250101_000000_deadbeef");
    QCOMPARE(codeOf(service().session(missing).error()), QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().summary(missing).error()), QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().questions(missing).error()), QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().updateSession(missing, statusPatch(SessionStatus::InProgress), Source::Api).error()),
             QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().deleteSession(missing).error()), QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().addQuestion(missing, sampleQuestion(QStringLiteral("题")), Source::Api).error()),
             QStringLiteral("SESSION_NOT_FOUND"));
    QCOMPARE(codeOf(service().question(missing + QStringLiteral("_q001")).error()),
             QStringLiteral("QUESTION_NOT_FOUND"));
    QCOMPARE(codeOf(service().deleteQuestion(missing + QStringLiteral("_q001")).error()),
             QStringLiteral("QUESTION_NOT_FOUND"));
}

void TestInterviewService::lifecycle_data()
{
    QTest::addColumn<QList<SessionStatus>>("steps"); // applied in order; the last one is checked
    QTest::addColumn<QString>("expected");
    using S = SessionStatus;
    QTest::addRow("start") << QList<S> {S::InProgress} << QString();
    QTest::addRow("cancel pending") << QList<S> {S::Cancelled} << QString();
    QTest::addRow("complete pending") << QList<S> {S::Completed} << QStringLiteral("INVALID_SESSION_STATUS");
    QTest::addRow("start then complete") << QList<S> {S::InProgress, S::Completed} << QString();
    QTest::addRow("start then cancel") << QList<S> {S::InProgress, S::Cancelled} << QString();
    QTest::addRow("start twice") << QList<S> {S::InProgress, S::InProgress}
                                 << QStringLiteral("SESSION_ALREADY_STARTED");
    QTest::addRow("back to pending") << QList<S> {S::InProgress, S::Pending}
                                     << QStringLiteral("SESSION_ALREADY_STARTED");
    QTest::addRow("restart completed") << QList<S> {S::InProgress, S::Completed, S::InProgress}
                                       << QStringLiteral("SESSION_ALREADY_FINISHED");
    QTest::addRow("cancel completed") << QList<S> {S::InProgress, S::Completed, S::Cancelled}
                                      << QStringLiteral("SESSION_ALREADY_FINISHED");
    QTest::addRow("start cancelled") << QList<S> {S::Cancelled, S::InProgress}
                                     << QStringLiteral("SESSION_ALREADY_FINISHED");
    QTest::addRow("complete cancelled") << QList<S> {S::Cancelled, S::Completed}
                                        << QStringLiteral("SESSION_ALREADY_FINISHED");
}

void TestInterviewService::lifecycle()
{
    QFETCH(QList<SessionStatus>, steps);
    QFETCH(QString, expected);
    const Session session = m_db->createSession();
    for (qsizetype i = 0; i + 1 < steps.size(); ++i)
        QVERIFY(service().updateSession(session.sessionId, statusPatch(steps[i]), Source::Api));
    const Session before = *service().session(session.sessionId);
    const Result<Session> last = service().updateSession(session.sessionId, statusPatch(steps.last()), Source::Api);
    QCOMPARE(last ? QString() : codeOf(last.error()), expected);
    const Session after = *service().session(session.sessionId);
    QCOMPARE(after.status, last ? steps.last() : before.status);
    if (!last) {
        QCOMPARE(after.updatedAt, before.updatedAt); // a refused change writes nothing
        QCOMPARE(after.startTime, before.startTime);
        QCOMPARE(after.endTime, before.endTime);
    }
}

void TestInterviewService::lifecycleTimes()
{
    MockClock &clock = m_db->clock();
    const Session session = m_db->createSession();
    const Session other = m_db->createSession();
    clock.advance(60'000);
    const qint64 started = clock.nowMs();
    QCOMPARE(service().updateSession(session.sessionId, statusPatch(SessionStatus::InProgress), Source::Ui)->startTime,
             started);
    clock.advance(90'000);
    const Result<Summary> running = service().summary(session.sessionId);
    QCOMPARE(running->durationMinutes, 1.5); // to now while in progress
    clock.advance(30'000);
    const Result<Session> done
        = service().updateSession(session.sessionId, statusPatch(SessionStatus::Completed), Source::Ui);
    QCOMPARE(done->endTime, clock.nowMs());
    QCOMPARE(done->updatedBy, Source::Ui);
    clock.advance(600'000);
    QCOMPARE(service().summary(session.sessionId)->durationMinutes, 2.0);

    // Cancelling a session that never started sets no end time, and it has no duration.
    const Result<Session> cancelled
        = service().updateSession(other.sessionId, statusPatch(SessionStatus::Cancelled), Source::Api);
    QVERIFY(!cancelled->endTime);
    QVERIFY(!service().summary(other.sessionId)->durationMinutes);
}

void TestInterviewService::finishedSessionRefusesChanges()
{
    const Session session = m_db->createSession();
    const QuestionRecord record = m_db->addQuestion(session.sessionId, QStringLiteral("题一"));
    QVERIFY(service().updateSession(session.sessionId, statusPatch(SessionStatus::Cancelled), Source::Api));

    const Result<AddedQuestion> added
        = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题二")), Source::Api);
    QCOMPARE(codeOf(added.error()), QStringLiteral("SESSION_ALREADY_FINISHED"));
    SessionPatch rename;
    rename.sessionName = QStringLiteral("新名字");
    QCOMPARE(codeOf(service().updateSession(session.sessionId, rename, Source::Ui).error()),
             QStringLiteral("SESSION_ALREADY_FINISHED"));
    QuestionPatch rescore;
    rescore.overallScore = std::optional<double>(3.0);
    QCOMPARE(codeOf(service().updateQuestion(record.questionId, rescore, Source::Ui).error()),
             QStringLiteral("SESSION_ALREADY_FINISHED"));
    QCOMPARE(codeOf(service().deleteQuestion(record.questionId).error()), QStringLiteral("SESSION_ALREADY_FINISHED"));
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 1);

    // The verdict stays editable.
    SessionPatch verdict;
    verdict.recommendation = Recommendation::StrongYes;
    verdict.notes = QStringLiteral("沟通很好 👍");
    const Result<Session> judged = service().updateSession(session.sessionId, verdict, Source::Ui);
    QVERIFY(judged);
    QCOMPARE(service().session(session.sessionId)->recommendation, Recommendation::StrongYes);
    QCOMPARE(service().session(session.sessionId)->notes, QStringLiteral("沟通很好 👍"));
}

void TestInterviewService::reviewingStaysPossibleAfterTheEnd()
{
    const Session session = m_db->createSession();
    const QuestionRecord fromApi = m_db->addQuestion(session.sessionId, QStringLiteral("题一"), 6, Source::Api);
    const QuestionRecord other = m_db->addQuestion(session.sessionId, QStringLiteral("题二"), 7, Source::Api);
    const QuestionRecord mine = m_db->addQuestion(session.sessionId, QStringLiteral("题三"), 8, Source::Ui);
    QVERIFY(service().updateSession(session.sessionId, statusPatch(SessionStatus::InProgress), Source::Ui));
    QVERIFY(service().updateSession(session.sessionId, statusPatch(SessionStatus::Completed), Source::Ui));

    // Accepting one question changes no content: allowed after the end ...
    QuestionPatch accept;
    accept.reviewed = true;
    const Result<QuestionRecord> accepted = service().updateQuestion(fromApi.questionId, accept, Source::Ui);
    QVERIFY(accepted);
    QVERIFY(accepted->reviewed);
    // ... but together with a content change it is still refused.
    QuestionPatch acceptAndRescore = accept;
    acceptAndRescore.overallScore = std::optional<double>(9.0);
    QCOMPARE(codeOf(service().updateQuestion(other.questionId, acceptAndRescore, Source::Ui).error()),
             QStringLiteral("SESSION_ALREADY_FINISHED"));
    QVERIFY(!service().question(other.questionId)->reviewed);

    // Accept all: one write, only the unreviewed ones, one signal per question changed.
    m_db->clock().advance(1000);
    QSignalSpy changed(&service(), &InterviewService::questionChanged);
    const Result<int> all = service().acceptAllQuestions(session.sessionId, Source::Ui);
    QVERIFY(all);
    QCOMPARE(*all, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), other.questionId);
    const Result<QuestionRecord> stored = service().question(other.questionId);
    QVERIFY(stored->reviewed);
    QCOMPARE(stored->overallScore, std::optional<double>(7.0));
    QCOMPARE(service().question(mine.questionId)->updatedAt, mine.updatedAt);
    QCOMPARE(*service().acceptAllQuestions(session.sessionId, Source::Ui), 0);
    QCOMPARE(service().acceptAllQuestions(QStringLiteral("no_such_session"), Source::Ui).error().code,
             ErrorCode::SessionNotFound);
}

void TestInterviewService::questionNumbering()
{
    const Session session = m_db->createSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("第一题"));
    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("第二题"));
    QCOMPARE(first.questionId, session.sessionId + QStringLiteral("_q001"));
    QCOMPARE(second.questionId, session.sessionId + QStringLiteral("_q002"));
    QCOMPARE(second.position, 2);
    QCOMPARE(first.source, Source::Api);
    QVERIFY(!first.reviewed); // API records wait for the interviewer
    const Result<QuestionRecord> read = service().question(first.questionId);
    QCOMPARE(read->questionText, QStringLiteral("第一题"));
    QCOMPARE(read->questionCategory, QStringLiteral("编程基础"));
    QCOMPARE(read->overallScore, 8.5);
    // Adding a question does not change the session's status.
    QCOMPARE(service().session(session.sessionId)->status, SessionStatus::Pending);
}

void TestInterviewService::questionLimit()
{
    m_db = std::make_unique<TempDatabase>(ServiceLimits {3, 100});
    const Session session = m_db->createSession();
    for (int i = 1; i <= 3; ++i)
        m_db->addQuestion(session.sessionId, QStringLiteral("题%1").arg(i));
    const Result<AddedQuestion> fourth
        = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题4")), Source::Api);
    QCOMPARE(codeOf(fourth.error()), QStringLiteral("QUESTION_LIMIT_EXCEEDED"));
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 3);
    // An identical retry of an existing question is still answered at the limit.
    const Result<AddedQuestion> retry
        = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题2")), Source::Api);
    QVERIFY(retry);
    QVERIFY(retry->existing);
    QCOMPARE(retry->record.position, 2);
}

void TestInterviewService::activeSessionLimit()
{
    m_db = std::make_unique<TempDatabase>(ServiceLimits {50, 2});
    const Session a = m_db->createSession(QStringLiteral("alice"));
    m_db->createSession(QStringLiteral("alice"));
    SessionDraft draft;
    draft.userId = QStringLiteral("alice");
    const Result<Session> third = service().createSession(draft, Source::Api);
    QCOMPARE(codeOf(third.error()), QStringLiteral("SESSION_LIMIT_EXCEEDED"));
    QCOMPARE(*service().countSessions(SessionFilter {.userId = QStringLiteral("alice")}), 2);
    // Other users are not affected; finishing a session frees a slot.
    m_db->createSession(QStringLiteral("bob"));
    QVERIFY(service().updateSession(a.sessionId, statusPatch(SessionStatus::InProgress), Source::Api));
    QVERIFY(!service().createSession(draft, Source::Api));
    QVERIFY(service().updateSession(a.sessionId, statusPatch(SessionStatus::Completed), Source::Api));
    QVERIFY(service().createSession(draft, Source::Api));
}

void TestInterviewService::duplicateComparesWholeTrimmedText()
{
    const Session session = m_db->createSession();
    // Stored with surrounding whitespace, an ideographic space (U+3000) among it.
    const QuestionRecord padded
        = m_db->addQuestion(session.sessionId, QStringLiteral(" \t请设计一个缓存系统") + QChar(0x3000));
    const Result<AddedQuestion> plain
        = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("请设计一个缓存系统")), Source::Api);
    QVERIFY(plain);
    QVERIFY(plain->existing);
    QCOMPARE(plain->record.questionId, padded.questionId);

    // Text inside another question, or containing one, is a new question.
    const QuestionRecord part = m_db->addQuestion(session.sessionId, QStringLiteral("缓存系统"));
    QCOMPARE(part.position, 2);
    const QuestionRecord longer = m_db->addQuestion(session.sessionId, QStringLiteral("请设计一个缓存系统和数据库"));
    QCOMPARE(longer.position, 3);
    // Among several questions containing the text, the one with equal text is found.
    QuestionDraft changed = sampleQuestion(QStringLiteral("缓存系统 "));
    changed.overallScore = 1.0;
    const Result<AddedQuestion> clash = service().addQuestion(session.sessionId, changed, Source::Api);
    QVERIFY(!clash);
    QCOMPARE(codeOf(clash.error()), QStringLiteral("DUPLICATE_QUESTION"));
    QVERIFY2(clash.error().details.endsWith(part.questionId), qPrintable(clash.error().details));

    // Numbering continues after the highest position, not the count.
    QVERIFY(service().deleteQuestion(part.questionId));
    const QuestionRecord next = m_db->addQuestion(session.sessionId, QStringLiteral("缓存系统"));
    QCOMPARE(next.position, 4);
    const Session stored = *service().session(session.sessionId);
    QCOMPARE(stored.totalQuestions, 3);
    QCOMPARE(stored.completedQuestions, 3);
    QCOMPARE(stored.averageScore, 8.5);
}

void TestInterviewService::duplicateVersusRetry_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected"); // "existing" or an error code
    QTest::addRow("identical") << QString() << QStringLiteral("existing");
    QTest::addRow("identical, padded text") << QStringLiteral("padded") << QStringLiteral("existing");
    QTest::addRow("other answer") << QStringLiteral("answer") << QStringLiteral("DUPLICATE_QUESTION");
    QTest::addRow("other feedback") << QStringLiteral("feedback") << QStringLiteral("DUPLICATE_QUESTION");
    QTest::addRow("other type") << QStringLiteral("type") << QStringLiteral("DUPLICATE_QUESTION");
    QTest::addRow("other category") << QStringLiteral("category") << QStringLiteral("DUPLICATE_QUESTION");
    QTest::addRow("other score") << QStringLiteral("score") << QStringLiteral("DUPLICATE_QUESTION");
}

void TestInterviewService::duplicateVersusRetry()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const Session session = m_db->createSession();
    const QuestionRecord original = m_db->addQuestion(session.sessionId, QStringLiteral("请设计一个缓存系统"));
    QuestionDraft again = sampleQuestion(QStringLiteral("请设计一个缓存系统"));
    if (change == QStringLiteral("padded"))
        again.questionText = QStringLiteral("  请设计一个缓存系统\n");
    else if (change == QStringLiteral("answer"))
        again.candidateAnswer += QStringLiteral("!");
    else if (change == QStringLiteral("feedback"))
        again.interviewerFeedback = QStringLiteral("一般");
    else if (change == QStringLiteral("type"))
        again.questionType = QuestionType::Logical;
    else if (change == QStringLiteral("category"))
        again.questionCategory = QStringLiteral("系统设计");
    else if (change == QStringLiteral("score"))
        again.overallScore = 9.0;
    const Result<AddedQuestion> added = service().addQuestion(session.sessionId, again, Source::Api);
    if (expected == QStringLiteral("existing")) {
        QVERIFY(added);
        QVERIFY(added->existing);
        QCOMPARE(added->record.questionId, original.questionId);
    } else {
        QCOMPARE(codeOf(added.error()), expected);
        QVERIFY2(added.error().details.contains(original.questionId), qPrintable(added.error().details));
    }
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 1);
}

void TestInterviewService::updateQuestion()
{
    const Session session = m_db->createSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("题一"), 6.0);
    const QuestionRecord second = m_db->addQuestion(session.sessionId, QStringLiteral("题二"), 8.0);
    QCOMPARE(service().session(session.sessionId)->averageScore, 7.0);

    QuestionPatch patch;
    patch.overallScore = std::optional<double>(9.0);
    const Result<QuestionRecord> updated = service().updateQuestion(first.questionId, patch, Source::Ui);
    QVERIFY(updated);
    QVERIFY(updated->reviewed); // an edit in the window is a review
    QCOMPARE(updated->updatedBy, Source::Ui);
    QCOMPARE(updated->source, Source::Api);
    QCOMPARE(service().session(session.sessionId)->averageScore, 8.5);

    QuestionPatch clash;
    clash.questionText = QStringLiteral(" 题二 ");
    QCOMPARE(codeOf(service().updateQuestion(first.questionId, clash, Source::Ui).error()),
             QStringLiteral("DUPLICATE_QUESTION"));
    QuestionPatch badScore;
    badScore.overallScore = std::optional<double>(10.5);
    QCOMPARE(codeOf(service().updateQuestion(second.questionId, badScore, Source::Ui).error()),
             QStringLiteral("INVALID_SCORE"));
    QCOMPARE(service().question(second.questionId)->overallScore, 8.0);

    QuestionPatch accept;
    accept.reviewed = true;
    QVERIFY(service().updateQuestion(second.questionId, accept, Source::Api)->reviewed);
}

void TestInterviewService::deleteQuestionAndSession()
{
    const Session session = m_db->createSession();
    const QuestionRecord first = m_db->addQuestion(session.sessionId, QStringLiteral("题一"), 4.0);
    m_db->addQuestion(session.sessionId, QStringLiteral("题二"), 8.0);
    QVERIFY(service().deleteQuestion(first.questionId));
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 1);
    QCOMPARE(service().session(session.sessionId)->averageScore, 8.0);
    // IDs are never reused: the next question continues the numbering.
    QCOMPARE(m_db->addQuestion(session.sessionId, QStringLiteral("题三")).position, 3);

    QVERIFY(service().deleteSession(session.sessionId));
    QCOMPARE(codeOf(service().session(session.sessionId).error()), QStringLiteral("SESSION_NOT_FOUND"));
    QSqlQuery orphans(m_db->database().connection());
    QVERIFY(orphans.exec(QStringLiteral("SELECT COUNT(*) FROM questions")) && orphans.next());
    QCOMPARE(orphans.value(0).toInt(), 0);
}

void TestInterviewService::summaryFigures()
{
    const Session session = m_db->createSession();
    const Result<Summary> empty = service().summary(session.sessionId);
    QCOMPARE(empty->totalQuestions, 0);
    QVERIFY(!empty->averageScore);
    QVERIFY(!empty->durationMinutes);

    m_db->addQuestion(session.sessionId, QStringLiteral("题一"), 9.0);
    m_db->addQuestion(session.sessionId, QStringLiteral("题二"), 8.5);
    QuestionDraft draft = sampleQuestion(QStringLiteral("题三"), 7.5);
    draft.questionType = QuestionType::Behavioral;
    QVERIFY(service().addQuestion(session.sessionId, draft, Source::Api));
    QuestionDraft unanswered;
    unanswered.questionText = QStringLiteral("题四：还没回答");
    QVERIFY(service().addQuestion(session.sessionId, unanswered, Source::Ui));

    const Result<Summary> summary = service().summary(session.sessionId);
    QVERIFY(summary);
    QCOMPARE(summary->totalQuestions, 4);
    QCOMPARE(summary->completedQuestions, 3);
    QCOMPARE(summary->averageScore, 8.3); // 25 / 3 = 8.333…
    QCOMPARE(summary->averageByType.value(QuestionType::Technical), 8.8); // 8.75
    QCOMPARE(summary->averageByType.value(QuestionType::Behavioral), 7.5);
    QCOMPARE(summary->questions.size(), 4);
    QCOMPARE(summary->questions.at(3).position, 4);
    QCOMPARE(summary->sessionStatus, SessionStatus::Pending);
    const Session stored = *service().session(session.sessionId);
    QCOMPARE(stored.totalQuestions, 4);
    QCOMPARE(stored.completedQuestions, 3);
    QCOMPARE(stored.averageScore, 8.3);
}

void TestInterviewService::latestSession()
{
    QVERIFY(!service().latestSession(QStringLiteral("nobody"))->has_value());
    // Created within the same millisecond: creation order decides.
    const Session first = m_db->createSession(QStringLiteral("u"));
    const Session second = m_db->createSession(QStringLiteral("u"));
    m_db->createSession(QStringLiteral("someone_else"));
    QCOMPARE(service().latestSession(QStringLiteral("u"))->value().sessionId, second.sessionId);
    m_db->clock().advance(1000);
    const Session third = m_db->createSession(QStringLiteral("u"));
    QCOMPARE(service().latestSession(QStringLiteral("u"))->value().sessionId, third.sessionId);
    QVERIFY(first.sessionId != second.sessionId);
}

void TestInterviewService::searchRecords_data()
{
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // question texts, newest first
    QTest::addColumn<qint64>("total");
    QTest::addRow("all") << RecordFilter {}
                         << QStringList {QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")} << qint64(3);
    QTest::addRow("user") << RecordFilter {.userId = QStringLiteral("bob")} << QStringList {QStringLiteral("C")}
                          << qint64(1);
    QTest::addRow("type") << RecordFilter {.questionType = QuestionType::Logical} << QStringList {QStringLiteral("B")}
                          << qint64(1);
    QTest::addRow("category") << RecordFilter {.questionCategory = QStringLiteral("编程基础")}
                              << QStringList {QStringLiteral("C"), QStringLiteral("A")} << qint64(2);
    QTest::addRow("min score") << RecordFilter {.minScore = 7.5} << QStringList {QStringLiteral("C")} << qint64(1);
    QTest::addRow("min score inclusive") << RecordFilter {.minScore = 7.0}
                                         << QStringList {QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}
                                         << qint64(3);
    QTest::addRow("max score") << RecordFilter {.maxScore = 7.0}
                               << QStringList {QStringLiteral("B"), QStringLiteral("A")} << qint64(2);
    QTest::addRow("text in answer") << RecordFilter {.text = QStringLiteral("装饰器")}
                                    << QStringList {QStringLiteral("B")} << qint64(1);
    QTest::addRow("text is literal") << RecordFilter {.text = QStringLiteral("%")} << QStringList {} << qint64(0);
    QTest::addRow("since") << RecordFilter {.since = 1757050339000 + 60'000}
                           << QStringList {QStringLiteral("C"), QStringLiteral("B")} << qint64(2);
    QTest::addRow("until") << RecordFilter {.until = 1757050339000} << QStringList {QStringLiteral("A")} << qint64(1);
    QTest::addRow("page 2 of 2") << RecordFilter {.page = 2, .pageSize = 2} << QStringList {QStringLiteral("A")}
                                 << qint64(3);
}

void TestInterviewService::searchRecords()
{
    QFETCH(RecordFilter, filter);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);
    const Session alice = m_db->createSession(QStringLiteral("alice"));
    const Session bob = m_db->createSession(QStringLiteral("bob"));
    m_db->addQuestion(alice.sessionId, QStringLiteral("A"), 7.0);
    m_db->clock().advance(60'000);
    QuestionDraft b = sampleQuestion(QStringLiteral("B"), 7.0);
    b.questionType = QuestionType::Logical;
    b.questionCategory = QStringLiteral("逻辑");
    b.candidateAnswer = QStringLiteral("装饰器是Python的一种设计模式");
    QVERIFY(service().addQuestion(alice.sessionId, b, Source::Api));
    m_db->clock().advance(60'000);
    m_db->addQuestion(bob.sessionId, QStringLiteral("C"), 9.5);

    const Result<Page<QuestionRecord>> page = service().records(filter);
    QVERIFY(page);
    QStringList texts;
    for (const QuestionRecord &record : page->items)
        texts << record.questionText;
    QCOMPARE(texts, expected);
    QCOMPARE(page->total, total);
}

void TestInterviewService::searchRejectsBadPaging()
{
    QCOMPARE(codeOf(service().records(RecordFilter {.page = 0}).error()), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(codeOf(service().records(RecordFilter {.pageSize = 101}).error()), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(codeOf(service().records(RecordFilter {.minScore = 8, .maxScore = 2}).error()),
             QStringLiteral("VALIDATION_ERROR"));
}

void TestInterviewService::sessionListFiltersAndSorts()
{
    for (int i = 0; i < 5; ++i) {
        m_db->clock().advance(1000);
        SessionDraft draft;
        draft.userId = QStringLiteral("user_%1").arg(i);
        draft.sessionName = i % 2 ? QStringLiteral("前端面试") : QStringLiteral("后端面试");
        draft.difficultyLevel = i % 2 ? DifficultyLevel::Easy : DifficultyLevel::Hard;
        QVERIFY(service().createSession(draft, Source::Ui));
    }
    const Result<Page<Session>> all = service().sessions(SessionFilter {.limit = 2});
    QCOMPARE(all->total, 5);
    QCOMPARE(all->items.size(), 2);
    QCOMPARE(all->items.first().userId, QStringLiteral("user_4")); // newest first
    const Result<Page<Session>> next = service().sessions(SessionFilter {.offset = 4, .limit = 2});
    QCOMPARE(next->items.size(), 1);
    QCOMPARE(next->items.first().userId, QStringLiteral("user_0"));
    QCOMPARE(service().sessions(SessionFilter {.searchText = QStringLiteral("前端")})->total, 2);
    QCOMPARE(service().sessions(SessionFilter {.searchText = QStringLiteral("USER_3")})->total, 1);
    QCOMPARE(service().sessions(SessionFilter {.difficultyLevel = DifficultyLevel::Hard})->total, 3);
    const Result<Page<Session>> byUser
        = service().sessions(SessionFilter {.sortKey = SessionSortKey::UserId, .descending = false});
    QCOMPARE(byUser->items.first().userId, QStringLiteral("user_0"));
    QCOMPARE(service().sessions(SessionFilter {.createdFrom = 1757050339000 + 3000})->total, 3);
}

void TestInterviewService::idempotency()
{
    const Session session = m_db->createSession();
    int runs = 0;
    auto operation = [&] {
        ++runs;
        const Result<AddedQuestion> added
            = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题%1").arg(runs)), Source::Api);
        return InterviewService::Outcome {StoredReply {200, added->record.questionId.toUtf8()}};
    };
    const Result<IdempotentReply> first = service().runIdempotent(QStringLiteral("k1"), "hash-a", operation);
    QVERIFY(first);
    QVERIFY(!first->replayed);
    const Result<IdempotentReply> second = service().runIdempotent(QStringLiteral("k1"), "hash-a", operation);
    QVERIFY(second->replayed);
    QCOMPARE(second->reply.body, first->reply.body);
    QCOMPARE(runs, 1);
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 1);

    const Result<IdempotentReply> reused = service().runIdempotent(QStringLiteral("k1"), "hash-b", operation);
    QCOMPARE(codeOf(reused.error()), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(runs, 1);

    // An outcome the caller does not want remembered (a server-side failure) lets the retry run again.
    int failures = 0;
    auto failing = [&] {
        ++failures;
        return InterviewService::Outcome {StoredReply {500, QByteArrayLiteral("{}")}, false};
    };
    QCOMPARE(service().runIdempotent(QStringLiteral("k2"), "h", failing)->reply.code, 500);
    QVERIFY(!service().runIdempotent(QStringLiteral("k2"), "h", failing)->replayed);
    QCOMPARE(failures, 2);
}

void TestInterviewService::idempotencyAcrossReopen()
{
    const Session session = m_db->createSession();
    auto operation = [&] {
        const Result<AddedQuestion> added
            = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("唯一")), Source::Api);
        return InterviewService::Outcome {StoredReply {200, added->record.questionId.toUtf8()}};
    };
    QVERIFY(service().runIdempotent(QStringLiteral("restart-key"), "h", operation));
    QVERIFY(m_db->reopen());
    bool ran = false;
    const Result<IdempotentReply> replay = service().runIdempotent(QStringLiteral("restart-key"), "h", [&] {
        ran = true;
        return InterviewService::Outcome {StoredReply {200, QByteArrayLiteral("new")}};
    });
    QVERIFY(replay->replayed);
    QVERIFY(!ran);
    QCOMPARE(replay->reply.body, (session.sessionId + QStringLiteral("_q001")).toUtf8());
}

void TestInterviewService::idempotencyExpires()
{
    auto reply = [](const char *body) {
        return [body] { return InterviewService::Outcome {StoredReply {200, QByteArray(body)}}; };
    };
    QVERIFY(service().runIdempotent(QStringLiteral("old"), "h", reply("first")));
    m_db->clock().advance(24LL * 3600 * 1000 + 1);
    const Result<IdempotentReply> later = service().runIdempotent(QStringLiteral("old"), "other", reply("second"));
    QVERIFY(later);
    QVERIFY(!later->replayed);
    QCOMPARE(later->reply.body, QByteArray("second"));
}

void TestInterviewService::signalsFollowCommits()
{
    QSignalSpy added(&service(), &InterviewService::sessionAdded);
    QSignalSpy changed(&service(), &InterviewService::sessionChanged);
    QSignalSpy removed(&service(), &InterviewService::sessionRemoved);
    QSignalSpy questionAdded(&service(), &InterviewService::questionAdded);
    QSignalSpy questionChanged(&service(), &InterviewService::questionChanged);
    QSignalSpy questionRemoved(&service(), &InterviewService::questionRemoved);

    const Session session = m_db->createSession();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), session.sessionId);
    const QuestionRecord record = m_db->addQuestion(session.sessionId, QStringLiteral("题"));
    QCOMPARE(questionAdded.size(), 1);
    QCOMPARE(questionAdded.at(0).at(1).toString(), record.questionId);
    QuestionPatch patch;
    patch.reviewed = true;
    QVERIFY(service().updateQuestion(record.questionId, patch, Source::Ui));
    QCOMPARE(questionChanged.size(), 1);
    // A refused write emits nothing.
    const int changesBefore = int(changed.size());
    QVERIFY(!service().updateSession(session.sessionId, statusPatch(SessionStatus::Completed), Source::Ui));
    QCOMPARE(changed.size(), changesBefore);
    // Inside an idempotent run the signals wait for the outer commit.
    QVERIFY(service().runIdempotent(QStringLiteral("k"), "h", [&] {
        m_db->addQuestion(session.sessionId, QStringLiteral("题二"));
        [&] { QCOMPARE(questionAdded.size(), 1); }();
        return InterviewService::Outcome {StoredReply {200, {}}};
    }));
    QCOMPARE(questionAdded.size(), 2);
    QVERIFY(service().deleteQuestion(record.questionId));
    QCOMPARE(questionRemoved.size(), 1);
    QVERIFY(service().deleteSession(session.sessionId));
    QCOMPARE(removed.size(), 1);
}

void TestInterviewService::concurrentNumbering()
{
    m_db = std::make_unique<TempDatabase>(ServiceLimits {400, 100});
    const Session session = m_db->createSession();
    QAtomicInt failures = 0;
    auto worker = [&](const QString &prefix) {
        for (int i = 0; i < 200; ++i) {
            if (!service().addQuestion(session.sessionId, sampleQuestion(prefix + QString::number(i)), Source::Api))
                failures.fetchAndAddRelaxed(1);
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, QStringLiteral("A")));
    std::unique_ptr<QThread> b(QThread::create(worker, QStringLiteral("B")));
    a->start();
    b->start();
    QVERIFY(a->wait(120'000));
    QVERIFY(b->wait(120'000));
    QCOMPARE(failures.loadRelaxed(), 0);
    const Result<QList<QuestionRecord>> records = service().questions(session.sessionId);
    QCOMPARE(records->size(), 400);
    for (int i = 0; i < 400; ++i) {
        QCOMPARE(records->at(i).position, i + 1);
        QCOMPARE(records->at(i).questionId, ids::makeQuestionId(session.sessionId, i + 1));
    }
    QCOMPARE(service().session(session.sessionId)->totalQuestions, 400);
}

void TestInterviewService::readOnlyDatabaseIsDatabaseError()
{
    const Session session = m_db->createSession();
    m_db->addQuestion(session.sessionId, QStringLiteral("题一"));
    QVERIFY(m_db->reopen(Database::Options {200, true}));

    SessionDraft draft;
    draft.userId = QStringLiteral("someone");
    const Result<Session> created = service().createSession(draft, Source::Api);
    QCOMPARE(codeOf(created.error()), QStringLiteral("DATABASE_ERROR"));
    QVERIFY(!created.error().details.contains(QStringLiteral("INSERT")));
    const Result<AddedQuestion> added
        = service().addQuestion(session.sessionId, sampleQuestion(QStringLiteral("题二")), Source::Api);
    QCOMPARE(codeOf(added.error()), QStringLiteral("DATABASE_ERROR"));
    QCOMPARE(
        codeOf(service().updateSession(session.sessionId, statusPatch(SessionStatus::InProgress), Source::Api).error()),
        QStringLiteral("DATABASE_ERROR"));

    // Reads still work and nothing was half-written.
    QVERIFY(m_db->reopen());
    QCOMPARE(*service().countSessions({}), 1);
    const Session stored = *service().session(session.sessionId);
    QCOMPARE(stored.totalQuestions, 1);
    QCOMPARE(stored.status, SessionStatus::Pending);
}

void TestInterviewService::runningFiguresEqualARecount()
{
    // Adding a question updates the session's figures by running sums (no re-read of the others):
    // they must equal a full recount, unscored questions and blank answers included.
    service().setLimits(ServiceLimits {1000, 100});
    const Session session = m_db->createSession();
    QRandomGenerator random(42);
    for (int i = 0; i < 300; ++i) {
        QuestionDraft draft = sampleQuestion(QStringLiteral("题 %1").arg(i), random.bounded(101) / 10.0);
        if (i % 7 == 0)
            draft.overallScore.reset();
        if (i % 5 == 0)
            draft.candidateAnswer.clear(); // not answered yet
        const Result<AddedQuestion> added = service().addQuestion(session.sessionId, draft, Source::Ui);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().details));
    }
    const Session running = *service().session(session.sessionId);
    QVERIFY(SessionRepository(m_db->database().connection()).refreshAggregates(session.sessionId, 0));
    const Session recounted = *service().session(session.sessionId);
    QCOMPARE(running.totalQuestions, 300);
    QCOMPARE(running.totalQuestions, recounted.totalQuestions);
    QCOMPARE(running.completedQuestions, recounted.completedQuestions);
    QCOMPARE(running.averageScore, recounted.averageScore);
    QVERIFY(running.averageScore.has_value());
}

QTEST_GUILESS_MAIN(TestInterviewService)
#include "tst_interviewservice.moc"
