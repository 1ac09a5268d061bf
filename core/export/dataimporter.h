// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"
#include "questionrecord.h"
#include "result.h"
#include "scorecard.h"
#include "session.h"

#include <QList>
#include <QStringList>

namespace ir {

class Database;

// One session as read from an export file, with its questions in position order, the plan it
// copied from its kit and its scorecard (files from before issue 12 have neither).
struct SessionWithQuestions
{
    Session session;
    QList<QuestionRecord> questions;
    QList<PlannedQuestion> plan;
    std::optional<Scorecard> scorecard; // its interviewer and recommendation are the session's
};

// Everything an export file holds: its sessions and, in a complete export, the question bank
// and the kits.
struct ExportData
{
    QList<SessionWithQuestions> sessions;
    QList<BankQuestion> bankQuestions;
    QList<Kit> kits;
};

// What an import did.
struct ImportReport
{
    int sessionsImported = 0;
    int questionsImported = 0;
    int bankQuestionsImported = 0; // bank questions and kits whose IDs exist are left as they are
    int kitsImported = 0;
    QStringList skippedSessionIds; // already in the database: left as they are, questions included
    QStringList skippedQuestionIds; // a new session's question whose ID exists elsewhere
};

// Writes sessions, questions, plans and scorecards with their original IDs and times: the one path that bypasses
// InterviewService's numbering and clock, for restoring exported data. Everything happens in one
// transaction; any failure rolls all of it back. The service emits no signals for imported
// rows, so views reload after an import.
class DataImporter final
{
public:
    explicit DataImporter(Database &database);

    Result<ImportReport> importData(const QList<SessionWithQuestions> &data);
    // The bank, the kits, then the sessions.
    Result<ImportReport> importData(const ExportData &data);

private:
    Database &m_database;
};

} // namespace ir
