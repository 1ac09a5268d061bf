// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "enumnames.h"
#include "reporttext.h"

#include <QStringList>

namespace ir {
namespace {

// A table cell: inline-escaped, pipes escaped, line breaks as <br>.
QString cell(const QString &text)
{
    // Block markers mean nothing inside a cell or after "### 1. ", so only inline markup is escaped.
    QString escaped = MarkdownExporter::escapeInline(text, false);
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

// Multi-line text as a block quote, each line escaped; an empty text as a dash.
QString quoted(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("> ") + ReportText::placeholder() + u'\n';
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString out;
    const QStringList lines = normalized.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = MarkdownExporter::escapeInline(lines.at(i));
        // A trailing backslash is a hard line break inside the quote, as the text had one.
        out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line)
            + (i + 1 < lines.size() && !line.isEmpty() ? QStringLiteral("\\\n") : QStringLiteral("\n"));
    }
    return out;
}

void row(QString &out, const QString &label, const QString &value)
{
    out += QStringLiteral("| ") + label + QStringLiteral(" | ") + cell(value) + QStringLiteral(" |\n");
}

// The scorecard: its head, a table of the competencies, then strengths and concerns.
QString scorecardSection(const Scorecard &card)
{
    QString out = QStringLiteral("## ") + ReportText::tr("Scorecard") + QStringLiteral("\n\n");
    out += QStringLiteral("| | |\n|---|---|\n");
    for (const auto &[label, value] : ReportText::scorecardRows(card))
        row(out, label, value);
    out += u'\n';
    if (!card.ratings.isEmpty()) {
        QStringList labels;
        for (const QString &label : ReportText::competencyColumns())
            labels << cell(label);
        out += QStringLiteral("| ") + labels.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|")
            + QStringLiteral("---|").repeated(labels.size()) + u'\n';
        for (const QStringList &cells : ReportText::competencyRows(card)) {
            QStringList escaped;
            for (const QString &text : cells)
                escaped << cell(text);
            out += QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        out += u'\n';
    }
    out += QStringLiteral("**") + ReportText::tr("Strengths") + QStringLiteral("**\n\n") + quoted(card.strengths)
        + u'\n';
    out += QStringLiteral("**") + ReportText::tr("Concerns") + QStringLiteral("**\n\n") + quoted(card.concerns) + u'\n';
    return out;
}

} // namespace

QString MarkdownExporter::escapeInline(const QString &text, bool blockMarkers)
{
    // Inline markup anywhere; block markers (# - + = and "1.") only where a line starts.
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~");
    static const QString blockStart = QStringLiteral("#-+=");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = blockMarkers;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // An underscore inside a word (user_001) cannot start emphasis, so it stays readable.
        const bool intraword = c == u'_' && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
            && text.at(i + 1).isLetterOrNumber();
        if ((inlineSpecial.contains(c) && !intraword) || (lineStart && blockStart.contains(c)))
            out += u'\\';
        out += c;
        if (lineStart && c.isDigit()) {
            qsizetype j = i;
            while (j + 1 < text.size() && text.at(j + 1).isDigit())
                out += text.at(++j);
            if (j + 1 < text.size() && (text.at(j + 1) == u'.' || text.at(j + 1) == u')'))
                out += u'\\';
            i = j;
        }
        lineStart = blockMarkers && c == u'\n';
    }
    return out;
}

QString MarkdownExporter::render(const SessionReport &report)
{
    const Session &s = report.session;
    const Summary &summary = report.summary;
    QString out;
    const QString title = s.sessionName.isEmpty() ? s.sessionId : s.sessionName;
    out += QStringLiteral("# ") + cell(title) + QStringLiteral("\n\n");

    out += QStringLiteral("## ") + ReportText::tr("Session") + QStringLiteral("\n\n");
    out += QStringLiteral("| | |\n|---|---|\n");
    for (const auto &[label, value] : ReportText::headerRows(s, summary))
        row(out, label, value);
    out += u'\n';

    out += QStringLiteral("## ") + ReportText::tr("Summary") + QStringLiteral("\n\n");
    for (const QString &figure : ReportText::figures(summary))
        out += QStringLiteral("- ") + figure + u'\n';
    out += u'\n';

    if (ReportText::hasScorecard(report.scorecard))
        out += scorecardSection(report.scorecard);

    out += QStringLiteral("## ") + ReportText::tr("Questions") + QStringLiteral("\n\n");
    if (summary.questions.isEmpty())
        out += ReportText::tr("No questions recorded.") + QStringLiteral("\n\n");
    for (const QuestionRecord &q : summary.questions) {
        out += QStringLiteral("### %1. ").arg(q.position) + cell(q.questionText) + QStringLiteral("\n\n");
        out += QStringLiteral("- **") + ReportText::tr("Type") + QStringLiteral(":** ")
            + EnumNames::name(q.questionType) + u'\n';
        out += QStringLiteral("- **") + ReportText::tr("Category") + QStringLiteral(":** ")
            + (q.questionCategory.isEmpty() ? ReportText::placeholder() : cell(q.questionCategory)) + u'\n';
        out += QStringLiteral("- **") + ReportText::tr("Score") + QStringLiteral(":** ")
            + ReportText::score(q.overallScore) + QStringLiteral(" / 10\n");
        // Unreviewed AI text in bold, so that nobody takes it for the interviewer's.
        const QString writtenBy = ReportText::isUnreviewed(q)
            ? QStringLiteral("**") + ReportText::writtenBy(q) + QStringLiteral("**")
            : ReportText::writtenBy(q);
        out += QStringLiteral("- **") + ReportText::writtenByLabel() + QStringLiteral(":** ") + writtenBy
            + QStringLiteral("\n\n");
        out += QStringLiteral("**") + ReportText::tr("Answer") + QStringLiteral("**\n\n") + quoted(q.candidateAnswer)
            + u'\n';
        out += QStringLiteral("**") + ReportText::tr("Feedback") + QStringLiteral("**\n\n")
            + quoted(q.interviewerFeedback) + u'\n';
    }
    out += QStringLiteral("---\n\n*")
        + ReportText::tr("Exported by Interview Recorder on %1").arg(ReportText::dateTime(report.exportedAtMs))
        + QStringLiteral("*\n");
    return out;
}

} // namespace ir
