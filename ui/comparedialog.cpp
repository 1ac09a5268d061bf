// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"
#include "ui_comparedialog.h"

#include "comparisoncsv.h"
#include "enumtext.h"
#include "exportio.h"
#include "fileactions.h"
#include "messagebox.h"
#include "pdfexporter.h"
#include "pdftounicodefix.h"
#include "scoreaxis.h"
#include "serviceclient.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QValueAxis>

namespace ir::ui {
namespace {

constexpr double PDF_MARGIN_MM = 15.0;
constexpr int PDF_RESOLUTION_DPI = 300;
constexpr double PDF_POINT_SIZE = 10.0;
// The chart's height per width on the page: at least this much room below the table, else a new page.
constexpr double MIN_CHART_ASPECT = 0.3;
constexpr double MAX_CHART_ASPECT = 0.55;

QString figureText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QString fileSafe(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return text.left(60);
}

} // namespace

CompareDialog::CompareDialog(ServiceClient &client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompareDialog>())
    , m_client(client)
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->compareTableView->setModel(m_model);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, m_ui->chartWidget);
    view->setObjectName(QStringLiteral("compareChartView"));
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for the bars, the category names and the legend (they were squashed to a line).
    view->setMinimumHeight(fontMetrics().lineSpacing() * 18);
    m_ui->chartLayout->addWidget(view);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &CompareDialog::exportCsv);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &CompareDialog::exportPdf);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (const QScreen *shown = screen()) {
        const QRect available = shown->availableGeometry();
        resize(std::min(fontMetrics().averageCharWidth() * 160, available.width() * 9 / 10),
               std::min(fontMetrics().lineSpacing() * 52, available.height() * 9 / 10));
    }
    fill();
}

CompareDialog::~CompareDialog() = default;

QChart *CompareDialog::chart() const
{
    return findChild<QChartView *>(QStringLiteral("compareChartView"))->chart();
}

bool CompareDialog::compareCandidates(const QStringList &userIds)
{
    m_position.clear();
    return showResult(m_client.service().compare(userIds));
}

bool CompareDialog::comparePosition(const QString &position)
{
    m_position = position;
    return showResult(m_client.service().comparePosition(position));
}

bool CompareDialog::showResult(const Result<QList<ComparisonRow>> &read)
{
    if (!read) {
        m_rows.clear();
        fill();
        const Error &error = read.error();
        m_ui->summaryLabel->setText(tr("The candidates could not be compared: %1")
                                        .arg(error.details.isEmpty() ? error.message : error.details));
        return false;
    }
    m_rows = *read;
    fill();
    return true;
}

QString CompareDialog::columnTitle(const ComparisonRow &row) const
{
    const Candidate &c = row.candidate;
    return c.displayName.isEmpty() ? c.userId : tr("%1 (%2)").arg(c.displayName, c.userId);
}

void CompareDialog::fill()
{
    m_model->clear();
    const bool any = !m_rows.isEmpty();
    m_ui->exportCsvButton->setEnabled(any);
    m_ui->exportPdfButton->setEnabled(any);
    if (m_position.isEmpty())
        m_ui->summaryLabel->setText(tr("%n candidate(s) side by side. Competencies are weighted ratings (1–4), "
                                       "scores are out of 10.",
                                       nullptr, int(m_rows.size())));
    else
        m_ui->summaryLabel->setText(tr("%n candidate(s) for the position “%1”. Competencies are weighted ratings "
                                       "(1–4), scores are out of 10.",
                                       nullptr, int(m_rows.size()))
                                        .arg(m_position));
    QStringList columns;
    for (const ComparisonRow &row : std::as_const(m_rows))
        columns.append(columnTitle(row));
    m_model->setColumnCount(int(columns.size()));
    m_model->setHorizontalHeaderLabels(columns);
    if (!any) {
        fillChart();
        return;
    }

    QStringList rowTitles;
    const auto addRow = [&](const QString &title, const std::function<QString(const ComparisonRow &)> &text) {
        QList<QStandardItem *> cells;
        for (const ComparisonRow &row : std::as_const(m_rows)) {
            auto *item = new QStandardItem(text(row));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cells.append(item);
        }
        m_model->appendRow(cells);
        rowTitles.append(title);
    };
    addRow(tr("Interviews"), [](const ComparisonRow &r) { return QLocale().toString(r.candidate.sessions); });
    addRow(tr("Average score"), [](const ComparisonRow &r) { return figureText(r.candidate.averageScore); });
    for (const QuestionType type : ComparisonCsv::types(m_rows)) {
        addRow(tr("Average: %1").arg(EnumText::name(type)), [type](const ComparisonRow &r) {
            return figureText(r.averageByType.contains(type) ? std::optional<double>(r.averageByType.value(type))
                                                             : std::nullopt);
        });
    }
    for (const QString &key : ComparisonCsv::competencyKeys(m_rows)) {
        addRow(tr("Competency: %1").arg(key), [key](const ComparisonRow &r) {
            return figureText(r.competencies.contains(key) ? std::optional<double>(r.competencies.value(key))
                                                           : std::nullopt);
        });
    }
    addRow(tr("Latest recommendation"),
           [](const ComparisonRow &r) { return EnumText::name(r.candidate.latestRecommendation); });
    m_model->setVerticalHeaderLabels(rowTitles);
    m_ui->compareTableView->resizeColumnsToContents();
    // The whole table above the chart when the dialog has room for both (it was cut to a few rows).
    QTableView *table = m_ui->compareTableView;
    const int tableHeight = table->horizontalHeader()->sizeHint().height() + table->verticalHeader()->length()
        + 2 * table->frameWidth() + table->horizontalScrollBar()->sizeHint().height();
    m_ui->splitter->setSizes({tableHeight, fontMetrics().lineSpacing() * 18});
    fillChart();
}

void CompareDialog::fillChart()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QPalette pal = palette();
    chart->setTheme(pal.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setTitleBrush(pal.brush(QPalette::Text));
    chart->legend()->setLabelBrush(pal.brush(QPalette::Text));
    chart->setTitle(tr("Average score and average per question type"));
    const QList<QuestionType> types = ComparisonCsv::types(m_rows);
    QStringList categories {tr("Average")};
    for (const QuestionType type : types)
        categories.append(EnumText::name(type));
    auto *series = new QBarSeries;
    for (const ComparisonRow &row : std::as_const(m_rows)) {
        auto *set = new QBarSet(columnTitle(row));
        set->append(row.candidate.averageScore.value_or(0.0));
        for (const QuestionType type : types)
            set->append(row.averageByType.value(type, 0.0));
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QValueAxis *axisY = makeScoreAxis();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    chart->legend()->setVisible(!m_rows.isEmpty());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QString CompareDialog::suggestedName(const QString &extension) const
{
    const QString what = m_position.isEmpty() ? QStringLiteral("candidates") : fileSafe(m_position);
    return QStringLiteral("comparison_%1_%2.%3")
        .arg(what, QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), extension);
}

void CompareDialog::saveAs(const QString &title, const QString &extension, const QString &filter,
                           const std::function<Status(QIODevice &)> &write)
{
    if (m_rows.isEmpty())
        return;
    QString path = FileActions::askSaveFile(this, title, suggestedName(extension), {filter});
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    const Status written = ExportIo::writeFile(path, write);
    if (!written) {
        const Error &error = written.error();
        MessageBox::warning(
            this, title,
            tr("The comparison could not be saved: %1").arg(error.details.isEmpty() ? error.message : error.details));
        return;
    }
    m_lastExportPath = path;
    Q_EMIT exported(path);
    MessageBox::information(this, title, tr("The comparison was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void CompareDialog::exportCsv()
{
    const QList<ComparisonRow> rows = m_rows;
    saveAs(tr("Export comparison as CSV"), QStringLiteral("csv"), tr("CSV (*.csv)"),
           [rows](QIODevice &device) { return ComparisonCsv::write(device, rows); });
}

void CompareDialog::exportPdf()
{
    saveAs(tr("Export comparison as PDF"), QStringLiteral("pdf"), tr("PDF (*.pdf)"),
           [this](QIODevice &device) { return writePdf(device); });
}

Status CompareDialog::writePdf(QIODevice &device)
{
    // Rendered into memory first: the text map is corrected (PdfToUnicodeFix) before the bytes
    // reach the file, as the session report does.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                              QPageLayout::Millimeter);
        writer.setResolution(PDF_RESOLUTION_DPI);
        writer.setTitle(tr("Comparison of candidates"));
        writer.setCreator(QStringLiteral("Interview Recorder " IR_VERSION));
        QFont font(PdfExporter::fontFamily());
        font.setPointSizeF(PDF_POINT_SIZE);
        font.setStyleStrategy(QFont::PreferNoShaping); // no ligature glyphs in the extracted text

        QString html = QStringLiteral("<html><body><h2>") + tr("Comparison of candidates").toHtmlEscaped()
            + QStringLiteral("</h2><p>") + m_ui->summaryLabel->text().toHtmlEscaped() + QStringLiteral("</p>")
            + QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th></th>");
        for (int c = 0; c < m_model->columnCount(); ++c)
            html += QStringLiteral("<th>") + m_model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped()
                + QStringLiteral("</th>");
        html += QStringLiteral("</tr>");
        for (int r = 0; r < m_model->rowCount(); ++r) {
            html += QStringLiteral("<tr><th align=\"left\">")
                + m_model->headerData(r, Qt::Vertical).toString().toHtmlEscaped() + QStringLiteral("</th>");
            for (int c = 0; c < m_model->columnCount(); ++c)
                html += QStringLiteral("<td align=\"right\">") + m_model->item(r, c)->text().toHtmlEscaped()
                    + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table></body></html>");

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setTextWidth(writer.width());
        document.setHtml(html);

        QPainter painter;
        if (!painter.begin(&writer))
            return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
        // Black on the paper, not the desktop theme's text colour (light in a dark theme).
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        // The chart below the table, or on a page of its own when the table leaves too little room;
        // laid out at the on-screen width with the shape the page gives it (not the view's flat one).
        const double pageWidth = writer.width();
        double top = document.size().height() + writer.height() / 30.0;
        if (writer.height() - top < pageWidth * MIN_CHART_ASPECT) {
            if (!writer.newPage())
                return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
            top = 0;
        }
        const double aspect = std::min((writer.height() - top) / pageWidth, MAX_CHART_ASPECT);
        QChart *shown = chart();
        const QSizeF onScreen = shown->size();
        const QSizeF laidOut(std::max(onScreen.width(), 1.0), std::max(onScreen.width(), 1.0) * aspect);
        shown->resize(laidOut);
        // Paper is white whatever the desktop's theme (the report's text is black for the same reason).
        shown->setTheme(QChart::ChartThemeLight);
        shown->scene()->render(&painter, QRectF(0, top, pageWidth, pageWidth * aspect), QRectF(QPointF(), laidOut));
        shown->resize(onScreen);
        fillChart(); // back in the window's colours
        if (!painter.end())
            return Error {ErrorCode::DatabaseError, tr("Cannot create the PDF"), device.errorString()};
    }
    QByteArray bytes = buffer.data();
    PdfToUnicodeFix::apply(bytes);
    return ExportIo::write(device, bytes);
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace ir::ui
