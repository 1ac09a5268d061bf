// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A session's scorecard over HTTP (issue 12): every rule of GET/PUT /sessions/{id}/scorecard a
// row, the weighted rating (weights, half-up rounding), the submit lock.
#include "kittesthelpers.h"
#include "serverfixture.h"
#include "wiretime.h"

#include <QRegularExpression>
#include <QTest>

using namespace ir;
using namespace ir::test;
using namespace ir::test::kits;

using Expectations = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Expectations)

namespace {

QByteArray text(int length)
{
    return QString(length, QChar(u'评')).toUtf8();
}

QByteArray ratings(const QByteArray &items)
{
    return "{\"competency_ratings\":[" + items + "]}";
}

const QByteArray RATE_ALL
    = ratings(R"({"key":"coding","rating":3},{"key":"communication","rating":2},{"key":"design","rating":4})");

} // namespace

class TestHttpScorecards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void accepted_data();
    void accepted();
    void weightedRating_data();
    void weightedRating();
    void submit();
    void submitLock_data();
    void submitLock();
    void withoutKit();

private:
    HttpClient &client() { return m_server->client(); }
    QString path() const { return QStringLiteral("/sessions/%1/scorecard").arg(m_sessionId); }
    HttpResult put(const QByteArray &json) { return client().put(path(), json); }

    std::unique_ptr<ServerFixture> m_server;
    QString m_sessionId; // planned from a kit of coding (weight 2), communication and design (1 each)
};

void TestHttpScorecards::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start());
    const QString kitId
        = createKit(client(),
                    {{QStringLiteral("name"), QStringLiteral("后端")},
                     {QStringLiteral("competencies"),
                      QJsonArray {competency(QStringLiteral("coding"), QStringLiteral("编码"), 2),
                                  competency(QStringLiteral("communication"), QStringLiteral("沟通"), 1),
                                  competency(QStringLiteral("design"), QStringLiteral("设计"), 1)}}});
    QVERIFY(!kitId.isEmpty());
    m_sessionId = createSession(client(), kitId, QStringLiteral("王老师"));
    QVERIFY(!m_sessionId.isEmpty());
}

void TestHttpScorecards::cleanup()
{
    m_server.reset();
}

void TestHttpScorecards::rules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("details");

    const QString validation = QStringLiteral("VALIDATION_ERROR");
    const auto row = [&](const char *name, const QByteArray &json, const QStringList &details) {
        QTest::addRow("%s", name) << json << 400 << validation << details;
    };
    row("rating 0", ratings(R"({"key":"coding","rating":0})"),
        {QStringLiteral("competency_ratings[0].rating: must be 1 to 4 or null")});
    row("rating 5", ratings(R"({"key":"coding","rating":"5"})"),
        {QStringLiteral("competency_ratings[0].rating: must be 1 to 4 or null")});
    row("rating 2.5", ratings(R"({"key":"coding","rating":2.5})"),
        {QStringLiteral("competency_ratings[0].rating: must be an integer")});
    row("rating abc", ratings(R"({"key":"coding","rating":"abc"})"),
        {QStringLiteral("competency_ratings[0].rating: must be an integer")});
    row("rating empty text", ratings(R"({"key":"coding","rating":""})"),
        {QStringLiteral("competency_ratings[0].rating: must be an integer")});
    row("note 2001", ratings("{\"key\":\"coding\",\"note\":\"" + text(2001) + "\"}"),
        {QStringLiteral("competency_ratings[0].note: must be at most 2000 characters")});
    row("key missing", ratings(R"({"rating":3})"), {QStringLiteral("competency_ratings[0].key: field required")});
    row("key blank", ratings(R"({"key":" ","rating":3})"),
        {QStringLiteral("competency_ratings[0].key: must not be blank")});
    row("key repeated", ratings(R"({"key":"coding","rating":3},{"key":"coding","rating":2})"),
        {QStringLiteral("competency_ratings[1].key: repeats coding")});
    row("key unknown", ratings(R"({"key":"coding","rating":3},{"key":"sql","rating":2})"),
        {QStringLiteral("competency_ratings[1].key: this scorecard has no competency sql")});
    row("rating not an object", ratings("3"), {QStringLiteral("competency_ratings[0]: must be a JSON object")});
    row("ratings not a list", R"({"competency_ratings":{"coding":3}})",
        {QStringLiteral("competency_ratings: must be a JSON array (or a string holding one)")});
    row("strengths 5001", "{\"strengths\":\"" + text(5001) + "\"}",
        {QStringLiteral("strengths: length must be between 0 and 5000")});
    row("concerns 5001", "{\"concerns\":\"" + text(5001) + "\"}",
        {QStringLiteral("concerns: length must be between 0 and 5000")});
    row("unknown recommendation", R"({"recommendation":"maybe"})",
        {QStringLiteral("recommendation: must be one of: no_decision, strong_yes, yes, no, strong_no")});
    row("submitted not a flag", R"({"submitted":"perhaps"})", {QStringLiteral("submitted: must be true or false")});
    row("empty body", "{}", {QStringLiteral("body: no field to update")});
    row("submit unrated", ratings(R"({"key":"coding","rating":3})").chopped(1) + ",\"submitted\":true}",
        {QStringLiteral("submitted: rate every competency first (unrated: communication, design)")});
    row("every problem at once",
        "{\"competency_ratings\":[{\"key\":\"coding\",\"rating\":9}],\"strengths\":\"" + text(5001)
            + "\",\"recommendation\":\"maybe\"}",
        {QStringLiteral("competency_ratings[0].rating"), QStringLiteral("strengths"),
         QStringLiteral("recommendation")});
    QTest::addRow("unknown session") << QByteArray(R"({"strengths":"x"})") << 404 << QStringLiteral("SESSION_NOT_FOUND")
                                     << QStringList {UNKNOWN_SESSION};
}

void TestHttpScorecards::rules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, details);

    const QJsonValue before = client().get(path()).json.value(u"data");
    const QString target = status == 404 ? QStringLiteral("/sessions/%1/scorecard").arg(UNKNOWN_SESSION) : path();
    const HttpResult result = client().put(target, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json.value(u"error_code").toString(), code);
    const QString actual = result.json.value(u"details").toString();
    for (const QString &expected : details)
        QVERIFY2(actual.contains(expected), qPrintable(actual));
    // Nothing changed (also not the part of the request that was valid).
    QCOMPARE(client().get(path()).json.value(u"data"), before);
    if (status == 404)
        QCOMPARE(client().get(target).json.value(u"error_code").toString(), code);
}

void TestHttpScorecards::accepted_data()
{
    QTest::addColumn<QByteArray>("setup"); // a PUT before, or none
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expectations>("expect");

    QTest::addRow("rating as text, its rubric level")
        << QByteArray() << ratings(R"({"key":"coding","rating":"3"})")
        << Expectations {{QStringLiteral("data.competency_ratings.0.rating"), QStringLiteral("3")},
                         {QStringLiteral("data.competency_ratings.0.level_text"), QStringLiteral("\"coding level 3\"")},
                         {QStringLiteral("data.competency_ratings.1.rating"), QStringLiteral("null")},
                         {QStringLiteral("data.competency_ratings.1.level_text"), QStringLiteral("null")}};
    QTest::addRow("ratings as a string holding JSON (Dify)")
        << QByteArray()
        << QByteArray(R"({"competency_ratings":"[{\"key\":\"design\",\"rating\":4,\"note\":\"清晰\"}]"})")
        << Expectations {{QStringLiteral("data.competency_ratings.2.rating"), QStringLiteral("4")},
                         {QStringLiteral("data.competency_ratings.2.note"), QStringLiteral("\"清晰\"")}};
    QTest::addRow("partial by key, others kept")
        << RATE_ALL << ratings(R"({"key":"communication","rating":1})")
        << Expectations {{QStringLiteral("data.competency_ratings.0.rating"), QStringLiteral("3")},
                         {QStringLiteral("data.competency_ratings.1.rating"), QStringLiteral("1")},
                         {QStringLiteral("data.competency_ratings.2.rating"), QStringLiteral("4")}};
    QTest::addRow("null clears a rating")
        << RATE_ALL << ratings(R"({"key":"design","rating":null})")
        << Expectations {{QStringLiteral("data.competency_ratings.2.rating"), QStringLiteral("null")},
                         {QStringLiteral("data.competency_ratings.2.level_text"), QStringLiteral("null")}};
    QTest::addRow("a note alone keeps the rating")
        << RATE_ALL << ratings(R"({"key":"coding","note":"会写测试"})")
        << Expectations {{QStringLiteral("data.competency_ratings.0.rating"), QStringLiteral("3")},
                         {QStringLiteral("data.competency_ratings.0.note"), QStringLiteral("\"会写测试\"")}};
    QTest::addRow("longest texts") << QByteArray()
                                   << QByteArray("{\"competency_ratings\":[{\"key\":\"coding\",\"note\":\"" + text(2000)
                                                 + "\"}],\"strengths\":\"" + text(5000) + "\",\"concerns\":\""
                                                 + text(5000) + "\"}")
                                   << Expectations {};
    QTest::addRow("recommendation, strengths, concerns")
        << QByteArray() << QByteArray(R"({"recommendation":"strong_yes","strengths":"基础扎实","concerns":"经验少"})")
        << Expectations {{QStringLiteral("data.recommendation"), QStringLiteral("\"strong_yes\"")},
                         {QStringLiteral("data.strengths"), QStringLiteral("\"基础扎实\"")},
                         {QStringLiteral("data.concerns"), QStringLiteral("\"经验少\"")}};
    QTest::addRow("blank texts leave them")
        << QByteArray(R"({"strengths":"基础扎实"})")
        << QByteArray(R"({"strengths":"","concerns":"少","recommendation":""})")
        << Expectations {{QStringLiteral("data.strengths"), QStringLiteral("\"基础扎实\"")},
                         {QStringLiteral("data.concerns"), QStringLiteral("\"少\"")},
                         {QStringLiteral("data.recommendation"), QStringLiteral("\"no_decision\"")}};
    QTest::addRow("submitted false alone changes nothing")
        << QByteArray() << QByteArray(R"({"submitted":false})")
        << Expectations {{QStringLiteral("data.submitted"), QStringLiteral("false")},
                         {QStringLiteral("data.submitted_at"), QStringLiteral("null")}};
    QTest::addRow("submitted as text") << RATE_ALL << QByteArray(R"({"submitted":"true"})")
                                       << Expectations {{QStringLiteral("data.submitted"), QStringLiteral("true")},
                                                        {QStringLiteral("data.submitted_at"),
                                                         QStringLiteral("\"2025-09-05T13:32:19\"")}};
}

void TestHttpScorecards::accepted()
{
    QFETCH(QByteArray, setup);
    QFETCH(QByteArray, body);
    QFETCH(Expectations, expect);

    if (!setup.isEmpty())
        QCOMPARE(put(setup).status, 200);
    const HttpResult result = put(body);
    QVERIFY2(result.status == 200, result.body.constData());
    QCOMPARE(result.json.value(u"success"), QJsonValue(true));
    QCOMPARE(result.json.value(u"message").toString(), QStringLiteral("更新成功"));
    QCOMPARE(jsonAt(result.json, QStringLiteral("data.session_id")).toString(), m_sessionId);
    QCOMPARE(jsonAt(result.json, QStringLiteral("data.interviewer")).toString(), QStringLiteral("王老师"));
    verifyExpectations(result.json, expect);
    const HttpResult stored = client().get(path());
    QCOMPARE(stored.json.value(u"message").toString(), QStringLiteral("获取成功"));
    QCOMPARE(stored.json.value(u"data"), result.json.value(u"data"));
    // The recommendation is the session's own.
    QCOMPARE(
        jsonAt(client().get(QStringLiteral("/sessions/") + m_sessionId).json, QStringLiteral("data.recommendation")),
        jsonAt(result.json, QStringLiteral("data.recommendation")));
}

void TestHttpScorecards::weightedRating_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<int>>("given"); // 0: unrated
    QTest::addColumn<QString>("expected");

    using W = QList<double>;
    using R = QList<int>;
    QTest::addRow("nothing rated") << W {1, 1} << R {0, 0} << QStringLiteral("null");
    QTest::addRow("one of two rated") << W {1, 1} << R {3, 0} << QStringLiteral("3");
    QTest::addRow("plain mean") << W {1, 1, 1} << R {1, 2, 2} << QStringLiteral("1.7");
    QTest::addRow("weighted") << W {2, 1, 1} << R {3, 2, 4} << QStringLiteral("3");
    QTest::addRow("half up, not to even (2.25)") << W {3, 1} << R {2, 3} << QStringLiteral("2.3");
    QTest::addRow("half up where binary falls short (2.45)") << W {5.5, 4.5} << R {2, 3} << QStringLiteral("2.5");
    QTest::addRow("half up (2.75)") << W {1, 3} << R {2, 3} << QStringLiteral("2.8");
    QTest::addRow("decimal weights (3.25)") << W {0.5, 1.5} << R {1, 4} << QStringLiteral("3.3");
    QTest::addRow("just below a half (1.24)") << W {7.6, 2.4, 0} << R {1, 2, 0} << QStringLiteral("1.2");
    QTest::addRow("weight 0 does not count") << W {0, 1} << R {4, 2} << QStringLiteral("2");
    QTest::addRow("only weight 0 rated") << W {0, 1} << R {4, 0} << QStringLiteral("null");
    QTest::addRow("weights 10, all 4") << W {10, 10, 10} << R {4, 4, 4} << QStringLiteral("4");
}

void TestHttpScorecards::weightedRating()
{
    QFETCH(QList<double>, weights);
    QFETCH(QList<int>, given);
    QFETCH(QString, expected);

    QJsonArray list;
    QJsonArray changes;
    for (int i = 0; i < weights.size(); ++i) {
        list << competency(QStringLiteral("c%1").arg(i), QStringLiteral("能力%1").arg(i), weights.at(i));
        if (given.at(i) > 0)
            changes << QJsonObject {{QStringLiteral("key"), QStringLiteral("c%1").arg(i)},
                                    {QStringLiteral("rating"), given.at(i)}};
    }
    const QString kitId
        = createKit(client(), {{QStringLiteral("name"), QStringLiteral("K")}, {QStringLiteral("competencies"), list}});
    m_sessionId = createSession(client(), kitId);
    QVERIFY(!m_sessionId.isEmpty());
    const HttpResult result
        = changes.isEmpty() ? client().get(path()) : put(body({{QStringLiteral("competency_ratings"), changes}}));
    QVERIFY2(result.status == 200, result.body.constData());
    QCOMPARE(compact(jsonAt(result.json, QStringLiteral("data.weighted_rating"))), expected);
    QCOMPARE(client().get(path()).json.value(u"data"), result.json.value(u"data"));
}

void TestHttpScorecards::submit()
{
    QCOMPARE(put(RATE_ALL).status, 200);
    m_server->db().clock().advance(90'000);
    const HttpResult submitted = put(R"({"submitted":true,"recommendation":"yes","strengths":"稳"})");
    QVERIFY2(submitted.status == 200, submitted.body.constData());
    const QString at = wiretime::format(m_server->db().clock().nowMs());
    verifyExpectations(submitted.json,
                       {{QStringLiteral("data.submitted"), QStringLiteral("true")},
                        {QStringLiteral("data.submitted_at"), u'"' + at + u'"'},
                        {QStringLiteral("data.recommendation"), QStringLiteral("\"yes\"")},
                        {QStringLiteral("data.strengths"), QStringLiteral("\"稳\"")},
                        // (3·2 + 2 + 4) / 4 = 3
                        {QStringLiteral("data.weighted_rating"), QStringLiteral("3")}});
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$")).match(at).hasMatch());
    QCOMPARE(client().get(path()).json.value(u"data"), submitted.json.value(u"data"));
}

void TestHttpScorecards::submitLock_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("a rating") << ratings(R"({"key":"coding","rating":1})");
    QTest::addRow("clearing a rating") << ratings(R"({"key":"coding","rating":null})");
    QTest::addRow("a note") << ratings(R"({"key":"design","note":"补充"})");
    QTest::addRow("the strengths") << QByteArray(R"({"strengths":"改"})");
    QTest::addRow("the concerns") << QByteArray(R"({"concerns":"改"})");
    QTest::addRow("the recommendation") << QByteArray(R"({"recommendation":"strong_no"})");
    QTest::addRow("withdrawing it") << QByteArray(R"({"submitted":false})");
    QTest::addRow("submitting again") << QByteArray(R"({"submitted":true})");
}

void TestHttpScorecards::submitLock()
{
    QFETCH(QByteArray, body);

    QCOMPARE(put(RATE_ALL.chopped(1) + ",\"submitted\":true}").status, 200);
    const QJsonValue locked = client().get(path()).json.value(u"data");
    m_server->db().clock().advance(1000);
    const HttpResult refused = put(body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json.value(u"error_code").toString(), QStringLiteral("SCORECARD_SUBMITTED"));
    QVERIFY(refused.json.value(u"details").toString().contains(m_sessionId));
    QCOMPARE(client().get(path()).json.value(u"data"), locked);
}

void TestHttpScorecards::withoutKit()
{
    m_sessionId = createSession(client(), {});
    const HttpResult empty = client().get(path());
    QCOMPARE(empty.status, 200);
    verifyExpectations(empty.json,
                       {{QStringLiteral("data.competency_ratings"), QStringLiteral("[]")},
                        {QStringLiteral("data.weighted_rating"), QStringLiteral("null")},
                        {QStringLiteral("data.interviewer"), QStringLiteral("null")},
                        {QStringLiteral("data.recommendation"), QStringLiteral("\"no_decision\"")},
                        {QStringLiteral("data.submitted"), QStringLiteral("false")}});
    const HttpResult unknownKey = put(ratings(R"({"key":"coding","rating":3})"));
    QCOMPARE(unknownKey.json.value(u"error_code").toString(), QStringLiteral("VALIDATION_ERROR"));
    const HttpResult submitted = put(R"({"concerns":"无","submitted":true})");
    QVERIFY2(submitted.status == 200, submitted.body.constData());
    QCOMPARE(jsonAt(submitted.json, QStringLiteral("data.submitted")), QJsonValue(true));
    QCOMPARE(client().get(QStringLiteral("/sessions/%1/scorecard").arg(UNKNOWN_SESSION)).status, 404);
}

QTEST_GUILESS_MAIN(TestHttpScorecards)
#include "tst_httpscorecards.moc"
