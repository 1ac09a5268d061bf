// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "enumnames.h"
#include "reporttext.h"
#include "scorechart.h"

namespace ir {
namespace {

const QString STYLE = QStringLiteral(
    "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
    "color:#222;line-height:1.5}\n"
    "table.header{border-collapse:collapse}\n"
    "table.header th,table.header td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}\n"
    "table.header th{background:#f4f4f4;font-weight:normal;color:#555}\n"
    "table.competencies{border-collapse:collapse;margin-top:1em;width:100%}\n"
    "table.competencies th,table.competencies td{border:1px solid #ccc;padding:.25em .6em;text-align:left;"
    "vertical-align:top}\n"
    "table.competencies th{background:#f4f4f4;font-weight:normal;color:#555}\n"
    "table.competencies td.level,table.competencies td.note{white-space:pre-wrap}\n"
    ".figures{display:flex;flex-wrap:wrap;gap:1em;padding:0;list-style:none}\n"
    ".figures li{border:1px solid #ccc;border-radius:4px;padding:.4em .8em}\n"
    ".question{border-top:1px solid #ccc;padding-top:.5em;margin-top:1em}\n"
    ".meta{color:#555}\n"
    ".question.unreviewed{border-left:4px solid #c77700;padding-left:.8em}\n"
    ".unreviewed .author{color:#8a4b00;font-weight:bold}\n"
    ".text{white-space:pre-wrap;margin:.2em 0 .8em 1em}\n"
    "footer{margin-top:2em;color:#777;font-size:.9em}\n"
    "@media print{.question{break-inside:avoid-page}}\n");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void row(QString &out, const QString &label, const QString &value)
{
    out += QStringLiteral("<tr><th>") + esc(label) + QStringLiteral("</th><td>") + esc(value)
        + QStringLiteral("</td></tr>\n");
}

QString textBlock(const QString &label, const QString &text)
{
    return QStringLiteral("<h4>") + esc(label) + QStringLiteral("</h4>\n<div class=\"text\">")
        + esc(text.isEmpty() ? ReportText::placeholder() : text) + QStringLiteral("</div>\n");
}

QString scorecardSection(const Scorecard &card)
{
    QString out = QStringLiteral("<section class=\"scorecard\">\n<h2>") + esc(ReportText::tr("Scorecard"))
        + QStringLiteral("</h2>\n<table class=\"header\">\n");
    for (const auto &[label, value] : ReportText::scorecardRows(card))
        row(out, label, value);
    out += QStringLiteral("</table>\n");
    if (!card.ratings.isEmpty()) {
        out += QStringLiteral("<table class=\"competencies\">\n<thead><tr>");
        for (const QString &label : ReportText::competencyColumns())
            out += QStringLiteral("<th>") + esc(label) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        static const QStringList classes {QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("rating"),
                                          QStringLiteral("level"), QStringLiteral("note")};
        for (const QStringList &cells : ReportText::competencyRows(card)) {
            out += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < cells.size(); ++i)
                out += QStringLiteral("<td class=\"%1\">").arg(classes.value(i)) + esc(cells.at(i))
                    + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += textBlock(ReportText::tr("Strengths"), card.strengths);
    out += textBlock(ReportText::tr("Concerns"), card.concerns);
    out += QStringLiteral("</section>\n");
    return out;
}

} // namespace

QString HtmlExporter::render(const SessionReport &report)
{
    const Session &s = report.session;
    const Summary &summary = report.summary;
    const QString title = s.sessionName.isEmpty() ? s.sessionId : s.sessionName;
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(ReportText::languageTag())
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n")
        + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        + QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n<style>\n") + STYLE
        + QStringLiteral("</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n");

    out += QStringLiteral("<h2>") + esc(ReportText::tr("Session"))
        + QStringLiteral("</h2>\n<table class=\"header\">\n");
    for (const auto &[label, value] : ReportText::headerRows(s, summary))
        row(out, label, value);
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h2>") + esc(ReportText::tr("Summary")) + QStringLiteral("</h2>\n<ul class=\"figures\">\n");
    for (const QString &figure : ReportText::figures(summary))
        out += QStringLiteral("<li>") + esc(figure) + QStringLiteral("</li>\n");
    out += QStringLiteral("</ul>\n");
    const ScoreChart chart(summary);
    if (!chart.isEmpty())
        out += QStringLiteral("<figure>\n") + chart.toSvg() + QStringLiteral("\n</figure>\n");
    if (ReportText::hasScorecard(report.scorecard))
        out += scorecardSection(report.scorecard);

    out += QStringLiteral("<h2>") + esc(ReportText::tr("Questions")) + QStringLiteral("</h2>\n");
    if (summary.questions.isEmpty())
        out += QStringLiteral("<p>") + esc(ReportText::tr("No questions recorded.")) + QStringLiteral("</p>\n");
    for (const QuestionRecord &q : summary.questions) {
        out += QStringLiteral("<section class=\"%1\" id=\"%2\">\n")
                   .arg(ReportText::isUnreviewed(q) ? QStringLiteral("question unreviewed")
                                                    : QStringLiteral("question"),
                        esc(q.questionId));
        out += QStringLiteral("<h3>%1. ").arg(q.position) + esc(q.questionText) + QStringLiteral("</h3>\n");
        out += QStringLiteral("<p class=\"meta\">") + esc(ReportText::tr("Type")) + QStringLiteral(": ")
            + esc(EnumNames::name(q.questionType)) + QStringLiteral(" · ") + esc(ReportText::tr("Category"))
            + QStringLiteral(": ") + esc(q.questionCategory.isEmpty() ? ReportText::placeholder() : q.questionCategory)
            + QStringLiteral(" · ") + esc(ReportText::tr("Score")) + QStringLiteral(": <strong>")
            + esc(ReportText::score(q.overallScore)) + QStringLiteral("</strong> / 10 · ")
            + esc(ReportText::writtenByLabel()) + QStringLiteral(": <span class=\"author\">")
            + esc(ReportText::writtenBy(q)) + QStringLiteral("</span></p>\n");
        out += textBlock(ReportText::tr("Answer"), q.candidateAnswer);
        out += textBlock(ReportText::tr("Feedback"), q.interviewerFeedback);
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("<footer>")
        + esc(ReportText::tr("Exported by Interview Recorder on %1").arg(ReportText::dateTime(report.exportedAtMs)))
        + QStringLiteral("</footer>\n</body>\n</html>\n");
    return out;
}

} // namespace ir
