// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /mcp against the live server: the Streamable HTTP transport (methods, headers, sessions,
// batches by version), JSON-RPC errors, every tool through the JSON API's routes (same bodies,
// validation, idempotency, writer), the guard in front of it, and the request log's lines.
#include "enums.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ir;
using namespace ir::test;

namespace {

const QString MCP = QStringLiteral("/mcp");

// A request, or a notification when id is null ({}).
QByteArray message(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
{
    QJsonObject object {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (!id.isUndefined() && !id.isNull())
        object.insert(QStringLiteral("id"), id);
    if (!params.isEmpty())
        object.insert(QStringLiteral("params"), params);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray initializeBody(const QJsonValue &version)
{
    QJsonObject params {{QStringLiteral("capabilities"), QJsonObject()},
                        {QStringLiteral("clientInfo"),
                         QJsonObject {{QStringLiteral("name"), QStringLiteral("tst")},
                                      {QStringLiteral("version"), QStringLiteral("1")}}}};
    if (!version.isUndefined())
        params.insert(QStringLiteral("protocolVersion"), version);
    return message(1, QStringLiteral("initialize"), params);
}

QJsonValue bodyJson(const HttpResult &result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

int errorCode(const QJsonValue &response)
{
    return response.toObject().value(u"error").toObject().value(u"code").toInt();
}

QStringList keys(const QJsonObject &object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class TestHttpMcp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void negotiation_data();
    void negotiation();
    void protocolVersionHeader_data();
    void protocolVersionHeader();
    void sessions();
    void httpMethods_data();
    void httpMethods();
    void notificationsAre202_data();
    void notificationsAre202();
    void jsonRpcErrors_data();
    void jsonRpcErrors();
    void batches_data();
    void batches();
    void toolsList();
    void schemasAreTheOpenApiFields();
    void everyTool();
    void readsAreTheJsonApiBodies_data();
    void readsAreTheJsonApiBodies();
    void toolErrors_data();
    void toolErrors();
    void idempotency();
    void security_data();
    void security();
    void bodyLimit();
    void corsForAnAllowedOrigin();
    void throttle();
    void requestLog();
    void openApiMentionsMcpOnly();

private:
    HttpResult post(const QByteArray &body, const Headers &headers = {});
    // initialize; returns the session id issued.
    QByteArray initialize(const QString &version = QStringLiteral("2025-06-18"));
    // tools/call's result.
    QJsonObject call(const QString &tool, const QJsonObject &arguments);
    QJsonObject structured(const QString &tool, const QJsonObject &arguments);

    std::unique_ptr<ServerFixture> m_server;
};

void TestHttpMcp::init()
{
    m_server = std::make_unique<ServerFixture>();
    QVERIFY(m_server->db().isValid());
    QVERIFY(m_server->start(true));
}

void TestHttpMcp::cleanup()
{
    m_server.reset();
}

HttpResult TestHttpMcp::post(const QByteArray &body, const Headers &headers)
{
    Headers all {{"Accept", "application/json, text/event-stream"}};
    all += headers;
    return m_server->client().post(MCP, body, all);
}

QByteArray TestHttpMcp::initialize(const QString &version)
{
    const HttpResult result = post(initializeBody(version));
    if (result.status != 200)
        qWarning() << "initialize:" << result.status << result.body;
    return result.header("mcp-session-id");
}

QJsonObject TestHttpMcp::call(const QString &tool, const QJsonObject &arguments)
{
    const HttpResult result = post(message(7, QStringLiteral("tools/call"),
                                           {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), arguments}}));
    if (result.status != 200)
        qWarning() << tool << result.status << result.body;
    const QJsonObject response = bodyJson(result).toObject();
    if (response.contains(u"error"))
        qWarning() << tool << result.body;
    return response.value(u"result").toObject();
}

QJsonObject TestHttpMcp::structured(const QString &tool, const QJsonObject &arguments)
{
    const QJsonObject result = call(tool, arguments);
    if (result.value(u"isError").toBool())
        qWarning() << tool << result;
    return result.value(u"structuredContent").toObject();
}

void TestHttpMcp::negotiation_data()
{
    QTest::addColumn<QJsonValue>("requested");
    QTest::addColumn<QString>("answered");
    QTest::addRow("2024-11-05 echoed") << QJsonValue(QStringLiteral("2024-11-05")) << QStringLiteral("2024-11-05");
    QTest::addRow("2025-03-26 echoed") << QJsonValue(QStringLiteral("2025-03-26")) << QStringLiteral("2025-03-26");
    QTest::addRow("2025-06-18 echoed") << QJsonValue(QStringLiteral("2025-06-18")) << QStringLiteral("2025-06-18");
    QTest::addRow("newer one: the latest") << QJsonValue(QStringLiteral("2025-11-25")) << QStringLiteral("2025-06-18");
    QTest::addRow("garbage: the latest") << QJsonValue(QStringLiteral("v1")) << QStringLiteral("2025-06-18");
    QTest::addRow("none: the latest") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("2025-06-18");
}

void TestHttpMcp::negotiation()
{
    QFETCH(QJsonValue, requested);
    QFETCH(QString, answered);
    const HttpResult result = post(initializeBody(requested));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    const QJsonObject init = bodyJson(result).toObject();
    QCOMPARE(init.value(u"jsonrpc").toString(), QStringLiteral("2.0"));
    QCOMPARE(init.value(u"id").toInt(), 1);
    QCOMPARE(jsonAt(init, QStringLiteral("result.protocolVersion")).toString(), answered);
    QVERIFY(jsonAt(init, QStringLiteral("result.capabilities.tools")).isObject());
    QCOMPARE(jsonAt(init, QStringLiteral("result.serverInfo.name")).toString(), QStringLiteral("interview-recorder"));
    QVERIFY(!jsonAt(init, QStringLiteral("result.serverInfo.version")).toString().isEmpty());
    QVERIFY(jsonAt(init, QStringLiteral("result.instructions")).toString().contains(u"create_session"));
    // A session id of visible ASCII, 128 random bits; every initialize gets its own.
    const QByteArray id = result.header("mcp-session-id");
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(QString::fromLatin1(id)).hasMatch(),
             id.constData());
    QVERIFY(post(initializeBody(requested)).header("mcp-session-id") != id);
}

void TestHttpMcp::protocolVersionHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addRow("absent (Dify sends none)") << QByteArray() << 200;
    QTest::addRow("2025-06-18") << QByteArray("2025-06-18") << 200;
    QTest::addRow("2025-03-26") << QByteArray("2025-03-26") << 200;
    QTest::addRow("2024-11-05") << QByteArray("2024-11-05") << 200;
    QTest::addRow("unsupported") << QByteArray("2030-01-01") << 400;
    QTest::addRow("not a version") << QByteArray("latest") << 400;
}

void TestHttpMcp::protocolVersionHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    const QByteArray session = initialize();
    Headers headers {{"Mcp-Session-Id", session}};
    if (!header.isEmpty())
        headers.append({"MCP-Protocol-Version", header});
    const HttpResult result = post(message(2, QStringLiteral("tools/list")), headers);
    QCOMPARE(result.status, status);
    const QJsonObject response = bodyJson(result).toObject();
    if (status == 200) {
        QCOMPARE(response.value(u"id").toInt(), 2);
        QVERIFY(jsonAt(response, QStringLiteral("result.tools")).isArray());
    } else {
        QCOMPARE(errorCode(response), -32000);
        QVERIFY(response.value(u"id").isNull());
        QVERIFY(jsonAt(response, QStringLiteral("error.message")).toString().contains(QString::fromLatin1(header)));
    }
}

void TestHttpMcp::sessions()
{
    const QByteArray session = initialize();
    QVERIFY(!session.isEmpty());
    const QByteArray ping = message(3, QStringLiteral("ping"));
    // Known id, no id at all (clients that never send it), an id this server never issued.
    HttpResult known = post(ping, {{"Mcp-Session-Id", session}});
    QCOMPARE(known.status, 200);
    QCOMPARE(known.header("mcp-session-id"), session);
    QCOMPARE(bodyJson(known).toObject().value(u"result").toObject(), QJsonObject());
    QCOMPARE(post(ping).status, 200);
    const HttpResult unknown = post(ping, {{"Mcp-Session-Id", "0123456789abcdef0123456789abcdef"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(bodyJson(unknown)), -32001);
    // DELETE ends it: later requests with that id are 404, a second DELETE too.
    HttpClient &client = m_server->client();
    QCOMPARE(client.send("DELETE", MCP, {}, {{"Mcp-Session-Id", session}}).status, 200);
    QCOMPARE(post(ping, {{"Mcp-Session-Id", session}}).status, 404);
    QCOMPARE(client.send("DELETE", MCP, {}, {{"Mcp-Session-Id", session}}).status, 404);
    const HttpResult anonymous = client.send("DELETE", MCP);
    QCOMPARE(anonymous.status, 400);
    QCOMPARE(errorCode(bodyJson(anonymous)), -32000);
}

void TestHttpMcp::httpMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    // The server never pushes: GET (an SSE stream) is a 405, as the transport allows.
    QTest::addRow("GET") << QByteArray("GET") << 405;
    QTest::addRow("PUT") << QByteArray("PUT") << 405;
    QTest::addRow("PATCH") << QByteArray("PATCH") << 405;
}

void TestHttpMcp::httpMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    const HttpResult result = m_server->client().send(method, MCP, method == "GET" ? QByteArray() : "{}",
                                                      {{"Accept", "text/event-stream"}});
    QCOMPARE(result.status, status);
    const QStringList allowed = QString::fromLatin1(result.header("allow")).split(QStringLiteral(", "));
    QCOMPARE(sorted(allowed), (QStringList {QStringLiteral("DELETE"), QStringLiteral("POST")}));
}

void TestHttpMcp::notificationsAre202_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("notifications/initialized") << message({}, QStringLiteral("notifications/initialized"));
    QTest::addRow("notifications/cancelled")
        << message({}, QStringLiteral("notifications/cancelled"),
                   {{QStringLiteral("requestId"), 5}, {QStringLiteral("reason"), QStringLiteral("user")}});
    QTest::addRow("a response to the server") << QByteArray(R"({"jsonrpc":"2.0","id":"s1","result":{}})");
    QTest::addRow("an error response") << QByteArray(R"({"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"x"}})");
    QTest::addRow("a batch of notifications")
        << QByteArray(R"([{"jsonrpc":"2.0","method":"notifications/initialized"},)"
                      R"({"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}])");
}

void TestHttpMcp::notificationsAre202()
{
    QFETCH(QByteArray, body);
    const QByteArray session = initialize(QStringLiteral("2025-03-26"));
    const HttpResult result = post(body, {{"Mcp-Session-Id", session}});
    QCOMPARE(result.status, 202);
    QVERIFY(result.body.isEmpty());
}

void TestHttpMcp::jsonRpcErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonValue>("id");
    const QJsonValue null(QJsonValue::Null);
    QTest::addRow("malformed JSON") << QByteArray(R"({"jsonrpc":"2.0",)") << 400 << -32700 << null;
    QTest::addRow("empty body") << QByteArray() << 400 << -32700 << null;
    QTest::addRow("not JSON-RPC 2.0") << QByteArray(R"({"id":1,"method":"ping"})") << 400 << -32600 << QJsonValue(1);
    QTest::addRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"ping"})") << 400 << -32600
                                 << QJsonValue(1);
    QTest::addRow("method not a string") << QByteArray(R"({"jsonrpc":"2.0","id":2,"method":7})") << 400 << -32600
                                         << QJsonValue(2);
    QTest::addRow("id is an object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"ping"})") << 400 << -32600
                                     << null;
    QTest::addRow("a JSON string") << QByteArray(R"("ping")") << 400 << -32700 << null;
    QTest::addRow("unknown method") << message(3, QStringLiteral("resources/list")) << 200 << -32601 << QJsonValue(3);
    QTest::addRow("params not an object")
        << QByteArray(R"({"jsonrpc":"2.0","id":"a","method":"tools/list","params":[1]})") << 200 << -32602
        << QJsonValue(QStringLiteral("a"));
    QTest::addRow("unknown tool") << message(4, QStringLiteral("tools/call"),
                                             {{QStringLiteral("name"), QStringLiteral("drop_table")}})
                                  << 200 << -32602 << QJsonValue(4);
    QTest::addRow("tool without a name") << message(5, QStringLiteral("tools/call"),
                                                    {{QStringLiteral("arguments"), QJsonObject()}})
                                         << 200 << -32602 << QJsonValue(5);
    QTest::addRow("arguments not an object") << message(
        6, QStringLiteral("tools/call"),
        {{QStringLiteral("name"), QStringLiteral("get_summary")}, {QStringLiteral("arguments"), QJsonArray {1}}})
                                             << 200 << -32602 << QJsonValue(6);
}

void TestHttpMcp::jsonRpcErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QJsonValue, id);
    const HttpResult result = post(body);
    QCOMPARE(result.status, status);
    const QJsonObject response = bodyJson(result).toObject();
    QCOMPARE(response.value(u"jsonrpc").toString(), QStringLiteral("2.0"));
    QCOMPARE(errorCode(response), code);
    QCOMPARE(response.value(u"id"), id);
    QVERIFY(!jsonAt(response, QStringLiteral("error.message")).toString().isEmpty());
}

void TestHttpMcp::batches_data()
{
    QTest::addColumn<QString>("version"); // negotiated for the session; empty: no session, no header
    QTest::addColumn<QByteArray>("header"); // MCP-Protocol-Version
    QTest::addColumn<bool>("allowed");
    QTest::addRow("2025-03-26 session") << QStringLiteral("2025-03-26") << QByteArray() << true;
    QTest::addRow("2024-11-05 session") << QStringLiteral("2024-11-05") << QByteArray() << true;
    QTest::addRow("2025-06-18 session") << QStringLiteral("2025-06-18") << QByteArray() << false;
    QTest::addRow("2025-06-18 header") << QString() << QByteArray("2025-06-18") << false;
    QTest::addRow("2025-03-26 header") << QString() << QByteArray("2025-03-26") << true;
    // The transport's rule: without a header or a session, assume 2025-03-26.
    QTest::addRow("no session, no header") << QString() << QByteArray() << true;
}

void TestHttpMcp::batches()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, header);
    QFETCH(bool, allowed);
    Headers headers;
    if (!version.isEmpty())
        headers.append({"Mcp-Session-Id", initialize(version)});
    if (!header.isEmpty())
        headers.append({"MCP-Protocol-Version", header});
    const QByteArray batch = '[' + message(1, QStringLiteral("ping")) + ','
        + message({}, QStringLiteral("notifications/initialized")) + ','
        + message(QStringLiteral("b"), QStringLiteral("tools/list")) + ',' + message(3, QStringLiteral("nope")) + ','
        + initializeBody(QStringLiteral("2025-03-26")) + ']';
    const HttpResult result = post(batch, headers);
    if (!allowed) {
        QCOMPARE(result.status, 400);
        QCOMPARE(errorCode(bodyJson(result)), -32600);
        return;
    }
    QCOMPARE(result.status, 200);
    const QJsonArray responses = bodyJson(result).toArray();
    // One response per request, in order; none for the notification; initialize may not be batched.
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).toObject().value(u"id").toInt(), 1);
    QCOMPARE(responses.at(1).toObject().value(u"id").toString(), QStringLiteral("b"));
    QCOMPARE(jsonAt(responses.at(1).toObject(), QStringLiteral("result.tools")).toArray().size(), 8);
    QCOMPARE(errorCode(responses.at(2)), -32601);
    QCOMPARE(errorCode(responses.at(3)), -32600);
    // An empty batch is invalid.
    const HttpResult empty = post("[]", headers);
    QCOMPARE(empty.status, 400);
    QCOMPARE(errorCode(bodyJson(empty)), -32600);
}

void TestHttpMcp::toolsList()
{
    const HttpResult result = post(message(1, QStringLiteral("tools/list")));
    QCOMPARE(result.status, 200);
    const QJsonArray tools = jsonAt(bodyJson(result).toObject(), QStringLiteral("result.tools")).toArray();
    // The contract's tools, their required and optional arguments.
    const QHash<QString, QPair<QStringList, QStringList>> contract {
        {QStringLiteral("create_session"),
         {{QStringLiteral("user_id")},
          {QStringLiteral("session_name"), QStringLiteral("difficulty_level"), QStringLiteral("session_type"),
           QStringLiteral("kit_id"), QStringLiteral("request_id")}}},
        {QStringLiteral("add_question"),
         {{QStringLiteral("session_id"), QStringLiteral("question_text"), QStringLiteral("question_type"),
           QStringLiteral("candidate_answer"), QStringLiteral("interviewer_feedback"), QStringLiteral("overall_score")},
          {QStringLiteral("question_category"), QStringLiteral("request_id")}}},
        {QStringLiteral("get_summary"), {{QStringLiteral("session_id")}, {}}},
        {QStringLiteral("get_latest_session"), {{QStringLiteral("user_id")}, {}}},
        {QStringLiteral("list_sessions"),
         {{QStringLiteral("user_id")}, {QStringLiteral("status"), QStringLiteral("limit")}}},
        {QStringLiteral("search_records"),
         {{},
          {QStringLiteral("session_id"), QStringLiteral("user_id"), QStringLiteral("question_type"),
           QStringLiteral("question_category"), QStringLiteral("min_score"), QStringLiteral("max_score"),
           QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("q"), QStringLiteral("page"),
           QStringLiteral("page_size")}}},
        {QStringLiteral("update_session"),
         {{QStringLiteral("session_id")},
          {QStringLiteral("status"), QStringLiteral("session_name"), QStringLiteral("difficulty_level"),
           QStringLiteral("session_type"), QStringLiteral("estimated_duration"), QStringLiteral("interviewer"),
           QStringLiteral("metadata")}}},
        {QStringLiteral("get_next_question"), {{QStringLiteral("session_id")}, {}}},
    };
    QCOMPARE(tools.size(), contract.size());
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const QString name = tool.value(u"name").toString();
        QVERIFY2(contract.contains(name), qPrintable(name));
        QVERIFY2(tool.value(u"description").toString().size() > 80, qPrintable(name));
        const QJsonObject schema = tool.value(u"inputSchema").toObject();
        QCOMPARE(schema.value(u"type").toString(), QStringLiteral("object"));
        QStringList required;
        for (const QJsonValue &field : schema.value(u"required").toArray())
            required << field.toString();
        QCOMPARE(sorted(required), sorted(contract.value(name).first));
        QCOMPARE(keys(schema.value(u"properties").toObject()),
                 sorted(contract.value(name).first + contract.value(name).second));
        const bool reads = name.startsWith(u"get_") || name == u"list_sessions" || name == u"search_records";
        QCOMPARE(jsonAt(tool, QStringLiteral("annotations.readOnlyHint")).toBool(), reads);
    }
    // Enum values are listed for the model, in the schema and in words.
    const auto property = [&tools](const QString &tool, const QString &name) {
        for (const QJsonValue &value : tools) {
            if (value.toObject().value(u"name").toString() == tool)
                return jsonAt(value.toObject(), QStringLiteral("inputSchema.properties.") + name).toObject();
        }
        return QJsonObject();
    };
    const QJsonObject type = property(QStringLiteral("add_question"), QStringLiteral("question_type"));
    QCOMPARE(type.value(u"enum").toArray(), QJsonArray::fromStringList(wireValues<QuestionType>()));
    for (const QString &wire : wireValues<QuestionType>())
        QVERIFY(type.value(u"description").toString().contains(wire));
    const QJsonObject score = property(QStringLiteral("add_question"), QStringLiteral("overall_score"));
    QCOMPARE(score.value(u"type").toString(), QStringLiteral("number"));
    QCOMPARE(score.value(u"minimum").toInt(), 0);
    QCOMPARE(score.value(u"maximum").toInt(), 10);
    QCOMPARE(property(QStringLiteral("list_sessions"), QStringLiteral("limit")).value(u"maximum").toInt(), 50);
    QVERIFY(property(QStringLiteral("update_session"), QStringLiteral("status"))
                .value(u"description")
                .toString()
                .contains(u"cancelled"));
}

void TestHttpMcp::schemasAreTheOpenApiFields()
{
    // One source: each argument's schema is the OpenAPI document's schema of that route's field.
    const QJsonObject openApi = m_server->client().get(QStringLiteral("/openapi.json")).json;
    const QJsonArray tools
        = jsonAt(bodyJson(post(message(1, QStringLiteral("tools/list")))).toObject(), QStringLiteral("result.tools"))
              .toArray();
    const QHash<QString, QPair<QString, QString>> routes {
        {QStringLiteral("create_session"), {QStringLiteral("post"), QStringLiteral("/dify/interview/create")}},
        {QStringLiteral("add_question"), {QStringLiteral("post"), QStringLiteral("/dify/interview/add-qa")}},
        {QStringLiteral("get_summary"),
         {QStringLiteral("get"), QStringLiteral("/dify/interview/{session_id}/summary")}},
        {QStringLiteral("get_latest_session"),
         {QStringLiteral("get"), QStringLiteral("/dify/interview/{user_id}/latest")}},
        {QStringLiteral("list_sessions"), {QStringLiteral("get"), QStringLiteral("/interview/sessions/{user_id}")}},
        {QStringLiteral("search_records"), {QStringLiteral("get"), QStringLiteral("/records")}},
        {QStringLiteral("update_session"), {QStringLiteral("put"), QStringLiteral("/sessions/{session_id}")}},
        {QStringLiteral("get_next_question"),
         {QStringLiteral("get"), QStringLiteral("/dify/interview/{session_id}/next-question")}},
    };
    int compared = 0;
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const auto [method, path] = routes.value(tool.value(u"name").toString());
        const QJsonObject operation
            = openApi.value(u"paths").toObject().value(path).toObject().value(method).toObject();
        QVERIFY2(!operation.isEmpty(), qPrintable(path));
        QJsonObject documented
            = jsonAt(operation, QStringLiteral("requestBody.content.application/json.schema.properties")).toObject();
        for (const QJsonValue &parameter : operation.value(u"parameters").toArray())
            documented.insert(parameter.toObject().value(u"name").toString(), parameter.toObject().value(u"schema"));
        const QJsonObject properties = jsonAt(tool, QStringLiteral("inputSchema.properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            QVERIFY2(documented.contains(it.key()), qPrintable(path + u' ' + it.key()));
            QCOMPARE(it.value().toObject(), documented.value(it.key()).toObject());
            ++compared;
        }
    }
    QVERIFY(compared >= 35);
}

void TestHttpMcp::everyTool()
{
    // An interview recorded by an agent, one tool after the other.
    const QJsonObject created = structured(QStringLiteral("create_session"),
                                           {{QStringLiteral("user_id"), QStringLiteral("mcp_user")},
                                            {QStringLiteral("session_name"), QStringLiteral("MCP 面试 🎯")},
                                            {QStringLiteral("session_type"), QStringLiteral("company_position")}});
    QCOMPARE(created.value(u"message").toString(), QStringLiteral("面试记录创建成功"));
    const QString sessionId = created.value(u"session_id").toString();
    QVERIFY(sessionId.startsWith(u"session_"));

    const QJsonObject result = call(QStringLiteral("add_question"),
                                    {{QStringLiteral("session_id"), sessionId},
                                     {QStringLiteral("question_text"), QStringLiteral("什么是RAII？")},
                                     {QStringLiteral("question_type"), QStringLiteral("technical")},
                                     {QStringLiteral("candidate_answer"), QStringLiteral("资源获取即初始化。")},
                                     {QStringLiteral("interviewer_feedback"), QStringLiteral("准确")},
                                     {QStringLiteral("overall_score"), 8.5}});
    QCOMPARE(result.value(u"isError").toBool(), false);
    const QJsonArray content = result.value(u"content").toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.at(0).toObject().value(u"type").toString(), QStringLiteral("text"));
    // The text item is the JSON API's body; structuredContent the same object.
    const QJsonObject added
        = QJsonDocument::fromJson(content.at(0).toObject().value(u"text").toString().toUtf8()).object();
    QCOMPARE(added, result.value(u"structuredContent").toObject());
    QCOMPARE(added.value(u"question_id").toString(), sessionId + QStringLiteral("_q001"));
    QCOMPARE(added.value(u"status").toString(), QStringLiteral("added"));

    const QJsonObject summary = structured(QStringLiteral("get_summary"), {{QStringLiteral("session_id"), sessionId}});
    QCOMPARE(jsonAt(summary, QStringLiteral("summary.total_questions")).toInt(), 1);
    QCOMPARE(jsonAt(summary, QStringLiteral("summary.average_score")).toDouble(), 8.5);

    const QJsonObject latest
        = structured(QStringLiteral("get_latest_session"), {{QStringLiteral("user_id"), QStringLiteral("mcp_user")}});
    QCOMPARE(jsonAt(latest, QStringLiteral("latest_session.session_id")).toString(), sessionId);
    QCOMPARE(jsonAt(latest, QStringLiteral("latest_session.session_name")).toString(), QStringLiteral("MCP 面试 🎯"));

    const QJsonObject listed = structured(QStringLiteral("list_sessions"),
                                          {{QStringLiteral("user_id"), QStringLiteral("mcp_user")},
                                           {QStringLiteral("status"), QStringLiteral("pending")},
                                           {QStringLiteral("limit"), 5}});
    QCOMPARE(listed.value(u"total").toInt(), 1);
    QCOMPARE(jsonAt(listed, QStringLiteral("sessions.0.total_questions")).toInt(), 1);

    // Typed arguments of a query route: numbers and text become the URL's parameters.
    const QJsonObject found = structured(QStringLiteral("search_records"),
                                         {{QStringLiteral("user_id"), QStringLiteral("mcp_user")},
                                          {QStringLiteral("min_score"), 8},
                                          {QStringLiteral("q"), QStringLiteral("RAII")},
                                          {QStringLiteral("page_size"), 10}});
    QCOMPARE(jsonAt(found, QStringLiteral("data.total")).toInt(), 1);
    QCOMPARE(jsonAt(found, QStringLiteral("data.page_size")).toInt(), 10);
    QCOMPARE(structured(QStringLiteral("search_records"), {{QStringLiteral("min_score"), 9}})
                 .value(u"data")
                 .toObject()
                 .value(u"total")
                 .toInt(),
             0);

    const QJsonObject updated
        = structured(QStringLiteral("update_session"),
                     {{QStringLiteral("session_id"), sessionId},
                      {QStringLiteral("status"), QStringLiteral("in_progress")},
                      {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("via"), QStringLiteral("mcp")}}}});
    QCOMPARE(jsonAt(updated, QStringLiteral("data.status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(jsonAt(updated, QStringLiteral("data.metadata.via")).toString(), QStringLiteral("mcp"));

    const QJsonObject next
        = structured(QStringLiteral("get_next_question"), {{QStringLiteral("session_id"), sessionId}});
    QVERIFY(next.value(u"next_question").isNull());
    QCOMPARE(next.value(u"remaining").toInt(), 0);

    // It went through the service and the writer: the JSON API sees it.
    const HttpResult api = m_server->client().get(QStringLiteral("/sessions/") + sessionId);
    QCOMPARE(jsonAt(api.json, QStringLiteral("data.status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(jsonAt(api.json, QStringLiteral("data.source")).toString(), QStringLiteral("api"));
}

void TestHttpMcp::readsAreTheJsonApiBodies_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("path"); // {} is the argument's value
    QTest::addRow("get_summary") << QStringLiteral("get_summary") << QStringLiteral("session_id")
                                 << QStringLiteral("/dify/interview/{}/summary");
    QTest::addRow("get_next_question") << QStringLiteral("get_next_question") << QStringLiteral("session_id")
                                       << QStringLiteral("/dify/interview/{}/next-question");
    QTest::addRow("get_latest_session") << QStringLiteral("get_latest_session") << QStringLiteral("user_id")
                                        << QStringLiteral("/dify/interview/{}/latest");
    QTest::addRow("list_sessions") << QStringLiteral("list_sessions") << QStringLiteral("user_id")
                                   << QStringLiteral("/interview/sessions/{}");
    QTest::addRow("search_records") << QStringLiteral("search_records") << QStringLiteral("session_id")
                                    << QStringLiteral("/records?session_id={}");
}

void TestHttpMcp::readsAreTheJsonApiBodies()
{
    QFETCH(QString, tool);
    QFETCH(QString, argument);
    QFETCH(QString, path);
    const QString sessionId = m_server->createSession(2);
    const QString value = argument == u"user_id" ? QStringLiteral("user_001") : sessionId;
    const HttpResult api = m_server->client().get(QString(path).replace(QStringLiteral("{}"), value));
    QCOMPARE(api.status, 200);
    const QJsonObject result = call(tool, {{argument, value}});
    QCOMPARE(result.value(u"content").toArray().at(0).toObject().value(u"text").toString().toUtf8(), api.body);
}

void TestHttpMcp::toolErrors_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // the envelope says what went wrong
    const QJsonObject question {{QStringLiteral("question_text"), QStringLiteral("Q")},
                                {QStringLiteral("question_type"), QStringLiteral("technical")},
                                {QStringLiteral("candidate_answer"), QStringLiteral("A")},
                                {QStringLiteral("interviewer_feedback"), QStringLiteral("F")},
                                {QStringLiteral("overall_score"), 5}};
    QJsonObject unknownSession = question;
    unknownSession.insert(QStringLiteral("session_id"), QStringLiteral("session_20250101_000000_deadbeef"));
    QJsonObject badScore = question;
    badScore.insert(QStringLiteral("session_id"), QStringLiteral("{session}"));
    badScore.insert(QStringLiteral("overall_score"), 11);
    QJsonObject badType = question;
    badType.insert(QStringLiteral("session_id"), QStringLiteral("{session}"));
    badType.insert(QStringLiteral("question_type"), QStringLiteral("trivia"));
    QTest::addRow("create without user_id") << QStringLiteral("create_session") << QJsonObject()
                                            << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("user_id");
    QTest::addRow("add to an unknown session") << QStringLiteral("add_question") << unknownSession
                                               << QStringLiteral("SESSION_NOT_FOUND") << QStringLiteral("session");
    QTest::addRow("score over 10") << QStringLiteral("add_question") << badScore << QStringLiteral("INVALID_SCORE")
                                   << QStringLiteral("overall_score");
    QTest::addRow("unknown question type")
        << QStringLiteral("add_question") << badType << QStringLiteral("VALIDATION_ERROR")
        << QStringLiteral("technical, behavioral");
    QTest::addRow("summary without session_id") << QStringLiteral("get_summary") << QJsonObject()
                                                << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("session_id");
    QTest::addRow("summary with an empty session_id")
        << QStringLiteral("get_summary") << QJsonObject {{QStringLiteral("session_id"), QString()}}
        << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("session_id");
    QTest::addRow("summary of an unknown session")
        << QStringLiteral("get_summary") << QJsonObject {{QStringLiteral("session_id"), QStringLiteral("nope")}}
        << QStringLiteral("SESSION_NOT_FOUND") << QStringLiteral("nope");
    QTest::addRow("list limit 0") << QStringLiteral(
        "list_sessions") << QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u")}, {QStringLiteral("limit"), 0}}
                                  << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("limit");
    QTest::addRow("search min_score text")
        << QStringLiteral("search_records") << QJsonObject {{QStringLiteral("min_score"), QStringLiteral("abc")}}
        << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("min_score");
    QTest::addRow("search page an object")
        << QStringLiteral("search_records") << QJsonObject {{QStringLiteral("page"), QJsonObject()}}
        << QStringLiteral("VALIDATION_ERROR") << QStringLiteral("page");
    QTest::addRow("pending to completed") << QStringLiteral("update_session")
                                          << QJsonObject {{QStringLiteral("session_id"), QStringLiteral("{session}")},
                                                          {QStringLiteral("status"), QStringLiteral("completed")}}
                                          << QStringLiteral("INVALID_SESSION_STATUS") << QString();
}

void TestHttpMcp::toolErrors()
{
    QFETCH(QString, tool);
    QFETCH(QJsonObject, arguments);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const QString sessionId = m_server->createSession();
    if (arguments.value(u"session_id") == QJsonValue(QStringLiteral("{session}")))
        arguments.insert(QStringLiteral("session_id"), sessionId);
    const QJsonObject result = call(tool, arguments);
    // A tool execution error, not a protocol error: isError with the envelope as the text.
    QCOMPARE(result.value(u"isError").toBool(), true);
    QVERIFY(!result.contains(u"structuredContent"));
    const QString text = result.value(u"content").toArray().at(0).toObject().value(u"text").toString();
    const QJsonObject envelope = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(envelope.value(u"success").toBool(true), false);
    QCOMPARE(envelope.value(u"error_code").toString(), code);
    QVERIFY(!envelope.value(u"message").toString().isEmpty());
    QVERIFY2(text.contains(mentions), qPrintable(text));
    // Nothing was added by a failed add_question.
    QCOMPARE(jsonAt(m_server->client().get(QStringLiteral("/dify/interview/%1/summary").arg(sessionId)).json,
                    QStringLiteral("summary.total_questions"))
                 .toInt(),
             0);
}

void TestHttpMcp::idempotency()
{
    const QJsonObject arguments {{QStringLiteral("user_id"), QStringLiteral("idem")},
                                 {QStringLiteral("request_id"), QStringLiteral("agent-retry-1")}};
    const QJsonObject first = structured(QStringLiteral("create_session"), arguments);
    const QJsonObject again = structured(QStringLiteral("create_session"), arguments);
    QVERIFY(!first.value(u"session_id").toString().isEmpty());
    QCOMPARE(again, first);
    // The same key with other arguments is refused, as on the JSON API.
    QJsonObject other = arguments;
    other.insert(QStringLiteral("session_name"), QStringLiteral("other"));
    const QJsonObject refused = call(QStringLiteral("create_session"), other);
    QVERIFY(refused.value(u"isError").toBool());
    QVERIFY(
        refused.value(u"content").toArray().at(0).toObject().value(u"text").toString().contains(u"VALIDATION_ERROR"));
    // The key is shared with the JSON API: the same request there replays the MCP call's reply.
    const HttpResult api = m_server->client().post(QStringLiteral("/dify/interview/create"),
                                                   QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    QCOMPARE(api.json, first);
    // A client's fixed Idempotency-Key header (sent with every call) does not merge different calls.
    const QByteArray body
        = message(9, QStringLiteral("tools/call"),
                  {{QStringLiteral("name"), QStringLiteral("create_session")},
                   {QStringLiteral("arguments"), QJsonObject {{QStringLiteral("user_id"), QStringLiteral("idem")}}}});
    const HttpResult a = post(body, {{"Idempotency-Key", "fixed"}});
    const HttpResult b = post(body, {{"Idempotency-Key", "fixed"}});
    QVERIFY(jsonAt(bodyJson(a).toObject(), QStringLiteral("result.structuredContent.session_id")).toString()
            != jsonAt(bodyJson(b).toObject(), QStringLiteral("result.structuredContent.session_id")).toString());
    QCOMPARE(m_server->client().get(QStringLiteral("/interview/sessions/idem")).json.value(u"total").toInt(), 3);
}

void TestHttpMcp::security_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addRow("the key") << Headers {} << true << 200;
    QTest::addRow("no key") << Headers {} << false << 401;
    QTest::addRow("wrong Bearer") << Headers {{"Authorization", "Bearer wrong"}} << false << 401;
    QTest::addRow("X-API-Key") << Headers {{"X-API-Key", ServerFixture::API_KEY}} << false << 200;
    QTest::addRow("foreign Origin, before the key") << Headers {{"Origin", "http://evil.example"}} << false << 403;
    QTest::addRow("foreign Origin with the key") << Headers {{"Origin", "http://evil.example"}} << true << 403;
    QTest::addRow("null Origin") << Headers {{"Origin", "null"}} << true << 403;
    QTest::addRow("same origin") << Headers {{"Origin", "http://127.0.0.1:{port}"}} << true << 200;
    QTest::addRow("rebinding Host") << Headers {{"Host", "evil.example:{port}"}} << true << 403;
    QTest::addRow("rebinding Host and Origin")
        << Headers {{"Host", "evil.example"}, {"Origin", "http://evil.example"}} << false << 403;
    QTest::addRow("localhost Host") << Headers {{"Host", "localhost:{port}"}} << true << 200;
}

void TestHttpMcp::security()
{
    QFETCH(Headers, headers);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    HttpClient client(m_server->port());
    Headers sent;
    for (auto [name, value] : headers)
        sent.append({name, value.replace("{port}", QByteArray::number(m_server->port()))});
    if (withKey)
        sent.append({"Authorization", QByteArray("Bearer ") + ServerFixture::API_KEY});
    sent.append({QByteArray("Content-Type"), QByteArray("application/json")});
    // Raw bytes: the Host header as given.
    const HttpResult result
        = client.raw(client.rawRequest("POST", "/mcp", initializeBody(QStringLiteral("2025-06-18")), sent));
    QCOMPARE(result.status, status);
    if (status == 401)
        QCOMPARE(result.header("www-authenticate"), QByteArray("Bearer"));
    if (status == 403)
        QVERIFY(result.header("mcp-session-id").isEmpty());
    QCOMPARE(result.header("x-content-type-options"), QByteArray("nosniff"));
}

void TestHttpMcp::bodyLimit()
{
    http::ApiServerConfig config;
    config.maxBodyBytes = 4096;
    QVERIFY(m_server->start(true, config));
    const QJsonObject arguments {{QStringLiteral("user_id"), QString(5000, u'x')}};
    const HttpResult result = post(message(
        1, QStringLiteral("tools/call"),
        {{QStringLiteral("name"), QStringLiteral("create_session")}, {QStringLiteral("arguments"), arguments}}));
    QCOMPARE(result.status, 413);
    QCOMPARE(result.json.value(u"error_code").toString(), QStringLiteral("PAYLOAD_TOO_LARGE"));
}

void TestHttpMcp::corsForAnAllowedOrigin()
{
    // A browser-based client (the MCP Inspector) on an origin the user allowed: the preflight
    // admits the MCP headers and the reply lets the page read the session id.
    http::ApiServerConfig config;
    config.settings.allowedOrigins = {QStringLiteral("http://localhost:6274")};
    QVERIFY(m_server->start(true, config));
    const Headers origin {{"Origin", "http://localhost:6274"}};
    const HttpResult preflight = HttpClient(m_server->port()).send("OPTIONS", MCP, {}, origin);
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("access-control-allow-methods"), QByteArray("POST, DELETE"));
    for (const char *header : {"Mcp-Session-Id", "MCP-Protocol-Version", "Authorization"})
        QVERIFY2(preflight.header("access-control-allow-headers").contains(header), header);
    const HttpResult result = post(initializeBody(QStringLiteral("2025-06-18")), origin);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("access-control-allow-origin"), QByteArray("http://localhost:6274"));
    QCOMPARE(result.header("access-control-expose-headers"), QByteArray("Mcp-Session-Id"));
    QVERIFY(!result.header("mcp-session-id").isEmpty());
}

void TestHttpMcp::throttle()
{
    http::ApiServerConfig config;
    config.authFailureLimit = 2;
    QVERIFY(m_server->start(true, config));
    HttpClient stranger(m_server->port());
    stranger.setApiKey("guess");
    QCOMPARE(stranger.post(MCP, initializeBody(QStringLiteral("2025-06-18"))).status, 401);
    QCOMPARE(stranger.post(MCP, initializeBody(QStringLiteral("2025-06-18"))).status, 401);
    const HttpResult refused = stranger.post(MCP, initializeBody(QStringLiteral("2025-06-18")));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    // The right key still passes.
    QVERIFY(!initialize().isEmpty());
}

void TestHttpMcp::requestLog()
{
    QSignalSpy logged(&m_server->host(), &ServerControl::requestLogged);
    const QString sessionId = m_server->createSession();
    initialize();
    structured(QStringLiteral("get_summary"), {{QStringLiteral("session_id"), sessionId}});
    call(QStringLiteral("get_summary"), {{QStringLiteral("session_id"), QStringLiteral("missing")}});
    post(message(1, QStringLiteral("ping")));
    m_server->client().send("DELETE", MCP);
    QList<RequestLogEntry> entries;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            entries.clear();
            for (const QList<QVariant> &arguments : std::as_const(logged))
                entries << arguments.first().value<RequestLogEntry>();
            return entries.size() >= 5;
        }(),
        5000);
    QStringList lines;
    for (const RequestLogEntry &entry : std::as_const(entries))
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(entry.method, entry.path)
                     .arg(entry.status)
                     .arg(entry.errorCode)
                     .trimmed();
    // Each tool call under its name with the route's outcome; a ping is not worth a line; a
    // transport refusal is the HTTP request's line.
    QCOMPARE(lines,
             (QStringList {QStringLiteral("MCP initialize 200"), QStringLiteral("MCP get_summary 200"),
                           QStringLiteral("MCP get_summary 404 SESSION_NOT_FOUND"), QStringLiteral("POST /mcp 200"),
                           QStringLiteral("DELETE /mcp 400")}));
}

void TestHttpMcp::openApiMentionsMcpOnly()
{
    const QJsonObject openApi = m_server->client().get(QStringLiteral("/openapi.json")).json;
    QVERIFY(jsonAt(openApi, QStringLiteral("info.description")).toString().contains(u"/mcp"));
    QVERIFY(!openApi.value(u"paths").toObject().contains(MCP));
}

QTEST_GUILESS_MAIN(TestHttpMcp)
#include "tst_httpmcp.moc"
