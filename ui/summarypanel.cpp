// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"
#include "ui_summarypanel.h"

#include "clock.h"
#include "enumtext.h"
#include "interviewservice.h"
#include "reporttext.h"
#include "scoreaxis.h"
#include "scorechart.h"
#include "timetext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace ir::ui {
namespace {

constexpr int COALESCE_MS = 200;
// While a session runs, its duration grows: shown anew this often, with the header's clock.
constexpr int CLOCK_REFRESH_MS = 1000;

QString scoreText(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 1) : SummaryPanel::tr("–");
}

} // namespace

SummaryPanel::SummaryPanel(InterviewService &service, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SummaryPanel>())
    , m_service(service)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    for (QuestionType type : allValues<QuestionType>()) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("typeAverageLabel_") + toWire(type));
        m_ui->typeFormLayout->addRow(caption, value);
        m_typeCaptions.insert(type, caption);
        m_typeLabels.insert(type, value);
    }

    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("scoreChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->chartLayout->addWidget(m_chartView);
    connect(m_chart, &QChart::plotAreaChanged, this, &SummaryPanel::placeChartLabels);
    m_ui->mainLayout->setStretch(1, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(COALESCE_MS);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SummaryPanel::refresh);
    m_clockTimer.setInterval(CLOCK_REFRESH_MS);
    connect(&m_clockTimer, &QTimer::timeout, this, &SummaryPanel::updateDuration);
    connect(&m_service, &InterviewService::sessionChanged, this, &SummaryPanel::scheduleRefresh);
    connect(&m_service, &InterviewService::questionAdded, this,
            [this](const QString &sessionId) { scheduleRefresh(sessionId); });
    connect(&m_service, &InterviewService::questionChanged, this,
            [this](const QString &sessionId) { scheduleRefresh(sessionId); });
    connect(&m_service, &InterviewService::questionRemoved, this,
            [this](const QString &sessionId) { scheduleRefresh(sessionId); });
    applyPalette();
    refresh();
}

SummaryPanel::~SummaryPanel() = default;

void SummaryPanel::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    refresh();
}

void SummaryPanel::scheduleRefresh(const QString &sessionId)
{
    if (sessionId == m_sessionId && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SummaryPanel::refresh()
{
    m_refreshTimer.stop();
    m_summary = Summary {};
    if (!m_sessionId.isEmpty()) {
        if (const Result<Summary> loaded = m_service.summary(m_sessionId))
            m_summary = *loaded;
    }
    const Summary &s = m_summary;
    m_ui->totalLabel->setText(QLocale().toString(s.totalQuestions));
    m_ui->completedLabel->setText(QLocale().toString(s.completedQuestions));
    m_ui->averageLabel->setText(scoreText(s.averageScore));
    updateDuration();
    for (QuestionType type : allValues<QuestionType>()) {
        m_typeCaptions.value(type)->setText(tr("%1:").arg(EnumText::name(type)));
        m_typeLabels.value(type)->setText(s.averageByType.contains(type) ? scoreText(s.averageByType.value(type))
                                                                         : tr("–"));
    }
    if (s.sessionStatus == SessionStatus::InProgress && !m_sessionId.isEmpty())
        m_clockTimer.start();
    else
        m_clockTimer.stop();
    rebuildChart();
}

void SummaryPanel::updateDuration()
{
    // As the session's header says it (one function for both), from the same clock: no read.
    const Summary &s = m_summary;
    m_ui->durationLabel->setText(s.startTime ? durationText((s.endTime.value_or(m_clock.nowMs()) - *s.startTime) / 1000)
                                             : tr("not started"));
}

void SummaryPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    qDeleteAll(m_barLabels);
    m_barLabels.clear();
    delete std::exchange(m_averageLabel, nullptr);

    // The report's chart: the same bars, labels, scale and average line as the PDF.
    const ScoreChart chart(m_summary);
    m_chart->setTitle(chart.title());
    auto *set = new QBarSet(tr("Score"));
    QStringList categories;
    for (const ScoreChart::Bar &bar : chart.bars()) {
        *set << bar.score.value_or(0.0);
        categories << bar.label;
        // One decimal, as the table and the report show a score; an unscored question says so.
        auto *label = new QGraphicsSimpleTextItem(bar.score ? scoreText(bar.score) : tr("–"), m_chart);
        m_barLabels << label;
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QValueAxis *axisY = makeScoreAxis();
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    if (const std::optional<double> average = chart.average(); average && !chart.isEmpty()) {
        auto *line = new QLineSeries;
        line->setName(ReportText::tr("Average %1").arg(scoreText(average)));
        line->append(-0.5, *average);
        line->append(double(chart.bars().size()) - 0.5, *average);
        m_chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        m_averageLabel = new QGraphicsSimpleTextItem(line->name(), m_chart);
    }
    applyPalette();
    placeChartLabels();
}

void SummaryPanel::placeChartLabels()
{
    const QList<QAbstractSeries *> series = m_chart->series();
    if (series.isEmpty())
        return;
    const QList<ScoreChart::Bar> bars = ScoreChart(m_summary).bars();
    for (qsizetype i = 0; i < m_barLabels.size() && i < bars.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_barLabels.at(i);
        const QPointF top = m_chart->mapToPosition(QPointF(double(i), bars.at(i).score.value_or(0.0)), series.first());
        const QRectF box = label->boundingRect();
        label->setPos(top.x() - box.width() / 2, top.y() - box.height());
    }
    if (m_averageLabel) {
        // At the line's right end, above it (as the report's SVG places it).
        const QRectF plot = m_chart->plotArea();
        const double y = m_chart->mapToPosition(QPointF(0, m_summary.averageScore.value_or(0.0)), series.first()).y();
        const QRectF box = m_averageLabel->boundingRect();
        m_averageLabel->setPos(plot.right() - box.width(), y - box.height());
    }
}

QStringList SummaryPanel::chartLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_barLabels)
        texts << label->text();
    if (m_averageLabel)
        texts << m_averageLabel->text();
    return texts;
}

void SummaryPanel::applyPalette()
{
    // Follow the window's palette, so a dark desktop gets a dark chart.
    const QPalette pal = palette();
    m_chart->setTheme(pal.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(pal.color(QPalette::Highlight));
                set->setBorderColor(pal.color(QPalette::Highlight));
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            // As thick as the report's average line: a tenth of a line of text, at least a pixel.
            QPen pen(pal.color(QPalette::Text), std::max(1.0, fontMetrics().lineSpacing() / 10.0), Qt::DashLine);
            pen.setCosmetic(true);
            line->setPen(pen);
        }
    }
    for (QGraphicsSimpleTextItem *label : m_barLabels)
        label->setBrush(pal.brush(QPalette::Text));
    if (m_averageLabel)
        m_averageLabel->setBrush(pal.brush(QPalette::Text));
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QWidget::changeEvent(event);
}

} // namespace ir::ui
