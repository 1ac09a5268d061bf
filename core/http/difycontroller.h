// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::http {

// The four Dify endpoints of the seed doc: create, add-qa, latest and summary.
class DifyController final
{
public:
    DifyController(InterviewService &service, const Clock &clock);
    void registerRoutes(RouteTable &table);

private:
    HttpReply create(const RequestContext &request);
    HttpReply addQa(const RequestContext &request);
    HttpReply latest(const RequestContext &request);
    HttpReply summary(const RequestContext &request);

    InterviewService &m_service;
    const Clock &m_clock;
};

// Field docs shared with the other controllers.
QList<FieldDoc> sessionDraftFields(bool withDuration);
QList<FieldDoc> questionFields();
FieldDoc pathField(const QString &name, const QString &description);

} // namespace ir::http
