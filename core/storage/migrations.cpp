// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace ir::migrations {

const QList<Step> &steps()
{
    static const QList<Step> all {
        {1,
         {
             QStringLiteral(R"(CREATE TABLE sessions (
                 session_id TEXT PRIMARY KEY NOT NULL,
                 user_id TEXT NOT NULL,
                 session_name TEXT NOT NULL DEFAULT '',
                 session_type TEXT NOT NULL,
                 difficulty_level TEXT NOT NULL,
                 status TEXT NOT NULL,
                 estimated_duration INTEGER NOT NULL,
                 recommendation TEXT NOT NULL DEFAULT 'no_decision',
                 metadata TEXT NOT NULL DEFAULT '{}',
                 created_at INTEGER NOT NULL,
                 updated_at INTEGER NOT NULL,
                 start_time INTEGER,
                 end_time INTEGER,
                 source TEXT NOT NULL,
                 question_count INTEGER NOT NULL DEFAULT 0,
                 completed_count INTEGER NOT NULL DEFAULT 0,
                 average_score REAL))"),
             QStringLiteral(R"(CREATE TABLE questions (
                 question_id TEXT PRIMARY KEY NOT NULL,
                 session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 question_text TEXT NOT NULL,
                 question_type TEXT NOT NULL,
                 question_category TEXT NOT NULL DEFAULT '',
                 candidate_answer TEXT NOT NULL DEFAULT '',
                 interviewer_feedback TEXT NOT NULL DEFAULT '',
                 overall_score REAL,
                 created_at INTEGER NOT NULL,
                 updated_at INTEGER NOT NULL,
                 source TEXT NOT NULL,
                 reviewed INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral(R"(CREATE TABLE idempotency (
                 key TEXT PRIMARY KEY NOT NULL,
                 request_hash BLOB NOT NULL,
                 response_status INTEGER NOT NULL,
                 response BLOB NOT NULL,
                 created_at INTEGER NOT NULL))"),
             QStringLiteral("CREATE INDEX sessions_user_created ON sessions(user_id, created_at)"),
             QStringLiteral("CREATE INDEX sessions_status ON sessions(status)"),
             QStringLiteral("CREATE INDEX sessions_created ON sessions(created_at)"),
             QStringLiteral("CREATE UNIQUE INDEX questions_session_position ON questions(session_id, position)"),
             QStringLiteral("CREATE INDEX idempotency_created ON idempotency(created_at)"),
         }},
        // Free notes on a session (the window's notes field), who wrote each record last, and the
        // index GET /records sorts by.
        {2,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN updated_by TEXT NOT NULL DEFAULT 'ui'"),
             QStringLiteral("ALTER TABLE questions ADD COLUMN updated_by TEXT NOT NULL DEFAULT 'ui'"),
             QStringLiteral("UPDATE sessions SET updated_by = source"),
             QStringLiteral("UPDATE questions SET updated_by = source"),
             QStringLiteral("CREATE INDEX questions_created ON questions(created_at)"),
         }},
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

} // namespace ir::migrations
