// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "dialect.h"

namespace ir::migrations {
namespace {

// The text one search index holds for a row: its columns, ASCII-lowercased as LIKE compares
// them, each followed by char(1). The separator keeps a match inside one column (a term with
// char(1) in it is never looked up in the index), and it makes a two-character term at the end of
// a column the start of a trigram.
QString searchBody(const Dialect &dialect, const QString &row, const QStringList &columns)
{
    QStringList parts;
    for (const QString &column : columns) {
        const QString qualified = row.isEmpty() ? column : row + u'.' + column;
        parts << dialect.asciiLower(qualified) + QStringLiteral(" || ") + dialect.separator();
    }
    return parts.join(QStringLiteral(" || "));
}

// PostgreSQL's text index: the same body as a stored column, under a pg_trgm GIN index that
// answers LIKE '%term%' (a 2-character term scans the index's entries; results are exact either
// way, as PostgreSQL checks each candidate row against the LIKE).
QStringList trigramIndex(const QString &table, const QStringList &columns)
{
    const Dialect &dialect = Dialect::postgres();
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
            .arg(table, dialect.generatedColumn(QStringLiteral("search_body"), searchBody(dialect, {}, columns))),
        QStringLiteral("CREATE INDEX %1_search ON %1 USING gin (search_body gin_trgm_ops)").arg(table),
    };
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
                                  .arg(fts, searchBody(Dialect::sqlite(), QStringLiteral("new"), columns));
    const QString deleteOld = QStringLiteral("INSERT INTO %1(%1, rowid, body) VALUES ('delete', old.rowid, %2);")
                                  .arg(fts, searchBody(Dialect::sqlite(), QStringLiteral("old"), columns));
    QStringList statements {
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(body, tokenize = 'trigram case_sensitive 1', "
                       "content = '', columnsize = 0)")
            .arg(fts),
        // Two-character terms are looked up as the trigrams that start with them.
        QStringLiteral("CREATE VIRTUAL TABLE %1_terms USING fts5vocab(%1, 'row')").arg(fts),
    };
    statements << indexTriggers(fts, table, columns, insertNew, deleteOld);
    statements << QStringLiteral("INSERT INTO %1(rowid, body) SELECT rowid, %2 FROM %3")
                      .arg(fts, searchBody(Dialect::sqlite(), table, columns), table);
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
                                 .arg(fts, searchBody(Dialect::sqlite(), QStringLiteral("new"), columns));
    const QString queueOld = QStringLiteral("INSERT INTO %1_pending(doc, body, gone) VALUES (old.rowid, %2, 1);")
                                 .arg(fts, searchBody(Dialect::sqlite(), QStringLiteral("old"), columns));
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
const QStringList QUESTION_TEXT {QStringLiteral("question_text"), QStringLiteral("candidate_answer"),
                                 QStringLiteral("interviewer_feedback")};
const QStringList SESSION_TEXT {QStringLiteral("user_id"), QStringLiteral("session_name"),
                                QStringLiteral("session_id")};

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

QStringList step3(const Dialect &dialect)
{
    QStringList statements {
        // The duplicate check looks a question up by its trimmed text within its session.
        QStringLiteral("ALTER TABLE questions ADD COLUMN ")
            + dialect.generatedColumn(QStringLiteral("text_key"), dialect.trimmed(QStringLiteral("question_text"))),
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
    const auto index = dialect.isPostgres() ? trigramIndex : searchIndex;
    statements << index(QStringLiteral("questions"), QUESTION_TEXT);
    statements << index(QStringLiteral("sessions"), SESSION_TEXT);
    // PostgreSQL gathers its own statistics (autovacuum's ANALYZE).
    if (!dialect.isPostgres())
        statements << plannerStatistics();
    return statements;
}

const QStringList BANK_TEXT {QStringLiteral("question_text"), QStringLiteral("question_category"),
                             QStringLiteral("tags"), QStringLiteral("expected_answer")};

QString createTable(const Dialect &dialect, QString sql);

// Step 6: the question bank, kits, and what a session copies from its kit (its plan and its
// scorecard's competencies), with the ratings. Kits keep competencies and question lists as JSON:
// they are read and written whole. A session's copies are rows, which the comparison of
// candidates reads per competency.
QStringList step6(const Dialect &dialect)
{
    QStringList statements {
        createTable(dialect, QStringLiteral(R"(CREATE TABLE question_bank (%1
            bank_question_id TEXT PRIMARY KEY NOT NULL,
            question_text TEXT NOT NULL,
            question_type TEXT NOT NULL,
            question_category TEXT NOT NULL DEFAULT '',
            difficulty_level TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '[]',
            expected_answer TEXT NOT NULL DEFAULT '',
            created_at %2 NOT NULL,
            updated_at %2 NOT NULL))")),
        QStringLiteral("ALTER TABLE question_bank ADD COLUMN ")
            + dialect.generatedColumn(QStringLiteral("text_key"), dialect.trimmed(QStringLiteral("question_text"))),
        QStringLiteral("CREATE INDEX question_bank_text ON question_bank(text_key)"),
        QStringLiteral("CREATE INDEX question_bank_created ON question_bank(created_at)"),
        createTable(dialect, QStringLiteral(R"(CREATE TABLE kits (
            kit_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            position TEXT NOT NULL DEFAULT '',
            session_type TEXT NOT NULL,
            difficulty_level TEXT NOT NULL,
            estimated_duration INTEGER NOT NULL,
            competencies TEXT NOT NULL DEFAULT '[]',
            bank_question_ids TEXT NOT NULL DEFAULT '[]',
            created_at %2 NOT NULL,
            updated_at %2 NOT NULL))")),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN interviewer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN kit_id TEXT NOT NULL DEFAULT ''"),
        createTable(dialect, QStringLiteral(R"(CREATE TABLE session_plan (
            session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            bank_question_id TEXT NOT NULL,
            question_text TEXT NOT NULL,
            question_type TEXT NOT NULL,
            question_category TEXT NOT NULL DEFAULT '',
            expected_answer TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, position)))")),
        createTable(dialect, QStringLiteral(R"(CREATE TABLE scorecards (
            session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
            strengths TEXT NOT NULL DEFAULT '',
            concerns TEXT NOT NULL DEFAULT '',
            submitted_at %2,
            updated_at %2 NOT NULL))")),
        createTable(dialect, QStringLiteral(R"(CREATE TABLE scorecard_ratings (
            session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            weight %3 NOT NULL,
            rubric_1 TEXT NOT NULL DEFAULT '',
            rubric_2 TEXT NOT NULL DEFAULT '',
            rubric_3 TEXT NOT NULL DEFAULT '',
            rubric_4 TEXT NOT NULL DEFAULT '',
            rating INTEGER,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, key)))")),
        QStringLiteral("CREATE INDEX scorecard_ratings_key ON scorecard_ratings(key)"),
    };
    if (dialect.isPostgres())
        return statements << trigramIndex(QStringLiteral("question_bank"), BANK_TEXT);
    return statements << searchIndex(QStringLiteral("question_bank"), BANK_TEXT)
                      << deferredIndexWrites(QStringLiteral("question_bank"), BANK_TEXT);
}

// Step 7: candidates (one row per user_id, filled from the sessions there are), the audit log
// (append-only: the database refuses to change or delete a row), and the score the API posted
// for a question, kept when someone else changes it (calibration's AI-vs-human gap).
QStringList step7(const Dialect &dialect)
{
    QStringList statements {
        createTable(dialect, QStringLiteral(R"(CREATE TABLE candidates (
            user_id TEXT PRIMARY KEY NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at %2 NOT NULL,
            updated_at %2 NOT NULL))")),
        QStringLiteral("INSERT INTO candidates (user_id, created_at, updated_at) "
                       "SELECT user_id, MIN(created_at), MAX(updated_at) FROM sessions GROUP BY user_id"),
        QStringLiteral("CREATE INDEX candidates_position ON candidates(position)"),
        createTable(dialect, QStringLiteral(R"(CREATE TABLE audit_log (%1
            at %2 NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            subject TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0))")),
        QStringLiteral("ALTER TABLE questions ADD COLUMN ai_score %1").arg(dialect.realType()),
    };
    if (dialect.isPostgres()) {
        return statements << QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN "
                                            "RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql")
                          << QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                                            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()");
    }
    for (const char *event : {"UPDATE", "DELETE"}) {
        statements << QStringLiteral("CREATE TRIGGER audit_log_no_%1 BEFORE %2 ON audit_log BEGIN "
                                     "SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                          .arg(QString::fromLatin1(event).toLower(), QLatin1String(event));
    }
    return statements;
}

// Step 8: calibration from running sums kept on each session (before, GET /stats/interviewers
// read every question: 2 s at a million), and the note that an erasure's text is still in the
// text indexes (SQLite; IndexScrub deletes it once the text is gone).
QStringList step8(const Dialect &dialect)
{
    QStringList statements {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN score_square_sum %1 NOT NULL DEFAULT 0")
            .arg(dialect.realType()),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN ai_reviewed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN ai_delta_sum %1 NOT NULL DEFAULT 0").arg(dialect.realType()),
        QStringLiteral("UPDATE sessions SET score_square_sum = figures.squares, ai_reviewed = figures.reviewed, "
                       "ai_delta_sum = figures.delta FROM (SELECT session_id, "
                       "COALESCE(SUM(overall_score * overall_score), 0) AS squares, "
                       "COUNT(overall_score - ai_score) AS reviewed, COALESCE(SUM(overall_score - ai_score), 0) "
                       "AS delta FROM questions GROUP BY session_id) AS figures "
                       "WHERE sessions.session_id = figures.session_id"),
    };
    if (!dialect.isPostgres())
        statements << QStringLiteral("CREATE TABLE secure_erase_pending (erasures INTEGER NOT NULL)");
    return statements;
}

// Step 1: the tables. Types and the row id come from the dialect; on PostgreSQL, text compares
// and sorts by code point (COLLATE "C") as SQLite's BINARY does.
QString createTable(const Dialect &dialect, QString sql)
{
    if (dialect.isPostgres())
        sql.replace(QStringLiteral(" TEXT"), QStringLiteral(" TEXT COLLATE \"C\""));
    // Not arg(): a table uses only some of the four.
    return sql.replace(QStringLiteral("%1"), dialect.rowidColumn())
        .replace(QStringLiteral("%2"), dialect.timeType())
        .replace(QStringLiteral("%3"), dialect.realType())
        .replace(QStringLiteral("%4"), dialect.bytesType());
}

} // namespace

QList<Step> steps(const Dialect &dialect)
{
    // %1: the row id column, %2: a moment, %3: a real number, %4: bytes (createTable()).
    const QList<Step> all {
        {1,
         {
             createTable(dialect, QStringLiteral(R"(CREATE TABLE sessions (%1
                 session_id TEXT PRIMARY KEY NOT NULL,
                 user_id TEXT NOT NULL,
                 session_name TEXT NOT NULL DEFAULT '',
                 session_type TEXT NOT NULL,
                 difficulty_level TEXT NOT NULL,
                 status TEXT NOT NULL,
                 estimated_duration INTEGER NOT NULL,
                 recommendation TEXT NOT NULL DEFAULT 'no_decision',
                 metadata TEXT NOT NULL DEFAULT '{}',
                 created_at %2 NOT NULL,
                 updated_at %2 NOT NULL,
                 start_time %2,
                 end_time %2,
                 source TEXT NOT NULL,
                 question_count INTEGER NOT NULL DEFAULT 0,
                 completed_count INTEGER NOT NULL DEFAULT 0,
                 average_score %3))")),
             createTable(dialect, QStringLiteral(R"(CREATE TABLE questions (%1
                 question_id TEXT PRIMARY KEY NOT NULL,
                 session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 question_text TEXT NOT NULL,
                 question_type TEXT NOT NULL,
                 question_category TEXT NOT NULL DEFAULT '',
                 candidate_answer TEXT NOT NULL DEFAULT '',
                 interviewer_feedback TEXT NOT NULL DEFAULT '',
                 overall_score %3,
                 created_at %2 NOT NULL,
                 updated_at %2 NOT NULL,
                 source TEXT NOT NULL,
                 reviewed INTEGER NOT NULL DEFAULT 1))")),
             createTable(dialect, QStringLiteral(R"(CREATE TABLE idempotency (
                 key TEXT PRIMARY KEY NOT NULL,
                 request_hash %4 NOT NULL,
                 response_status INTEGER NOT NULL,
                 response %4 NOT NULL,
                 created_at %2 NOT NULL))")),
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
        {3, step3(dialect)},
        // The figures of a session kept as running sums, so that adding a question costs the same
        // in a session of 5,000 questions as in one of 5 (before, every add re-read them all).
        {4,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN score_sum %1 NOT NULL DEFAULT 0").arg(dialect.realType()),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN scored_count INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE sessions SET "
                            "score_sum = COALESCE((SELECT SUM(overall_score) FROM questions q "
                            "WHERE q.session_id = sessions.session_id), 0), "
                            "scored_count = (SELECT COUNT(overall_score) FROM questions q "
                            "WHERE q.session_id = sessions.session_id)"),
         }},
        // Text index writes at commit rather than in each write's savepoint (SQLite's FTS5;
        // PostgreSQL's index is written with the row and needs nothing here).
        {5,
         dialect.isPostgres() ? QStringList {}
                              : deferredIndexWrites(QStringLiteral("questions"), QUESTION_TEXT)
                 + deferredIndexWrites(QStringLiteral("sessions"), SESSION_TEXT)},
        // Question bank, kits and scorecards (issue 12).
        {6, step6(dialect)},
        // Candidates, the audit log, calibration (issue 13).
        {7, step7(dialect)},
        // Calibration's running sums, the unfinished-erasure note (issue 13).
        {8, step8(dialect)},
    };
    return all;
}

int latestVersion()
{
    return steps(Dialect::sqlite()).constLast().version;
}

} // namespace ir::migrations
