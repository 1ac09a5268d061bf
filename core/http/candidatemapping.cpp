// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatemapping.h"

#include "jsonmapping.h"
#include "wiretime.h"

namespace ir::http::mapping {

QJsonObject candidate(const Candidate &c)
{
    return {
        {QStringLiteral("user_id"), c.userId},
        {QStringLiteral("display_name"), c.displayName},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("created_at"), wiretime::format(c.createdAt)},
        {QStringLiteral("updated_at"), wiretime::format(c.updatedAt)},
        {QStringLiteral("sessions"), c.sessions},
        {QStringLiteral("last_session_at"), nullableTime(c.lastSessionAt)},
        {QStringLiteral("average_score"), nullable(c.averageScore)},
        {QStringLiteral("latest_recommendation"), toWire(c.latestRecommendation)},
    };
}

QJsonObject comparisonRow(const ComparisonRow &row)
{
    QJsonObject byType;
    for (auto it = row.averageByType.cbegin(); it != row.averageByType.cend(); ++it)
        byType.insert(toWire(it.key()), it.value());
    QJsonObject competencies;
    for (auto it = row.competencies.cbegin(); it != row.competencies.cend(); ++it)
        competencies.insert(it.key(), it.value());
    return {
        {QStringLiteral("user_id"), row.candidate.userId},
        {QStringLiteral("display_name"), row.candidate.displayName},
        {QStringLiteral("sessions"), row.candidate.sessions},
        {QStringLiteral("average_score"), nullable(row.candidate.averageScore)},
        {QStringLiteral("average_by_type"), byType},
        {QStringLiteral("competencies"), competencies},
        {QStringLiteral("latest_recommendation"), toWire(row.candidate.latestRecommendation)},
    };
}

QJsonObject interviewerStats(const InterviewerStats &stats)
{
    QJsonObject recommendations;
    for (Recommendation value : allValues<Recommendation>())
        recommendations.insert(toWire(value), stats.recommendations.value(value, 0));
    return {
        {QStringLiteral("interviewer"), nullableText(stats.interviewer)},
        {QStringLiteral("sessions"), stats.sessions},
        {QStringLiteral("questions"), stats.questions},
        {QStringLiteral("mean_score"), nullable(stats.meanScore)},
        {QStringLiteral("score_stddev"), nullable(stats.scoreStdDev)},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("ai_review"),
         QJsonObject {{QStringLiteral("mean_delta"), nullable(stats.aiReviewDelta)},
                      {QStringLiteral("questions"), stats.aiReviewed}}},
    };
}

QJsonObject auditEntry(const AuditEntry &entry)
{
    return {
        {QStringLiteral("at"), wiretime::format(entry.at)},
        {QStringLiteral("action"), toWire(entry.action)},
        {QStringLiteral("actor"), toWire(entry.actor)},
        {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("count"), entry.count},
    };
}

} // namespace ir::http::mapping
