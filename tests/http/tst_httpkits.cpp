// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The question bank and interview kits (issue 12) against the live server: every rule of the
// contract a row (also interviewer and kit_id on the three create endpoints), lenient input as Dify
// sends it, search and paging, create/read/update/delete. Sessions from kits: tst_httpkitsessions.
#include "kittesthelpers.h"
#include "serverfixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace ir;
using namespace ir::test;
using namespace ir::test::kits;

using Expectations = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Expectations)

namespace {

QByteArray text(int length, char16_t character = u'字')
{
    return QString(length, QChar(character)).toUtf8();
}

// {"key":"k<i>","name":"n"} × count, comma-separated.
QByteArray competencies(int count, const QByteArray &extra = {})
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << "{\"key\":\"k" + QByteArray::number(i) + "\",\"name\":\"n\"" + extra + "}";
    return items.join(',');
}

QByteArray ids(int count)
{
    QByteArrayList items;
    for (int i = 0; i < count; ++i)
        items << "\"bq_" + QByteArray::number(100000000000 + i) + "\"";
    return items.join(',');
}

} // namespace

class TestHttpKits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void accepted_data();
    void accepted();
    void bankSearch_data();
    void bankSearch();
    void bankLifecycle();
    void kitLifecycle();

private:
    // The bank's three planned questions, a kit planning them with three competencies, a
    // session from it.
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

void TestHttpKits::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start());
    m_plan = {};
    m_bank.clear();
    m_kitId.clear();
    m_sessionId.clear();
}

void TestHttpKits::cleanup()
{
    m_server.reset();
}

void TestHttpKits::seed()
{
    m_plan = seedPlan(client());
    QVERIFY(m_plan.isValid());
    m_bank = m_plan.bank;
    m_kitId = m_plan.kitId;
    m_sessionId = m_plan.sessionId;
}

void TestHttpKits::rules_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("details"); // each is in the error's details

    const QByteArray post("POST");
    const QByteArray put("PUT");
    const QString bank = QStringLiteral("/question-bank");
    const QString kits = QStringLiteral("/kits");
    const QString validation = QStringLiteral("VALIDATION_ERROR");
    const auto row = [&](const QByteArray &name, const QByteArray &method, const QString &path, const QByteArray &json,
                         const QStringList &details, int status = 400, const QString &code = {}) {
        QTest::addRow("%s", name.constData())
            << method << path << json << status << (code.isEmpty() ? validation : code) << details;
    };
    const auto kit = [](const QByteArray &fields) -> QByteArray { return "{\"name\":\"K\"," + fields + "}"; };
    const auto one
        = [&kit](const QByteArray &competency) -> QByteArray { return kit("\"competencies\":[" + competency + "]"); };

    // The question bank.
    row("bank: text missing", post, bank, "{}", {QStringLiteral("question_text: field required")});
    row("bank: text blank", post, bank, R"({"question_text":"  "})",
        {QStringLiteral("question_text: must not be blank")});
    row("bank: text 2001", post, bank, "{\"question_text\":\"" + text(2001) + "\"}",
        {QStringLiteral("question_text: length must be between 1 and 2000")});
    row("bank: text a number", post, bank, R"({"question_text":5})",
        {QStringLiteral("question_text: must be a string")});
    row("bank: unknown type", post, bank, R"({"question_text":"Q","question_type":"essay"})",
        {QStringLiteral("question_type: must be one of: technical, behavioral, logical, project_based")});
    row("bank: unknown difficulty", post, bank, R"({"question_text":"Q","difficulty_level":"insane"})",
        {QStringLiteral("difficulty_level: must be one of")});
    row("bank: category 101", post, bank, "{\"question_text\":\"Q\",\"question_category\":\"" + text(101) + "\"}",
        {QStringLiteral("question_category: length must be between 1 and 100")});
    row("bank: expected answer 5001", post, bank,
        "{\"question_text\":\"Q\",\"expected_answer\":\"" + text(5001) + "\"}",
        {QStringLiteral("expected_answer: length must be between 0 and 5000")});
    row("bank: 21 tags", post, bank, R"({"question_text":"Q","tags":"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"})",
        {QStringLiteral("tags: at most 20 tags (got 21)")});
    row("bank: tag of 51", post, bank, "{\"question_text\":\"Q\",\"tags\":[\"" + text(51) + "\"]}",
        {QStringLiteral("tags: each tag must be at most 50 characters")});
    row("bank: tags a number", post, bank, R"({"question_text":"Q","tags":5})",
        {QStringLiteral("tags: must be a JSON array (or a string holding one)")});
    row("bank: tag not a string", post, bank, R"({"question_text":"Q","tags":["a",1]})",
        {QStringLiteral("tags[1]: must be a string")});
    row("bank: every problem at once", post, bank, R"({"question_type":"essay","difficulty_level":"x","tags":7})",
        {QStringLiteral("question_text"), QStringLiteral("question_type"), QStringLiteral("difficulty_level"),
         QStringLiteral("tags")});
    row("bank: empty update", put, bank + QStringLiteral("/{bq1}"), "{}", {QStringLiteral("body: no field to update")});
    row("bank: update text blank", put, bank + QStringLiteral("/{bq1}"), R"({"question_text":" "})",
        {QStringLiteral("question_text: must not be blank")});
    row("bank: update unknown", put, bank + u'/' + UNKNOWN_BANK_QUESTION, R"({"question_text":"Q"})",
        {UNKNOWN_BANK_QUESTION}, 404, QStringLiteral("BANK_QUESTION_NOT_FOUND"));
    row("bank: get unknown", "GET", bank + u'/' + UNKNOWN_BANK_QUESTION, {}, {UNKNOWN_BANK_QUESTION}, 404,
        QStringLiteral("BANK_QUESTION_NOT_FOUND"));
    row("bank: delete unknown", "DELETE", bank + u'/' + UNKNOWN_BANK_QUESTION, {}, {UNKNOWN_BANK_QUESTION}, 404,
        QStringLiteral("BANK_QUESTION_NOT_FOUND"));
    row("bank: page 0", "GET", bank + QStringLiteral("?page=0"), {}, {QStringLiteral("page: must be at least 1")});
    row("bank: page_size 101", "GET", bank + QStringLiteral("?page_size=101"), {},
        {QStringLiteral("page_size: must be between 1 and 100")});
    row("bank: page_size abc", "GET", bank + QStringLiteral("?page_size=abc"), {},
        {QStringLiteral("page_size: must be an integer")});
    row("bank: filter unknown type", "GET", bank + QStringLiteral("?question_type=essay"), {},
        {QStringLiteral("question_type: must be one of")});
    row("bank: delete the collection", "DELETE", bank, {}, {QStringLiteral("DELETE")}, 405,
        QStringLiteral("METHOD_NOT_ALLOWED"));

    // Kits.
    row("kit: name missing", post, kits, "{}", {QStringLiteral("name: field required")});
    row("kit: name blank", post, kits, R"({"name":"  "})", {QStringLiteral("name: must not be blank")});
    row("kit: name 201", post, kits, "{\"name\":\"" + text(201) + "\"}",
        {QStringLiteral("name: length must be between 1 and 200")});
    row("kit: position 201", post, kits, kit("\"position\":\"" + text(201) + "\""),
        {QStringLiteral("position: length must be between 0 and 200")});
    row("kit: duration 9", post, kits, kit("\"estimated_duration\":9"), {QStringLiteral("estimated_duration")});
    row("kit: duration 301", post, kits, kit("\"estimated_duration\":\"301\""), {QStringLiteral("estimated_duration")});
    row("kit: duration abc", post, kits, kit("\"estimated_duration\":\"abc\""),
        {QStringLiteral("estimated_duration: must be an integer")});
    row("kit: unknown session type", post, kits, kit("\"session_type\":\"panel\""),
        {QStringLiteral("session_type: must be one of")});
    row("kit: unknown difficulty", post, kits, kit("\"difficulty_level\":\"x\""),
        {QStringLiteral("difficulty_level: must be one of")});
    row("kit: 21 competencies", post, kits, kit("\"competencies\":[" + competencies(21) + "]"),
        {QStringLiteral("competencies: at most 20 (got 21)")});
    row("kit: competencies a number", post, kits, kit("\"competencies\":5"),
        {QStringLiteral("competencies: must be a JSON array (or a string holding one)")});
    row("kit: competencies broken JSON text", post, kits, kit("\"competencies\":\"[{\""),
        {QStringLiteral("competencies: must be a JSON array")});
    row("kit: competency not an object", post, kits, kit("\"competencies\":[\"coding\"]"),
        {QStringLiteral("competencies[0]: must be a JSON object")});
    row("kit: key with capitals", post, kits,
        kit("\"competencies\":[" + competencies(2) + ",{\"key\":\"Bad-Key\",\"name\":\"n\"}]"),
        {QStringLiteral("competencies[2].key: must be 1 to 50 characters of a-z, 0-9 and _")});
    row("kit: key 51", post, kits, one("{\"key\":\"" + QByteArray(51, 'k') + "\",\"name\":\"n\"}"),
        {QStringLiteral("competencies[0].key")});
    row("kit: key missing", post, kits, one(R"({"name":"n"})"),
        {QStringLiteral("competencies[0].key: field required")});
    row("kit: key repeated", post, kits, kit(R"("competencies":[{"key":"a","name":"n"},{"key":"a","name":"m"}])"),
        {QStringLiteral("competencies[1].key: repeats a")});
    row("kit: competency name missing", post, kits, one(R"({"key":"a"})"),
        {QStringLiteral("competencies[0].name: field required")});
    row("kit: competency name 101", post, kits, one("{\"key\":\"a\",\"name\":\"" + text(101) + "\"}"),
        {QStringLiteral("competencies[0].name: length must be between 1 and 100")});
    row("kit: description 1001", post, kits,
        one("{\"key\":\"a\",\"name\":\"n\",\"description\":\"" + text(1001) + "\"}"),
        {QStringLiteral("competencies[0].description: length must be between 0 and 1000")});
    row("kit: weight below 0", post, kits, one(R"({"key":"a","name":"n","weight":-0.5})"),
        {QStringLiteral("competencies[0].weight: must be between 0 and 10")});
    row("kit: weight above 10", post, kits, one(R"({"key":"a","name":"n","weight":"10.5"})"),
        {QStringLiteral("competencies[0].weight: must be between 0 and 10")});
    row("kit: weight not a number", post, kits, one(R"({"key":"a","name":"n","weight":"heavy"})"),
        {QStringLiteral("competencies[0].weight: must be a number")});
    row("kit: rubric level 5", post, kits, one(R"({"key":"a","name":"n","rubric":{"1":"x","5":"y"}})"),
        {QStringLiteral("competencies[0].rubric.5: unknown level")});
    row("kit: rubric level 0", post, kits, one(R"({"key":"a","name":"n","rubric":{"0":"x"}})"),
        {QStringLiteral("competencies[0].rubric.0: unknown level")});
    row("kit: rubric level 01", post, kits, one(R"({"key":"a","name":"n","rubric":{"01":"x"}})"),
        {QStringLiteral("competencies[0].rubric.01: unknown level")});
    row("kit: rubric text 1001", post, kits,
        one("{\"key\":\"a\",\"name\":\"n\",\"rubric\":{\"3\":\"" + text(1001) + "\"}}"),
        {QStringLiteral("competencies[0].rubric.3: must be at most 1000 characters")});
    row("kit: rubric text a number", post, kits, one(R"({"key":"a","name":"n","rubric":{"2":2}})"),
        {QStringLiteral("competencies[0].rubric.2: must be a string")});
    row("kit: rubric a list", post, kits, one(R"({"key":"a","name":"n","rubric":["x"]})"),
        {QStringLiteral("competencies[0].rubric: must be a JSON object")});
    row("kit: 51 questions", post, kits, kit("\"bank_question_ids\":[" + ids(51) + "]"),
        {QStringLiteral("bank_question_ids: at most 50 (got 51)")});
    row("kit: question repeated", post, kits, kit(R"("bank_question_ids":["{bq1}","{bq1}"])"),
        {QStringLiteral("bank_question_ids: must not repeat a question")});
    row("kit: question id a number", post, kits, kit(R"("bank_question_ids":[1])"),
        {QStringLiteral("bank_question_ids[0]: must be a string")});
    row("kit: unknown question", post, kits,
        kit("\"bank_question_ids\":[\"{bq1}\",\"" + UNKNOWN_BANK_QUESTION.toUtf8() + "\"]"), {UNKNOWN_BANK_QUESTION},
        404, QStringLiteral("BANK_QUESTION_NOT_FOUND"));
    row("kit: every problem at once", post, kits,
        R"({"estimated_duration":0,"competencies":[{"key":"A","name":"n","weight":11,"rubric":{"9":""}}]})",
        {QStringLiteral("name: field required"), QStringLiteral("estimated_duration"),
         QStringLiteral("competencies[0].key"), QStringLiteral("competencies[0].weight"),
         QStringLiteral("competencies[0].rubric.9")});
    row("kit: empty update", put, kits + QStringLiteral("/{kit}"), "{}", {QStringLiteral("body: no field to update")});
    row("kit: update with a bad key", put, kits + QStringLiteral("/{kit}"),
        R"({"competencies":[{"key":"","name":"n"}]})", {QStringLiteral("competencies[0].key")});
    row("kit: update unknown", put, kits + u'/' + UNKNOWN_KIT, R"({"name":"K"})", {UNKNOWN_KIT}, 404,
        QStringLiteral("KIT_NOT_FOUND"));
    row("kit: update with an unknown question", put, kits + QStringLiteral("/{kit}"),
        "{\"bank_question_ids\":[\"" + UNKNOWN_BANK_QUESTION.toUtf8() + "\"]}", {UNKNOWN_BANK_QUESTION}, 404,
        QStringLiteral("BANK_QUESTION_NOT_FOUND"));
    row("kit: get unknown", "GET", kits + u'/' + UNKNOWN_KIT, {}, {UNKNOWN_KIT}, 404, QStringLiteral("KIT_NOT_FOUND"));
    row("kit: delete unknown", "DELETE", kits + u'/' + UNKNOWN_KIT, {}, {UNKNOWN_KIT}, 404,
        QStringLiteral("KIT_NOT_FOUND"));

    // Who conducts a session, on the three create endpoints and the update.
    for (const QString &path : {QStringLiteral("/sessions"), QStringLiteral("/interview/sessions"),
                                QStringLiteral("/dify/interview/create")}) {
        const QByteArray name = path.toUtf8();
        row("interviewer 101 on " + name, post, path, "{\"user_id\":\"u\",\"interviewer\":\"" + text(101) + "\"}",
            {QStringLiteral("interviewer: length must be between 1 and 100")});
        row("interviewer blank on " + name, post, path, R"({"user_id":"u","interviewer":"   "})",
            {QStringLiteral("interviewer: must not be blank")});
        row("interviewer a number on " + name, post, path, R"({"user_id":"u","interviewer":7})",
            {QStringLiteral("interviewer: must be a string")});
        row("kit_id a number on " + name, post, path, R"({"user_id":"u","kit_id":7})",
            {QStringLiteral("kit_id: must be a string")});
    }
    row("interviewer 101 on update", put, QStringLiteral("/sessions/{sid}"), "{\"interviewer\":\"" + text(101) + "\"}",
        {QStringLiteral("interviewer: length must be between 1 and 100")});
}

void TestHttpKits::rules()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, details);

    seed();
    const HttpResult result = client().send(method, substitute(path), substitute(body));
    QCOMPARE(result.status, status);
    QCOMPARE(result.json.value(u"success"), QJsonValue(false));
    QCOMPARE(result.json.value(u"error_code").toString(), code);
    const QString actual = result.json.value(u"details").toString();
    for (const QString &expected : details)
        QVERIFY2(actual.contains(substitute(expected)), qPrintable(actual));
    // Nothing was written by a refused request: the bank and the kits are as seeded.
    QCOMPARE(jsonAt(client().get(QStringLiteral("/question-bank")).json, QStringLiteral("data.total")).toInt(), 3);
    QCOMPARE(jsonAt(client().get(QStringLiteral("/kits")).json, QStringLiteral("data.total")).toInt(), 1);
    if (body.contains(R"("user_id":"u")"))
        QCOMPARE(m_server->db().service().sessions(SessionFilter {QStringLiteral("u")})->total, 0);
}

void TestHttpKits::accepted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expectations>("expect");

    const QString bank = QStringLiteral("/question-bank");
    const QString kits = QStringLiteral("/kits");
    const auto kit = [](const QByteArray &fields) -> QByteArray { return "{\"name\":\"K\"," + fields + "}"; };

    QTest::addRow("bank: defaults") << bank << QByteArray(R"({"question_text":"Q"})")
                                    << Expectations {
                                           {QStringLiteral("data.question_type"), QStringLiteral("\"technical\"")},
                                           {QStringLiteral("data.difficulty_level"), QStringLiteral("\"medium\"")},
                                           {QStringLiteral("data.question_category"), QStringLiteral("null")},
                                           {QStringLiteral("data.tags"), QStringLiteral("[]")},
                                           {QStringLiteral("data.expected_answer"), QStringLiteral("\"\"")},
                                           {QStringLiteral("message"), QStringLiteral("\"创建成功\"")}};
    QTest::addRow("bank: blank optionals are absent")
        << bank
        << QByteArray(
               R"({"question_text":"Q","question_type":"","question_category":"","expected_answer":null,"tags":""})")
        << Expectations {{QStringLiteral("data.question_type"), QStringLiteral("\"technical\"")},
                         {QStringLiteral("data.question_category"), QStringLiteral("null")},
                         {QStringLiteral("data.tags"), QStringLiteral("[]")}};
    QTest::addRow("bank: tags comma-separated")
        << bank << QByteArray(R"({"question_text":"Q","tags":"python, 算法，并发"})")
        << Expectations {{QStringLiteral("data.tags"), QStringLiteral("[\"python\",\"算法\",\"并发\"]")}};
    QTest::addRow("bank: tags as a string holding JSON")
        << bank << QByteArray(R"({"question_text":"Q","tags":"[\"a\",\"b\"]"})")
        << Expectations {{QStringLiteral("data.tags"), QStringLiteral("[\"a\",\"b\"]")}};
    QTest::addRow("bank: tags trimmed, blank and repeated ones dropped")
        << bank << QByteArray(R"({"question_text":"Q","tags":[" a ","a","","b"]})")
        << Expectations {{QStringLiteral("data.tags"), QStringLiteral("[\"a\",\"b\"]")}};
    QByteArrayList tags;
    for (char letter = 'a'; letter < 'a' + 20; ++letter)
        tags << text(49) + letter;
    QTest::addRow("bank: 20 tags of 50") << bank
                                         << QByteArray("{\"question_text\":\"Q\",\"tags\":\"" + tags.join(',') + "\"}")
                                         << Expectations {{QStringLiteral("data.tags.19"),
                                                           u'"' + QString::fromUtf8(tags.last()) + u'"'}};
    QTest::addRow("bank: 2000 characters, emoji count one")
        << bank << QByteArray("{\"question_text\":\"" + text(1999) + "😀\",\"expected_answer\":\"" + text(5000) + "\"}")
        << Expectations {};
    QTest::addRow("bank: every field")
        << bank
        << QByteArray(
               R"({"question_text":"请讲讲 GIL","question_type":"logical","question_category":"编程基础","difficulty_level":"hard","tags":["python"],"expected_answer":"全局解释器锁"})")
        << Expectations {{QStringLiteral("data.question_text"), QStringLiteral("\"请讲讲 GIL\"")},
                         {QStringLiteral("data.question_type"), QStringLiteral("\"logical\"")},
                         {QStringLiteral("data.question_category"), QStringLiteral("\"编程基础\"")},
                         {QStringLiteral("data.difficulty_level"), QStringLiteral("\"hard\"")},
                         {QStringLiteral("data.expected_answer"), QStringLiteral("\"全局解释器锁\"")},
                         {QStringLiteral("data.created_at"), QStringLiteral("\"2025-09-05T13:32:19\"")}};

    QTest::addRow("kit: defaults") << kits << QByteArray(R"({"name":"K"})")
                                   << Expectations {
                                          {QStringLiteral("data.session_type"), QStringLiteral("\"knowledge_based\"")},
                                          {QStringLiteral("data.difficulty_level"), QStringLiteral("\"medium\"")},
                                          {QStringLiteral("data.estimated_duration"), QStringLiteral("60")},
                                          {QStringLiteral("data.position"), QStringLiteral("\"\"")},
                                          {QStringLiteral("data.competencies"), QStringLiteral("[]")},
                                          {QStringLiteral("data.bank_question_ids"), QStringLiteral("[]")}};
    QTest::addRow("kit: weight default 1, rubric levels empty")
        << kits << kit(R"("competencies":[{"key":"a","name":"n"}])")
        << Expectations {{QStringLiteral("data.competencies.0.weight"), QStringLiteral("1")},
                         {QStringLiteral("data.competencies.0.description"), QStringLiteral("\"\"")},
                         {QStringLiteral("data.competencies.0.rubric"),
                          QStringLiteral("{\"1\":\"\",\"2\":\"\",\"3\":\"\",\"4\":\"\"}")}};
    QTest::addRow("kit: weights 0 and 10, as a string too")
        << kits << kit(R"("competencies":[{"key":"a","name":"n","weight":0},{"key":"b","name":"n","weight":"10"}])")
        << Expectations {{QStringLiteral("data.competencies.0.weight"), QStringLiteral("0")},
                         {QStringLiteral("data.competencies.1.weight"), QStringLiteral("10")}};
    QTest::addRow("kit: rubric levels 1 and 4 only")
        << kits << kit(R"("competencies":[{"key":"a","name":"n","rubric":{"1":"差","4":"优"}}])")
        << Expectations {{QStringLiteral("data.competencies.0.rubric.1"), QStringLiteral("\"差\"")},
                         {QStringLiteral("data.competencies.0.rubric.2"), QStringLiteral("\"\"")},
                         {QStringLiteral("data.competencies.0.rubric.4"), QStringLiteral("\"优\"")}};
    QTest::addRow("kit: competencies and rubric as strings holding JSON (Dify)")
        << kits << kit(R"("competencies":"[{\"key\":\"a_1\",\"name\":\"n\",\"rubric\":\"{\\\"2\\\":\\\"ok\\\"}\"}]")")
        << Expectations {{QStringLiteral("data.competencies.0.key"), QStringLiteral("\"a_1\"")},
                         {QStringLiteral("data.competencies.0.rubric.2"), QStringLiteral("\"ok\"")}};
    QTest::addRow("kit: 20 competencies, a key of 50")
        << kits
        << kit("\"competencies\":[" + competencies(19) + ",{\"key\":\"" + QByteArray(50, 'z') + "\",\"name\":\""
               + text(100) + "\"}]")
        << Expectations {{QStringLiteral("data.competencies.19.key"), u'"' + QString(50, u'z') + u'"'}};
    QTest::addRow("kit: question ids comma-separated, in order")
        << kits << kit(R"("bank_question_ids":"{bq3}, {bq1}")")
        << Expectations {{QStringLiteral("data.bank_question_ids"), QStringLiteral("[\"{bq3}\",\"{bq1}\"]")}};
    QTest::addRow("kit: every field, numbers as strings")
        << kits
        << QByteArray(
               "{\"name\":\"" + text(200)
               + R"(","position":"后端","session_type":"resume_customized","difficulty_level":"easy","estimated_duration":"300"})")
        << Expectations {{QStringLiteral("data.position"), QStringLiteral("\"后端\"")},
                         {QStringLiteral("data.session_type"), QStringLiteral("\"resume_customized\"")},
                         {QStringLiteral("data.difficulty_level"), QStringLiteral("\"easy\"")},
                         {QStringLiteral("data.estimated_duration"), QStringLiteral("300")}};
}

void TestHttpKits::accepted()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Expectations, expect);

    seed();
    const HttpResult result = client().post(path, substitute(body));
    QVERIFY2(result.status == 200, result.body.constData());
    QCOMPARE(result.json.value(u"success"), QJsonValue(true));
    for (auto &[where, expected] : expect)
        expected = substitute(expected);
    verifyExpectations(result.json, expect);
    // What the reply says is what is stored.
    const QString id = jsonAt(result.json,
                              path == QStringLiteral("/kits") ? QStringLiteral("data.kit_id")
                                                              : QStringLiteral("data.bank_question_id"))
                           .toString();
    const HttpResult stored = client().get(path + u'/' + id);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(u"data"), result.json.value(u"data"));
}

void TestHttpKits::bankSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("texts"); // newest first
    QTest::addColumn<int>("total");

    const QString a = QStringLiteral("Python 的 GIL 是什么？");
    const QString b = QStringLiteral("讲一个你化解冲突的经历");
    const QString c = QStringLiteral("设计一个短链接服务");
    QTest::addRow("everything") << QString() << QStringList {c, b, a} << 3;
    QTest::addRow("q in the text") << QStringLiteral("q=GIL") << QStringList {a} << 1;
    QTest::addRow("q ASCII case-insensitive") << QStringLiteral("q=gil") << QStringList {a} << 1;
    QTest::addRow("q in the expected answer") << QStringLiteral("q=解释器") << QStringList {a} << 1;
    QTest::addRow("q in a tag") << QStringLiteral("q=架构") << QStringList {c} << 1;
    QTest::addRow("q in the category") << QStringLiteral("q=软技能") << QStringList {b} << 1;
    QTest::addRow("q matches nothing") << QStringLiteral("q=区块链") << QStringList {} << 0;
    QTest::addRow("question_type") << QStringLiteral("question_type=behavioral") << QStringList {b} << 1;
    QTest::addRow("category exact") << QStringLiteral("question_category=编程基础") << QStringList {a} << 1;
    QTest::addRow("category is not a substring") << QStringLiteral("question_category=编程") << QStringList {} << 0;
    QTest::addRow("tag") << QStringLiteral("tag=python") << QStringList {c, a} << 2;
    QTest::addRow("tag is not a substring") << QStringLiteral("tag=pyth") << QStringList {} << 0;
    QTest::addRow("type and tag") << QStringLiteral("question_type=technical&tag=并发") << QStringList {a} << 1;
    QTest::addRow("blank filters are absent") << QStringLiteral("q=&tag=&question_type=") << QStringList {c, b, a} << 3;
    QTest::addRow("first page of 2") << QStringLiteral("page_size=2") << QStringList {c, b} << 3;
    QTest::addRow("second page of 2") << QStringLiteral("page=2&page_size=2") << QStringList {a} << 3;
    QTest::addRow("past the end") << QStringLiteral("page=3&page_size=2") << QStringList {} << 3;
}

void TestHttpKits::bankSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, texts);
    QFETCH(int, total);

    const QList<QJsonObject> questions {
        {{QStringLiteral("question_text"), QStringLiteral("Python 的 GIL 是什么？")},
         {QStringLiteral("question_category"), QStringLiteral("编程基础")},
         {QStringLiteral("tags"), QJsonArray {QStringLiteral("python"), QStringLiteral("并发")}},
         {QStringLiteral("expected_answer"), QStringLiteral("全局解释器锁")}},
        {{QStringLiteral("question_text"), QStringLiteral("讲一个你化解冲突的经历")},
         {QStringLiteral("question_type"), QStringLiteral("behavioral")},
         {QStringLiteral("question_category"), QStringLiteral("软技能")},
         {QStringLiteral("tags"), QJsonArray {QStringLiteral("沟通")}}},
        {{QStringLiteral("question_text"), QStringLiteral("设计一个短链接服务")},
         {QStringLiteral("question_category"), QStringLiteral("系统设计")},
         {QStringLiteral("tags"), QJsonArray {QStringLiteral("架构"), QStringLiteral("python")}}},
    };
    for (const QJsonObject &question : questions) {
        QVERIFY(!createBankQuestion(client(), question).isEmpty());
        m_server->db().clock().advance(1000);
    }
    const HttpResult result = client().get(QStringLiteral("/question-bank?") + query);
    QVERIFY2(result.status == 200, result.body.constData());
    QCOMPARE(strings(result.json, QStringLiteral("data.items"), QStringLiteral("question_text")), texts);
    QCOMPARE(jsonAt(result.json, QStringLiteral("data.total")).toInt(), total);
    const QUrlQuery parameters(query);
    QCOMPARE(jsonAt(result.json, QStringLiteral("data.page")).toInt(),
             parameters.queryItemValue(QStringLiteral("page")).toInt() > 0
                 ? parameters.queryItemValue(QStringLiteral("page")).toInt()
                 : 1);
    QCOMPARE(jsonAt(result.json, QStringLiteral("message")).toString(), QStringLiteral("获取成功"));
}

void TestHttpKits::bankLifecycle()
{
    seed();
    const QByteArray draft = R"({"question_text":"什么是幂等？","tags":"http"})";
    const Headers key {{QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("bank-create-1")}};
    const HttpResult created = client().post(QStringLiteral("/question-bank"), draft, key);
    QCOMPARE(created.status, 200);
    const QString id = jsonAt(created.json, QStringLiteral("data.bank_question_id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^bq_[0-9a-f]{12}$")).match(id).hasMatch(), qPrintable(id));
    // A retry with the same key is the first reply; nothing new is stored.
    const HttpResult retried = client().post(QStringLiteral("/question-bank"), draft, key);
    QCOMPARE(retried.json, created.json);
    QCOMPARE(jsonAt(client().get(QStringLiteral("/question-bank")).json, QStringLiteral("data.total")).toInt(), 4);

    m_server->db().clock().advance(60'000);
    const HttpResult updated = client().put(QStringLiteral("/question-bank/") + id,
                                            R"({"question_type":"logical","tags":["http","api"],"question_text":""})");
    QVERIFY2(updated.status == 200, updated.body.constData());
    verifyExpectations(updated.json,
                       {{QStringLiteral("data.question_text"), QStringLiteral("\"什么是幂等？\"")},
                        {QStringLiteral("data.question_type"), QStringLiteral("\"logical\"")},
                        {QStringLiteral("data.tags"), QStringLiteral("[\"http\",\"api\"]")},
                        {QStringLiteral("data.created_at"), QStringLiteral("\"2025-09-05T13:32:19\"")},
                        {QStringLiteral("data.updated_at"), QStringLiteral("\"2025-09-05T13:33:19\"")},
                        {QStringLiteral("message"), QStringLiteral("\"更新成功\"")}});
    QCOMPARE(client().get(QStringLiteral("/question-bank/") + id).json.value(u"data"), updated.json.value(u"data"));

    const HttpResult removed = client().send("DELETE", QStringLiteral("/question-bank/") + id);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json,
             (QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("bank_question_id"), id},
                           {QStringLiteral("message"), QStringLiteral("删除成功")}}));
    QCOMPARE(client().get(QStringLiteral("/question-bank/") + id).status, 404);
    QCOMPARE(client().send("DELETE", QStringLiteral("/question-bank/") + id).status, 404);

    // A planned question deleted from the bank leaves the kit; the session keeps its copy.
    QCOMPARE(client().send("DELETE", QStringLiteral("/question-bank/") + m_bank.at(0)).status, 200);
    QCOMPARE(strings(client().get(QStringLiteral("/kits/") + m_kitId).json, QStringLiteral("data.bank_question_ids")),
             m_bank.mid(1));
    const HttpResult next = client().get(QStringLiteral("/dify/interview/%1/next-question").arg(m_sessionId));
    QCOMPARE(jsonAt(next.json, QStringLiteral("next_question.question_text")).toString(), PLANNED.at(0));
    QCOMPARE(jsonAt(next.json, QStringLiteral("remaining")).toInt(), 3);
}

void TestHttpKits::kitLifecycle()
{
    seed();
    const QString second = createKit(client(), {{QStringLiteral("name"), QStringLiteral("产品经理")}});
    const QString third = createKit(client(), {{QStringLiteral("name"), QStringLiteral("Android")}});
    QVERIFY(!second.isEmpty() && !third.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^kit_[0-9a-f]{12}$")).match(second).hasMatch());
    const HttpResult list = client().get(QStringLiteral("/kits"));
    QCOMPARE(list.status, 200);
    QCOMPARE(strings(list.json, QStringLiteral("data.items"), QStringLiteral("kit_id")),
             (QStringList {third, second, m_kitId})); // by name, in code points: A, 产 (U+4EA7), 后 (U+540E)
    QCOMPARE(jsonAt(list.json, QStringLiteral("data.total")).toInt(), 3);

    const HttpResult updated
        = client().put(QStringLiteral("/kits/") + m_kitId,
                       body({{QStringLiteral("competencies"),
                              QJsonArray {competency(QStringLiteral("sql"), QStringLiteral("SQL"), 3)}},
                             {QStringLiteral("bank_question_ids"), QJsonArray {m_bank.at(2), m_bank.at(0)}},
                             {QStringLiteral("position"), QString()}}));
    QVERIFY2(updated.status == 200, updated.body.constData());
    verifyExpectations(updated.json,
                       {{QStringLiteral("data.name"), QStringLiteral("\"后端工程师 · 一面\"")},
                        {QStringLiteral("data.position"), QStringLiteral("\"后端工程师\"")}, // "" leaves it
                        {QStringLiteral("data.estimated_duration"), QStringLiteral("45")},
                        {QStringLiteral("data.competencies.0.key"), QStringLiteral("\"sql\"")},
                        {QStringLiteral("data.competencies.0.weight"), QStringLiteral("3")},
                        {QStringLiteral("data.competencies.0.rubric.4"), QStringLiteral("\"sql level 4\"")}});
    QCOMPARE(jsonAt(updated.json, QStringLiteral("data.competencies")).toArray().size(), 1);
    QCOMPARE(strings(updated.json, QStringLiteral("data.bank_question_ids")),
             (QStringList {m_bank.at(2), m_bank.at(0)}));
    QCOMPARE(client().get(QStringLiteral("/kits/") + m_kitId).json.value(u"data"), updated.json.value(u"data"));

    const HttpResult removed = client().send("DELETE", QStringLiteral("/kits/") + second);
    QCOMPARE(removed.json,
             (QJsonObject {{QStringLiteral("success"), true},
                           {QStringLiteral("kit_id"), second},
                           {QStringLiteral("message"), QStringLiteral("删除成功")}}));
    QCOMPARE(client().get(QStringLiteral("/kits/") + second).json.value(u"error_code").toString(),
             QStringLiteral("KIT_NOT_FOUND"));
    QCOMPARE(jsonAt(client().get(QStringLiteral("/kits")).json, QStringLiteral("data.total")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestHttpKits)
#include "tst_httpkits.moc"
