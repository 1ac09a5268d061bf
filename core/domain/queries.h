// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace ir {

// One page of a longer result; total counts every match, not just this page.
template<typename T>
struct Page
{
    QList<T> items;
    qint64 total = 0;
};

enum class SessionSortKey {
    CreatedAt,
    UserId,
    SessionName,
    SessionType,
    DifficultyLevel,
    Status,
    QuestionCount,
    AverageScore,
};

// Which sessions to list: every set criterion must hold.
struct SessionFilter
{
    QString userId; // exact match
    QString searchText; // substring of user id, session name or session id
    std::optional<SessionStatus> status;
    std::optional<SessionType> sessionType;
    std::optional<DifficultyLevel> difficultyLevel;
    std::optional<qint64> createdFrom; // inclusive, epoch ms
    std::optional<qint64> createdTo; // exclusive, epoch ms
    SessionSortKey sortKey = SessionSortKey::CreatedAt;
    bool descending = true;
    int offset = 0;
    int limit = 50;
};

// The filters and paging of GET /records; newest first.
struct RecordFilter
{
    QString sessionId;
    QString userId;
    std::optional<QuestionType> questionType;
    QString questionCategory;
    std::optional<double> minScore;
    std::optional<double> maxScore;
    std::optional<qint64> since; // inclusive, epoch ms
    std::optional<qint64> until; // inclusive, epoch ms
    QString text; // substring of question, answer or feedback
    int page = 1;
    int pageSize = 20;
};

} // namespace ir
