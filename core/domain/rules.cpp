// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QJsonDocument>

#include <cmath>

namespace ir::rules {
namespace {

QString field(const Length &rule)
{
    return QString::fromUtf16(rule.field);
}

void checkScore(FieldErrors &errors, bool &scoreOutOfRange, const std::optional<double> &score, bool required)
{
    if (!score) {
        if (required)
            errors.add(QStringLiteral("overall_score"), QStringLiteral("field required"));
        return;
    }
    if (!std::isfinite(*score))
        errors.add(QStringLiteral("overall_score"), QStringLiteral("must be a finite number"));
    else if (!isValidScore(*score))
        scoreOutOfRange = true;
}

std::optional<Error> finish(const FieldErrors &errors, bool scoreOutOfRange)
{
    const QString scoreProblem = QStringLiteral("overall_score: must be between 0 and 10");
    if (!errors.isEmpty()) {
        QString details = errors.details();
        if (scoreOutOfRange)
            details += QStringLiteral("; ") + scoreProblem;
        return Error::validation(details);
    }
    if (scoreOutOfRange)
        return Error {ErrorCode::InvalidScore, QStringLiteral("分数范围错误（应为0-10）"), scoreProblem};
    return std::nullopt;
}

void checkDuration(FieldErrors &errors, const std::optional<int> &minutes)
{
    if (minutes && !isValidDuration(*minutes)) {
        errors.add(QStringLiteral("estimated_duration"),
                   QStringLiteral("must be between %1 and %2 minutes").arg(MIN_DURATION).arg(MAX_DURATION));
    }
}

void checkMetadata(FieldErrors &errors, const std::optional<QJsonObject> &metadata)
{
    if (metadata && !isValidMetadata(*metadata)) {
        errors.add(QStringLiteral("metadata"),
                   QStringLiteral("must be at most %1 bytes when serialized").arg(MAX_METADATA_BYTES));
    }
}

} // namespace

qsizetype characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

void FieldErrors::add(const QString &fieldName, const QString &problem)
{
    m_problems << fieldName + QStringLiteral(": ") + problem;
}

void FieldErrors::checkLength(const Length &rule, const QString &text)
{
    if (rule.min > 0 && isBlank(text)) {
        add(field(rule), text.isEmpty() ? QStringLiteral("field required") : QStringLiteral("must not be blank"));
        return;
    }
    const qsizetype count = characterCount(text);
    if (count < rule.min || count > rule.max) {
        add(field(rule),
            QStringLiteral("length must be between %1 and %2 characters (got %3)")
                .arg(rule.min)
                .arg(rule.max)
                .arg(count));
    }
}

std::optional<Error> validate(const SessionDraft &draft)
{
    FieldErrors errors;
    errors.checkLength(USER_ID, draft.userId);
    if (!draft.sessionName.isEmpty())
        errors.checkLength(SESSION_NAME, draft.sessionName);
    checkDuration(errors, draft.estimatedDuration);
    checkMetadata(errors, draft.metadata);
    errors.checkLength(NOTES, draft.notes);
    if (!draft.interviewer.isEmpty())
        errors.checkLength(INTERVIEWER, draft.interviewer);
    return finish(errors, false);
}

std::optional<Error> validate(const SessionPatch &patch)
{
    FieldErrors errors;
    if (patch.isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("no field to update"));
    if (patch.sessionName && !patch.sessionName->isEmpty())
        errors.checkLength(SESSION_NAME, *patch.sessionName);
    checkDuration(errors, patch.estimatedDuration);
    checkMetadata(errors, patch.metadata);
    if (patch.notes)
        errors.checkLength(NOTES, *patch.notes);
    if (patch.interviewer && !patch.interviewer->isEmpty())
        errors.checkLength(INTERVIEWER, *patch.interviewer);
    return finish(errors, false);
}

std::optional<Error> validate(const QuestionDraft &draft, Completeness completeness)
{
    const bool complete = completeness == Completeness::Complete;
    FieldErrors errors;
    bool scoreOutOfRange = false;
    errors.checkLength(QUESTION_TEXT, draft.questionText);
    if (!draft.questionCategory.isEmpty())
        errors.checkLength(QUESTION_CATEGORY, draft.questionCategory);
    if (complete || !draft.candidateAnswer.isEmpty())
        errors.checkLength(CANDIDATE_ANSWER, draft.candidateAnswer);
    if (complete || !draft.interviewerFeedback.isEmpty())
        errors.checkLength(INTERVIEWER_FEEDBACK, draft.interviewerFeedback);
    checkScore(errors, scoreOutOfRange, draft.overallScore, complete);
    return finish(errors, scoreOutOfRange);
}

std::optional<Error> validate(const QuestionPatch &patch)
{
    FieldErrors errors;
    bool scoreOutOfRange = false;
    if (patch.questionText)
        errors.checkLength(QUESTION_TEXT, *patch.questionText);
    if (patch.questionCategory && !patch.questionCategory->isEmpty())
        errors.checkLength(QUESTION_CATEGORY, *patch.questionCategory);
    if (patch.candidateAnswer && !patch.candidateAnswer->isEmpty())
        errors.checkLength(CANDIDATE_ANSWER, *patch.candidateAnswer);
    if (patch.interviewerFeedback && !patch.interviewerFeedback->isEmpty())
        errors.checkLength(INTERVIEWER_FEEDBACK, *patch.interviewerFeedback);
    if (patch.overallScore)
        checkScore(errors, scoreOutOfRange, *patch.overallScore, false);
    return finish(errors, scoreOutOfRange);
}

bool isValidScore(double score)
{
    return std::isfinite(score) && score >= MIN_SCORE && score <= MAX_SCORE;
}

bool isValidDuration(int minutes)
{
    return minutes >= MIN_DURATION && minutes <= MAX_DURATION;
}

bool isValidMetadata(const QJsonObject &metadata)
{
    return QJsonDocument(metadata).toJson(QJsonDocument::Compact).size() <= MAX_METADATA_BYTES;
}

std::optional<Error> checkTransition(SessionStatus from, SessionStatus to)
{
    const QString details = QStringLiteral("status: cannot change from %1 to %2").arg(toWire(from), toWire(to));
    if (isFinished(from))
        return Error {ErrorCode::SessionAlreadyFinished, QStringLiteral("会话已经结束"), details};
    if (from == SessionStatus::InProgress && (to == SessionStatus::Pending || to == SessionStatus::InProgress))
        return Error {ErrorCode::SessionAlreadyStarted, QStringLiteral("会话已经开始"), details};
    if (from == SessionStatus::Pending && (to == SessionStatus::Completed || to == SessionStatus::Pending))
        return Error {ErrorCode::InvalidSessionStatus, QStringLiteral("会话状态错误"), details};
    return std::nullopt;
}

double roundToTenth(double value)
{
    // The nudge makes binary near-halves such as 8.35 (stored as 8.3499…) round as decimals do.
    return std::round(value * 10.0 + 1e-7) / 10.0;
}

} // namespace ir::rules
