// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcontroller.h"

#include "difycontroller.h"
#include "interviewservice.h"
#include "jsonmapping.h"
#include "planninginput.h"

#include <QJsonArray>

namespace ir::http {
namespace {

const QString BANK_QUESTION_ID = QStringLiteral("bank_question_id");

QString range(const rules::Length &rule)
{
    return QStringLiteral("%1-%2 characters").arg(rule.min).arg(rule.max);
}

// The body of POST (question_text required) and PUT (only the fields sent change).
QList<FieldDoc> bankFields(bool create)
{
    const QString unchanged = create ? QString() : QStringLiteral(" Leave out to keep it.");
    return {
        {QStringLiteral("question_text"),
         QStringLiteral("string"),
         QStringLiteral("The question, %1.").arg(range(rules::QUESTION_TEXT)) + unchanged,
         create,
         {},
         QStringLiteral("请解释Python中的GIL及其对多线程的影响。")},
        {QStringLiteral("question_type"), QStringLiteral("string"),
         (create ? QStringLiteral("Question type, default technical.") : QStringLiteral("Question type."))
             + oneOf(wireValues<QuestionType>()),
         false, wireValues<QuestionType>(), QStringLiteral("technical")},
        {QStringLiteral("question_category"),
         QStringLiteral("string"),
         QStringLiteral("Category, %1.").arg(range(rules::QUESTION_CATEGORY)) + unchanged,
         false,
         {},
         QStringLiteral("编程基础")},
        {QStringLiteral("difficulty_level"), QStringLiteral("string"),
         (create ? QStringLiteral("Difficulty, default medium.") : QStringLiteral("Difficulty."))
             + oneOf(wireValues<DifficultyLevel>()),
         false, wireValues<DifficultyLevel>(), QStringLiteral("medium")},
        arrayField(QStringLiteral("tags"),
                   QStringLiteral("Tags, at most %1, each %2: a JSON list, a string holding one, or a "
                                  "comma-separated string. Replaces the question's tags.")
                           .arg(rules::MAX_TAGS)
                           .arg(range(rules::TAG))
                       + unchanged,
                   QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("description"), QStringLiteral("One tag.")}}),
        {QStringLiteral("expected_answer"),
         QStringLiteral("string"),
         QStringLiteral("What a good answer covers: notes for the interviewer, never shown to the candidate, %1.")
                 .arg(range(rules::EXPECTED_ANSWER))
             + unchanged,
         false,
         {},
         QStringLiteral("全局解释器锁；I/O密集与CPU密集的区别；multiprocessing。")},
    };
}

QList<FieldDoc> listFields()
{
    return {
        queryParameter(QStringLiteral("q"), QStringLiteral("string"),
                       QStringLiteral("Text contained in the question, its category, a tag or the expected answer.")),
        queryParameter(QStringLiteral("question_type"), QStringLiteral("string"),
                       QStringLiteral("Only this type.") + oneOf(wireValues<QuestionType>()),
                       wireValues<QuestionType>()),
        queryParameter(QStringLiteral("question_category"), QStringLiteral("string"),
                       QStringLiteral("Only this category.")),
        queryParameter(QStringLiteral("tag"), QStringLiteral("string"),
                       QStringLiteral("Only questions with this tag.")),
        queryParameter(QStringLiteral("page"), QStringLiteral("integer"), QStringLiteral("Page number, from 1.")),
        queryParameter(QStringLiteral("page_size"), QStringLiteral("integer"),
                       QStringLiteral("Questions per page, 1-%1, default %2.")
                           .arg(planninginput::MAX_PAGE_SIZE)
                           .arg(planninginput::DEFAULT_PAGE_SIZE)),
    };
}

FieldDoc idField()
{
    return pathField(BANK_QUESTION_ID, QStringLiteral("Bank question ID (bq_<12 hex>)."));
}

HttpReply envelope(const BankQuestion &question, const QString &message)
{
    return HttpReply::success(mapping::bankQuestion(question), message);
}

} // namespace

BankController::BankController(InterviewService &service)
    : m_service(service)
{ }

void BankController::registerRoutes(RouteTable &table)
{
    const QString tag = QStringLiteral("question bank");
    const QString collection = QStringLiteral("/question-bank");
    const QString item = QStringLiteral("/question-bank/{bank_question_id}");
    table.add({QStringLiteral("GET"),
               collection,
               [this](const RequestContext &r) { return list(r); },
               true,
               false,
               true,
               {QStringLiteral("listBankQuestions"),
                QStringLiteral("Search the question bank"),
                QStringLiteral("Reusable questions matching every filter given, newest first, one page at a time."),
                tag,
                listFields(),
                QStringLiteral("BankQuestionPageEnvelope"),
                {400, 401, 500}}});
    table.add({QStringLiteral("POST"),
               collection,
               [this](const RequestContext &r) { return create(r); },
               true,
               true,
               true,
               {QStringLiteral("createBankQuestion"),
                QStringLiteral("Add a question to the bank"),
                QStringLiteral("Adds a reusable question with its type, category, difficulty, tags and the expected "
                               "answer notes."),
                tag,
                bankFields(true),
                QStringLiteral("BankQuestionEnvelope"),
                {400, 401, 500}}});
    table.add({QStringLiteral("GET"),
               item,
               [this](const RequestContext &r) { return get(r); },
               true,
               false,
               true,
               {QStringLiteral("getBankQuestion"),
                QStringLiteral("Get a bank question"),
                QStringLiteral("Returns one question of the bank."),
                tag,
                {idField()},
                QStringLiteral("BankQuestionEnvelope"),
                {401, 404, 500}}});
    table.add({QStringLiteral("PUT"),
               item,
               [this](const RequestContext &r) { return update(r); },
               true,
               false,
               true,
               {QStringLiteral("updateBankQuestion"),
                QStringLiteral("Update a bank question"),
                QStringLiteral("Partial update: only the fields sent change. Sessions planned from a kit keep the "
                               "copy they took."),
                tag,
                QList<FieldDoc> {idField()} + bankFields(false),
                QStringLiteral("BankQuestionEnvelope"),
                {400, 401, 404, 500}}});
    table.add({QStringLiteral("DELETE"),
               item,
               [this](const RequestContext &r) { return remove(r); },
               true,
               false,
               true,
               {QStringLiteral("deleteBankQuestion"),
                QStringLiteral("Delete a bank question"),
                QStringLiteral("Removes a question from the bank and from every kit that planned it; sessions keep "
                               "the copy they took."),
                tag,
                {idField()},
                QStringLiteral("DeleteBankQuestionResponse"),
                {401, 404, 500}}});
}

HttpReply BankController::list(const RequestContext &request)
{
    BankFilter filter;
    if (const auto invalid = planninginput::readBankFilter(request.query, filter))
        return HttpReply::error(*invalid);
    const Result<Page<BankQuestion>> page = m_service.bankQuestions(filter);
    if (!page)
        return HttpReply::error(ApiError::fromError(page.error()));
    QJsonArray items;
    for (const BankQuestion &question : page->items)
        items.append(mapping::bankQuestion(question));
    return HttpReply::page(items, page->total, filter.page, filter.pageSize);
}

HttpReply BankController::create(const RequestContext &request)
{
    BankQuestion draft;
    if (const auto invalid = planninginput::readBankQuestion(request.body, draft))
        return HttpReply::error(*invalid);
    const Result<BankQuestion> created = m_service.createBankQuestion(draft);
    if (!created)
        return HttpReply::error(ApiError::fromError(created.error()));
    return envelope(*created, QStringLiteral("创建成功"));
}

HttpReply BankController::get(const RequestContext &request)
{
    const Result<BankQuestion> found = m_service.bankQuestion(request.param(BANK_QUESTION_ID));
    if (!found)
        return HttpReply::error(ApiError::fromError(found.error()));
    return envelope(*found, QStringLiteral("获取成功"));
}

HttpReply BankController::update(const RequestContext &request)
{
    const QString id = request.param(BANK_QUESTION_ID);
    BankQuestionPatch patch;
    if (const auto invalid = planninginput::readBankQuestionPatch(request.body, patch))
        return HttpReply::error(*invalid);
    const Result<BankQuestion> updated = m_service.updateBankQuestion(id, patch);
    if (!updated)
        return HttpReply::error(ApiError::fromError(updated.error()));
    return envelope(*updated, QStringLiteral("更新成功"));
}

HttpReply BankController::remove(const RequestContext &request)
{
    const QString id = request.param(BANK_QUESTION_ID);
    if (const Status removed = m_service.deleteBankQuestion(id); !removed)
        return HttpReply::error(ApiError::fromError(removed.error()));
    return HttpReply::json(QJsonObject {
        {QStringLiteral("success"), true},
        {BANK_QUESTION_ID, id},
        {QStringLiteral("message"), QStringLiteral("删除成功")},
    });
}

} // namespace ir::http
