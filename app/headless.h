// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

class QCoreApplication;

namespace ir::app {

// Runs the API server with no window until SIGINT/SIGTERM: one log line per request on
// stdout, errors on stderr. Returns the exit code (0 after a signal, 1 if it cannot listen).
int runHeadless(QCoreApplication &application, ServerControl &server, const ServerSettings &settings);

} // namespace ir::app
