// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"
#include "ids.h"
#include "rules.h"
#include "wiretime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace ir;

namespace {

// n characters, each of the given (possibly surrogate-pair) glyph.
QString repeat(const QString &glyph, qsizetype n)
{
    return glyph.repeated(n);
}

const QString EMOJI = QStringLiteral("😀"); // one character, two UTF-16 units

QuestionDraft completeQuestion()
{
    QuestionDraft draft;
    draft.questionText = QStringLiteral("请解释Python的装饰器机制");
    draft.questionType = QuestionType::Technical;
    draft.candidateAnswer = QStringLiteral("装饰器是一种设计模式");
    draft.interviewerFeedback = QStringLiteral("理解深入");
    draft.overallScore = 9.0;
    return draft;
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void characterCount_data();
    void characterCount();
    void enumWireNames_data();
    void enumWireNames();
    void unknownWireNames();
    void sessionLengths_data();
    void sessionLengths();
    void questionLengths_data();
    void questionLengths();
    void scores_data();
    void scores();
    void allFieldErrorsAtOnce();
    void draftQuestionMayLackAnswer();
    void durations_data();
    void durations();
    void metadataSize();
    void transitions_data();
    void transitions();
    void rounding_data();
    void rounding();
    void sessionIdFormat();
    void questionIds_data();
    void questionIds();
    void wireTime_data();
    void wireTime();
    void wireTimePeriodEnd_data();
    void wireTimePeriodEnd();
};

void TestRules::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("expected");
    QTest::addRow("empty") << QString() << qsizetype(0);
    QTest::addRow("ascii") << QStringLiteral("user_001") << qsizetype(8);
    QTest::addRow("chinese") << QStringLiteral("面试记录") << qsizetype(4);
    QTest::addRow("emoji") << EMOJI << qsizetype(1);
    QTest::addRow("mixed") << (QStringLiteral("好a") + EMOJI + EMOJI) << qsizetype(4);
    QTest::addRow("lone surrogate") << QString(QChar(0xD83D)) << qsizetype(1);
}

void TestRules::characterCount()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, expected);
    QCOMPARE(rules::characterCount(text), expected);
}

void TestRules::enumWireNames_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::addRow("knowledge_based") << toWire(SessionType::KnowledgeBased) << QStringLiteral("knowledge_based");
    QTest::addRow("company_position") << toWire(SessionType::CompanyPosition) << QStringLiteral("company_position");
    QTest::addRow("resume_customized") << toWire(SessionType::ResumeCustomized) << QStringLiteral("resume_customized");
    QTest::addRow("wrong_questions") << toWire(SessionType::WrongQuestions) << QStringLiteral("wrong_questions");
    QTest::addRow("easy") << toWire(DifficultyLevel::Easy) << QStringLiteral("easy");
    QTest::addRow("medium") << toWire(DifficultyLevel::Medium) << QStringLiteral("medium");
    QTest::addRow("hard") << toWire(DifficultyLevel::Hard) << QStringLiteral("hard");
    QTest::addRow("technical") << toWire(QuestionType::Technical) << QStringLiteral("technical");
    QTest::addRow("behavioral") << toWire(QuestionType::Behavioral) << QStringLiteral("behavioral");
    QTest::addRow("logical") << toWire(QuestionType::Logical) << QStringLiteral("logical");
    QTest::addRow("project_based") << toWire(QuestionType::ProjectBased) << QStringLiteral("project_based");
    QTest::addRow("pending") << toWire(SessionStatus::Pending) << QStringLiteral("pending");
    QTest::addRow("in_progress") << toWire(SessionStatus::InProgress) << QStringLiteral("in_progress");
    QTest::addRow("completed") << toWire(SessionStatus::Completed) << QStringLiteral("completed");
    QTest::addRow("cancelled") << toWire(SessionStatus::Cancelled) << QStringLiteral("cancelled");
    QTest::addRow("ui") << toWire(Source::Ui) << QStringLiteral("ui");
    QTest::addRow("api") << toWire(Source::Api) << QStringLiteral("api");
}

void TestRules::enumWireNames()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestRules::unknownWireNames()
{
    for (SessionType value : allValues<SessionType>())
        QCOMPARE(fromWire<SessionType>(toWire(value)), value);
    for (DifficultyLevel value : allValues<DifficultyLevel>())
        QCOMPARE(fromWire<DifficultyLevel>(toWire(value)), value);
    for (QuestionType value : allValues<QuestionType>())
        QCOMPARE(fromWire<QuestionType>(toWire(value)), value);
    for (SessionStatus value : allValues<SessionStatus>())
        QCOMPARE(fromWire<SessionStatus>(toWire(value)), value);
    for (Recommendation value : allValues<Recommendation>())
        QCOMPARE(fromWire<Recommendation>(toWire(value)), value);
    QVERIFY(!fromWire<SessionStatus>(QStringLiteral("Pending")));
    QVERIFY(!fromWire<QuestionType>(QStringLiteral("technical ")));
    QVERIFY(!fromWire<DifficultyLevel>(QString()));
    QCOMPARE(wireValues<DifficultyLevel>(),
             (QStringList {QStringLiteral("easy"), QStringLiteral("medium"), QStringLiteral("hard")}));
}

void TestRules::sessionLengths_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("sessionName");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("field");
    const QString name = QStringLiteral("面试");
    QTest::addRow("user_id 1") << QStringLiteral("u") << name << true << QString();
    QTest::addRow("user_id empty") << QString() << name << false << QStringLiteral("user_id");
    QTest::addRow("user_id blank") << QStringLiteral("  \t") << name << false << QStringLiteral("user_id");
    QTest::addRow("user_id 100 chinese") << repeat(QStringLiteral("用"), 100) << name << true << QString();
    QTest::addRow("user_id 101 chinese") << repeat(QStringLiteral("用"), 101) << name << false
                                         << QStringLiteral("user_id");
    QTest::addRow("user_id 100 emoji") << repeat(EMOJI, 100) << name << true << QString();
    QTest::addRow("user_id 101 emoji") << repeat(EMOJI, 101) << name << false << QStringLiteral("user_id");
    QTest::addRow("name absent") << QStringLiteral("u") << QString() << true << QString();
    QTest::addRow("name 200") << QStringLiteral("u") << repeat(QStringLiteral("名"), 200) << true << QString();
    QTest::addRow("name 201") << QStringLiteral("u") << repeat(QStringLiteral("名"), 201) << false
                              << QStringLiteral("session_name");
    QTest::addRow("name 200 emoji") << QStringLiteral("u") << repeat(EMOJI, 200) << true << QString();
    QTest::addRow("name blank") << QStringLiteral("u") << QStringLiteral("   ") << false
                                << QStringLiteral("session_name");
}

void TestRules::sessionLengths()
{
    QFETCH(QString, userId);
    QFETCH(QString, sessionName);
    QFETCH(bool, valid);
    QFETCH(QString, field);
    SessionDraft draft;
    draft.userId = userId;
    draft.sessionName = sessionName;
    const std::optional<Error> error = rules::validate(draft);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->code, ErrorCode::ValidationError);
        QVERIFY2(error->details.startsWith(field + QStringLiteral(": ")), qPrintable(error->details));
    }
}

void TestRules::questionLengths_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("glyph");
    QTest::addColumn<bool>("valid");
    struct Rule
    {
        QString field;
        int max;
    };
    const QList<Rule> fields {{QStringLiteral("question_text"), 2000},
                              {QStringLiteral("candidate_answer"), 5000},
                              {QStringLiteral("interviewer_feedback"), 2000},
                              {QStringLiteral("question_category"), 100}};
    for (const Rule &rule : fields) {
        for (const QString &glyph : {QStringLiteral("题"), EMOJI}) {
            const QString kind = glyph == EMOJI ? QStringLiteral("emoji") : QStringLiteral("chinese");
            QTest::addRow("%s 1 %s", qPrintable(rule.field), qPrintable(kind)) << rule.field << 1 << glyph << true;
            QTest::addRow("%s max %s", qPrintable(rule.field), qPrintable(kind))
                << rule.field << rule.max << glyph << true;
            QTest::addRow("%s max+1 %s", qPrintable(rule.field), qPrintable(kind))
                << rule.field << rule.max + 1 << glyph << false;
        }
        if (rule.field != QStringLiteral("question_category"))
            QTest::addRow("%s empty", qPrintable(rule.field)) << rule.field << 0 << QString() << false;
        QTest::addRow("%s whitespace", qPrintable(rule.field)) << rule.field << 3 << QStringLiteral(" ") << false;
    }
}

void TestRules::questionLengths()
{
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(QString, glyph);
    QFETCH(bool, valid);
    QuestionDraft draft = completeQuestion();
    const QString text = repeat(glyph, length);
    if (field == QStringLiteral("question_text"))
        draft.questionText = text;
    else if (field == QStringLiteral("candidate_answer"))
        draft.candidateAnswer = text;
    else if (field == QStringLiteral("interviewer_feedback"))
        draft.interviewerFeedback = text;
    else
        draft.questionCategory = text;
    const std::optional<Error> error = rules::validate(draft, rules::Completeness::Complete);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->code, ErrorCode::ValidationError);
        QVERIFY2(error->details.contains(field), qPrintable(error->details));
    }
}

void TestRules::scores_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("valid");
    QTest::addRow("0") << 0.0 << true;
    QTest::addRow("10") << 10.0 << true;
    QTest::addRow("8.5") << 8.5 << true;
    QTest::addRow("9.25") << 9.25 << true;
    QTest::addRow("-0.1") << -0.1 << false;
    QTest::addRow("10.01") << 10.01 << false;
    QTest::addRow("100") << 100.0 << false;
}

void TestRules::scores()
{
    QFETCH(double, score);
    QFETCH(bool, valid);
    QuestionDraft draft = completeQuestion();
    draft.overallScore = score;
    const std::optional<Error> error = rules::validate(draft, rules::Completeness::Complete);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->code, ErrorCode::InvalidScore);
        QCOMPARE(errorCodeName(error->code), QStringLiteral("INVALID_SCORE"));
    }
}

void TestRules::allFieldErrorsAtOnce()
{
    QuestionDraft draft;
    draft.overallScore = 11;
    const std::optional<Error> error = rules::validate(draft, rules::Completeness::Complete);
    QVERIFY(error);
    // Other problems win over the score: one VALIDATION_ERROR naming every field.
    QCOMPARE(error->code, ErrorCode::ValidationError);
    for (const char *field : {"question_text", "candidate_answer", "interviewer_feedback", "overall_score"})
        QVERIFY2(error->details.contains(QLatin1String(field)), qPrintable(error->details));

    QuestionDraft missingScore = completeQuestion();
    missingScore.overallScore.reset();
    const std::optional<Error> missing = rules::validate(missingScore, rules::Completeness::Complete);
    QVERIFY(missing);
    QCOMPARE(missing->code, ErrorCode::ValidationError);
    QCOMPARE(missing->details, QStringLiteral("overall_score: field required"));
}

void TestRules::draftQuestionMayLackAnswer()
{
    QuestionDraft draft;
    draft.questionText = QStringLiteral("请介绍一下你自己");
    QVERIFY(!rules::validate(draft, rules::Completeness::Draft));
    QVERIFY(rules::validate(draft, rules::Completeness::Complete));
    draft.overallScore = 10.5;
    QCOMPARE(rules::validate(draft, rules::Completeness::Draft)->code, ErrorCode::InvalidScore);
}

void TestRules::durations_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("valid");
    QTest::addRow("9") << 9 << false;
    QTest::addRow("10") << 10 << true;
    QTest::addRow("60") << 60 << true;
    QTest::addRow("300") << 300 << true;
    QTest::addRow("301") << 301 << false;
    QTest::addRow("negative") << -60 << false;
}

void TestRules::durations()
{
    QFETCH(int, minutes);
    QFETCH(bool, valid);
    SessionDraft draft;
    draft.userId = QStringLiteral("u");
    draft.estimatedDuration = minutes;
    const std::optional<Error> error = rules::validate(draft);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QVERIFY(error->details.startsWith(QStringLiteral("estimated_duration: ")));
}

void TestRules::metadataSize()
{
    // {"k":"…"} is 8 bytes of structure plus the value.
    QJsonObject fits {{QStringLiteral("k"), QString(rules::MAX_METADATA_BYTES - 8, u'x')}};
    QJsonObject tooBig {{QStringLiteral("k"), QString(rules::MAX_METADATA_BYTES - 7, u'x')}};
    QVERIFY(rules::isValidMetadata(fits));
    QVERIFY(!rules::isValidMetadata(tooBig));
    SessionPatch patch;
    patch.metadata = tooBig;
    QVERIFY(rules::validate(patch)->details.startsWith(QStringLiteral("metadata: ")));
}

void TestRules::transitions_data()
{
    QTest::addColumn<SessionStatus>("from");
    QTest::addColumn<SessionStatus>("to");
    QTest::addColumn<QString>("expected"); // empty = allowed
    using S = SessionStatus;
    const QString ok;
    const QString started = QStringLiteral("SESSION_ALREADY_STARTED");
    const QString finished = QStringLiteral("SESSION_ALREADY_FINISHED");
    const QString invalid = QStringLiteral("INVALID_SESSION_STATUS");
    QTest::addRow("pending→in_progress") << S::Pending << S::InProgress << ok;
    QTest::addRow("pending→cancelled") << S::Pending << S::Cancelled << ok;
    QTest::addRow("pending→completed") << S::Pending << S::Completed << invalid;
    QTest::addRow("pending→pending") << S::Pending << S::Pending << invalid;
    QTest::addRow("in_progress→completed") << S::InProgress << S::Completed << ok;
    QTest::addRow("in_progress→cancelled") << S::InProgress << S::Cancelled << ok;
    QTest::addRow("in_progress→in_progress") << S::InProgress << S::InProgress << started;
    QTest::addRow("in_progress→pending") << S::InProgress << S::Pending << started;
    for (S from : {S::Completed, S::Cancelled}) {
        for (S to : allValues<SessionStatus>())
            QTest::addRow("%s→%s", qPrintable(toWire(from)), qPrintable(toWire(to))) << from << to << finished;
    }
}

void TestRules::transitions()
{
    QFETCH(SessionStatus, from);
    QFETCH(SessionStatus, to);
    QFETCH(QString, expected);
    const std::optional<Error> error = rules::checkTransition(from, to);
    QCOMPARE(error ? errorCodeName(error->code) : QString(), expected);
}

void TestRules::rounding_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");
    QTest::addRow("8.25") << 8.25 << 8.3;
    QTest::addRow("8.35") << 8.35 << 8.4;
    QTest::addRow("8.333") << 25.0 / 3 << 8.3;
    QTest::addRow("8.666") << 26.0 / 3 << 8.7;
    QTest::addRow("10") << 10.0 << 10.0;
    QTest::addRow("0") << 0.0 << 0.0;
}

void TestRules::rounding()
{
    QFETCH(double, value);
    QFETCH(double, expected);
    QCOMPARE(rules::roundToTenth(value), expected);
}

void TestRules::sessionIdFormat()
{
    const qint64 created = QDateTime(QDate(2025, 9, 5), QTime(13, 32, 19)).toMSecsSinceEpoch();
    const QString id = ids::makeSessionId(created);
    QVERIFY2(id.startsWith(QStringLiteral("session_20250905_133219_")), qPrintable(id));
    QVERIFY(ids::isSessionId(id));
    QVERIFY(!ids::isSessionId(QStringLiteral("session_20250905_133219_0A1F0199")));
    QVERIFY(!ids::isSessionId(QStringLiteral("session_20250905_133219_0a1f019")));
    // The suffix is random: a thousand IDs of the same second do not collide.
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(ids::makeSessionId(created));
    QCOMPARE(seen.size(), 1000);
}

void TestRules::questionIds_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("1") << 1 << QStringLiteral("_q001");
    QTest::addRow("50") << 50 << QStringLiteral("_q050");
    QTest::addRow("400") << 400 << QStringLiteral("_q400");
    QTest::addRow("1000") << 1000 << QStringLiteral("_q1000");
}

void TestRules::questionIds()
{
    QFETCH(int, position);
    QFETCH(QString, suffix);
    const QString session = QStringLiteral("session_20250905_133219_0a1f0199");
    const QString id = ids::makeQuestionId(session, position);
    QCOMPARE(id, session + suffix);
    const auto parsed = ids::parseQuestionId(id);
    QVERIFY(parsed);
    QCOMPARE(parsed->first, session);
    QCOMPARE(parsed->second, position);
}

void TestRules::wireTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("date") << QStringLiteral("2025-09-05") << true;
    QTest::addRow("seconds") << QStringLiteral("2025-09-05T13:32:19") << true;
    QTest::addRow("minutes") << QStringLiteral("2025-09-05T13:32") << true;
    QTest::addRow("space") << QStringLiteral("2025-09-05 13:32:19") << true;
    QTest::addRow("utc") << QStringLiteral("2025-09-05T05:32:19Z") << true;
    QTest::addRow("offset") << QStringLiteral("2025-09-05T13:32:19+08:00") << true;
    QTest::addRow("fraction") << QStringLiteral("2025-09-05T13:32:19.5239") << true;
    QTest::addRow("garbage") << QStringLiteral("yesterday") << false;
    QTest::addRow("month 13") << QStringLiteral("2025-13-05") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestRules::wireTime()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<qint64> parsed = wiretime::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (text == QStringLiteral("2025-09-05T13:32:19") || text == QStringLiteral("2025-09-05T05:32:19Z")
        || text == QStringLiteral("2025-09-05T13:32:19+08:00")) {
        // TZ is Asia/Shanghai in tests: all three are the same instant.
        QCOMPARE(wiretime::format(*parsed), QStringLiteral("2025-09-05T13:32:19"));
    }
}

void TestRules::wireTimePeriodEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("after"); // milliseconds after the start of the period
    QTest::addRow("second") << QStringLiteral("2025-09-05T13:32:19") << qint64(999);
    QTest::addRow("minute") << QStringLiteral("2025-09-05T13:32") << qint64(59'999);
    QTest::addRow("day") << QStringLiteral("2025-09-05") << qint64(86'399'999);
    QTest::addRow("instant") << QStringLiteral("2025-09-05T13:32:19.250") << qint64(0);
    QTest::addRow("second, utc") << QStringLiteral("2025-09-05T05:32:19Z") << qint64(999);
}

void TestRules::wireTimePeriodEnd()
{
    QFETCH(QString, text);
    QFETCH(qint64, after);
    QCOMPARE(wiretime::parseEnd(text), *wiretime::parse(text) + after);
    QVERIFY(!wiretime::parseEnd(QStringLiteral("tomorrow")));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
