// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace ir {
class InterviewService;
class ServerControl;
} // namespace ir

namespace ir::app {

// Shows the main window over the service and the server, and runs the event loop.
int runGui(QApplication &application, InterviewService &service, ServerControl &server);

} // namespace ir::app
