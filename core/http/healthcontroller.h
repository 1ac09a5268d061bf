// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

#include <functional>

namespace ir {
class Clock;
} // namespace ir

namespace ir::http {

// GET /health: reports the database truthfully (503 when it cannot be used). Never needs a key.
// Runs no query itself: databaseHealthy reads the state that the storage probes keep, so that
// /health answers at once however busy the readers and the writer are.
class HealthController final
{
public:
    HealthController(const Clock &clock, std::function<quint16()> port, std::function<bool()> databaseHealthy);
    void registerRoutes(RouteTable &table);

private:
    HttpReply health(const RequestContext &request);
    QString timestamp(qint64 nowMs);

    const Clock &m_clock;
    std::function<quint16()> m_port;
    std::function<bool()> m_databaseHealthy;
    qint64 m_startedAtMs = 0;
    qint64 m_offsetCheckedAtMs = 0;
    int m_offsetSeconds = 0;
};

} // namespace ir::http
