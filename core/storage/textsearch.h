// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace ir::search {

// How a substring filter (LIKE '%term%', case-insensitive for ASCII letters only) is answered.
// The trigram indexes of migration step 3 hold each searched column ASCII-lowercased and followed
// by char(1), so a phrase of the lowercased term matches exactly the rows LIKE matches.
struct TextMatch
{
    enum class Kind {
        Any, // no filter
        None, // no row can match (a two-character term no indexed trigram starts with)
        Index, // `expression` for MATCH on the table's _fts index
        Scan, // too short for the index (or holds char(1)): LIKE `likePattern` on every row
    };
    Kind kind = Kind::Any;
    QString expression;
    QString likePattern;
};

// Past this many trigrams starting with a two-character term, the OR of their phrases costs more
// than a scan (FTS5 merges an OR in time proportional to its width times its matches).
inline constexpr int MAX_TWO_CHARACTER_EXPANSION = 160;

// The term in ASCII lowercase, as SQLite's lower() and LIKE fold it.
QString foldAscii(const QString &term);

// A phrase for MATCH: in double quotes, embedded ones doubled; a bound value, never SQL text.
QString phrase(const QString &text);

// Plans `term` against the index `ftsTable` (e.g. "questions_fts"); a two-character term reads
// the index's term list (`ftsTable`_terms) to expand into the trigrams that start with it. While
// index writes wait in `ftsTable`_pending (see applyPendingIndexWrites), the index is behind the
// table and the plan is a scan.
Result<TextMatch> plan(const QSqlDatabase &db, const QString &ftsTable, const QString &term);

// Applies the text index writes the triggers queued (migration step 5), in order, and empties the
// queues: Transaction::commit runs it just before the outermost COMMIT, so the index takes one
// FTS5 segment per commit instead of one per savepoint.
// schemaVersion says which queues exist (a migration's own commit runs before the next step's).
Status applyPendingIndexWrites(const QSqlDatabase &db, int schemaVersion);

} // namespace ir::search
