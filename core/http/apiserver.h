// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserverconfig.h"
#include "interviewservice.h"
#include "requestguard.h"
#include "routetable.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QTimer>

#include <QPointer>
#include <QTcpSocket>

#include <atomic>
#include <memory>
#include <optional>

namespace ir {
class Clock;
class InterviewService;
class ReaderPool;
class WriteBatcher;
} // namespace ir

namespace ir::http {

struct Routing;

// The HTTP API over InterviewService. Lives on (and must be used from) one thread: the server
// thread of ApiServerHost, or a test's. That thread parses, guards, routes and writes replies; it
// runs no SQL. Routing is done here from one route table, so that a known path with the wrong
// method is a 405, every request passes the one guard, and every reply goes out through the one
// writer (HttpReply::serialize). GET handlers run on the ReaderPool; POST, PUT and DELETE on the
// WriteBatcher's writer thread, sharing commits (their replies are written once durable). Replies
// leave each connection in request order (ReplyQueue).
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(InterviewService &service, const Clock &clock, const ApiServerConfig &config, WriteBatcher &writer,
              ReaderPool &readers, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on the configured address and port. On failure returns false and a message.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // The base URL of /openapi.json's servers: the configured public URL or the listening address.
    QString publicUrl() const { return m_publicUrl; }
    const RouteTable &routes() const;

Q_SIGNALS:
    // Batched (every 50 ms at most) so that logging costs no cross-thread wake-up per request.
    void requestsLogged(const QList<ir::RequestLogEntry> &entries);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // What one reply needs besides its content.
    struct Exchange
    {
        QString method;
        QString path;
        QByteArray corsOrigin;
        bool keepAlive = true;
        QElapsedTimer timer;
        QPointer<QTcpSocket> socket;
        quint64 ticket = 0; // its place in the connection's ReplyQueue
    };

    // nullopt when the reply comes later (from a reader or the writer).
    std::optional<HttpReply> dispatch(const QHttpServerRequest &request, const Exchange &exchange);
    // /mcp (McpController): its tool calls run their routes on the readers or the writer.
    std::optional<HttpReply> dispatchMcp(const QHttpServerRequest &request, const Exchange &exchange);
    HttpReply preflight(const QStringList &segments) const;
    // log = false: the caller logs the exchange its own way (MCP logs each tool call).
    void send(HttpReply reply, const Exchange &exchange, bool log = true);
    void probeDatabase();
    void logRequest(const QString &method, const QString &path, int status, double elapsedMs,
                    const QString &errorCode = {});
    void flushLog();
    void forgetInLog(const QString &userId);

    InterviewService &m_service;
    const Clock &m_clock;
    ApiServerConfig m_config;
    WriteBatcher &m_writer;
    ReaderPool &m_readers;
    RequestGuard m_guard;
    // Shared with writes queued on the batcher, which may outlive this object briefly.
    std::shared_ptr<Routing> m_routing;
    QList<RequestLogEntry> m_log;
    QTimer *m_logTimer = nullptr;
    quint16 m_port = 0;
    QString m_publicUrl;
    QByteArray m_openApiJson;
    QTimer *m_probeTimer = nullptr;
    bool m_probing = false;
};

QString methodName(int method);

// What every write of a batch answers when the shared commit fails (503 while the database is
// unusable for a storage fault, else 500).
HttpReply commitFailureReply(StorageFault fault);

// Runs a route's handler, honouring Idempotency-Key (headerKey) or a request_id body field.
HttpReply runRoute(InterviewService &service, const Route &route, RequestContext &context, const QString &headerKey);
// runRoute, with any exception turned into a 500 (for the reader and writer threads).
HttpReply runHandler(InterviewService &service, const Route &route, RequestContext &context, const QString &headerKey);

} // namespace ir::http
