// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace ir {

// Qt 6.4 writes each embedded font's ToUnicode map by asking, for every code point from 0 up,
// which glyph it uses and keeping the first hit. CJK fonts share one glyph between a Kangxi
// radical (U+2F00–U+2FD5) and the ideograph it looks like (⼯ U+2F2F and 工 U+5DE5), so the
// radical wins and pdftotext, search and copy-paste yield lookalikes: "⾯试" instead of "面试".
// The CJK Radicals Supplement (U+2E80–U+2EFF) has the same problem for simplified forms (⻚ for
// 页, ⻔ for 门). This rewrites those entries to the ideograph in place. The codes have the same length, so
// stream lengths, offsets and the xref table stay valid.
class PdfToUnicodeFix final
{
public:
    // Returns how many entries were rewritten.
    static int apply(QByteArray &pdf);
    // The ideograph for a radical code point; other code points come back unchanged.
    static char32_t canonical(char32_t codePoint);
};

} // namespace ir
