// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"
#include "ui_summarypanel.h"

#include "enumtext.h"
#include "interviewservice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>

namespace ir::ui {
namespace {

constexpr int COALESCE_MS = 200;
// While a session runs, its duration grows: read the summary again this often.
constexpr int CLOCK_REFRESH_MS = 15000;

QString scoreText(std::optional<double> score)
{
    return score ? QLocale().toString(*score, 'f', 1) : SummaryPanel::tr("–");
}

} // namespace

SummaryPanel::SummaryPanel(InterviewService &service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SummaryPanel>())
    , m_service(service)
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
    m_ui->mainLayout->setStretch(1, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(COALESCE_MS);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SummaryPanel::refresh);
    m_clockTimer.setInterval(CLOCK_REFRESH_MS);
    connect(&m_clockTimer, &QTimer::timeout, this, &SummaryPanel::refresh);
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
    m_ui->durationLabel->setText(s.durationMinutes ? tr("%1 min").arg(QLocale().toString(*s.durationMinutes, 'f', 1))
                                                   : tr("not started"));
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

void SummaryPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(tr("Score per question"));

    auto *set = new QBarSet(tr("Score"));
    QStringList categories;
    for (const QuestionRecord &q : m_summary.questions) {
        *set << q.overallScore.value_or(0.0);
        categories << tr("Q%1").arg(q.position);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 10);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    applyPalette();
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
                set->setLabelColor(pal.color(QPalette::Text));
            }
        }
    }
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
