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

#include <memory>
#include <optional>

namespace ir {
class Clock;
class InterviewService;
class WriteBatcher;
} // namespace ir

namespace ir::http {

struct Routing;

// The HTTP API over InterviewService. Lives on (and must be used from) one thread: the server
// thread of ApiServerHost, or a test's. Routing is done here from one route table, so that a
// known path with the wrong method is a 405, every request passes the one guard, and every
// reply goes out through the one writer (HttpReply::serialize). With a WriteBatcher, POST and
// PUT handlers run on its writer thread and share commits (group commit): their replies are
// written when the batch is durable, while this thread goes on serving other requests.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(InterviewService &service, const Clock &clock, const ApiServerConfig &config,
              WriteBatcher *batcher = nullptr, QObject *parent = nullptr);
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
    };

    // nullopt when the reply comes later (a write handed to the batcher).
    std::optional<HttpReply> dispatch(const QHttpServerRequest &request, QTcpSocket *socket, const Exchange &exchange);
    HttpReply preflight(const QStringList &segments) const;
    void send(QTcpSocket *socket, HttpReply reply, const Exchange &exchange);
    void logRequest(const QString &method, const QString &path, int status, double elapsedMs);
    void flushLog();

    InterviewService &m_service;
    const Clock &m_clock;
    ApiServerConfig m_config;
    WriteBatcher *m_batcher = nullptr;
    RequestGuard m_guard;
    // Shared with writes queued on the batcher, which may outlive this object briefly.
    std::shared_ptr<Routing> m_routing;
    QList<RequestLogEntry> m_log;
    QTimer *m_logTimer = nullptr;
    quint16 m_port = 0;
    QString m_publicUrl;
    QByteArray m_openApiJson;
    QElapsedTimer m_uptime; // monotonic time for the auth throttle
};

QString methodName(int method);

// What every write of a batch answers when the shared commit fails (for WriteBatcher).
StoredReply commitFailureReply();

// Runs a route's handler, honouring Idempotency-Key (headerKey) or a request_id body field.
HttpReply runRoute(InterviewService &service, const Route &route, RequestContext &context, const QString &headerKey);

} // namespace ir::http
