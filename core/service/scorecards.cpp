// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InterviewService: scorecards (issue 12), and what a session copies from its kit.
#include "interviewservice.h"

#include "bankrepository.h"
#include "changelistener.h"
#include "database.h"
#include "scorecardrepository.h"
#include "sessionplan.h"
#include "sessionrepository.h"

namespace ir {

Status sessionplan::copyKit(const QSqlDatabase &db, const QString &sessionId, const Kit &kit, qint64 now)
{
    BankRepository bank(db);
    QList<PlannedQuestion> plan;
    for (const QString &id : kit.bankQuestionIds) {
        const auto found = bank.find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        const BankQuestion &question = **found;
        plan << PlannedQuestion {int(plan.size()) + 1,  question.bankQuestionId,   question.questionText,
                                 question.questionType, question.questionCategory, question.expectedAnswer};
    }
    ScorecardRepository cards(db);
    if (const Status planned = cards.insertPlan(sessionId, plan); !planned)
        return planned;
    Scorecard card;
    card.sessionId = sessionId;
    card.updatedAt = now;
    for (const Competency &competency : kit.competencies)
        card.ratings << CompetencyRating {competency, std::nullopt, {}};
    return cards.store(card);
}

namespace {

// Applies the rating changes; an unknown key is the caller's mistake, named by its index.
Status applyRatings(Scorecard &card, const QList<RatingPatch> &changes)
{
    rules::FieldErrors errors;
    for (int i = 0; i < changes.size(); ++i) {
        const RatingPatch &change = changes.at(i);
        auto rating = std::find_if(card.ratings.begin(), card.ratings.end(),
                                   [&change](const CompetencyRating &r) { return r.competency.key == change.key; });
        if (rating == card.ratings.end()) {
            errors.add(QStringLiteral("competency_ratings[%1].key").arg(i),
                       QStringLiteral("this scorecard has no competency ") + change.key);
            continue;
        }
        if (change.rating)
            rating->rating = *change.rating;
        if (change.note)
            rating->note = *change.note;
    }
    if (!errors.isEmpty())
        return Error::validation(errors.details());
    return Done {};
}

Status checkComplete(const Scorecard &card)
{
    QStringList unrated;
    for (const CompetencyRating &rating : card.ratings) {
        if (!rating.rating)
            unrated << rating.competency.key;
    }
    if (unrated.isEmpty())
        return Done {};
    return Error::validation(
        QStringLiteral("submitted: rate every competency first (unrated: %1)").arg(unrated.join(QStringLiteral(", "))));
}

} // namespace

Result<Scorecard> InterviewService::scorecard(const QString &sessionId)
{
    const Result<Session> found = session(sessionId);
    if (!found)
        return found.error();
    return ScorecardRepository(m_database.connection()).find(sessionId);
}

Result<Scorecard> InterviewService::updateScorecard(const QString &sessionId, const ScorecardPatch &patch,
                                                    Source source)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error::database(QStringLiteral("cannot begin a transaction"));
    SessionRepository sessions(m_database.connection());
    if (const Status locked = sessions.lockSession(sessionId); !locked)
        return locked.error();
    const auto found = sessions.find(sessionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::sessionNotFound(sessionId);
    Session session = **found;
    ScorecardRepository cards(m_database.connection());
    Result<Scorecard> stored = cards.find(sessionId);
    if (!stored)
        return stored.error();
    Scorecard card = std::move(stored).value();
    if (card.submitted())
        return Error::scorecardSubmitted(sessionId);
    if (const Status applied = applyRatings(card, patch.ratings); !applied)
        return applied.error();
    if (patch.strengths)
        card.strengths = *patch.strengths;
    if (patch.concerns)
        card.concerns = *patch.concerns;
    if (patch.recommendation)
        card.recommendation = session.recommendation = *patch.recommendation;
    const qint64 now = m_clock.nowMs();
    if (patch.submit) {
        if (const Status complete = checkComplete(card); !complete)
            return complete.error();
        card.submittedAt = now;
    }
    card.updatedAt = now;
    // The session's last change is its scorecard's too (what the lists sort and retention reads).
    session.updatedAt = now;
    session.updatedBy = source;
    if (const Status saved = cards.store(card); !saved)
        return saved.error();
    if (const Status updated = sessions.update(session); !updated)
        return updated.error();
    if (const Status announced = announce({DatabaseChange::Kind::SessionChanged, sessionId}); !announced)
        return announced.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this, sessionId] {
        Q_EMIT scorecardChanged(sessionId);
        Q_EMIT sessionChanged(sessionId);
    });
    return card;
}

} // namespace ir
