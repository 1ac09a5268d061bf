// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apiserverconfig.h"
#include "auththrottle.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace ir::http {

// The checks every request passes before a handler runs (the body size is checked earlier, on
// the socket): Host (DNS-rebinding defence), Origin (CSRF defence), the API key with its
// throttle, and the content type of a body.
class RequestGuard final
{
public:
    explicit RequestGuard(const ApiServerConfig &config);

    // Call once the port is known (listening on port 0 picks one).
    void setPort(quint16 port);

    // Host and Origin. On success, corsOrigin is set when the Origin is on the allowed list.
    std::optional<ApiError> checkHostAndOrigin(const QHttpServerRequest &request, QByteArray *corsOrigin) const;
    // The API key (when auth is on); nowMs is a monotonic time. A client failing repeatedly gets 429 for a while;
    // retryAfter is then set to the seconds to wait.
    std::optional<ApiError> checkAuth(const QHttpServerRequest &request, qint64 nowMs, int *retryAfter);
    // POST/PUT bodies must be JSON, text/plain or unlabelled.
    static std::optional<ApiError> checkContentType(const QHttpServerRequest &request);

    bool isAllowedOrigin(const QByteArray &origin) const;

private:
    bool isKnownHost(const QByteArray &host) const;
    bool keyMatches(const QByteArray &candidate) const;

    ApiServerConfig m_config;
    bool m_loopback = true;
    QList<QByteArray> m_knownHosts; // lower case host:port
    QByteArray m_keyDigest;
    AuthThrottle m_throttle;
};

} // namespace ir::http
