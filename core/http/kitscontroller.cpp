// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kitscontroller.h"

#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonmapping.h"
#include "planninginput.h"

#include <QJsonArray>

namespace ir::http {
namespace {

const QString KIT_ID = QStringLiteral("kit_id");

QJsonObject schema(const QString &type, const QString &description)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("description"), description}};
}

// One competency as the body of POST/PUT /kits carries it.
QJsonObject competencySchema()
{
    QJsonObject rubric;
    for (int level = rules::MIN_RATING; level <= rules::MAX_RATING; ++level) {
        rubric.insert(
            QString::number(level),
            schema(
                QStringLiteral("string"),
                QStringLiteral("What level %1 looks like, 0-%2 characters.").arg(level).arg(rules::RUBRIC_TEXT.max)));
    }
    QJsonObject rubricSchema = schema(QStringLiteral("object"),
                                      QStringLiteral("The rubric: what each rating 1-4 means (keys \"1\" to \"4\")."));
    rubricSchema.insert(QStringLiteral("properties"), rubric);
    QJsonObject weight
        = schema(QStringLiteral("number"), QStringLiteral("Weight in the weighted rating, 0-10, default 1."));
    weight.insert(QStringLiteral("minimum"), rules::MIN_WEIGHT);
    weight.insert(QStringLiteral("maximum"), rules::MAX_WEIGHT);
    QJsonObject competency = schema(QStringLiteral("object"), QStringLiteral("A competency the interviewer rates."));
    competency.insert(
        QStringLiteral("properties"),
        QJsonObject {
            {QStringLiteral("key"),
             schema(QStringLiteral("string"),
                    QStringLiteral("Unique within the kit, 1-%1 characters of a-z, 0-9 and _.")
                        .arg(rules::COMPETENCY_KEY.max))},
            {QStringLiteral("name"),
             schema(QStringLiteral("string"),
                    QStringLiteral("Name, %1-%2 characters.")
                        .arg(rules::COMPETENCY_NAME.min)
                        .arg(rules::COMPETENCY_NAME.max))},
            {QStringLiteral("description"),
             schema(QStringLiteral("string"),
                    QStringLiteral("What it covers, 0-%1 characters.").arg(rules::COMPETENCY_DESCRIPTION.max))},
            {QStringLiteral("weight"), weight},
            {QStringLiteral("rubric"), rubricSchema},
        });
    competency.insert(QStringLiteral("required"), QJsonArray {QStringLiteral("key"), QStringLiteral("name")});
    return competency;
}

// The body of POST (name required) and PUT (only the fields sent change; lists are replaced whole).
QList<FieldDoc> kitFields(bool create)
{
    const QString unchanged = create ? QString() : QStringLiteral(" Leave out to keep it.");
    FieldDoc duration {QStringLiteral("estimated_duration"),
                       QStringLiteral("integer"),
                       QStringLiteral("Planned length in minutes, %1-%2%3.")
                               .arg(rules::MIN_DURATION)
                               .arg(rules::MAX_DURATION)
                               .arg(create ? QStringLiteral(", default %1").arg(rules::DEFAULT_DURATION) : QString())
                           + unchanged,
                       false,
                       {},
                       45};
    duration.minimum = rules::MIN_DURATION;
    duration.maximum = rules::MAX_DURATION;
    return {
        {QStringLiteral("name"),
         QStringLiteral("string"),
         QStringLiteral("Kit name, %1-%2 characters.").arg(rules::KIT_NAME.min).arg(rules::KIT_NAME.max) + unchanged,
         create,
         {},
         QStringLiteral("后端工程师 · 一面")},
        {QStringLiteral("position"),
         QStringLiteral("string"),
         QStringLiteral("The position it interviews for, 0-%1 characters.").arg(rules::KIT_POSITION.max) + unchanged,
         false,
         {},
         QStringLiteral("后端工程师")},
        {QStringLiteral("session_type"), QStringLiteral("string"),
         (create ? QStringLiteral("Interview type of its sessions, default knowledge_based.")
                 : QStringLiteral("Interview type of its sessions."))
             + oneOf(wireValues<SessionType>()),
         false, wireValues<SessionType>(), QStringLiteral("company_position")},
        {QStringLiteral("difficulty_level"), QStringLiteral("string"),
         (create ? QStringLiteral("Difficulty of its sessions, default medium.")
                 : QStringLiteral("Difficulty of its sessions."))
             + oneOf(wireValues<DifficultyLevel>()),
         false, wireValues<DifficultyLevel>(), QStringLiteral("medium")},
        duration,
        arrayField(QStringLiteral("competencies"),
                   QStringLiteral("0-%1 competencies to rate (a JSON list or a string holding one), each {key, name, "
                                  "description, weight, rubric: {\"1\": text, \"2\": text, \"3\": text, \"4\": text}}. "
                                  "Replaces the list.")
                           .arg(rules::MAX_COMPETENCIES)
                       + unchanged,
                   competencySchema()),
        arrayField(QStringLiteral("bank_question_ids"),
                   QStringLiteral("The planned questions in order, 0-%1 bank question IDs (a JSON list, a string "
                                  "holding one, or a comma-separated string). Replaces the list.")
                           .arg(rules::MAX_KIT_QUESTIONS)
                       + unchanged,
                   schema(QStringLiteral("string"), QStringLiteral("A bank question ID (bq_<12 hex>)."))),
    };
}

FieldDoc idField()
{
    return pathField(KIT_ID, QStringLiteral("Interview kit ID (kit_<12 hex>)."));
}

HttpReply envelope(const Kit &kit, const QString &message)
{
    return HttpReply::success(mapping::kit(kit), message);
}

} // namespace

KitsController::KitsController(InterviewService &service)
    : m_service(service)
{ }

void KitsController::registerRoutes(RouteTable &table)
{
    const QString tag = QStringLiteral("kits");
    const QString collection = QStringLiteral("/kits");
    const QString item = QStringLiteral("/kits/{kit_id}");
    table.add({QStringLiteral("GET"),
               collection,
               [this](const RequestContext &r) { return list(r); },
               true,
               false,
               true,
               {QStringLiteral("listKits"),
                QStringLiteral("List the interview kits"),
                QStringLiteral("Every interview kit, by name."),
                tag,
                {},
                QStringLiteral("KitListEnvelope"),
                {401, 500}}});
    table.add({QStringLiteral("POST"),
               collection,
               [this](const RequestContext &r) { return create(r); },
               true,
               true,
               true,
               {QStringLiteral("createKit"),
                QStringLiteral("Create an interview kit"),
                QStringLiteral("Creates a named interview plan for a position: session type, difficulty, duration, "
                               "the competencies to rate with their rubrics, and the bank questions to ask in "
                               "order. Every planned question must be in the bank."),
                tag,
                kitFields(true),
                QStringLiteral("KitEnvelope"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("GET"),
               item,
               [this](const RequestContext &r) { return get(r); },
               true,
               false,
               true,
               {QStringLiteral("getKit"),
                QStringLiteral("Get an interview kit"),
                QStringLiteral("Returns one interview kit."),
                tag,
                {idField()},
                QStringLiteral("KitEnvelope"),
                {401, 404, 500}}});
    table.add({QStringLiteral("PUT"),
               item,
               [this](const RequestContext &r) { return update(r); },
               true,
               false,
               true,
               {QStringLiteral("updateKit"),
                QStringLiteral("Update an interview kit"),
                QStringLiteral("Partial update: only the fields sent change. Sessions already planned from the kit "
                               "keep what they copied."),
                tag,
                QList<FieldDoc> {idField()} + kitFields(false),
                QStringLiteral("KitEnvelope"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("DELETE"),
               item,
               [this](const RequestContext &r) { return remove(r); },
               true,
               false,
               true,
               {QStringLiteral("deleteKit"),
                QStringLiteral("Delete an interview kit"),
                QStringLiteral("Removes a kit; sessions planned from it keep what they copied."),
                tag,
                {idField()},
                QStringLiteral("DeleteKitResponse"),
                {401, 404, 500}}});
}

HttpReply KitsController::list(const RequestContext &)
{
    const Result<QList<Kit>> kits = m_service.kits();
    if (!kits)
        return HttpReply::error(ApiError::fromError(kits.error()));
    QJsonArray items;
    for (const Kit &kit : *kits)
        items.append(mapping::kit(kit));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {QStringLiteral("data"),
         QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}}},
        {QStringLiteral("message"), QStringLiteral("获取成功")},
    });
}

HttpReply KitsController::create(const RequestContext &request)
{
    Kit draft;
    if (const auto invalid = planninginput::readKit(request.body, draft))
        return HttpReply::error(*invalid);
    const Result<Kit> created = m_service.createKit(draft);
    if (!created)
        return HttpReply::error(ApiError::fromError(created.error()));
    return envelope(*created, QStringLiteral("创建成功"));
}

HttpReply KitsController::get(const RequestContext &request)
{
    const Result<Kit> found = m_service.kit(request.param(KIT_ID));
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    return envelope(*found, QStringLiteral("获取成功"));
}

HttpReply KitsController::update(const RequestContext &request)
{
    KitPatch patch;
    if (const auto invalid = planninginput::readKitPatch(request.body, patch))
        return HttpReply::error(*invalid);
    const Result<Kit> updated = m_service.updateKit(request.param(KIT_ID), patch);
    if (!updated)
        return HttpReply::error(ApiError::fromError(updated.error()));
    return envelope(*updated, QStringLiteral("更新成功"));
}

HttpReply KitsController::remove(const RequestContext &request)
{
    const QString id = request.param(KIT_ID);
    if (const Status removed = m_service.deleteKit(id); !removed)
        return HttpReply::error(ApiError::fromError(removed.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {KIT_ID, id},
        {QStringLiteral("message"), QStringLiteral("删除成功")},
    });
}

} // namespace ir::http
