// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ExpiryBanner;
}

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::ui {

// The week-ahead warning of the retention period (issue 13): a bar at the top of the window, not
// modal, while sessions will be erased within WARNING_DAYS days
// (InterviewService::sessionsExpiringWithin with the setting ui::keys::retentionDays()), offering
// to export them first or to change the period. Checked at start and, through the injected
// clock, once a day (an hourly timer asks tick(); tests move the clock and call it).
class ExpiryBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryBanner)

public:
    static constexpr int WARNING_DAYS = 7;

    ExpiryBanner(InterviewService &service, const Clock &clock, QWidget *parent = nullptr);
    ~ExpiryBanner() override;

    // Reads the setting and the count now; shows or hides the bar.
    void check();
    // Checks if none ran yet or the last one is a day old.
    void tick();
    // Whether an export is offered (the window has file services).
    void setCanExport(bool canExport);

    int expiringCount() const { return m_count; }
    int retentionDays() const { return m_days; }
    // Sessions created before this moment hold every one that expires (unchanged since then).
    qint64 cutoffMs() const { return m_cutoffMs; }
    QString text() const;

Q_SIGNALS:
    void exportRequested(qint64 createdBeforeMs);
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The count again with the period of the last check: a session erased or changed meanwhile is
    // no longer about to go.
    void recount();
    void updateText();

    std::unique_ptr<Ui::ExpiryBanner> m_ui;
    InterviewService &m_service;
    const Clock &m_clock;
    QTimer m_timer;
    QTimer m_recountTimer;
    std::optional<qint64> m_lastCheck;
    int m_days = 0;
    int m_count = 0;
    qint64 m_cutoffMs = 0;
    bool m_dismissed = false;
};

} // namespace ir::ui
