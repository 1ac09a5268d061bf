// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexscrub.h"

#include "database.h"
#include "databasestate.h"

#include <QSqlQuery>

namespace ir {
namespace {

// The big index is merged in steps; the two small ones (20,000 sessions: 3 MB) at once.
constexpr auto LARGE_INDEX = "questions_fts";
constexpr const char *SMALL_INDEXES[] = {"sessions_fts", "question_bank_fts"};
// A merge step waits this long for another process's write lock; the last step, which waits for
// readers to leave the WAL, only briefly: it holds the writer meanwhile, and it is tried again
// after the next batch.
constexpr int STEP_BUSY_MS = 2000;
constexpr int TRUNCATE_BUSY_MS = 200;

Error scrubError()
{
    return Error::database(QStringLiteral("cannot clear the erased data from the files"));
}

QString merge(int pages)
{
    return QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('merge', %2)").arg(QLatin1String(LARGE_INDEX)).arg(pages);
}

std::optional<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

IndexScrub::IndexScrub(Database &database, int stepPages)
    : m_database(database)
    , m_stepPages(stepPages)
{ }

quint64 IndexScrub::request()
{
    return ++m_requested;
}

void IndexScrub::abandon()
{
    m_done = m_requested;
    m_roundCovers = 0;
}

Result<quint64> IndexScrub::step()
{
    if (!pending())
        return m_done;
    m_database.setBusyTimeout(STEP_BUSY_MS);
    if (m_roundCovers == 0) {
        if (const Status started = startRound(); !started)
            return started.error();
        return m_done;
    }
    if (!m_merged) {
        const Result<bool> more = mergeMore();
        if (!more) {
            m_roundCovers = 0; // the next step starts over: a failed step leaves the merge as it was
            return more.error();
        }
        m_merged = !*more;
        return m_done;
    }
    if (const Status finished = finish(); !finished)
        return finished.error(); // the merge stays done: the next step only truncates again
    m_done = m_roundCovers;
    m_roundCovers = 0;
    return m_done;
}

Status IndexScrub::startRound()
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return scrubError();
    // On already for a fresh erasure (its deletes), not yet for one resumed after a restart.
    bool ok = execDirect(db, QStringLiteral("PRAGMA secure_delete=ON"));
    for (const char *index : SMALL_INDEXES)
        ok = ok && execDirect(db, QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(QLatin1String(index)));
    // A merge writes at most what it reads: twice the index's pages bounds the round even if the
    // writes between its steps keep giving it segments to merge.
    // (The file's size bounds the index's: counting the index's pages would read all of them.)
    const std::optional<qint64> pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    // A negative page count first puts every segment on one level, so the merge takes in all of them.
    ok = ok && pages && execDirect(db, merge(-m_stepPages));
    // The notes this round clears: erasures noted later (here or by another process) get a round
    // of their own.
    const std::optional<qint64> noted
        = scalar(db, QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM secure_erase_pending"));
    if (!ok || !noted || !transaction.commit())
        return scrubError();
    m_notedUpTo = *noted;
    m_roundCovers = m_requested;
    m_pageBudget = 2 * *pages + m_stepPages;
    m_pagesWritten = m_stepPages;
    m_merged = false;
    return Done {};
}

Result<bool> IndexScrub::mergeMore()
{
    if (m_pagesWritten >= m_pageBudget)
        return false;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return scrubError();
    // A positive count goes on with the merge started, whatever segments were added since. It
    // did something when it changed two rows or more (FTS5's documentation).
    const std::optional<qint64> before = scalar(db, QStringLiteral("SELECT total_changes()"));
    const bool merged = before && execDirect(db, merge(m_stepPages));
    const std::optional<qint64> after = scalar(db, QStringLiteral("SELECT total_changes()"));
    if (!merged || !after || !transaction.commit())
        return scrubError();
    m_pagesWritten += m_stepPages;
    return *after - *before >= 2;
}

Status IndexScrub::finish()
{
    QSqlDatabase db = m_database.connection();
    // First the WAL: until it is truncated the note stays, so a scrub given up on (readers kept
    // the WAL busy) is done again at the next start. Column 0 is 1 when readers kept the
    // checkpoint from finishing (after the busy timeout).
    m_database.setBusyTimeout(TRUNCATE_BUSY_MS);
    {
        QSqlQuery truncate(db);
        if (!truncate.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !truncate.next()
            || truncate.value(0).toInt() != 0)
            return scrubError();
    }
    // Then the notes this round covered (the WAL gets that page, zeroed, and nothing else).
    Transaction transaction(m_database);
    if (!transaction.isActive()
        || !execDirect(db, QStringLiteral("DELETE FROM secure_erase_pending WHERE rowid <= %1").arg(m_notedUpTo))
        || !transaction.commit())
        return scrubError();
    // Nothing else waits: frees stop being zeroed.
    if (m_roundCovers == m_requested)
        execDirect(db, QStringLiteral("PRAGMA secure_delete=OFF"));
    return Done {};
}

Status IndexScrub::runToEnd(Database &database)
{
    IndexScrub scrub(database);
    scrub.request();
    // A failing step fails the same way again at once: a few tries, not a loop.
    for (int failures = 0; scrub.pending();) {
        if (const Result<quint64> stepped = scrub.step(); !stepped && ++failures > 3)
            return stepped.error();
    }
    return Done {};
}

} // namespace ir
