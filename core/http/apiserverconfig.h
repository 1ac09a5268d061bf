// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servercontrol.h"

namespace ir {
class Exporter;
}

namespace ir::http {

inline constexpr qint64 DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

// Everything the API server needs besides the service: where to listen, who may call it, limits.
struct ApiServerConfig
{
    ServerSettings settings;
    // Serves GET /sessions/{id}/export when set; must outlive the server.
    Exporter *exporter = nullptr;
    qint64 maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    // A request must arrive whole this long after its first byte; idle connections close later.
    int requestTimeoutMs = 30'000;
    int idleTimeoutMs = 120'000;
    // Connections open at once; past it a new one is closed at once.
    int maxConnections = 1000;
    // Repeated authentication failures from one address within the window lock it out.
    int authFailureLimit = 10;
    int authFailureWindowSeconds = 60;
    int authCooldownSeconds = 60;
};

} // namespace ir::http
