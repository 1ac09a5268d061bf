// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"
#include "storagehealth.h"

#include <functional>

namespace ir {
class Clock;
} // namespace ir

namespace ir::http {

// GET /health: reports the database truthfully (503 when it cannot be used). Never needs a key.
// Runs no query itself: it reports the StorageHealth that the writer, the readers and the probes
// keep, so that /health answers at once however busy they are, and says why it is unhealthy.
class HealthController final
{
public:
    HealthController(const Clock &clock, std::function<quint16()> port, std::function<StorageFault()> storageFault);
    void registerRoutes(RouteTable &table);

private:
    HttpReply health(const RequestContext &request);
    QString timestamp(qint64 nowMs);

    const Clock &m_clock;
    std::function<quint16()> m_port;
    std::function<StorageFault()> m_storageFault;
    qint64 m_startedAtMs = 0;
    qint64 m_offsetCheckedAtMs = 0;
    int m_offsetSeconds = 0;
};

} // namespace ir::http
