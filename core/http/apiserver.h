// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiserverconfig.h"
#include "requestguard.h"
#include "routetable.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

#include <memory>

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::http {

class DifyController;
class DocsController;
class HealthController;
class RecordsController;
class SessionsController;

// The HTTP API over InterviewService. Lives on (and must be used from) one thread: the server
// thread of ApiServerHost, or a test's. Routing is done here from one route table, so that a
// known path with the wrong method is a 405, every request passes the one guard, and every
// reply goes out through the one writer (HttpReply::serialize).
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    ApiServer(InterviewService &service, const Clock &clock, const ApiServerConfig &config, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on the configured address and port. On failure returns false and a message.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // The base URL of /openapi.json's servers: the configured public URL or the listening address.
    QString publicUrl() const { return m_publicUrl; }
    const RouteTable &routes() const { return m_routes; }

Q_SIGNALS:
    void requestLogged(const ir::RequestLogEntry &entry);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest &request, const QString &method, const QByteArray &corsOrigin);
    HttpReply run(const Route &route, RequestContext &context, const QHttpServerRequest &request);
    HttpReply preflight(const QStringList &segments, const QByteArray &origin) const;
    void logRequest(const QString &method, const QString &path, int status, double elapsedMs);

    InterviewService &m_service;
    const Clock &m_clock;
    ApiServerConfig m_config;
    RequestGuard m_guard;
    RouteTable m_routes;
    std::unique_ptr<HealthController> m_health;
    std::unique_ptr<DifyController> m_dify;
    std::unique_ptr<SessionsController> m_sessions;
    std::unique_ptr<RecordsController> m_records;
    std::unique_ptr<DocsController> m_docs;
    quint16 m_port = 0;
    QString m_publicUrl;
    QByteArray m_openApiJson;
    QElapsedTimer m_uptime; // monotonic time for the auth throttle
};

QString methodName(int method);

} // namespace ir::http
