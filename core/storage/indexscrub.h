// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QtGlobal>

namespace ir {

class Database;

// Takes erased text out of the SQLite text indexes after the erasing commit (SQLite 3.40's FTS5
// has no secure-delete: a deleted row's terms stay in the index's old segments, beside a delete
// marker, until a merge rewrites those segments). A round merges every segment into one, in steps
// of STEP_PAGES pages, each step a transaction of its own: at a million questions the index is
// about 500 MB, a whole rewrite (FTS5's 'optimize') took 12 s in one transaction and held the
// writer for all of it; in steps, the writer runs the other writes between them. Pages the merge
// frees are zeroed (the eraser turned secure_delete on). The round ends with the WAL copied into
// the file and truncated, so that no byte of the erased text stays in either file.
//
// Requests are numbered: step() reports the highest one whose text is gone. A request made
// while a round runs needs a round of its own (its delete markers may be in a segment the
// running merge does not take in). One object per connection thread: the writer keeps one.
class IndexScrub final
{
public:
    static constexpr int STEP_PAGES = 256;

    // stepPages: smaller in tests, to see a round take many steps on little data.
    explicit IndexScrub(Database &database, int stepPages = STEP_PAGES);

    // More text was erased and committed; returns the number step() will report once it is gone.
    quint64 request();
    // Requests not yet done.
    bool pending() const { return m_done < m_requested; }
    // One bounded step; the highest request now done. On failure nothing is lost: the next step
    // starts the round again.
    Result<quint64> step();
    // Gives up on what is pending (the marker in the file stays: the next start scrubs again).
    void abandon();

    // Runs every step to the end, for callers without a writer (the command line, tests).
    static Status runToEnd(Database &database);

private:
    Status startRound();
    Result<bool> mergeMore();
    Status finish();

    Database &m_database;
    int m_stepPages;
    quint64 m_requested = 0;
    quint64 m_done = 0;
    quint64 m_roundCovers = 0; // 0: no round running
    qint64 m_pagesWritten = 0;
    qint64 m_pageBudget = 0;
    qint64 m_notedUpTo = 0; // the last note in the file (secure_erase_pending) this round clears
    bool m_merged = false; // the round's merge is done; the WAL is still to truncate
};

} // namespace ir
