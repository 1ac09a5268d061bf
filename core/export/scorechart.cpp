// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorechart.h"

#include "reporttext.h"

namespace ir {
namespace {

// SVG user units; the chart scales with the page through its viewBox.
constexpr int LEFT = 40;
constexpr int RIGHT = 16;
constexpr int TOP = 28;
constexpr int BOTTOM = 28;
constexpr int PLOT_HEIGHT = 160;
constexpr int SLOT = 30;
constexpr int BAR = 18;
constexpr int MIN_WIDTH = 320;

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

double yOf(double score)
{
    return TOP + PLOT_HEIGHT * (1.0 - score / ScoreChart::MAX_SCORE);
}

} // namespace

ScoreChart::ScoreChart(const Summary &summary)
    : m_average(summary.averageScore)
{
    for (const QuestionRecord &question : summary.questions)
        m_bars.append({QStringLiteral("Q%1").arg(question.position), question.overallScore});
}

QString ScoreChart::title() const
{
    return ReportText::tr("Score per question");
}

QString ScoreChart::toSvg() const
{
    const int width = std::max(MIN_WIDTH, LEFT + int(m_bars.size()) * SLOT + RIGHT);
    const int height = TOP + PLOT_HEIGHT + BOTTOM;
    const int right = width - RIGHT;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"score-chart\" role=\"img\" "
                                 "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                                 "font-family=\"'Noto Sans CJK SC', sans-serif\" font-size=\"11\">\n")
                      .arg(width)
                      .arg(height);
    svg += QStringLiteral("<title>%1</title>\n").arg(title().toHtmlEscaped());
    for (int step = 0; step <= int(MAX_SCORE); step += GRID_STEP) {
        const QString y = num(yOf(step));
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#d0d0d0\"/>"
                              "<text x=\"%4\" y=\"%2\" dy=\"4\" text-anchor=\"end\" fill=\"#555\">%5</text>\n")
                   .arg(LEFT)
                   .arg(y)
                   .arg(right)
                   .arg(LEFT - 6)
                   .arg(step);
    }
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const double centre = LEFT + SLOT * (double(i) + 0.5);
        if (bar.score) {
            const double top = yOf(*bar.score);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3b78c2\">"
                                  "<title>%5: %6</title></rect>"
                                  "<text x=\"%7\" y=\"%2\" dy=\"-3\" text-anchor=\"middle\" fill=\"#222\">%6</text>\n")
                       .arg(num(centre - BAR / 2.0), num(top))
                       .arg(BAR)
                       .arg(num(TOP + PLOT_HEIGHT - top), bar.label, num(*bar.score), num(centre));
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#555\">%3</text>\n")
                   .arg(num(centre))
                   .arg(TOP + PLOT_HEIGHT + 16)
                   .arg(bar.label);
    }
    if (m_average) {
        const QString y = num(yOf(*m_average));
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#d9534f\" "
                              "stroke-dasharray=\"5 3\"/>"
                              "<text x=\"%3\" y=\"%2\" dy=\"-4\" text-anchor=\"end\" fill=\"#d9534f\">%4</text>\n")
                   .arg(LEFT)
                   .arg(y)
                   .arg(right)
                   .arg(ReportText::tr("Average %1").arg(num(*m_average)).toHtmlEscaped());
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"16\" fill=\"#222\" font-weight=\"bold\">%2</text>\n</svg>")
               .arg(LEFT)
               .arg(title().toHtmlEscaped());
    return svg;
}

} // namespace ir
