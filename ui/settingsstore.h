// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interviewservice.h"
#include "servercontrol.h"

class QSettings;

// Reading and writing the saved settings that both the window and the headless server use,
// under the keys of settingskeys.h.
namespace ir::ui {

// The server's saved settings; defaults where a key is missing or invalid.
ServerSettings loadServerSettings(const QSettings &settings);
// Generates the API key on first run and saves it; true when a new key was made.
bool ensureApiKey(QSettings &settings, ServerSettings &server);

// The saved limits; the default where a value is missing or outside rules::QUESTION_LIMIT or
// rules::ACTIVE_SESSION_LIMIT.
ServiceLimits loadServiceLimits(const QSettings &settings);
void saveServiceLimits(QSettings &settings, const ServiceLimits &limits);

// The OS user's full name (on Unix the GECOS field up to its first comma), else the login name.
QString systemUserFullName();
// The interviewer the window names on new sessions: the saved name (also an empty one), else
// systemUserFullName(), cut to rules::INTERVIEWER.
QString loadInterviewerName(const QSettings &settings);
// A name equal to the system's is not stored, so that the default keeps following the OS.
void saveInterviewerName(QSettings &settings, const QString &name);

} // namespace ir::ui
