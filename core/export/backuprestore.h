// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace ir {

class Clock;

struct RestoreReport
{
    bool restored = false; // false: nothing was asked for
    QString backupPath;
    QString damagedPath; // where the replaced database file went
};

// Putting a backup in the place of a damaged database. A file that SQLite connections of this
// process hold cannot be swapped safely (they keep the old file and its WAL, and would delete the
// new WAL by name when they close), so the window only asks for it (schedule: a marker file next
// to the database) and the next start does it (applyPending) before anything opens the database.
class BackupRestore final
{
    Q_DECLARE_TR_FUNCTIONS(ir::BackupRestore)

public:
    // Asks the next start to replace the database at databasePath with backupPath. The request
    // names the file as it is now, so it lapses if that file is replaced some other way first.
    static Status schedule(const QString &databasePath, const QString &backupPath);
    static bool isScheduled(const QString &databasePath);
    static QString markerPath(const QString &databasePath);

    // At start-up, before the database is opened. If a restore was asked for: checks the backup
    // (every page), moves the damaged file and its -wal/-shm aside as
    // <name>.damaged-YYYYMMDD-HHMMSS (UTC, from clock), copies the backup into place (QSaveFile)
    // and removes the request. Any error leaves the database as it was, drops the request (a
    // retry needs a new one) and says why; starting on the old file is then still safe.
    static Result<RestoreReport> applyPending(const QString &databasePath, const Clock &clock);
};

} // namespace ir
