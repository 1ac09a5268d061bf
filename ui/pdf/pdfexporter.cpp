// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "enumnames.h"
#include "exportio.h"
#include "pdfchartobject.h"
#include "pdfpagination.h"
#include "pdftounicodefix.h"
#include "reporttext.h"
#include "scorechart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace ir {
namespace {

const QString CHART_MARKER = QStringLiteral("@@IR_SCORE_CHART@@");
constexpr double MARGIN_MM = 18.0;
constexpr int RESOLUTION_DPI = 300;
constexpr double BODY_POINT_SIZE = 10.0;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void row(QString &out, const QString &label, const QString &value)
{
    out += QStringLiteral("<tr><td style=\"color:#555555;\">") + esc(label) + QStringLiteral("</td><td>") + esc(value)
        + QStringLiteral("</td></tr>");
}

QString textBlock(const QString &label, const QString &text)
{
    // QTextDocument breaks at \r and at \n, so CRLF would show as an empty line.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    // The label is a heading (h4) so that pagination keeps it with its text.
    return QStringLiteral("<h4 style=\"margin-top:6px; margin-bottom:2px; font-size:%1pt; font-weight:bold;\">")
               .arg(BODY_POINT_SIZE)
        + esc(label) + QStringLiteral("</h4><p style=\"white-space:pre-wrap; margin-left:16px; margin-top:0px;\">")
        + esc(normalized.isEmpty() ? ReportText::placeholder() : normalized) + QStringLiteral("</p>");
}

// Escaped, with its line breaks kept (a table cell would run them together).
QString multiline(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return esc(normalized).replace(u'\n', QStringLiteral("<br/>"));
}

// The scorecard: its head on one line (a table's rows could be parted from the heading by a
// page break), the competency table with a shaded header row, then strengths and concerns.
QString scorecardSection(const Scorecard &card)
{
    QString out = QStringLiteral("<h2>") + esc(ReportText::tr("Scorecard")) + QStringLiteral("</h2><p>");
    QStringList head;
    for (const auto &[label, value] : ReportText::scorecardRows(card))
        head << QStringLiteral("<span style=\"color:#555555;\">") + esc(label) + QStringLiteral(":</span> <b>")
                + esc(value) + QStringLiteral("</b>");
    out += head.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
    if (!card.ratings.isEmpty()) {
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"0\" width=\"100%\" "
                              "style=\"margin-top:4px;\"><tr>");
        // The header row's labels are headings (h4, looking like text): pagination keeps them
        // with the first competency.
        for (const QString &label : ReportText::competencyColumns())
            out += QStringLiteral("<td bgcolor=\"#eeeeee\"><h4 style=\"color:#555555; font-size:%1pt; "
                                  "font-weight:normal; margin-top:0px; margin-bottom:0px;\">")
                       .arg(BODY_POINT_SIZE)
                + esc(label) + QStringLiteral("</h4></td>");
        out += QStringLiteral("</tr>");
        for (const QStringList &cells : ReportText::competencyRows(card)) {
            out += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < cells.size(); ++i) {
                // The rating in bold; name, weight and rating never wrap.
                const QString text = i == 2 ? QStringLiteral("<b>") + esc(cells.at(i)) + QStringLiteral("</b>")
                                            : multiline(cells.at(i));
                out += (i < 3 ? QStringLiteral("<td style=\"white-space:nowrap;\">") : QStringLiteral("<td>")) + text
                    + QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    out += textBlock(ReportText::tr("Strengths"), card.strengths);
    out += textBlock(ReportText::tr("Concerns"), card.concerns);
    return out;
}

} // namespace

QString PdfExporter::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

bool PdfExporter::isAvailable()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

PdfRenderer PdfExporter::renderer()
{
    if (!isAvailable())
        return {};
    return [](const SessionReport &report, QIODevice &device, const ExportOptions &options) {
        return render(report, device, options);
    };
}

QString PdfExporter::documentHtml(const SessionReport &report, bool withChart)
{
    const Session &s = report.session;
    const Summary &summary = report.summary;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>") + esc(s.sessionName.isEmpty() ? s.sessionId : s.sessionName)
        + QStringLiteral("</h1>");
    out += QStringLiteral("<h2>") + esc(ReportText::tr("Session")) + QStringLiteral("</h2>");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"0\" width=\"100%\">");
    for (const auto &[label, value] : ReportText::headerRows(s, summary))
        row(out, label, value);
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>") + esc(ReportText::tr("Summary")) + QStringLiteral("</h2><p>");
    QStringList escaped;
    for (const QString &figure : ReportText::figures(summary))
        escaped << esc(figure);
    out += escaped.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
    if (withChart)
        out += QStringLiteral("<p align=\"center\">") + CHART_MARKER + QStringLiteral("</p>");
    if (ReportText::hasScorecard(report.scorecard))
        out += scorecardSection(report.scorecard);

    out += QStringLiteral("<h2>") + esc(ReportText::tr("Questions")) + QStringLiteral("</h2>");
    if (summary.questions.isEmpty())
        out += QStringLiteral("<p>") + esc(ReportText::tr("No questions recorded.")) + QStringLiteral("</p>");
    for (const QuestionRecord &q : summary.questions) {
        out += QStringLiteral("<h3>%1. ").arg(q.position) + esc(q.questionText) + QStringLiteral("</h3>");
        // The meta line is a heading too (h4, looking like text): it stays with the question.
        const QString author = ReportText::isUnreviewed(q)
            ? QStringLiteral("<b style=\"color:#8a4b00;\">") + esc(ReportText::writtenBy(q)) + QStringLiteral("</b>")
            : esc(ReportText::writtenBy(q));
        out += QStringLiteral("<h4 style=\"color:#555555; font-size:%1pt; font-weight:normal; margin-top:12px; "
                              "margin-bottom:12px;\">")
                   .arg(BODY_POINT_SIZE)
            + esc(ReportText::tr("Type")) + QStringLiteral(": ") + esc(EnumNames::name(q.questionType))
            + QStringLiteral(" &nbsp;·&nbsp; ") + esc(ReportText::tr("Category")) + QStringLiteral(": ")
            + esc(q.questionCategory.isEmpty() ? ReportText::placeholder() : q.questionCategory)
            + QStringLiteral(" &nbsp;·&nbsp; ") + esc(ReportText::tr("Score")) + QStringLiteral(": <b>")
            + esc(ReportText::score(q.overallScore)) + QStringLiteral("</b> / 10 &nbsp;·&nbsp; ")
            + esc(ReportText::writtenByLabel()) + QStringLiteral(": ") + author + QStringLiteral("</h4>");
        out += textBlock(ReportText::tr("Answer"), q.candidateAnswer);
        out += textBlock(ReportText::tr("Feedback"), q.interviewerFeedback);
        out += QStringLiteral("<hr/>");
    }
    out += QStringLiteral("<p style=\"color:#777777;\"><i>")
        + esc(ReportText::tr("Exported by Interview Recorder on %1").arg(ReportText::dateTime(report.exportedAtMs)))
        + QStringLiteral("</i></p></body></html>");
    return out;
}

void PdfExporter::insertChart(QTextDocument &document, const SessionReport &report)
{
    auto *chart = new PdfChartObject(ScoreChart(report.summary), &document);
    document.documentLayout()->registerHandler(PdfChartObject::OBJECT_TYPE, chart);
    QTextCursor cursor = document.find(CHART_MARKER);
    if (cursor.isNull())
        return;
    QTextCharFormat format;
    format.setObjectType(PdfChartObject::OBJECT_TYPE);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

Status PdfExporter::render(const SessionReport &report, QIODevice &device, const ExportOptions &options)
{
    Q_UNUSED(options)
    if (!isAvailable())
        return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), tr("PDF export needs the GUI libraries")};
    // Rendered into memory first: the text map is corrected before the bytes reach device.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    if (const Status drawn = draw(report, pdf); !drawn)
        return drawn;
    QByteArray bytes = pdf.data();
    PdfToUnicodeFix::apply(bytes);
    return ExportIo::write(device, bytes);
}

Status PdfExporter::draw(const SessionReport &report, QIODevice &device)
{
    const QString title = report.session.sessionName.isEmpty() ? report.session.sessionId : report.session.sessionName;
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout::Millimeter);
    writer.setResolution(RESOLUTION_DPI);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Interview Recorder " IR_VERSION));

    QFont font(fontFamily());
    font.setPointSizeF(BODY_POINT_SIZE);
    // No ligatures: Qt maps a ligature glyph to U+FB03 and the like, so "Difficulty" would be
    // extracted as "Diﬃculty".
    font.setStyleStrategy(QFont::PreferNoShaping);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    const bool withChart = !report.summary.questions.isEmpty();
    document.setHtml(documentHtml(report, withChart));
    if (withChart)
        insertChart(document, report);

    // The footer (a rule, the title and the page number) sits below the flowing body.
    const QFontMetricsF metrics(font, &writer);
    const double footerHeight = metrics.height() * 2.5;
    const QSizeF body(writer.width(), writer.height() - footerHeight);
    // One tall page, cut by PdfPagination (Qt's own page breaks repeat and strand lines).
    document.setTextWidth(body.width());
    const QList<QRectF> pageRects = PdfPagination::paginate(document, body.height());
    const int pages = int(pageRects.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
        painter.save();
        painter.translate(0, -pageRects.at(page).top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = PdfPagination::clipFor(pageRects.at(page));
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(font);
        const QRectF footer(0, body.height(), body.width(), footerHeight);
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), metrics.lineWidth()));
        painter.drawLine(QPointF(0, body.height() + metrics.height() * 0.8),
                         QPointF(body.width(), body.height() + metrics.height() * 0.8));
        painter.setPen(QColor(0x77, 0x77, 0x77));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         metrics.elidedText(title, Qt::ElideRight, body.width() * 0.6));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
    return Done {};
}

} // namespace ir
