// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "summary.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class SummaryPanel;
}

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::ui {

// Totals, average, duration, a bar chart of the scores per question (with the average as a line,
// as the PDF report draws it) and the average per question type of the open session; refreshed
// live from the service's signals.
class SummaryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    SummaryPanel(InterviewService &service, const Clock &clock, QWidget *parent = nullptr);
    ~SummaryPanel() override;

    void setSessionId(const QString &sessionId);
    // Reads the summary again now (otherwise it follows the service's signals).
    void refresh();
    const Summary &summary() const { return m_summary; }
    QChartView *chartView() const { return m_chartView; }
    // The texts on the chart: each bar's score (one decimal, as in the table), then the average.
    QStringList chartLabels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh(const QString &sessionId);
    void updateDuration();
    void rebuildChart();
    // Bar and average labels follow the plot area (QtCharts' own bar labels cannot show "7.0").
    void placeChartLabels();
    void applyPalette();

    std::unique_ptr<Ui::SummaryPanel> m_ui;
    InterviewService &m_service;
    const Clock &m_clock;
    QString m_sessionId;
    Summary m_summary;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QList<QGraphicsSimpleTextItem *> m_barLabels; // one per question ("–" when not scored)
    QGraphicsSimpleTextItem *m_averageLabel = nullptr;
    QMap<QuestionType, QLabel *> m_typeLabels;
    QMap<QuestionType, QLabel *> m_typeCaptions;
    QTimer m_refreshTimer;
    QTimer m_clockTimer;
};

} // namespace ir::ui
