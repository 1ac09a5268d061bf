// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpcontroller.h"

#include "requestguard.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace ir::http {
namespace {

const QByteArray SESSION_HEADER = QByteArrayLiteral("Mcp-Session-Id");

QString errorCodeOf(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object().value(u"error_code").toString();
}

QString instructions()
{
    return QStringLiteral(
        "Interview Recorder keeps interview sessions and their questions, answers, feedback and 0-10 scores. "
        "Typical use: create_session for a candidate (user_id), then add_question for every question asked, "
        "update_session to set status in_progress and finally completed, and get_summary for the result. "
        "For a session planned from a kit, get_next_question says what to ask next. Texts may be Chinese.");
}

} // namespace

// One POST's requests, answered in their order once the last tool call is back.
struct McpController::Exchange
{
    bool batch = false;
    QList<std::optional<QJsonObject>> responses; // one per request
    QList<std::optional<LogLine>> lines; // one per request
    qsizetype pending = 0;
    bool dispatched = false;
    QByteArray sessionId;
    Finish finish;

    void completeIfDone()
    {
        if (!dispatched || pending > 0 || !finish)
            return;
        QJsonArray array;
        for (const std::optional<QJsonObject> &response : std::as_const(responses))
            array.append(*response);
        HttpReply reply = batch ? HttpReply::json(QJsonDocument(array).toJson(QJsonDocument::Compact), 200)
                                : HttpReply::json(array.first().toObject());
        if (!sessionId.isEmpty())
            reply.addHeader(SESSION_HEADER, sessionId);
        QList<LogLine> logged;
        for (const std::optional<LogLine> &line : std::as_const(lines)) {
            if (line)
                logged << *line;
        }
        std::exchange(finish, {})(std::move(reply), logged);
    }
};

McpController::McpController(const RouteTable &table)
    : m_table(table)
{ }

McpController::~McpController() = default;

void McpController::registerRoutes(RouteTable &table)
{
    const Handler unused = [](const RequestContext &) { return HttpReply::error(ApiError::internal()); };
    for (const QString &method : {QStringLiteral("POST"), QStringLiteral("DELETE")}) {
        Route route {method, PATH, unused};
        route.documented = false;
        table.add(std::move(route));
    }
}

const McpTools &McpController::tools()
{
    if (!m_tools)
        m_tools = std::make_unique<McpTools>(m_table);
    return *m_tools;
}

QByteArray McpController::newSession(const QString &version)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray id = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
    m_sessions.insert(id, version);
    m_sessionOrder << id;
    while (m_sessionOrder.size() > MAX_SESSIONS)
        m_sessions.remove(m_sessionOrder.takeFirst());
    return id;
}

void McpController::handle(const QHttpServerRequest &request, const Runner &run, const Finish &finish)
{
    if (request.method() == QHttpServerRequest::Method::Delete)
        finish(remove(request), {});
    else
        post(request, run, finish);
}

HttpReply McpController::remove(const QHttpServerRequest &request)
{
    const QByteArray id = request.value(SESSION_HEADER);
    if (id.isEmpty())
        return mcp::transportError(400, mcp::BAD_REQUEST,
                                   QStringLiteral("Bad Request: Mcp-Session-Id header is required"));
    if (!m_sessions.remove(id))
        return mcp::transportError(404, mcp::SESSION_NOT_FOUND, QStringLiteral("Session not found"));
    m_sessionOrder.removeOne(id);
    return HttpReply::content({}, {}, 200);
}

void McpController::post(const QHttpServerRequest &request, const Runner &run, const Finish &finish)
{
    const QByteArray headerVersion = request.value(QByteArrayLiteral("MCP-Protocol-Version")).trimmed();
    if (!headerVersion.isEmpty() && !mcp::supportedVersions().contains(QString::fromLatin1(headerVersion))) {
        finish(mcp::transportError(
                   400, mcp::BAD_REQUEST,
                   QStringLiteral("Bad Request: Unsupported protocol version: %1 (supported versions: %2)")
                       .arg(QString::fromLatin1(headerVersion), mcp::supportedVersions().join(QStringLiteral(", ")))),
               {});
        return;
    }
    const QByteArray sessionId = request.value(SESSION_HEADER);
    // A client that never sends the id (some don't) is served; an id this server does not know
    // (forgotten, ended, or from before a restart) is a 404 so that the client initializes anew.
    if (!sessionId.isEmpty() && !m_sessions.contains(sessionId)) {
        finish(mcp::transportError(404, mcp::SESSION_NOT_FOUND, QStringLiteral("Session not found")), {});
        return;
    }
    if (const auto refused = RequestGuard::checkContentType(request)) {
        finish(HttpReply::error(*refused), {});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        finish(mcp::transportError(400, mcp::PARSE_ERROR, QStringLiteral("Parse error")), {});
        return;
    }
    const QString version = !headerVersion.isEmpty() ? QString::fromLatin1(headerVersion)
        : !sessionId.isEmpty()                       ? m_sessions.value(sessionId)
                                                     : mcp::defaultVersion();
    const bool batch = document.isArray();
    if (batch && !mcp::allowsBatches(version)) {
        finish(mcp::transportError(
                   400, mcp::INVALID_REQUEST,
                   QStringLiteral("Invalid Request: protocol version %1 does not allow JSON-RPC batches").arg(version)),
               {});
        return;
    }
    const QJsonArray elements = batch ? document.array() : QJsonArray {document.object()};
    if (elements.isEmpty()) {
        finish(mcp::transportError(400, mcp::INVALID_REQUEST, QStringLiteral("Invalid Request: empty batch")), {});
        return;
    }
    QList<mcp::Message> messages;
    for (const QJsonValue &element : elements) {
        messages << mcp::classify(element);
        // A lone message that is no JSON-RPC message is refused as a whole (a batch answers each).
        if (!batch && messages.constLast().kind == mcp::Message::Kind::Invalid) {
            finish(
                HttpReply::json(mcp::errorResponse(messages.constLast().id, mcp::INVALID_REQUEST,
                                                   QStringLiteral("Invalid Request: ") + messages.constLast().problem),
                                400),
                {});
            return;
        }
    }

    auto exchange = std::make_shared<Exchange>();
    exchange->batch = batch;
    exchange->sessionId = sessionId;
    exchange->finish = finish;
    for (const mcp::Message &message : std::as_const(messages)) {
        if (message.kind == mcp::Message::Kind::Notification || message.kind == mcp::Message::Kind::Response)
            continue; // notifications/initialized, cancellations, replies: nothing to answer
        const qsizetype slot = exchange->responses.size();
        exchange->responses.append(std::nullopt);
        exchange->lines.append(std::nullopt);
        if (std::optional<QJsonObject> response = answer(message, batch, run, exchange, slot))
            exchange->responses[slot] = std::move(*response);
    }
    if (exchange->responses.isEmpty()) {
        exchange->finish = {};
        HttpReply accepted = HttpReply::content({}, {}, 202);
        if (!sessionId.isEmpty())
            accepted.addHeader(SESSION_HEADER, sessionId);
        finish(std::move(accepted), {});
        return;
    }
    exchange->dispatched = true;
    exchange->completeIfDone();
}

std::optional<QJsonObject> McpController::answer(const mcp::Message &message, bool inBatch, const Runner &run,
                                                 const std::shared_ptr<Exchange> &exchange, qsizetype slot)
{
    const auto fail = [&](int code, const QString &text) {
        exchange->lines[slot]
            = LogLine {message.method.isEmpty() ? QStringLiteral("?") : message.method, 400, mcp::errorName(code)};
        return mcp::errorResponse(message.id, code, text);
    };
    if (message.kind == mcp::Message::Kind::Invalid)
        return fail(mcp::INVALID_REQUEST, QStringLiteral("Invalid Request: ") + message.problem);
    if (!message.problem.isEmpty())
        return fail(mcp::INVALID_PARAMS, QStringLiteral("Invalid params: ") + message.problem);
    if (message.method == QStringLiteral("initialize")) {
        if (inBatch)
            return fail(mcp::INVALID_REQUEST,
                        QStringLiteral("Invalid Request: initialize must not be part of a batch"));
        exchange->lines[slot] = LogLine {message.method};
        return mcp::resultResponse(message.id, initialize(message, *exchange));
    }
    if (message.method == QStringLiteral("ping"))
        return mcp::resultResponse(message.id, {}); // not logged: clients ping to keep alive
    if (message.method == QStringLiteral("tools/list")) {
        exchange->lines[slot] = LogLine {message.method};
        return mcp::resultResponse(message.id, {{QStringLiteral("tools"), tools().list()}});
    }
    if (message.method == QStringLiteral("tools/call")) {
        const QJsonValue name = message.params.value(QStringLiteral("name"));
        const McpTool *tool = tools().find(name.toString());
        if (!tool)
            return fail(mcp::INVALID_PARAMS,
                        name.isString() ? QStringLiteral("Unknown tool: ") + name.toString()
                                        : QStringLiteral("Invalid params: name is required"));
        const QJsonValue arguments = message.params.value(QStringLiteral("arguments"));
        if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject())
            return fail(mcp::INVALID_PARAMS, QStringLiteral("Invalid params: arguments must be an object"));
        RequestContext context;
        if (const auto invalid = McpTools::requestFor(*tool, arguments.toObject(), context)) {
            const HttpReply refused = HttpReply::error(*invalid);
            exchange->lines[slot] = LogLine {tool->name, refused.status, invalid->code};
            return mcp::resultResponse(message.id, McpTools::callResult(refused));
        }
        ++exchange->pending;
        run(*tool->route, std::move(context), [exchange, slot, id = message.id, name = tool->name](HttpReply reply) {
            exchange->lines[slot] = LogLine {name, reply.status, reply.status >= 400 ? errorCodeOf(reply) : QString()};
            exchange->responses[slot] = mcp::resultResponse(id, McpTools::callResult(reply));
            --exchange->pending;
            exchange->completeIfDone();
        });
        return std::nullopt;
    }
    return fail(mcp::METHOD_NOT_FOUND, QStringLiteral("Method not found: ") + message.method);
}

QJsonObject McpController::initialize(const mcp::Message &message, Exchange &exchange)
{
    const QString version = mcp::negotiate(message.params.value(QStringLiteral("protocolVersion")));
    exchange.sessionId = newSession(version);
    return {
        {QStringLiteral("protocolVersion"), version},
        {QStringLiteral("capabilities"),
         QJsonObject {{QStringLiteral("tools"), QJsonObject {{QStringLiteral("listChanged"), false}}}}},
        {QStringLiteral("serverInfo"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("interview-recorder")},
                      {QStringLiteral("title"), QStringLiteral("Interview Recorder")},
                      {QStringLiteral("version"), QStringLiteral(IR_VERSION)}}},
        {QStringLiteral("instructions"), instructions()},
    };
}

} // namespace ir::http
