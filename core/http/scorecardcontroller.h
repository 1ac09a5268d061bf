// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class InterviewService;
}

namespace ir::http {

// A session's scorecard: GET/PUT /sessions/{session_id}/scorecard.
class ScorecardController final
{
public:
    explicit ScorecardController(InterviewService &service);
    void registerRoutes(RouteTable &table);

private:
    HttpReply get(const RequestContext &request);
    HttpReply update(const RequestContext &request);

    InterviewService &m_service;
};

} // namespace ir::http
