// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of the question bank, kits and scorecards (declared in rules.h).
#include "rules.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ir::rules {
namespace {

std::optional<Error> finish(const FieldErrors &errors)
{
    if (errors.isEmpty())
        return std::nullopt;
    return Error::validation(errors.details());
}

void checkTags(FieldErrors &errors, const QStringList &tags)
{
    const QStringList normalized = normalizedTags(tags);
    if (normalized.size() > MAX_TAGS)
        errors.add(QStringLiteral("tags"),
                   QStringLiteral("at most %1 tags (got %2)").arg(MAX_TAGS).arg(normalized.size()));
    for (const QString &tag : normalized) {
        if (characterCount(tag) > TAG.max) {
            errors.add(QStringLiteral("tags"), QStringLiteral("each tag must be at most %1 characters").arg(TAG.max));
            break;
        }
    }
}

void checkBankText(FieldErrors &errors, const std::optional<QString> &text, const std::optional<QString> &category,
                   const std::optional<QString> &expected)
{
    if (text)
        errors.checkLength(QUESTION_TEXT, *text);
    if (category && !category->isEmpty())
        errors.checkLength(QUESTION_CATEGORY, *category);
    if (expected)
        errors.checkLength(EXPECTED_ANSWER, *expected);
}

// Problems of one competency, named by its index as the JSON path to it: competencies[2].key.
void checkCompetency(FieldErrors &errors, int index, const Competency &competency)
{
    const QString at = QStringLiteral("competencies[%1].").arg(index);
    FieldErrors own;
    if (!isValidCompetencyKey(competency.key))
        own.add(QStringLiteral("key"), QStringLiteral("must be 1 to 50 characters of a-z, 0-9 and _"));
    own.checkLength(COMPETENCY_NAME, competency.name);
    own.checkLength(COMPETENCY_DESCRIPTION, competency.description);
    if (!std::isfinite(competency.weight) || competency.weight < MIN_WEIGHT || competency.weight > MAX_WEIGHT)
        own.add(QStringLiteral("weight"), QStringLiteral("must be between 0 and 10"));
    for (int level = 0; level < RUBRIC_LEVELS; ++level) {
        if (characterCount(competency.rubric.at(size_t(level))) > RUBRIC_TEXT.max) {
            own.add(QStringLiteral("rubric.%1").arg(level + 1),
                    QStringLiteral("must be at most %1 characters").arg(RUBRIC_TEXT.max));
        }
    }
    if (!own.isEmpty()) {
        for (const QString &problem : own.details().split(QStringLiteral("; ")))
            errors.add(at + problem.section(QStringLiteral(": "), 0, 0), problem.section(QStringLiteral(": "), 1));
    }
}

void checkCompetencies(FieldErrors &errors, const QList<Competency> &competencies)
{
    if (competencies.size() > MAX_COMPETENCIES) {
        errors.add(QStringLiteral("competencies"),
                   QStringLiteral("at most %1 (got %2)").arg(MAX_COMPETENCIES).arg(competencies.size()));
        return;
    }
    QSet<QString> keys;
    for (int i = 0; i < competencies.size(); ++i) {
        checkCompetency(errors, i, competencies.at(i));
        if (keys.contains(competencies.at(i).key))
            errors.add(QStringLiteral("competencies[%1].key").arg(i),
                       QStringLiteral("repeats ") + competencies.at(i).key);
        keys.insert(competencies.at(i).key);
    }
}

void checkQuestionIds(FieldErrors &errors, const QStringList &ids)
{
    if (ids.size() > MAX_KIT_QUESTIONS) {
        errors.add(QStringLiteral("bank_question_ids"),
                   QStringLiteral("at most %1 (got %2)").arg(MAX_KIT_QUESTIONS).arg(ids.size()));
    }
    if (QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size())
        errors.add(QStringLiteral("bank_question_ids"), QStringLiteral("must not repeat a question"));
}

void checkKitFields(FieldErrors &errors, const KitPatch &kit)
{
    if (kit.name)
        errors.checkLength(KIT_NAME, *kit.name);
    if (kit.position)
        errors.checkLength(KIT_POSITION, *kit.position);
    if (kit.estimatedDuration && !isValidDuration(*kit.estimatedDuration)) {
        errors.add(QStringLiteral("estimated_duration"),
                   QStringLiteral("must be between %1 and %2 minutes").arg(MIN_DURATION).arg(MAX_DURATION));
    }
    if (kit.competencies)
        checkCompetencies(errors, *kit.competencies);
    if (kit.bankQuestionIds)
        checkQuestionIds(errors, *kit.bankQuestionIds);
}

} // namespace

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

bool isValidCompetencyKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,50}$"));
    return pattern.match(key).hasMatch();
}

std::optional<Error> validate(const BankQuestion &draft)
{
    FieldErrors errors;
    checkBankText(errors, draft.questionText, draft.questionCategory, draft.expectedAnswer);
    checkTags(errors, draft.tags);
    return finish(errors);
}

std::optional<Error> validate(const BankQuestionPatch &patch)
{
    FieldErrors errors;
    if (patch.isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("no field to update"));
    checkBankText(errors, patch.questionText, patch.questionCategory, patch.expectedAnswer);
    if (patch.tags)
        checkTags(errors, *patch.tags);
    return finish(errors);
}

std::optional<Error> validate(const Kit &draft)
{
    FieldErrors errors;
    checkKitFields(errors,
                   {draft.name, draft.position, draft.sessionType, draft.difficultyLevel, draft.estimatedDuration,
                    draft.competencies, draft.bankQuestionIds});
    return finish(errors);
}

std::optional<Error> validate(const KitPatch &patch)
{
    FieldErrors errors;
    if (patch.isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("no field to update"));
    checkKitFields(errors, patch);
    return finish(errors);
}

std::optional<Error> validate(const ScorecardPatch &patch)
{
    FieldErrors errors;
    if (patch.isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("no field to update"));
    QSet<QString> keys;
    for (int i = 0; i < patch.ratings.size(); ++i) {
        const RatingPatch &rating = patch.ratings.at(i);
        const QString at = QStringLiteral("competency_ratings[%1].").arg(i);
        if (keys.contains(rating.key))
            errors.add(at + QStringLiteral("key"), QStringLiteral("repeats ") + rating.key);
        keys.insert(rating.key);
        if (rating.rating && rating.rating->has_value()
            && (**rating.rating < MIN_RATING || **rating.rating > MAX_RATING)) {
            errors.add(at + QStringLiteral("rating"),
                       QStringLiteral("must be %1 to %2 or null").arg(MIN_RATING).arg(MAX_RATING));
        }
        if (rating.note && characterCount(*rating.note) > RATING_NOTE.max)
            errors.add(at + QStringLiteral("note"),
                       QStringLiteral("must be at most %1 characters").arg(RATING_NOTE.max));
    }
    if (patch.strengths)
        errors.checkLength(STRENGTHS, *patch.strengths);
    if (patch.concerns)
        errors.checkLength(CONCERNS, *patch.concerns);
    return finish(errors);
}

} // namespace ir::rules
