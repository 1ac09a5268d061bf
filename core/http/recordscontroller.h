// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class InterviewService;
}

namespace ir::http {

// Question records of the resource API: POST /records and the filtered GET /records.
class RecordsController final
{
public:
    explicit RecordsController(InterviewService &service);
    void registerRoutes(RouteTable &table);

private:
    HttpReply add(const RequestContext &request);
    HttpReply search(const RequestContext &request);

    InterviewService &m_service;
};

} // namespace ir::http
