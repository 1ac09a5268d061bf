// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ir::wiretime {

// YYYY-MM-DDTHH:MM:SS in the machine's local time, as every timestamp of the API.
QString format(qint64 epochMs);
// The same with microseconds, as /health's timestamp.
QString formatPrecise(qint64 epochMs);
// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.fff]] (local time) or with Z / ±HH:MM.
std::optional<qint64> parse(const QString &text);
// The last millisecond of the period text names, for inclusive upper bounds: "2025-09-05" is
// the whole day, "…T13:32" the whole minute, "…T13:32:19" the whole second.
std::optional<qint64> parseEnd(const QString &text);

} // namespace ir::wiretime
