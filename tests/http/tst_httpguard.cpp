// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every request passes before a handler: the body limit on the socket, Host, Origin, the
// API key and its throttle, the content type; the security headers of every reply; health,
// storage failures, concurrency and the OpenAPI document.
#include "apiserver.h"
#include "readerpool.h"
#include "serverfixture.h"
#include "writebatcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace ir;
using namespace ir::test;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

const QByteArray CREATE_BODY = QByteArrayLiteral(R"({"user_id":"guard"})");

} // namespace

class TestHttpGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void slowAndIdleConnectionsAreClosed();
    void auth_data();
    void auth();
    void publicPathsNeedNoKey_data();
    void publicPathsNeedNoKey();
    void throttle();
    void throttleCountsLoopbackAsOne();
    void host_data();
    void host();
    void origin_data();
    void origin();
    void preflight();
    void securityHeaders_data();
    void securityHeaders();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void oversized_data();
    void oversized();
    void streamedUploadKeepsMemoryBounded();
    void chunkedUploadOverLimit();
    void bodyAtTheLimitIsRead();
    void malformedHttpDoesNotHurt();
    void concurrentClientsNumberInOrder();
    void unhealthyDatabase();
    void databaseErrorRevealsNothing();
    void serverRunsOnItsOwnThread();
    void openApiDocument();
    void openApiPublicUrl();
    void docsPage();

private:
    std::unique_ptr<ServerFixture> m_server;
};

void TestHttpGuard::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start(true));
}

void TestHttpGuard::cleanup()
{
    m_server.reset();
}

void TestHttpGuard::auth_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");

    const QByteArray key(ServerFixture::API_KEY);
    QTest::addRow("no key") << QByteArray() << QByteArray() << QString() << 401;
    QTest::addRow("Bearer key") << QByteArray("Authorization") << "Bearer " + key << QString() << 200;
    QTest::addRow("bearer lower case") << QByteArray("Authorization") << "bearer " + key << QString() << 200;
    QTest::addRow("X-API-Key") << QByteArray("X-API-Key") << key << QString() << 200;
    QTest::addRow("wrong Bearer") << QByteArray("Authorization") << QByteArray("Bearer nope") << QString() << 401;
    QTest::addRow("key prefix") << QByteArray("X-API-Key") << key.left(10) << QString() << 401;
    QTest::addRow("key plus suffix") << QByteArray("X-API-Key") << key + 'x' << QString() << 401;
    QTest::addRow("Basic scheme") << QByteArray("Authorization") << "Basic " + key << QString() << 401;
    QTest::addRow("key in the query is ignored")
        << QByteArray() << QByteArray() << QStringLiteral("?api_key=") + QString::fromLatin1(key) << 401;
}

void TestHttpGuard::auth()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, query);
    QFETCH(int, status);
    HttpClient client(m_server->port());
    const Headers headers = name.isEmpty() ? Headers {} : Headers {{name, value}};
    const HttpResult result = client.post(QStringLiteral("/dify/interview/create") + query, CREATE_BODY, headers);
    QCOMPARE(result.status, status);
    if (status == 401) {
        QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(), QStringLiteral("未授权访问"));
    }
    // The same request with auth off.
    QVERIFY(m_server->start(false));
    QCOMPARE(HttpClient(m_server->port())
                 .post(QStringLiteral("/dify/interview/create") + query, CREATE_BODY, headers)
                 .status,
             200);
}

void TestHttpGuard::publicPathsNeedNoKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("/health") << QStringLiteral("/health");
    QTest::addRow("/openapi.json") << QStringLiteral("/openapi.json");
    QTest::addRow("/docs") << QStringLiteral("/docs");
    QTest::addRow("/docs/swagger-ui.css") << QStringLiteral("/docs/swagger-ui.css");
}

void TestHttpGuard::publicPathsNeedNoKey()
{
    QFETCH(QString, path);
    QCOMPARE(HttpClient(m_server->port()).get(path).status, 200);
}

void TestHttpGuard::throttle()
{
    http::ApiServerConfig config;
    config.authFailureLimit = 3;
    config.authCooldownSeconds = 2;
    QVERIFY(m_server->start(true, config));
    HttpClient stranger(m_server->port());
    stranger.setApiKey("guess");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(stranger.post(QStringLiteral("/dify/interview/create"), CREATE_BODY).status, 401);
    const HttpResult refused = stranger.post(QStringLiteral("/dify/interview/create"), CREATE_BODY);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("TOO_MANY_REQUESTS"));
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    // The right key from the same address (everything local is 127.0.0.1) always passes.
    QCOMPARE(m_server->client().post(QStringLiteral("/dify/interview/create"), CREATE_BODY).status, 200);
    QCOMPARE(stranger.get(QStringLiteral("/health")).status, 200);
    QCOMPARE(stranger.post(QStringLiteral("/dify/interview/create"), CREATE_BODY).status, 429);
    // After the cool-down (the injected clock moves, nobody waits) wrong keys are counted again.
    m_server->db().clock().advance(2001);
    QCOMPARE(stranger.post(QStringLiteral("/dify/interview/create"), CREATE_BODY).status, 401);
}

void TestHttpGuard::throttleCountsLoopbackAsOne()
{
    http::ApiServerConfig config;
    config.authFailureLimit = 3;
    QVERIFY(m_server->start(true, config));
    // Rotating through 127.0.0.x gains a guesser nothing.
    const HttpClient keyless(m_server->port());
    QList<int> statuses;
    for (int i = 2; i <= 6; ++i) {
        QTcpSocket socket;
        QVERIFY(socket.bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(i))));
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(keyless.rawRequest("POST", "/dify/interview/create", CREATE_BODY, {{"X-API-Key", "wrong"}}));
        HttpResult result;
        QVERIFY(HttpClient::readResponse(socket, result));
        statuses << result.status;
    }
    QCOMPARE(statuses, (QList<int> {401, 401, 401, 429, 429}));
    QCOMPARE(m_server->client().get(QStringLiteral("/dify/interview/nobody/latest")).status, 200);
}

void TestHttpGuard::host_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    QTest::addRow("127.0.0.1:port") << QByteArray("127.0.0.1:{port}") << 200;
    QTest::addRow("localhost:port") << QByteArray("localhost:{port}") << 200;
    QTest::addRow("LOCALHOST:port") << QByteArray("LOCALHOST:{port}") << 200;
    QTest::addRow("[::1]:port") << QByteArray("[::1]:{port}") << 200;
    QTest::addRow("allowed host") << QByteArray("recorder.lan:8006") << 200;
    QTest::addRow("foreign host") << QByteArray("evil.example") << 403;
    QTest::addRow("foreign host, our port") << QByteArray("evil.example:{port}") << 403;
    QTest::addRow("suffix attack") << QByteArray("127.0.0.1.evil.example:{port}") << 403;
    QTest::addRow("port suffix attack") << QByteArray("localhost:{port}.evil.example") << 403;
    QTest::addRow("allowed host as prefix") << QByteArray("recorder.lan:80061") << 403;
    QTest::addRow("wrong port") << QByteArray("127.0.0.1:1") << 403;
    QTest::addRow("no port") << QByteArray("localhost") << 403;
    QTest::addRow("no Host header") << QByteArray() << 403;
}

void TestHttpGuard::host()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    http::ApiServerConfig config;
    config.settings.allowedHosts = {QStringLiteral("recorder.lan:8006")};
    QVERIFY(m_server->start(false, config));
    HttpClient &client = m_server->client();
    host.replace("{port}", QByteArray::number(m_server->port()));
    const QByteArray request = client.rawRequest(QByteArrayLiteral("GET"), QByteArrayLiteral("/health"), {},
                                                 {{QByteArrayLiteral("Host"), host.isEmpty() ? QByteArray() : host}});
    const HttpResult result = client.raw(request);
    QCOMPARE(result.status, status);
    if (status == 403)
        QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("FORBIDDEN"));
}

void TestHttpGuard::origin_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cors");
    QTest::addRow("no Origin (Dify, curl)") << QByteArray() << 200 << false;
    QTest::addRow("same origin (/docs)") << QByteArray("http://127.0.0.1:{port}") << 200 << false;
    QTest::addRow("allowed origin") << QByteArray("https://app.example") << 200 << true;
    QTest::addRow("foreign origin") << QByteArray("http://evil.example") << 403 << false;
    QTest::addRow("null origin") << QByteArray("null") << 403 << false;
    QTest::addRow("allowed origin as prefix") << QByteArray("https://app.example.evil") << 403 << false;
    QTest::addRow("same host, other port") << QByteArray("http://127.0.0.1:1") << 403 << false;
}

void TestHttpGuard::origin()
{
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    QFETCH(bool, cors);
    http::ApiServerConfig config;
    config.settings.allowedOrigins = {QStringLiteral("https://app.example")};
    QVERIFY(m_server->start(true, config));
    origin.replace("{port}", QByteArray::number(m_server->port()));
    const Headers headers = origin.isEmpty() ? Headers {} : Headers {{QByteArrayLiteral("Origin"), origin}};
    const HttpResult result = m_server->client().post(QStringLiteral("/dify/interview/create"), CREATE_BODY, headers);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("access-control-allow-origin"), cors ? origin : QByteArray());
    SessionFilter filter;
    filter.userId = QStringLiteral("guard");
    QCOMPARE(*m_server->db().service().countSessions(filter), status == 200 ? 1 : 0);
}

void TestHttpGuard::preflight()
{
    http::ApiServerConfig config;
    config.settings.allowedOrigins = {QStringLiteral("https://app.example")};
    QVERIFY(m_server->start(true, config));
    HttpClient anonymous(m_server->port());
    const HttpResult allowed
        = anonymous.send(QByteArrayLiteral("OPTIONS"), QStringLiteral("/dify/interview/add-qa"), {},
                         {{QByteArrayLiteral("Origin"), QByteArrayLiteral("https://app.example")}});
    QCOMPARE(allowed.status, 204);
    QCOMPARE(allowed.header("access-control-allow-methods"), QByteArray("POST"));
    QCOMPARE(allowed.header("access-control-allow-origin"), QByteArray("https://app.example"));
    // Without configured origins there are no CORS headers at all.
    QCOMPARE(anonymous.send(QByteArrayLiteral("OPTIONS"), QStringLiteral("/dify/interview/add-qa")).status, 405);
}

void TestHttpGuard::securityHeaders_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("200 health") << QByteArray("GET") << QStringLiteral("/health") << QByteArray() << 200;
    QTest::addRow("200 docs page") << QByteArray("GET") << QStringLiteral("/docs") << QByteArray() << 200;
    QTest::addRow("200 docs asset") << QByteArray("GET") << QStringLiteral("/docs/swagger-ui-bundle.js") << QByteArray()
                                    << 200;
    QTest::addRow("200 openapi") << QByteArray("GET") << QStringLiteral("/openapi.json") << QByteArray() << 200;
    QTest::addRow("400") << QByteArray("POST") << QStringLiteral("/dify/interview/create") << QByteArray("{") << 400;
    QTest::addRow("401") << QByteArray("GET") << QStringLiteral("/records?nokey") << QByteArray() << 401;
    QTest::addRow("404") << QByteArray("GET") << QStringLiteral("/missing") << QByteArray() << 404;
    QTest::addRow("200 HEAD health") << QByteArray("HEAD") << QStringLiteral("/health") << QByteArray() << 200;
    QTest::addRow("405") << QByteArray("PATCH") << QStringLiteral("/health") << QByteArray() << 405;
    QTest::addRow("413") << QByteArray("POST") << QStringLiteral("/records") << QByteArray(2 * 1024 * 1024, ' ') << 413;
}

void TestHttpGuard::securityHeaders()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    HttpClient anonymous(m_server->port());
    HttpClient &client = path.endsWith(QStringLiteral("nokey")) ? anonymous : m_server->client();
    const HttpResult result = client.raw(client.rawRequest(method, path.toUtf8(), body));
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(result.header("content-security-policy"), QByteArray("frame-ancestors 'none'"));
}

void TestHttpGuard::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::addRow("multipart") << QByteArray("multipart/form-data; boundary=x");
    QTest::addRow("xml") << QByteArray("application/xml");
}

void TestHttpGuard::unsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    const HttpResult result = m_server->client().post(QStringLiteral("/dify/interview/create"), "user_id=u",
                                                      {{QByteArrayLiteral("Content-Type"), contentType}});
    QCOMPARE(result.status, 415);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
}

void TestHttpGuard::oversized_data()
{
    QTest::addColumn<bool>("expectContinue");
    QTest::addRow("2 MiB body") << false;
    QTest::addRow("2 MiB body with Expect: 100-continue") << true;
}

void TestHttpGuard::oversized()
{
    QFETCH(bool, expectContinue);
    HttpClient &client = m_server->client();
    const QByteArray body(2 * 1024 * 1024, 'x');
    QByteArray request;
    if (expectContinue) {
        // Only the head: the client waits for 100 Continue, which never comes.
        request = client.rawRequest(QByteArrayLiteral("POST"), QByteArrayLiteral("/records"), {},
                                    {{QByteArrayLiteral("Expect"), QByteArrayLiteral("100-continue")},
                                     {QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())}});
    } else {
        request = client.rawRequest(QByteArrayLiteral("POST"), QByteArrayLiteral("/records"), body);
    }
    const HttpResult result = client.raw(request);
    QCOMPARE(result.status, 413);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    // Through QNetworkAccessManager, as an ordinary client sees it.
    QCOMPARE(client.post(QStringLiteral("/records"), body).status, 413);
}

void TestHttpGuard::slowAndIdleConnectionsAreClosed()
{
    http::ApiServerConfig config;
    config.requestTimeoutMs = 300;
    config.idleTimeoutMs = 800;
    QVERIFY(m_server->start(false, config));
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_server->port()) + "\r\n";

    // A request dribbled in (slowloris) is cut off once its deadline passes.
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(slow.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    slow.write("GET /health HTTP/1.1\r\n" + host + "X-Slow: ");
    QVERIFY(slow.waitForDisconnected(5000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));

    // An idle keep-alive connection is closed later; a served one is not cut off early.
    QTcpSocket idle;
    idle.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(idle.waitForConnected(5000));
    timer.restart();
    idle.write("GET /health HTTP/1.1\r\n" + host + "\r\n");
    HttpResult first;
    QVERIFY(HttpClient::readResponse(idle, first));
    QCOMPARE(first.status, 200);
    QVERIFY(idle.waitForDisconnected(5000));
    QVERIFY2(timer.elapsed() >= 700, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpGuard::streamedUploadKeepsMemoryBounded()
{
    constexpr qint64 TOTAL = 100LL * 1024 * 1024;
    const QByteArray chunk(1024 * 1024, 'x');
    const qint64 before = residentKiB();
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        m_server->client().rawRequest(QByteArrayLiteral("POST"), QByteArrayLiteral("/records"), {},
                                      {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                                       {QByteArrayLiteral("Content-Length"), QByteArray::number(TOTAL)}}));
    qint64 peak = before;
    for (qint64 sent = 0; sent < TOTAL && socket.state() == QAbstractSocket::ConnectedState; sent += chunk.size()) {
        socket.write(chunk);
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) { }
        peak = std::max(peak, residentKiB());
    }
    HttpResult result;
    QVERIFY(HttpClient::readResponse(socket, result));
    QCOMPARE(result.status, 413);
    // The server (in this process) never held the body: far less than 100 MiB more memory.
    QVERIFY2(peak - before < 32 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(peak - before)));
    QCOMPARE(m_server->client().get(QStringLiteral("/health")).status, 200);
}

void TestHttpGuard::chunkedUploadOverLimit()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        m_server->client().rawRequest(QByteArrayLiteral("POST"), QByteArrayLiteral("/records"), {},
                                      {{QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")}}));
    const QByteArray piece(64 * 1024, 'y');
    for (int i = 0; i < 128 && socket.state() == QAbstractSocket::ConnectedState; ++i) { // 8 MiB
        socket.write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        socket.waitForBytesWritten(5000);
    }
    socket.write("0\r\n\r\n");
    socket.waitForBytesWritten(5000);
    HttpResult result;
    QVERIFY(HttpClient::readResponse(socket, result));
    QCOMPARE(result.status, 413);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
}

void TestHttpGuard::bodyAtTheLimitIsRead()
{
    QByteArray body = R"({"user_id":"guard","pad":")";
    const QByteArray tail = "\"}";
    body += QByteArray(http::DEFAULT_MAX_BODY_BYTES - body.size() - tail.size(), 'p') + tail;
    QCOMPARE(body.size(), http::DEFAULT_MAX_BODY_BYTES);
    QCOMPARE(m_server->client().post(QStringLiteral("/dify/interview/create"), body).status, 200);
    body.insert(body.size() - tail.size(), 'p');
    QCOMPARE(m_server->client().post(QStringLiteral("/dify/interview/create"), body).status, 413);
}

void TestHttpGuard::malformedHttpDoesNotHurt()
{
    HttpClient &client = m_server->client();
    for (const QByteArray &garbage :
         {QByteArray("GARBAGE\r\n\r\n"), QByteArray("GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
          QByteArray("POST /records HTTP/1.1\r\nContent-Length: abc\r\n\r\n{}"), QByteArray(70 * 1024, 'h')}) {
        const HttpResult result = client.raw(garbage, 3000);
        QVERIFY(result.status == 0 || result.status >= 400);
    }
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    // A request QtHttpServer cannot parse: the connection is closed, not left open for good.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("NOT HTTP AT ALL\r\n\r\n");
    QVERIFY(socket.waitForDisconnected(6000));
}

void TestHttpGuard::concurrentClientsNumberInOrder()
{
    constexpr int CLIENTS = 8;
    constexpr int EACH = 5;
    const QString sessionId = m_server->createSession(0);
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (int c = 0; c < CLIENTS; ++c) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        for (int i = 0; i < EACH; ++i) {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/dify/interview/add-qa").arg(m_server->port())));
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("X-API-Key", ServerFixture::API_KEY);
            const QJsonObject body {
                {QStringLiteral("session_id"), sessionId},
                {QStringLiteral("question_text"), QStringLiteral("客户端 %1 问题 %2").arg(c).arg(i)},
                {QStringLiteral("question_type"), QStringLiteral("technical")},
                {QStringLiteral("candidate_answer"), QStringLiteral("a")},
                {QStringLiteral("interviewer_feedback"), QStringLiteral("f")},
                {QStringLiteral("overall_score"), 5}};
            replies << managers.back()->post(request, QJsonDocument(body).toJson());
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
    QSet<QString> ids;
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("question_id")).toString());
        reply->deleteLater();
    }
    QCOMPARE(ids.size(), CLIENTS * EACH);
    const QList<QuestionRecord> stored = *m_server->db().service().questions(sessionId);
    QCOMPARE(stored.size(), CLIENTS * EACH);
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).position, i + 1);
        QVERIFY(ids.contains(stored.at(i).questionId));
    }
}

void TestHttpGuard::unhealthyDatabase()
{
    m_server->stop();
    const QString path = m_server->db().dir() + QStringLiteral("/broken.db");
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(8192, 'Z'));
    broken.close();
    Database database(path);
    InterviewService service(database, m_server->db().clock());
    WriteBatcher writer(database);
    ReaderPool readers(&database.health());
    http::ApiServerHost host(service, m_server->db().clock(), writer, readers);
    QSignalSpy spy(&host, &ServerControl::stateChanged);
    host.start({QStringLiteral("127.0.0.1"), 0, false});
    QVERIFY(spy.wait(5000));
    HttpClient client(host.port());
    const HttpResult health = client.get(QStringLiteral("/health"));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
    QCOMPARE(health.json.value(QStringLiteral("database_connected")), QJsonValue(false));
    QCOMPARE(jsonAt(health.json, QStringLiteral("stats.database_status")).toString(), QStringLiteral("corrupt"));
    const HttpResult write = client.post(QStringLiteral("/dify/interview/create"), CREATE_BODY);
    QCOMPARE(write.status, 503);
    QCOMPARE(write.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("DATABASE_ERROR"));
    QVERIFY(!write.body.contains("broken.db"));
}

void TestHttpGuard::databaseErrorRevealsNothing()
{
    m_server->stop();
    Database readOnly(m_server->db().filePath(), {1000, true});
    InterviewService service(readOnly, m_server->db().clock());
    WriteBatcher writer(readOnly);
    ReaderPool readers(&readOnly.health());
    http::ApiServerHost host(service, m_server->db().clock(), writer, readers);
    QSignalSpy spy(&host, &ServerControl::stateChanged);
    host.start({QStringLiteral("127.0.0.1"), 0, false});
    QVERIFY(spy.wait(5000));
    HttpClient client(host.port());
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    const HttpResult result = client.post(QStringLiteral("/interview/sessions"), CREATE_BODY);
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("DATABASE_ERROR"));
    for (const char *leak : {"/tmp", ".db", "SELECT", "INSERT", "sqlite", "readonly"})
        QVERIFY2(!result.body.toLower().contains(QByteArray(leak).toLower()), result.body.constData());
}

void TestHttpGuard::serverRunsOnItsOwnThread()
{
    QSignalSpy logged(&m_server->host(), &ServerControl::requestLogged);
    // A blocking socket: this thread runs no event loop while the server answers.
    HttpClient &client = m_server->client();
    const HttpResult result = client.raw(client.rawRequest(QByteArrayLiteral("GET"), QByteArrayLiteral("/health?x=1")));
    QCOMPARE(result.status, 200);
    QVERIFY(logged.wait(5000));
    const auto entry = logged.first().first().value<RequestLogEntry>();
    QCOMPARE(entry.method, QStringLiteral("GET"));
    QCOMPARE(entry.path, QStringLiteral("/health"));
    QCOMPARE(entry.status, 200);
    QVERIFY(entry.elapsedMs >= 0);
}

namespace {

// Walks the whole document for what Dify's importer (and OpenAPI 3.0) rejects.
void checkNode(const QJsonValue &node, const QJsonObject &schemas, const QString &where, QStringList &problems)
{
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkNode(array.at(i), schemas, where + u'/' + QString::number(i), problems);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString here = where + u'/' + it.key();
        if (it.key() == QStringLiteral("oneOf") || it.key() == QStringLiteral("anyOf"))
            problems << here;
        if (it.key() == QStringLiteral("type") && !it->isString() && !where.endsWith(QStringLiteral("properties")))
            problems << here + QStringLiteral(" is not a string");
        if (it.key() == QStringLiteral("description") && (!it->isString() || it->toString().isEmpty())
            && !where.endsWith(QStringLiteral("properties"))) // a property named description is a schema
            problems << here + QStringLiteral(" is null or empty");
        // OpenAPI 3.0: bounds are numbers and an example is never null (validators reject both).
        if ((it.key() == QStringLiteral("minimum") || it.key() == QStringLiteral("maximum")) && !it->isDouble()
            && !where.endsWith(QStringLiteral("properties")))
            problems << here + QStringLiteral(" is not a number");
        if (it.key() == QStringLiteral("example") && it->isNull() && !where.endsWith(QStringLiteral("properties")))
            problems << here + QStringLiteral(" is null");
        if (it.key() == QStringLiteral("$ref")) {
            const QString target = it->toString().section(u'/', -1);
            if (!it->toString().startsWith(QStringLiteral("#/components/schemas/")) || !schemas.contains(target))
                problems << here + QStringLiteral(" dangles: ") + it->toString();
        }
        if (it.key() == QStringLiteral("enum") && object.contains(QStringLiteral("description"))) {
            for (const QJsonValue &value : it->toArray()) {
                if (!object.value(QStringLiteral("description")).toString().contains(value.toString()))
                    problems << here + QStringLiteral(": description lacks ") + value.toString();
            }
        }
        checkNode(*it, schemas, here, problems);
    }
}

} // namespace

void TestHttpGuard::openApiDocument()
{
    const HttpResult result = HttpClient(m_server->port()).get(QStringLiteral("/openapi.json"));
    QCOMPARE(result.status, 200);
    const QJsonObject document = result.json;
    QVERIFY(document.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0.")));
    const QString server = jsonAt(document, QStringLiteral("servers.0.url")).toString();
    QCOMPARE(server, QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    QVERIFY(jsonAt(document, QStringLiteral("components.securitySchemes.ApiKeyAuth")).isObject());
    QVERIFY(jsonAt(document, QStringLiteral("components.securitySchemes.BearerAuth")).isObject());

    const QJsonObject schemas = jsonAt(document, QStringLiteral("components.schemas")).toObject();
    QStringList problems;
    checkNode(document, schemas, QString(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Every documented route of the table the server dispatches on, with what Dify needs.
    const http::ApiServer reference(m_server->db().service(), m_server->db().clock(), {}, m_server->db().writer(),
                                    m_server->db().readers());
    QSet<QString> operationIds;
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    int documented = 0;
    for (const http::Route &route : reference.routes().routes()) {
        if (!route.documented)
            continue;
        ++documented;
        const QJsonObject op = paths.value(route.pattern).toObject().value(route.method.toLower()).toObject();
        QVERIFY2(!op.isEmpty(), qPrintable(route.method + u' ' + route.pattern));
        for (const char *field : {"operationId", "summary", "description"})
            QVERIFY(!op.value(QLatin1String(field)).toString().isEmpty());
        operationIds.insert(op.value(QStringLiteral("operationId")).toString());
        if (route.method == QStringLiteral("POST") || route.method == QStringLiteral("PUT")) {
            const QJsonObject schema
                = jsonAt(op, QStringLiteral("requestBody.content.application/json.schema")).toObject();
            QCOMPARE(schema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            QVERIFY(!schema.value(QStringLiteral("properties")).toObject().isEmpty()); // flat, no $ref
        }
        QVERIFY(jsonAt(op, QStringLiteral("responses.200.content")).isObject());
        QCOMPARE(op.contains(QStringLiteral("security")), !route.requiresAuth);
    }
    QCOMPARE(documented, 33);
    QVERIFY(documented <= 100); // Dify's importer takes at most 100 operations
    QCOMPARE(operationIds.size(), documented);
    // The question bank, kits, scorecards and the next planned question (issue 12).
    for (const auto &[method, path] : QList<QPair<QString, QString>> {
             {QStringLiteral("get"), QStringLiteral("/question-bank")},
             {QStringLiteral("post"), QStringLiteral("/question-bank")},
             {QStringLiteral("get"), QStringLiteral("/question-bank/{bank_question_id}")},
             {QStringLiteral("put"), QStringLiteral("/question-bank/{bank_question_id}")},
             {QStringLiteral("delete"), QStringLiteral("/question-bank/{bank_question_id}")},
             {QStringLiteral("get"), QStringLiteral("/kits")},
             {QStringLiteral("post"), QStringLiteral("/kits")},
             {QStringLiteral("get"), QStringLiteral("/kits/{kit_id}")},
             {QStringLiteral("put"), QStringLiteral("/kits/{kit_id}")},
             {QStringLiteral("delete"), QStringLiteral("/kits/{kit_id}")},
             {QStringLiteral("get"), QStringLiteral("/sessions/{session_id}/scorecard")},
             {QStringLiteral("put"), QStringLiteral("/sessions/{session_id}/scorecard")},
             {QStringLiteral("get"), QStringLiteral("/dify/interview/{session_id}/next-question")},
             // Candidates, comparison, calibration and data rights (issue 13).
             {QStringLiteral("get"), QStringLiteral("/candidates")},
             {QStringLiteral("get"), QStringLiteral("/candidates/{user_id}")},
             {QStringLiteral("put"), QStringLiteral("/candidates/{user_id}")},
             {QStringLiteral("delete"), QStringLiteral("/candidates/{user_id}")},
             {QStringLiteral("get"), QStringLiteral("/candidates/{user_id}/export")},
             {QStringLiteral("get"), QStringLiteral("/compare")},
             {QStringLiteral("get"), QStringLiteral("/stats/interviewers")},
             {QStringLiteral("get"), QStringLiteral("/audit")}}) {
        const QJsonObject op = paths.value(path).toObject().value(method).toObject();
        QVERIFY2(!op.isEmpty(), qPrintable(method + u' ' + path));
        if (method == QStringLiteral("delete"))
            QVERIFY(!op.contains(QStringLiteral("requestBody")));
        // Lists in a body are typed arrays with their elements described (Dify passes them as text).
        const QJsonObject body
            = jsonAt(op, QStringLiteral("requestBody.content.application/json.schema.properties")).toObject();
        for (const QJsonValue &property : body) {
            if (property.toObject().value(QStringLiteral("type")) == QStringLiteral("array"))
                QVERIFY(property.toObject().value(QStringLiteral("items")).isObject());
        }
    }
    for (const char *property : {"interviewer", "kit_id"}) {
        for (const char *create : {"/sessions", "/interview/sessions", "/dify/interview/create"}) {
            QVERIFY2(jsonAt(paths.value(QLatin1String(create)).toObject(),
                            QStringLiteral("post.requestBody.content.application/json.schema.properties.")
                                + QLatin1String(property))
                         .isObject(),
                     create);
        }
        QVERIFY(jsonAt(schemas, QStringLiteral("Session.properties.") + QLatin1String(property)).isObject());
    }
}

void TestHttpGuard::openApiPublicUrl()
{
    http::ApiServerConfig config;
    config.settings.publicUrl = QStringLiteral("http://host.docker.internal:8006/");
    QVERIFY(m_server->start(false, config));
    const HttpResult result = m_server->client().get(QStringLiteral("/openapi.json"));
    QCOMPARE(jsonAt(result.json, QStringLiteral("servers.0.url")).toString(),
             QStringLiteral("http://host.docker.internal:8006"));
    QVERIFY(!result.json.contains(QStringLiteral("security"))); // auth off: no scheme to fill in
}

void TestHttpGuard::docsPage()
{
    HttpClient client(m_server->port());
    const HttpResult page = client.get(QStringLiteral("/docs"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(page.body.contains("/docs/swagger-ui-bundle.js"));
    QVERIFY(page.body.contains("\"/openapi.json\""));
    QVERIFY(page.body.contains("validatorUrl: null"));
    QVERIFY2(!page.body.contains("http://") && !page.body.contains("https://"), "loads nothing from outside");
    for (const char *asset : {"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"}) {
        const HttpResult file = client.get(QStringLiteral("/docs/") + QLatin1String(asset));
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.size() > 1000);
    }
    QCOMPARE(client.get(QStringLiteral("/docs/package.json")).status, 404);
    QCOMPARE(client.get(QStringLiteral("/docs/..%2F..%2Fetc%2Fpasswd")).status, 404);
}

QTEST_GUILESS_MAIN(TestHttpGuard)
#include "tst_httpguard.moc"
