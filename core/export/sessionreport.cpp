// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionreport.h"

#include "interviewservice.h"

#include <QDateTime>

namespace ir {

Result<SessionReport> SessionReport::load(InterviewService &service, const QString &sessionId,
                                          const ExportOptions &options)
{
    const Result<Session> session = service.session(sessionId);
    if (!session)
        return session.error();
    Result<Summary> summary = service.summary(sessionId);
    if (!summary)
        return summary.error();
    Result<Scorecard> scorecard = service.scorecard(sessionId);
    if (!scorecard)
        return scorecard.error();
    Result<QList<PlannedQuestion>> plan = service.plannedQuestions(sessionId);
    if (!plan)
        return plan.error();
    return SessionReport {*session, std::move(summary).value(), exportTime(options), std::move(scorecard).value(),
                          std::move(plan).value()};
}

qint64 SessionReport::exportTime(const ExportOptions &options)
{
    return options.exportedAtMs.value_or(QDateTime::currentMSecsSinceEpoch());
}

} // namespace ir
