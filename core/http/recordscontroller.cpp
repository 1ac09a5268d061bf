// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordscontroller.h"

#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonbody.h"
#include "jsonmapping.h"
#include "wireinput.h"
#include "wiretime.h"

#include <QJsonArray>

namespace ir::http {
namespace {

FieldDoc queryField(const QString &name, const QString &type, const QString &description,
                    const QStringList &enumValues = {})
{
    FieldDoc field {name, type, description, false, enumValues};
    field.in = QStringLiteral("query");
    return field;
}

QList<FieldDoc> searchFields()
{
    return {
        queryField(QStringLiteral("session_id"), QStringLiteral("string"), QStringLiteral("Only this session.")),
        queryField(QStringLiteral("user_id"), QStringLiteral("string"), QStringLiteral("Only this user's sessions.")),
        queryField(QStringLiteral("question_type"), QStringLiteral("string"),
                   QStringLiteral("Only this type. One of: ") + wireValues<QuestionType>().join(QStringLiteral(", "))
                       + u'.',
                   wireValues<QuestionType>()),
        queryField(QStringLiteral("question_category"), QStringLiteral("string"),
                   QStringLiteral("Only this category.")),
        queryField(QStringLiteral("min_score"), QStringLiteral("number"), QStringLiteral("Lowest score, 0-10.")),
        queryField(QStringLiteral("max_score"), QStringLiteral("number"), QStringLiteral("Highest score, 0-10.")),
        queryField(QStringLiteral("since"), QStringLiteral("string"),
                   QStringLiteral("Created at or after this time, YYYY-MM-DDTHH:MM:SS (local) or YYYY-MM-DD.")),
        queryField(QStringLiteral("until"), QStringLiteral("string"),
                   QStringLiteral("Created at or before this time, YYYY-MM-DDTHH:MM:SS (local) or YYYY-MM-DD.")),
        queryField(QStringLiteral("q"), QStringLiteral("string"),
                   QStringLiteral("Text contained in the question, the answer or the feedback.")),
        queryField(QStringLiteral("page"), QStringLiteral("integer"), QStringLiteral("Page number, from 1.")),
        queryField(QStringLiteral("page_size"), QStringLiteral("integer"),
                   QStringLiteral("Records per page, 1-100, default 20.")),
    };
}

// `until` is inclusive of the whole period it names (a date, a minute, a second).
std::optional<qint64> readTime(JsonBody &reader, const QHash<QString, QString> &query, const QString &name,
                               bool periodEnd = false)
{
    const QString text = query.value(name);
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<qint64> parsed = periodEnd ? wiretime::parseEnd(text) : wiretime::parse(text);
    if (!parsed)
        reader.addError(name, QStringLiteral("must be a timestamp such as 2025-09-05T13:32:19"));
    return parsed;
}

} // namespace

RecordsController::RecordsController(InterviewService &service)
    : m_service(service)
{ }

void RecordsController::registerRoutes(RouteTable &table)
{
    table.add({QStringLiteral("POST"),
               QStringLiteral("/records"),
               [this](const RequestContext &r) { return add(r); },
               true,
               true,
               true,
               {QStringLiteral("addRecord"),
                QStringLiteral("Add a question record (resource API)"),
                QStringLiteral("Same body as add-qa; returns the full record."),
                QStringLiteral("resources"),
                questionFields(),
                QStringLiteral("RecordEnvelope"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("GET"),
               QStringLiteral("/records"),
               [this](const RequestContext &r) { return search(r); },
               true,
               false,
               true,
               {QStringLiteral("searchRecords"),
                QStringLiteral("Search question records"),
                QStringLiteral("Question records matching every filter given, newest first, one page at a time."),
                QStringLiteral("resources"),
                searchFields(),
                QStringLiteral("RecordPageEnvelope"),
                {400, 401, 500}}});
}

HttpReply RecordsController::add(const RequestContext &request)
{
    QString sessionId;
    QuestionDraft draft;
    if (const auto invalid = wireinput::readQuestion(request.body, sessionId, draft))
        return HttpReply::error(*invalid);
    const Result<AddedQuestion> added = m_service.addQuestion(sessionId, draft, Source::Api);
    if (!added)
        return HttpReply::error(ApiError::fromError(added.error()));
    return HttpReply::success(mapping::questionFull(added->record), QStringLiteral("题目和回答添加成功"));
}

HttpReply RecordsController::search(const RequestContext &request)
{
    QJsonObject fields;
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it) {
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    }
    JsonBody reader(fields);
    RecordFilter filter;
    filter.sessionId = reader.optionalString(QStringLiteral("session_id")).value_or(QString());
    filter.userId = reader.optionalString(QStringLiteral("user_id")).value_or(QString());
    filter.questionType = reader.enumValue<QuestionType>(QStringLiteral("question_type"), false);
    filter.questionCategory = reader.optionalString(QStringLiteral("question_category")).value_or(QString());
    filter.minScore = reader.number(QStringLiteral("min_score"), false);
    filter.maxScore = reader.number(QStringLiteral("max_score"), false);
    for (const auto &[name, score] : {std::pair {QStringLiteral("min_score"), filter.minScore},
                                      std::pair {QStringLiteral("max_score"), filter.maxScore}}) {
        if (score && !rules::isValidScore(*score))
            reader.addError(name, QStringLiteral("must be between 0 and 10"));
    }
    filter.since = readTime(reader, request.query, QStringLiteral("since"));
    filter.until = readTime(reader, request.query, QStringLiteral("until"), true);
    filter.text = reader.optionalString(QStringLiteral("q")).value_or(QString());
    filter.page = reader.integer(QStringLiteral("page"), false).value_or(1);
    filter.pageSize = reader.integer(QStringLiteral("page_size"), false).value_or(20);
    if (const auto invalid = reader.finish())
        return HttpReply::error(*invalid);
    const Result<Page<QuestionRecord>> page = m_service.records(filter);
    if (!page)
        return HttpReply::error(ApiError::fromError(page.error()));
    QJsonArray items;
    for (const QuestionRecord &record : page->items)
        items.append(mapping::questionFull(record));
    return HttpReply::page(items, page->total, filter.page, filter.pageSize);
}

} // namespace ir::http
