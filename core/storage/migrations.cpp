// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace ir::migrations {
namespace {

// What QString::trimmed() trims (QChar::isSpace: Unicode White_Space below U+FFFF), frozen here
// as released: the duplicate-question key must keep matching QString::trimmed().
const QString TRIM_CHARACTERS = QStringLiteral("char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, "
                                               "8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, "
                                               "12288)");

// The text one search index holds for a row: its columns, ASCII-lowercased as LIKE compares
// them, each followed by char(1). The separator keeps a match inside one column (a term with
// char(1) in it is never looked up in the index), and it makes a two-character term at the end of
// a column the start of a trigram.
QString searchBody(const QString &row, const QStringList &columns)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << QStringLiteral("lower(%1.%2) || char(1)").arg(row, column);
    return parts.join(QStringLiteral(" || "));
}

// The three triggers that keep a text index over `table` in step: `onNew` runs for an inserted
// row, `onOld` for a deleted one, both (old first) when a searched column changes.
QStringList indexTriggers(const QString &fts, const QString &table, const QStringList &columns, const QString &onNew,
                          const QString &onOld)
{
    QStringList changed;
    for (const QString &column : columns)
        changed << QStringLiteral("old.%1 IS NOT new.%1").arg(column);
    return {
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(fts, table, onNew),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(fts, table, onOld),
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 WHEN %4 BEGIN %5 %6 END")
            .arg(fts, columns.join(QStringLiteral(", ")), table, changed.join(QStringLiteral(" OR ")), onOld, onNew),
    };
}

// A contentless trigram index over `table` kept in step by triggers, which also run for rows a
// foreign key cascade deletes. Contentless tables delete by replaying the indexed text, which the
// triggers recompute from the old row.
QStringList searchIndex(const QString &table, const QStringList &columns)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, body) VALUES (new.rowid, %2);")
                                  .arg(fts, searchBody(QStringLiteral("new"), columns));
    const QString deleteOld = QStringLiteral("INSERT INTO %1(%1, rowid, body) VALUES ('delete', old.rowid, %2);")
                                  .arg(fts, searchBody(QStringLiteral("old"), columns));
    QStringList statements {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(body, tokenize = 'trigram case_sensitive 1', "
                       "content = '', columnsize = 0)")
            .arg(fts),
        // Two-character terms are looked up as the trigrams that start with them.
        QStringLiteral("CREATE VIRTUAL TABLE %1_terms USING fts5vocab(%1, 'row')").arg(fts),
    };
    statements << indexTriggers(fts, table, columns, insertNew, deleteOld);
    statements << QStringLiteral("INSERT INTO %1(rowid, body) SELECT rowid, %2 FROM %3")
                      .arg(fts, searchBody(table, columns), table);
    statements << QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(fts);
    return statements;
}

// Step 5: the triggers of step 3 wrote the text index inside each write, and FTS5 flushes its
// pending terms into a new segment whenever a savepoint opens, so the writer's group commit (one
// savepoint per write) paid a segment and its merges per question, about 150 us. Now the
// triggers queue the indexed text in `fts`_pending, in the same transaction, and the outermost
// commit applies the queue in order (search::applyPendingIndexWrites); a search that finds
// the queue not empty (a write that committed outside a Transaction) scans instead.
QStringList deferredIndexWrites(const QString &table, const QStringList &columns)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString queueNew = QStringLiteral("INSERT INTO %1_pending(doc, body, gone) VALUES (new.rowid, %2, 0);")
                                 .arg(fts, searchBody(QStringLiteral("new"), columns));
    const QString queueOld = QStringLiteral("INSERT INTO %1_pending(doc, body, gone) VALUES (old.rowid, %2, 1);")
                                 .arg(fts, searchBody(QStringLiteral("old"), columns));
    QStringList statements {
        QStringLiteral("DROP TRIGGER %1_insert").arg(fts),
        QStringLiteral("DROP TRIGGER %1_delete").arg(fts),
        QStringLiteral("DROP TRIGGER %1_update").arg(fts),
        // gone: 1 for text to take out of the index (the row's old text), 0 for text to add.
        QStringLiteral("CREATE TABLE %1_pending (seq INTEGER PRIMARY KEY, doc INTEGER NOT NULL, body TEXT NOT NULL, "
                       "gone INTEGER NOT NULL)")
            .arg(fts),
    };
    return statements << indexTriggers(fts, table, columns, queueNew, queueOld);
}

// Planner statistics of the shape the indexes are built for (a million questions, 50 a session,
// 20,000 sessions): written rather than measured, so a young database plans its queries as a
// large one will, and plans don't change as it grows. Each entry: rows, then rows per distinct
// prefix of the index's columns.
QStringList plannerStatistics()
{
    const QList<std::pair<const char *, const char *>> questions {
        {"sqlite_autoindex_questions_1", "1000000 1"},         {"questions_session_position", "1000000 50 1"},
        {"questions_session_text", "1000000 50 1 1"},          {"questions_created_score", "1000000 2 1"},
        {"questions_type_created", "1000000 250000 2 1"},      {"questions_type_score", "1000000 250000 2500 1"},
        {"questions_category_created", "1000000 20000 2 1 1"}, {"questions_score_created", "1000000 10000 1"},
    };
    const QList<std::pair<const char *, const char *>> sessions {
        {"sqlite_autoindex_sessions_1", "20000 1"},
        {"sessions_user_created", "20000 40 1"},
        {"sessions_created", "20000 1"},
        {"sessions_status_created", "20000 5000 1"},
        {"sessions_type_created", "20000 5000 1"},
        {"sessions_difficulty_created", "20000 6667 1"},
        {"sessions_name_created", "20000 2 1"},
        {"sessions_count_created", "20000 400 1"},
        {"sessions_score_created", "20000 200 1"},
    };
    QStringList values;
    for (const auto &[index, stat] : questions)
        values << QStringLiteral("('questions', '%1', '%2')").arg(QLatin1String(index), QLatin1String(stat));
    for (const auto &[index, stat] : sessions)
        values << QStringLiteral("('sessions', '%1', '%2')").arg(QLatin1String(index), QLatin1String(stat));
    return {
        QStringLiteral("ANALYZE sqlite_schema"), // creates sqlite_stat1
        QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl IN ('questions', 'sessions')"),
        QStringLiteral("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ") + values.join(QStringLiteral(", ")),
        QStringLiteral("ANALYZE sqlite_schema"), // loads them
    };
}

QStringList step3()
{
    QStringList statements {
        // The duplicate check looks a question up by its trimmed text within its session.
        QStringLiteral("ALTER TABLE questions ADD COLUMN text_key TEXT GENERATED ALWAYS AS "
                       "(trim(question_text, %1)) VIRTUAL")
            .arg(TRIM_CHARACTERS),
        QStringLiteral("CREATE INDEX questions_session_text ON questions(session_id, text_key, position)"),
        // GET /records: newest first within every filter; the trailing columns let a scan in
        // that order test the other filters without reading the row.
        QStringLiteral("DROP INDEX questions_created"),
        QStringLiteral("CREATE INDEX questions_created_score ON questions(created_at, overall_score)"),
        QStringLiteral("CREATE INDEX questions_type_created ON questions(question_type, created_at, overall_score)"),
        QStringLiteral("CREATE INDEX questions_type_score ON questions(question_type, overall_score, created_at)"),
        QStringLiteral("CREATE INDEX questions_category_created "
                       "ON questions(question_category, created_at, overall_score, question_type)"),
        QStringLiteral("CREATE INDEX questions_score_created ON questions(overall_score, created_at)"),
        // The session list: one index per sort key, in its tie-break order.
        QStringLiteral("DROP INDEX sessions_status"),
        QStringLiteral("CREATE INDEX sessions_status_created ON sessions(status, created_at)"),
        QStringLiteral("CREATE INDEX sessions_type_created ON sessions(session_type, created_at)"),
        QStringLiteral("CREATE INDEX sessions_difficulty_created ON sessions(difficulty_level, created_at)"),
        QStringLiteral("CREATE INDEX sessions_name_created ON sessions(session_name, created_at)"),
        QStringLiteral("CREATE INDEX sessions_count_created ON sessions(question_count, created_at)"),
        QStringLiteral("CREATE INDEX sessions_score_created ON sessions(average_score, created_at)"),
    };
    statements << searchIndex(
        QStringLiteral("questions"),
        {QStringLiteral("question_text"), QStringLiteral("candidate_answer"), QStringLiteral("interviewer_feedback")});
    statements << searchIndex(
        QStringLiteral("sessions"),
        {QStringLiteral("user_id"), QStringLiteral("session_name"), QStringLiteral("session_id")});
    statements << plannerStatistics();
    return statements;
}

} // namespace

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
        // Search and filter at scale (a million questions): see step3().
        {3, step3()},
        // The figures of a session kept as running sums, so that adding a question costs the same
        // in a session of 5,000 questions as in one of 5 (before, every add re-read them all).
        {4,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN score_sum REAL NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN scored_count INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE sessions SET "
                            "score_sum = COALESCE((SELECT SUM(overall_score) FROM questions q "
                            "WHERE q.session_id = sessions.session_id), 0), "
                            "scored_count = (SELECT COUNT(overall_score) FROM questions q "
                            "WHERE q.session_id = sessions.session_id)"),
         }},
        // Text index writes at commit rather than in each write's savepoint.
        {5,
         deferredIndexWrites(QStringLiteral("questions"),
                             {QStringLiteral("question_text"), QStringLiteral("candidate_answer"),
                              QStringLiteral("interviewer_feedback")})
             + deferredIndexWrites(
                 QStringLiteral("sessions"),
                 {QStringLiteral("user_id"), QStringLiteral("session_name"), QStringLiteral("session_id")})},
    };
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

} // namespace ir::migrations
