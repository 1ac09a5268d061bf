// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"
#include "result.h"
#include "scorecard.h"

#include <QSqlDatabase>

namespace ir {

// SQL for what a session copied from its kit (session_plan) and its scorecard (scorecards,
// scorecard_ratings). Callers own transactions.
class ScorecardRepository final
{
public:
    explicit ScorecardRepository(QSqlDatabase db);

    // The session's scorecard with its interviewer and recommendation (from the session row);
    // competencies in the kit's order. A session that has none stored gets an empty, unsubmitted
    // one. The caller checks that the session exists.
    Result<Scorecard> find(const QString &sessionId);
    // Replaces the stored scorecard and its ratings (not the session's recommendation or interviewer).
    Status store(const Scorecard &scorecard);

    Status insertPlan(const QString &sessionId, const QList<PlannedQuestion> &plan);
    Result<QList<PlannedQuestion>> plan(const QString &sessionId);
    // The first planned question whose trimmed text no question of the session has, and how many
    // planned questions are in that state.
    Result<NextQuestion> next(const QString &sessionId);

private:
    QSqlDatabase m_db;
};

} // namespace ir
