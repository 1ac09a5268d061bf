// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routetable.h"

namespace ir {
class Clock;
class InterviewService;
} // namespace ir

namespace ir::http {

// The four Dify endpoints of the seed doc (create, add-qa, latest and summary) and the next
// planned question of a session's kit.
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
    HttpReply nextQuestion(const RequestContext &request);

    InterviewService &m_service;
    const Clock &m_clock;
};

// Field docs shared with the other controllers.
QList<FieldDoc> sessionDraftFields(bool withDuration);
QList<FieldDoc> questionFields();
FieldDoc pathField(const QString &name, const QString &description);
FieldDoc queryParameter(const QString &name, const QString &type, const QString &description,
                        const QStringList &enumValues = {});
// A body property that is a list (documented with the schema of each element).
FieldDoc arrayField(const QString &name, const QString &description, const QJsonObject &items, bool required = false);
// " One of: a, b, c." for descriptions (Dify's importer drops enum).
QString oneOf(const QStringList &values);

} // namespace ir::http
