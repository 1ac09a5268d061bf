// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ir::app {

// True for the sub-commands that work on files: export, import, backup.
bool isFileCommand(const QString &firstArgument);
// Runs `interview-recorder <command> ...` and returns the process exit code.
int runFileCommand(int argc, char *argv[]);

} // namespace ir::app
