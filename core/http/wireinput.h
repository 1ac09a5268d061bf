// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "questionrecord.h"
#include "session.h"

#include <QJsonObject>

#include <optional>

// The request bodies shared by several endpoints, read leniently and validated in one pass.
namespace ir::http::wireinput {

// {user_id*, session_name?, difficulty_level?, session_type?, estimated_duration?, metadata?,
//  interviewer?, kit_id?}
std::optional<ApiError> readSessionDraft(const QJsonObject &body, SessionDraft &draft);
// {session_id*, question_text*, question_type*, question_category?, candidate_answer*,
//  interviewer_feedback*, overall_score*}
std::optional<ApiError> readQuestion(const QJsonObject &body, QString &sessionId, QuestionDraft &draft);
// {status?, session_name?, difficulty_level?, session_type?, estimated_duration?, metadata?,
//  interviewer?}
std::optional<ApiError> readSessionPatch(const QJsonObject &body, SessionPatch &patch);

// An unknown session status is INVALID_SESSION_STATUS, as the contract says.
ApiError invalidStatus(const QString &value);

} // namespace ir::http::wireinput
