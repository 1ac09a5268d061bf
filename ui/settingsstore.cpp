// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "settingskeys.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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

QString systemUserFullName()
{
    QString login;
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid())) {
        const QString gecos = QString::fromLocal8Bit(entry->pw_gecos ? entry->pw_gecos : "");
        const QString full = gecos.section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        login = QString::fromLocal8Bit(entry->pw_name ? entry->pw_name : "");
    }
#endif
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.trimmed();
}

QString loadInterviewerName(const QSettings &settings)
{
    const QString name = settings.contains(keys::interviewerName())
        ? settings.value(keys::interviewerName()).toString().trimmed()
        : systemUserFullName();
    return name.left(rules::INTERVIEWER.max);
}

void saveInterviewerName(QSettings &settings, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == systemUserFullName())
        settings.remove(keys::interviewerName());
    else
        settings.setValue(keys::interviewerName(), trimmed);
}

} // namespace ir::ui
