// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The QSettings keys of the window (organization "InterviewRecorder", application
// "interview-recorder"), in one place so that no two widgets spell one differently.
namespace ir::ui::keys {

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
inline QString sessionHeader()
{
    return QStringLiteral("window/sessionHeader");
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

} // namespace ir::ui::keys
