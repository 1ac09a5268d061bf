// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptools.h"

#include "jsonbody.h"
#include "openapibuilder.h"

#include <QJsonDocument>

#include <cmath>

namespace ir::http {
namespace {

const QString REQUEST_ID = QStringLiteral("request_id");

struct ToolSpec
{
    const char *name;
    const char *title;
    const char *method;
    const char *pattern;
    QStringList arguments; // the route's fields the tool takes; empty: all of them
    const char *lead; // what the tool is for, before what the route's doc says
};

// The contract's tools ("MCP endpoint" in the API spec); each names the route it runs.
QList<ToolSpec> specs()
{
    return {
        {"create_session",
         "Create an interview session",
         "POST",
         "/dify/interview/create",
         {QStringLiteral("user_id"), QStringLiteral("session_name"), QStringLiteral("difficulty_level"),
          QStringLiteral("session_type"), QStringLiteral("kit_id")},
         "Starts recording an interview: creates a pending session for the candidate user_id and returns its "
         "session_id (session_YYYYMMDD_HHMMSS_<8 hex>), which add_question, update_session, get_summary and "
         "get_next_question take. With kit_id the session follows that interview kit's planned questions."},
        {"add_question",
         "Record a question and answer",
         "POST",
         "/dify/interview/add-qa",
         {},
         "Records one question of a pending or in_progress session with the candidate's answer, the interviewer's "
         "feedback and a score from 0 to 10 (at most 50 questions per session). The same question_text again with "
         "other values is DUPLICATE_QUESTION; an identical retry returns the existing question_id."},
        {"get_summary",
         "Get an interview summary",
         "GET",
         "/dify/interview/{session_id}/summary",
         {},
         "Returns a session's figures (total and completed questions, average score, status, start and end time, "
         "duration in minutes) and its questions with their scores."},
        {"get_latest_session",
         "Get a candidate's latest session",
         "GET",
         "/dify/interview/{user_id}/latest",
         {},
         "Returns the most recently created session of user_id (session_id, session_name, status, created_at), "
         "or latest_session null when the user has none."},
        {"list_sessions",
         "List a candidate's sessions",
         "GET",
         "/interview/sessions/{user_id}",
         {},
         "Returns user_id's sessions, newest first, each with its number of questions and average score; total "
         "counts every match."},
        {"search_records",
         "Search question records",
         "GET",
         "/records",
         {},
         "Searches recorded questions across sessions by session, user, question type, category, score range, "
         "creation time and text (q), newest first, one page at a time."},
        {"update_session",
         "Update an interview session",
         "PUT",
         "/sessions/{session_id}",
         {},
         "Changes a session; only the arguments given change. status moves pending → in_progress → completed, or "
         "to cancelled; a completed or cancelled session cannot change any more."},
        {"get_next_question",
         "Get the next planned question",
         "GET",
         "/dify/interview/{session_id}/next-question",
         {},
         "For a session created from a kit: returns the first planned question not asked yet (question_text, "
         "question_type, question_category) and how many remain; next_question is null when none is left or the "
         "session has no kit."},
    };
}

const Route *findRoute(const RouteTable &table, const QString &method, const QString &pattern)
{
    for (const Route &route : table.routes()) {
        if (route.method == method && route.pattern == pattern)
            return &route;
    }
    return nullptr;
}

// A query parameter's text as the route would read it from a URL.
std::optional<QString> queryText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    return std::nullopt;
}

} // namespace

McpTools::McpTools(const RouteTable &table)
{
    for (const ToolSpec &spec : specs()) {
        const Route *route = findRoute(table, QString::fromLatin1(spec.method), QString::fromLatin1(spec.pattern));
        if (!route)
            continue; // e.g. a test's table without that controller
        McpTool tool;
        tool.name = QString::fromLatin1(spec.name);
        tool.title = QString::fromLatin1(spec.title);
        tool.route = route;
        for (const FieldDoc &field : route->doc.fields) {
            if (spec.arguments.isEmpty() || spec.arguments.contains(field.name))
                tool.fields << field;
        }
        tool.description = QString::fromUtf8(spec.lead) + QStringLiteral(" Returns the JSON API's response of ")
            + route->method + u' ' + route->pattern
            + QStringLiteral("; on failure isError is true and the text is the error envelope {success: false, "
                             "error_code, message, details} that says what went wrong.");
        m_tools << tool;
    }
}

const McpTool *McpTools::find(const QString &name) const
{
    for (const McpTool &tool : m_tools) {
        if (tool.name == name)
            return &tool;
    }
    return nullptr;
}

QJsonArray McpTools::list() const
{
    QJsonArray tools;
    for (const McpTool &tool : m_tools) {
        QJsonObject properties;
        QJsonArray required;
        for (const FieldDoc &field : tool.fields) {
            properties.insert(field.name, fieldSchema(field));
            if (field.required)
                required.append(field.name);
        }
        if (tool.route->idempotent)
            properties.insert(REQUEST_ID, requestIdSchema());
        QJsonObject schema {{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("properties"), properties}};
        if (!required.isEmpty())
            schema.insert(QStringLiteral("required"), required);
        const bool reads = tool.route->method == QStringLiteral("GET") && !tool.route->onWriter;
        tools.append(QJsonObject {
            {QStringLiteral("name"), tool.name},
            {QStringLiteral("title"), tool.title},
            {QStringLiteral("description"), tool.description},
            {QStringLiteral("inputSchema"), schema},
            {QStringLiteral("annotations"),
             QJsonObject {{QStringLiteral("title"), tool.title},
                          {QStringLiteral("readOnlyHint"), reads},
                          {QStringLiteral("destructiveHint"), false},
                          {QStringLiteral("idempotentHint"), reads},
                          {QStringLiteral("openWorldHint"), false}}},
        });
    }
    return tools;
}

std::optional<ApiError> McpTools::requestFor(const McpTool &tool, const QJsonObject &arguments, RequestContext &context)
{
    const Route &route = *tool.route;
    context.method = route.method;
    JsonBody reader(arguments);
    QString path = route.pattern;
    for (const FieldDoc &field : tool.fields) {
        const QJsonValue value = arguments.value(field.name);
        if (field.in == QStringLiteral("path")) {
            const QString text = reader.requiredString(field.name);
            if (value.isString() && text.isEmpty())
                reader.addError(field.name, QStringLiteral("must not be empty"));
            context.pathParams.insert(field.name, text);
            path.replace(u'{' + field.name + u'}', text);
        } else if (field.in == QStringLiteral("query")) {
            if (value.isUndefined() || value.isNull())
                continue;
            const std::optional<QString> text = queryText(value);
            if (!text) {
                reader.addError(field.name, QStringLiteral("must be a string or a number"));
                continue;
            }
            context.query.insert(field.name, *text);
            context.queryLists.insert(field.name, {*text});
        } else if (arguments.contains(field.name)) {
            context.body.insert(field.name, value);
        }
    }
    if (route.idempotent && arguments.contains(REQUEST_ID))
        context.body.insert(REQUEST_ID, arguments.value(REQUEST_ID));
    context.path = path;
    return reader.finish();
}

QJsonObject McpTools::callResult(const HttpReply &reply)
{
    const bool failed = reply.status >= 400;
    QJsonObject result {
        {QStringLiteral("content"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), QString::fromUtf8(reply.body)}}}},
        {QStringLiteral("isError"), failed},
    };
    const QJsonDocument body = QJsonDocument::fromJson(reply.body);
    if (!failed && body.isObject())
        result.insert(QStringLiteral("structuredContent"), body.object());
    return result;
}

} // namespace ir::http
