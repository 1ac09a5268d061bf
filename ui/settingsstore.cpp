// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "settingskeys.h"

#include <QSettings>

namespace ir::ui {
namespace {

int limitValue(const QSettings &settings, const QString &key, const rules::LimitRange &range)
{
    bool ok = false;
    const int value = settings.value(key, range.defaultValue).toInt(&ok);
    return ok && range.contains(value) ? value : range.defaultValue;
}

} // namespace

ServerSettings loadServerSettings(const QSettings &settings)
{
    ServerSettings server;
    server.bindAddress = settings.value(keys::serverBindAddress(), server.bindAddress).toString().trimmed();
    if (server.bindAddress.isEmpty())
        server.bindAddress = ServerSettings().bindAddress;
    bool ok = false;
    const uint port = settings.value(keys::serverPort(), server.port).toUInt(&ok);
    if (ok && port <= 65535)
        server.port = quint16(port);
    server.apiKey = settings.value(keys::serverApiKey()).toString();
    server.authEnabled = settings.value(keys::serverAuthEnabled(), server.authEnabled).toBool();
    server.publicUrl = settings.value(keys::serverPublicUrl()).toString();
    server.allowedHosts = settings.value(keys::serverAllowedHosts()).toStringList();
    server.allowedOrigins = settings.value(keys::serverAllowedOrigins()).toStringList();
    return server;
}

bool ensureApiKey(QSettings &settings, ServerSettings &server)
{
    if (!server.apiKey.isEmpty())
        return false;
    server.apiKey = generateApiKey();
    settings.setValue(keys::serverApiKey(), server.apiKey);
    settings.sync();
    return true;
}

ServiceLimits loadServiceLimits(const QSettings &settings)
{
    return ServiceLimits {limitValue(settings, keys::questionLimit(), rules::QUESTION_LIMIT),
                          limitValue(settings, keys::sessionLimit(), rules::ACTIVE_SESSION_LIMIT)};
}

void saveServiceLimits(QSettings &settings, const ServiceLimits &limits)
{
    settings.setValue(keys::questionLimit(), limits.questionsPerSession);
    settings.setValue(keys::sessionLimit(), limits.activeSessionsPerUser);
}

} // namespace ir::ui
