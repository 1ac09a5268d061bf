// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireinput.h"

#include "jsonbody.h"
#include "rules.h"

namespace ir::http::wireinput {
namespace {

const QString SESSION_ID = QStringLiteral("session_id");

} // namespace

ApiError invalidStatus(const QString &value)
{
    return ApiError::fromError({ErrorCode::InvalidSessionStatus, QStringLiteral("会话状态错误"),
                                QStringLiteral("status: '%1' is not one of: %2")
                                    .arg(value, wireValues<SessionStatus>().join(QStringLiteral(", ")))});
}

std::optional<ApiError> readSessionDraft(const QJsonObject &body, SessionDraft &draft)
{
    JsonBody reader(body);
    draft.userId = reader.requiredString(QStringLiteral("user_id"));
    draft.sessionName = reader.optionalString(QStringLiteral("session_name")).value_or(QString());
    draft.difficultyLevel = reader.enumValue<DifficultyLevel>(QStringLiteral("difficulty_level"), false);
    draft.sessionType = reader.enumValue<SessionType>(QStringLiteral("session_type"), false);
    draft.estimatedDuration = reader.integer(QStringLiteral("estimated_duration"), false);
    draft.metadata = reader.object(QStringLiteral("metadata")).value_or(QJsonObject());
    draft.interviewer = reader.optionalString(QStringLiteral("interviewer")).value_or(QString());
    draft.kitId = reader.optionalString(QStringLiteral("kit_id")).value_or(QString()).trimmed();
    return reader.finish(rules::validate(draft));
}

std::optional<ApiError> readQuestion(const QJsonObject &body, QString &sessionId, QuestionDraft &draft)
{
    JsonBody reader(body);
    sessionId = reader.requiredString(SESSION_ID);
    if (!sessionId.isNull() && rules::isBlank(sessionId))
        reader.addError(SESSION_ID, QStringLiteral("must not be blank"));
    draft.questionText = reader.requiredString(QStringLiteral("question_text"));
    draft.questionType
        = reader.enumValue<QuestionType>(QStringLiteral("question_type"), true).value_or(QuestionType::Technical);
    draft.questionCategory = reader.optionalString(QStringLiteral("question_category")).value_or(QString());
    draft.candidateAnswer = reader.requiredString(QStringLiteral("candidate_answer"));
    draft.interviewerFeedback = reader.requiredString(QStringLiteral("interviewer_feedback"));
    draft.overallScore = reader.number(QStringLiteral("overall_score"), true);
    return reader.finish(rules::validate(draft, rules::Completeness::Complete));
}

std::optional<ApiError> readSessionPatch(const QJsonObject &body, SessionPatch &patch)
{
    JsonBody reader(body);
    const std::optional<QString> status = reader.optionalString(QStringLiteral("status"));
    bool badStatus = false;
    if (status) {
        patch.status = fromWire<SessionStatus>(*status);
        badStatus = !patch.status;
    }
    patch.sessionName = reader.optionalString(QStringLiteral("session_name"));
    patch.difficultyLevel = reader.enumValue<DifficultyLevel>(QStringLiteral("difficulty_level"), false);
    patch.sessionType = reader.enumValue<SessionType>(QStringLiteral("session_type"), false);
    patch.estimatedDuration = reader.integer(QStringLiteral("estimated_duration"), false);
    patch.metadata = reader.object(QStringLiteral("metadata"));
    patch.interviewer = reader.optionalString(QStringLiteral("interviewer"));
    if (badStatus && !reader.hasErrors())
        return invalidStatus(*status);
    if (badStatus)
        reader.addError(QStringLiteral("status"), QStringLiteral("unknown session status"));
    return reader.finish(rules::validate(patch));
}

} // namespace ir::http::wireinput
