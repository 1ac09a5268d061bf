// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who waits for whom: reads run on the reader threads, writes on the writer, and the HTTP
// thread only routes and replies, so a long read delays neither /health nor a write; replies
// still leave one connection in request order (pipelining).
#include "readerpool.h"
#include "serverfixture.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

const QByteArray CREATE_BODY = QByteArrayLiteral(R"({"user_id":"pipeline"})");

// Occupies every reader thread with a long read (an open read transaction that has stepped a
// query) until release(); bounded, so a failing test cannot hang.
class BusyReaders final
{
public:
    explicit BusyReaders(TempDatabase &db)
        : m_db(db)
    {
        m_count = db.readers().threadCount();
        for (int i = 0; i < m_count; ++i) {
            db.readers().submit(&m_context, [this]() -> ReaderPool::Delivery {
                QSqlQuery query(m_db.database().connection());
                query.exec(QStringLiteral("SELECT count(*) FROM questions"));
                query.next();
                m_started.release();
                m_release.tryAcquire(1, 20'000);
                m_finished.release();
                return {};
            });
        }
    }
    // Waits until every blocked read has returned: the semaphores must outlive their waiters.
    ~BusyReaders()
    {
        release();
        m_finished.tryAcquire(m_count, 20'000);
    }
    Q_DISABLE_COPY_MOVE(BusyReaders)

    bool allBusy() { return m_started.tryAcquire(m_count, 10'000); }
    void release()
    {
        if (!m_released)
            m_release.release(m_count);
        m_released = true;
    }

private:
    TempDatabase &m_db;
    QObject m_context;
    QSemaphore m_started;
    QSemaphore m_release;
    QSemaphore m_finished;
    int m_count = 0;
    bool m_released = false;
};

} // namespace

class TestHttpConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void healthAndWritesDoNotWaitForReads();
    void pipelinedRepliesKeepRequestOrder();
    void closeAfterPipelinedWriteStillAnswersIt();
    void pipelinedRepliesWaitForSlowerEarlierOnes();
    void cachedSummaryNeedsNoReader();
    void summaryCacheFollowsEveryWrite();
    void summaryOfARunningSessionMovesWithTheClock();
    void summaryCacheSeesAnotherProcessWrite();

private:
    // A keep-alive request unless headers name a Connection of their own.
    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                       const Headers &headers = {}) const
    {
        QByteArray bytes = m_server->client().rawRequest(method, path, body, headers);
        bytes.replace("Connection: close\r\n", "");
        for (const auto &[name, value] : headers) {
            if (name.toLower() == "connection")
                bytes.replace("\r\n\r\n", QByteArray("\r\nConnection: " + value + "\r\n\r\n"));
        }
        return bytes;
    }
    bool connect(QTcpSocket &socket) const
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        return socket.waitForConnected(5000);
    }

    std::unique_ptr<ServerFixture> m_server;
};

void TestHttpConcurrency::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start(false));
}

void TestHttpConcurrency::cleanup()
{
    m_server.reset();
}

void TestHttpConcurrency::healthAndWritesDoNotWaitForReads()
{
    const QString sessionId = m_server->createSession(3);
    BusyReaders busy(m_server->db());
    QVERIFY(busy.allBusy());

    // A read now waits for a free reader...
    QTcpSocket reader;
    QVERIFY(connect(reader));
    reader.write(request("GET", "/records?page_size=5"));
    QVERIFY(reader.waitForBytesWritten(5000));

    // ...while /health and a write answer at once, on other connections.
    HttpClient &client = m_server->client();
    const HttpResult health = client.raw(request("GET", "/health"), 5000);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    const QByteArray addQa = QStringLiteral(R"({"session_id":"%1","question_text":"并发","question_type":"technical",)"
                                            R"("candidate_answer":"a","interviewer_feedback":"f","overall_score":7})")
                                 .arg(sessionId)
                                 .toUtf8();
    const HttpResult added = client.raw(request("POST", "/dify/interview/add-qa", addQa), 5000);
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json.value(QStringLiteral("question_id")).toString(), sessionId + QStringLiteral("_q004"));
    QCOMPARE(reader.bytesAvailable(), 0);

    busy.release();
    const QList<HttpResult> replies = HttpClient::readResponses(reader, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).status, 200);
    QCOMPARE(jsonAt(replies.at(0).json, QStringLiteral("data.total")).toInt(), 4);
}

void TestHttpConcurrency::pipelinedRepliesKeepRequestOrder()
{
    const QString sessionId = m_server->createSession(2);
    QTcpSocket socket;
    QVERIFY(connect(socket));
    // A write, a read and an answer from the HTTP thread itself, in one packet: each finishes on
    // a different thread, at a different time.
    const QByteArray summary = "/dify/interview/" + sessionId.toUtf8() + "/summary";
    socket.write(request("POST", "/dify/interview/create", CREATE_BODY) + request("GET", summary)
                 + request("GET", "/health") + request("GET", "/nowhere"));
    const QList<HttpResult> replies = HttpClient::readResponses(socket, 4);
    QCOMPARE(replies.size(), 4);
    QCOMPARE(replies.at(0).json.value(QStringLiteral("message")).toString(), QStringLiteral("面试记录创建成功"));
    QCOMPARE(jsonAt(replies.at(1).json, QStringLiteral("summary.total_questions")).toInt(), 2);
    QCOMPARE(replies.at(2).json.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    QCOMPARE(replies.at(3).status, 404);
}

void TestHttpConcurrency::closeAfterPipelinedWriteStillAnswersIt()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(request("POST", "/dify/interview/create", CREATE_BODY)
                 + request("GET", "/health", {}, {{"Connection", "close"}}));
    const QList<HttpResult> replies = HttpClient::readResponses(socket, 2);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).status, 200);
    const QString created = replies.at(0).json.value(QStringLiteral("session_id")).toString();
    QVERIFY(m_server->db().service().session(created));
    QCOMPARE(replies.at(1).status, 200);
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
}

void TestHttpConcurrency::pipelinedRepliesWaitForSlowerEarlierOnes()
{
    BusyReaders busy(m_server->db());
    QVERIFY(busy.allBusy());
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(request("GET", "/records") + request("GET", "/health")
                 + request("POST", "/interview/sessions", CREATE_BODY));
    // The write behind the blocked read is done...
    QTRY_COMPARE(*m_server->db().service().countSessions({}), 1);
    // ...but neither its reply nor /health's may overtake the read's.
    QCOMPARE(socket.bytesAvailable(), 0);
    QVERIFY(!socket.waitForReadyRead(50));
    busy.release();
    const QList<HttpResult> replies = HttpClient::readResponses(socket, 3);
    QCOMPARE(replies.size(), 3);
    QVERIFY(replies.at(0).json.value(QStringLiteral("data")).toObject().contains(QStringLiteral("items")));
    QCOMPARE(replies.at(1).json.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    QCOMPARE(replies.at(2).json.value(QStringLiteral("message")).toString(), QStringLiteral("创建成功"));
}

namespace {

QString summaryPath(const QString &sessionId)
{
    return QStringLiteral("/dify/interview/%1/summary").arg(sessionId);
}

} // namespace

void TestHttpConcurrency::cachedSummaryNeedsNoReader()
{
    const QString sessionId = m_server->createSession(3);
    HttpClient &client = m_server->client();
    QCOMPARE(client.get(summaryPath(sessionId)).status, 200); // computed by a reader, kept
    BusyReaders busy(m_server->db());
    QVERIFY(busy.allBusy());
    // Every reader is busy: only the cache can answer this.
    const HttpResult cached
        = client.raw(request("GET", summaryPath(sessionId).toUtf8(), {}, {{"Connection", "close"}}), 5000);
    QCOMPARE(cached.status, 200);
    QCOMPARE(jsonAt(cached.json, QStringLiteral("summary.total_questions")).toInt(), 3);
}

void TestHttpConcurrency::summaryCacheFollowsEveryWrite()
{
    const QString sessionId = m_server->createSession(1);
    HttpClient &client = m_server->client();
    QCOMPARE(jsonAt(client.get(summaryPath(sessionId)).json, QStringLiteral("summary.total_questions")).toInt(), 1);
    // A write over HTTP (the writer thread) is seen by the very next read.
    const QByteArray addQa = QStringLiteral(R"({"session_id":"%1","question_text":"缓存","question_type":"logical",)"
                                            R"("candidate_answer":"a","interviewer_feedback":"f","overall_score":3})")
                                 .arg(sessionId)
                                 .toUtf8();
    QCOMPARE(client.post(QStringLiteral("/dify/interview/add-qa"), addQa).status, 200);
    HttpResult after = client.get(summaryPath(sessionId));
    QCOMPARE(jsonAt(after.json, QStringLiteral("summary.total_questions")).toInt(), 2);
    // So is a write through the service on another thread (the window's path, or a test's).
    m_server->db().addQuestion(sessionId, QStringLiteral("直接写入"), 10);
    after = client.get(summaryPath(sessionId));
    QCOMPARE(jsonAt(after.json, QStringLiteral("summary.total_questions")).toInt(), 3);
    QVERIFY(m_server->db().service().deleteSession(sessionId));
    QCOMPARE(client.get(summaryPath(sessionId)).status, 404);
}

void TestHttpConcurrency::summaryOfARunningSessionMovesWithTheClock()
{
    const QString sessionId = m_server->createSession(1);
    SessionPatch start;
    start.status = SessionStatus::InProgress;
    QVERIFY(m_server->db().service().updateSession(sessionId, start, Source::Api));
    HttpClient &client = m_server->client();
    QCOMPARE(jsonAt(client.get(summaryPath(sessionId)).json, QStringLiteral("summary.duration")).toDouble(), 0.0);
    m_server->db().clock().advance(90'000);
    QCOMPARE(jsonAt(client.get(summaryPath(sessionId)).json, QStringLiteral("summary.duration")).toDouble(), 1.5);
}

void TestHttpConcurrency::summaryCacheSeesAnotherProcessWrite()
{
    const QString sessionId = m_server->createSession(1);
    HttpClient &client = m_server->client();
    QCOMPARE(
        jsonAt(client.get(summaryPath(sessionId)).json, QStringLiteral("questions_summary.0.overall_score")).toDouble(),
        7.5);
    // Another program writes the file directly: no signal reaches this process.
    {
        Database other(m_server->db().filePath());
        QVERIFY(other.open());
        QSqlQuery update(other.connection());
        QVERIFY(update.exec(
            QStringLiteral("UPDATE questions SET overall_score = 2 WHERE session_id = '%1'").arg(sessionId)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        jsonAt(client.get(summaryPath(sessionId)).json, QStringLiteral("questions_summary.0.overall_score")).toDouble(),
        2.0, 10'000);
}

QTEST_GUILESS_MAIN(TestHttpConcurrency)
#include "tst_httpconcurrency.moc"
