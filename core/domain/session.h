// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ir {

// One interview session as stored, with the question aggregates filled in by reads.
struct Session
{
    QString sessionId;
    QString userId;
    QString sessionName; // empty when none was given
    SessionType sessionType = SessionType::KnowledgeBased;
    DifficultyLevel difficultyLevel = DifficultyLevel::Medium;
    SessionStatus status = SessionStatus::Pending;
    int estimatedDuration = 60; // minutes
    Recommendation recommendation = Recommendation::NoDecision;
    QString notes;
    QJsonObject metadata;
    qint64 createdAt = 0; // UTC epoch milliseconds, like every time below
    qint64 updatedAt = 0;
    std::optional<qint64> startTime;
    std::optional<qint64> endTime;
    Source source = Source::Ui; // who created it
    Source updatedBy = Source::Ui; // who wrote it last
    QString interviewer; // who conducts it; empty when nobody was named
    QString kitId; // the kit it was planned from; empty when none

    int totalQuestions = 0;
    int completedQuestions = 0;
    std::optional<double> averageScore; // rounded to 1 decimal; nullopt when nothing is scored
};

// What a caller supplies to create a session; unset optionals take the defaults.
struct SessionDraft
{
    QString userId;
    QString sessionName;
    std::optional<SessionType> sessionType;
    std::optional<DifficultyLevel> difficultyLevel;
    std::optional<int> estimatedDuration;
    QJsonObject metadata;
    Recommendation recommendation = Recommendation::NoDecision;
    QString notes;
    QString interviewer;
    QString kitId; // copies the kit's competencies and planned questions; its type, difficulty
                   // and duration fill in the unset optionals above
};

// A partial update: only the set fields change. A status change follows the lifecycle.
struct SessionPatch
{
    std::optional<SessionStatus> status;
    std::optional<QString> sessionName;
    std::optional<SessionType> sessionType;
    std::optional<DifficultyLevel> difficultyLevel;
    std::optional<int> estimatedDuration;
    std::optional<QJsonObject> metadata;
    std::optional<Recommendation> recommendation;
    std::optional<QString> notes;
    std::optional<QString> interviewer;

    bool isEmpty() const
    {
        return !status && !sessionName && !sessionType && !difficultyLevel && !estimatedDuration && !metadata
            && !recommendation && !notes && !interviewer;
    }
};

} // namespace ir
