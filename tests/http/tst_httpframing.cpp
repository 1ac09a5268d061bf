// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Message framing (RFC 9112 §6): a request whose length is ambiguous is refused with 400 and
// the connection closed, so that no byte after it can be run as another request (smuggling);
// oversized heads get 431. Raw sockets, since clients never send these on their own.
#include "connectionguard.h"
#include "serverfixture.h"

#include <QTcpSocket>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

// A create request that must never run when it hides in another request's body.
const QByteArray SMUGGLED = QByteArrayLiteral("POST /dify/interview/create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                              "Content-Length: 21\r\n\r\n{\"user_id\":\"smuggle\"}");

} // namespace

class TestHttpFraming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refused_data();
    void refused();
    void repeatedEqualLengthIsOne();
    void refusalComesAfterEarlierPipelinedReplies();
    void headerLimits_data();
    void headerLimits();

private:
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }
    QList<HttpResult> exchange(const QByteArray &bytes, int expected, bool *closed)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(bytes);
        QList<HttpResult> replies = HttpClient::readResponses(socket, expected + 1, 5000);
        *closed = socket.state() != QAbstractSocket::ConnectedState || socket.waitForDisconnected(5000);
        return replies;
    }

    std::unique_ptr<ServerFixture> m_server;
};

void TestHttpFraming::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start(false));
}

void TestHttpFraming::cleanup()
{
    m_server.reset();
}

void TestHttpFraming::refused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("details");
    QTest::addRow("negative length") << QByteArray("Content-Length: -5\r\n") << QByteArray("Content-Length");
    QTest::addRow("not a number") << QByteArray("Content-Length: abc\r\n") << QByteArray("Content-Length");
    QTest::addRow("plus sign") << QByteArray("Content-Length: +5\r\n") << QByteArray("Content-Length");
    QTest::addRow("hex") << QByteArray("Content-Length: 0x10\r\n") << QByteArray("Content-Length");
    QTest::addRow("too large") << QByteArray("Content-Length: 99999999999999999999999\r\n")
                               << QByteArray("Content-Length");
    QTest::addRow("repeated, different") << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n")
                                         << QByteArray("Content-Length");
    QTest::addRow("list, different") << QByteArray("Content-Length: 2, 3\r\n") << QByteArray("Content-Length");
    QTest::addRow("with chunked") << QByteArray("Content-Length: 2\r\nTransfer-Encoding: chunked\r\n")
                                  << QByteArray("Transfer-Encoding");
    QTest::addRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray("Transfer-Encoding");
}

void TestHttpFraming::refused()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, details);
    const QByteArray request = "POST /dify/interview/create HTTP/1.1\r\nHost: " + host()
        + "\r\nContent-Type: application/json\r\n" + headers + "\r\n{}" + SMUGGLED;
    bool closed = false;
    const QList<HttpResult> replies = exchange(request, 1, &closed);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).status, 400);
    QCOMPARE(replies.at(0).json.value(QStringLiteral("error_code")).toString(), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(replies.at(0).json.value(QStringLiteral("details")).toString().toUtf8().contains(details),
             replies.at(0).body.constData());
    QVERIFY(closed);
    // Neither the refused request nor the one in its body ran.
    QCOMPARE(*m_server->db().service().countSessions({}), 0);
}

void TestHttpFraming::repeatedEqualLengthIsOne()
{
    const QByteArray body = QByteArrayLiteral(R"({"user_id":"same"})");
    const QByteArray length = QByteArray::number(body.size());
    const QByteArray request = "POST /dify/interview/create HTTP/1.1\r\nHost: " + host()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\nContent-Length: " + length
        + "\r\nConnection: close\r\n\r\n" + body;
    bool closed = false;
    const QList<HttpResult> replies = exchange(request, 1, &closed);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).status, 200);
    QCOMPARE(*m_server->db().service().countSessions({}), 1);
}

void TestHttpFraming::refusalComesAfterEarlierPipelinedReplies()
{
    const QByteArray good = "GET /health HTTP/1.1\r\nHost: " + host() + "\r\n\r\n";
    const QByteArray bad = "POST /records HTTP/1.1\r\nHost: " + host() + "\r\nContent-Length: -1\r\n\r\n" + SMUGGLED;
    bool closed = false;
    const QList<HttpResult> replies = exchange(good + good + bad, 3, &closed);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies.at(0).status, 200);
    QCOMPARE(replies.at(1).status, 200);
    QCOMPARE(replies.at(2).status, 400);
    QVERIFY(closed);
    QCOMPARE(*m_server->db().service().countSessions({}), 0);
}

void TestHttpFraming::headerLimits_data()
{
    QTest::addColumn<int>("fields");
    QTest::addColumn<int>("valueBytes");
    QTest::addColumn<int>("status");
    const int max = http::ConnectionGuard::MAX_HEADER_FIELDS;
    // The request carries Host and Connection besides the X- fields.
    QTest::addRow("at the field limit") << max - 2 << 8 << 200;
    QTest::addRow("one field too many") << max - 1 << 8 << 431;
    QTest::addRow("16 KiB of headers") << 1 << http::ConnectionGuard::MAX_HEADER_BYTES + 1 << 431;
    QTest::addRow("64 KiB of headers") << 4 << 16 * 1024 << 431;
    QTest::addRow("large but under") << 2 << 7000 << 200;
}

void TestHttpFraming::headerLimits()
{
    QFETCH(int, fields);
    QFETCH(int, valueBytes);
    QFETCH(int, status);
    QByteArray request = "GET /health HTTP/1.1\r\nHost: " + host() + "\r\n";
    for (int i = 0; i < fields; ++i)
        request += "X-F" + QByteArray::number(i) + ": " + QByteArray(valueBytes, 'v') + "\r\n";
    request += "Connection: close\r\n\r\n";
    bool closed = false;
    const QList<HttpResult> replies = exchange(request, 1, &closed);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.at(0).status, status);
    if (status == 431)
        QCOMPARE(replies.at(0).json.value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("HEADERS_TOO_LARGE"));
    QVERIFY(closed);
}

QTEST_GUILESS_MAIN(TestHttpFraming)
#include "tst_httpframing.moc"
