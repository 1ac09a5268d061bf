// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

class QSettings;

namespace ir::app {

// The server's saved settings (QSettings keys under "server/").
ServerSettings loadServerSettings(QSettings &settings);
// Generates the API key on first run and saves it; true when a new key was made.
bool ensureApiKey(QSettings &settings, ServerSettings &server);

} // namespace ir::app
