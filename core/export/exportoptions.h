// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace ir {

// Choices that apply to every exporter; each ignores what does not concern it.
struct ExportOptions
{
    // CSV: start with a UTF-8 byte order mark so spreadsheet programs detect UTF-8 (Excel
    // shows Chinese as mojibake without it). Off for tools that choke on a BOM.
    bool csvByteOrderMark = true;
    // The "exported at" time printed in reports and stored in JSON; unset = the current time.
    std::optional<qint64> exportedAtMs;
};

// Bulk progress: called after each session with the sessions done and the total. Return
// false to cancel; the export then stops and reports itself cancelled.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ir
