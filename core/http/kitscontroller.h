// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class InterviewService;
}

namespace ir::http {

// Interview kits: GET/POST /kits, GET/PUT/DELETE /kits/{kit_id}.
class KitsController final
{
public:
    explicit KitsController(InterviewService &service);
    void registerRoutes(RouteTable &table);

private:
    HttpReply list(const RequestContext &request);
    HttpReply create(const RequestContext &request);
    HttpReply get(const RequestContext &request);
    HttpReply update(const RequestContext &request);
    HttpReply remove(const RequestContext &request);

    InterviewService &m_service;
};

} // namespace ir::http
