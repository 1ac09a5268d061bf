// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapibuilder.h"

#include "enums.h"
#include "kit.h"

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
        {QStringLiteral("interviewer"), text(QStringLiteral("Who conducts it, null when nobody was named."), true)},
        {QStringLiteral("kit_id"), text(QStringLiteral("The kit it was planned from, null when none."), true)},
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

QJsonObject integer(const QString &description, bool nullable = false)
{
    return prop(QStringLiteral("integer"), description, nullable);
}

QJsonObject strings(const QString &description)
{
    return array(text(QStringLiteral("One item.")), description);
}

// The question bank, kits and scorecards (issue 12).
QJsonObject planningSchemas()
{
    Props rubric;
    for (int level = 1; level <= RUBRIC_LEVELS; ++level)
        rubric.append({QString::number(level), text(QStringLiteral("What rating %1 means.").arg(level))});
    const QJsonObject page = object(
        {{QStringLiteral("items"), array(ref(QStringLiteral("BankQuestion")), QStringLiteral("Newest first."))},
         {QStringLiteral("total"), integer(QStringLiteral("All matches."))},
         {QStringLiteral("page"), integer(QStringLiteral("This page, from 1."))},
         {QStringLiteral("page_size"), integer(QStringLiteral("Questions per page."))}},
        QStringLiteral("One page of bank questions."));
    const QJsonObject kitList
        = object({{QStringLiteral("items"), array(ref(QStringLiteral("Kit")), QStringLiteral("By name."))},
                  {QStringLiteral("total"), integer(QStringLiteral("How many kits."))}},
                 QStringLiteral("Every kit."));
    return {
        {QStringLiteral("BankQuestion"),
         object(
             {{QStringLiteral("bank_question_id"), text(QStringLiteral("bq_<12 hex>."))},
              {QStringLiteral("question_text"), text(QStringLiteral("The question."))},
              {QStringLiteral("question_type"), enumProp(wireValues<QuestionType>(), QStringLiteral("Question type."))},
              {QStringLiteral("question_category"), text(QStringLiteral("Category, null when none."), true)},
              {QStringLiteral("difficulty_level"),
               enumProp(wireValues<DifficultyLevel>(), QStringLiteral("Difficulty."))},
              {QStringLiteral("tags"), strings(QStringLiteral("Tags, in the order given."))},
              {QStringLiteral("expected_answer"),
               text(QStringLiteral("What a good answer covers (for the interviewer only)."))},
              {QStringLiteral("created_at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
              {QStringLiteral("updated_at"), text(QStringLiteral("Local time of the last change."))}},
             QStringLiteral("A reusable question of the bank."))},
        {QStringLiteral("BankQuestionEnvelope"),
         envelope(ref(QStringLiteral("BankQuestion")), QStringLiteral("A bank question."))},
        {QStringLiteral("BankQuestionPageEnvelope"), envelope(page, QStringLiteral("A page of bank questions."))},
        {QStringLiteral("DeleteBankQuestionResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("bank_question_id"), text(QStringLiteral("The question deleted."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The bank question is gone."))},
        {QStringLiteral("Competency"),
         object({{QStringLiteral("key"), text(QStringLiteral("a-z, 0-9 and _, unique within the kit."))},
                 {QStringLiteral("name"), text(QStringLiteral("Name."))},
                 {QStringLiteral("description"), text(QStringLiteral("What it covers."))},
                 {QStringLiteral("weight"), prop(QStringLiteral("number"), QStringLiteral("0-10."))},
                 {QStringLiteral("rubric"), object(rubric, QStringLiteral("What each rating 1-4 means."))}},
                QStringLiteral("A competency the interviewer rates."))},
        {QStringLiteral("Kit"),
         object({{QStringLiteral("kit_id"), text(QStringLiteral("kit_<12 hex>."))},
                 {QStringLiteral("name"), text(QStringLiteral("Kit name."))},
                 {QStringLiteral("position"), text(QStringLiteral("The position it interviews for."))},
                 {QStringLiteral("session_type"),
                  enumProp(wireValues<SessionType>(), QStringLiteral("Interview type of its sessions."))},
                 {QStringLiteral("difficulty_level"),
                  enumProp(wireValues<DifficultyLevel>(), QStringLiteral("Difficulty of its sessions."))},
                 {QStringLiteral("estimated_duration"), integer(QStringLiteral("Minutes planned."))},
                 {QStringLiteral("competencies"),
                  array(ref(QStringLiteral("Competency")), QStringLiteral("What to rate."))},
                 {QStringLiteral("bank_question_ids"), strings(QStringLiteral("The planned questions, in order."))},
                 {QStringLiteral("created_at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
                 {QStringLiteral("updated_at"), text(QStringLiteral("Local time of the last change."))}},
                QStringLiteral("An interview plan for a position."))},
        {QStringLiteral("KitEnvelope"), envelope(ref(QStringLiteral("Kit")), QStringLiteral("An interview kit."))},
        {QStringLiteral("KitListEnvelope"), envelope(kitList, QStringLiteral("Every interview kit."))},
        {QStringLiteral("DeleteKitResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("kit_id"), text(QStringLiteral("The kit deleted."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The kit is gone."))},
        {QStringLiteral("CompetencyRating"),
         object({{QStringLiteral("key"), text(QStringLiteral("The competency's key."))},
                 {QStringLiteral("name"), text(QStringLiteral("The competency's name."))},
                 {QStringLiteral("weight"), prop(QStringLiteral("number"), QStringLiteral("Its weight, 0-10."))},
                 {QStringLiteral("rating"), integer(QStringLiteral("1-4, null while unrated."), true)},
                 {QStringLiteral("level_text"),
                  text(QStringLiteral("The rubric text of the rating, null while unrated."), true)},
                 {QStringLiteral("note"), text(QStringLiteral("The interviewer's note."))}},
                QStringLiteral("One competency of a scorecard."))},
        {QStringLiteral("Scorecard"),
         object({{QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
                 {QStringLiteral("interviewer"), text(QStringLiteral("Who conducts it, null when unnamed."), true)},
                 {QStringLiteral("competency_ratings"),
                  array(ref(QStringLiteral("CompetencyRating")), QStringLiteral("In the kit's order."))},
                 {QStringLiteral("recommendation"),
                  enumProp(wireValues<Recommendation>(), QStringLiteral("The overall recommendation."))},
                 {QStringLiteral("strengths"), text(QStringLiteral("Strengths."))},
                 {QStringLiteral("concerns"), text(QStringLiteral("Concerns."))},
                 {QStringLiteral("weighted_rating"),
                  prop(QStringLiteral("number"),
                       QStringLiteral("Weight-weighted mean of the given ratings, 1 decimal rounded half up; null "
                                      "while unrated."),
                       true)},
                 {QStringLiteral("submitted"),
                  prop(QStringLiteral("boolean"), QStringLiteral("Submitted scorecards do not change."))},
                 {QStringLiteral("submitted_at"), text(QStringLiteral("When it was submitted, null if not."), true)}},
                QStringLiteral("The interviewer's verdict on a session."))},
        {QStringLiteral("ScorecardEnvelope"),
         envelope(ref(QStringLiteral("Scorecard")), QStringLiteral("A session's scorecard."))},
        {QStringLiteral("NextQuestionResponse"),
         object(
             {{QStringLiteral("success"), success()},
              {QStringLiteral("session_id"), text(QStringLiteral("Interview session ID."))},
              {QStringLiteral("next_question"),
               object({{QStringLiteral("bank_question_id"), text(QStringLiteral("The bank question it came from."))},
                       {QStringLiteral("question_text"), text(QStringLiteral("The question to ask."))},
                       {QStringLiteral("question_type"),
                        enumProp(wireValues<QuestionType>(), QStringLiteral("Question type."))},
                       {QStringLiteral("question_category"), text(QStringLiteral("Category, null when none."), true)},
                       {QStringLiteral("position"), integer(QStringLiteral("1-based place in the kit's plan."))}},
                      QStringLiteral("Null when every planned question has been asked."), true)},
              {QStringLiteral("remaining"),
               integer(QStringLiteral("Planned questions not asked yet, this one included."))},
              {QStringLiteral("message"), message()}},
             QStringLiteral("The next planned question of a session."))},
    };
}

// Candidates, comparison, calibration and the audit log (issue 13).
QJsonObject candidateSchemas()
{
    const auto number = [](const QString &description, bool nullable = false) {
        return prop(QStringLiteral("number"), description, nullable);
    };
    const auto numbersByName = [&number](const QString &description, const QString &values) {
        QJsonObject schema = prop(QStringLiteral("object"), description);
        schema.insert(QStringLiteral("additionalProperties"), number(values));
        return schema;
    };
    const auto page = [](const QString &item, const QString &description) {
        return object({{QStringLiteral("items"), array(ref(item), QStringLiteral("This page's items."))},
                       {QStringLiteral("total"), integer(QStringLiteral("All matches."))},
                       {QStringLiteral("page"), integer(QStringLiteral("This page, from 1."))},
                       {QStringLiteral("page_size"), integer(QStringLiteral("Items per page."))}},
                      description);
    };
    const QJsonObject recommendation
        = enumProp(wireValues<Recommendation>(), QStringLiteral("The recommendation of the newest session."));
    Props recommendationCounts;
    for (const QString &value : wireValues<Recommendation>())
        recommendationCounts.append({value, integer(QStringLiteral("Sessions with this recommendation."))});
    return {
        {QStringLiteral("Candidate"),
         object({{QStringLiteral("user_id"), text(QStringLiteral("The user ID the sessions name."))},
                 {QStringLiteral("display_name"), text(QStringLiteral("Name to show, may be empty."))},
                 {QStringLiteral("email"), text(QStringLiteral("E-mail address, may be empty."))},
                 {QStringLiteral("position"), text(QStringLiteral("Position applied for, may be empty."))},
                 {QStringLiteral("notes"), text(QStringLiteral("Notes, may be empty."))},
                 {QStringLiteral("created_at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
                 {QStringLiteral("updated_at"), text(QStringLiteral("Local time of the last change."))},
                 {QStringLiteral("sessions"), integer(QStringLiteral("How many sessions."))},
                 {QStringLiteral("last_session_at"),
                  text(QStringLiteral("Creation time of the newest session, null without sessions."), true)},
                 {QStringLiteral("average_score"),
                  number(QStringLiteral("Mean over every scored question, 1 decimal; null if none."), true)},
                 {QStringLiteral("latest_recommendation"), recommendation}},
                QStringLiteral("One person, by user ID."))},
        {QStringLiteral("CandidateEnvelope"),
         envelope(ref(QStringLiteral("Candidate")), QStringLiteral("A candidate."))},
        {QStringLiteral("CandidatePageEnvelope"),
         envelope(page(QStringLiteral("Candidate"), QStringLiteral("One page of candidates.")),
                  QStringLiteral("A page of candidates."))},
        {QStringLiteral("EraseCandidateResponse"),
         object({{QStringLiteral("success"), success()},
                 {QStringLiteral("user_id"), text(QStringLiteral("The person erased."))},
                 {QStringLiteral("erased"),
                  object({{QStringLiteral("sessions"), integer(QStringLiteral("Sessions erased."))},
                          {QStringLiteral("questions"), integer(QStringLiteral("Questions erased."))}},
                         QStringLiteral("What was erased."))},
                 {QStringLiteral("message"), message()}},
                QStringLiteral("The person is gone."))},
        {QStringLiteral("ComparisonRow"),
         object({{QStringLiteral("user_id"), text(QStringLiteral("The candidate's user ID."))},
                 {QStringLiteral("display_name"), text(QStringLiteral("Name to show, may be empty."))},
                 {QStringLiteral("sessions"), integer(QStringLiteral("How many sessions."))},
                 {QStringLiteral("average_score"),
                  number(QStringLiteral("Mean over every scored question, 1 decimal; null if none."), true)},
                 {QStringLiteral("average_by_type"),
                  numbersByName(QStringLiteral("Mean score per question type (only types with a score). Types: ")
                                    + wireValues<QuestionType>().join(QStringLiteral(", ")) + u'.',
                                QStringLiteral("Mean score, 1 decimal."))},
                 {QStringLiteral("competencies"),
                  numbersByName(QStringLiteral("Per competency key: the weight-weighted mean rating over the "
                                               "candidate's scorecards."),
                                QStringLiteral("Rating 1-4, 1 decimal."))},
                 {QStringLiteral("latest_recommendation"), recommendation}},
                QStringLiteral("One candidate's figures."))},
        {QStringLiteral("ComparisonEnvelope"),
         envelope(array(ref(QStringLiteral("ComparisonRow")),
                        QStringLiteral("One row per candidate, in the order "
                                       "asked.")),
                  QStringLiteral("Candidates side by side."))},
        {QStringLiteral("InterviewerStats"),
         object(
             {{QStringLiteral("interviewer"),
               text(QStringLiteral("Who interviewed; null for sessions nobody "
                                   "was named for."),
                    true)},
              {QStringLiteral("sessions"), integer(QStringLiteral("Sessions."))},
              {QStringLiteral("questions"), integer(QStringLiteral("Scored questions of those sessions."))},
              {QStringLiteral("mean_score"), number(QStringLiteral("Mean score, 1 decimal; null if none."), true)},
              {QStringLiteral("score_stddev"),
               number(QStringLiteral("Population standard deviation of the scores, 1 decimal; null if none."), true)},
              {QStringLiteral("recommendations"),
               object(recommendationCounts, QStringLiteral("Sessions per recommendation."))},
              {QStringLiteral("ai_review"),
               object({{QStringLiteral("mean_delta"),
                        number(QStringLiteral("Mean of (reviewed score - posted score) over the questions the "
                                              "API posted whose score the interviewer changed; null if none."),
                               true)},
                       {QStringLiteral("questions"), integer(QStringLiteral("How many such questions."))}},
                      QStringLiteral("How far the interviewer moved the scores the workflow posted."))}},
             QStringLiteral("One interviewer's calibration figures."))},
        {QStringLiteral("InterviewerStatsEnvelope"),
         envelope(array(ref(QStringLiteral("InterviewerStats")), QStringLiteral("One row per interviewer.")),
                  QStringLiteral("Calibration figures."))},
        {QStringLiteral("AuditEntry"),
         object({{QStringLiteral("at"), text(QStringLiteral("Local time YYYY-MM-DDTHH:MM:SS."))},
                 {QStringLiteral("action"),
                  enumProp({QStringLiteral("erasure"), QStringLiteral("purge"), QStringLiteral("person_export"),
                            QStringLiteral("session_deletion"), QStringLiteral("api_key_change")},
                           QStringLiteral("What was done."))},
                 {QStringLiteral("actor"),
                  enumProp({QStringLiteral("ui"), QStringLiteral("api"), QStringLiteral("cli")},
                           QStringLiteral("Who did it."))},
                 {QStringLiteral("subject"),
                  text(QStringLiteral("A session ID, or for a person a one-way hash (sha256:...), never the "
                                      "name or user ID."))},
                 {QStringLiteral("count"), integer(QStringLiteral("How many sessions it concerned."))}},
                QStringLiteral("One entry of the audit log."))},
        {QStringLiteral("AuditPageEnvelope"),
         envelope(page(QStringLiteral("AuditEntry"), QStringLiteral("One page of the audit log, newest first.")),
                  QStringLiteral("A page of the audit log."))},
    };
}

QString errorDescription(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Invalid request: VALIDATION_ERROR, INVALID_SCORE, INVALID_SESSION_STATUS, "
                              "SESSION_ALREADY_STARTED, SESSION_ALREADY_FINISHED, DUPLICATE_QUESTION, "
                              "QUESTION_LIMIT_EXCEEDED, SESSION_LIMIT_EXCEEDED or SCORECARD_SUBMITTED.");
    case 401:
        return QStringLiteral("UNAUTHORIZED: the API key is missing or wrong.");
    case 404:
        return QStringLiteral("Unknown ID: SESSION_NOT_FOUND, QUESTION_NOT_FOUND, KIT_NOT_FOUND or "
                              "BANK_QUESTION_NOT_FOUND.");
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
         QJsonObject {
             {QStringLiteral("title"), QStringLiteral("Interview Service")},
             {QStringLiteral("version"), QStringLiteral(IR_VERSION)}, // CMake's project(VERSION)
             {QStringLiteral("description"),
              QStringLiteral(
                  "Interview Recorder's embedded API: interview sessions, questions and answers, "
                  "scores and summaries, a question bank, interview kits and scorecards, "
                  "compatible with the Dify workflows of the offline API "
                  "doc. Every POST accepts an Idempotency-Key header or a request_id body field "
                  "(1-100 characters): a repeat within 24 hours returns the first response. AI agents (Dify 1.6+, "
                  "Claude Desktop, Cursor) can use the same operations as MCP tools at /mcp on this "
                  "server (Model Context Protocol, Streamable HTTP, the same API key).")}}},
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

QJsonObject requestIdSchema()
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("description"),
             QStringLiteral("Optional idempotency key, 1-100 characters: a repeat within 24 hours returns the first "
                            "response.")}};
}

QJsonObject fieldSchema(const FieldDoc &field)
{
    QJsonObject schema {{QStringLiteral("type"), field.type}, {QStringLiteral("description"), field.description}};
    if (!field.enumValues.isEmpty())
        schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(field.enumValues));
    for (const auto &[key, value] :
         {std::pair {QStringLiteral("minimum"), field.minimum}, std::pair {QStringLiteral("maximum"), field.maximum},
          std::pair {QStringLiteral("example"), field.example}}) {
        if (!value.isUndefined() && !value.isNull())
            schema.insert(key, value);
    }
    if (field.type == QStringLiteral("object"))
        schema.insert(QStringLiteral("additionalProperties"), true);
    if (field.type == QStringLiteral("array"))
        schema.insert(QStringLiteral("items"), field.items);
    return schema;
}

QJsonObject OpenApiBuilder::operation(const Route &route) const
{
    const RouteDoc &doc = route.doc;
    QJsonArray parameters;
    QJsonObject bodyProps;
    QJsonArray bodyRequired;
    for (const FieldDoc &field : doc.fields) {
        const QJsonObject schema = fieldSchema(field);
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
        bodyProps.insert(QStringLiteral("request_id"), requestIdSchema());
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
    for (const QJsonObject &more : {planningSchemas(), candidateSchemas()}) {
        for (auto it = more.begin(); it != more.end(); ++it)
            schemas.insert(it.key(), it.value());
    }
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
