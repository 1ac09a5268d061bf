// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ir::ids {

// session_YYYYMMDD_HHMMSS_<8 lowercase hex>, from the local time of creation and a
// suffix drawn from the operating system's cryptographically secure generator.
QString makeSessionId(qint64 createdAtMs);
bool isSessionId(const QString &text);

// <session_id>_qNNN, NNN the 1-based position zero-padded to three digits.
QString makeQuestionId(const QString &sessionId, int position);
// The session part and the position of a well-formed question ID.
std::optional<std::pair<QString, int>> parseQuestionId(const QString &questionId);

// kit_<12 lowercase hex> and bq_<12 lowercase hex>, from the secure generator.
QString makeKitId();
QString makeBankQuestionId();

} // namespace ir::ids
