// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Text arrives exactly or not at all: a JSON string escape that is half a UTF-16 surrogate pair
// is refused with the field's name (Qt's parser would silently store another character), while
// real pairs (emoji) and every other character round-trip.
#include "serverfixture.h"

#include <QTest>

using namespace ir;
using namespace ir::test;

class TestHttpUnicode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unpairedSurrogates_data();
    void unpairedSurrogates();
    void validTextRoundTrips_data();
    void validTextRoundTrips();

private:
    QByteArray addQa(const QByteArray &questionText, const QByteArray &answer = "\"a\"") const
    {
        return "{\"session_id\":\"" + m_sessionId.toUtf8() + "\",\"question_text\":" + questionText
            + ",\"question_type\":\"technical\",\"candidate_answer\":" + answer
            + ",\"interviewer_feedback\":\"f\",\"overall_score\":7}";
    }

    std::unique_ptr<ServerFixture> m_server;
    QString m_sessionId;
};

void TestHttpUnicode::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start(false));
    m_sessionId = m_server->createSession();
}

void TestHttpUnicode::cleanup()
{
    m_server.reset();
}

void TestHttpUnicode::unpairedSurrogates_data()
{
    QTest::addColumn<QByteArray>("questionText");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("field");
    const QByteArray plain = "\"a\"";
    QTest::addRow("lone high") << QByteArray("\"\\ud800\"") << plain << QStringLiteral("question_text");
    QTest::addRow("lone low") << QByteArray("\"\\udc00\"") << plain << QStringLiteral("question_text");
    QTest::addRow("reversed pair") << QByteArray("\"\\udc00\\ud800\"") << plain << QStringLiteral("question_text");
    QTest::addRow("high then letter") << QByteArray("\"sur\\ud800b\"") << plain << QStringLiteral("question_text");
    QTest::addRow("high then escaped letter")
        << QByteArray("\"x\\uD800\\u0041\"") << plain << QStringLiteral("question_text");
    QTest::addRow("high at the end") << QByteArray("\"end\\ud83d\"") << plain << QStringLiteral("question_text");
    QTest::addRow("in another field") << QByteArray("\"题目\"") << QByteArray("\"ok \\udfff\"")
                                      << QStringLiteral("candidate_answer");
}

void TestHttpUnicode::unpairedSurrogates()
{
    QFETCH(QByteArray, questionText);
    QFETCH(QByteArray, answer);
    QFETCH(QString, field);
    const HttpResult result
        = m_server->client().post(QStringLiteral("/dify/interview/add-qa"), addQa(questionText, answer));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(result.json.value(QStringLiteral("details")).toString().startsWith(field + u':'), result.body.constData());
    QCOMPARE(m_server->db().service().session(m_sessionId)->totalQuestions, 0);
}

void TestHttpUnicode::validTextRoundTrips_data()
{
    QTest::addColumn<QByteArray>("questionText");
    QTest::addColumn<QString>("stored");
    QTest::addRow("escaped pair") << QByteArray("\"emoji \\ud83d\\ude00\"") << QStringLiteral("emoji 😀");
    QTest::addRow("raw emoji") << QByteArray("\"raw 😀\"") << QStringLiteral("raw 😀");
    QTest::addRow("escaped backslash-u text")
        << QByteArray("\"\\\\ud800 is text\"") << QStringLiteral("\\ud800 is text");
    QTest::addRow("chinese escapes") << QByteArray("\"\\u9762\\u8bd5\"") << QStringLiteral("面试");
}

void TestHttpUnicode::validTextRoundTrips()
{
    QFETCH(QByteArray, questionText);
    QFETCH(QString, stored);
    const HttpResult result = m_server->client().post(QStringLiteral("/dify/interview/add-qa"), addQa(questionText));
    QCOMPARE(result.status, 200);
    const auto record = m_server->db().service().question(result.json.value(QStringLiteral("question_id")).toString());
    QVERIFY(record);
    QCOMPARE(record->questionText, stored);
}

QTEST_GUILESS_MAIN(TestHttpUnicode)
#include "tst_httpunicode.moc"
