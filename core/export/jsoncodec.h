// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "questionrecord.h"
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
class JsonCodec final
{
public:
    static constexpr int FORMAT_VERSION = 1;
    static QString formatName();

    static QJsonObject sessionToJson(const Session &session, const Summary &summary);
    static QJsonObject questionToJson(const QuestionRecord &question);

    static QString timeToJson(qint64 epochMs);
    static std::optional<qint64> timeFromJson(const QString &text);

    // Streaming pieces, so a bulk export writes one session at a time:
    // head, then sessionEntry(first = true), sessionEntry(…), …, then tail.
    static QByteArray head(qint64 exportedAtMs);
    static QByteArray sessionEntry(const QJsonObject &session, bool first);
    static QByteArray tail(bool empty);
};

} // namespace ir
