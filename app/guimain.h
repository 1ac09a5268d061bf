// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace ir {
class Database;
class Exporter;
class InterviewService;
class ServerControl;
} // namespace ir

namespace ir::app {

// Shows the main window over the service and the server, and runs the event loop. The database
// and the exporter serve File → Export / Import / Back Up.
int runGui(QApplication &application, InterviewService &service, ServerControl &server, Database &database,
           Exporter &exporter);

} // namespace ir::app
