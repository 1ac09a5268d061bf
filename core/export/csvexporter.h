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
class CsvExporter final
{
public:
    static QStringList header();
    static QList<QStringList> rows(const SessionReport &report);

    // One field, quoted and with its quotes doubled when it needs it.
    static QString quote(const QString &field);
    // A record: the quoted fields joined by commas, CRLF, as UTF-8.
    static QByteArray line(const QStringList &fields);
    static QByteArray byteOrderMark();

    // The header line (after the BOM when options ask for one).
    static Status writeHeader(QIODevice &device, const ExportOptions &options);
    static Status writeRows(QIODevice &device, const SessionReport &report);
    // A whole single-session file.
    static Status write(QIODevice &device, const SessionReport &report, const ExportOptions &options);
};

} // namespace ir
