// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kit.h"
#include "questionrecord.h"
#include "scorecard.h"
#include "session.h"
#include "summary.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The wire shapes of the domain types, with the seed doc's field names.
namespace ir::http::mapping {

QJsonValue nullable(const std::optional<double> &value);
QJsonValue nullableTime(const std::optional<qint64> &epochMs);
QJsonValue nullableText(const QString &text);

// {session_id, session_name, status, created_at, interviewer, kit_id}
QJsonObject sessionBrief(const Session &session);
// sessionBrief plus total_questions and average_score
QJsonObject sessionListItem(const Session &session);
// Every field of a session.
QJsonObject sessionFull(const Session &session, qint64 nowMs);
QJsonObject questionFull(const QuestionRecord &record);
// {total_questions, completed_questions, average_score, session_status, start_time, end_time, duration}
QJsonObject summaryFigures(const Summary &summary);
QJsonObject questionSummary(const QuestionRecord &record);

// The question bank, kits and scorecards (issue 12).
QJsonObject bankQuestion(const BankQuestion &question);
QJsonObject competency(const Competency &competency);
QJsonObject kit(const Kit &kit);
// {bank_question_id, question_text, question_type, question_category, position}
QJsonObject plannedQuestion(const PlannedQuestion &question);
QJsonObject scorecard(const Scorecard &scorecard);

} // namespace ir::http::mapping
