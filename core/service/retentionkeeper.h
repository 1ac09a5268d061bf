// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "clock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ir {

class InterviewService;
class WriteBatcher;

// The retention period, applied at start and then once a day: sessions unchanged for longer are
// erased through the writer (InterviewService::purgeOlderThan). Days come from the clock, not the
// timer, so a test advances the clock and calls tick(). The period is read at every check, so a
// period changed in the settings applies at the next daily purge without a restart.
class RetentionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionKeeper)

public:
    // `actor` is who the audit log names for an automatic purge (the window: ui, the headless
    // server: api).
    RetentionKeeper(InterviewService &service, WriteBatcher &writer, const Clock &clock, Actor actor,
                    QObject *parent = nullptr);

    // Where the period comes from (the settings); 0 keeps everything (no purge runs).
    using DaysSource = std::function<int()>;
    void setDaysSource(DaysSource source);
    void setDays(int days);
    int days() const;
    // Purges now, then checks every hour whether a day has passed since the last purge.
    void start();
    // Purges if none ran yet or the last one is a day old.
    void tick();

Q_SIGNALS:
    void purged(int sessions, int questions);
    void purgeFailed(const QString &message);

private:
    InterviewService &m_service;
    WriteBatcher &m_writer;
    const Clock &m_clock;
    Actor m_actor;
    DaysSource m_days = [] { return 0; };
    bool m_running = false;
    std::optional<qint64> m_lastRun;
    QTimer m_timer;
};

} // namespace ir
