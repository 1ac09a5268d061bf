// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "kit.h"
#include "questionrecord.h"
#include "scorecard.h"
#include "session.h"
#include "summary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ir {

// The lossless JSON export format (format "interview-recorder-export", version 1):
//   {"format", "format_version", "app_version", "exported_at", "sessions": [session…]}
// Each session carries every stored field and its questions in position order. Times are
// UTC ISO 8601 with milliseconds ("2025-09-05T05:32:19.000Z") so that nothing is lost and the
// file means the same in any time zone. Derived figures (total_questions, completed_questions,
// average_score, duration) are included for readers and recomputed on import.
// Issue 12 added, still version 1 (older files lack them and still import; readers of version 1
// that predate them skip them): a session's `interviewer` and `kit_id`, its `plan` (what it
// copied from its kit: [{position, bank_question_id, question_text, question_type,
// question_category, expected_answer}]) and its `scorecard`, the API's scorecard object whose
// competency_ratings also carry each competency's description, weight and rubric
// ({"1": text, …, "4": text}) as the session copied them, plus the scorecard's updated_at.
// A complete export (no filter) also holds the question bank and the kits, before the sessions:
// "bank_questions" (the API's bank question objects) and "kits" (the API's kit objects, with
// created_at and updated_at), so that a backup or a migration loses neither.
struct SessionReport;

class JsonCodec final
{
public:
    static constexpr int FORMAT_VERSION = 1;
    static QString formatName();

    // Everything about one session: its fields, questions, plan and scorecard.
    static QJsonObject sessionToJson(const SessionReport &report);
    // The session and its questions only (no plan, no scorecard).
    static QJsonObject sessionToJson(const Session &session, const Summary &summary);
    static QJsonObject questionToJson(const QuestionRecord &question);
    static QJsonObject scorecardToJson(const Scorecard &scorecard);
    static QJsonObject plannedQuestionToJson(const PlannedQuestion &question);
    static QJsonObject kitToJson(const Kit &kit);
    static QJsonObject competencyToJson(const Competency &competency);

    static QString timeToJson(qint64 epochMs);
    static std::optional<qint64> timeFromJson(const QString &text);

    // Streaming pieces, so a bulk export writes one session at a time:
    // head, then sessionEntry(first = true), sessionEntry(…), …, then tail.
    // With bank and kits (a complete export), their arrays come before "sessions".
    static QByteArray head(qint64 exportedAtMs, const QList<BankQuestion> *bank = nullptr,
                           const QList<Kit> *kits = nullptr);
    static QByteArray sessionEntry(const QJsonObject &session, bool first);
    static QByteArray tail(bool empty);

    // Everything stored about one person (the right of access, issue 13): the export's head
    // fields, "profile" (the candidate's stored fields) and "sessions" (each as sessionToJson).
    static QJsonObject personDocument(const Candidate &profile, const QList<SessionReport> &sessions,
                                      qint64 exportedAtMs);
};

} // namespace ir
