// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"

#include <QJsonObject>

// The wire shapes of candidates, comparison, calibration and the audit log (issue 13).
namespace ir::http::mapping {

// {user_id, display_name, email, position, notes, created_at, updated_at, sessions, last_session_at,
//  average_score, latest_recommendation}
QJsonObject candidate(const Candidate &candidate);
// {user_id, display_name, sessions, average_score, average_by_type, competencies, latest_recommendation}
QJsonObject comparisonRow(const ComparisonRow &row);
// {interviewer, sessions, questions, mean_score, score_stddev, recommendations, ai_review}
QJsonObject interviewerStats(const InterviewerStats &stats);
// {at, action, actor, subject, count}
QJsonObject auditEntry(const AuditEntry &entry);

} // namespace ir::http::mapping
