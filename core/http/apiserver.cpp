// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "clock.h"
#include "connectionguard.h"
#include "difycontroller.h"
#include "docscontroller.h"
#include "guardedtcpserver.h"
#include "healthcontroller.h"
#include "interviewservice.h"
#include "jsonbody.h"
#include "openapibuilder.h"
#include "recordscontroller.h"
#include "sessionscontroller.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

namespace ir::http {
namespace {

const QString REQUEST_ID = QStringLiteral("request_id");

QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

QString methodName(int method)
{
    switch (QHttpServerRequest::Method(method)) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

ApiServer::ApiServer(InterviewService &service, const Clock &clock, const ApiServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_clock(clock)
    , m_config(config)
    , m_guard(config)
    , m_health(std::make_unique<HealthController>(service, clock, [this] { return m_port; }))
    , m_dify(std::make_unique<DifyController>(service))
    , m_sessions(std::make_unique<SessionsController>(service, clock))
    , m_records(std::make_unique<RecordsController>(service))
    , m_docs(std::make_unique<DocsController>([this] { return m_openApiJson; }))
{
    m_health->registerRoutes(m_routes);
    m_dify->registerRoutes(m_routes);
    m_sessions->registerRoutes(m_routes);
    m_records->registerRoutes(m_routes);
    m_docs->registerRoutes(m_routes);
    m_uptime.start();
}

ApiServer::~ApiServer() = default;

bool ApiServer::start(QString *error)
{
    const ServerSettings &settings = m_config.settings;
    const bool localhost = settings.bindAddress.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0;
    const QHostAddress address = localhost ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(settings.bindAddress);
    if (address.isNull()) {
        *error = QStringLiteral("invalid bind address: %1").arg(settings.bindAddress);
        return false;
    }
    auto *tcp = new GuardedTcpServer(
        m_config.maxBodyBytes,
        [this](const QByteArray &method, const QByteArray &path) {
            logRequest(QString::fromLatin1(method), QString::fromUtf8(QByteArray::fromPercentEncoding(path)), 413, 0);
        },
        this);
    if (!tcp->listen(address, settings.port)) {
        *error = tcp->serverError() == QAbstractSocket::AddressInUseError
            ? QStringLiteral("port %1 on %2 is already in use").arg(settings.port).arg(settings.bindAddress)
            : QStringLiteral("cannot listen on %1:%2: %3")
                  .arg(settings.bindAddress)
                  .arg(settings.port)
                  .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_port = tcp->serverPort();
    m_guard.setPort(m_port);
    const bool anyAddress
        = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    const QString host = anyAddress ? QStringLiteral("127.0.0.1") : bracketed(address.toString());
    m_publicUrl = settings.publicUrl.trimmed();
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
    if (m_publicUrl.isEmpty())
        m_publicUrl = QStringLiteral("http://%1:%2").arg(host).arg(m_port);
    m_openApiJson = QJsonDocument(OpenApiBuilder(m_routes, m_publicUrl, settings.authEnabled).build())
                        .toJson(QJsonDocument::Compact);
    return true;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString method = methodName(int(request.method()));
    QByteArray corsOrigin;
    HttpReply reply;
    try {
        if (const auto refused = m_guard.checkHostAndOrigin(request, &corsOrigin))
            reply = HttpReply::error(*refused);
        else
            reply = dispatch(request, method, corsOrigin);
    } catch (...) {
        // Nothing may escape into Qt's event loop; the client learns nothing of the cause.
        reply = HttpReply::error(ApiError::internal());
    }
    if (!corsOrigin.isEmpty()) {
        reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), corsOrigin);
        reply.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    }
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    const bool keepAlive = guard ? guard->takeKeepAlive() : true;
    socket->write(reply.serialize(!keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
    logRequest(method, request.url().path(), reply.status, double(timer.nsecsElapsed()) / 1e6);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if Qt calls it on its own.
    socket->write(HttpReply::error(ApiError::notFound(request.url().path())).serialize(false));
}

HttpReply ApiServer::dispatch(const QHttpServerRequest &request, const QString &method, const QByteArray &corsOrigin)
{
    const QByteArray encodedPath = request.url().path(QUrl::FullyEncoded).toUtf8();
    const QStringList segments = splitPath(encodedPath);
    if (method == QStringLiteral("OPTIONS") && !corsOrigin.isEmpty())
        return preflight(segments, corsOrigin);
    const RouteTable::Match match = m_routes.match(method, segments);
    const QString path = request.url().path();
    if (!match.route) {
        if (match.allowedMethods.isEmpty())
            return HttpReply::error(ApiError::notFound(path));
        HttpReply reply = HttpReply::error(ApiError::methodNotAllowed(method, path));
        reply.addHeader(QByteArrayLiteral("Allow"), match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        return reply;
    }
    const Route &route = *match.route;
    if (route.requiresAuth) {
        int retryAfter = 0;
        if (const auto refused = m_guard.checkAuth(request, m_uptime.elapsed(), &retryAfter)) {
            HttpReply reply = HttpReply::error(*refused);
            if (retryAfter > 0)
                reply.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
            if (refused->httpStatus == 401)
                reply.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
            return reply;
        }
    }
    RequestContext context;
    context.method = method;
    context.path = path;
    context.pathParams = match.params;
    context.query = parseQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    if (method == QStringLiteral("POST") || method == QStringLiteral("PUT")) {
        if (const auto refused = RequestGuard::checkContentType(request))
            return HttpReply::error(*refused);
        if (const auto invalid = parseJsonObject(request.body(), context.body))
            return HttpReply::error(*invalid);
    }
    return run(route, context, request);
}

HttpReply ApiServer::run(const Route &route, RequestContext &context, const QHttpServerRequest &request)
{
    if (!route.idempotent)
        return route.handler(context);
    QString key = QString::fromUtf8(request.value(QByteArrayLiteral("idempotency-key"))).trimmed();
    if (key.isEmpty()) {
        JsonBody reader(context.body);
        key = reader.optionalString(REQUEST_ID).value_or(QString());
        if (const auto invalid = reader.finish())
            return HttpReply::error(*invalid);
    }
    if (key.isEmpty())
        return route.handler(context);
    if (rules::characterCount(key) > rules::REQUEST_ID.max || rules::isBlank(key))
        return HttpReply::error(ApiError::validation(QStringLiteral("request_id: length must be between 1 and 100")));

    const QByteArray fingerprint = route.method.toUtf8() + ' ' + route.pattern.toUtf8() + ' '
        + QJsonDocument(QJsonObject {{QStringLiteral("params"),
                                      QJsonObject::fromVariantHash(
                                          QVariantHash(context.pathParams.cbegin(), context.pathParams.cend()))},
                                     {QStringLiteral("body"), context.body}})
              .toJson(QJsonDocument::Compact);
    const QByteArray hash = QCryptographicHash::hash(fingerprint, QCryptographicHash::Sha256);
    HttpReply produced;
    const Result<IdempotentReply> outcome = m_service.runIdempotent(key, hash, [&] {
        produced = route.handler(context);
        return StoredReply {produced.status, produced.body};
    });
    if (!outcome)
        return HttpReply::error(ApiError::fromError(outcome.error()));
    if (!outcome->replayed)
        return produced;
    HttpReply replayed = HttpReply::json(outcome->reply.body, outcome->reply.httpStatus);
    replayed.addHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return replayed;
}

HttpReply ApiServer::preflight(const QStringList &segments, const QByteArray &origin) const
{
    QStringList methods = m_routes.match(QStringLiteral("OPTIONS"), segments).allowedMethods;
    if (methods.isEmpty())
        return HttpReply::error(ApiError::notFound(QStringLiteral("/") + segments.join(u'/')));
    HttpReply reply = HttpReply::content({}, {}, 204);
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), methods.join(QStringLiteral(", ")).toLatin1());
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Content-Type, Authorization, X-API-Key, Idempotency-Key"));
    reply.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    Q_UNUSED(origin)
    return reply;
}

void ApiServer::logRequest(const QString &method, const QString &path, int status, double elapsedMs)
{
    Q_EMIT requestLogged(RequestLogEntry {QDateTime::currentMSecsSinceEpoch(), method, path, status, elapsedMs});
}

} // namespace ir::http
