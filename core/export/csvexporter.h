// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "result.h"
#include "sessionreport.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace ir {

// CSV for spreadsheets (RFC 4180): one row per question with the session's columns repeated,
// CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. A session without
// questions gets one row with the question columns empty. Column names are the wire names;
// `source` (ui, api) and `reviewed` (true, false) say who wrote a question, `notes` are the
// session's notes (these three came later and follow the others, so readers by position still work).
//
// The scorecard (issue 12) follows, repeated on each of the session's rows like the session's
// columns: interviewer, kit_id, weighted_rating (1 decimal, empty while unrated),
// scorecard_submitted_at (empty while a draft), strengths, concerns (the recommendation is the
// session's column above), then two columns per competency, rating_<key> (1–4, empty while
// unrated) and note_<key>. A file's competency columns are those of every session in it, in the
// order first met (a kit's order), so sessions from one kit line up under the same columns and a
// session without that competency leaves them empty.
class CsvExporter final
{
public:
    // The columns without competencies, then two for each key.
    static QStringList header(const QStringList &competencyKeys = {});
    // The session's rows, with the columns of competencyKeys (the report's own when not given).
    static QList<QStringList> rows(const SessionReport &report);
    static QList<QStringList> rows(const SessionReport &report, const QStringList &competencyKeys);
    // The scorecard's competency keys, in its order.
    static QStringList competencyKeys(const Scorecard &scorecard);

    // One field, quoted and with its quotes doubled when it needs it.
    static QString quote(const QString &field);
    // A record: the quoted fields joined by commas, CRLF, as UTF-8.
    static QByteArray line(const QStringList &fields);
    static QByteArray byteOrderMark();

    // The header line (after the BOM when options ask for one).
    static Status writeHeader(QIODevice &device, const ExportOptions &options, const QStringList &competencyKeys = {});
    static Status writeRows(QIODevice &device, const SessionReport &report, const QStringList &competencyKeys);
    // A whole single-session file.
    static Status write(QIODevice &device, const SessionReport &report, const ExportOptions &options);
};

} // namespace ir
