// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartobject.h"

#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace ir {
namespace {

constexpr double HEIGHT_RATIO = 0.40;
const QColor BAR_COLOR(0x3b, 0x78, 0xc2);
const QColor AVERAGE_COLOR(0xd9, 0x53, 0x4f);
const QColor GRID_COLOR(0xd0, 0xd0, 0xd0);
const QColor LABEL_COLOR(0x55, 0x55, 0x55);

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

PdfChartObject::PdfChartObject(ScoreChart chart, QObject *parent)
    : QObject(parent)
    , m_chart(std::move(chart))
{ }

QSizeF PdfChartObject::intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format)
{
    Q_UNUSED(positionInDocument)
    Q_UNUSED(format)
    const double width = document->textWidth() > 0 ? document->textWidth() - 2 * document->documentMargin()
                                                   : document->pageSize().width() - 2 * document->documentMargin();
    return {width, width * HEIGHT_RATIO};
}

void PdfChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                                const QTextFormat &format)
{
    Q_UNUSED(positionInDocument)
    Q_UNUSED(format)
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = document->defaultFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const double line = metrics.height();
    const QRectF plot = rect.adjusted(metrics.horizontalAdvance(QStringLiteral("100")) + line * 0.5, line * 1.6,
                                      -line * 0.5, -line * 1.4);
    auto yOf = [&](double score) { return plot.bottom() - plot.height() * score / ScoreChart::MAX_SCORE; };

    QFont titleFont = font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    painter->drawText(QRectF(plot.left(), rect.top(), plot.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                      m_chart.title());
    painter->setFont(font);

    const double thin = std::max(1.0, line / 20);
    for (int step = 0; step <= int(ScoreChart::MAX_SCORE); step += ScoreChart::GRID_STEP) {
        const double y = yOf(step);
        painter->setPen(QPen(GRID_COLOR, thin));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter->setPen(LABEL_COLOR);
        painter->drawText(QRectF(rect.left(), y - line / 2, plot.left() - rect.left() - line * 0.3, line),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(step));
    }

    const QList<ScoreChart::Bar> &bars = m_chart.bars();
    const double slot = bars.isEmpty() ? plot.width() : plot.width() / double(bars.size());
    const double barWidth = std::min(slot * 0.6, line * 2.5);
    // With many questions, label every n-th bar so the labels do not overlap.
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("Q00")) * 1.2;
    const int labelEvery = std::max(1, int(std::ceil(labelWidth / slot)));
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const ScoreChart::Bar &bar = bars.at(i);
        const double centre = plot.left() + slot * (double(i) + 0.5);
        if (bar.score) {
            const QRectF barRect(centre - barWidth / 2, yOf(*bar.score), barWidth, plot.bottom() - yOf(*bar.score));
            painter->fillRect(barRect, BAR_COLOR);
            if (labelEvery == 1) {
                painter->setPen(Qt::black);
                painter->drawText(QRectF(centre - slot / 2, barRect.top() - line, slot, line),
                                  Qt::AlignHCenter | Qt::AlignBottom, num(*bar.score));
            }
        }
        if (i % labelEvery == 0) {
            painter->setPen(LABEL_COLOR);
            painter->drawText(QRectF(centre - labelWidth, plot.bottom() + line * 0.2, labelWidth * 2, line),
                              Qt::AlignHCenter | Qt::AlignTop, bar.label);
        }
    }
    if (const std::optional<double> average = m_chart.average()) {
        const double y = yOf(*average);
        painter->setPen(QPen(AVERAGE_COLOR, thin * 2, Qt::DashLine));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        // The label goes to the title row, where no bar can cover it.
        painter->drawText(QRectF(plot.left(), rect.top(), plot.width(), line * 1.4), Qt::AlignRight | Qt::AlignVCenter,
                          QStringLiteral("- - ") + ReportText::tr("Average %1").arg(num(*average)));
    }
    painter->restore();
}

} // namespace ir
