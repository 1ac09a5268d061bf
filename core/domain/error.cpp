// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace ir {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ValidationError:
        return QStringLiteral("VALIDATION_ERROR");
    case ErrorCode::InvalidScore:
        return QStringLiteral("INVALID_SCORE");
    case ErrorCode::InvalidSessionStatus:
        return QStringLiteral("INVALID_SESSION_STATUS");
    case ErrorCode::SessionAlreadyStarted:
        return QStringLiteral("SESSION_ALREADY_STARTED");
    case ErrorCode::SessionAlreadyFinished:
        return QStringLiteral("SESSION_ALREADY_FINISHED");
    case ErrorCode::DuplicateQuestion:
        return QStringLiteral("DUPLICATE_QUESTION");
    case ErrorCode::QuestionLimitExceeded:
        return QStringLiteral("QUESTION_LIMIT_EXCEEDED");
    case ErrorCode::SessionLimitExceeded:
        return QStringLiteral("SESSION_LIMIT_EXCEEDED");
    case ErrorCode::SessionNotFound:
        return QStringLiteral("SESSION_NOT_FOUND");
    case ErrorCode::QuestionNotFound:
        return QStringLiteral("QUESTION_NOT_FOUND");
    case ErrorCode::ScorecardSubmitted:
        return QStringLiteral("SCORECARD_SUBMITTED");
    case ErrorCode::KitNotFound:
        return QStringLiteral("KIT_NOT_FOUND");
    case ErrorCode::BankQuestionNotFound:
        return QStringLiteral("BANK_QUESTION_NOT_FOUND");
    case ErrorCode::CandidateNotFound:
        return QStringLiteral("CANDIDATE_NOT_FOUND");
    case ErrorCode::DatabaseError:
        return QStringLiteral("DATABASE_ERROR");
    }
    return QStringLiteral("DATABASE_ERROR");
}

Error Error::validation(const QString &details)
{
    return {ErrorCode::ValidationError, QStringLiteral("数据验证失败"), details};
}

Error Error::database(const QString &details)
{
    // details never carry SQL or paths: callers pass a short, fixed description.
    return {ErrorCode::DatabaseError, QStringLiteral("数据库操作失败"), details};
}

Error Error::sessionNotFound(const QString &sessionId)
{
    return {ErrorCode::SessionNotFound, QStringLiteral("面试会话不存在"), QStringLiteral("session_id: ") + sessionId};
}

Error Error::questionNotFound(const QString &questionId)
{
    return {ErrorCode::QuestionNotFound, QStringLiteral("题目不存在"), QStringLiteral("question_id: ") + questionId};
}

Error Error::kitNotFound(const QString &kitId)
{
    return {ErrorCode::KitNotFound, QStringLiteral("面试套件不存在"), QStringLiteral("kit_id: ") + kitId};
}

Error Error::bankQuestionNotFound(const QString &bankQuestionId)
{
    return {ErrorCode::BankQuestionNotFound, QStringLiteral("题库题目不存在"),
            QStringLiteral("bank_question_id: ") + bankQuestionId};
}

Error Error::scorecardSubmitted(const QString &sessionId)
{
    return {ErrorCode::ScorecardSubmitted, QStringLiteral("评分卡已提交，不能再修改"),
            QStringLiteral("session_id: %1 has a submitted scorecard").arg(sessionId)};
}

Error Error::candidateNotFound(const QString &userId)
{
    return {ErrorCode::CandidateNotFound, QStringLiteral("候选人不存在"), QStringLiteral("user_id: ") + userId};
}

} // namespace ir
