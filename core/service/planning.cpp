// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// InterviewService: the question bank and the kits (issue 12).
#include "interviewservice.h"

#include "bankrepository.h"
#include "database.h"
#include "ids.h"
#include "questionrepository.h"
#include "scorecardrepository.h"

#include <QSet>

namespace ir {
namespace {

constexpr int ID_ATTEMPTS = 5;

Error beginError()
{
    return Error::database(QStringLiteral("cannot begin a transaction"));
}

Result<BankQuestion> requireBankQuestion(BankRepository &bank, const QString &id)
{
    const auto found = bank.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::bankQuestionNotFound(id);
    return **found;
}

Result<Kit> requireKit(BankRepository &bank, const QString &id)
{
    const auto found = bank.findKit(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::kitNotFound(id);
    return **found;
}

// A fresh id that no row has yet (the generator's 48 bits make a clash a curiosity).
template<typename Find>
Result<QString> freshId(QString (*make)(), Find exists)
{
    for (int attempt = 0; attempt < ID_ATTEMPTS; ++attempt) {
        const QString candidate = make();
        const Result<bool> taken = exists(candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
    }
    return Error::database(QStringLiteral("cannot allocate an id"));
}

// Every planned question must be in the bank.
Status requireBankQuestions(BankRepository &bank, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (const Result<BankQuestion> found = requireBankQuestion(bank, id); !found)
            return found.error();
    }
    return Done {};
}

BankQuestion normalized(BankQuestion question)
{
    question.tags = rules::normalizedTags(question.tags);
    return question;
}

} // namespace

Result<BankQuestion> InterviewService::createBankQuestion(const BankQuestion &draft)
{
    if (const auto invalid = rules::validate(draft))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    BankQuestion question = normalized(draft);
    const Result<QString> id = freshId(&ids::makeBankQuestionId, [&bank](const QString &candidate) -> Result<bool> {
        const auto found = bank.find(candidate);
        return found ? Result<bool>(found->has_value()) : Result<bool>(found.error());
    });
    if (!id)
        return id.error();
    question.bankQuestionId = *id;
    question.createdAt = question.updatedAt = m_clock.nowMs();
    if (const Status inserted = bank.insert(question); !inserted)
        return inserted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT bankChanged(); });
    return question;
}

Result<BankQuestion> InterviewService::bankQuestion(const QString &bankQuestionId)
{
    BankRepository bank(m_database.connection());
    return requireBankQuestion(bank, bankQuestionId);
}

Result<Page<BankQuestion>> InterviewService::bankQuestions(const BankFilter &filter)
{
    if (filter.page < 1 || filter.pageSize < 1)
        return Error::validation(QStringLiteral("page, page_size: must be at least 1"));
    return BankRepository(m_database.connection()).list(filter);
}

Result<BankQuestion> InterviewService::updateBankQuestion(const QString &bankQuestionId, const BankQuestionPatch &patch)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    Result<BankQuestion> found = requireBankQuestion(bank, bankQuestionId);
    if (!found)
        return found.error();
    BankQuestion question = std::move(found).value();
    if (patch.questionText)
        question.questionText = *patch.questionText;
    if (patch.questionType)
        question.questionType = *patch.questionType;
    if (patch.questionCategory)
        question.questionCategory = *patch.questionCategory;
    if (patch.difficultyLevel)
        question.difficultyLevel = *patch.difficultyLevel;
    if (patch.tags)
        question.tags = rules::normalizedTags(*patch.tags);
    if (patch.expectedAnswer)
        question.expectedAnswer = *patch.expectedAnswer;
    question.updatedAt = m_clock.nowMs();
    if (const Status updated = bank.update(question); !updated)
        return updated.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT bankChanged(); });
    return question;
}

Status InterviewService::deleteBankQuestion(const QString &bankQuestionId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    const Result<bool> removed = bank.remove(bankQuestionId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::bankQuestionNotFound(bankQuestionId);
    const Result<int> kitsChangedCount = bank.forgetInKits(bankQuestionId);
    if (!kitsChangedCount)
        return kitsChangedCount.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    const bool kitsTouched = *kitsChangedCount > 0;
    m_database.afterCommit([this, kitsTouched] {
        Q_EMIT bankChanged();
        if (kitsTouched)
            Q_EMIT kitsChanged();
    });
    return Done {};
}

Result<int> InterviewService::importBankQuestions(const QList<BankQuestion> &drafts)
{
    for (int i = 0; i < drafts.size(); ++i) {
        if (const auto invalid = rules::validate(drafts.at(i))) {
            Error error = *invalid;
            error.details = QStringLiteral("questions[%1].").arg(i) + error.details;
            return error;
        }
    }
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    QSet<QString> seen;
    int added = 0;
    const qint64 now = m_clock.nowMs();
    for (const BankQuestion &draft : drafts) {
        const QString key = draft.questionText.trimmed();
        const auto existing = bank.findByText(key);
        if (!existing)
            return existing.error();
        if (existing->has_value() || seen.contains(key))
            continue;
        seen.insert(key);
        BankQuestion question = normalized(draft);
        question.bankQuestionId = ids::makeBankQuestionId();
        question.createdAt = draft.createdAt > 0 ? draft.createdAt : now;
        question.updatedAt = draft.updatedAt > 0 ? draft.updatedAt : question.createdAt;
        if (const Status inserted = bank.insert(question); !inserted)
            return inserted.error();
        ++added;
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    if (added > 0)
        m_database.afterCommit([this] { Q_EMIT bankChanged(); });
    return added;
}

Result<BankQuestion> InterviewService::saveQuestionToBank(const QString &questionId)
{
    QuestionRepository questions(m_database.connection());
    const auto record = questions.find(questionId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::questionNotFound(questionId);
    {
        BankRepository bank(m_database.connection());
        const auto existing = bank.findByText((*record)->questionText);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return **existing;
    }
    BankQuestion draft;
    draft.questionText = (*record)->questionText.trimmed();
    draft.questionType = (*record)->questionType;
    draft.questionCategory = (*record)->questionCategory;
    draft.expectedAnswer = (*record)->interviewerFeedback.left(rules::EXPECTED_ANSWER.max);
    return createBankQuestion(draft);
}

Result<QStringList> InterviewService::bankTags()
{
    return BankRepository(m_database.connection()).tags();
}

Result<Kit> InterviewService::createKit(const Kit &draft)
{
    if (const auto invalid = rules::validate(draft))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    if (const Status planned = requireBankQuestions(bank, draft.bankQuestionIds); !planned)
        return planned.error();
    Kit kit = draft;
    const Result<QString> id = freshId(&ids::makeKitId, [&bank](const QString &candidate) -> Result<bool> {
        const auto found = bank.findKit(candidate);
        return found ? Result<bool>(found->has_value()) : Result<bool>(found.error());
    });
    if (!id)
        return id.error();
    kit.kitId = *id;
    kit.createdAt = kit.updatedAt = m_clock.nowMs();
    if (const Status inserted = bank.insertKit(kit); !inserted)
        return inserted.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT kitsChanged(); });
    return kit;
}

Result<Kit> InterviewService::kit(const QString &kitId)
{
    BankRepository bank(m_database.connection());
    return requireKit(bank, kitId);
}

Result<QList<Kit>> InterviewService::kits()
{
    return BankRepository(m_database.connection()).kits();
}

Result<Kit> InterviewService::updateKit(const QString &kitId, const KitPatch &patch)
{
    if (const auto invalid = rules::validate(patch))
        return *invalid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    BankRepository bank(m_database.connection());
    Result<Kit> found = requireKit(bank, kitId);
    if (!found)
        return found.error();
    Kit kit = std::move(found).value();
    if (patch.bankQuestionIds) {
        if (const Status planned = requireBankQuestions(bank, *patch.bankQuestionIds); !planned)
            return planned.error();
        kit.bankQuestionIds = *patch.bankQuestionIds;
    }
    if (patch.name)
        kit.name = *patch.name;
    if (patch.position)
        kit.position = *patch.position;
    if (patch.sessionType)
        kit.sessionType = *patch.sessionType;
    if (patch.difficultyLevel)
        kit.difficultyLevel = *patch.difficultyLevel;
    if (patch.estimatedDuration)
        kit.estimatedDuration = *patch.estimatedDuration;
    if (patch.competencies)
        kit.competencies = *patch.competencies;
    kit.updatedAt = m_clock.nowMs();
    if (const Status updated = bank.updateKit(kit); !updated)
        return updated.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT kitsChanged(); });
    return kit;
}

Status InterviewService::deleteKit(const QString &kitId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return beginError();
    const Result<bool> removed = BankRepository(m_database.connection()).removeKit(kitId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::kitNotFound(kitId);
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    m_database.afterCommit([this] { Q_EMIT kitsChanged(); });
    return Done {};
}

Result<QList<PlannedQuestion>> InterviewService::plannedQuestions(const QString &sessionId)
{
    const Result<Session> found = session(sessionId);
    if (!found)
        return found.error();
    return ScorecardRepository(m_database.connection()).plan(sessionId);
}

Result<NextQuestion> InterviewService::nextQuestion(const QString &sessionId)
{
    const Result<Session> found = session(sessionId);
    if (!found)
        return found.error();
    return ScorecardRepository(m_database.connection()).next(sessionId);
}

} // namespace ir
