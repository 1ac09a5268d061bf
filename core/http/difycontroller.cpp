// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "difycontroller.h"

#include "clock.h"
#include "interviewservice.h"
#include "jsonmapping.h"
#include "rules.h"
#include "wireinput.h"
#include "wiretime.h"

#include <QJsonArray>

#include <limits>

namespace ir::http {

QString oneOf(const QStringList &values)
{
    return QStringLiteral(" One of: ") + values.join(QStringLiteral(", ")) + u'.';
}

FieldDoc queryParameter(const QString &name, const QString &type, const QString &description,
                        const QStringList &enumValues)
{
    FieldDoc field {name, type, description, false, enumValues};
    field.in = QStringLiteral("query");
    return field;
}

FieldDoc arrayField(const QString &name, const QString &description, const QJsonObject &items, bool required)
{
    FieldDoc field {name, QStringLiteral("array"), description, required};
    field.items = items;
    return field;
}

FieldDoc pathField(const QString &name, const QString &description)
{
    FieldDoc field;
    field.name = name;
    field.description = description;
    field.required = true;
    field.in = QStringLiteral("path");
    return field;
}

QList<FieldDoc> sessionDraftFields(bool withDuration)
{
    QList<FieldDoc> fields {
        {QStringLiteral("user_id"),
         QStringLiteral("string"),
         QStringLiteral("User ID, 1-100 characters."),
         true,
         {},
         QStringLiteral("user_001")},
        {QStringLiteral("session_name"),
         QStringLiteral("string"),
         QStringLiteral("Session name, 1-200 characters."),
         false,
         {},
         QStringLiteral("Python开发工程师面试")},
        {QStringLiteral("difficulty_level"), QStringLiteral("string"),
         QStringLiteral("Difficulty, default medium.") + oneOf(wireValues<DifficultyLevel>()), false,
         wireValues<DifficultyLevel>(), QStringLiteral("medium")},
        {QStringLiteral("session_type"), QStringLiteral("string"),
         QStringLiteral("Interview type, default knowledge_based.") + oneOf(wireValues<SessionType>()), false,
         wireValues<SessionType>(), QStringLiteral("resume_customized")},
    };
    if (withDuration) {
        FieldDoc duration {QStringLiteral("estimated_duration"),
                           QStringLiteral("integer"),
                           QStringLiteral("Planned length in minutes, 10-300, default 60."),
                           false,
                           {},
                           60};
        duration.minimum = 10;
        duration.maximum = 300;
        fields << duration;
    }
    fields << FieldDoc {QStringLiteral("interviewer"),
                        QStringLiteral("string"),
                        QStringLiteral("Who conducts the interview, %1-%2 characters.")
                            .arg(rules::INTERVIEWER.min)
                            .arg(rules::INTERVIEWER.max),
                        false,
                        {},
                        QStringLiteral("王老师")};
    fields << FieldDoc {QStringLiteral("kit_id"), QStringLiteral("string"),
                        QStringLiteral("Interview kit to plan the session from (kit_<12 hex>): the session copies its "
                                       "competencies and planned questions, and its session type, difficulty and "
                                       "duration fill in the ones not sent.")};
    return fields;
}

QList<FieldDoc> questionFields()
{
    FieldDoc score {QStringLiteral("overall_score"),
                    QStringLiteral("number"),
                    QStringLiteral("Overall score from 0 to 10, decimals allowed."),
                    true,
                    {},
                    8.5};
    score.minimum = 0;
    score.maximum = 10;
    return {
        {QStringLiteral("session_id"),
         QStringLiteral("string"),
         QStringLiteral("Interview session ID."),
         true,
         {},
         QStringLiteral("session_20250905_133219_0a1f0199")},
        {QStringLiteral("question_text"),
         QStringLiteral("string"),
         QStringLiteral("The question, 1-2000 characters."),
         true,
         {},
         QStringLiteral("请介绍一下你最熟悉的编程语言，并说明它的优缺点。")},
        {QStringLiteral("question_type"), QStringLiteral("string"),
         QStringLiteral("Question type.") + oneOf(wireValues<QuestionType>()), true, wireValues<QuestionType>(),
         QStringLiteral("technical")},
        {QStringLiteral("question_category"),
         QStringLiteral("string"),
         QStringLiteral("Category, 1-100 characters."),
         false,
         {},
         QStringLiteral("编程基础")},
        {QStringLiteral("candidate_answer"),
         QStringLiteral("string"),
         QStringLiteral("The candidate's answer, 1-5000 characters."),
         true,
         {},
         QStringLiteral("我最熟悉Python语言。")},
        {QStringLiteral("interviewer_feedback"),
         QStringLiteral("string"),
         QStringLiteral("The interviewer's feedback, 1-2000 characters."),
         true,
         {},
         QStringLiteral("回答全面，体现了对语言的深入理解。")},
        score,
    };
}

DifyController::DifyController(InterviewService &service, const Clock &clock)
    : m_service(service)
    , m_clock(clock)
{ }

void DifyController::registerRoutes(RouteTable &table)
{
    const QList<int> common {400, 401, 500};
    table.add({QStringLiteral("POST"),
               QStringLiteral("/dify/interview/create"),
               [this](const RequestContext &r) { return create(r); },
               true,
               true,
               true,
               {QStringLiteral("createInterview"), QStringLiteral("Create an interview record (Dify)"),
                QStringLiteral("Creates a new pending interview session for a Dify workflow and returns its "
                               "session_id."),
                QStringLiteral("dify"), sessionDraftFields(false), QStringLiteral("CreateInterviewResponse"), common}});
    table.add({QStringLiteral("POST"),
               QStringLiteral("/dify/interview/add-qa"),
               [this](const RequestContext &r) { return addQa(r); },
               true,
               true,
               true,
               {QStringLiteral("addQuestionAnswer"),
                QStringLiteral("Add a question and answer (Dify)"),
                QStringLiteral("Adds a question with the candidate's answer, the feedback and the score to a "
                               "session. An identical retry returns the existing question_id."),
                QStringLiteral("dify"),
                questionFields(),
                QStringLiteral("AddQaResponse"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/dify/interview/{user_id}/latest"),
               [this](const RequestContext &r) { return latest(r); },
               true,
               false,
               true,
               {QStringLiteral("getLatestInterview"),
                QStringLiteral("Get a user's latest interview (Dify)"),
                QStringLiteral("Returns the most recently created session of a user, or null when there is none."),
                QStringLiteral("dify"),
                {pathField(QStringLiteral("user_id"), QStringLiteral("User ID."))},
                QStringLiteral("LatestInterviewResponse"),
                common}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/dify/interview/{session_id}/summary"),
               [this](const RequestContext &r) { return summary(r); },
               true,
               false,
               true,
               {QStringLiteral("getInterviewSummary"),
                QStringLiteral("Get an interview summary (Dify)"),
                QStringLiteral("Returns the counts, the average score, the timing and a list of the questions of a "
                               "session."),
                QStringLiteral("dify"),
                {pathField(QStringLiteral("session_id"), QStringLiteral("Interview session ID."))},
                QStringLiteral("InterviewSummaryResponse"),
                {401, 404, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/dify/interview/{session_id}/next-question"),
               [this](const RequestContext &r) { return nextQuestion(r); },
               true,
               false,
               true,
               {QStringLiteral("getNextQuestion"),
                QStringLiteral("Get the next planned question (Dify)"),
                QStringLiteral("Returns the first question of the session's kit plan whose text (trimmed) has not "
                               "been added to the session yet, and how many planned questions are left including "
                               "it; next_question is null when none is left or the session has no kit."),
                QStringLiteral("dify"),
                {pathField(QStringLiteral("session_id"), QStringLiteral("Interview session ID."))},
                QStringLiteral("NextQuestionResponse"),
                {401, 404, 500}}});
}

HttpReply DifyController::create(const RequestContext &request)
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
        {QStringLiteral("user_id"), created->userId},
        {QStringLiteral("session_name"), mapping::nullableText(created->sessionName)},
        {QStringLiteral("status"), toWire(created->status)},
        {QStringLiteral("created_at"), wiretime::format(created->createdAt)},
        {QStringLiteral("interviewer"), mapping::nullableText(created->interviewer)},
        {QStringLiteral("kit_id"), mapping::nullableText(created->kitId)},
        {QStringLiteral("message"), QStringLiteral("面试记录创建成功")},
    });
}

HttpReply DifyController::addQa(const RequestContext &request)
{
    QString sessionId;
    QuestionDraft draft;
    if (const auto invalid = wireinput::readQuestion(request.body, sessionId, draft))
        return HttpReply::error(*invalid);
    const Result<AddedQuestion> added = m_service.addQuestion(sessionId, draft, Source::Api);
    if (!added)
        return HttpReply::error(ApiError::fromError(added.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("question_id"), added->record.questionId},
        {QStringLiteral("session_id"), added->record.sessionId},
        {QStringLiteral("status"), QStringLiteral("added")},
        {QStringLiteral("message"), QStringLiteral("题目和回答添加成功")},
    });
}

HttpReply DifyController::latest(const RequestContext &request)
{
    const QString userId = request.param(QStringLiteral("user_id"));
    const Result<std::optional<Session>> found = m_service.latestSession(userId);
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("latest_session"),
         found->has_value() ? QJsonValue(mapping::sessionBrief(**found)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), QStringLiteral("获取成功")},
    });
}

HttpReply DifyController::summary(const RequestContext &request)
{
    const QString sessionId = request.param(QStringLiteral("session_id"));
    const Result<Summary> found = m_service.briefSummary(sessionId);
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    QJsonArray questions;
    for (const QuestionRecord &record : found->questions)
        questions.append(mapping::questionSummary(record));
    HttpReply reply = HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("summary"), mapping::summaryFigures(*found)},
        {QStringLiteral("questions_summary"), questions},
        {QStringLiteral("message"), QStringLiteral("获取成功")},
    });
    // Cacheable until the session changes; while it runs, its duration (0.1 min, rounded) moves.
    reply.cacheUntilMs = std::numeric_limits<qint64>::max();
    if (found->sessionStatus == SessionStatus::InProgress && found->startTime) {
        constexpr qint64 STEP_MS = 3000; // the rounded duration can change at every half tenth
        const qint64 now = m_clock.nowMs();
        reply.cacheUntilMs = *found->startTime + ((now - *found->startTime) / STEP_MS + 1) * STEP_MS;
    }
    return reply;
}

HttpReply DifyController::nextQuestion(const RequestContext &request)
{
    const QString sessionId = request.param(QStringLiteral("session_id"));
    const Result<NextQuestion> next = m_service.nextQuestion(sessionId);
    if (!next)
        return HttpReply::error(ApiError::fromError(next.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("next_question"),
         next->question ? QJsonValue(mapping::plannedQuestion(*next->question)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("remaining"), next->remaining},
        {QStringLiteral("message"), QStringLiteral("获取成功")},
    });
}

} // namespace ir::http
