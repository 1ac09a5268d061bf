// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QList>
#include <QString>

#include <optional>

namespace ir {

// The score chart of a report: one bar per question (0–10) and the average as a line. The
// HTML report embeds it as SVG generated here (no QtGui in core); the PDF report paints the
// same bars with QPainter.
class ScoreChart final
{
public:
    struct Bar
    {
        QString label; // Q1, Q2, …
        std::optional<double> score;
    };

    explicit ScoreChart(const Summary &summary);

    const QList<Bar> &bars() const { return m_bars; }
    std::optional<double> average() const { return m_average; }
    bool isEmpty() const { return m_bars.isEmpty(); }
    QString title() const;
    // A self-contained <svg> element, ready to inline into HTML.
    QString toSvg() const;

    static constexpr double MAX_SCORE = 10.0;
    static constexpr int GRID_STEP = 2;

private:
    QList<Bar> m_bars;
    std::optional<double> m_average;
};

} // namespace ir
