// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataimporter.h"

#include "bankrepository.h"
#include "candidate.h"
#include "candidaterepository.h"
#include "database.h"
#include "questionrepository.h"
#include "scorecardrepository.h"
#include "sessionrepository.h"

namespace ir {

DataImporter::DataImporter(Database &database)
    : m_database(database)
{ }

Result<ImportReport> DataImporter::importData(const QList<SessionWithQuestions> &data)
{
    return importData(ExportData {data, {}, {}});
}

Result<ImportReport> DataImporter::importData(const ExportData &data)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    SessionRepository sessions(m_database.connection());
    QuestionRepository questions(m_database.connection());
    ScorecardRepository scorecards(m_database.connection());
    BankRepository bank(m_database.connection());
    CandidateRepository candidates(m_database.connection());
    ImportReport report;
    for (const BankQuestion &question : data.bankQuestions) {
        const auto existing = bank.find(question.bankQuestionId);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        if (const Status inserted = bank.insert(question); !inserted)
            return inserted.error();
        ++report.bankQuestionsImported;
    }
    for (const Kit &kit : data.kits) {
        const auto existing = bank.findKit(kit.kitId);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        if (const Status inserted = bank.insertKit(kit); !inserted)
            return inserted.error();
        ++report.kitsImported;
    }
    for (const SessionWithQuestions &entry : data.sessions) {
        const auto existing = sessions.find(entry.session.sessionId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            report.skippedSessionIds << entry.session.sessionId;
            continue;
        }
        // The stored figures are recomputed below from the questions actually inserted.
        Session session = entry.session;
        session.totalQuestions = 0;
        session.completedQuestions = 0;
        session.averageScore.reset();
        if (const Status inserted = sessions.insert(session); !inserted)
            return inserted.error();
        // An imported session is a use of its user id, as a created one is: the person gets a
        // profile (named from the session's candidate_name), so they can be found, compared,
        // exported and erased like everyone else.
        if (const Status profiled = candidates.ensure(session.userId, candidateNameOf(session), session.createdAt);
            !profiled)
            return profiled.error();
        ++report.sessionsImported;
        for (const QuestionRecord &question : entry.questions) {
            const auto clash = questions.find(question.questionId);
            if (!clash)
                return clash.error();
            if (clash->has_value()) {
                report.skippedQuestionIds << question.questionId;
                continue;
            }
            if (const Status inserted = questions.insert(question); !inserted)
                return inserted.error();
            ++report.questionsImported;
        }
        if (!entry.plan.isEmpty()) {
            if (const Status planned = scorecards.insertPlan(session.sessionId, entry.plan); !planned)
                return planned.error();
        }
        if (entry.scorecard) {
            Scorecard card = *entry.scorecard;
            card.sessionId = session.sessionId;
            if (const Status stored = scorecards.store(card); !stored)
                return stored.error();
        }
        if (const Status refreshed = sessions.refreshAggregates(session.sessionId, session.updatedAt); !refreshed)
            return refreshed.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace ir
