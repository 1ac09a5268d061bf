// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to Database (database.cpp, databaseserver.cpp): one thread's connection bookkeeping.
#include "database.h"
#include "statementcache.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>

namespace ir {

struct Database::ThreadState
{
    QString connectionName;
    bool opened = false;
    int depth = 0; // open transactions (outermost + savepoints)
    QVariant dataVersion; // PRAGMA data_version (PostgreSQL: the WAL position) at the last look
    QList<std::function<void()>> afterCommit;
    // The writer scrubs erased text from the indexes itself, between its batches (IndexScrub);
    // erasures it ran since it last asked. Other threads scrub right after the erasing commit.
    bool defersScrub = false;
    int scrubRequests = 0;
    // Destroyed with this state, before the connection closes.
    StatementCache statements;
};

// Runs sql unprepared (PRAGMA, SET, transaction control) on db, noting a failure for StorageHealth.
bool execDirect(QSqlDatabase &db, const QString &sql);

} // namespace ir
