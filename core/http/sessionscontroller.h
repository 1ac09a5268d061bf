// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::http {

// Sessions: the standard API of the seed doc (/interview/sessions) and the resource API of
// the seed plan (/sessions).
class SessionsController final
{
public:
    SessionsController(InterviewService &service, const Clock &clock);
    void registerRoutes(RouteTable &table);

private:
    HttpReply createStandard(const RequestContext &request);
    HttpReply listForUser(const RequestContext &request);
    HttpReply createResource(const RequestContext &request);
    HttpReply get(const RequestContext &request);
    HttpReply update(const RequestContext &request);

    InterviewService &m_service;
    const Clock &m_clock;
};

} // namespace ir::http
