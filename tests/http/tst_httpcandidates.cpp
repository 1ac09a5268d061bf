// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Candidates, comparison, calibration and the candidate's data rights (issue 13) against the live
// server: the profile rules a row each, list filters and paging, comparison and calibration figures
// against hand-computed values, the person's export (every stored field, the download headers),
// erasure (the person, their sessions and cached replies gone, the audit log naming a hash, the
// request log never naming them) and the audit log's paging.
#include "interviewservice.h"
#include "serverfixture.h"
#include "wiretime.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace ir;
using namespace ir::test;
using namespace Qt::StringLiterals;

namespace {

QuestionDraft question(const QString &text, double score, QuestionType type = QuestionType::Technical)
{
    QuestionDraft draft;
    draft.questionText = text;
    draft.questionType = type;
    draft.candidateAnswer = u"回答"_s;
    draft.interviewerFeedback = u"反馈"_s;
    draft.overallScore = score;
    return draft;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString errorCode(const HttpResult &result)
{
    return result.json.value(u"error_code"_s).toString();
}

} // namespace

class TestHttpCandidates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void profileRules_data();
    void profileRules();
    void listFiltersAndPaging();
    void comparisonFigures();
    void compareCountRule_data();
    void compareCountRule();
    void interviewerFigures();
    void exportHoldsEverything();
    void erasure();
    void auditPaging();

private:
    Session create(const QString &userId, const QString &interviewer = {}, const QString &kitId = {});
    InterviewService &service() { return m_server->db().service(); }
    HttpClient &client() { return m_server->client(); }

    std::unique_ptr<ServerFixture> m_server;
};

void TestHttpCandidates::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->start());
}

void TestHttpCandidates::cleanup()
{
    m_server.reset();
}

Session TestHttpCandidates::create(const QString &userId, const QString &interviewer, const QString &kitId)
{
    SessionDraft draft;
    draft.userId = userId;
    draft.interviewer = interviewer;
    draft.kitId = kitId;
    m_server->db().clock().advance(1000);
    const Result<Session> session = service().createSession(draft, Source::Api);
    return session ? *session : Session {};
}

void TestHttpCandidates::profileRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem"); // the field the error names first; empty: accepted
    QTest::addColumn<QString>("email"); // the stored e-mail afterwards (it starts as old@example.com)
    const QByteArray name201 = QString(201, u'名').toUtf8();
    QTest::newRow("valid") << QByteArray(R"({"email":"a@example.com","position":"后端工程师"})") << QString()
                           << u"a@example.com"_s;
    QTest::newRow("display name at the limit")
        << QByteArray(R"({"display_name":")" + QString(200, u'名').toUtf8() + "\"}") << QString()
        << u"old@example.com"_s;
    QTest::newRow("nothing") << QByteArray("{}") << u"body"_s << u"old@example.com"_s;
    QTest::newRow("empty string keeps") << QByteArray(R"({"email":""})") << u"body"_s << u"old@example.com"_s;
    QTest::newRow("null clears") << QByteArray(R"({"email":null})") << QString() << QString();
    QTest::newRow("name too long") << QByteArray(R"({"display_name":")" + name201 + "\"}") << u"display_name"_s
                                   << u"old@example.com"_s;
    QTest::newRow("name not text") << QByteArray(R"({"display_name":5,"email":"b@example.com"})") << u"display_name"_s
                                   << u"old@example.com"_s;
    QTest::newRow("email too long") << QByteArray(R"({"email":")" + QByteArray(201, 'a') + "\"}") << u"email"_s
                                    << u"old@example.com"_s;
    QTest::newRow("position too long") << QByteArray(R"({"position":")" + QByteArray(201, 'p') + "\"}") << u"position"_s
                                       << u"old@example.com"_s;
    QTest::newRow("notes too long") << QByteArray(R"({"notes":")" + QString(5001, u'注').toUtf8() + "\"}") << u"notes"_s
                                    << u"old@example.com"_s;
    QTest::newRow("notes at the limit") << QByteArray(R"({"notes":")" + QString(5000, u'注').toUtf8() + "\"}")
                                        << QString() << u"old@example.com"_s;
}

void TestHttpCandidates::profileRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    QFETCH(QString, email);
    create(u"bob"_s);
    QCOMPARE(client().put(u"/candidates/bob"_s, R"({"email":"old@example.com"})").status, 200);
    const QJsonObject before = client().get(u"/candidates/bob"_s).json.value(u"data"_s).toObject();
    m_server->db().clock().advance(1000);
    const HttpResult result = client().put(u"/candidates/bob"_s, body);
    const QJsonObject after = client().get(u"/candidates/bob"_s).json.value(u"data"_s).toObject();
    QCOMPARE(after.value(u"email"_s).toString(), email);
    if (problem.isEmpty()) {
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"message"_s).toString(), u"更新成功"_s);
        QCOMPARE(result.json.value(u"data"_s).toObject(), after);
        QVERIFY(after.value(u"updated_at"_s) != before.value(u"updated_at"_s));
    } else {
        QCOMPARE(result.status, 400);
        QCOMPARE(errorCode(result), u"VALIDATION_ERROR"_s);
        const QString details = result.json.value(u"details"_s).toString();
        QVERIFY2(details.startsWith(problem), qPrintable(details));
        QCOMPARE(after, before);
    }
    // Nobody of that id: not made by a PUT.
    const HttpResult nobody = client().put(u"/candidates/nobody"_s, R"({"email":"x@example.com"})");
    QCOMPARE(nobody.status, 404);
    QCOMPARE(errorCode(nobody), u"CANDIDATE_NOT_FOUND"_s);
}

void TestHttpCandidates::listFiltersAndPaging()
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
    QCOMPARE(client().put(u"/candidates/ben"_s, R"({"position":"前端","display_name":"Ben Li"})").status, 200);

    const HttpResult all = client().get(u"/candidates"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(u"message"_s).toString(), u"获取成功"_s);
    QCOMPARE(jsonAt(all.json, u"data.total"_s).toInt(), 2);
    QCOMPARE(jsonAt(all.json, u"data.page"_s).toInt(), 1);
    QCOMPARE(jsonAt(all.json, u"data.page_size"_s).toInt(), 20);
    QCOMPARE(jsonAt(all.json, u"data.items.0.user_id"_s).toString(), u"ben"_s); // newest interview first
    const QJsonObject amy = jsonAt(all.json, u"data.items.1"_s).toObject();
    QCOMPARE(amy.value(u"sessions"_s).toInt(), 2);
    QCOMPARE(amy.value(u"average_score"_s).toDouble(), 7.5); // (6 + 9 + 7.5) / 3
    QCOMPARE(amy.value(u"latest_recommendation"_s).toString(), u"yes"_s);
    QCOMPARE(amy.value(u"last_session_at"_s).toString(), wiretime::format(a2.createdAt));
    QCOMPARE(amy.value(u"created_at"_s).toString(), wiretime::format(a1.createdAt));
    for (const char *field : {"user_id", "display_name", "email", "position", "notes", "created_at", "updated_at",
                              "sessions", "last_session_at", "average_score", "latest_recommendation"})
        QVERIFY2(amy.contains(QLatin1String(field)), field);
    QCOMPARE(client().get(u"/candidates/amy"_s).json.value(u"data"_s).toObject(), amy);
    const QJsonObject ben = jsonAt(all.json, u"data.items.0"_s).toObject();
    QVERIFY(ben.value(u"average_score"_s).isNull());
    QCOMPARE(ben.value(u"latest_recommendation"_s).toString(), u"no_decision"_s);

    // Filters: the position exactly, text in the id or the name (case-insensitive).
    const HttpResult frontEnd = client().get(u"/candidates?position="_s + encoded(u"前端"_s));
    QCOMPARE(jsonAt(frontEnd.json, u"data.total"_s).toInt(), 1);
    QCOMPARE(jsonAt(frontEnd.json, u"data.items.0.user_id"_s).toString(), u"ben"_s);
    QCOMPARE(jsonAt(client().get(u"/candidates?position=%E5%89%8D"_s).json, u"data.total"_s).toInt(), 0);
    QCOMPARE(jsonAt(client().get(u"/candidates?q=AM"_s).json, u"data.items.0.user_id"_s).toString(), u"amy"_s);
    QCOMPARE(jsonAt(client().get(u"/candidates?q=ben+li"_s).json, u"data.items.0.user_id"_s).toString(), u"ben"_s);
    QCOMPARE(jsonAt(client().get(u"/candidates?q=zzz"_s).json, u"data.total"_s).toInt(), 0);

    // Paging, with numbers as text (Dify).
    const HttpResult second = client().get(u"/candidates?page=2&page_size=1"_s);
    QCOMPARE(jsonAt(second.json, u"data.total"_s).toInt(), 2);
    QCOMPARE(jsonAt(second.json, u"data.items"_s).toArray().size(), 1);
    QCOMPARE(jsonAt(second.json, u"data.items.0.user_id"_s).toString(), u"amy"_s);
    QCOMPARE(jsonAt(second.json, u"data.page"_s).toInt(), 2);
    QCOMPARE(jsonAt(client().get(u"/candidates?page=3&page_size=1"_s).json, u"data.items"_s).toArray().size(), 0);
    for (const auto &[query, field] :
         {std::pair {u"page=0"_s, u"page"_s}, std::pair {u"page=abc"_s, u"page"_s},
          std::pair {u"page_size=0"_s, u"page_size"_s}, std::pair {u"page_size=101"_s, u"page_size"_s}}) {
        const HttpResult invalid = client().get(u"/candidates?"_s + query);
        QCOMPARE(invalid.status, 400);
        QCOMPARE(errorCode(invalid), u"VALIDATION_ERROR"_s);
        QVERIFY2(invalid.json.value(u"details"_s).toString().startsWith(field), qPrintable(query));
    }
    const HttpResult nobody = client().get(u"/candidates/nobody"_s);
    QCOMPARE(nobody.status, 404);
    QCOMPARE(errorCode(nobody), u"CANDIDATE_NOT_FOUND"_s);
}

void TestHttpCandidates::comparisonFigures()
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
        const Session session = create(user, {}, kit.kitId);
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
    const Session c2 = interview(u"cat"_s, 3, 3);
    QVERIFY(service().addQuestion(c2.sessionId, question(u"丙"_s, 7, QuestionType::Technical), Source::Api));
    interview(u"dan"_s, 1, 4);
    QCOMPARE(client().put(u"/candidates/dan"_s, R"({"display_name":"丹","position":"后端"})").status, 200);

    // Repeated, and comma-separated as Dify sends one value.
    for (const QString &query : {u"user_id=cat&user_id=dan"_s, u"user_id=cat,dan"_s, u"user_id=cat%2C%20dan"_s}) {
        const HttpResult result = client().get(u"/compare?"_s + query);
        QCOMPARE(result.status, 200);
        const QJsonArray rows = result.json.value(u"data"_s).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject cat = rows.at(0).toObject();
        QCOMPARE(cat.value(u"user_id"_s).toString(), u"cat"_s);
        QCOMPARE(cat.value(u"sessions"_s).toInt(), 2);
        QCOMPARE(cat.value(u"average_score"_s).toDouble(), 6.7); // (8 + 5 + 7) / 3 = 6.67
        QCOMPARE(jsonAt(cat, u"average_by_type.technical"_s).toDouble(), 7.5); // (8 + 7) / 2
        QCOMPARE(jsonAt(cat, u"average_by_type.behavioral"_s).toDouble(), 5.0);
        QCOMPARE(cat.value(u"average_by_type"_s).toObject().size(), 2);
        QCOMPARE(jsonAt(cat, u"competencies.coding"_s).toDouble(), 3.5); // (2·4 + 2·3) / (2 + 2)
        QCOMPARE(jsonAt(cat, u"competencies.design"_s).toDouble(), 2.5); // (2 + 3) / 2
        QCOMPARE(cat.value(u"latest_recommendation"_s).toString(), u"yes"_s);
        const QJsonObject dan = rows.at(1).toObject();
        QCOMPARE(dan.value(u"display_name"_s).toString(), u"丹"_s);
        QVERIFY(dan.value(u"average_score"_s).isNull());
        QVERIFY(dan.value(u"average_by_type"_s).toObject().isEmpty());
        QCOMPARE(jsonAt(dan, u"competencies.coding"_s).toDouble(), 1.0);
        QCOMPARE(jsonAt(dan, u"competencies.design"_s).toDouble(), 4.0);
        QCOMPARE(dan.value(u"latest_recommendation"_s).toString(), u"no"_s);
    }
    const HttpResult unknown = client().get(u"/compare?user_id=cat&user_id=nobody"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), u"CANDIDATE_NOT_FOUND"_s);

    const HttpResult byPosition = client().get(u"/compare?position="_s + encoded(u"后端"_s));
    QCOMPARE(byPosition.status, 200);
    QCOMPARE(byPosition.json.value(u"data"_s).toArray().size(), 1);
    QCOMPARE(jsonAt(byPosition.json, u"data.0.user_id"_s).toString(), u"dan"_s);
    QCOMPARE(client().get(u"/compare?position=nowhere"_s).json.value(u"data"_s).toArray().size(), 0);
    const HttpResult both = client().get(u"/compare?user_id=cat,dan&position=x"_s);
    QCOMPARE(errorCode(both), u"VALIDATION_ERROR"_s);
    QVERIFY(both.json.value(u"details"_s).toString().startsWith(u"user_id"_s));
}

void TestHttpCandidates::compareCountRule_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("commas");
    QTest::addColumn<bool>("valid");
    QTest::newRow("none") << 0 << false << false;
    QTest::newRow("one") << 1 << false << false;
    QTest::newRow("one, twice") << -1 << false << false;
    QTest::newRow("two") << 2 << false << true;
    QTest::newRow("ten") << 10 << false << true;
    QTest::newRow("ten, commas") << 10 << true << true;
    QTest::newRow("eleven") << 11 << false << false;
    QTest::newRow("eleven, commas") << 11 << true << false;
}

void TestHttpCandidates::compareCountRule()
{
    QFETCH(int, count);
    QFETCH(bool, commas);
    QFETCH(bool, valid);
    QStringList users;
    for (int i = 0; i < std::abs(count); ++i) {
        users << u"p%1"_s.arg(i);
        create(users.last());
    }
    if (count < 0)
        users << users.first(); // a repeated id counts once
    const QString query = commas ? u"user_id="_s + users.join(u',') : u"user_id="_s + users.join(u"&user_id="_s);
    const HttpResult result = client().get(u"/compare?"_s + (users.isEmpty() ? QString() : query));
    if (valid) {
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(u"data"_s).toArray().size(), users.size());
        return;
    }
    QCOMPARE(result.status, 400);
    QCOMPARE(errorCode(result), u"VALIDATION_ERROR"_s);
    QVERIFY2(result.json.value(u"details"_s).toString().startsWith(u"user_id"_s),
             qPrintable(result.json.value(u"details"_s).toString()));
}

void TestHttpCandidates::interviewerFigures()
{
    const Session s1 = create(u"eve"_s, u"王"_s);
    const Session s2 = create(u"fay"_s, u"王"_s);
    create(u"gus"_s, u"李"_s);
    const Session unnamed = create(u"hal"_s);
    QVERIFY(service().addQuestion(unnamed.sessionId, question(u"四"_s, 4), Source::Ui));
    const QString q1 = service().addQuestion(s1.sessionId, question(u"一"_s, 6), Source::Api)->record.questionId;
    const QString q2 = service().addQuestion(s1.sessionId, question(u"二"_s, 8), Source::Api)->record.questionId;
    QVERIFY(service().addQuestion(s2.sessionId, question(u"三"_s, 10), Source::Ui));
    // The interviewer moves the posted scores in the window: 6 → 7 → 9 (the posted 6 stays), 8 → 5.
    QuestionPatch patch;
    for (const auto &[id, score] : {std::pair {q1, 7.0}, std::pair {q1, 9.0}, std::pair {q2, 5.0}}) {
        patch.overallScore = std::optional<double>(score);
        QVERIFY(service().updateQuestion(id, patch, Source::Ui));
    }
    SessionPatch verdict;
    verdict.recommendation = Recommendation::StrongYes;
    QVERIFY(service().updateSession(s2.sessionId, verdict, Source::Ui));

    const HttpResult result = client().get(u"/stats/interviewers"_s);
    QCOMPARE(result.status, 200);
    const QJsonArray rows = result.json.value(u"data"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QJsonObject wang, li, nobody;
    for (const QJsonValue &row : rows) {
        const QJsonValue name = row.toObject().value(u"interviewer"_s);
        (name.isNull() ? nobody : name.toString() == u"王"_s ? wang : li) = row.toObject();
    }
    QCOMPARE(wang.value(u"sessions"_s).toInt(), 2);
    QCOMPARE(wang.value(u"questions"_s).toInt(), 3);
    QCOMPARE(wang.value(u"mean_score"_s).toDouble(), 8.0); // 9, 5, 10
    QCOMPARE(wang.value(u"score_stddev"_s).toDouble(), 2.2); // sqrt((1² + 3² + 2²) / 3) = 2.16
    const QJsonObject counts = wang.value(u"recommendations"_s).toObject();
    QCOMPARE(counts.size(), 5); // every recommendation, also those never given
    QCOMPARE(counts.value(u"strong_yes"_s).toInt(), 1);
    QCOMPARE(counts.value(u"no_decision"_s).toInt(), 1);
    QCOMPARE(counts.value(u"no"_s).toInt(), 0);
    // Only the API-posted questions a person changed: ((9 − 6) + (5 − 8)) / 2.
    QCOMPARE(jsonAt(wang, u"ai_review.questions"_s).toInt(), 2);
    QCOMPARE(jsonAt(wang, u"ai_review.mean_delta"_s).toDouble(), 0.0);
    QVERIFY(jsonAt(wang, u"ai_review.mean_delta"_s).isDouble());
    QCOMPARE(li.value(u"interviewer"_s).toString(), u"李"_s);
    QCOMPARE(li.value(u"sessions"_s).toInt(), 1);
    QVERIFY(li.value(u"mean_score"_s).isNull());
    QVERIFY(li.value(u"score_stddev"_s).isNull());
    QVERIFY(jsonAt(li, u"ai_review.mean_delta"_s).isNull());
    QCOMPARE(jsonAt(li, u"ai_review.questions"_s).toInt(), 0);
    QCOMPARE(nobody.value(u"sessions"_s).toInt(), 1);
    QCOMPARE(nobody.value(u"mean_score"_s).toDouble(), 4.0);
    QCOMPARE(nobody.value(u"score_stddev"_s).toDouble(), 0.0);
}

void TestHttpCandidates::exportHoldsEverything()
{
    // Every stored text of the person carries a marker of its own.
    const QString userId = u"张 三/ü"_s;
    Kit draft;
    draft.name = u"导出套件"_s;
    Competency coding;
    coding.key = u"coding"_s;
    coding.name = u"M-competency-name"_s;
    coding.description = u"M-competency-description"_s;
    coding.rubric = {u"M-rubric-1"_s, u"M-rubric-2"_s, u"M-rubric-3"_s, u"M-rubric-4"_s};
    draft.competencies = {coding};
    const Kit kit = service().createKit(draft).value();
    SessionDraft s;
    s.userId = userId;
    s.sessionName = u"M-session-name"_s;
    s.notes = u"M-session-notes"_s;
    s.interviewer = u"M-interviewer"_s;
    s.kitId = kit.kitId;
    s.metadata.insert(u"candidate_name"_s, u"M-metadata-name"_s);
    const Session session = service().createSession(s, Source::Api).value();
    QuestionDraft q = question(u"M-question-text"_s, 6.5);
    q.questionCategory = u"M-category"_s;
    q.candidateAnswer = u"M-answer"_s;
    q.interviewerFeedback = u"M-feedback"_s;
    const QString questionId = service().addQuestion(session.sessionId, q, Source::Api)->record.questionId;
    ScorecardPatch card;
    card.ratings = {RatingPatch {u"coding"_s, std::optional<int>(3), u"M-rating-note"_s}};
    card.strengths = u"M-strengths"_s;
    card.concerns = u"M-concerns"_s;
    QVERIFY(service().updateScorecard(session.sessionId, card, Source::Ui));
    const QString path = u"/candidates/"_s + encoded(userId);
    QCOMPARE(client()
                 .put(path,
                      R"({"email":"M-email@example.com","position":"M-position","notes":"M-profile-notes",)"
                      R"("display_name":"M-display-name"})")
                 .status,
             200);
    create(u"somebody-else"_s);

    const qint64 writes = m_server->db().writer().writeCount();
    const HttpResult result = client().get(path + u"/export"_s);
    QCOMPARE(result.status, 200);
    // A read that writes (the audit entry): it went through the writer, not a reader.
    QCOMPARE(m_server->db().writer().writeCount(), writes + 1);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    // A download, its name without the id's spaces, slashes or non-ASCII bytes.
    // 张 (3 bytes), space, 三 (3 bytes), slash, ü (2 bytes).
    QCOMPARE(result.header("content-disposition"),
             "attachment; filename=\"candidate-" + QByteArray(10, '_') + ".json\"");
    for (const char *marker :
         {"M-competency-name", "M-competency-description", "M-rubric-1", "M-rubric-4", "M-session-name",
          "M-session-notes", "M-interviewer", "M-metadata-name", "M-question-text", "M-category", "M-answer",
          "M-feedback", "M-rating-note", "M-strengths", "M-concerns", "M-email@example.com", "M-position",
          "M-profile-notes", "M-display-name"})
        QVERIFY2(result.body.contains(marker), marker);
    QVERIFY(!result.body.contains("somebody-else"));
    const QJsonObject document = result.json;
    QCOMPARE(document.value(u"format"_s).toString(), u"interview-recorder-export"_s);
    const QJsonObject profile = document.value(u"profile"_s).toObject();
    QCOMPARE(profile.value(u"user_id"_s).toString(), userId);
    for (const char *field : {"display_name", "email", "position", "notes", "created_at", "updated_at"})
        QVERIFY2(!profile.value(QLatin1String(field)).toString().isEmpty(), field);
    const QJsonArray sessions = document.value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject exported = sessions.at(0).toObject();
    // Every stored field of the session, its question and its scorecard.
    for (const char *field :
         {"session_id",         "user_id",        "session_name", "session_type", "difficulty_level", "status",
          "estimated_duration", "recommendation", "notes",        "metadata",     "created_at",       "updated_at",
          "start_time",         "end_time",       "source",       "updated_by",   "interviewer",      "kit_id",
          "questions",          "plan",           "scorecard"})
        QVERIFY2(exported.contains(QLatin1String(field)), field);
    QCOMPARE(exported.value(u"session_id"_s).toString(), session.sessionId);
    const QJsonObject exportedQuestion = jsonAt(exported, u"questions.0"_s).toObject();
    QCOMPARE(exportedQuestion.value(u"question_id"_s).toString(), questionId);
    QCOMPARE(exportedQuestion.value(u"overall_score"_s).toDouble(), 6.5);
    for (const char *field : {"question_text", "question_type", "question_category", "candidate_answer",
                              "interviewer_feedback", "created_at", "updated_at", "position"})
        QVERIFY2(exportedQuestion.contains(QLatin1String(field)), field);
    QCOMPARE(jsonAt(exported, u"scorecard.competency_ratings.0.rating"_s).toInt(), 3);

    // The export is on record, without the id itself.
    const HttpResult audit = client().get(u"/audit"_s);
    QCOMPARE(jsonAt(audit.json, u"data.items.0.action"_s).toString(), u"person_export"_s);
    QCOMPARE(jsonAt(audit.json, u"data.items.0.actor"_s).toString(), u"api"_s);
    QCOMPARE(jsonAt(audit.json, u"data.items.0.count"_s).toInt(), 1);
    QCOMPARE(jsonAt(audit.json, u"data.items.0.subject"_s).toString(), InterviewService::erasedSubject(userId));
    const HttpResult nobody = client().get(u"/candidates/nobody/export"_s);
    QCOMPARE(nobody.status, 404);
    QCOMPARE(errorCode(nobody), u"CANDIDATE_NOT_FOUND"_s);
}

void TestHttpCandidates::erasure()
{
    const QString kept = m_server->createSession(1, u"stays"_s);
    const Session first = create(u"ivy"_s);
    QVERIFY(service().addQuestion(first.sessionId, question(u"一"_s, 6), Source::Api));
    QVERIFY(service().addQuestion(first.sessionId, question(u"二"_s, 7), Source::Api));
    const Session second = create(u"ivy"_s);
    QVERIFY(service().addQuestion(second.sessionId, question(u"三"_s, 8), Source::Api));
    // A summary the server caches.
    const QString summary = u"/dify/interview/"_s + first.sessionId + u"/summary"_s;
    QCOMPARE(client().get(summary).status, 200);
    QCOMPARE(client().get(summary).status, 200);

    QSignalSpy logged(&m_server->host(), &ServerControl::requestLogged);
    const HttpResult erased = client().send("DELETE", u"/candidates/ivy"_s);
    QCOMPARE(erased.status, 200);
    QCOMPARE(erased.json,
             (QJsonObject {{u"success"_s, true},
                           {u"user_id"_s, u"ivy"_s},
                           {u"erased"_s, QJsonObject {{u"sessions"_s, 2}, {u"questions"_s, 3}}},
                           {u"message"_s, u"删除成功"_s}}));
    // The request log shows the erasure without naming the person.
    const auto deletion = [&logged]() -> std::optional<RequestLogEntry> {
        for (const QList<QVariant> &arguments : logged) {
            const auto entry = arguments.first().value<RequestLogEntry>();
            if (entry.method == u"DELETE"_s)
                return entry;
        }
        return std::nullopt;
    };
    QTRY_VERIFY(deletion());
    QCOMPARE(deletion()->path, u"/candidates/{user_id}"_s);
    QCOMPARE(deletion()->status, 200);

    for (const QString &gone : {u"/candidates/ivy"_s, u"/candidates/ivy/export"_s}) {
        const HttpResult result = client().get(gone);
        QCOMPARE(result.status, 404);
        QCOMPARE(errorCode(result), u"CANDIDATE_NOT_FOUND"_s);
    }
    for (const QString &gone :
         QStringList {u"/sessions/"_s + first.sessionId, u"/sessions/"_s + second.sessionId, summary}) {
        const HttpResult result = client().get(gone);
        QCOMPARE(result.status, 404);
        QCOMPARE(errorCode(result), u"SESSION_NOT_FOUND"_s);
    }
    QCOMPARE(jsonAt(client().get(u"/records?user_id=ivy"_s).json, u"data.total"_s).toInt(), 0);
    QCOMPARE(client().get(u"/sessions/"_s + kept).status, 200);
    QCOMPARE(jsonAt(client().get(u"/candidates"_s).json, u"data.total"_s).toInt(), 1);

    const HttpResult audit = client().get(u"/audit"_s);
    const QJsonObject entry = jsonAt(audit.json, u"data.items.0"_s).toObject();
    QCOMPARE(entry.value(u"action"_s).toString(), u"erasure"_s);
    QCOMPARE(entry.value(u"actor"_s).toString(), u"api"_s);
    QCOMPARE(entry.value(u"count"_s).toInt(), 2);
    QCOMPARE(entry.value(u"subject"_s).toString(), InterviewService::erasedSubject(u"ivy"_s));
    QVERIFY(!audit.body.contains("ivy"));

    const HttpResult again = client().send("DELETE", u"/candidates/ivy"_s);
    QCOMPARE(again.status, 404);
    QCOMPARE(errorCode(again), u"CANDIDATE_NOT_FOUND"_s);
}

void TestHttpCandidates::auditPaging()
{
    for (const QString &user : {u"a1"_s, u"a2"_s, u"a3"_s}) {
        create(user);
        m_server->db().clock().advance(1000);
        QCOMPARE(client().get(u"/candidates/"_s + user + u"/export"_s).status, 200);
    }
    const HttpResult first = client().get(u"/audit?page_size=2"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(jsonAt(first.json, u"data.total"_s).toInt(), 3);
    QCOMPARE(jsonAt(first.json, u"data.page_size"_s).toInt(), 2);
    QCOMPARE(jsonAt(first.json, u"data.items"_s).toArray().size(), 2);
    // Newest first.
    QCOMPARE(jsonAt(first.json, u"data.items.0.subject"_s).toString(), InterviewService::erasedSubject(u"a3"_s));
    const QJsonObject entry = jsonAt(first.json, u"data.items.0"_s).toObject();
    QCOMPARE(QStringList(entry.keys()), (QStringList {u"action"_s, u"actor"_s, u"at"_s, u"count"_s, u"subject"_s}));
    QCOMPARE(entry.value(u"at"_s).toString(), wiretime::format(m_server->db().clock().nowMs()));
    const HttpResult second = client().get(u"/audit?page=2&page_size=2"_s);
    QCOMPARE(jsonAt(second.json, u"data.items"_s).toArray().size(), 1);
    QCOMPARE(jsonAt(second.json, u"data.items.0.subject"_s).toString(), InterviewService::erasedSubject(u"a1"_s));
    QCOMPARE(jsonAt(second.json, u"data.page"_s).toInt(), 2);
    for (const auto &[query, field] :
         {std::pair {u"page=0"_s, u"page"_s}, std::pair {u"page_size=1000"_s, u"page_size"_s}}) {
        const HttpResult invalid = client().get(u"/audit?"_s + query);
        QCOMPARE(invalid.status, 400);
        QVERIFY2(invalid.json.value(u"details"_s).toString().startsWith(field), qPrintable(query));
    }
    // The log is append-only: no route writes to it.
    QCOMPARE(client().send("DELETE", u"/audit"_s).status, 405);
    QCOMPARE(client().put(u"/audit"_s, "{}").status, 405);
}

QTEST_GUILESS_MAIN(TestHttpCandidates)
#include "tst_httpcandidates.moc"
