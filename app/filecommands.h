// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandspec.h"
#include "result.h"

#include <QString>

namespace ir {
class Database;
class Exporter;
} // namespace ir

namespace ir::app {

// True for the sub-commands that work on the data without the window: export, import, backup,
// migrate, purge.
bool isFileCommand(const QString &firstArgument);
// A sub-command's option table, as its --help lists it (also for the man page); the list: every
// sub-command, in the order the man page shows them.
CommandSpec fileCommandSpec(const QString &command);
QList<CommandSpec> fileCommandSpecs();
// Runs `interview-recorder <command> ...` and returns the process exit code.
int runFileCommand(int argc, char *argv[]);

// A backup of database into path: of an SQLite file a verified copy (DatabaseBackup); of a
// PostgreSQL database the app's complete JSON export (what `export --all --format json` writes),
// since the file copy has no equivalent there (pg_dump makes a full dump of the server's side).
Status writeBackup(Database &database, Exporter &exporter, const QString &path);

} // namespace ir::app
