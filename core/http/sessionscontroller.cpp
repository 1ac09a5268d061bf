// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionscontroller.h"

#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonbody.h"
#include "jsonmapping.h"
#include "wireinput.h"

#include <QJsonArray>

namespace ir::http {
namespace {

constexpr int DEFAULT_LIST_LIMIT = 10;
constexpr int MAX_LIST_LIMIT = 50;

QJsonObject queryAsJson(const QHash<QString, QString> &query)
{
    QJsonObject object;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QList<FieldDoc> patchFields()
{
    QList<FieldDoc> fields = sessionDraftFields(true);
    fields.removeFirst(); // user_id cannot change, nor the kit a session was planned from
    fields.removeIf([](const FieldDoc &field) { return field.name == QStringLiteral("kit_id"); });
    fields.prepend({QStringLiteral("status"), QStringLiteral("string"),
                    QStringLiteral("New status: pending → in_progress → completed, or cancelled. One of: ")
                        + wireValues<SessionStatus>().join(QStringLiteral(", ")) + u'.',
                    false, wireValues<SessionStatus>(), QStringLiteral("in_progress")});
    fields.append({QStringLiteral("metadata"), QStringLiteral("object"),
                   QStringLiteral("Free-form JSON object (or a string holding one), at most 16 KiB."), false});
    return fields;
}

} // namespace

SessionsController::SessionsController(InterviewService &service, const Clock &clock)
    : m_service(service)
    , m_clock(clock)
{ }

void SessionsController::registerRoutes(RouteTable &table)
{
    const QString userId = QStringLiteral("user_id");
    const QString sessionId = QStringLiteral("session_id");
    FieldDoc status {QStringLiteral("status"), QStringLiteral("string"),
                     QStringLiteral("Only sessions with this status. One of: ")
                         + wireValues<SessionStatus>().join(QStringLiteral(", ")) + u'.',
                     false, wireValues<SessionStatus>()};
    status.in = QStringLiteral("query");
    FieldDoc limit {QStringLiteral("limit"),
                    QStringLiteral("integer"),
                    QStringLiteral("How many sessions to return, 1-50, default 10."),
                    false,
                    {},
                    DEFAULT_LIST_LIMIT};
    limit.in = QStringLiteral("query");
    limit.minimum = 1;
    limit.maximum = MAX_LIST_LIMIT;
    QList<FieldDoc> resourceDraft = sessionDraftFields(true);
    resourceDraft.append({QStringLiteral("metadata"), QStringLiteral("object"),
                          QStringLiteral("Free-form JSON object (or a string holding one), at most 16 KiB."), false});

    table.add({QStringLiteral("POST"),
               QStringLiteral("/interview/sessions"),
               [this](const RequestContext &r) { return createStandard(r); },
               true,
               true,
               true,
               {QStringLiteral("createSession"),
                QStringLiteral("Create an interview session"),
                QStringLiteral("Creates a new pending interview session (standard API)."),
                QStringLiteral("sessions"),
                sessionDraftFields(true),
                QStringLiteral("CreateSessionResponse"),
                {400, 401, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/interview/sessions/{user_id}"),
               [this](const RequestContext &r) { return listForUser(r); },
               true,
               false,
               true,
               {QStringLiteral("listUserSessions"),
                QStringLiteral("List a user's sessions"),
                QStringLiteral("Returns a user's sessions, newest first; total counts every match."),
                QStringLiteral("sessions"),
                {pathField(userId, QStringLiteral("User ID.")), status, limit},
                QStringLiteral("SessionListResponse"),
                {400, 401, 500}}});
    table.add({QStringLiteral("POST"),
               QStringLiteral("/sessions"),
               [this](const RequestContext &r) { return createResource(r); },
               true,
               true,
               true,
               {QStringLiteral("createSessionResource"),
                QStringLiteral("Create a session (resource API)"),
                QStringLiteral("Creates a session and returns all of its fields."),
                QStringLiteral("resources"),
                resourceDraft,
                QStringLiteral("SessionEnvelope"),
                {400, 401, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/sessions/{session_id}"),
               [this](const RequestContext &r) { return get(r); },
               true,
               false,
               true,
               {QStringLiteral("getSession"),
                QStringLiteral("Get a session with its questions"),
                QStringLiteral("Returns every field of a session and the full list of its questions in order."),
                QStringLiteral("resources"),
                {pathField(sessionId, QStringLiteral("Interview session ID."))},
                QStringLiteral("SessionDetailEnvelope"),
                {401, 404, 500}}});
    table.add({QStringLiteral("PUT"),
               QStringLiteral("/sessions/{session_id}"),
               [this](const RequestContext &r) { return update(r); },
               true,
               false,
               true,
               {QStringLiteral("updateSession"),
                QStringLiteral("Update a session"),
                QStringLiteral("Partial update: only the fields sent change. A status change follows the lifecycle "
                               "pending → in_progress → completed, or → cancelled."),
                QStringLiteral("resources"),
                QList<FieldDoc> {pathField(sessionId, QStringLiteral("Interview session ID."))} + patchFields(),
                QStringLiteral("SessionEnvelope"),
                {400, 401, 404, 500}}});
}

HttpReply SessionsController::createStandard(const RequestContext &request)
{
    SessionDraft draft;
    if (const auto invalid = wireinput::readSessionDraft(request.body, draft))
        return HttpReply::error(*invalid);
    const Result<Session> created = m_service.createSession(draft, Source::Api);
    if (!created)
        return HttpReply::error(ApiError::fromError(created.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("session_id"), created->sessionId},
        {QStringLiteral("data"), mapping::sessionFull(*created, m_clock.nowMs())},
        {QStringLiteral("message"), QStringLiteral("创建成功")},
    });
}

HttpReply SessionsController::listForUser(const RequestContext &request)
{
    const QString userId = request.param(QStringLiteral("user_id"));
    JsonBody query(queryAsJson(request.query));
    SessionFilter filter;
    filter.userId = userId;
    if (const std::optional<QString> status = query.optionalString(QStringLiteral("status"))) {
        filter.status = fromWire<SessionStatus>(*status);
        if (!filter.status)
            return HttpReply::error(wireinput::invalidStatus(*status));
    }
    const QString limitText = request.query.value(QStringLiteral("limit"));
    filter.limit = DEFAULT_LIST_LIMIT;
    if (!limitText.isEmpty()) {
        const std::optional<int> limit = query.integer(QStringLiteral("limit"), false);
        if (limit && (*limit < 1 || *limit > MAX_LIST_LIMIT))
            query.addError(QStringLiteral("limit"), QStringLiteral("must be between 1 and 50"));
        filter.limit = limit.value_or(DEFAULT_LIST_LIMIT);
    }
    if (const auto invalid = query.finish())
        return HttpReply::error(*invalid);
    const Result<Page<Session>> page = m_service.sessions(filter);
    if (!page)
        return HttpReply::error(ApiError::fromError(page.error()));
    QJsonArray sessions;
    for (const Session &session : page->items)
        sessions.append(mapping::sessionListItem(session));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("total"), page->total},
        {QStringLiteral("message"), QStringLiteral("获取成功")},
    });
}

HttpReply SessionsController::createResource(const RequestContext &request)
{
    SessionDraft draft;
    if (const auto invalid = wireinput::readSessionDraft(request.body, draft))
        return HttpReply::error(*invalid);
    const Result<Session> created = m_service.createSession(draft, Source::Api);
    if (!created)
        return HttpReply::error(ApiError::fromError(created.error()));
    return HttpReply::success(mapping::sessionFull(*created, m_clock.nowMs()), QStringLiteral("创建成功"));
}

HttpReply SessionsController::get(const RequestContext &request)
{
    const QString sessionId = request.param(QStringLiteral("session_id"));
    const Result<Session> found = m_service.session(sessionId);
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    const Result<QList<QuestionRecord>> questions = m_service.questions(sessionId);
    if (!questions)
        return HttpReply::error(ApiError::fromError(questions.error()));
    QJsonObject data = mapping::sessionFull(*found, m_clock.nowMs());
    QJsonArray list;
    for (const QuestionRecord &record : *questions)
        list.append(mapping::questionFull(record));
    data.insert(QStringLiteral("questions"), list);
    return HttpReply::success(data, QStringLiteral("获取成功"));
}

HttpReply SessionsController::update(const RequestContext &request)
{
    SessionPatch patch;
    if (const auto invalid = wireinput::readSessionPatch(request.body, patch))
        return HttpReply::error(*invalid);
    const Result<Session> updated
        = m_service.updateSession(request.param(QStringLiteral("session_id")), patch, Source::Api);
    if (!updated)
        return HttpReply::error(ApiError::fromError(updated.error()));
    return HttpReply::success(mapping::sessionFull(*updated, m_clock.nowMs()), QStringLiteral("更新成功"));
}

} // namespace ir::http
