// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include "dialect.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace ir::search {
namespace {

constexpr char16_t SEPARATOR = u'\x01'; // follows every indexed column (migration step 3)

// Code points, as LIKE and the trigram tokenizer count characters; -1 for broken UTF-16, which
// the database would store as U+FFFD and so never equals what the index holds.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++count) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return -1;
    }
    return count;
}

// The pattern is ASCII-lowercased: SQLite's LIKE ignores ASCII case anyway, and on PostgreSQL
// the columns it is compared with are lowercased the same way (Dialect::likeColumn).
TextMatch scan(const QString &term)
{
    return {TextMatch::Kind::Scan, {}, sql::likePattern(foldAscii(term))};
}

// Each index with the schema step that gave it a queue of pending writes.
const QList<std::pair<QString, int>> INDEXES {
    {QStringLiteral("questions_fts"), 5},
    {QStringLiteral("sessions_fts"), 5},
    {QStringLiteral("question_bank_fts"), 6},
};

Result<bool> hasPendingWrites(const QSqlDatabase &db, const QString &ftsTable)
{
    sql::Statement pending(db,
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + ftsTable + QStringLiteral("_pending)"));
    if (!pending.exec() || !pending.query().next())
        return Error::database(QStringLiteral("cannot search the records"));
    return pending.query().value(0).toBool();
}

} // namespace

QString foldAscii(const QString &term)
{
    QString folded = term;
    for (QChar &c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<TextMatch> plan(const QSqlDatabase &db, const QString &ftsTable, const QString &term)
{
    if (term.isEmpty())
        return TextMatch {};
    const qsizetype length = characterCount(term);
    if (Dialect::of(db).isPostgres()) {
        // The search_body column holds the columns as the FTS5 index does (lowercased, each
        // ended by char(1)); its trigram index answers LIKE for a term of any length.
        if (term.contains(SEPARATOR) || term.contains(QChar(u'\0')))
            return scan(term);
        return TextMatch {TextMatch::Kind::Index, sql::likePattern(foldAscii(term)), {}};
    }
    if (length < 2 || term.contains(SEPARATOR) || term.contains(QChar(u'\0')))
        return scan(term);
    const Result<bool> behind = hasPendingWrites(db, ftsTable);
    if (!behind)
        return behind.error();
    if (*behind)
        return scan(term);
    const QString folded = foldAscii(term);
    if (length >= 3)
        return TextMatch {TextMatch::Kind::Index, phrase(folded), {}};

    // Every occurrence of a two-character term starts a trigram: the next character or the
    // column's separator completes it. So the rows that contain the term are those that hold one
    // of the indexed trigrams beginning with it, and U+10FFFF bounds them in byte order.
    sql::Statement terms(
        db, QStringLiteral("SELECT term FROM ") + ftsTable + QStringLiteral("_terms WHERE term >= ? AND term <= ?"));
    if (!terms.exec({folded, QString(folded + QString::fromUcs4(U"\U0010FFFF", 1))}))
        return Error::database(QStringLiteral("cannot search the records"));
    QSqlQuery &query = terms.query();
    QStringList phrases;
    while (query.next()) {
        const QString trigram = query.value(0).toString();
        if (trigram.startsWith(folded))
            phrases << phrase(trigram);
        if (phrases.size() > MAX_TWO_CHARACTER_EXPANSION)
            return scan(term);
    }
    if (sql::readFailed(query))
        return Error::database(QStringLiteral("cannot search the records"));
    if (phrases.isEmpty())
        return TextMatch {TextMatch::Kind::None, {}, {}};
    return TextMatch {TextMatch::Kind::Index, phrases.join(QStringLiteral(" OR ")), {}};
}

Status applyPendingIndexWrites(const QSqlDatabase &db, int schemaVersion)
{
    if (Dialect::of(db).isPostgres())
        return Done {}; // its index is a column of the row, written with it
    for (const auto &[fts, since] : INDEXES) {
        if (schemaVersion < since)
            continue;
        const Result<bool> pending = hasPendingWrites(db, fts);
        if (!pending)
            return pending.error();
        if (!*pending)
            continue;
        // In queue order: a row added and removed in one batch, or a rowid used again after a
        // delete, must reach the index in the order it happened. A NULL command is a plain insert.
        sql::Statement apply(db,
                             QStringLiteral("INSERT INTO %1(%1, rowid, body) SELECT CASE WHEN gone THEN 'delete' END, "
                                            "doc, body FROM %1_pending ORDER BY seq")
                                 .arg(fts));
        sql::Statement clear(db, QStringLiteral("DELETE FROM %1_pending").arg(fts));
        if (!apply.exec() || !clear.exec())
            return Error::database(QStringLiteral("cannot update the search index"));
    }
    return Done {};
}

} // namespace ir::search
