// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Candidates, comparison, calibration, and the candidate's data rights (issue 13).
#include "interviewservice.h"
#include "tempdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;

QString codeOf(const Error &error)
{
    return errorCodeName(error.code);
}

QuestionDraft question(const QString &text, double score, QuestionType type = QuestionType::Technical)
{
    QuestionDraft draft = sampleQuestion(text, score);
    draft.questionType = type;
    return draft;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCandidates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void profileMadeOnFirstUse();
    void profileRules_data();
    void profileRules();
    void listFiltersAndFigures();
    void comparisonFigures();
    void compareCountRule_data();
    void compareCountRule();
    void calibrationFigures();
    void exportHoldsEverything();
    void erasureLeavesNoByte();
    void erasureOfUnknownPerson();
    void retentionWithInjectedClock();
    void auditIsAppendOnly();

private:
    Session create(const QString &userId, const QString &interviewer = {}, const QString &name = {});
    std::unique_ptr<TempDatabase> m_db;
    InterviewService &service() { return m_db->service(); }
};

void TestCandidates::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestCandidates::cleanup()
{
    m_db.reset();
}

Session TestCandidates::create(const QString &userId, const QString &interviewer, const QString &name)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.interviewer = interviewer;
    if (!name.isEmpty())
        draft.metadata.insert(QString::fromUtf16(rules::CANDIDATE_NAME.field), name);
    m_db->clock().advance(1000);
    const Result<Session> session = service().createSession(draft, Source::Api);
    return session ? *session : Session {};
}

void TestCandidates::profileMadeOnFirstUse()
{
    QCOMPARE(codeOf(service().candidate(u"alice"_s).error()), u"CANDIDATE_NOT_FOUND"_s);
    const qint64 first = m_db->clock().nowMs() + 1000;
    create(u"alice"_s);
    Result<Candidate> alice = service().candidate(u"alice"_s);
    QVERIFY(alice);
    QCOMPARE(alice->createdAt, first);
    QCOMPARE(alice->displayName, QString());
    // A later session that names the person fills the empty name; it never overwrites one.
    create(u"alice"_s, {}, u"艾丽斯"_s);
    create(u"alice"_s, {}, u"别的名字"_s);
    alice = service().candidate(u"alice"_s);
    QCOMPARE(alice->displayName, u"艾丽斯"_s);
    QCOMPARE(alice->sessions, 3);
    QCOMPARE(alice->createdAt, first);
}

void TestCandidates::profileRules_data()
{
    QTest::addColumn<CandidatePatch>("patch");
    QTest::addColumn<QString>("problem");
    CandidatePatch p;
    p.email = u"a@example.com"_s;
    p.position = u"后端工程师"_s;
    QTest::newRow("valid") << p << QString();
    p = {};
    QTest::newRow("nothing") << p << u"body"_s;
    p.displayName = QString(rules::CANDIDATE_NAME.max + 1, u'名');
    QTest::newRow("name too long") << p << u"display_name"_s;
    p = {};
    p.email = QString(rules::CANDIDATE_EMAIL.max + 1, u'a');
    QTest::newRow("email too long") << p << u"email"_s;
    p = {};
    p.notes = QString(rules::CANDIDATE_NOTES.max + 1, u'注');
    QTest::newRow("notes too long") << p << u"notes"_s;
    p.notes = QString(rules::CANDIDATE_NOTES.max, u'注');
    QTest::newRow("notes at the limit") << p << QString();
}

void TestCandidates::profileRules()
{
    QFETCH(CandidatePatch, patch);
    QFETCH(QString, problem);
    create(u"bob"_s);
    const Candidate before = service().candidate(u"bob"_s).value();
    const Result<Candidate> after = service().updateCandidate(u"bob"_s, patch);
    if (problem.isEmpty()) {
        QVERIFY2(after, qPrintable(after ? QString() : after.error().details));
        QCOMPARE(service().candidate(u"bob"_s)->email, patch.email.value_or(before.email));
        return;
    }
    QVERIFY(!after);
    QVERIFY2(after.error().details.startsWith(problem), qPrintable(after.error().details));
    QCOMPARE(service().candidate(u"bob"_s)->updatedAt, before.updatedAt);
    QCOMPARE(codeOf(service().updateCandidate(u"nobody"_s, patch).error()),
             patch.isEmpty() ? u"VALIDATION_ERROR"_s : codeOf(after.error()));
}

void TestCandidates::listFiltersAndFigures()
{
    const Session a1 = create(u"amy"_s);
    QVERIFY(service().addQuestion(a1.sessionId, question(u"题一"_s, 6), Source::Api));
    QVERIFY(service().addQuestion(a1.sessionId, question(u"题二"_s, 9), Source::Api));
    const Session a2 = create(u"amy"_s);
    QVERIFY(service().addQuestion(a2.sessionId, question(u"题三"_s, 7.5), Source::Api));
    SessionPatch verdict;
    verdict.recommendation = Recommendation::Yes;
    QVERIFY(service().updateSession(a2.sessionId, verdict, Source::Ui));
    create(u"ben"_s);
    CandidatePatch position;
    position.position = u"前端"_s;
    QVERIFY(service().updateCandidate(u"ben"_s, position));

    const Result<Page<Candidate>> all = service().candidates({});
    QVERIFY(all);
    QCOMPARE(all->total, 2);
    QCOMPARE(all->items.at(0).userId, u"ben"_s); // newest interview first
    const Candidate amy = all->items.at(1);
    QCOMPARE(amy.sessions, 2);
    QCOMPARE(amy.averageScore.value_or(-1), 7.5); // (6 + 9 + 7.5) / 3
    QCOMPARE(amy.latestRecommendation, Recommendation::Yes);
    QCOMPARE(amy.lastSessionAt.value_or(0), a2.createdAt);
    CandidateFilter filter;
    filter.position = u"前端"_s;
    QCOMPARE(service().candidates(filter)->items.size(), 1);
    filter = {};
    filter.text = u"AM"_s;
    QCOMPARE(service().candidates(filter)->items.value(0).userId, u"amy"_s);
}

void TestCandidates::comparisonFigures()
{
    Kit draft;
    draft.name = u"比较"_s;
    Competency coding;
    coding.key = u"coding"_s;
    coding.name = u"编码"_s;
    coding.weight = 2;
    Competency design = coding;
    design.key = u"design"_s;
    design.weight = 1;
    draft.competencies = {coding, design};
    const Kit kit = service().createKit(draft).value();
    auto interview = [&](const QString &user, int codingRating, int designRating) {
        SessionDraft s;
        s.userId = user;
        s.kitId = kit.kitId;
        const Session session = service().createSession(s, Source::Ui).value();
        ScorecardPatch patch;
        patch.ratings = {RatingPatch {u"coding"_s, std::optional<int>(codingRating), {}},
                         RatingPatch {u"design"_s, std::optional<int>(designRating), {}}};
        patch.recommendation = codingRating >= 3 ? Recommendation::Yes : Recommendation::No;
        if (!service().updateScorecard(session.sessionId, patch, Source::Ui))
            qWarning("the scorecard was not saved");
        return session;
    };
    const Session c1 = interview(u"cat"_s, 4, 2);
    QVERIFY(service().addQuestion(c1.sessionId, question(u"甲"_s, 8, QuestionType::Technical), Source::Api));
    QVERIFY(service().addQuestion(c1.sessionId, question(u"乙"_s, 5, QuestionType::Behavioral), Source::Api));
    m_db->clock().advance(1000);
    const Session c2 = interview(u"cat"_s, 3, 3);
    QVERIFY(service().addQuestion(c2.sessionId, question(u"丙"_s, 7, QuestionType::Technical), Source::Api));
    interview(u"dan"_s, 1, 4);

    const Result<QList<ComparisonRow>> rows = service().compare({u"cat"_s, u"dan"_s});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    const ComparisonRow &cat = rows->at(0);
    QCOMPARE(cat.candidate.sessions, 2);
    QCOMPARE(cat.candidate.averageScore.value_or(-1), 6.7); // (8 + 5 + 7) / 3 = 6.67
    QCOMPARE(cat.averageByType.value(QuestionType::Technical), 7.5);
    QCOMPARE(cat.averageByType.value(QuestionType::Behavioral), 5.0);
    QCOMPARE(cat.competencies.value(u"coding"_s), 3.5); // (2*4 + 2*3) / 4
    QCOMPARE(cat.competencies.value(u"design"_s), 2.5);
    QCOMPARE(cat.candidate.latestRecommendation, Recommendation::Yes);
    const ComparisonRow &dan = rows->at(1);
    QVERIFY(!dan.candidate.averageScore);
    QVERIFY(dan.averageByType.isEmpty());
    QCOMPARE(dan.competencies.value(u"design"_s), 4.0);
    QCOMPARE(dan.candidate.latestRecommendation, Recommendation::No);
    QCOMPARE(codeOf(service().compare({u"cat"_s, u"nobody"_s}).error()), u"CANDIDATE_NOT_FOUND"_s);

    CandidatePatch position;
    position.position = u"后端"_s;
    QVERIFY(service().updateCandidate(u"dan"_s, position));
    const Result<QList<ComparisonRow>> byPosition = service().comparePosition(u"后端"_s);
    QCOMPARE(byPosition->size(), 1);
    QCOMPARE(byPosition->at(0).candidate.userId, u"dan"_s);
}

void TestCandidates::compareCountRule_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one") << 1 << false;
    QTest::newRow("two") << 2 << true;
    QTest::newRow("ten") << 10 << true;
    QTest::newRow("eleven") << 11 << false;
}

void TestCandidates::compareCountRule()
{
    QFETCH(int, count);
    QFETCH(bool, valid);
    QStringList users;
    for (int i = 0; i < count; ++i) {
        users << u"p%1"_s.arg(i);
        create(users.last());
    }
    const Result<QList<ComparisonRow>> rows = service().compare(users);
    QCOMPARE(bool(rows), valid);
    if (!valid)
        QVERIFY(rows.error().details.startsWith(u"user_id"_s));
    // A repeated id counts once.
    QCOMPARE(bool(service().compare({users.first(), users.first()})), false);
}

void TestCandidates::calibrationFigures()
{
    const Session s1 = create(u"eve"_s, u"王"_s);
    const Session s2 = create(u"fay"_s, u"王"_s);
    create(u"gus"_s, u"李"_s);
    const QString q1 = service().addQuestion(s1.sessionId, question(u"一"_s, 6), Source::Api)->record.questionId;
    const QString q2 = service().addQuestion(s1.sessionId, question(u"二"_s, 8), Source::Api)->record.questionId;
    QVERIFY(service().addQuestion(s2.sessionId, question(u"三"_s, 10), Source::Ui));
    // The interviewer moves the posted scores: 6 → 7, then 7 → 9 (the posted 6 stays), 8 → 5.
    QuestionPatch patch;
    patch.overallScore = std::optional<double>(7);
    QVERIFY(service().updateQuestion(q1, patch, Source::Ui));
    patch.overallScore = std::optional<double>(9);
    QVERIFY(service().updateQuestion(q1, patch, Source::Ui));
    patch.overallScore = std::optional<double>(5);
    QVERIFY(service().updateQuestion(q2, patch, Source::Ui));
    SessionPatch verdict;
    verdict.recommendation = Recommendation::StrongYes;
    QVERIFY(service().updateSession(s2.sessionId, verdict, Source::Ui));

    const Result<QList<InterviewerStats>> stats = service().interviewerStats();
    QVERIFY(stats);
    const auto wang
        = std::find_if(stats->cbegin(), stats->cend(), [](const auto &s) { return s.interviewer == u"王"_s; });
    QVERIFY(wang != stats->cend());
    QCOMPARE(wang->sessions, 2);
    QCOMPARE(wang->questions, 3);
    QCOMPARE(wang->meanScore.value_or(-1), 8.0); // 9, 5, 10
    QCOMPARE(wang->scoreStdDev.value_or(-1), 2.2); // sqrt(((1)² + (3)² + (2)²) / 3) = 2.16
    QCOMPARE(wang->recommendations.value(Recommendation::StrongYes), 1);
    QCOMPARE(wang->recommendations.value(Recommendation::NoDecision), 1);
    QCOMPARE(wang->aiReviewed, 2);
    QCOMPARE(wang->aiReviewDelta.value_or(-99), 0.0); // ((9 − 6) + (5 − 8)) / 2
    const auto li
        = std::find_if(stats->cbegin(), stats->cend(), [](const auto &s) { return s.interviewer == u"李"_s; });
    QCOMPARE(li->sessions, 1);
    QVERIFY(!li->meanScore);
    QVERIFY(!li->aiReviewDelta);
}

void TestCandidates::exportHoldsEverything()
{
    const Session session = create(u"hal"_s, u"王"_s, u"哈尔"_s);
    QVERIFY(service().addQuestion(session.sessionId, question(u"导出题"_s, 7), Source::Api));
    ScorecardPatch card;
    card.strengths = u"导出的优点"_s;
    QVERIFY(service().updateScorecard(session.sessionId, card, Source::Ui));
    const Result<PersonRecord> record = service().exportPerson(u"hal"_s, Actor::Api);
    QVERIFY(record);
    QCOMPARE(record->candidate.displayName, u"哈尔"_s);
    QCOMPARE(record->interviews.size(), 1);
    QCOMPARE(record->interviews.at(0).session.sessionId, session.sessionId);
    QCOMPARE(record->interviews.at(0).questions.value(0).questionText, u"导出题"_s);
    QCOMPARE(record->interviews.at(0).scorecard.strengths, u"导出的优点"_s);
    const AuditEntry entry = service().auditLog(1, 10)->items.value(0);
    QCOMPARE(entry.action, AuditAction::PersonExport);
    QCOMPARE(entry.actor, Actor::Api);
    QCOMPARE(entry.subject, InterviewService::erasedSubject(u"hal"_s));
    QCOMPARE(codeOf(service().exportPerson(u"nobody"_s, Actor::Api).error()), u"CANDIDATE_NOT_FOUND"_s);
}

void TestCandidates::erasureLeavesNoByte()
{
    IR_SQLITE_ONLY("greps the SQLite file and its WAL");
    const QString marker = u"MARKER-7f3a9c-擦除标记"_s;
    const QString userId = u"erase_"_s + marker;
    const Session session = create(userId, u"王"_s, u"名字"_s + marker);
    QuestionDraft draft = question(u"题目 "_s + marker, 7);
    draft.candidateAnswer = u"回答 "_s + marker;
    QVERIFY(service().addQuestion(session.sessionId, draft, Source::Api));
    ScorecardPatch card;
    card.strengths = u"优点 "_s + marker;
    QVERIFY(service().updateScorecard(session.sessionId, card, Source::Ui));
    // A stored reply that names the session.
    QVERIFY(service().runIdempotent(u"key-1"_s, "hash", [&] {
        return InterviewService::Outcome {{200, session.sessionId.toUtf8()}, true};
    }));
    const Session other = create(u"keep_me"_s);
    const QString path = m_db->filePath();
    QVERIFY(fileBytes(path).contains(marker.toUtf8()) || fileBytes(path + u"-wal"_s).contains(marker.toUtf8()));

    QSignalSpy erased(&service(), &InterviewService::candidateErased);
    const Result<ErasureReport> report = service().eraseCandidate(userId, Actor::Ui);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().details));
    QCOMPARE(report->sessions, 1);
    QCOMPARE(report->questions, 1);
    QCOMPARE(erased.count(), 1);
    QVERIFY(!fileBytes(path).contains(marker.toUtf8()));
    QVERIFY(!fileBytes(path).contains("MARKER-7f3a9c"));
    QVERIFY(!fileBytes(path + u"-wal"_s).contains("MARKER-7f3a9c"));
    QVERIFY(!fileBytes(path).contains(session.sessionId.toUtf8()));
    QCOMPARE(codeOf(service().session(session.sessionId).error()), u"SESSION_NOT_FOUND"_s);
    QCOMPARE(codeOf(service().candidate(userId).error()), u"CANDIDATE_NOT_FOUND"_s);
    QVERIFY(service().session(other.sessionId)); // nobody else is touched
    // The key is free again: its stored reply is gone.
    int runs = 0;
    QVERIFY(!service()
                 .runIdempotent(u"key-1"_s, "hash",
                                [&] {
                                    ++runs;
                                    return InterviewService::Outcome {{200, "again"}, true};
                                })
                 ->replayed);
    QCOMPARE(runs, 1);
    const Result<Page<AuditEntry>> log = service().auditLog(1, 10);
    QCOMPARE(log->total, 1);
    const AuditEntry entry = log->items.value(0);
    QCOMPARE(entry.action, AuditAction::Erasure);
    QCOMPARE(entry.count, 1);
    QCOMPARE(entry.subject, InterviewService::erasedSubject(userId));
    QVERIFY(!entry.subject.contains(u"MARKER"_s));
}

void TestCandidates::erasureOfUnknownPerson()
{
    QCOMPARE(codeOf(service().eraseCandidate(u"nobody"_s, Actor::Api).error()), u"CANDIDATE_NOT_FOUND"_s);
    QCOMPARE(service().auditLog(1, 10)->total, 0);
}

void TestCandidates::retentionWithInjectedClock()
{
    const Session old = create(u"old"_s);
    QVERIFY(service().addQuestion(old.sessionId, question(u"旧题"_s, 5), Source::Api));
    m_db->clock().advance(200 * DAY_MS);
    const Session recent = create(u"recent"_s);
    const Session touched = create(u"old"_s);
    m_db->clock().advance(170 * DAY_MS); // old: 370 days unchanged; recent: 170

    const Result<ErasureReport> dry = service().purgeOlderThan(365, true, Actor::Cli);
    QVERIFY(dry);
    QCOMPARE(dry->sessions, 1);
    QCOMPARE(dry->questions, 1);
    QVERIFY(service().session(old.sessionId)); // a dry run erases nothing
    QCOMPARE(service().auditLog(1, 10)->total, 0);

    const Result<ErasureReport> purged = service().purgeOlderThan(365, false, Actor::Cli);
    QCOMPARE(purged->sessions, 1);
    QCOMPARE(codeOf(service().session(old.sessionId).error()), u"SESSION_NOT_FOUND"_s);
    QVERIFY(service().session(recent.sessionId));
    QVERIFY(service().candidate(u"old"_s)); // still has a session
    const AuditEntry entry = service().auditLog(1, 10)->items.value(0);
    QCOMPARE(entry.action, AuditAction::Purge);
    QCOMPARE(entry.actor, Actor::Cli);
    QCOMPARE(entry.count, 1);

    QCOMPARE(service().purgeOlderThan(0, false, Actor::Cli)->sessions, 2); // 0: everything
    QCOMPARE(codeOf(service().candidate(u"old"_s).error()), u"CANDIDATE_NOT_FOUND"_s);
    QCOMPARE(codeOf(service().session(touched.sessionId).error()), u"SESSION_NOT_FOUND"_s);
    QVERIFY(!service().purgeOlderThan(-1, true, Actor::Cli));
}

void TestCandidates::auditIsAppendOnly()
{
    const Session session = create(u"ivy"_s);
    QVERIFY(service().deleteSession(session.sessionId, Actor::Api));
    QVERIFY(service().recordAudit(AuditAction::ApiKeyChange, Actor::Ui, u"api_key"_s));
    const Result<Page<AuditEntry>> log = service().auditLog(1, 10);
    QCOMPARE(log->total, 2);
    QCOMPARE(log->items.at(0).action, AuditAction::ApiKeyChange);
    QCOMPARE(log->items.at(1).action, AuditAction::SessionDeletion);
    QCOMPARE(log->items.at(1).subject, session.sessionId);
    QCOMPARE(log->items.at(1).actor, Actor::Api);
    // The database itself refuses to change or remove an entry.
    QSqlDatabase db = m_db->database().connection();
    QSqlQuery query(db);
    QVERIFY(!query.exec(u"UPDATE audit_log SET subject = 'x'"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QCOMPARE(service().auditLog(1, 10)->total, 2);
}

QTEST_GUILESS_MAIN(TestCandidates)
#include "tst_candidates.moc"
