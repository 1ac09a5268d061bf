// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "bankcontroller.h"
#include "candidatescontroller.h"
#include "clock.h"
#include "connectionguard.h"
#include "difycontroller.h"
#include "docscontroller.h"
#include "exportcontroller.h"
#include "guardedtcpserver.h"
#include "healthcontroller.h"
#include "interviewservice.h"
#include "jsonbody.h"
#include "kitscontroller.h"
#include "mcpcontroller.h"
#include "openapibuilder.h"
#include "readerpool.h"
#include "recordscontroller.h"
#include "replycache.h"
#include "replyqueue.h"
#include "scorecardcontroller.h"
#include "sessionscontroller.h"
#include "writebatcher.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace ir::http {
namespace {

const QString REQUEST_ID = QStringLiteral("request_id");
constexpr int LOG_INTERVAL_MS = 50;
constexpr int PROBE_INTERVAL_MS = 1000;

QString bracketed(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

// The error_code of a failed request's envelope, for the request log (the window shows it).
QString errorCodeOf(const HttpReply &reply)
{
    if (reply.status < 400 || !reply.contentType.startsWith("application/json"))
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(u"error_code").toString();
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

// The controllers and the route table, kept alive by writes still queued on the batcher.
struct Routing
{
    Routing(InterviewService &service, const Clock &clock, Exporter *exporter)
        : health(
            clock, [this] { return port; }, [&service] { return service.storageFault(); })
        , dify(service, clock)
        , sessions(service, clock)
        , records(service)
        , bank(service)
        , kits(service)
        , scorecards(service)
        , candidates(service, clock)
        , docs([this] { return openApiJson; })
        , mcp(table)
    {
        health.registerRoutes(table);
        dify.registerRoutes(table);
        sessions.registerRoutes(table);
        records.registerRoutes(table);
        bank.registerRoutes(table);
        kits.registerRoutes(table);
        scorecards.registerRoutes(table);
        candidates.registerRoutes(table);
        if (exporter) {
            exports = std::make_unique<ExportController>(*exporter);
            exports->registerRoutes(table);
        }
        docs.registerRoutes(table);
        mcp.registerRoutes(table);
    }
    Q_DISABLE_COPY_MOVE(Routing)

    quint16 port = 0;
    QByteArray openApiJson;
    ReplyCache cache;
    HealthController health;
    DifyController dify;
    SessionsController sessions;
    RecordsController records;
    BankController bank;
    KitsController kits;
    ScorecardController scorecards;
    CandidatesController candidates;
    std::unique_ptr<ExportController> exports;
    DocsController docs;
    RouteTable table;
    McpController mcp; // touched on the server thread only
};

ApiServer::ApiServer(InterviewService &service, const Clock &clock, const ApiServerConfig &config, WriteBatcher &writer,
                     ReaderPool &readers, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_clock(clock)
    , m_config(config)
    , m_writer(writer)
    , m_readers(readers)
    , m_guard(config)
    , m_routing(std::make_shared<Routing>(service, clock, config.exporter))
    , m_logTimer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
{
    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(LOG_INTERVAL_MS);
    connect(m_logTimer, &QTimer::timeout, this, &ApiServer::flushLog);
    m_probeTimer->setInterval(PROBE_INTERVAL_MS);
    connect(m_probeTimer, &QTimer::timeout, this, &ApiServer::probeDatabase);
    // Direct: on the committing thread, before that write's own reply goes out.
    const auto invalidate = [routing = m_routing](const QString &sessionId) { routing->cache.invalidate(sessionId); };
    connect(&service, &InterviewService::sessionChanged, this, invalidate, Qt::DirectConnection);
    connect(&service, &InterviewService::sessionRemoved, this, invalidate, Qt::DirectConnection);
    // Team mode: other instances' changes arrive as the same signals (on the listener's thread);
    // after it lost the connection for a while, nothing cached can be trusted.
    connect(
        &service, &InterviewService::changesMissed, this, [routing = m_routing] { routing->cache.clear(); },
        Qt::DirectConnection);
    // Request-log lines not yet handed on that name an erased person go (queued: m_log is this thread's).
    connect(&service, &InterviewService::candidateErased, this, &ApiServer::forgetInLog);
}

ApiServer::~ApiServer()
{
    flushLog();
}

const RouteTable &ApiServer::routes() const
{
    return m_routing->table;
}

bool ApiServer::start(QString *error)
{
    const ServerSettings &settings = m_config.settings;
    // The same rule the command line and the window's panel apply (no auth only on loopback).
    if (const std::optional<QString> refusal = serverSettingsRefusal(settings)) {
        *error = *refusal;
        return false;
    }
    const bool localhost = settings.bindAddress.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0;
    const QHostAddress address = localhost ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(settings.bindAddress);
    if (address.isNull()) {
        *error = QStringLiteral("invalid bind address: %1").arg(settings.bindAddress);
        return false;
    }
    auto *tcp = new GuardedTcpServer(
        m_config.maxBodyBytes, ConnectionGuard::Timeouts {m_config.requestTimeoutMs, m_config.idleTimeoutMs},
        m_config.maxConnections,
        [this](const QByteArray &method, const QByteArray &path, int status) {
            logRequest(QString::fromLatin1(method), QString::fromUtf8(QByteArray::fromPercentEncoding(path)), status,
                       0);
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
    // After QtHttpServer's own newConnection slot (connected by bind): the guards follow its reads.
    connect(tcp, &QTcpServer::newConnection, tcp, &GuardedTcpServer::followServer);
    m_port = tcp->serverPort();
    m_routing->port = m_port;
    m_guard.setPort(m_port);
    const bool anyAddress
        = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    const QString host = anyAddress ? QStringLiteral("127.0.0.1") : bracketed(address.toString());
    m_publicUrl = settings.publicUrl.trimmed();
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
    if (m_publicUrl.isEmpty())
        m_publicUrl = QStringLiteral("http://%1:%2").arg(host).arg(m_port);
    m_routing->openApiJson = QJsonDocument(OpenApiBuilder(m_routing->table, m_publicUrl, settings.authEnabled).build())
                                 .toJson(QJsonDocument::Compact);
    // The first verdict before the first request (the only query this thread ever runs); then
    // the readers probe in the background.
    m_service.probeStorage();
    m_probeTimer->start();
    // A damaged page shows only when read: check them all once, in the background.
    m_readers.submit(this, [service = &m_service]() -> ReaderPool::Delivery {
        service->checkIntegrityOnce();
        return {};
    });
    return true;
}

void ApiServer::probeDatabase()
{
    // One probe at a time: while the readers are all busy, /health keeps the last verdict.
    if (m_probing)
        return;
    m_probing = true;
    m_readers.submit(this, [this, service = &m_service, routing = m_routing]() -> ReaderPool::Delivery {
        service->probeStorage();
        // Another process may have written: cached replies can't know (our own writes
        // invalidate exactly; theirs show here within a probe interval). In team mode other
        // instances' writes invalidate their sessions as they are heard; this stays for writers
        // that announce nothing (psql, a migration) and for a listener that is reconnecting.
        if (service->changedSinceLastLook())
            routing->cache.clear();
        return [this] { m_probing = false; };
    });
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.timer.start();
    exchange.method = methodName(int(request.method()));
    exchange.path = request.url().path();
    auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
    exchange.keepAlive = guard ? guard->takeKeepAlive() : true;
    exchange.socket = socket;
    exchange.ticket = ReplyQueue::of(socket)->reserve();
    std::optional<HttpReply> reply;
    try {
        if (const auto refused = m_guard.checkHostAndOrigin(request, &exchange.corsOrigin))
            reply = HttpReply::error(*refused);
        else
            reply = dispatch(request, exchange);
    } catch (...) {
        // Nothing may escape into Qt's event loop; the client learns nothing of the cause.
        reply = HttpReply::error(ApiError::internal());
    }
    if (reply)
        send(std::move(*reply), exchange);
    return true;
}

void ApiServer::send(HttpReply reply, const Exchange &exchange, bool log)
{
    if (!exchange.corsOrigin.isEmpty()) {
        reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), exchange.corsOrigin);
        reply.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
        // A browser-based MCP client (e.g. the MCP Inspector, once its origin is allowed) reads it.
        reply.addHeader(QByteArrayLiteral("Access-Control-Expose-Headers"), QByteArrayLiteral("Mcp-Session-Id"));
    }
    if (exchange.socket) {
        QByteArray bytes = reply.serialize(!exchange.keepAlive);
        if (exchange.method == QStringLiteral("HEAD"))
            bytes.chop(reply.body.size());
        ReplyQueue::of(exchange.socket)->fulfill(exchange.ticket, std::move(bytes), !exchange.keepAlive);
    }
    if (log)
        logRequest(exchange.method, exchange.path, reply.status, double(exchange.timer.nsecsElapsed()) / 1e6,
                   errorCodeOf(reply));
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if Qt calls it on its own.
    socket->write(HttpReply::error(ApiError::notFound(request.url().path())).serialize(false));
}

std::optional<HttpReply> ApiServer::dispatch(const QHttpServerRequest &request, const Exchange &exchange)
{
    const QString &method = exchange.method;
    const QStringList segments = splitPath(request.url().path(QUrl::FullyEncoded).toUtf8());
    if (method == QStringLiteral("OPTIONS") && !exchange.corsOrigin.isEmpty())
        return preflight(segments);
    // HEAD is GET without the body (send() drops it).
    const bool head = method == QStringLiteral("HEAD");
    const RouteTable::Match match = m_routing->table.match(head ? QStringLiteral("GET") : method, segments);
    if (!match.route) {
        if (match.allowedMethods.isEmpty())
            return HttpReply::error(ApiError::notFound(exchange.path));
        HttpReply reply = HttpReply::error(ApiError::methodNotAllowed(method, exchange.path));
        reply.addHeader(QByteArrayLiteral("Allow"), match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        return reply;
    }
    const Route &route = *match.route;
    if (route.requiresAuth) {
        int retryAfter = 0;
        if (const auto refused = m_guard.checkAuth(request, m_clock.nowMs(), &retryAfter)) {
            HttpReply reply = HttpReply::error(*refused);
            if (retryAfter > 0)
                reply.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
            if (refused->httpStatus == 401)
                reply.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
            return reply;
        }
    }
    if (route.pattern == McpController::PATH)
        return dispatchMcp(request, exchange);
    RequestContext context;
    context.method = method;
    context.path = exchange.path;
    context.pathParams = match.params;
    context.query = parseQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    context.queryLists = parseQueryLists(request.url().query(QUrl::FullyEncoded).toUtf8());
    const bool hasBody = method == QStringLiteral("POST") || method == QStringLiteral("PUT");
    const bool writes = hasBody || method == QStringLiteral("DELETE") || route.onWriter;
    if (hasBody) {
        if (const auto refused = RequestGuard::checkContentType(request))
            return HttpReply::error(*refused);
        if (const auto invalid = parseJsonObject(request.body(), context.body))
            return HttpReply::error(*invalid);
    }
    const QString headerKey = QString::fromUtf8(request.value(QByteArrayLiteral("idempotency-key"))).trimmed();
    Exchange routed = exchange;
    if (route.logsPattern)
        routed.path = route.pattern;
    if (route.onServerThread)
        return runRoute(m_service, route, context, headerKey);

    // The handler runs on a reader or on the writer; its reply comes back to this thread. The
    // routing (controllers, route table) stays alive with the job even if this server goes first.
    if (!writes) {
        // A session's hot reads come from the cache while the session does not change.
        const QString sessionId = match.params.value(QStringLiteral("session_id"));
        const QString cacheKey = exchange.path + u'?' + request.url().query(QUrl::FullyEncoded);
        if (!sessionId.isEmpty()) {
            if (std::optional<HttpReply> cached = m_routing->cache.find(cacheKey, m_clock.nowMs()))
                return std::move(*cached);
        }
        const quint64 generation = m_routing->cache.generation(sessionId);
        m_readers.submit(this,
                         [this, routing = m_routing, handler = &route, service = &m_service, context, headerKey, routed,
                          sessionId, cacheKey, generation]() mutable -> ReaderPool::Delivery {
                             HttpReply reply = runHandler(*service, *handler, context, headerKey);
                             if (!sessionId.isEmpty() && reply.cacheUntilMs && reply.status == 200)
                                 routing->cache.store(cacheKey, sessionId, generation, reply);
                             return
                                 [this, reply = std::move(reply), routed]() mutable { send(std::move(reply), routed); };
                         });
        return std::nullopt;
    }
    auto job = [this, routing = m_routing, handler = &route, service = &m_service, context, headerKey,
                routed]() mutable -> std::function<void()> {
        HttpReply reply = runHandler(*service, *handler, context, headerKey);
        return [this, reply = std::move(reply), routed]() mutable { send(std::move(reply), routed); };
    };
    // Group commit: the reply is written once the batch holding this write is durable.
    m_writer.submit(this, std::move(job),
                    [this, routed] { send(commitFailureReply(m_service.storageFault()), routed); });
    return std::nullopt;
}

std::optional<HttpReply> ApiServer::dispatchMcp(const QHttpServerRequest &request, const Exchange &exchange)
{
    // A tool runs its route where the JSON API would: a read on a reader (never from the reply
    // cache: the cache keys on the URL), a write on the writer, sharing its commits. The client's
    // Idempotency-Key header is not used: an MCP client sends the same headers with every call;
    // a tool's request_id argument is the key.
    const McpController::Runner run = [this](const Route &route, RequestContext context, McpController::Done done) {
        auto job = [routing = m_routing, handler = &route, service = &m_service, context,
                    done]() mutable -> std::function<void()> {
            HttpReply reply = runHandler(*service, *handler, context, {});
            return [done, reply = std::move(reply)]() mutable { done(std::move(reply)); };
        };
        if (route.method == QStringLiteral("GET") && !route.onWriter)
            m_readers.submit(this, std::move(job));
        else
            m_writer.submit(this, std::move(job), [this, done] { done(commitFailureReply(m_service.storageFault())); });
    };
    m_routing->mcp.handle(request, run, [this, exchange](HttpReply reply, const QList<McpController::LogLine> &lines) {
        send(std::move(reply), exchange, lines.isEmpty());
        const double elapsedMs = double(exchange.timer.nsecsElapsed()) / 1e6;
        for (const McpController::LogLine &line : lines)
            logRequest(QStringLiteral("MCP"), line.label, line.status, elapsedMs, line.errorCode);
    });
    return std::nullopt;
}

HttpReply commitFailureReply(StorageFault fault)
{
    ApiError error = ApiError::fromError(commitFailedError());
    // The database is unusable right now (second-wave contract): the client may retry later.
    if (StorageHealth::isUnusable(fault))
        error.httpStatus = 503;
    return HttpReply::error(error);
}

HttpReply runHandler(InterviewService &service, const Route &route, RequestContext &context, const QString &headerKey)
{
    HttpReply reply;
    try {
        reply = runRoute(service, route, context, headerKey);
    } catch (...) {
        // Nothing may escape into a worker thread; the client learns nothing of the cause.
        reply = HttpReply::error(ApiError::internal());
    }
    // A storage failure while the database is unusable (this read met a corrupt page, or the
    // health already knows of a lock, a full disk, a missing file) is a 503, reads and writes alike.
    if (reply.status == 500
        && (StorageHealth::isUnusable(StorageHealth::threadFault())
            || StorageHealth::isUnusable(service.storageFault())))
        reply.status = 503;
    return reply;
}

HttpReply runRoute(InterviewService &service, const Route &route, RequestContext &context, const QString &headerKey)
{
    if (!route.idempotent)
        return route.handler(context);
    QString key = headerKey;
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
    const Result<IdempotentReply> outcome = service.runIdempotent(key, hash, [&] {
        produced = route.handler(context);
        // A server-side failure is not the request's answer: a retry may succeed later.
        return InterviewService::Outcome {StoredReply {produced.status, produced.body}, produced.status < 500};
    });
    if (!outcome)
        return HttpReply::error(ApiError::fromError(outcome.error()));
    if (!outcome->replayed)
        return produced;
    return HttpReply::json(outcome->reply.body, outcome->reply.code);
}

HttpReply ApiServer::preflight(const QStringList &segments) const
{
    const QStringList methods = m_routing->table.match(QStringLiteral("OPTIONS"), segments).allowedMethods;
    if (methods.isEmpty())
        return HttpReply::error(ApiError::notFound(QStringLiteral("/") + segments.join(u'/')));
    HttpReply reply = HttpReply::content({}, {}, 204);
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), methods.join(QStringLiteral(", ")).toLatin1());
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Content-Type, Authorization, X-API-Key, Idempotency-Key, Mcp-Session-Id, "
                                      "MCP-Protocol-Version"));
    reply.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    return reply;
}

void ApiServer::logRequest(const QString &method, const QString &path, int status, double elapsedMs,
                           const QString &errorCode)
{
    m_log.append(RequestLogEntry {QDateTime::currentMSecsSinceEpoch(), method, path, status, elapsedMs, errorCode});
    if (!m_logTimer->isActive())
        m_logTimer->start();
}

void ApiServer::forgetInLog(const QString &userId)
{
    // A whole segment (user IDs may hold '/': the path is decoded).
    const QString segment = u'/' + userId + u'/';
    m_log.removeIf([&segment](const RequestLogEntry &entry) { return QString(entry.path + u'/').contains(segment); });
}

void ApiServer::flushLog()
{
    if (m_log.isEmpty())
        return;
    Q_EMIT requestsLogged(std::exchange(m_log, {}));
}

} // namespace ir::http
