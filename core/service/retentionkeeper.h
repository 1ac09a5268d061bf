// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidate.h"
#include "clock.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace ir {

class InterviewService;
class WriteBatcher;

// The retention period, applied at start and then once a day: sessions unchanged for longer are
// erased through the writer (InterviewService::purgeOlderThan). Days come from the clock, not the
// timer, so a test advances the clock and calls tick().
class RetentionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionKeeper)

public:
    // `actor` is who the audit log names for an automatic purge (the window: ui, the headless
    // server: api).
    RetentionKeeper(InterviewService &service, WriteBatcher &writer, const Clock &clock, Actor actor,
                    QObject *parent = nullptr);

    // 0 keeps everything (no purge runs).
    void setDays(int days);
    int days() const { return m_days; }
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
    int m_days = 0;
    bool m_running = false;
    std::optional<qint64> m_lastRun;
    QTimer m_timer;
};

} // namespace ir
