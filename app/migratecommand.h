// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandspec.h"

#include <QStringList>

namespace ir::app {

// `interview-recorder migrate --from-data-dir DIR --to postgresql://… [--merge]`: copies the
// SQLite database of DIR into a PostgreSQL database, IDs and times unchanged. A target that
// already holds sessions is refused (exit code 3) unless --merge, which copies only the sessions
// not there yet, so that running it again changes nothing. `arguments` start with the program
// name ("interview-recorder migrate"); returns the exit code.
int runMigrate(const QStringList &arguments);
// Its option table (what its --help lists).
CommandSpec migrateSpec();

} // namespace ir::app
