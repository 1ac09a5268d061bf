// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class Exporter;
}

namespace ir::http {

// GET /sessions/{session_id}/export?format=md|html|pdf|csv|json: one session as a file.
class ExportController final
{
public:
    explicit ExportController(Exporter &exporter);
    void registerRoutes(RouteTable &table);

private:
    HttpReply exportSession(const RequestContext &request);

    Exporter &m_exporter;
};

} // namespace ir::http
