// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The QSettings keys of the application (organization "InterviewRecorder", application
// "interview-recorder"), in one place so that neither the window nor app/ spells one differently.
namespace ir::ui::keys {

inline QString backupKeep()
{
    return QStringLiteral("backups/keep");
}
// Days a session is kept after its last change (0: forever); see rules::DEFAULT_RETENTION_DAYS.
inline QString retentionDays()
{
    return QStringLiteral("privacy/retentionDays");
}
inline QString language()
{
    return QStringLiteral("ui/language");
} // "" = system, "en", "zh_CN"
inline QString windowGeometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowState()
{
    return QStringLiteral("window/state");
}
inline QString mainSplitter()
{
    return QStringLiteral("window/mainSplitter");
}
inline QString questionSplitter()
{
    return QStringLiteral("window/questionSplitter");
}
// The session list's columns: order, widths, hidden ones, sort (QHeaderView::saveState). Renamed
// when the columns changed, so that an older layout never hides a new column.
inline QString sessionHeader()
{
    return QStringLiteral("window/sessionColumns2");
}
inline QString serverBindAddress()
{
    return QStringLiteral("server/bindAddress");
}
inline QString serverPort()
{
    return QStringLiteral("server/port");
}
inline QString serverApiKey()
{
    return QStringLiteral("server/apiKey");
}
inline QString serverAuthEnabled()
{
    return QStringLiteral("server/authEnabled");
}
inline QString serverPublicUrl()
{
    return QStringLiteral("server/publicUrl");
}
inline QString serverAllowedHosts()
{
    return QStringLiteral("server/allowedHosts");
}
inline QString serverAllowedOrigins()
{
    return QStringLiteral("server/allowedOrigins");
}
// Team mode for the window: a postgresql:// URL; empty or missing = the SQLite file. Read at start.
inline QString databaseUrl()
{
    return QStringLiteral("database/url");
}
// Who conducts the sessions this window creates; missing = the OS user's full name.
inline QString interviewerName()
{
    return QStringLiteral("interviewer/name");
}
inline QString questionLimit()
{
    return QStringLiteral("limits/questionsPerSession");
}
inline QString sessionLimit()
{
    return QStringLiteral("limits/activeSessionsPerUser");
}

} // namespace ir::ui::keys
