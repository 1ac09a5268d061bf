// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CalibrationView;
}

class QStandardItemModel;

namespace ir {
class InterviewService;
} // namespace ir

namespace ir::ui {

// Interviewer calibration (issue 13): per interviewer the sessions, scored questions, mean and
// spread of the scores, how often each recommendation was given, and how far they moved the
// scores the workflow posted (InterviewService::interviewerStats). Follows the service's changes.
class CalibrationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationView)

public:
    // The columns after the recommendation counts (which follow StdDev, one per recommendation).
    enum Column { Interviewer, Sessions, Questions, Mean, StdDev, FirstRecommendation };

    explicit CalibrationView(InterviewService &service, QWidget *parent = nullptr);
    ~CalibrationView() override;

    QStandardItemModel *model() const { return m_model; }
    // The column of the AI scores reviewed, and of the mean gap.
    int aiReviewedColumn() const;
    int aiGapColumn() const { return aiReviewedColumn() + 1; }
    void showWindow();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::CalibrationView> m_ui;
    InterviewService &m_service;
    QStandardItemModel *m_model = nullptr;
    QTimer m_reloadTimer;
};

} // namespace ir::ui
