// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionrecord.h"
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

// {session_id, session_name, status, created_at}
QJsonObject sessionBrief(const Session &session);
// sessionBrief plus total_questions and average_score
QJsonObject sessionListItem(const Session &session);
// Every field of a session.
QJsonObject sessionFull(const Session &session, qint64 nowMs);
QJsonObject questionFull(const QuestionRecord &record);
// {total_questions, completed_questions, average_score, session_status, start_time, end_time, duration}
QJsonObject summaryFigures(const Summary &summary);
QJsonObject questionSummary(const QuestionRecord &record);

} // namespace ir::http::mapping
