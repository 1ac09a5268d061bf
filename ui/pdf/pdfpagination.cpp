// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagination.h"

#include <algorithm>
#include <limits>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace ir {
namespace {

// In device pixels: far below a line's height, above the layout's 1/64 pixel grid.
constexpr qreal HAIR = 0.1;

// One laid-out line in document coordinates.
struct LineBox
{
    qreal top = 0;
    qreal bottom = 0;
    int blockPosition = 0;
    int line = 0;
    int textStart = 0; // in the block
    bool heading = false;
};

// The lines of every block that reaches below from, up to the first top-level block past until.
QList<LineBox> lineBoxes(QTextDocument &document, qreal from, qreal until)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QTextFrame *root = document.rootFrame();
    QList<LineBox> boxes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        if (!block.isVisible() || !text || rect.bottom() < from)
            continue;
        if (rect.top() > until && document.frameAt(block.position()) == root)
            break;
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const qreal top = rect.top() + line.y();
            boxes.append({top, top + line.height(), block.position(), i, line.textStart(), heading});
        }
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](const LineBox &a, const LineBox &b) { return a.top < b.top; });
    return boxes;
}

// Where the page that starts at top ends: at the top of a line, never through one, not below a heading.
qreal breakBelow(const QList<LineBox> &boxes, qreal top, qreal pageHeight)
{
    const qreal limit = top + pageHeight;
    qreal at = limit;
    for (const LineBox &box : boxes) {
        if (box.top >= top - HAIR && box.bottom > limit + HAIR)
            at = std::min(at, box.top);
    }
    // A line beside the one that does not fit (another table cell) goes with it.
    const auto clearOfLines = [&boxes](qreal y) {
        for (bool moved = true; moved;) {
            moved = false;
            for (const LineBox &box : boxes) {
                if (box.top < y - HAIR && box.bottom > y + HAIR) {
                    y = box.top;
                    moved = true;
                }
            }
        }
        return y;
    };
    at = clearOfLines(at);
    // A heading stays with what follows it: the break moves above it (and above the heading
    // before it), unless that would leave the page empty.
    for (;;) {
        const LineBox *last = nullptr;
        for (const LineBox &box : boxes) {
            if (box.top >= top - HAIR && box.bottom <= at + HAIR && (!last || box.top >= last->top))
                last = &box;
        }
        if (!last || !last->heading)
            break;
        qreal headingTop = last->top;
        for (const LineBox &box : boxes) {
            if (box.blockPosition == last->blockPosition)
                headingTop = std::min(headingTop, box.top);
        }
        headingTop = clearOfLines(headingTop);
        if (headingTop <= top + HAIR)
            break;
        at = headingTop;
    }
    if (at <= top + HAIR) {
        // Not even the first line fits (taller than a page): it gets a page of its own.
        for (const LineBox &box : boxes) {
            if (box.top >= top - HAIR)
                return std::max(box.bottom, top + pageHeight);
        }
    }
    return at;
}

// Splits every block that has lines on both sides of at, so that no block crosses the break.
// Returns whether the document changed.
bool splitAt(QTextDocument &document, const QList<LineBox> &boxes, qreal at)
{
    QList<int> positions;
    for (const LineBox &box : boxes) {
        if (box.line > 0 && box.top >= at - HAIR) {
            const bool continued = std::any_of(boxes.cbegin(), boxes.cend(), [&box, at](const LineBox &other) {
                return other.blockPosition == box.blockPosition && other.line == box.line - 1 && other.top < at - HAIR;
            });
            if (continued)
                positions << box.blockPosition + box.textStart;
        }
    }
    // From the end, so that the positions before stay valid.
    std::sort(positions.begin(), positions.end(), std::greater<>());
    for (int position : positions) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        // The second part continues the paragraph: no space above it, at the top of its page.
        QTextBlockFormat format = cursor.blockFormat();
        format.setTopMargin(0);
        cursor.insertBlock(format, cursor.charFormat());
    }
    return !positions.isEmpty();
}

} // namespace

QList<QRectF> PdfPagination::paginate(QTextDocument &document, qreal pageHeight)
{
    const qreal width = document.textWidth();
    QList<QRectF> pages;
    qreal top = 0;
    for (;;) {
        const qreal end = document.documentLayout()->documentSize().height();
        if (end <= top + pageHeight + HAIR) {
            pages.append(QRectF(0, top, width, std::max(end - top, HAIR)));
            return pages;
        }
        QList<LineBox> boxes = lineBoxes(document, top, top + 2 * pageHeight);
        const qreal at = breakBelow(boxes, top, pageHeight);
        if (splitAt(document, boxes, at))
            boxes = lineBoxes(document, top, top + 2 * pageHeight);
        pages.append(QRectF(0, top, width, at - top));
        // Everything at or below the break only moved down: the next page starts at its first line.
        qreal next = std::numeric_limits<qreal>::max();
        for (const LineBox &box : boxes) {
            if (box.top >= at - HAIR)
                next = std::min(next, box.top);
        }
        if (next == std::numeric_limits<qreal>::max()) {
            // Far below (past a tall gap): look through the rest.
            for (const LineBox &box : lineBoxes(document, at, std::numeric_limits<qreal>::max()))
                next = std::min(next, box.top);
        }
        if (next == std::numeric_limits<qreal>::max())
            return pages; // only margins below
        top = next;
    }
}

QRectF PdfPagination::clipFor(const QRectF &page)
{
    return page.adjusted(0, HAIR, 0, -HAIR);
}

} // namespace ir
