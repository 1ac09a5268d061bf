// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks on the wire, against the real `interview-recorder --headless` binary: pipelined and
// malformed requests over raw sockets, unpaired UTF-16 surrogates, and a flood of idle sockets.
#include "faultserver.h"
#include "faultsupport.h"
#include "rawconnection.h"

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fault;

namespace {

constexpr int IDLE_SOCKETS = 3000;
constexpr int FLOOD_BATCH = 40;
// A refused request is followed by at most 10 s of draining before the server closes.
constexpr int CLOSE_TIMEOUT_MS = 15'000;
constexpr int DEFAULT_MAX_CONNECTIONS = 1000;
constexpr qint64 MAX_RSS_GROWTH_KIB = 150 * 1024;
constexpr qint64 MAX_HEALTH_MS = 500;

// A create request for user whose body is sent verbatim.
QByteArray createRequest(const QByteArray &userId, const QByteArray &extraHeaders = {})
{
    const QByteArray body = R"({"user_id":")" + userId + R"("})";
    return "POST /dify/interview/create HTTP/1.1\r\nHost: %HOST%\r\nContent-Type: application/json\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// What one pipelined request must get back: the response has to be recognisably its own.
struct Expected
{
    int status = 200;
    QString field; // a JSON member of the response ...
    QString value; // ... that must hold this value
};

bool matches(const HttpResponse &response, const Expected &expected)
{
    if (response.status != expected.status)
        return false;
    const QJsonObject json = response.json();
    if (expected.field == QStringLiteral("details"))
        return json.value(expected.field).toString().contains(expected.value);
    if (expected.field == QStringLiteral("service_name"))
        return json.value(QStringLiteral("stats")).toObject().value(expected.field).toString() == expected.value;
    return json.value(expected.field).toString() == expected.value;
}

QJsonValue latestSession(quint16 port, const QString &userId, int *status)
{
    const HttpResponse reply = get(port, QStringLiteral("/dify/interview/%1/latest").arg(userId));
    *status = reply.status;
    return reply.json().value(QStringLiteral("latest_session"));
}

} // namespace

class TestFaultWire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pipelinedRequests_data();
    void pipelinedRequests();
    void malformedFraming_data();
    void malformedFraming();
    void wellFormedFramingServed_data();
    void wellFormedFramingServed();
    void unpairedSurrogate_data();
    void unpairedSurrogate();
    void emojiRoundTrip_data();
    void emojiRoundTrip();
    void idleSocketFlood();

private:
    quint16 port() const { return m_server->port(); }
    QString createSession(const QString &userId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FaultServer> m_server;
};

void TestFaultWire::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IR_APP_BINARY)), IR_APP_BINARY);
    QString error;
    // The idle-socket flood needs a descriptor per client socket, plus some slack.
    QVERIFY2(raiseFileLimit(IDLE_SOCKETS + 256, &error), qPrintable(error));
}

void TestFaultWire::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FaultServer>(m_dir->filePath(QStringLiteral("data")),
                                             m_dir->filePath(QStringLiteral("home")));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestFaultWire::cleanup()
{
    if (m_server) {
        m_server->stop();
        if (QTest::currentTestFailed())
            qWarning().noquote() << "server output:\n" << QString::fromUtf8(m_server->output().right(6000));
    }
    m_server.reset();
    m_dir.reset();
}

QString TestFaultWire::createSession(const QString &userId)
{
    const HttpResponse reply = postJson(port(), QStringLiteral("/dify/interview/create"), createBody(userId));
    return reply.status == 200 ? reply.json().value(QStringLiteral("session_id")).toString() : QString();
}

// 1. Several requests in one write on a keep-alive connection: answered in request order, each
// exactly once, and a later `Connection: close` still gets the replies of the writes before it.
void TestFaultWire::pipelinedRequests_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("postsOnly");
    QTest::addColumn<bool>("closeLast");
    QTest::addRow("12 mixed, keep-alive") << 12 << false << false;
    QTest::addRow("20 creates, keep-alive") << 20 << true << false;
    QTest::addRow("12 mixed, the last with Connection: close") << 12 << false << true;
    QTest::addRow("a create, then a GET with Connection: close") << 2 << true << true;
}

void TestFaultWire::pipelinedRequests()
{
    QFETCH(int, count);
    QFETCH(bool, postsOnly);
    QFETCH(bool, closeLast);

    QByteArray bytes;
    QList<Expected> expected;
    QStringList createdUsers;
    for (int i = 0; i < count; ++i) {
        const QString user = QStringLiteral("pipe_%1").arg(i);
        const bool last = i == count - 1;
        if (closeLast && last) {
            bytes += "GET /health HTTP/1.1\r\nHost: %HOST%\r\nConnection: close\r\n\r\n";
            expected.append({200, QStringLiteral("service_name"), QStringLiteral("interview-service")});
            continue;
        }
        // With a closing last request, the one before it is always a write.
        const int kind = postsOnly || (closeLast && i == count - 2) ? 0 : i % 4;
        switch (kind) {
        case 0:
            bytes += createRequest(user.toUtf8());
            expected.append({200, QStringLiteral("user_id"), user});
            createdUsers << user;
            break;
        case 1:
            bytes += httpGet(QStringLiteral("/dify/interview/%1/latest").arg(user));
            expected.append({200, QStringLiteral("user_id"), user});
            break;
        case 2:
            bytes += httpGet(QStringLiteral("/health"));
            expected.append({200, QStringLiteral("service_name"), QStringLiteral("interview-service")});
            break;
        default:
            bytes += httpGet(QStringLiteral("/missing/%1").arg(i));
            expected.append({404, QStringLiteral("details"), QStringLiteral("/missing/%1").arg(i)});
            break;
        }
    }

    RawConnection connection;
    connection.open(port());
    QVERIFY(connection.waitConnected(REQUEST_TIMEOUT_MS));
    connection.send(withHost(bytes, port())); // one write
    QVERIFY2(connection.waitForResponses(count, 30'000),
             qPrintable(QStringLiteral("%1 of %2 responses").arg(connection.responses().size()).arg(count)));
    QVERIFY(!connection.isGarbled());
    for (int i = 0; i < count; ++i) {
        const HttpResponse &response = connection.responses().at(i);
        QVERIFY2(
            matches(response, expected.at(i)),
            qPrintable(QStringLiteral("response %1 is not its request's (expected %2 with %3=%4): %5")
                           .arg(i)
                           .arg(expected.at(i).status)
                           .arg(expected.at(i).field, expected.at(i).value, QString::fromUtf8(response.describe()))));
    }

    if (closeLast) {
        QCOMPARE(connection.responses().constLast().header("Connection").toLower(), QByteArray("close"));
        QVERIFY2(connection.waitForClosed(REQUEST_TIMEOUT_MS), "the server kept the connection open");
        QCOMPARE(connection.responses().size(), count); // nothing twice
        QCOMPARE(connection.unparsed(), QByteArray());
    } else {
        // Still open, and the next reply on it is the next request's, not a repeat of an earlier one.
        QVERIFY(!connection.isClosed());
        connection.send(withHost(httpGet(QStringLiteral("/missing/final")), port()));
        QVERIFY(connection.waitForResponses(count + 1, REQUEST_TIMEOUT_MS));
        QVERIFY2(matches(connection.responses().at(count),
                         {404, QStringLiteral("details"), QStringLiteral("/missing/final")}),
                 connection.responses().at(count).describe().constData());
        QCOMPARE(connection.responses().size(), count + 1);
        QCOMPARE(connection.unparsed(), QByteArray());
    }

    // Each write ran exactly once.
    for (const QString &user : std::as_const(createdUsers)) {
        const HttpResponse list = get(port(), QStringLiteral("/interview/sessions/%1?limit=50").arg(user));
        QCOMPARE(list.status, 200);
        QVERIFY2(list.json().value(QStringLiteral("total")).toInt() == 1, list.describe().constData());
    }
}

// 2. Framing that RFC 9112 §6 forbids, and oversized heads: one error reply, the connection is
// closed, and the bytes that followed (a smuggled request) never run.
void TestFaultWire::malformedFraming_data()
{
    QTest::addColumn<QByteArray>("head"); // after the request line and Host
    QTest::addColumn<QByteArray>("tail"); // after the blank line
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("smuggledUser");

    const QString validation = QStringLiteral("VALIDATION_ERROR");
    const QString headers = QStringLiteral("HEADERS_TOO_LARGE");
    const auto smuggled = [](const char *user) { return createRequest(user); };
    const QByteArray json = "Content-Type: application/json\r\n";
    const QByteArray exactLength = "Content-Length: " + QByteArray::number(smuggled("smug_len00").size()) + "\r\n";

    QTest::addRow("Content-Length -5, its body another request")
        << json + "Content-Length: -5\r\n"
        << smuggled("smug_neg") << 400 << validation << "smug_neg";
    QTest::addRow("Content-Length in hex") << json + "Content-Length: 0x3a\r\n"
                                           << smuggled("smug_hex") << 400 << validation << "smug_hex";
    QTest::addRow("Content-Length with a plus sign") << json + "Content-Length: +0\r\n"
                                                     << smuggled("smug_pls") << 400 << validation << "smug_pls";
    QTest::addRow("Content-Length with trailing letters") << json + "Content-Length: 0abc\r\n"
                                                          << smuggled("smug_trl") << 400 << validation << "smug_trl";
    QTest::addRow("Content-Length empty") << json + "Content-Length: \r\n"
                                          << smuggled("smug_emp") << 400 << validation << "smug_emp";
    QTest::addRow("Content-Length 1e2") << json + "Content-Length: 1e2\r\n"
                                        << smuggled("smug_exp") << 400 << validation << "smug_exp";
    QTest::addRow("two Content-Length headers, different values")
        << json + "Content-Length: 0\r\n" + exactLength << smuggled("smug_len00") << 400 << validation << "smug_len00";
    QTest::addRow("one Content-Length listing different values")
        << json + "Content-Length: 0, " + exactLength.mid(16) << smuggled("smug_len00") << 400 << validation
        << "smug_len00";
    QTest::addRow("Content-Length then Transfer-Encoding")
        << json + "Content-Length: 0\r\nTransfer-Encoding: chunked\r\n"
        << "0\r\n\r\n" + smuggled("smug_clte") << 400 << validation << "smug_clte";
    QTest::addRow("Transfer-Encoding then Content-Length")
        << json + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"
        << "0\r\n\r\n" + smuggled("smug_tecl") << 400 << validation << "smug_tecl";

    QByteArray manyFields = json + "Content-Length: 0\r\n";
    for (int i = 0; i < 101; ++i)
        manyFields += "X-Fault-" + QByteArray::number(i) + ": v\r\n";
    QTest::addRow("101 extra header fields") << manyFields << smuggled("smug_101") << 431 << headers << "smug_101";
    QTest::addRow("one 17 KiB header") << json + "Content-Length: 0\r\nX-Big: " + QByteArray(17 * 1024, 'a') + "\r\n"
                                       << smuggled("smug_17k") << 431 << headers << "smug_17k";
    QByteArray wide = json + "Content-Length: 0\r\n";
    for (int i = 0; i < 20; ++i)
        wide += "X-Wide-" + QByteArray::number(i) + ": " + QByteArray(900, 'b') + "\r\n";
    QTest::addRow("18 KiB over 20 headers") << wide << smuggled("smug_wide") << 431 << headers << "smug_wide";
}

void TestFaultWire::malformedFraming()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, smuggledUser);

    RawConnection connection;
    connection.open(port());
    QVERIFY(connection.waitConnected(REQUEST_TIMEOUT_MS));
    connection.send(
        withHost("POST /dify/interview/create HTTP/1.1\r\nHost: %HOST%\r\n" + head + "\r\n" + tail, port()));
    QVERIFY2(connection.waitForResponses(1, REQUEST_TIMEOUT_MS), "no reply");
    const HttpResponse &reply = connection.responses().constFirst();
    QVERIFY2(reply.status == status, reply.describe().constData());
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(connection.waitForClosed(CLOSE_TIMEOUT_MS), "the connection stayed open after the refusal");
    QCOMPARE(connection.responses().size(), 1);
    QCOMPARE(connection.unparsed(), QByteArray());

    // The smuggled request never ran: checked through the API.
    int latestStatus = 0;
    const QJsonValue latest = latestSession(port(), smuggledUser, &latestStatus);
    QCOMPARE(latestStatus, 200);
    QVERIFY2(latest.isNull(), "the smuggled create ran");
}

// Controls for the framing rows: the same shapes within the limits are served.
void TestFaultWire::wellFormedFramingServed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("user");

    QTest::addRow("exact Content-Length") << createRequest("ctl_exact") << "ctl_exact";
    QByteArray fields;
    for (int i = 0; i < 100 - 3; ++i) // with Host, Content-Type and Content-Length: 100 fields
        fields += "X-Fault-" + QByteArray::number(i) + ": v\r\n";
    QTest::addRow("100 header fields") << createRequest("ctl_100", fields) << "ctl_100";
    QTest::addRow("15 KiB of headers") << createRequest("ctl_15k", "X-Big: " + QByteArray(15 * 1024, 'a') + "\r\n")
                                       << "ctl_15k";
    const QByteArray body = R"({"user_id":"ctl_chunked"})";
    QTest::addRow("chunked body") << "POST /dify/interview/create HTTP/1.1\r\nHost: %HOST%\r\n"
                                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n"
                                  << "ctl_chunked";
}

void TestFaultWire::wellFormedFramingServed()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, user);
    const HttpResponse reply = fault::request(port(), request);
    QVERIFY2(reply.status == 200, reply.describe().constData());
    QCOMPARE(reply.json().value(QStringLiteral("user_id")).toString(), user);
}

// 3. A JSON string with an unpaired UTF-16 surrogate escape is a VALIDATION_ERROR naming the field,
// and nothing is stored.
void TestFaultWire::unpairedSurrogate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body"); // %SESSION% stands for a session of the test
    QTest::addColumn<QString>("field");

    const QString create = QStringLiteral("/dify/interview/create");
    const QString addQa = QStringLiteral("/dify/interview/add-qa");
    const QByteArray qa = R"("session_id":"%SESSION%","question_type":"technical","interviewer_feedback":"f",)"
                          R"("overall_score":8,)";
    QTest::addRow("user_id a lone high surrogate") << create << QByteArray(R"({"user_id":"\ud800"})") << "user_id";
    QTest::addRow("session_name ends in a lone low surrogate")
        << create << QByteArray(R"({"user_id":"sur_a","session_name":"name\udfff"})") << "session_name";
    QTest::addRow("session_name high surrogate then a letter")
        << create << QByteArray(R"({"user_id":"sur_b","session_name":"\ud800\u0041"})") << "session_name";
    QTest::addRow("session_name a reversed pair")
        << create << QByteArray(R"({"user_id":"sur_c","session_name":"\ude00\ud83d"})") << "session_name";
    QTest::addRow("question_text a lone high surrogate")
        << addQa << "{" + qa + R"("question_text":"\ud83d","candidate_answer":"a"})"
        << "question_text";
    QTest::addRow("candidate_answer a lone low surrogate inside")
        << addQa << "{" + qa + R"("question_text":"q","candidate_answer":"x\udc00y"})"
        << "candidate_answer";
}

void TestFaultWire::unpairedSurrogate()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);

    const QString sessionId = createSession(QStringLiteral("sur_owner"));
    QVERIFY(!sessionId.isEmpty());
    body.replace("%SESSION%", sessionId.toUtf8());
    const HttpResponse reply = request(port(), httpRequest(port(), "POST", path, body));
    QVERIFY2(reply.status == 400, reply.describe().constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(reply.json().value(QStringLiteral("details")).toString().contains(field), reply.describe().constData());

    // Nothing stored.
    const HttpResponse session = get(port(), QStringLiteral("/sessions/") + sessionId);
    QCOMPARE(session.status, 200);
    QCOMPARE(
        session.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("questions")).toArray().size(), 0);
    for (const char *user : {"sur_a", "sur_b", "sur_c"}) {
        int status = 0;
        QVERIFY(latestSession(port(), QString::fromLatin1(user), &status).isNull());
        QCOMPARE(status, 200);
    }
}

// Paired surrogates, escaped or as raw UTF-8, round-trip exactly.
void TestFaultWire::emojiRoundTrip_data()
{
    QTest::addColumn<QByteArray>("jsonText"); // as it is written inside the JSON string
    QTest::addColumn<QString>("expected");

    QTest::addRow("raw UTF-8 emoji and CJK")
        << QByteArray("面试 😀 👩‍💻 ok") << QStringLiteral("面试 😀 👩‍💻 ok");
    QTest::addRow("escaped pair") << QByteArray(R"(\ud83d\ude00)") << QStringLiteral("😀");
    QTest::addRow("escaped and raw together") << QByteArray(R"(a\ud83d\ude00b😀c)") << QStringLiteral("a😀b😀c");
    QTest::addRow("escaped CJK extension B") << QByteArray(R"(\ud840\udc00)") << QStringLiteral("𠀀");
}

void TestFaultWire::emojiRoundTrip()
{
    QFETCH(QByteArray, jsonText);
    QFETCH(QString, expected);

    const HttpResponse created
        = request(port(),
                  httpRequest(port(), "POST", QStringLiteral("/dify/interview/create"),
                              R"({"user_id":"emoji_user","session_name":")" + jsonText + R"("})"));
    QVERIFY2(created.status == 200, created.describe().constData());
    QCOMPARE(created.json().value(QStringLiteral("session_name")).toString(), expected);
    const QString sessionId = created.json().value(QStringLiteral("session_id")).toString();
    const HttpResponse added
        = request(port(),
                  httpRequest(port(), "POST", QStringLiteral("/dify/interview/add-qa"),
                              R"({"session_id":")" + sessionId.toUtf8() + R"(","question_text":")" + jsonText
                                  + R"(","question_type":"technical","candidate_answer":")" + jsonText
                                  + R"(","interviewer_feedback":"f","overall_score":9})"));
    QVERIFY2(added.status == 200, added.describe().constData());

    const HttpResponse session = get(port(), QStringLiteral("/sessions/") + sessionId);
    QCOMPARE(session.status, 200);
    const QJsonObject data = session.json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("session_name")).toString(), expected);
    const QJsonObject question = data.value(QStringLiteral("questions")).toArray().at(0).toObject();
    QCOMPARE(question.value(QStringLiteral("question_text")).toString(), expected);
    QCOMPARE(question.value(QStringLiteral("candidate_answer")).toString(), expected);
}

// 8. 3,000 idle sockets: the server keeps at most its cap open (closing the rest at once), /health
// on an earlier connection stays fast, and its memory stays bounded.
void TestFaultWire::idleSocketFlood()
{
    // Opened before the flood: the only way to reach a server whose connection slots are all taken.
    RawConnection keeper;
    keeper.open(port());
    QVERIFY(keeper.waitConnected(REQUEST_TIMEOUT_MS));
    keeper.send(withHost(httpGet(QStringLiteral("/health")), port()));
    QVERIFY(keeper.waitForResponses(1, REQUEST_TIMEOUT_MS));
    QCOMPARE(keeper.responses().constLast().status, 200);
    const qint64 rssBefore = m_server->rssKiB();
    QVERIFY(rssBefore > 0);
    QFile limits(QStringLiteral("/proc/%1/limits").arg(m_server->pid()));
    if (limits.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max open files"))
                qInfo("server: %s", line.simplified().constData());
        }
    }

    std::vector<std::unique_ptr<RawConnection>> flood;
    flood.reserve(IDLE_SOCKETS);
    const auto settled = [&flood] {
        for (const auto &connection : flood) {
            if (!connection->isConnected() && !connection->isClosed())
                return false;
        }
        return true;
    };
    const auto openCount = [&flood] {
        int open = 0;
        for (const auto &connection : flood)
            open += connection->isConnected() && !connection->isClosed();
        return open;
    };
    // In batches below the listen backlog (Qt's default: 50), so that no SYN waits for a retry.
    QElapsedTimer clock;
    clock.start();
    for (int batch = 0; batch < IDLE_SOCKETS / FLOOD_BATCH; ++batch) {
        for (int i = 0; i < FLOOD_BATCH; ++i) {
            flood.push_back(std::make_unique<RawConnection>());
            flood.back()->open(port());
        }
        QVERIFY2(QTest::qWaitFor(settled, 10'000),
                 qPrintable(QStringLiteral("batch %1 did not connect within 10 s").arg(batch)));
    }
    qInfo("%d sockets connected in %lld ms", IDLE_SOCKETS, clock.elapsed());

    // Beyond the cap (the keeper holds one slot), connections are closed at once.
    const int expectedOpen = DEFAULT_MAX_CONNECTIONS - 1;
    QTRY_COMPARE_WITH_TIMEOUT(openCount(), expectedOpen, 10'000);

    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        keeper.send(withHost(httpGet(QStringLiteral("/health")), port()));
        QVERIFY(keeper.waitForResponses(round + 2, REQUEST_TIMEOUT_MS));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(keeper.responses().constLast().status, 200);
        QVERIFY2(elapsed < MAX_HEALTH_MS, qPrintable(QStringLiteral("/health took %1 ms").arg(elapsed)));
    }
    const qint64 rssAfter = m_server->rssKiB();
    qInfo("server RSS %lld KiB before, %lld KiB with the flood", rssBefore, rssAfter);
    QVERIFY2(rssAfter - rssBefore < MAX_RSS_GROWTH_KIB,
             qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssAfter - rssBefore)));

    // One more while full: closed at once, without a byte sent.
    RawConnection extra;
    extra.open(port());
    QVERIFY2(extra.waitForClosed(2000), "a connection beyond the cap was left open");
    QCOMPARE(extra.responses().size(), 0);
    // The idle ones inside the cap are still open (no idle timeout yet).
    QCOMPARE(openCount(), expectedOpen);

    // Once the flood goes away, the server accepts new connections again.
    flood.clear();
    QTRY_VERIFY_WITH_TIMEOUT(get(port(), QStringLiteral("/health"), 1000).status == 200, 10'000);
}

QTEST_GUILESS_MAIN(TestFaultWire)
#include "tst_faultwire.moc"
