// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionkeeper.h"

#include "interviewservice.h"
#include "writebatcher.h"

namespace ir {
namespace {

constexpr qint64 DAY_MS = 24LL * 60 * 60 * 1000;
constexpr int CHECK_INTERVAL_MS = 60 * 60 * 1000;

} // namespace

RetentionKeeper::RetentionKeeper(InterviewService &service, WriteBatcher &writer, const Clock &clock, Actor actor,
                                 QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_writer(writer)
    , m_clock(clock)
    , m_actor(actor)
{
    m_timer.setInterval(CHECK_INTERVAL_MS);
    connect(&m_timer, &QTimer::timeout, this, &RetentionKeeper::tick);
}

void RetentionKeeper::setDaysSource(DaysSource source)
{
    m_days = std::move(source);
}

void RetentionKeeper::setDays(int days)
{
    setDaysSource([days] { return days; });
}

int RetentionKeeper::days() const
{
    return std::clamp(m_days(), 0, rules::MAX_RETENTION_DAYS);
}

void RetentionKeeper::start()
{
    m_timer.start();
    tick();
}

void RetentionKeeper::tick()
{
    const qint64 now = m_clock.nowMs();
    const int days = this->days();
    if (days == 0 || m_running || (m_lastRun && now - *m_lastRun < DAY_MS))
        return;
    m_running = true;
    m_lastRun = now;
    m_writer.call<ErasureReport>(
        this, [this, days] { return m_service.purgeOlderThan(days, false, m_actor); },
        [this](const Result<ErasureReport> &report) {
            m_running = false;
            if (!report) {
                Q_EMIT purgeFailed(report.error().message + QStringLiteral(": ") + report.error().details);
                return;
            }
            Q_EMIT purged(report->sessions, report->questions);
        });
}

} // namespace ir
