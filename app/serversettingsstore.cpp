// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettingsstore.h"

#include <QSettings>

namespace ir::app {
namespace {

const QString BIND_ADDRESS = QStringLiteral("server/bindAddress");
const QString PORT = QStringLiteral("server/port");
const QString API_KEY = QStringLiteral("server/apiKey");
const QString AUTH_ENABLED = QStringLiteral("server/authEnabled");
const QString PUBLIC_URL = QStringLiteral("server/publicUrl");
const QString ALLOWED_HOSTS = QStringLiteral("server/allowedHosts");
const QString ALLOWED_ORIGINS = QStringLiteral("server/allowedOrigins");

} // namespace

ServerSettings loadServerSettings(QSettings &settings)
{
    ServerSettings server;
    server.bindAddress = settings.value(BIND_ADDRESS, server.bindAddress).toString();
    bool ok = false;
    const uint port = settings.value(PORT, server.port).toUInt(&ok);
    if (ok && port <= 65535)
        server.port = quint16(port);
    server.apiKey = settings.value(API_KEY).toString();
    server.authEnabled = settings.value(AUTH_ENABLED, true).toBool();
    server.publicUrl = settings.value(PUBLIC_URL).toString();
    server.allowedHosts = settings.value(ALLOWED_HOSTS).toStringList();
    server.allowedOrigins = settings.value(ALLOWED_ORIGINS).toStringList();
    return server;
}

bool ensureApiKey(QSettings &settings, ServerSettings &server)
{
    if (!server.apiKey.isEmpty())
        return false;
    server.apiKey = generateApiKey();
    settings.setValue(API_KEY, server.apiKey);
    settings.sync();
    return true;
}

} // namespace ir::app
