// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode: two instances (each its own connections, writer, readers and API server) on one
// PostgreSQL database. What one does, the other honours (numbering, limits, idempotency, the
// lifecycle) and hears about (LISTEN/NOTIFY), also after its listening connection was killed.
#include "changelistener.h"
#include "mockclock.h"
#include "teaminstance.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace ir;
using namespace ir::test;

namespace {

const QString ADD_QA = QStringLiteral("/dify/interview/add-qa");
const QString CREATE = QStringLiteral("/dify/interview/create");
constexpr int ACTIVE_LIMIT = 5;
// Live across instances: the window shows another instance's question within a second.
constexpr int LIVE_MS = 1000;

// What a service signalled, as the window receives it: queued onto this (the test's) thread.
class SignalLog final : public QObject
{
public:
    explicit SignalLog(InterviewService &service)
    {
        connect(&service, &InterviewService::sessionAdded, this, [this](const QString &id) { sessionsAdded << id; });
        connect(&service, &InterviewService::sessionChanged, this,
                [this](const QString &id) { sessionsChanged << id; });
        connect(&service, &InterviewService::questionAdded, this,
                [this](const QString &, const QString &id) { questionsAdded << id; });
        connect(&service, &InterviewService::questionChanged, this,
                [this](const QString &, const QString &id) { questionsChanged << id; });
        connect(&service, &InterviewService::changesMissed, this, [this] { ++missed; });
    }
    QStringList sessionsAdded;
    QStringList sessionsChanged;
    QStringList questionsAdded;
    QStringList questionsChanged;
    int missed = 0;
};

QString databaseName(const QString &url)
{
    return url.mid(url.lastIndexOf(u'/') + 1);
}

} // namespace

class TestHttpTeam final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void concurrentAddsNumberOneToN();
    void activeSessionLimitHoldsAcrossInstances();
    void idempotencyKeyAcrossInstances_data();
    void idempotencyKeyAcrossInstances();
    void sessionCompletedThroughOneRefusesTheOther();
    void otherInstanceChangesReachTheService();
    void replyCacheFollowsOtherInstance();
    void listenerReconnectsAfterItsConnectionIsKilled();
    void listenerRereadsWhatItMissedWhileAway();

private:
    QString createSession(TeamInstance &through, const QString &userId = QStringLiteral("panel"));

    MockClock m_clock;
    QString m_url;
    std::unique_ptr<TeamInstance> m_a;
    std::unique_ptr<TeamInstance> m_b;
};

void TestHttpTeam::initTestCase()
{
    if (!onPostgres())
        QSKIP("team mode needs the PostgreSQL test server: run as tst_httpteam_pg under ctest, or set "
              "IR_TEST_BACKEND=postgres and IR_TEST_PG_DIR (scripts/pg-test-server start DIR)");
}

void TestHttpTeam::init()
{
    m_url = createPostgresDatabase();
    ServiceLimits limits;
    limits.questionsPerSession = 200;
    limits.activeSessionsPerUser = ACTIVE_LIMIT;
    m_a = std::make_unique<TeamInstance>(m_url, m_clock, limits);
    m_b = std::make_unique<TeamInstance>(m_url, m_clock, limits);
    QVERIFY2(m_a->start(), qPrintable(m_a->error()));
    QVERIFY2(m_b->start(), qPrintable(m_b->error()));
    QTRY_VERIFY(m_a->service().hearsOtherInstances());
    QTRY_VERIFY(m_b->service().hearsOtherInstances());
}

void TestHttpTeam::cleanup()
{
    m_a.reset();
    m_b.reset();
    if (!m_url.isEmpty()) {
        adminExec(postgresAdminUrl(),
                  QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(databaseName(m_url)));
        dropPostgresDatabase(m_url);
    }
    m_url.clear();
}

QString TestHttpTeam::createSession(TeamInstance &through, const QString &userId)
{
    const HttpResult created = through.client().post(CREATE, "{\"user_id\":\"" + userId.toUtf8() + "\"}");
    if (created.status != 200)
        qWarning("create failed: %s", created.body.constData());
    return created.json.value(QStringLiteral("session_id")).toString();
}

void TestHttpTeam::concurrentAddsNumberOneToN()
{
    const QString sessionId = createSession(*m_a);
    QVERIFY(!sessionId.isEmpty());
    constexpr int PER_INSTANCE = 40;
    QList<BurstRequest> burst;
    for (int i = 0; i < PER_INSTANCE; ++i) {
        for (TeamInstance *instance : {m_a.get(), m_b.get()}) {
            const QString text = QStringLiteral("问题 %1 经 %2").arg(i).arg(instance->port());
            burst << BurstRequest {instance->port(), "POST", ADD_QA, addQaBody(sessionId, text), {}};
        }
    }
    const QList<HttpResult> results = sendAtOnce(burst);
    QSet<QString> acknowledged;
    for (const HttpResult &result : results) {
        QVERIFY2(result.status == 200, result.body.constData());
        acknowledged.insert(result.json.value(QStringLiteral("question_id")).toString());
    }
    QCOMPARE(acknowledged.size(), 2 * PER_INSTANCE); // no two writes were given one number

    // What either instance reads: exactly 1..N, each acknowledged id once.
    for (TeamInstance *instance : {m_a.get(), m_b.get()}) {
        const HttpResult read = instance->client().get(QStringLiteral("/sessions/") + sessionId);
        QCOMPARE(read.status, 200);
        const QJsonArray questions = jsonAt(read.json, QStringLiteral("data.questions")).toArray();
        QList<int> numbers;
        QSet<QString> stored;
        for (const QJsonValue &question : questions) {
            numbers << question.toObject().value(QStringLiteral("question_number")).toInt();
            stored.insert(question.toObject().value(QStringLiteral("question_id")).toString());
        }
        std::sort(numbers.begin(), numbers.end());
        QList<int> expected;
        for (int n = 1; n <= 2 * PER_INSTANCE; ++n)
            expected << n;
        QCOMPARE(numbers, expected);
        QCOMPARE(stored, acknowledged);
        const HttpResult summary = instance->client().get(QStringLiteral("/dify/interview/%1/summary").arg(sessionId));
        QCOMPARE(jsonAt(summary.json, QStringLiteral("summary.total_questions")).toInt(), 2 * PER_INSTANCE);
    }
}

void TestHttpTeam::activeSessionLimitHoldsAcrossInstances()
{
    constexpr int ATTEMPTS = 10; // per instance, all at once
    QList<BurstRequest> burst;
    for (int i = 0; i < ATTEMPTS; ++i) {
        for (TeamInstance *instance : {m_a.get(), m_b.get()})
            burst << BurstRequest {instance->port(), "POST", CREATE, R"({"user_id":"busy"})", {}};
    }
    int created = 0;
    int refused = 0;
    for (const HttpResult &result : sendAtOnce(burst)) {
        if (result.status == 200) {
            ++created;
        } else {
            QCOMPARE(result.status, 400);
            QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(),
                     QStringLiteral("SESSION_LIMIT_EXCEEDED"));
            ++refused;
        }
    }
    QCOMPARE(created, ACTIVE_LIMIT);
    QCOMPARE(refused, 2 * ATTEMPTS - ACTIVE_LIMIT);
    SessionFilter filter;
    filter.userId = QStringLiteral("busy");
    QCOMPARE(*m_b->service().countSessions(filter), qint64(ACTIVE_LIMIT));
}

void TestHttpTeam::idempotencyKeyAcrossInstances_data()
{
    QTest::addColumn<bool>("atOnce");
    QTest::addRow("replayed on the other instance later") << false;
    QTest::addRow("both instances at once") << true;
}

void TestHttpTeam::idempotencyKeyAcrossInstances()
{
    QFETCH(bool, atOnce);
    const QString sessionId = createSession(*m_a);
    constexpr int KEYS = 10;
    QList<BurstRequest> burst;
    for (int k = 0; k < KEYS; ++k) {
        const Headers key {{QByteArrayLiteral("Idempotency-Key"), "run-" + QByteArray::number(k)}};
        const QByteArray body = addQaBody(sessionId, QStringLiteral("幂等 %1").arg(k));
        burst << BurstRequest {m_a->port(), "POST", ADD_QA, body, key};
        burst << BurstRequest {m_b->port(), "POST", ADD_QA, body, key};
    }
    QList<HttpResult> results;
    if (atOnce) {
        results = sendAtOnce(burst);
    } else {
        for (const BurstRequest &request : burst)
            results << sendAtOnce({request}).constFirst();
    }
    QSet<QString> questionIds;
    for (int k = 0; k < KEYS; ++k) {
        const HttpResult &first = results.at(2 * k);
        const HttpResult &second = results.at(2 * k + 1);
        QVERIFY2(first.status == 200, first.body.constData());
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(QStringLiteral("question_id")), first.json.value(QStringLiteral("question_id")));
        QCOMPARE(second.body, first.body); // the first reply, byte for byte
        questionIds.insert(first.json.value(QStringLiteral("question_id")).toString());
    }
    QCOMPARE(questionIds.size(), KEYS);
    QCOMPARE(m_a->service().questions(sessionId)->size(), KEYS);
}

void TestHttpTeam::sessionCompletedThroughOneRefusesTheOther()
{
    const QString sessionId = createSession(*m_a);
    QCOMPARE(m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("开始前"))).status, 200);
    const QString path = QStringLiteral("/sessions/") + sessionId;
    QCOMPARE(m_a->client().put(path, R"({"status":"in_progress"})").status, 200);
    QCOMPARE(m_a->client().put(path, R"({"status":"completed"})").status, 200);
    const HttpResult late = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("结束后")));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("SESSION_ALREADY_FINISHED"));
    QCOMPARE(m_b->service().questions(sessionId)->size(), 1);
}

void TestHttpTeam::otherInstanceChangesReachTheService()
{
    SignalLog seenByA(m_a->service());
    const QString sessionId = createSession(*m_b);
    QTRY_VERIFY_WITH_TIMEOUT(seenByA.sessionsAdded.contains(sessionId), LIVE_MS);

    const HttpResult added = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("经由 B 的问题")));
    QCOMPARE(added.status, 200);
    const QString questionId = added.json.value(QStringLiteral("question_id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(seenByA.questionsAdded.contains(questionId), LIVE_MS);
    QTRY_VERIFY_WITH_TIMEOUT(seenByA.sessionsChanged.contains(sessionId), LIVE_MS);
    // The signal came after the commit: A reads the question at once.
    QCOMPARE(m_a->service().question(questionId)->questionText, QStringLiteral("经由 B 的问题"));

    // Its own writes A signals once, as it commits them, not a second time from the channel.
    SignalLog seenByB(m_b->service());
    const HttpResult own = m_a->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("经由 A 的问题")));
    const QString ownId = own.json.value(QStringLiteral("question_id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(seenByB.questionsAdded.contains(ownId), LIVE_MS);
    QTRY_COMPARE(seenByA.questionsAdded.count(ownId), 1);
    // One channel delivers in commit order: once A hears B's next question, an echo of its own
    // would already have come.
    const HttpResult next = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("B 的下一题")));
    QCOMPARE(next.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(seenByA.questionsAdded.contains(next.json.value(QStringLiteral("question_id")).toString()),
                             LIVE_MS);
    QCOMPARE(seenByA.questionsAdded.count(ownId), 1);
}

void TestHttpTeam::replyCacheFollowsOtherInstance()
{
    const QString sessionId = createSession(*m_a);
    const QString summary = QStringLiteral("/dify/interview/%1/summary").arg(sessionId);
    const auto total
        = [&] { return jsonAt(m_b->client().get(summary).json, QStringLiteral("summary.total_questions")).toInt(); };
    QCOMPARE(total(), 0);
    QCOMPARE(total(), 0); // now answered from B's cache
    QCOMPARE(m_a->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("缓存"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(total(), 1, LIVE_MS);
}

void TestHttpTeam::listenerReconnectsAfterItsConnectionIsKilled()
{
    ChangeListener *listener = m_a->service().changeListener();
    QVERIFY(listener);
    const qint64 pid = listener->backendPid();
    QVERIFY(pid > 0);
    SignalLog seenByA(m_a->service());
    QVERIFY(adminExec(postgresAdminUrl(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    // Back on a new server process, listening again, and it says that it may have missed changes.
    QTRY_VERIFY_WITH_TIMEOUT(listener->isListening() && listener->backendPid() != pid, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(seenByA.missed, 1, 5000);

    const QString sessionId = createSession(*m_b);
    const HttpResult added = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("重连之后")));
    QTRY_VERIFY_WITH_TIMEOUT(
        seenByA.questionsAdded.contains(added.json.value(QStringLiteral("question_id")).toString()), LIVE_MS);
}

void TestHttpTeam::listenerRereadsWhatItMissedWhileAway()
{
    const QString sessionId = createSession(*m_b);
    const HttpResult before = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("断开前")));
    QCOMPARE(before.status, 200);
    ChangeListener *listener = m_a->service().changeListener();
    SignalLog seenByA(m_a->service());

    // A's listener loses its connection and cannot get a new one (B's connections stay open):
    // whatever B announces now never reaches A.
    const QString name = databaseName(m_url);
    QVERIFY(adminExec(postgresAdminUrl(), QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(name)));
    QVERIFY(
        adminExec(postgresAdminUrl(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(listener->backendPid())));
    QTRY_VERIFY_WITH_TIMEOUT(!listener->isListening(), 5000);
    const HttpResult missed = m_b->client().post(ADD_QA, addQaBody(sessionId, QStringLiteral("断开时")));
    QCOMPARE(missed.status, 200);
    const QString missedId = missed.json.value(QStringLiteral("question_id")).toString();
    const QString otherId = createSession(*m_b, QStringLiteral("other"));
    QVERIFY(!otherId.isEmpty());
    // Shown disconnected above, the listener cannot have heard them: nothing to wait for.
    QVERIFY(!seenByA.questionsAdded.contains(missedId));
    QVERIFY(!seenByA.sessionsAdded.contains(otherId));

    // Reconnected, it re-reads: the question and the session added meanwhile are signalled.
    QVERIFY(adminExec(postgresAdminUrl(), QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(name)));
    QTRY_VERIFY_WITH_TIMEOUT(listener->isListening(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(seenByA.missed, 1, 5000);
    QVERIFY(seenByA.questionsAdded.contains(missedId));
    QVERIFY(seenByA.sessionsAdded.contains(otherId));
    QVERIFY(seenByA.sessionsChanged.contains(sessionId));
}

QTEST_GUILESS_MAIN(TestHttpTeam)
#include "tst_httpteam.moc"
