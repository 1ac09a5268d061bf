// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorechart.h"

#include <QObject>
#include <QTextObjectInterface>

namespace ir {

// Draws the score chart inside a QTextDocument as vector graphics (a custom text object), so
// it flows with the report and stays sharp in the PDF.
class PdfChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(PdfChartObject)

public:
    static constexpr int OBJECT_TYPE = QTextFormat::UserObject + 1;

    explicit PdfChartObject(ScoreChart chart, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    ScoreChart m_chart;
};

} // namespace ir
