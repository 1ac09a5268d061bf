// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"
#include "questionrepository.h"
#include "sqlhelpers.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <set>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

// Every UTF-16 code unit but NUL and the surrogates, as SQL: a recursive count.
const QString CODE_UNITS = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 65535) "
                           "SELECT i FROM n WHERE i NOT BETWEEN 55296 AND 57343"_s;

std::set<int> qtSpaces()
{
    std::set<int> spaces;
    for (int c = 1; c <= 0xFFFF; ++c) {
        if ((c < 0xD800 || c > 0xDFFF) && QString(QString(QChar(char16_t(c))) + u"x"_s).trimmed().size() == 1)
            spaces.insert(c);
    }
    return spaces;
}

QuestionDraft draft(const QString &text, const QString &answer = u"我最熟悉Python语言。"_s)
{
    QuestionDraft d = sampleQuestion(text);
    d.candidateAnswer = answer;
    return d;
}

} // namespace

// The duplicate-question key (migration step 3's text_key) is question_text trimmed exactly as
// QString::trimmed() trims, so the index lookup keeps the rule "same question_text after
// trimmed()"; and the SQL that counts completed questions trims answers the same way.
class TestQuestionKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyIsTrimmedForEveryCodeUnit();
    void whitespaceSetIsQtSpaces();
    void retryOrDuplicate_data();
    void retryOrDuplicate();
    void updateChecksOtherQuestions_data();
    void updateChecksOtherQuestions();
    void completedIgnoresUnicodeWhitespace();
    void briefSummaryMatchesSummary();

private:
    std::unique_ptr<TempDatabase> m_db;
    InterviewService &service() { return m_db->service(); }
};

void TestQuestionKey::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
}

void TestQuestionKey::cleanup()
{
    m_db.reset();
}

void TestQuestionKey::keyIsTrimmedForEveryCodeUnit()
{
    const QString sessionId = m_db->createSession().sessionId;
    QSqlDatabase db = m_db->database().connection();
    QSqlQuery insert(db);
    // One question per code unit c, with c on both sides of the text and inside it.
    QVERIFY(sql::run(insert,
                     u"INSERT INTO questions (question_id, session_id, position, question_text, question_type, "
                     "created_at, updated_at, source) SELECT 'k' || i, ?, i, char(i) || 'x' || char(i) || 'y' || "
                     "char(i), 'technical', 0, 0, 'api' FROM ("_s
                         + CODE_UNITS + u")"_s,
                     {sessionId}));
    QSqlQuery keys(db);
    QVERIFY(sql::run(keys, u"SELECT question_text, text_key FROM questions WHERE session_id = ?"_s, {sessionId}));
    int rows = 0;
    QStringList differing;
    while (keys.next()) {
        ++rows;
        const QString text = keys.value(0).toString();
        if (keys.value(1).toString() != text.trimmed())
            differing << QString::number(text.at(0).unicode(), 16);
    }
    QCOMPARE(rows, 65535 - 2048);
    QCOMPARE(differing, QStringList());
}

void TestQuestionKey::whitespaceSetIsQtSpaces()
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY(sql::run(query,
                     u"SELECT i FROM ("_s + CODE_UNITS + u") WHERE "_s + Dialect::sqlite().trimmed(u"char(i) || 'x'"_s)
                         + u" = 'x'"_s));
    std::set<int> trimmed;
    while (query.next())
        trimmed.insert(query.value(0).toInt());
    QCOMPARE(trimmed, qtSpaces());
}

void TestQuestionKey::retryOrDuplicate_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("posted");
    QTest::addColumn<bool>("sameKey"); // trimmed() makes them equal
    QTest::addRow("spaces") << u"问题"_s << u"  问题  "_s << true;
    QTest::addRow("ideographic space U+3000") << u"\u3000问题\u3000"_s << u"问题"_s << true;
    QTest::addRow("no-break space U+00A0") << u"\u00a0问题"_s << u"问题\t"_s << true;
    QTest::addRow("tabs and newlines") << u"\n\t问题\r\n"_s << u"\v问题\f"_s << true;
    QTest::addRow("line and paragraph separators") << u"问题\u2028"_s << u"\u2029问题"_s << true;
    QTest::addRow("next line U+0085") << u"问题\u0085"_s << u"问题"_s << true;
    QTest::addRow("narrow no-break space U+202F") << u"\u202f问题"_s << u"问题\u205f"_s << true;
    QTest::addRow("zero width space is not whitespace") << u"问题\u200b"_s << u"问题"_s << false;
    // (At the end: SQLite drops a leading U+FEFF from UTF-16 text as a byte order mark.)
    QTest::addRow("BOM is not whitespace") << u"问题\ufeff"_s << u"问题"_s << false;
    QTest::addRow("Mongolian vowel separator is not") << u"问题\u180e"_s << u"问题"_s << false;
    QTest::addRow("inner whitespace counts") << u"a \u3000 b"_s << u"a b"_s << false;
    QTest::addRow("case counts") << u"Python"_s << u"python"_s << false;
}

void TestQuestionKey::retryOrDuplicate()
{
    QFETCH(QString, stored);
    QFETCH(QString, posted);
    QFETCH(bool, sameKey);
    const QString sessionId = m_db->createSession().sessionId;
    const Result<AddedQuestion> first = service().addQuestion(sessionId, draft(stored), Source::Api);
    QVERIFY(first);

    // The same content again: the stored question comes back, nothing is added.
    const Result<AddedQuestion> retry = service().addQuestion(sessionId, draft(posted), Source::Api);
    QVERIFY(retry);
    QCOMPARE(retry->existing, sameKey);
    if (sameKey)
        QCOMPARE(retry->record.questionId, first->record.questionId);
    QCOMPARE(*QuestionRepository(m_db->database().connection()).count(sessionId), sameKey ? 1 : 2);

    // Other content under the same text: a duplicate naming the stored question.
    const Result<AddedQuestion> other = service().addQuestion(sessionId, draft(posted, u"另一个回答"_s), Source::Api);
    if (!sameKey) {
        QVERIFY(!other); // now the posted text itself is stored
        QCOMPARE(other.error().details,
                 u"question_text: already asked in this session as "_s + retry->record.questionId);
        return;
    }
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::DuplicateQuestion);
    QCOMPARE(other.error().message, u"重复的题目"_s);
    QCOMPARE(other.error().details, u"question_text: already asked in this session as "_s + first->record.questionId);
}

void TestQuestionKey::updateChecksOtherQuestions_data()
{
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("duplicateOf"); // index of the clashing question, -1 for none
    QTest::addRow("another's text, padded") << u"\u3000第二题 "_s << 1;
    QTest::addRow("another's text") << u"第三题"_s << 2;
    QTest::addRow("its own text, padded") << u"  第一题\u00a0"_s << -1;
    QTest::addRow("new text") << u"第四题"_s << -1;
    QTest::addRow("another's text inside") << u"第二题？"_s << -1;
}

void TestQuestionKey::updateChecksOtherQuestions()
{
    QFETCH(QString, newText);
    QFETCH(int, duplicateOf);
    const QString sessionId = m_db->createSession().sessionId;
    const QString otherSession = m_db->createSession(u"user_002"_s).sessionId;
    QList<QuestionRecord> questions;
    for (const QString &text : {u"第一题"_s, u"第二题"_s, u"第三题"_s})
        questions << m_db->addQuestion(sessionId, text);
    m_db->addQuestion(otherSession, u"第四题"_s); // other sessions do not count
    QuestionPatch patch;
    patch.questionText = newText;
    const Result<QuestionRecord> updated = service().updateQuestion(questions.at(0).questionId, patch, Source::Ui);
    if (duplicateOf < 0) {
        QVERIFY(updated);
        QCOMPARE(updated->questionText, newText);
        return;
    }
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::DuplicateQuestion);
    QCOMPARE(updated.error().details,
             u"question_text: already asked in this session as "_s + questions.at(duplicateOf).questionId);
}

void TestQuestionKey::completedIgnoresUnicodeWhitespace()
{
    const QString sessionId = m_db->createSession().sessionId;
    QVERIFY(service().addQuestion(sessionId, draft(u"答了"_s), Source::Ui));
    QuestionDraft unscored = draft(u"没打分"_s);
    unscored.overallScore.reset();
    QVERIFY(service().addQuestion(sessionId, unscored, Source::Ui));
    // An answer of Unicode whitespace only (the rules refuse one; an older release or an import
    // may have stored it) counts as no answer, as QuestionRecord::isCompleted() has it.
    const QString blankId = service().addQuestion(sessionId, draft(u"只有空白"_s), Source::Ui)->record.questionId;
    QSqlQuery blank(m_db->database().connection());
    QVERIFY(sql::run(blank, u"UPDATE questions SET candidate_answer = ? WHERE question_id = ?"_s,
                     {u"\u3000\n\t\u00a0"_s, blankId}));
    QuestionPatch touch;
    touch.interviewerFeedback = u"看过"_s; // any edit recomputes the session's figures
    QVERIFY(service().updateQuestion(blankId, touch, Source::Ui));
    QVERIFY(!service().question(blankId)->isCompleted());
    const Result<Summary> summary = service().summary(sessionId);
    const Result<Summary> brief = service().briefSummary(sessionId);
    QVERIFY(summary && brief);
    QCOMPARE(summary->completedQuestions, 1);
    QCOMPARE(brief->completedQuestions, 1);
    // The figures stored on the session agree with what the summary counts.
    QCOMPARE(service().session(sessionId)->completedQuestions, 1);
}

void TestQuestionKey::briefSummaryMatchesSummary()
{
    const QString sessionId = m_db->createSession().sessionId;
    const QList<std::tuple<QString, QuestionType, std::optional<double>>> questions {
        {u"A"_s, QuestionType::Technical, 8.5},
        {u"B"_s, QuestionType::Logical, 6.25},
        {u"C"_s, QuestionType::Logical, std::nullopt},
        {u"D"_s, QuestionType::Behavioral, 9.95},
        {u"E"_s, QuestionType::ProjectBased, 0.0}};
    for (const auto &[text, type, score] : questions) {
        QuestionDraft d = draft(text);
        d.questionType = type;
        d.overallScore = score;
        QVERIFY(service().addQuestion(sessionId, d, Source::Ui));
    }
    QVERIFY(service().deleteQuestion(sessionId + u"_q002"_s)); // a gap in the positions
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    QVERIFY(service().updateSession(sessionId, start, Source::Ui));
    m_db->clock().advance(90'000);

    const Result<Summary> full = service().summary(sessionId);
    const Result<Summary> brief = service().briefSummary(sessionId);
    QVERIFY(full && brief);
    QCOMPARE(brief->sessionId, full->sessionId);
    QCOMPARE(brief->totalQuestions, full->totalQuestions);
    QCOMPARE(brief->completedQuestions, full->completedQuestions);
    QCOMPARE(brief->averageScore, full->averageScore);
    QCOMPARE(brief->averageByType, full->averageByType);
    QCOMPARE(brief->sessionStatus, SessionStatus::InProgress);
    QCOMPARE(brief->startTime, full->startTime);
    QCOMPARE(brief->endTime, full->endTime);
    QCOMPARE(brief->durationMinutes, std::optional<double>(1.5));
    QCOMPARE(brief->questions.size(), full->questions.size());
    for (qsizetype i = 0; i < full->questions.size(); ++i) {
        const QuestionRecord &b = brief->questions.at(i);
        const QuestionRecord &f = full->questions.at(i);
        QCOMPARE(b.questionId, f.questionId);
        QCOMPARE(b.position, f.position);
        QCOMPARE(b.questionText, f.questionText);
        QCOMPARE(b.questionType, f.questionType);
        QCOMPARE(b.overallScore, f.overallScore);
        QVERIFY(b.candidateAnswer.isEmpty()); // left in the database
    }
    // An unknown session is SESSION_NOT_FOUND for both.
    QCOMPARE(service().briefSummary(u"session_missing"_s).error().code, ErrorCode::SessionNotFound);
    QCOMPARE(service().summary(u"session_missing"_s).error().code, ErrorCode::SessionNotFound);
}

QTEST_GUILESS_MAIN(TestQuestionKey)
#include "tst_questionkey.moc"
