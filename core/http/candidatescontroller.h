// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::http {

// Candidates, comparison, calibration and the candidate's data rights (issue 13):
// /candidates, /candidates/{user_id} (GET, PUT, DELETE = erasure), /candidates/{user_id}/export,
// /compare, /stats/interviewers and /audit.
class CandidatesController final
{
public:
    CandidatesController(InterviewService &service, const Clock &clock);
    void registerRoutes(RouteTable &table);

private:
    HttpReply list(const RequestContext &request);
    HttpReply get(const RequestContext &request);
    HttpReply update(const RequestContext &request);
    HttpReply erase(const RequestContext &request);
    HttpReply exportPerson(const RequestContext &request);
    HttpReply compare(const RequestContext &request);
    HttpReply interviewers(const RequestContext &request);
    HttpReply audit(const RequestContext &request);

    InterviewService &m_service;
    const Clock &m_clock;
};

} // namespace ir::http
