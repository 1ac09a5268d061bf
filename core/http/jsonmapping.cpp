// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonmapping.h"

#include "rules.h"
#include "wiretime.h"

#include <QJsonArray>

namespace ir::http::mapping {

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableTime(const std::optional<qint64> &epochMs)
{
    return epochMs ? QJsonValue(wiretime::format(*epochMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject sessionBrief(const Session &session)
{
    return {
        {QStringLiteral("session_id"), session.sessionId},
        {QStringLiteral("session_name"), nullableText(session.sessionName)},
        {QStringLiteral("status"), toWire(session.status)},
        {QStringLiteral("created_at"), wiretime::format(session.createdAt)},
        {QStringLiteral("interviewer"), nullableText(session.interviewer)},
        {QStringLiteral("kit_id"), nullableText(session.kitId)},
    };
}

QJsonObject sessionListItem(const Session &session)
{
    QJsonObject item = sessionBrief(session);
    item.insert(QStringLiteral("total_questions"), session.totalQuestions);
    item.insert(QStringLiteral("average_score"), nullable(session.averageScore));
    return item;
}

QJsonObject sessionFull(const Session &session, qint64 nowMs)
{
    std::optional<double> duration;
    if (session.startTime) {
        const qint64 end = session.endTime.value_or(nowMs);
        duration = rules::roundToTenth(double(std::max<qint64>(0, end - *session.startTime)) / 60000.0);
    }
    QJsonObject full = sessionListItem(session);
    full.insert(QStringLiteral("user_id"), session.userId);
    full.insert(QStringLiteral("session_type"), toWire(session.sessionType));
    full.insert(QStringLiteral("difficulty_level"), toWire(session.difficultyLevel));
    full.insert(QStringLiteral("estimated_duration"), session.estimatedDuration);
    full.insert(QStringLiteral("updated_at"), wiretime::format(session.updatedAt));
    full.insert(QStringLiteral("start_time"), nullableTime(session.startTime));
    full.insert(QStringLiteral("end_time"), nullableTime(session.endTime));
    full.insert(QStringLiteral("duration"), nullable(duration));
    full.insert(QStringLiteral("metadata"), session.metadata);
    full.insert(QStringLiteral("completed_questions"), session.completedQuestions);
    full.insert(QStringLiteral("recommendation"), toWire(session.recommendation));
    full.insert(QStringLiteral("source"), toWire(session.source));
    return full;
}

QJsonObject questionFull(const QuestionRecord &record)
{
    return {
        {QStringLiteral("question_id"), record.questionId},
        {QStringLiteral("session_id"), record.sessionId},
        {QStringLiteral("question_number"), record.position},
        {QStringLiteral("question_text"), record.questionText},
        {QStringLiteral("question_type"), toWire(record.questionType)},
        {QStringLiteral("question_category"), nullableText(record.questionCategory)},
        {QStringLiteral("candidate_answer"), record.candidateAnswer},
        {QStringLiteral("interviewer_feedback"), record.interviewerFeedback},
        {QStringLiteral("overall_score"), nullable(record.overallScore)},
        {QStringLiteral("created_at"), wiretime::format(record.createdAt)},
        {QStringLiteral("updated_at"), wiretime::format(record.updatedAt)},
        {QStringLiteral("source"), toWire(record.source)},
        {QStringLiteral("reviewed"), record.reviewed},
    };
}

QJsonObject summaryFigures(const Summary &summary)
{
    return {
        {QStringLiteral("total_questions"), summary.totalQuestions},
        {QStringLiteral("completed_questions"), summary.completedQuestions},
        {QStringLiteral("average_score"), nullable(summary.averageScore)},
        {QStringLiteral("session_status"), toWire(summary.sessionStatus)},
        {QStringLiteral("start_time"), nullableTime(summary.startTime)},
        {QStringLiteral("end_time"), nullableTime(summary.endTime)},
        {QStringLiteral("duration"), nullable(summary.durationMinutes)},
    };
}

QJsonObject questionSummary(const QuestionRecord &record)
{
    return {
        {QStringLiteral("question_id"), record.questionId},
        {QStringLiteral("question_text"), record.questionText},
        {QStringLiteral("question_type"), toWire(record.questionType)},
        {QStringLiteral("overall_score"), nullable(record.overallScore)},
    };
}

QJsonObject bankQuestion(const BankQuestion &question)
{
    return {
        {QStringLiteral("bank_question_id"), question.bankQuestionId},
        {QStringLiteral("question_text"), question.questionText},
        {QStringLiteral("question_type"), toWire(question.questionType)},
        {QStringLiteral("question_category"), nullableText(question.questionCategory)},
        {QStringLiteral("difficulty_level"), toWire(question.difficultyLevel)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(question.tags)},
        {QStringLiteral("expected_answer"), question.expectedAnswer},
        {QStringLiteral("created_at"), wiretime::format(question.createdAt)},
        {QStringLiteral("updated_at"), wiretime::format(question.updatedAt)},
    };
}

QJsonObject competency(const Competency &competency)
{
    QJsonObject rubric;
    for (int level = 1; level <= RUBRIC_LEVELS; ++level)
        rubric.insert(QString::number(level), competency.rubric.at(size_t(level - 1)));
    return {
        {QStringLiteral("key"), competency.key},
        {QStringLiteral("name"), competency.name},
        {QStringLiteral("description"), competency.description},
        {QStringLiteral("weight"), competency.weight},
        {QStringLiteral("rubric"), rubric},
    };
}

QJsonObject kit(const Kit &kit)
{
    QJsonArray competencies;
    for (const Competency &item : kit.competencies)
        competencies.append(competency(item));
    return {
        {QStringLiteral("kit_id"), kit.kitId},
        {QStringLiteral("name"), kit.name},
        {QStringLiteral("position"), kit.position},
        {QStringLiteral("session_type"), toWire(kit.sessionType)},
        {QStringLiteral("difficulty_level"), toWire(kit.difficultyLevel)},
        {QStringLiteral("estimated_duration"), kit.estimatedDuration},
        {QStringLiteral("competencies"), competencies},
        {QStringLiteral("bank_question_ids"), QJsonArray::fromStringList(kit.bankQuestionIds)},
        {QStringLiteral("created_at"), wiretime::format(kit.createdAt)},
        {QStringLiteral("updated_at"), wiretime::format(kit.updatedAt)},
    };
}

QJsonObject plannedQuestion(const PlannedQuestion &question)
{
    return {
        {QStringLiteral("bank_question_id"), question.bankQuestionId},
        {QStringLiteral("question_text"), question.questionText},
        {QStringLiteral("question_type"), toWire(question.questionType)},
        {QStringLiteral("question_category"), nullableText(question.questionCategory)},
        {QStringLiteral("position"), question.position},
    };
}

QJsonObject scorecard(const Scorecard &scorecard)
{
    QJsonArray ratings;
    for (const CompetencyRating &rating : scorecard.ratings) {
        ratings.append(QJsonObject {
            {QStringLiteral("key"), rating.competency.key},
            {QStringLiteral("name"), rating.competency.name},
            {QStringLiteral("weight"), rating.competency.weight},
            {QStringLiteral("rating"), rating.rating ? QJsonValue(*rating.rating) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("level_text"), nullableText(rating.levelText())},
            {QStringLiteral("note"), rating.note},
        });
    }
    return {
        {QStringLiteral("session_id"), scorecard.sessionId},
        {QStringLiteral("interviewer"), nullableText(scorecard.interviewer)},
        {QStringLiteral("competency_ratings"), ratings},
        {QStringLiteral("recommendation"), toWire(scorecard.recommendation)},
        {QStringLiteral("strengths"), scorecard.strengths},
        {QStringLiteral("concerns"), scorecard.concerns},
        {QStringLiteral("weighted_rating"), nullable(scorecard.weightedRating())},
        {QStringLiteral("submitted"), scorecard.submitted()},
        {QStringLiteral("submitted_at"), nullableTime(scorecard.submittedAt)},
    };
}

} // namespace ir::http::mapping
