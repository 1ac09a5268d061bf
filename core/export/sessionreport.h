// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "kit.h"
#include "result.h"
#include "scorecard.h"
#include "session.h"
#include "summary.h"

namespace ir {

class InterviewService;

// Everything a report about one session shows: the session, its figures and questions (in
// summary.questions, by position), its scorecard and the plan it copied from its kit, and when
// the report was made.
struct SessionReport
{
    Session session;
    Summary summary;
    qint64 exportedAtMs = 0;
    Scorecard scorecard; // every session has one (no competencies without a kit)
    QList<PlannedQuestion> plan;

    // Reads one session through the service (SESSION_NOT_FOUND when it does not exist).
    static Result<SessionReport> load(InterviewService &service, const QString &sessionId,
                                      const ExportOptions &options);
    // The export time of options, or the current time.
    static qint64 exportTime(const ExportOptions &options);
};

} // namespace ir
