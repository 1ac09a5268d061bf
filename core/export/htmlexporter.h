// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionreport.h"

#include <QString>

namespace ir {

// A session report as one self-contained HTML5 page (inline CSS, the chart as inline SVG,
// nothing loaded from elsewhere), so it opens offline and mails as a single file.
class HtmlExporter final
{
public:
    static QString render(const SessionReport &report);
};

} // namespace ir
