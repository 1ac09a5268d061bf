// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionreport.h"

#include <QString>

namespace ir {

// A session report as CommonMark/GFM: header table, figures, one section per question.
class MarkdownExporter final
{
public:
    static QString render(const SessionReport &report);

    // Backslash-escapes the characters that would otherwise become markup: inline markup
    // everywhere, and with blockMarkers also # - + = and "1." where a line starts.
    static QString escapeInline(const QString &text, bool blockMarkers = true);
};

} // namespace ir
