// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QString>

#include <optional>

namespace ir {

// One question of a session with the candidate's answer, the feedback and the score.
struct QuestionRecord
{
    QString questionId; // <session_id>_qNNN
    QString sessionId;
    int position = 0; // 1-based
    QString questionText;
    QuestionType questionType = QuestionType::Technical;
    QString questionCategory; // empty when none
    QString candidateAnswer;
    QString interviewerFeedback;
    std::optional<double> overallScore;
    qint64 createdAt = 0; // UTC epoch milliseconds
    qint64 updatedAt = 0;
    Source source = Source::Ui; // who created it
    Source updatedBy = Source::Ui; // who wrote it last
    bool reviewed = true; // false for API records until the interviewer accepts or edits them

    // A question counts as completed once it has an answer and a score.
    bool isCompleted() const { return !candidateAnswer.trimmed().isEmpty() && overallScore.has_value(); }
};

// What a caller supplies to add a question.
struct QuestionDraft
{
    QString questionText;
    QuestionType questionType = QuestionType::Technical;
    QString questionCategory;
    QString candidateAnswer;
    QString interviewerFeedback;
    std::optional<double> overallScore;
};

// A partial update of a question; only the set fields change.
struct QuestionPatch
{
    std::optional<QString> questionText;
    std::optional<QuestionType> questionType;
    std::optional<QString> questionCategory;
    std::optional<QString> candidateAnswer;
    std::optional<QString> interviewerFeedback;
    std::optional<std::optional<double>> overallScore; // set to nullopt inside to clear the score
    std::optional<bool> reviewed;
};

} // namespace ir
