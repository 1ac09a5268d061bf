// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions planned from an interview kit (issue 12) against the live server: kit_id and
// interviewer on the three create endpoints (an unknown kit creates nothing), sessions carrying
// them in every reply, a kit edit that leaves existing sessions alone, next-question's order and
// matching by trimmed text.
#include "kittesthelpers.h"
#include "serverfixture.h"

#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace ir::test::kits;

using Expectations = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Expectations)

class TestHttpKitSessions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createWithKit_data();
    void createWithKit();
    void createWithUnknownKit_data();
    void createWithUnknownKit();
    void sessionsCarryInterviewerAndKit();
    void kitEditLeavesSessions();
    void nextQuestion_data();
    void nextQuestion();
    void nextQuestionWithoutPlan();

private:
    void seed();
    template<typename Text>
    Text substitute(const Text &text) const
    {
        return m_plan.substitute(text);
    }
    HttpClient &client() { return m_server->client(); }

    std::unique_ptr<ServerFixture> m_server;
    Plan m_plan;
    QStringList m_bank;
    QString m_kitId;
    QString m_sessionId;
};

void TestHttpKitSessions::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start());
    m_plan = {};
    m_bank.clear();
    m_kitId.clear();
    m_sessionId.clear();
}

void TestHttpKitSessions::cleanup()
{
    m_server.reset();
}

void TestHttpKitSessions::seed()
{
    m_plan = seedPlan(client());
    QVERIFY(m_plan.isValid());
    m_bank = m_plan.bank;
    m_kitId = m_plan.kitId;
    m_sessionId = m_plan.sessionId;
}

void TestHttpKitSessions::createWithKit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("prefix"); // where the reply carries the session's fields
    QTest::addColumn<Expectations>("session"); // GET /sessions/{id}

    const Expectations fromKit {{QStringLiteral("data.session_type"), QStringLiteral("\"company_position\"")},
                                {QStringLiteral("data.difficulty_level"), QStringLiteral("\"hard\"")},
                                {QStringLiteral("data.estimated_duration"), QStringLiteral("45")}};
    const QByteArray draft = R"({"user_id":"u1","kit_id":"{kit}","interviewer":"李老师"})";
    QTest::addRow("POST /sessions") << QStringLiteral("/sessions") << draft << QStringLiteral("data.") << fromKit;
    QTest::addRow("POST /interview/sessions")
        << QStringLiteral("/interview/sessions") << draft << QStringLiteral("data.") << fromKit;
    QTest::addRow("POST /dify/interview/create")
        << QStringLiteral("/dify/interview/create") << draft << QString() << fromKit;
    QTest::addRow("Dify's template: blanks and padding")
        << QStringLiteral("/dify/interview/create")
        << QByteArray(
               R"({"user_id":"u1","kit_id":" {kit} ","interviewer":"李老师","session_name":"","session_type":"","difficulty_level":""})")
        << QString() << fromKit;
    QTest::addRow("what is sent wins over the kit")
        << QStringLiteral("/interview/sessions")
        << QByteArray(
               R"({"user_id":"u1","kit_id":"{kit}","interviewer":"李老师","session_type":"resume_customized","difficulty_level":"easy","estimated_duration":"90"})")
        << QStringLiteral("data.")
        << Expectations {{QStringLiteral("data.session_type"), QStringLiteral("\"resume_customized\"")},
                         {QStringLiteral("data.difficulty_level"), QStringLiteral("\"easy\"")},
                         {QStringLiteral("data.estimated_duration"), QStringLiteral("90")}};
}

void TestHttpKitSessions::createWithKit()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, prefix);
    QFETCH(Expectations, session);

    seed();
    const HttpResult created = client().post(path, substitute(body));
    QVERIFY2(created.status == 200, created.body.constData());
    QCOMPARE(jsonAt(created.json, prefix + QStringLiteral("kit_id")).toString(), m_kitId);
    QCOMPARE(jsonAt(created.json, prefix + QStringLiteral("interviewer")).toString(), QStringLiteral("李老师"));
    const QString id = jsonAt(created.json, prefix + QStringLiteral("session_id")).toString();

    const HttpResult stored = client().get(QStringLiteral("/sessions/") + id);
    QCOMPARE(jsonAt(stored.json, QStringLiteral("data.kit_id")).toString(), m_kitId);
    QCOMPARE(jsonAt(stored.json, QStringLiteral("data.interviewer")).toString(), QStringLiteral("李老师"));
    verifyExpectations(stored.json, session);
    // It copied the kit's competencies (unrated) and its plan.
    const HttpResult card = client().get(QStringLiteral("/sessions/%1/scorecard").arg(id));
    QCOMPARE(card.status, 200);
    QCOMPARE(strings(card.json, QStringLiteral("data.competency_ratings"), QStringLiteral("key")),
             (QStringList {QStringLiteral("coding"), QStringLiteral("communication"), QStringLiteral("design")}));
    verifyExpectations(card.json,
                       {{QStringLiteral("data.interviewer"), QStringLiteral("\"李老师\"")},
                        {QStringLiteral("data.competency_ratings.0.rating"), QStringLiteral("null")},
                        {QStringLiteral("data.competency_ratings.0.weight"), QStringLiteral("2")},
                        {QStringLiteral("data.weighted_rating"), QStringLiteral("null")},
                        {QStringLiteral("data.submitted"), QStringLiteral("false")}});
    const HttpResult next = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(id));
    QCOMPARE(jsonAt(next.json, QStringLiteral("next_question.bank_question_id")).toString(), m_bank.at(0));
    QCOMPARE(jsonAt(next.json, QStringLiteral("remaining")).toInt(), PLANNED.size());
}

void TestHttpKitSessions::createWithUnknownKit_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path :
         {QStringLiteral("/sessions"), QStringLiteral("/interview/sessions"), QStringLiteral("/dify/interview/create")})
        QTest::addRow("%s", qPrintable(path)) << path;
}

void TestHttpKitSessions::createWithUnknownKit()
{
    QFETCH(QString, path);

    seed();
    const HttpResult result = client().post(path, "{\"user_id\":\"u9\",\"kit_id\":\"" + UNKNOWN_KIT.toUtf8() + "\"}");
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json.value(u"error_code").toString(), QStringLiteral("KIT_NOT_FOUND"));
    QVERIFY(result.json.value(u"details").toString().contains(UNKNOWN_KIT));
    // Nothing was created.
    QCOMPARE(jsonAt(client().get(QStringLiteral("/interview/sessions/u9")).json, QStringLiteral("total")).toInt(), 0);
    QCOMPARE(m_server->db().service().sessions(SessionFilter {QStringLiteral("u9")})->total, 0);
}

void TestHttpKitSessions::sessionsCarryInterviewerAndKit()
{
    seed();
    m_server->db().clock().advance(1000);
    const QString plain = createSession(client(), {});
    QVERIFY(!plain.isEmpty());
    const HttpResult list = client().get(QStringLiteral("/interview/sessions/user_001"));
    verifyExpectations(list.json,
                       {{QStringLiteral("sessions.0.session_id"), u'"' + plain + u'"'},
                        {QStringLiteral("sessions.0.interviewer"), QStringLiteral("null")},
                        {QStringLiteral("sessions.0.kit_id"), QStringLiteral("null")},
                        {QStringLiteral("sessions.1.interviewer"), QStringLiteral("\"王老师\"")},
                        {QStringLiteral("sessions.1.kit_id"), u'"' + m_kitId + u'"'}});
    const HttpResult latest = client().get(QStringLiteral("/dify/interview/user_001/latest"));
    verifyExpectations(latest.json,
                       {{QStringLiteral("latest_session.interviewer"), QStringLiteral("null")},
                        {QStringLiteral("latest_session.kit_id"), QStringLiteral("null")}});
    const HttpResult updated = client().put(QStringLiteral("/sessions/") + m_sessionId, R"({"interviewer":"赵老师"})");
    QVERIFY2(updated.status == 200, updated.body.constData());
    verifyExpectations(updated.json,
                       {{QStringLiteral("data.interviewer"), QStringLiteral("\"赵老师\"")},
                        {QStringLiteral("data.kit_id"), u'"' + m_kitId + u'"'}});
    const HttpResult card = client().get(QStringLiteral("/sessions/%1/scorecard").arg(m_sessionId));
    QCOMPARE(jsonAt(card.json, QStringLiteral("data.interviewer")).toString(), QStringLiteral("赵老师"));
    const HttpResult blankKit = client().post(QStringLiteral("/sessions"), R"({"user_id":"u2","kit_id":""})");
    QCOMPARE(blankKit.status, 200);
    QCOMPARE(jsonAt(blankKit.json, QStringLiteral("data.kit_id")), QJsonValue(QJsonValue::Null));
}

void TestHttpKitSessions::kitEditLeavesSessions()
{
    seed();
    const QString sessionPath = QStringLiteral("/sessions/%1/scorecard").arg(m_sessionId);
    const QJsonValue before = client().get(sessionPath).json.value(u"data");
    const QJsonObject nextBefore
        = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(m_sessionId)).json;

    const HttpResult edited
        = client().put(QStringLiteral("/kits/") + m_kitId,
                       body({{QStringLiteral("competencies"),
                              QJsonArray {competency(QStringLiteral("coding"), QStringLiteral("新的编码"), 9),
                                          competency(QStringLiteral("leadership"), QStringLiteral("领导力"), 1)}},
                             {QStringLiteral("bank_question_ids"), QJsonArray {m_bank.at(2)}},
                             {QStringLiteral("difficulty_level"), QStringLiteral("easy")}}));
    QCOMPARE(edited.status, 200);
    const HttpResult bankEdit = client().put(QStringLiteral("/question-bank/") + m_bank.at(0),
                                             R"({"question_text":"改过的题目","question_type":"logical"})");
    QCOMPARE(bankEdit.status, 200);

    // The existing session keeps what it copied: competencies, weights, rubric, plan, settings.
    QCOMPARE(client().get(sessionPath).json.value(u"data"), before);
    QCOMPARE(client().get(QStringLiteral("/dify/interview/%1/next-question").arg(m_sessionId)).json, nextBefore);
    QCOMPARE(
        jsonAt(client().get(QStringLiteral("/sessions/") + m_sessionId).json, QStringLiteral("data.difficulty_level"))
            .toString(),
        QStringLiteral("hard"));

    // A new session takes the kit as it is now.
    const QString later = createSession(client(), m_kitId);
    const HttpResult card = client().get(QStringLiteral("/sessions/%1/scorecard").arg(later));
    QCOMPARE(strings(card.json, QStringLiteral("data.competency_ratings"), QStringLiteral("key")),
             (QStringList {QStringLiteral("coding"), QStringLiteral("leadership")}));
    QCOMPARE(jsonAt(card.json, QStringLiteral("data.competency_ratings.0.weight")).toDouble(), 9.0);
    const HttpResult next = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(later));
    QCOMPARE(jsonAt(next.json, QStringLiteral("next_question.question_text")).toString(), PLANNED.at(2));
    QCOMPARE(jsonAt(next.json, QStringLiteral("remaining")).toInt(), 1);

    // Deleting the kit leaves its sessions too.
    QCOMPARE(client().send("DELETE", QStringLiteral("/kits/") + m_kitId).status, 200);
    QCOMPARE(client().get(sessionPath).json.value(u"data"), before);
    QCOMPARE(
        jsonAt(client().get(QStringLiteral("/sessions/") + m_sessionId).json, QStringLiteral("data.kit_id")).toString(),
        m_kitId);
}

void TestHttpKitSessions::nextQuestion_data()
{
    QTest::addColumn<QStringList>("asked"); // question texts added to the session, in order
    QTest::addColumn<int>("position"); // 0: none left
    QTest::addColumn<int>("remaining");

    QTest::addRow("nothing asked") << QStringList {} << 1 << 3;
    QTest::addRow("the first asked") << QStringList {PLANNED.at(0)} << 2 << 2;
    QTest::addRow("the second asked") << QStringList {PLANNED.at(1)} << 1 << 2;
    QTest::addRow("asked with spaces around")
        << QStringList {QStringLiteral("  ") + PLANNED.at(0) + QStringLiteral(" \n")} << 2 << 2;
    QTest::addRow("the first and the third") << QStringList {PLANNED.at(2), PLANNED.at(0)} << 2 << 1;
    QTest::addRow("all asked") << PLANNED << 0 << 0;
    QTest::addRow("other questions only") << QStringList {QStringLiteral("你的期望薪资？")} << 1 << 3;
    QTest::addRow("another case is another text") << QStringList {PLANNED.at(1).toLower()} << 1 << 3;
    QTest::addRow("a longer text is another text") << QStringList {PLANNED.at(0) + QStringLiteral("？")} << 1 << 3;
}

void TestHttpKitSessions::nextQuestion()
{
    QFETCH(QStringList, asked);
    QFETCH(int, position);
    QFETCH(int, remaining);

    seed();
    for (const QString &question : asked) {
        const HttpResult added = client().post(QStringLiteral("/dify/interview/add-qa"),
                                               body({{QStringLiteral("session_id"), m_sessionId},
                                                     {QStringLiteral("question_text"), question},
                                                     {QStringLiteral("question_type"), QStringLiteral("technical")},
                                                     {QStringLiteral("candidate_answer"), QStringLiteral("回答")},
                                                     {QStringLiteral("interviewer_feedback"), QStringLiteral("反馈")},
                                                     {QStringLiteral("overall_score"), QStringLiteral("8")}}));
        QVERIFY2(added.status == 200, added.body.constData());
    }
    const HttpResult result = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(m_sessionId));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(u"success"), QJsonValue(true));
    QCOMPARE(result.json.value(u"session_id").toString(), m_sessionId);
    QCOMPARE(result.json.value(u"remaining").toInt(), remaining);
    QCOMPARE(result.json.value(u"message").toString(), QStringLiteral("获取成功"));
    if (position == 0) {
        QCOMPARE(result.json.value(u"next_question"), QJsonValue(QJsonValue::Null));
        return;
    }
    QCOMPARE(result.json.value(u"next_question").toObject(),
             (QJsonObject {{QStringLiteral("bank_question_id"), m_bank.at(position - 1)},
                           {QStringLiteral("question_text"), PLANNED.at(position - 1)},
                           {QStringLiteral("question_type"), PLANNED_TYPES.at(position - 1)},
                           {QStringLiteral("question_category"), QStringLiteral("类别%1").arg(position)},
                           {QStringLiteral("position"), position}}));
}

void TestHttpKitSessions::nextQuestionWithoutPlan()
{
    const QString plain = createSession(client(), {});
    const HttpResult none = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(plain));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(u"next_question"), QJsonValue(QJsonValue::Null));
    QCOMPARE(none.json.value(u"remaining").toInt(), 0);
    const HttpResult unknown = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(UNKNOWN_SESSION));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(u"error_code").toString(), QStringLiteral("SESSION_NOT_FOUND"));
}
QTEST_GUILESS_MAIN(TestHttpKitSessions)
#include "tst_httpkitsessions.moc"
