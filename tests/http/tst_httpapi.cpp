// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of spec/api.md against the live server: every endpoint, every domain error
// code, lenient input as Dify sends it, idempotent retries (also after a restart).
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ir;
using namespace ir::test;

using Expectations = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Expectations)

namespace {

const QString SESSION_ID_PATTERN = QStringLiteral("~^session_\\d{8}_\\d{6}_[0-9a-f]{8}$");

QByteArray addQa(const QString &sessionId, const QString &text, const QByteArray &score = "8.5",
                 const QByteArray &extra = {})
{
    return "{\"session_id\":\"" + sessionId.toUtf8() + "\",\"question_text\":\"" + text.toUtf8()
        + "\",\"question_type\":\"technical\",\"question_category\":\"编程基础\",\"candidate_answer\":\"回答\","
          "\"interviewer_feedback\":\"反馈\",\"overall_score\":"
        + score + extra + "}";
}

QString compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void verifyExpectations(const QJsonObject &json, const Expectations &expectations)
{
    for (const auto &[path, expected] : expectations) {
        const QJsonValue actual = jsonAt(json, path);
        if (expected.startsWith(u'~')) {
            QVERIFY2(QRegularExpression(expected.mid(1)).match(actual.toString()).hasMatch(),
                     qPrintable(path + QStringLiteral(" = ") + compact(actual)));
        } else if (expected.startsWith(QStringLiteral("#"))) {
            QCOMPARE(actual.toArray().size(), expected.mid(1).toInt());
        } else {
            QVERIFY2(compact(actual) == expected,
                     qPrintable(path + QStringLiteral(": ") + compact(actual) + QStringLiteral(" != ") + expected));
        }
    }
}

} // namespace

class TestHttpApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void endpoints_data();
    void endpoints();
    void errors_data();
    void errors();
    void lenientInput_data();
    void lenientInput();
    void identicalRetryReturnsExistingQuestion();
    void idempotencyKey_data();
    void idempotencyKey();
    void idempotencyKeyReusedWithAnotherBody();
    void idempotencySurvivesRestart();
    void unicodeRoundTrip();
    void listTotalCountsEveryMatch();
    void compactUtf8Json();

private:
    QString substitute(QString text) const { return text.replace(QStringLiteral("{sid}"), m_sessionId); }

    std::unique_ptr<ServerFixture> m_server;
    QString m_sessionId;
};

void TestHttpApi::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    m_sessionId = m_server->createSession(2);
    QVERIFY(m_server->start());
}

void TestHttpApi::cleanup()
{
    m_server.reset();
}

void TestHttpApi::endpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<Expectations>("expect");

    QTest::addRow("GET /health") << QByteArray("GET") << QStringLiteral("/health") << QByteArray() << 200
                                 << Expectations {
                                        {QStringLiteral("status"), QStringLiteral("\"healthy\"")},
                                        {QStringLiteral("database_connected"), QStringLiteral("true")},
                                        {QStringLiteral("external_services"), QStringLiteral("{}")},
                                        {QStringLiteral("stats.service_name"), QStringLiteral("\"interview-service\"")},
                                        {QStringLiteral("stats.database_status"), QStringLiteral("\"connected\"")},
                                        {QStringLiteral("timestamp"),
                                         QStringLiteral("~^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$")}};
    QTest::addRow("POST /dify/interview/create")
        << QByteArray("POST") << QStringLiteral("/dify/interview/create")
        << QByteArray(R"({"user_id":"user_001","session_name":"Python开发工程师面试","difficulty_level":"medium"})")
        << 200
        << Expectations {{QStringLiteral("success"), QStringLiteral("true")},
                         {QStringLiteral("session_id"), SESSION_ID_PATTERN},
                         {QStringLiteral("user_id"), QStringLiteral("\"user_001\"")},
                         {QStringLiteral("session_name"), QStringLiteral("\"Python开发工程师面试\"")},
                         {QStringLiteral("status"), QStringLiteral("\"pending\"")},
                         {QStringLiteral("created_at"), QStringLiteral("\"2025-09-05T13:32:19\"")},
                         {QStringLiteral("message"), QStringLiteral("\"面试记录创建成功\"")}};
    QTest::addRow("POST /dify/interview/add-qa")
        << QByteArray("POST") << QStringLiteral("/dify/interview/add-qa")
        << addQa(QStringLiteral("{sid}"), QStringLiteral("新问题")) << 200
        << Expectations {{QStringLiteral("success"), QStringLiteral("true")},
                         {QStringLiteral("question_id"), QStringLiteral("\"{sid}_q003\"")},
                         {QStringLiteral("session_id"), QStringLiteral("\"{sid}\"")},
                         {QStringLiteral("status"), QStringLiteral("\"added\"")},
                         {QStringLiteral("message"), QStringLiteral("\"题目和回答添加成功\"")}};
    QTest::addRow("GET /dify/interview/{user_id}/latest")
        << QByteArray("GET") << QStringLiteral("/dify/interview/user_001/latest") << QByteArray() << 200
        << Expectations {{QStringLiteral("user_id"), QStringLiteral("\"user_001\"")},
                         {QStringLiteral("latest_session.session_id"), QStringLiteral("\"{sid}\"")},
                         {QStringLiteral("latest_session.status"), QStringLiteral("\"pending\"")},
                         {QStringLiteral("latest_session.created_at"), QStringLiteral("\"2025-09-05T13:32:19\"")},
                         {QStringLiteral("message"), QStringLiteral("\"获取成功\"")}};
    QTest::addRow("GET latest of a user without sessions")
        << QByteArray("GET") << QStringLiteral("/dify/interview/nobody/latest") << QByteArray() << 200
        << Expectations {{QStringLiteral("success"), QStringLiteral("true")},
                         {QStringLiteral("latest_session"), QStringLiteral("null")}};
    QTest::addRow("GET /dify/interview/{session_id}/summary")
        << QByteArray("GET") << QStringLiteral("/dify/interview/{sid}/summary") << QByteArray() << 200
        << Expectations {{QStringLiteral("session_id"), QStringLiteral("\"{sid}\"")},
                         {QStringLiteral("summary.total_questions"), QStringLiteral("2")},
                         {QStringLiteral("summary.completed_questions"), QStringLiteral("2")},
                         {QStringLiteral("summary.average_score"), QStringLiteral("7.8")},
                         {QStringLiteral("summary.session_status"), QStringLiteral("\"pending\"")},
                         {QStringLiteral("summary.start_time"), QStringLiteral("null")},
                         {QStringLiteral("summary.duration"), QStringLiteral("null")},
                         {QStringLiteral("questions_summary"), QStringLiteral("#2")},
                         {QStringLiteral("questions_summary.1.question_id"), QStringLiteral("\"{sid}_q002\"")},
                         {QStringLiteral("questions_summary.0.overall_score"), QStringLiteral("7.5")},
                         {QStringLiteral("message"), QStringLiteral("\"获取成功\"")}};
    QTest::addRow("POST /interview/sessions")
        << QByteArray("POST") << QStringLiteral("/interview/sessions")
        << QByteArray(R"({"user_id":"user_002","estimated_duration":90})") << 200
        << Expectations {{QStringLiteral("session_id"), SESSION_ID_PATTERN},
                         {QStringLiteral("data.user_id"), QStringLiteral("\"user_002\"")},
                         {QStringLiteral("data.status"), QStringLiteral("\"pending\"")},
                         {QStringLiteral("data.estimated_duration"), QStringLiteral("90")},
                         {QStringLiteral("message"), QStringLiteral("\"创建成功\"")}};
    QTest::addRow("GET /interview/sessions/{user_id}")
        << QByteArray("GET") << QStringLiteral("/interview/sessions/user_001?status=pending&limit=5") << QByteArray()
        << 200
        << Expectations {{QStringLiteral("user_id"), QStringLiteral("\"user_001\"")},
                         {QStringLiteral("sessions"), QStringLiteral("#1")},
                         {QStringLiteral("sessions.0.session_id"), QStringLiteral("\"{sid}\"")},
                         {QStringLiteral("sessions.0.total_questions"), QStringLiteral("2")},
                         {QStringLiteral("sessions.0.average_score"), QStringLiteral("7.8")},
                         {QStringLiteral("total"), QStringLiteral("1")},
                         {QStringLiteral("message"), QStringLiteral("\"获取成功\"")}};
    QTest::addRow("POST /sessions")
        << QByteArray("POST") << QStringLiteral("/sessions")
        << QByteArray(R"({"user_id":"user_003","session_type":"wrong_questions","metadata":{"round":2}})") << 200
        << Expectations {{QStringLiteral("data.session_id"), SESSION_ID_PATTERN},
                         {QStringLiteral("data.session_type"), QStringLiteral("\"wrong_questions\"")},
                         {QStringLiteral("data.difficulty_level"), QStringLiteral("\"medium\"")},
                         {QStringLiteral("data.metadata"), QStringLiteral("{\"round\":2}")},
                         {QStringLiteral("message"), QStringLiteral("\"创建成功\"")}};
    QTest::addRow("GET /sessions/{session_id}")
        << QByteArray("GET") << QStringLiteral("/sessions/{sid}") << QByteArray() << 200
        << Expectations {{QStringLiteral("data.session_id"), QStringLiteral("\"{sid}\"")},
                         {QStringLiteral("data.questions"), QStringLiteral("#2")},
                         {QStringLiteral("data.questions.0.question_id"), QStringLiteral("\"{sid}_q001\"")},
                         {QStringLiteral("data.total_questions"), QStringLiteral("2")},
                         {QStringLiteral("data.estimated_duration"), QStringLiteral("60")}};
    QTest::addRow("PUT /sessions/{session_id}")
        << QByteArray("PUT") << QStringLiteral("/sessions/{sid}")
        << QByteArray(R"({"status":"in_progress","metadata":"{\"room\":\"A\"}"})") << 200
        << Expectations {{QStringLiteral("data.status"), QStringLiteral("\"in_progress\"")},
                         {QStringLiteral("data.start_time"), QStringLiteral("\"2025-09-05T13:32:19\"")},
                         {QStringLiteral("data.duration"), QStringLiteral("0")},
                         {QStringLiteral("data.metadata.room"), QStringLiteral("\"A\"")},
                         {QStringLiteral("message"), QStringLiteral("\"更新成功\"")}};
    QTest::addRow("POST /records") << QByteArray("POST") << QStringLiteral("/records")
                                   << addQa(QStringLiteral("{sid}"), QStringLiteral("记录问题"), "\"9\"") << 200
                                   << Expectations {
                                          {QStringLiteral("data.question_id"), QStringLiteral("\"{sid}_q003\"")},
                                          {QStringLiteral("data.overall_score"), QStringLiteral("9")},
                                          {QStringLiteral("data.question_category"), QStringLiteral("\"编程基础\"")},
                                          {QStringLiteral("data.source"), QStringLiteral("\"api\"")}};
    QTest::addRow("GET /records") << QByteArray("GET")
                                  << QStringLiteral("/records?session_id={sid}&min_score=7.6&page_size=10")
                                  << QByteArray() << 200
                                  << Expectations {
                                         {QStringLiteral("data.total"), QStringLiteral("1")},
                                         {QStringLiteral("data.items"), QStringLiteral("#1")},
                                         {QStringLiteral("data.items.0.question_id"), QStringLiteral("\"{sid}_q002\"")},
                                         {QStringLiteral("data.page"), QStringLiteral("1")},
                                         {QStringLiteral("data.page_size"), QStringLiteral("10")}};
}

void TestHttpApi::endpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(Expectations, expect);
    const HttpResult result
        = m_server->client().send(method, substitute(path), substitute(QString::fromUtf8(body)).toUtf8());
    QVERIFY2(result.status == status, result.body.constData());
    QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
    for (auto &[path2, expected] : expect)
        expected = substitute(expected);
    verifyExpectations(result.json, expect);
    if (path != QStringLiteral("/health"))
        QCOMPARE(result.json.value(QStringLiteral("success")), QJsonValue(true));
}

void TestHttpApi::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("details"); // a substring of details

    const QByteArray post("POST");
    const QString create = QStringLiteral("/dify/interview/create");
    const QString add = QStringLiteral("/dify/interview/add-qa");
    const QString sid = QStringLiteral("{sid}");
    const QString validation = QStringLiteral("VALIDATION_ERROR");
    auto row = [](const char *name) -> QTestData & { return QTest::addRow("%s", name); };

    row("malformed JSON") << post << create << QByteArray("{\"user_id\": ") << QString() << 400 << validation
                          << QStringLiteral("malformed JSON");
    row("body is an array") << post << create << QByteArray("[1,2]") << QString() << 400 << validation
                            << QStringLiteral("body: must be a JSON object");
    row("missing user_id") << post << create << QByteArray("{}") << QString() << 400 << validation
                           << QStringLiteral("user_id: field required");
    row("user_id is a number") << post << create << QByteArray("{\"user_id\":5}") << QString() << 400 << validation
                               << QStringLiteral("user_id: must be a string");
    row("blank user_id") << post << create << QByteArray("{\"user_id\":\"   \"}") << QString() << 400 << validation
                         << QStringLiteral("user_id: must not be blank");
    row("user_id too long") << post << create << QByteArray("{\"user_id\":\"" + QByteArray(101, 'u') + "\"}")
                            << QString() << 400 << validation << QStringLiteral("user_id: length");
    row("bad difficulty") << post << create << QByteArray(R"({"user_id":"u","difficulty_level":"extreme"})")
                          << QString() << 400 << validation << QStringLiteral("difficulty_level: must be one of");
    row("bad session_type") << post << create << QByteArray(R"({"user_id":"u","session_type":1})") << QString() << 400
                            << validation << QStringLiteral("session_type: must be a string");
    row("duration out of range") << post << QStringLiteral("/interview/sessions")
                                 << QByteArray(R"({"user_id":"u","estimated_duration":5})") << QString() << 400
                                 << validation << QStringLiteral("estimated_duration");
    row("duration not a number") << post << QStringLiteral("/interview/sessions")
                                 << QByteArray(R"({"user_id":"u","estimated_duration":"soon"})") << QString() << 400
                                 << validation << QStringLiteral("estimated_duration: must be an integer");
    row("every field named") << post << add << QByteArray(R"({"question_type":"essay","overall_score":"abc"})")
                             << QString() << 400 << validation
                             << QStringLiteral("session_id: field required; question_text: field required; "
                                               "question_type: must be one of");
    row("score abc") << post << add << addQa(sid, QStringLiteral("q"), "\"abc\"") << QString() << 400 << validation
                     << QStringLiteral("overall_score: must be a number");
    row("score empty string") << post << add << addQa(sid, QStringLiteral("q"), "\"\"") << QString() << 400
                              << validation << QStringLiteral("overall_score: must be a number");
    row("score NaN") << post << add << addQa(sid, QStringLiteral("q"), "\"NaN\"") << QString() << 400 << validation
                     << QStringLiteral("overall_score");
    row("score Infinity") << post << add << addQa(sid, QStringLiteral("q"), "\"Infinity\"") << QString() << 400
                          << validation << QStringLiteral("overall_score");
    row("score missing") << post << add << addQa(sid, QStringLiteral("q"), "null") << QString() << 400 << validation
                         << QStringLiteral("overall_score: field required");
    row("answer too long") << post << add
                           << QByteArray(R"({"session_id":"x","question_text":"q","question_type":"technical",)"
                                         R"("candidate_answer":")"
                                         + QByteArray(5001, 'a') + R"(","interviewer_feedback":"f","overall_score":1})")
                           << QString() << 400 << validation << QStringLiteral("candidate_answer: length");
    row("score 11") << post << add << addQa(sid, QStringLiteral("q"), "11") << QString() << 400
                    << QStringLiteral("INVALID_SCORE") << QStringLiteral("overall_score");
    row("score -0.5 as string") << post << add << addQa(sid, QStringLiteral("q"), "\"-0.5\"") << QString() << 400
                                << QStringLiteral("INVALID_SCORE") << QStringLiteral("overall_score");
    row("unknown status") << QByteArray("PUT") << QStringLiteral("/sessions/{sid}")
                          << QByteArray(R"({"status":"paused"})") << QString() << 400
                          << QStringLiteral("INVALID_SESSION_STATUS") << QStringLiteral("paused");
    row("pending to completed") << QByteArray("PUT") << QStringLiteral("/sessions/{sid}")
                                << QByteArray(R"({"status":"completed"})") << QString() << 400
                                << QStringLiteral("INVALID_SESSION_STATUS") << QStringLiteral("status");
    row("unknown status filter") << QByteArray("GET") << QStringLiteral("/interview/sessions/user_001?status=done")
                                 << QByteArray() << QString() << 400 << QStringLiteral("INVALID_SESSION_STATUS")
                                 << QStringLiteral("done");
    row("start twice") << QByteArray("PUT") << QStringLiteral("/sessions/{sid}")
                       << QByteArray(R"({"status":"in_progress"})") << QStringLiteral("started") << 400
                       << QStringLiteral("SESSION_ALREADY_STARTED") << QStringLiteral("status");
    row("add to a finished session") << post << add << addQa(sid, QStringLiteral("late")) << QStringLiteral("finished")
                                     << 400 << QStringLiteral("SESSION_ALREADY_FINISHED")
                                     << QStringLiteral("completed");
    row("change a finished session") << QByteArray("PUT") << QStringLiteral("/sessions/{sid}")
                                     << QByteArray(R"({"status":"cancelled"})") << QStringLiteral("finished") << 400
                                     << QStringLiteral("SESSION_ALREADY_FINISHED") << QStringLiteral("completed");
    row("duplicate question") << post << add << addQa(sid, QStringLiteral("问题 1：请介绍一下你自己。"), "3")
                              << QString() << 400 << QStringLiteral("DUPLICATE_QUESTION") << QStringLiteral("_q001");
    row("question limit") << post << add << addQa(sid, QStringLiteral("one too many")) << QStringLiteral("limits")
                          << 400 << QStringLiteral("QUESTION_LIMIT_EXCEEDED") << QStringLiteral("limit 2");
    row("session limit") << post << create << QByteArray(R"({"user_id":"user_001"})") << QStringLiteral("limits") << 400
                         << QStringLiteral("SESSION_LIMIT_EXCEEDED") << QStringLiteral("limit 1");
    row("summary of unknown session") << QByteArray("GET") << QStringLiteral("/dify/interview/session_x/summary")
                                      << QByteArray() << QString() << 404 << QStringLiteral("SESSION_NOT_FOUND")
                                      << QStringLiteral("session_x");
    row("add-qa to unknown session") << post << add << addQa(QStringLiteral("session_missing"), QStringLiteral("q"))
                                     << QString() << 404 << QStringLiteral("SESSION_NOT_FOUND")
                                     << QStringLiteral("session_missing");
    row("get unknown session") << QByteArray("GET") << QStringLiteral("/sessions/nope") << QByteArray() << QString()
                               << 404 << QStringLiteral("SESSION_NOT_FOUND") << QStringLiteral("nope");
    row("put unknown session") << QByteArray("PUT") << QStringLiteral("/sessions/nope")
                               << QByteArray(R"({"session_name":"x"})") << QString() << 404
                               << QStringLiteral("SESSION_NOT_FOUND") << QStringLiteral("nope");
    row("empty update") << QByteArray("PUT") << QStringLiteral("/sessions/{sid}") << QByteArray("{}") << QString()
                        << 400 << validation << QStringLiteral("no field to update");
    row("limit 0") << QByteArray("GET") << QStringLiteral("/interview/sessions/user_001?limit=0") << QByteArray()
                   << QString() << 400 << validation << QStringLiteral("limit");
    row("limit 51") << QByteArray("GET") << QStringLiteral("/interview/sessions/user_001?limit=51") << QByteArray()
                    << QString() << 400 << validation << QStringLiteral("limit");
    row("limit abc") << QByteArray("GET") << QStringLiteral("/interview/sessions/user_001?limit=abc") << QByteArray()
                     << QString() << 400 << validation << QStringLiteral("limit: must be an integer");
    row("records bad since") << QByteArray("GET") << QStringLiteral("/records?since=yesterday") << QByteArray()
                             << QString() << 400 << validation << QStringLiteral("since");
    row("records bad min_score") << QByteArray("GET") << QStringLiteral("/records?min_score=high") << QByteArray()
                                 << QString() << 400 << validation << QStringLiteral("min_score");
    row("records bad type") << QByteArray("GET") << QStringLiteral("/records?question_type=essay") << QByteArray()
                            << QString() << 400 << validation << QStringLiteral("question_type");
    row("records page_size 101") << QByteArray("GET") << QStringLiteral("/records?page_size=101") << QByteArray()
                                 << QString() << 400 << validation << QStringLiteral("page_size");
    row("records page 0") << QByteArray("GET") << QStringLiteral("/records?page=0") << QByteArray() << QString() << 400
                          << validation << QStringLiteral("page");
    row("metadata not an object") << post << QStringLiteral("/sessions")
                                  << QByteArray(R"({"user_id":"u","metadata":"[1]"})") << QString() << 400 << validation
                                  << QStringLiteral("metadata");
    row("request_id too long") << post << create
                               << QByteArray(R"({"user_id":"u","request_id":")" + QByteArray(101, 'r') + "\"}")
                               << QString() << 400 << validation << QStringLiteral("request_id");
    row("unknown path") << QByteArray("GET") << QStringLiteral("/nope") << QByteArray() << QString() << 404
                        << QStringLiteral("NOT_FOUND") << QStringLiteral("/nope");
    row("trailing slash") << QByteArray("GET") << QStringLiteral("/health/") << QByteArray() << QString() << 404
                          << QStringLiteral("NOT_FOUND") << QStringLiteral("/health/");
    row("GET on a POST path") << QByteArray("GET") << create << QByteArray() << QString() << 405
                              << QStringLiteral("METHOD_NOT_ALLOWED") << QStringLiteral("GET");
    row("POST on a GET path") << post << QStringLiteral("/health") << QByteArray("{}") << QString() << 405
                              << QStringLiteral("METHOD_NOT_ALLOWED") << QStringLiteral("POST");
    row("DELETE a session") << QByteArray("DELETE") << QStringLiteral("/sessions/{sid}") << QByteArray() << QString()
                            << 405 << QStringLiteral("METHOD_NOT_ALLOWED") << QStringLiteral("DELETE");
}

void TestHttpApi::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, setup);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, details);

    InterviewService &service = m_server->db().service();
    if (setup == QStringLiteral("started") || setup == QStringLiteral("finished")) {
        SessionPatch patch;
        patch.status = SessionStatus::InProgress;
        QVERIFY(service.updateSession(m_sessionId, patch, Source::Ui).ok());
        patch.status = SessionStatus::Completed;
        if (setup == QStringLiteral("finished"))
            QVERIFY(service.updateSession(m_sessionId, patch, Source::Ui).ok());
    } else if (setup == QStringLiteral("limits")) {
        m_server->stop();
        service.setLimits({2, 1});
        QVERIFY(m_server->start());
    }
    const QString before = QString::fromUtf8(
        m_server->client().get(QStringLiteral("/sessions/{sid}").replace(QStringLiteral("{sid}"), m_sessionId)).body);

    const HttpResult result
        = m_server->client().send(method, substitute(path), substitute(QString::fromUtf8(body)).toUtf8());
    QVERIFY2(result.status == status, result.body.constData());
    QCOMPARE(result.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(result.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), code);
    QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY2(result.json.value(QStringLiteral("details")).toString().contains(substitute(details)),
             result.body.constData());
    if (status == 405)
        QVERIFY(!result.header("allow").isEmpty());
    // Bad input changes nothing.
    const QString after = QString::fromUtf8(
        m_server->client().get(QStringLiteral("/sessions/{sid}").replace(QStringLiteral("{sid}"), m_sessionId)).body);
    QCOMPARE(after, before);
}

void TestHttpApi::lenientInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType"); // empty: none at all
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expectations>("expect");

    const QString create = QStringLiteral("/dify/interview/create");
    const QString add = QStringLiteral("/dify/interview/add-qa");
    const QByteArray json("application/json");
    QTest::addRow("score as a string") << add << json << addQa(QStringLiteral("{sid}"), QStringLiteral("s"), "\" 8.5\"")
                                       << Expectations {
                                              {QStringLiteral("question_id"), QStringLiteral("\"{sid}_q003\"")}};
    QTest::addRow("integer score") << add << json << addQa(QStringLiteral("{sid}"), QStringLiteral("s"), "10")
                                   << Expectations {{QStringLiteral("status"), QStringLiteral("\"added\"")}};
    QTest::addRow("duration as a string")
        << QStringLiteral("/interview/sessions") << json << QByteArray(R"({"user_id":"u","estimated_duration":"90"})")
        << Expectations {{QStringLiteral("data.estimated_duration"), QStringLiteral("90")}};
    QTest::addRow("duration as 60.0") << QStringLiteral("/interview/sessions") << json
                                      << QByteArray(R"({"user_id":"u","estimated_duration":60.0})")
                                      << Expectations {
                                             {QStringLiteral("data.estimated_duration"), QStringLiteral("60")}};
    QTest::addRow("empty optionals")
        << create << json << QByteArray(R"({"user_id":"u","session_name":"","difficulty_level":"","session_type":""})")
        << Expectations {{QStringLiteral("session_name"), QStringLiteral("null")}};
    QTest::addRow("null optionals")
        << QStringLiteral("/sessions") << json
        << QByteArray(R"({"user_id":"u","session_name":null,"difficulty_level":null,"metadata":null})")
        << Expectations {{QStringLiteral("data.difficulty_level"), QStringLiteral("\"medium\"")},
                         {QStringLiteral("data.session_type"), QStringLiteral("\"knowledge_based\"")}};
    QTest::addRow("empty category")
        << add << json
        << QByteArray(R"({"session_id":"{sid}","question_text":"q","question_type":"logical","question_category":"",)"
                      R"("candidate_answer":"a","interviewer_feedback":"f","overall_score":"7"})")
        << Expectations {{QStringLiteral("status"), QStringLiteral("\"added\"")}};
    QTest::addRow("unknown fields ignored")
        << create << json << QByteArray(R"({"user_id":"u","workflow_run_id":"abc","extra":{"nested":[1,2]}})")
        << Expectations {{QStringLiteral("user_id"), QStringLiteral("\"u\"")}};
    QTest::addRow("text/plain body") << add << QByteArray("text/plain")
                                     << addQa(QStringLiteral("{sid}"), QStringLiteral("t"))
                                     << Expectations {{QStringLiteral("status"), QStringLiteral("\"added\"")}};
    QTest::addRow("charset parameter") << create << QByteArray("application/json; charset=UTF-8")
                                       << QByteArray(R"({"user_id":"u"})")
                                       << Expectations {{QStringLiteral("status"), QStringLiteral("\"pending\"")}};
    QTest::addRow("no content type") << create << QByteArray() << QByteArray(R"({"user_id":"u"})")
                                     << Expectations {{QStringLiteral("status"), QStringLiteral("\"pending\"")}};
}

void TestHttpApi::lenientInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Expectations, expect);
    HttpClient &client = m_server->client();
    const QByteArray payload = substitute(QString::fromUtf8(body)).toUtf8();
    const Headers headers {{QByteArrayLiteral("Content-Type"), contentType.isEmpty() ? QByteArray() : contentType}};
    // A raw request, so that "no Content-Type" really sends none.
    const HttpResult result = client.raw(client.rawRequest(QByteArrayLiteral("POST"), path.toUtf8(), payload, headers));
    QVERIFY2(result.status == 200, result.body.constData());
    for (auto &[name, expected] : expect)
        expected = substitute(expected);
    verifyExpectations(result.json, expect);
}

void TestHttpApi::identicalRetryReturnsExistingQuestion()
{
    HttpClient &client = m_server->client();
    const QByteArray body = addQa(m_sessionId, QStringLiteral("重试的问题"));
    const HttpResult first = client.post(QStringLiteral("/dify/interview/add-qa"), body);
    QCOMPARE(first.status, 200);
    for (int i = 0; i < 3; ++i) { // Dify retries three times by default
        const HttpResult retry = client.post(QStringLiteral("/dify/interview/add-qa"), body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json.value(QStringLiteral("question_id")), first.json.value(QStringLiteral("question_id")));
    }
    QCOMPARE(m_server->db().service().questions(m_sessionId)->size(), 3);
}

void TestHttpApi::idempotencyKey_data()
{
    QTest::addColumn<bool>("header");
    QTest::addRow("Idempotency-Key header") << true;
    QTest::addRow("request_id body field") << false;
}

void TestHttpApi::idempotencyKey()
{
    QFETCH(bool, header);
    HttpClient &client = m_server->client();
    const Headers headers
        = header ? Headers {{QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("run-42")}} : Headers {};
    const QByteArray body
        = header ? QByteArray(R"({"user_id":"idem"})") : QByteArray(R"({"user_id":"idem","request_id":"run-42"})");
    const HttpResult first = client.post(QStringLiteral("/dify/interview/create"), body, headers);
    QCOMPARE(first.status, 200);
    const HttpResult second = client.post(QStringLiteral("/dify/interview/create"), body, headers);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    SessionFilter filter;
    filter.userId = QStringLiteral("idem");
    QCOMPARE(*m_server->db().service().countSessions(filter), 1);

    // An error reply is remembered as well: the same status comes back.
    const QByteArray bad = addQa(QStringLiteral("session_gone"), QStringLiteral("q"), "1", ",\"request_id\":\"err-1\"");
    QCOMPARE(client.post(QStringLiteral("/dify/interview/add-qa"), bad).status, 404);
    QCOMPARE(client.post(QStringLiteral("/dify/interview/add-qa"), bad).status, 404);
}

void TestHttpApi::idempotencyKeyReusedWithAnotherBody()
{
    HttpClient &client = m_server->client();
    const Headers key {{QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("same-key")}};
    QCOMPARE(client.post(QStringLiteral("/dify/interview/create"), R"({"user_id":"a"})", key).status, 200);
    const HttpResult reused = client.post(QStringLiteral("/dify/interview/create"), R"({"user_id":"b"})", key);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("VALIDATION_ERROR"));
    SessionFilter filter;
    filter.userId = QStringLiteral("b");
    QCOMPARE(*m_server->db().service().countSessions(filter), 0);
}

void TestHttpApi::idempotencySurvivesRestart()
{
    const QByteArray body = addQa(m_sessionId, QStringLiteral("跨重启"), "6", ",\"request_id\":\"restart-1\"");
    const HttpResult first = m_server->client().post(QStringLiteral("/dify/interview/add-qa"), body);
    QCOMPARE(first.status, 200);
    QVERIFY(m_server->restartWithReopenedDatabase());
    const HttpResult again = m_server->client().post(QStringLiteral("/dify/interview/add-qa"), body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(m_server->db().service().questions(m_sessionId)->size(), 3);
}

void TestHttpApi::unicodeRoundTrip()
{
    const QString text = QStringLiteral("请解释Python的装饰器 🐍✨ «ünïcödé» \\ \" /");
    QJsonObject body {{QStringLiteral("session_id"), m_sessionId},
                      {QStringLiteral("question_text"), text},
                      {QStringLiteral("question_type"), QStringLiteral("behavioral")},
                      {QStringLiteral("candidate_answer"), QStringLiteral("😀 回答")},
                      {QStringLiteral("interviewer_feedback"), QStringLiteral("好")},
                      {QStringLiteral("overall_score"), 9.5}};
    const HttpResult added = m_server->client().post(QStringLiteral("/records"), QJsonDocument(body).toJson());
    QCOMPARE(added.status, 200);
    const HttpResult read = m_server->client().get(QStringLiteral("/sessions/") + m_sessionId);
    QCOMPARE(jsonAt(read.json, QStringLiteral("data.questions.2.question_text")).toString(), text);
    QCOMPARE(jsonAt(read.json, QStringLiteral("data.questions.2.candidate_answer")).toString(),
             QStringLiteral("😀 回答"));
    QVERIFY(read.body.contains(QStringLiteral("🐍").toUtf8())); // raw UTF-8, not \u escapes
}

void TestHttpApi::compactUtf8Json()
{
    const HttpResult result = m_server->client().get(QStringLiteral("/dify/interview/%1/summary").arg(m_sessionId));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.body.contains('\n'));
    QVERIFY(!result.body.contains("\": "));
    QVERIFY(result.body.contains(QStringLiteral("获取成功").toUtf8()));
}

void TestHttpApi::listTotalCountsEveryMatch()
{
    m_server->createSession(0);
    const QString newest = m_server->createSession(0); // same second: creation order decides
    HttpClient &client = m_server->client();
    const HttpResult list = client.get(QStringLiteral("/interview/sessions/user_001?limit=1"));
    QCOMPARE(list.status, 200);
    QCOMPARE(jsonAt(list.json, QStringLiteral("total")).toInt(), 3);
    QCOMPARE(jsonAt(list.json, QStringLiteral("sessions")).toArray().size(), 1);
    QCOMPARE(jsonAt(list.json, QStringLiteral("sessions.0.session_id")).toString(), newest);
    const HttpResult latest = client.get(QStringLiteral("/dify/interview/user_001/latest"));
    QCOMPARE(jsonAt(latest.json, QStringLiteral("latest_session.session_id")).toString(), newest);
    const HttpResult records = client.get(QStringLiteral("/records?user_id=user_001&page=2&page_size=1"));
    QCOMPARE(records.status, 200);
    QCOMPARE(jsonAt(records.json, QStringLiteral("data.total")).toInt(), 2);
    QCOMPARE(jsonAt(records.json, QStringLiteral("data.items")).toArray().size(), 1);
    QCOMPARE(jsonAt(records.json, QStringLiteral("data.page")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
