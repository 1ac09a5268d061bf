// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "questionrecord.h"

#include <QList>
#include <QMap>

#include <optional>

namespace ir {

// The figures of one session, as GET /dify/interview/{id}/summary and the summary panel show them.
struct Summary
{
    QString sessionId;
    int totalQuestions = 0;
    int completedQuestions = 0;
    std::optional<double> averageScore; // 1 decimal; nullopt when no question is scored
    SessionStatus sessionStatus = SessionStatus::Pending;
    std::optional<qint64> startTime;
    std::optional<qint64> endTime;
    std::optional<double> durationMinutes; // 1 decimal; to now while in progress; nullopt if never started
    QMap<QuestionType, double> averageByType; // 1 decimal, only types with a scored question
    QList<QuestionRecord> questions; // in position order
};

} // namespace ir
