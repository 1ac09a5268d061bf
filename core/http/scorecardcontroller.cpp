// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardcontroller.h"

#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonmapping.h"
#include "planninginput.h"

#include <QJsonArray>

namespace ir::http {
namespace {

const QString SESSION_ID = QStringLiteral("session_id");

QJsonObject schema(const QString &type, const QString &description)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("description"), description}};
}

QJsonObject ratingSchema()
{
    QJsonObject rating = schema(QStringLiteral("integer"),
                                QStringLiteral("%1-%2 against the competency's rubric; null clears the rating.")
                                    .arg(rules::MIN_RATING)
                                    .arg(rules::MAX_RATING));
    rating.insert(QStringLiteral("minimum"), rules::MIN_RATING);
    rating.insert(QStringLiteral("maximum"), rules::MAX_RATING);
    rating.insert(QStringLiteral("nullable"), true);
    QJsonObject item = schema(QStringLiteral("object"), QStringLiteral("The rating of one competency, by key."));
    item.insert(QStringLiteral("properties"),
                QJsonObject {
                    {QStringLiteral("key"), schema(QStringLiteral("string"), QStringLiteral("The competency's key."))},
                    {QStringLiteral("rating"), rating},
                    {QStringLiteral("note"),
                     schema(QStringLiteral("string"),
                            QStringLiteral("Why, 0-%1 characters. Leave out to keep it.").arg(rules::RATING_NOTE.max))},
                });
    item.insert(QStringLiteral("required"), QJsonArray {QStringLiteral("key")});
    return item;
}

QList<FieldDoc> patchFields()
{
    FieldDoc submitted {QStringLiteral("submitted"), QStringLiteral("boolean"),
                        QStringLiteral("true submits the scorecard (every competency must be rated): after that "
                                       "every change is SCORECARD_SUBMITTED."),
                        false};
    submitted.example = true;
    return {
        pathField(SESSION_ID, QStringLiteral("Interview session ID.")),
        arrayField(QStringLiteral("competency_ratings"),
                   QStringLiteral("Ratings to change, by competency key (a JSON list or a string holding one): "
                                  "[{key, rating (%1-%2 or null), note}]; competencies not listed keep theirs.")
                       .arg(rules::MIN_RATING)
                       .arg(rules::MAX_RATING),
                   ratingSchema()),
        {QStringLiteral("recommendation"), QStringLiteral("string"),
         QStringLiteral("The overall recommendation (the session's).") + oneOf(wireValues<Recommendation>()), false,
         wireValues<Recommendation>(), QStringLiteral("yes")},
        {QStringLiteral("strengths"), QStringLiteral("string"),
         QStringLiteral("Strengths, 0-%1 characters. Leave out to keep them.").arg(rules::STRENGTHS.max)},
        {QStringLiteral("concerns"), QStringLiteral("string"),
         QStringLiteral("Concerns, 0-%1 characters. Leave out to keep them.").arg(rules::CONCERNS.max)},
        submitted,
    };
}

HttpReply envelope(const Scorecard &scorecard, const QString &message)
{
    return HttpReply::success(mapping::scorecard(scorecard), message);
}

} // namespace

ScorecardController::ScorecardController(InterviewService &service)
    : m_service(service)
{ }

void ScorecardController::registerRoutes(RouteTable &table)
{
    const QString path = QStringLiteral("/sessions/{session_id}/scorecard");
    table.add({QStringLiteral("GET"),
               path,
               [this](const RequestContext &r) { return get(r); },
               true,
               false,
               true,
               {QStringLiteral("getScorecard"),
                QStringLiteral("Get a session's scorecard"),
                QStringLiteral("The competencies the session copied from its kit with their ratings, the "
                               "recommendation, strengths, concerns and the weighted rating."),
                QStringLiteral("scorecards"),
                {pathField(SESSION_ID, QStringLiteral("Interview session ID."))},
                QStringLiteral("ScorecardEnvelope"),
                {401, 404, 500}}});
    table.add({QStringLiteral("PUT"),
               path,
               [this](const RequestContext &r) { return update(r); },
               true,
               false,
               true,
               {QStringLiteral("updateScorecard"),
                QStringLiteral("Rate a session's scorecard"),
                QStringLiteral("Partial update: the ratings listed (by key) and the fields sent change; "
                               "\"submitted\": true submits it. A submitted scorecard does not change any more "
                               "(SCORECARD_SUBMITTED)."),
                QStringLiteral("scorecards"),
                patchFields(),
                QStringLiteral("ScorecardEnvelope"),
                {400, 401, 404, 500}}});
}

HttpReply ScorecardController::get(const RequestContext &request)
{
    const Result<Scorecard> found = m_service.scorecard(request.param(SESSION_ID));
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    return envelope(*found, QStringLiteral("获取成功"));
}

HttpReply ScorecardController::update(const RequestContext &request)
{
    const QString sessionId = request.param(SESSION_ID);
    ScorecardPatch patch;
    if (const auto invalid = planninginput::readScorecardPatch(request.body, patch))
        return HttpReply::error(*invalid);
    if (patch.isEmpty()) {
        // Only "submitted": false: nothing to do, unless it would undo a submission.
        const Result<Scorecard> found = m_service.scorecard(sessionId);
        if (!found)
            return HttpReply::error(ApiError::fromError(found.error()));
        if (found->submitted())
            return HttpReply::error(ApiError::fromError(Error::scorecardSubmitted(sessionId)));
        return envelope(*found, QStringLiteral("更新成功"));
    }
    const Result<Scorecard> updated = m_service.updateScorecard(sessionId, patch, Source::Api);
    if (!updated)
        return HttpReply::error(ApiError::fromError(updated.error()));
    return envelope(*updated, QStringLiteral("更新成功"));
}

} // namespace ir::http
