// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServerRequest>

namespace ir::http {
namespace {

QByteArray digest(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

QByteArray hostPort(const QString &host, quint16 port)
{
    const QHostAddress address(host);
    const bool ipv6 = !address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString name = ipv6 ? u'[' + host + u']' : host;
    return (name + u':' + QString::number(port)).toLower().toUtf8();
}

} // namespace

RequestGuard::RequestGuard(const ApiServerConfig &config)
    : m_config(config)
    , m_loopback(isLoopbackAddress(config.settings.bindAddress))
    , m_keyDigest(digest(config.settings.apiKey.toUtf8()))
    , m_throttle(config.authFailureLimit, config.authFailureWindowSeconds, config.authCooldownSeconds)
{
    setPort(config.settings.port);
}

void RequestGuard::setPort(quint16 port)
{
    m_knownHosts.clear();
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1"),
                                m_config.settings.bindAddress})
        m_knownHosts << hostPort(host, port);
    for (const QString &host : m_config.settings.allowedHosts)
        m_knownHosts << host.trimmed().toLower().toUtf8();
}

bool RequestGuard::isKnownHost(const QByteArray &host) const
{
    return m_knownHosts.contains(host.trimmed().toLower());
}

bool RequestGuard::isAllowedOrigin(const QByteArray &origin) const
{
    for (const QString &allowed : m_config.settings.allowedOrigins) {
        if (allowed.compare(QString::fromUtf8(origin), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<ApiError> RequestGuard::checkHostAndOrigin(const QHttpServerRequest &request,
                                                         QByteArray *corsOrigin) const
{
    const QByteArray host = request.value(QByteArrayLiteral("host"));
    const bool knownHost = isKnownHost(host);
    if (m_loopback && !knownHost)
        return ApiError::forbidden(QStringLiteral("Host header not allowed"));
    const QByteArray origin = request.value(QByteArrayLiteral("origin"));
    if (origin.isEmpty())
        return std::nullopt;
    if (isAllowedOrigin(origin)) {
        *corsOrigin = origin;
        return std::nullopt;
    }
    // Same-origin calls, e.g. "Try it out" on the /docs page this server serves.
    if (knownHost && origin.toLower() == "http://" + host.trimmed().toLower())
        return std::nullopt;
    return ApiError::forbidden(QStringLiteral("Origin not allowed"));
}

bool RequestGuard::keyMatches(const QByteArray &candidate) const
{
    // Comparing fixed-size digests in constant time reveals neither the key nor its length.
    const QByteArray theirs = digest(candidate);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_keyDigest.size(); ++i)
        difference |= static_cast<unsigned char>(m_keyDigest.at(i) ^ theirs.at(i));
    return difference == 0 && !m_config.settings.apiKey.isEmpty();
}

std::optional<ApiError> RequestGuard::checkAuth(const QHttpServerRequest &request, qint64 nowMs, int *retryAfter)
{
    if (!m_config.settings.authEnabled)
        return std::nullopt;
    QByteArray key = request.value(QByteArrayLiteral("x-api-key")).trimmed();
    const QByteArray authorization = request.value(QByteArrayLiteral("authorization")).trimmed();
    if (key.isEmpty() && authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        key = authorization.mid(7).trimmed();
    // The right key always passes: the throttle only ever judges wrong ones.
    if (!key.isEmpty() && keyMatches(key))
        return std::nullopt;
    const QString client = request.remoteAddress().toString();
    if (const int wait = m_throttle.retryAfterSeconds(client, nowMs); wait > 0) {
        *retryAfter = wait;
        return ApiError::tooManyRequests(wait);
    }
    m_throttle.recordFailure(client, nowMs);
    return ApiError::unauthorized();
}

std::optional<ApiError> RequestGuard::checkContentType(const QHttpServerRequest &request)
{
    const QByteArray contentType = request.value(QByteArrayLiteral("content-type"));
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime.isEmpty() || mime == "application/json" || mime == "text/plain"
        || (mime.startsWith("application/") && mime.endsWith("+json")))
        return std::nullopt;
    return ApiError::unsupportedMediaType(QString::fromLatin1(mime));
}

} // namespace ir::http
