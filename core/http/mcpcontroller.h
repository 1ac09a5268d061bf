// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpprotocol.h"
#include "mcptools.h"

#include <QHash>

#include <functional>
#include <memory>

class QHttpServerRequest;

namespace ir::http {

// /mcp: the Model Context Protocol over the Streamable HTTP transport (plain JSON replies, no
// SSE). POST carries JSON-RPC requests, notifications and responses; DELETE ends a session;
// GET is a 405 (the server never pushes). Every tool is a route of the JSON API, run where that
// route runs (a reader or the writer), with its validation and idempotency; ApiServer has
// checked Host, Origin and the key before. Lives on the server thread, as do the callbacks.
class McpController final
{
public:
    static inline const QString PATH = QStringLiteral("/mcp");
    // Sessions remembered at once; the oldest is forgotten past it (its client gets a 404 and
    // initializes again, as the transport asks).
    static constexpr int MAX_SESSIONS = 1000;

    using Done = std::function<void(HttpReply reply)>;
    // Runs a tool's route with this request; done gets the route's reply on the server thread.
    using Runner = std::function<void(const Route &route, RequestContext context, Done done)>;
    // One request-log line: a tool's name (or the JSON-RPC method) and how it ended.
    struct LogLine
    {
        QString label;
        int status = 200;
        QString errorCode;
    };
    // The HTTP reply once every request of the message is answered, and its log lines (none
    // when the transport refused the message: then the HTTP request itself is logged).
    using Finish = std::function<void(HttpReply reply, const QList<LogLine> &lines)>;

    explicit McpController(const RouteTable &table);
    ~McpController();
    Q_DISABLE_COPY_MOVE(McpController)

    // POST and DELETE /mcp, undocumented (Dify must not import /mcp as an operation); ApiServer
    // hands their requests to handle() once the key is checked.
    void registerRoutes(RouteTable &table);
    void handle(const QHttpServerRequest &request, const Runner &run, const Finish &finish);

private:
    struct Exchange;

    void post(const QHttpServerRequest &request, const Runner &run, const Finish &finish);
    HttpReply remove(const QHttpServerRequest &request);
    // The reply to one request; nullopt when it comes later through run.
    std::optional<QJsonObject> answer(const mcp::Message &message, bool inBatch, const Runner &run,
                                      const std::shared_ptr<Exchange> &exchange, qsizetype slot);
    QJsonObject initialize(const mcp::Message &message, Exchange &exchange);
    const McpTools &tools();
    QByteArray newSession(const QString &version);

    const RouteTable &m_table;
    std::unique_ptr<McpTools> m_tools; // built on first use, once every route is registered
    QHash<QByteArray, QString> m_sessions; // Mcp-Session-Id → negotiated version
    QList<QByteArray> m_sessionOrder; // oldest first
};

} // namespace ir::http
