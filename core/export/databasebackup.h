// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace ir {

class Database;

// A consistent copy of the live database (Database::backupTo: VACUUM INTO, then
// integrity_check) written next to the target and renamed over it, so the target is either the
// old file or a complete, verified backup. Safe while the HTTP server keeps writing.
class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(ir::DatabaseBackup)

public:
    static Status write(Database &database, const QString &targetPath);
};

} // namespace ir
