// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ir {

// The contract's error codes. The wire string of each is errorCodeName().
enum class ErrorCode {
    ValidationError,
    InvalidScore,
    InvalidSessionStatus,
    SessionAlreadyStarted,
    SessionAlreadyFinished,
    DuplicateQuestion,
    QuestionLimitExceeded,
    SessionLimitExceeded,
    SessionNotFound,
    QuestionNotFound,
    ScorecardSubmitted,
    KitNotFound,
    BankQuestionNotFound,
    CandidateNotFound,
    DatabaseError,
};

QString errorCodeName(ErrorCode code);

// A typed failure: the contract code, a human-readable message and field-level details.
struct Error
{
    ErrorCode code = ErrorCode::ValidationError;
    QString message;
    QString details;

    static Error validation(const QString &details);
    static Error database(const QString &details = {});
    static Error sessionNotFound(const QString &sessionId);
    static Error kitNotFound(const QString &kitId);
    static Error bankQuestionNotFound(const QString &bankQuestionId);
    static Error scorecardSubmitted(const QString &sessionId);
    static Error candidateNotFound(const QString &userId);
    static Error questionNotFound(const QString &questionId);
};

} // namespace ir
