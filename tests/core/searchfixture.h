// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStringList>

namespace ir::test {

// Generated questions for the search and plan tests, written with plain SQL so the triggers of
// migration step 3 (not the repositories) keep the indexes in step, as with any writer.
class SearchFixture final
{
public:
    struct Shape
    {
        int sessions = 100;
        int perSession = 50;
        quint32 seed = 8;
        qint64 startMs = 1757050339000;
        int firstSession = 0; // session_NNNNN numbering starts here
        bool firstIsNewest = false; // the first session (lowest rowids) gets the newest times
    };

    // Words the texts are made of: Chinese and English, mixed case, LIKE's and MATCH's special
    // characters, Unicode spaces, an emoji and a letter outside ASCII with its capital.
    static const QStringList &words();
    // Terms worth searching for: 1, 2, 3 and more characters, at the start, middle and end of
    // columns, in several cases, with " % _ * \ and ', and some that occur nowhere.
    static const QStringList &terms();

    // Adds shape.sessions sessions (users user_00..user_09) of shape.perSession questions. Every
    // seventh session is added late with old times, as an import would, so rowids do not always
    // follow created_at; some questions share a created_at. "旧题" is in most questions of the older sessions and in
    // none of the newest.
    static bool fill(QSqlDatabase db, const Shape &shape);
    static QString text(QRandomGenerator &random, int minWords, int maxWords);

    // The rows LIKE finds (today's semantics, the reference), as question ids in the API's order.
    static QStringList likeScan(QSqlDatabase db, const QString &term);
    // The filter's matches by a plain scan: text with LIKE, everything else as written in
    // queries.h; in the API's order (created_at, then rowid, newest first).
    static QStringList reference(QSqlDatabase db, const RecordFilter &filter);
};

} // namespace ir::test
