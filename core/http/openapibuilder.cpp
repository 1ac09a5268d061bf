// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapibuilder.h"

#include "enums.h"

#include <QJsonArray>

namespace ir::http {
namespace {

using Props = QList<QPair<QString, QJsonObject>>;

QJsonObject prop(const QString &type, const QString &description, bool nullable = false)
{
    QJsonObject schema {{QStringLiteral("type"), type}, {QStringLiteral("description"), description}};
    if (nullable)
        schema.insert(QStringLiteral("nullable"), true);
    return schema;
}

QJsonObject enumProp(const QStringList &values, const QString &description)
{
    QJsonObject schema = prop(QStringLiteral("string"),
                              description + QStringLiteral(" One of: ") + values.join(QStringLiteral(", ")) + u'.');
    schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(values));
    return schema;
}

QJsonObject ref(const QString &name)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + name)}};
}

QJsonObject array(const QJsonObject &items, const QString &description)
{
    QJsonObject schema = prop(QStringLiteral("array"), description);
    schema.insert(QStringLiteral("items"), items);
    return schema;
}

QJsonObject object(const Props &properties, const QString &description, bool nullable = false)
{
    QJsonObject props;
    QJsonArray required;
    for (const auto &[name, schema] : properties) {
        props.insert(name, schema);
        required.append(name);
    }
    QJsonObject schema = prop(QStringLiteral("object"), description, nullable);
    schema.insert(QStringLiteral("properties"), props);
    schema.insert(QStringLiteral("required"), required);
    return schema;
}

QJsonObject success()
{
    return prop(QStringLiteral("boolean"), QStringLiteral("Always true on success."));
}

QJsonObject message()
{
    return prop(QStringLiteral("string"), QStringLiteral("Human-readable result (Chinese)."));
}

QJsonObject text(const QString &description, bool nullable = false)
{
    return prop(QStringLiteral("string"), description, nullable);
}

Props sessionBriefProps()
{
    return {
        {QStringLiteral("session_id"), text(QStringLiteral("session_YYYYMMDD_HHMMSS_<8 hex>."))},
        {QStringLiteral("session_name"), text(QStringLiteral("Session name, null when none."), true)},
        {QStringLiteral("status"), enumProp(wireValues<SessionStatus>(), QStringLiteral("Session status."))},
        {QStringLiteral("created_at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
    };
}

Props sessionProps()
{
    Props props = sessionBriefProps();
    props += Props {
        {QStringLiteral("user_id"), text(QStringLiteral("User ID."))},
        {QStringLiteral("session_type"), enumProp(wireValues<SessionType>(), QStringLiteral("Interview type."))},
        {QStringLiteral("difficulty_level"), enumProp(wireValues<DifficultyLevel>(), QStringLiteral("Difficulty."))},
        {QStringLiteral("estimated_duration"), prop(QStringLiteral("integer"), QStringLiteral("Minutes planned."))},
        {QStringLiteral("updated_at"), text(QStringLiteral("Local time of the last change."))},
        {QStringLiteral("start_time"), text(QStringLiteral("When it started, null if never."), true)},
        {QStringLiteral("end_time"), text(QStringLiteral("When it ended, null if not."), true)},
        {QStringLiteral("duration"),
         prop(QStringLiteral("number"), QStringLiteral("Minutes, null if never started."), true)},
        {QStringLiteral("metadata"), prop(QStringLiteral("object"), QStringLiteral("Free-form metadata."))},
        {QStringLiteral("total_questions"), prop(QStringLiteral("integer"), QStringLiteral("Questions asked."))},
        {QStringLiteral("completed_questions"),
         prop(QStringLiteral("integer"), QStringLiteral("Answered and scored."))},
        {QStringLiteral("average_score"),
         prop(QStringLiteral("number"), QStringLiteral("1 decimal; null if none scored."), true)},
        {QStringLiteral("recommendation"), text(QStringLiteral("The interviewer's verdict."))},
        {QStringLiteral("source"), text(QStringLiteral("Who created it: ui or api."))},
    };
    return props;
}

Props questionProps()
{
    return {
        {QStringLiteral("question_id"), text(QStringLiteral("<session_id>_qNNN."))},
        {QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
        {QStringLiteral("question_number"), prop(QStringLiteral("integer"), QStringLiteral("1-based position."))},
        {QStringLiteral("question_text"), text(QStringLiteral("The question."))},
        {QStringLiteral("question_type"), enumProp(wireValues<QuestionType>(), QStringLiteral("Question type."))},
        {QStringLiteral("question_category"), text(QStringLiteral("Category, null when none."), true)},
        {QStringLiteral("candidate_answer"), text(QStringLiteral("The candidate's answer."))},
        {QStringLiteral("interviewer_feedback"), text(QStringLiteral("The interviewer's feedback."))},
        {QStringLiteral("overall_score"),
         prop(QStringLiteral("number"), QStringLiteral("0-10, null if unscored."), true)},
        {QStringLiteral("created_at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
        {QStringLiteral("updated_at"), text(QStringLiteral("Local time of the last change."))},
        {QStringLiteral("source"), text(QStringLiteral("Who created it: ui or api."))},
        {QStringLiteral("reviewed"),
         prop(QStringLiteral("boolean"), QStringLiteral("False until the interviewer reviews it."))},
    };
}

QJsonObject envelope(const QJsonObject &data, const QString &description)
{
    return object({{QStringLiteral("success"), success()},
                   {QStringLiteral("data"), data},
                   {QStringLiteral("message"), message()}},
                  description);
}

QString errorDescription(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Invalid request: VALIDATION_ERROR, INVALID_SCORE, INVALID_SESSION_STATUS, "
                              "SESSION_ALREADY_STARTED, SESSION_ALREADY_FINISHED, DUPLICATE_QUESTION, "
                              "QUESTION_LIMIT_EXCEEDED or SESSION_LIMIT_EXCEEDED.");
    case 401:
        return QStringLiteral("UNAUTHORIZED: the API key is missing or wrong.");
    case 404:
        return QStringLiteral("SESSION_NOT_FOUND or QUESTION_NOT_FOUND.");
    case 503:
        return QStringLiteral("The database cannot be used (status unhealthy).");
    default:
        return QStringLiteral("DATABASE_ERROR: storage failure; nothing was written.");
    }
}

} // namespace

OpenApiBuilder::OpenApiBuilder(const RouteTable &routes, const QString &publicUrl, bool authEnabled)
    : m_routes(routes)
    , m_publicUrl(publicUrl)
    , m_authEnabled(authEnabled)
{ }

QJsonObject OpenApiBuilder::build() const
{
    QJsonObject paths;
    for (const Route &route : m_routes.routes()) {
        if (!route.documented)
            continue;
        QJsonObject item = paths.value(route.pattern).toObject();
        item.insert(route.method.toLower(), operation(route));
        paths.insert(route.pattern, item);
    }
    QJsonObject document {
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject {{QStringLiteral("title"), QStringLiteral("Interview Service")},
                      {QStringLiteral("version"), QStringLiteral("1.0.0")},
                      {QStringLiteral("description"),
                       QStringLiteral("Interview Recorder's embedded API: interview sessions, questions and answers, "
                                      "scores and summaries, compatible with the Dify workflows of the offline API "
                                      "doc. Every POST accepts an Idempotency-Key header or a request_id body field "
                                      "(1-100 characters): a repeat within 24 hours returns the first response.")}}},
        {QStringLiteral("servers"),
         QJsonArray {QJsonObject {{QStringLiteral("url"), m_publicUrl},
                                  {QStringLiteral("description"), QStringLiteral("This Interview Recorder")}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), components(m_authEnabled)},
    };
    if (m_authEnabled) {
        document.insert(QStringLiteral("security"),
                        QJsonArray {QJsonObject {{QStringLiteral("ApiKeyAuth"), QJsonArray()}},
                                    QJsonObject {{QStringLiteral("BearerAuth"), QJsonArray()}}});
    }
    return document;
}

QJsonObject OpenApiBuilder::operation(const Route &route) const
{
    const RouteDoc &doc = route.doc;
    QJsonArray parameters;
    QJsonObject bodyProps;
    QJsonArray bodyRequired;
    for (const FieldDoc &field : doc.fields) {
        QJsonObject schema {{QStringLiteral("type"), field.type}, {QStringLiteral("description"), field.description}};
        if (!field.enumValues.isEmpty())
            schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(field.enumValues));
        for (const auto &[key, value] : {std::pair {QStringLiteral("minimum"), field.minimum},
                                         std::pair {QStringLiteral("maximum"), field.maximum},
                                         std::pair {QStringLiteral("example"), field.example}}) {
            if (!value.isUndefined() && !value.isNull())
                schema.insert(key, value);
        }
        if (field.type == QStringLiteral("object"))
            schema.insert(QStringLiteral("additionalProperties"), true);
        if (field.in == QStringLiteral("body")) {
            bodyProps.insert(field.name, schema);
            if (field.required)
                bodyRequired.append(field.name);
            continue;
        }
        parameters.append(QJsonObject {{QStringLiteral("name"), field.name},
                                       {QStringLiteral("in"), field.in},
                                       {QStringLiteral("required"), field.required},
                                       {QStringLiteral("description"), field.description},
                                       {QStringLiteral("schema"), schema}});
    }
    QJsonObject op {{QStringLiteral("operationId"), doc.operationId},
                    {QStringLiteral("summary"), doc.summary},
                    {QStringLiteral("description"), doc.description},
                    {QStringLiteral("tags"), QJsonArray {doc.tag}},
                    {QStringLiteral("parameters"), parameters}};
    if (route.idempotent) {
        bodyProps.insert(QStringLiteral("request_id"),
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                      {QStringLiteral("description"),
                                       QStringLiteral("Optional idempotency key, 1-100 characters: a repeat within 24 "
                                                      "hours returns the first response.")}});
    }
    if (!bodyProps.isEmpty()) {
        QJsonObject schema {{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("properties"), bodyProps}};
        if (!bodyRequired.isEmpty())
            schema.insert(QStringLiteral("required"), bodyRequired);
        op.insert(QStringLiteral("requestBody"),
                  QJsonObject {{QStringLiteral("required"), true},
                               {QStringLiteral("content"),
                                QJsonObject {{QStringLiteral("application/json"),
                                              QJsonObject {{QStringLiteral("schema"), schema}}}}}});
    }
    QJsonObject successContent {
        {QStringLiteral("application/json"), QJsonObject {{QStringLiteral("schema"), ref(doc.responseSchema)}}}};
    if (!doc.fileMediaTypes.isEmpty()) {
        successContent = {};
        const QJsonObject file {{QStringLiteral("schema"),
                                 QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                              {QStringLiteral("format"), QStringLiteral("binary")}}}};
        for (const QString &mediaType : doc.fileMediaTypes)
            successContent.insert(mediaType, file);
    }
    QJsonObject responses {{QStringLiteral("200"),
                            QJsonObject {{QStringLiteral("description"), QStringLiteral("Success.")},
                                         {QStringLiteral("content"), successContent}}}};
    QList<int> statuses = doc.errorStatuses;
    if (m_authEnabled && route.requiresAuth && !statuses.contains(401))
        statuses << 401;
    for (int status : statuses) {
        if (status == 401 && !(m_authEnabled && route.requiresAuth))
            continue;
        const QString schemaName = status == 503 ? doc.responseSchema : QStringLiteral("ErrorResponse");
        responses.insert(QString::number(status),
                         QJsonObject {{QStringLiteral("description"), errorDescription(status)},
                                      {QStringLiteral("content"),
                                       QJsonObject {{QStringLiteral("application/json"),
                                                     QJsonObject {{QStringLiteral("schema"), ref(schemaName)}}}}}});
    }
    op.insert(QStringLiteral("responses"), responses);
    if (!route.requiresAuth && m_authEnabled)
        op.insert(QStringLiteral("security"), QJsonArray());
    return op;
}

QJsonObject OpenApiBuilder::components(bool authEnabled)
{
    const QJsonObject summaryFigures = object(
        {{QStringLiteral("total_questions"), prop(QStringLiteral("integer"), QStringLiteral("Questions asked."))},
         {QStringLiteral("completed_questions"),
          prop(QStringLiteral("integer"), QStringLiteral("Answered and scored."))},
         {QStringLiteral("average_score"),
          prop(QStringLiteral("number"), QStringLiteral("1 decimal; null if none scored."), true)},
         {QStringLiteral("session_status"), enumProp(wireValues<SessionStatus>(), QStringLiteral("Session status."))},
         {QStringLiteral("start_time"), text(QStringLiteral("When it started, null if never."), true)},
         {QStringLiteral("end_time"), text(QStringLiteral("When it ended, null if not."), true)},
         {QStringLiteral("duration"),
          prop(QStringLiteral("number"), QStringLiteral("Minutes, null if never started."), true)}},
        QStringLiteral("Figures of the session."));
    Props detail = sessionProps();
    detail.append({QStringLiteral("questions"),
                   array(ref(QStringLiteral("QuestionRecord")), QStringLiteral("Questions in order."))});

    QJsonObject schemas {
        {QStringLiteral("ErrorResponse"),
         object({{QStringLiteral("success"), prop(QStringLiteral("boolean"), QStringLiteral("Always false."))},
                 {QStringLiteral("error_code"), text(QStringLiteral("Contract error code, e.g. VALIDATION_ERROR."))},
                 {QStringLiteral("message"), message()},
                 {QStringLiteral("details"), text(QStringLiteral("Field-level detail."))}},
                QStringLiteral("The error envelope."))},
        {QStringLiteral("HealthResponse"),
         object({{QStringLiteral("status"),
                  enumProp({QStringLiteral("healthy"), QStringLiteral("unhealthy"), QStringLiteral("error")},
                           QStringLiteral("Service status."))},
                 {QStringLiteral("timestamp"), text(QStringLiteral("Local time with microseconds."))},
                 {QStringLiteral("database_connected"),
                  prop(QStringLiteral("boolean"), QStringLiteral("Whether the database answers."))},
                 {QStringLiteral("external_services"),
                  prop(QStringLiteral("object"), QStringLiteral("External services (none)."))},
                 {QStringLiteral("stats"),
                  prop(QStringLiteral("object"),
                       QStringLiteral("service_name, port, database_status (connected, or why the database "
                                      "cannot be used: locked, disk_full, missing, corrupt, read_only), version, "
                                      "uptime_seconds."))}},
                QStringLiteral("Health report."))},
        {QStringLiteral("CreateInterviewResponse"),
         object(Props {{QStringLiteral("success"), success()},
                       {QStringLiteral("user_id"), text(QStringLiteral("User ID."))}}
                    + sessionBriefProps() + Props {{QStringLiteral("message"), message()}},
                QStringLiteral("The new session."))},
        {QStringLiteral("AddQaResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("question_id"), text(QStringLiteral("<session_id>_qNNN."))},
                 {QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
                 {QStringLiteral("status"), text(QStringLiteral("Always added."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The question added (or the existing one, for an identical retry)."))},
        {QStringLiteral("LatestInterviewResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("user_id"), text(QStringLiteral("User ID."))},
                 {QStringLiteral("latest_session"),
                  object(sessionBriefProps(), QStringLiteral("Null when the user has no session."), true)},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The latest session of a user."))},
        {QStringLiteral("InterviewSummaryResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
                 {QStringLiteral("summary"), summaryFigures},
                 {QStringLiteral("questions_summary"),
                  array(ref(QStringLiteral("QuestionSummary")), QStringLiteral("Questions in order."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("Summary of a session."))},
        {QStringLiteral("QuestionSummary"),
         object(
             {{QStringLiteral("question_id"), text(QStringLiteral("<session_id>_qNNN."))},
              {QStringLiteral("question_text"), text(QStringLiteral("The question."))},
              {QStringLiteral("question_type"), enumProp(wireValues<QuestionType>(), QStringLiteral("Question type."))},
              {QStringLiteral("overall_score"),
               prop(QStringLiteral("number"), QStringLiteral("0-10, null if unscored."), true)}},
             QStringLiteral("One question in a summary."))},
        {QStringLiteral("CreateSessionResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
                 {QStringLiteral("data"), ref(QStringLiteral("Session"))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The new session."))},
        {QStringLiteral("SessionListResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("user_id"), text(QStringLiteral("User ID."))},
                 {QStringLiteral("sessions"),
                  array(ref(QStringLiteral("SessionListItem")), QStringLiteral("Newest first."))},
                 {QStringLiteral("total"),
                  prop(QStringLiteral("integer"), QStringLiteral("All matches, not just this page."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("A user's sessions."))},
        {QStringLiteral("SessionListItem"),
         object(sessionBriefProps()
                    + Props {{QStringLiteral("total_questions"),
                              prop(QStringLiteral("integer"), QStringLiteral("Questions asked."))},
                             {QStringLiteral("average_score"),
                              prop(QStringLiteral("number"), QStringLiteral("1 decimal; null if none scored."), true)}},
                QStringLiteral("One session in a list."))},
        {QStringLiteral("Session"), object(sessionProps(), QStringLiteral("An interview session."))},
        {QStringLiteral("SessionDetail"), object(detail, QStringLiteral("A session with its questions."))},
        {QStringLiteral("QuestionRecord"),
         object(questionProps(), QStringLiteral("A question with answer, feedback and score."))},
        {QStringLiteral("SessionEnvelope"), envelope(ref(QStringLiteral("Session")), QStringLiteral("A session."))},
        {QStringLiteral("SessionDetailEnvelope"),
         envelope(ref(QStringLiteral("SessionDetail")), QStringLiteral("A session with its questions."))},
        {QStringLiteral("RecordEnvelope"),
         envelope(ref(QStringLiteral("QuestionRecord")), QStringLiteral("A question record."))},
        {QStringLiteral("RecordPageEnvelope"),
         envelope(
             object(
                 {{QStringLiteral("items"),
                   array(ref(QStringLiteral("QuestionRecord")), QStringLiteral("Newest first."))},
                  {QStringLiteral("total"), prop(QStringLiteral("integer"), QStringLiteral("All matches."))},
                  {QStringLiteral("page"), prop(QStringLiteral("integer"), QStringLiteral("This page, from 1."))},
                  {QStringLiteral("page_size"), prop(QStringLiteral("integer"), QStringLiteral("Records per page."))}},
                 QStringLiteral("One page of records.")),
             QStringLiteral("A page of question records."))},
    };
    QJsonObject result {{QStringLiteral("schemas"), schemas}};
    if (authEnabled) {
        result.insert(
            QStringLiteral("securitySchemes"),
            QJsonObject {
                {QStringLiteral("ApiKeyAuth"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("apiKey")},
                              {QStringLiteral("in"), QStringLiteral("header")},
                              {QStringLiteral("name"), QStringLiteral("X-API-Key")},
                              {QStringLiteral("description"), QStringLiteral("The API key shown in the app.")}}},
                {QStringLiteral("BearerAuth"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("http")},
                              {QStringLiteral("scheme"), QStringLiteral("bearer")},
                              {QStringLiteral("description"), QStringLiteral("Authorization: Bearer <API key>.")}}}});
    }
    return result;
}

} // namespace ir::http
