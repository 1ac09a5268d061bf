// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "kit.h"
#include "scorecard.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

// The request bodies of the question bank, the kits and the scorecards (issue 12), read as
// leniently as the rest of the API: lists and objects may arrive as strings holding JSON (Dify
// sends every body property as a string), numbers as strings, blank optionals as "". Problems
// inside a list are named by their path: competencies[2].key, competency_ratings[0].rating.
namespace ir::http::planninginput {

// Bank questions per page, as GET /records.
inline constexpr int DEFAULT_PAGE_SIZE = 20;
inline constexpr int MAX_PAGE_SIZE = 100;

// {question_text*, question_type?, question_category?, difficulty_level?, tags?, expected_answer?}
std::optional<ApiError> readBankQuestion(const QJsonObject &body, BankQuestion &draft);
std::optional<ApiError> readBankQuestionPatch(const QJsonObject &body, BankQuestionPatch &patch);
// ?q=&question_type=&question_category=&tag=&page=&page_size=
std::optional<ApiError> readBankFilter(const QHash<QString, QString> &query, BankFilter &filter);

// {name*, position?, session_type?, difficulty_level?, estimated_duration?,
//  competencies?: [{key*, name*, description?, weight?, rubric?: {"1".."4"}}], bank_question_ids?}
std::optional<ApiError> readKit(const QJsonObject &body, Kit &draft);
std::optional<ApiError> readKitPatch(const QJsonObject &body, KitPatch &patch);

// {competency_ratings?: [{key*, rating? (1-4 or null), note?}], recommendation?, strengths?,
//  concerns?, submitted?}. "submitted": false alone reads as an empty patch without an error: it
// changes nothing unless the scorecard is submitted, which only the caller can tell.
std::optional<ApiError> readScorecardPatch(const QJsonObject &body, ScorecardPatch &patch);

} // namespace ir::http::planninginput
