// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"
#include "exportoptions.h"
#include "kit.h"
#include "queries.h"
#include "result.h"

#include <QIODevice>

namespace ir {

class InterviewService;
struct QuestionRecord;

struct BulkReport
{
    qint64 sessions = 0; // sessions written
    qint64 questions = 0; // questions written
    bool cancelled = false;
};

// The question bank and the kits, which a complete JSON export holds besides the sessions.
struct Library
{
    QList<BankQuestion> bank;
    QList<Kit> kits;
};

// Many sessions into one CSV or JSON file, oldest first, one session at a time (memory stays
// flat). The filter is GET /records' (page and page_size are ignored): questions must match
// every set criterion, and a session is written with its matching questions. With no
// question criteria (only user_id / session_id, or nothing) every session is written whole,
// including sessions without questions, and a JSON export then also holds the question bank and
// the kits: an unfiltered JSON export is a complete copy.
class BulkExporter final
{
public:
    explicit BulkExporter(InterviewService &service);

    Result<BulkReport> run(const RecordFilter &filter, ExportFormat format, QIODevice &device,
                           const ExportOptions &options = {}, const ExportProgress &progress = {});
    // The sessions a SessionFilter lists (the window's session browser; offset and limit are
    // ignored, its sort order is kept), each whole.
    Result<BulkReport> run(const SessionFilter &filter, ExportFormat format, QIODevice &device,
                           const ExportOptions &options = {}, const ExportProgress &progress = {});

    static bool hasQuestionCriteria(const RecordFilter &filter);
    // The question-level criteria of filter, as GET /records applies them (text: substring,
    // case-insensitive, of question, answer or feedback).
    static bool matches(const RecordFilter &filter, const QuestionRecord &question);

private:
    Result<QStringList> sessionIds(const RecordFilter &filter);
    Result<QStringList> listIds(SessionFilter filter);
    // Every competency key of these sessions' scorecards, in the order first met (CSV columns).
    Result<QStringList> competencyKeys(const QStringList &ids);
    Result<BulkReport> write(const QStringList &ids, const RecordFilter &filter, ExportFormat format, QIODevice &device,
                             const ExportOptions &options, const ExportProgress &progress, bool complete = false);
    Result<Library> library();

    InterviewService &m_service;
};

} // namespace ir
