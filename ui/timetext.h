// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ir::ui {

// How long a session took or has run, the same in the session header and the summary: H:MM:SS.
QString durationText(qint64 seconds);
// A moment (UTC epoch milliseconds) in local time, in the language's short date and time; "–" for none.
QString momentText(std::optional<qint64> epochMs);

} // namespace ir::ui
