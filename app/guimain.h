// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace ir {
class Database;
class Exporter;
class InterviewService;
class ServerControl;
class WriteBatcher;
} // namespace ir

namespace ir::app {

// Shows the main window over the service and the server, and runs the event loop. The window
// reads through the service and writes through writer, the process's one writer (never on the
// GUI thread). The database and the exporter serve File → Export / Import / Back Up.
int runGui(QApplication &application, InterviewService &service, WriteBatcher &writer, ServerControl &server,
           Database &database, Exporter &exporter);

// The team database saved in the settings (`where`, without its password) does not open: asks
// whether to start on the local SQLite database this time (true) or to quit (false).
bool offerLocalDatabase(const QString &where, const QString &reason);

} // namespace ir::app
