// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <atomic>

namespace ir::test {

// A clock that only moves when a test moves it. Safe to read from several threads.
class MockClock final : public Clock
{
public:
    explicit MockClock(qint64 startMs = 1757050339000) // 2025-09-05 13:32:19 +08:00
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now.load(); }
    void set(qint64 ms) { m_now.store(ms); }
    void advance(qint64 ms) { m_now.fetch_add(ms); }

private:
    std::atomic<qint64> m_now;
};

} // namespace ir::test
