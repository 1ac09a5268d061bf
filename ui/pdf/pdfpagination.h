// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

class QTextDocument;

namespace ir {

// Cuts a report laid out as one tall page (QTextDocument::setTextWidth) into pages, so that
// every line is printed once, whole, on one page, and no heading ends a page.
//
// Qt's own pagination does neither: QTextLayout::draw also draws the last line above its clip
// rectangle and a line starting exactly at its bottom, so a paragraph that crosses a page
// repeats a line on the next page and a line at a page's foot is printed over the footer; and
// QTextDocument has no "keep with next" for headings. Here breaks fall only between lines, a
// paragraph that crosses a break is split into two blocks there (so that no block reaches over
// a page edge and the layout's off-by-one has nothing to draw), and a break below a heading
// block (headingLevel > 0) moves above it.
class PdfPagination final
{
public:
    // Splits blocks of document where pages break; returns each page's rectangle in document
    // coordinates (full width, at most pageHeight tall).
    static QList<QRectF> paginate(QTextDocument &document, qreal pageHeight);
    // The clip to draw page with: its rectangle, a hair inside, so that the neighbours' lines
    // that touch its edges stay out.
    static QRectF clipFor(const QRectF &page);
};

} // namespace ir
