// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planninginput.h"

#include "jsonbody.h"
#include "rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ir::http::planninginput {
namespace {

const QString TAGS = QStringLiteral("tags");
const QString COMPETENCIES = QStringLiteral("competencies");
const QString BANK_QUESTION_IDS = QStringLiteral("bank_question_ids");
const QString COMPETENCY_RATINGS = QStringLiteral("competency_ratings");
const QString RUBRIC = QStringLiteral("rubric");

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

// A list, or a string holding one (Dify's tool parameters are strings); null and "" are absent.
std::optional<QJsonArray> readArray(JsonBody &reader, const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (isAbsent(value))
        return std::nullopt;
    if (value.isArray())
        return value.toArray();
    if (value.isString()) {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isArray())
            return document.array();
    }
    reader.addError(field, QStringLiteral("must be a JSON array (or a string holding one)"));
    return std::nullopt;
}

// A list of strings; a plain string that is not a JSON list is read as comma-separated
// ("python, 算法"), as an LLM filling a text template writes a list.
std::optional<QStringList> readStringList(JsonBody &reader, const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isString() && !isAbsent(value) && !value.toString().trimmed().startsWith(u'[')) {
        static const QRegularExpression separator(QStringLiteral("[,\uFF0C]"));
        QStringList items;
        for (const QString &part : value.toString().split(separator)) {
            if (!part.trimmed().isEmpty())
                items << part.trimmed();
        }
        return items;
    }
    const std::optional<QJsonArray> array = readArray(reader, body, field);
    if (!array)
        return std::nullopt;
    QStringList items;
    bool valid = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isString()) {
            reader.addError(QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("must be a string"));
            valid = false;
            continue;
        }
        items << array->at(i).toString();
    }
    return valid ? std::optional(items) : std::nullopt;
}

// Moves a nested reader's problems into the outer one, named by their path (competencies[2].key).
void adopt(JsonBody &reader, const QString &path, const JsonBody &inner)
{
    const std::optional<ApiError> problems = inner.finish();
    if (!problems)
        return;
    for (const QString &problem : problems->details.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        reader.addError(path + u'.' + problem.section(QStringLiteral(": "), 0, 0),
                        problem.section(QStringLiteral(": "), 1));
}

// Reads every element of a list of objects with read(inner reader, object); an element that is
// not an object is read as an empty one, so that the domain rules' indexes stay those of the list.
template<typename Read>
void readObjects(JsonBody &reader, const QJsonArray &array, const QString &field, Read read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonObject object = array.at(i).toObject();
        if (!array.at(i).isObject())
            reader.addError(path, QStringLiteral("must be a JSON object"));
        JsonBody inner(object);
        read(inner, object);
        if (array.at(i).isObject())
            adopt(reader, path, inner);
    }
}

// The outcome: the reader's problems and the domain rule's, except those about a field (or a
// part of one) the reader already rejected.
std::optional<ApiError> finish(const JsonBody &reader, const std::optional<Error> &domainError)
{
    const std::optional<ApiError> own = reader.finish();
    if (!own)
        return domainError ? std::optional(ApiError::fromError(*domainError)) : std::nullopt;
    if (!domainError)
        return own;
    QStringList failed;
    for (const QString &problem : own->details.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        failed << problem.section(QStringLiteral(": "), 0, 0);
    QString details = own->details;
    for (const QString &problem : domainError->details.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const QString field = problem.section(QStringLiteral(": "), 0, 0);
        const bool covered = std::any_of(failed.cbegin(), failed.cend(), [&field](const QString &rejected) {
            return field == rejected || field.startsWith(rejected + u'.') || field.startsWith(rejected + u'[');
        });
        if (!covered)
            details += QStringLiteral("; ") + problem;
    }
    return ApiError::validation(details);
}

// {"1": text, "2": text, "3": text, "4": text}; a missing level has no text.
void readRubric(JsonBody &reader, std::array<QString, RUBRIC_LEVELS> &rubric)
{
    const std::optional<QJsonObject> levels = reader.object(RUBRIC);
    if (!levels)
        return;
    for (auto it = levels->begin(); it != levels->end(); ++it) {
        const QString field = RUBRIC + u'.' + it.key();
        bool isNumber = false;
        const int level = it.key().toInt(&isNumber);
        if (!isNumber || level < rules::MIN_RATING || level > RUBRIC_LEVELS || it.key() != QString::number(level)) {
            reader.addError(field,
                            QStringLiteral("unknown level (the levels are \"%1\" to \"%2\")")
                                .arg(rules::MIN_RATING)
                                .arg(RUBRIC_LEVELS));
            continue;
        }
        if (it->isNull())
            continue;
        if (!it->isString()) {
            reader.addError(field, QStringLiteral("must be a string"));
            continue;
        }
        rubric.at(size_t(level - 1)) = it->toString();
    }
}

Competency readCompetency(JsonBody &reader)
{
    Competency competency;
    competency.key = reader.requiredString(QStringLiteral("key"));
    competency.name = reader.requiredString(QStringLiteral("name"));
    competency.description = reader.optionalString(QStringLiteral("description")).value_or(QString());
    competency.weight = reader.number(QStringLiteral("weight"), false).value_or(competency.weight);
    readRubric(reader, competency.rubric);
    return competency;
}

// A kit's fields as a patch; a new kit's name is required.
void readKitFields(JsonBody &reader, const QJsonObject &body, KitPatch &kit, bool nameRequired)
{
    const QString name = QStringLiteral("name");
    kit.name = nameRequired ? std::optional(reader.requiredString(name)) : reader.optionalString(name);
    kit.position = reader.optionalString(QStringLiteral("position"));
    kit.sessionType = reader.enumValue<SessionType>(QStringLiteral("session_type"), false);
    kit.difficultyLevel = reader.enumValue<DifficultyLevel>(QStringLiteral("difficulty_level"), false);
    kit.estimatedDuration = reader.integer(QStringLiteral("estimated_duration"), false);
    if (const std::optional<QJsonArray> list = readArray(reader, body, COMPETENCIES)) {
        QList<Competency> competencies;
        readObjects(reader, *list, COMPETENCIES,
                    [&competencies](JsonBody &inner, const QJsonObject &) { competencies << readCompetency(inner); });
        kit.competencies = competencies;
    }
    kit.bankQuestionIds = readStringList(reader, body, BANK_QUESTION_IDS);
}

RatingPatch readRating(JsonBody &reader, const QJsonObject &object)
{
    RatingPatch rating;
    const QString key = QStringLiteral("key");
    rating.key = reader.requiredString(key);
    if (!rating.key.isEmpty() && rules::isBlank(rating.key))
        reader.addError(key, QStringLiteral("must not be blank"));
    // null clears a rating; absent leaves it as it is.
    if (object.value(QStringLiteral("rating")).isNull())
        rating.rating.emplace(std::nullopt);
    else if (const std::optional<int> value = reader.integer(QStringLiteral("rating"), false))
        rating.rating.emplace(*value);
    rating.note = reader.optionalString(QStringLiteral("note"));
    return rating;
}

std::optional<bool> readFlag(JsonBody &reader, const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (isAbsent(value))
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    const QString text = value.isString() ? value.toString().trimmed().toLower() : QString();
    if (text == QStringLiteral("true") || text == QStringLiteral("1") || (value.isDouble() && value.toDouble() == 1))
        return true;
    if (text == QStringLiteral("false") || text == QStringLiteral("0") || (value.isDouble() && value.toDouble() == 0))
        return false;
    reader.addError(field, QStringLiteral("must be true or false"));
    return std::nullopt;
}

void readBankFields(JsonBody &reader, const QJsonObject &body, BankQuestionPatch &patch)
{
    patch.questionType = reader.enumValue<QuestionType>(QStringLiteral("question_type"), false);
    patch.questionCategory = reader.optionalString(QStringLiteral("question_category"));
    patch.difficultyLevel = reader.enumValue<DifficultyLevel>(QStringLiteral("difficulty_level"), false);
    patch.tags = readStringList(reader, body, TAGS);
    patch.expectedAnswer = reader.optionalString(QStringLiteral("expected_answer"));
}

} // namespace

std::optional<ApiError> readBankQuestion(const QJsonObject &body, BankQuestion &draft)
{
    JsonBody reader(body);
    draft.questionText = reader.requiredString(QStringLiteral("question_text"));
    BankQuestionPatch fields;
    readBankFields(reader, body, fields);
    draft.questionType = fields.questionType.value_or(draft.questionType);
    draft.questionCategory = fields.questionCategory.value_or(QString());
    draft.difficultyLevel = fields.difficultyLevel.value_or(draft.difficultyLevel);
    draft.tags = fields.tags.value_or(QStringList());
    draft.expectedAnswer = fields.expectedAnswer.value_or(QString());
    return finish(reader, rules::validate(draft));
}

std::optional<ApiError> readBankQuestionPatch(const QJsonObject &body, BankQuestionPatch &patch)
{
    JsonBody reader(body);
    patch.questionText = reader.optionalString(QStringLiteral("question_text"));
    readBankFields(reader, body, patch);
    return finish(reader, rules::validate(patch));
}

std::optional<ApiError> readBankFilter(const QHash<QString, QString> &query, BankFilter &filter)
{
    QJsonObject fields;
    for (auto it = query.cbegin(); it != query.cend(); ++it) {
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    }
    JsonBody reader(fields);
    filter.text = reader.optionalString(QStringLiteral("q")).value_or(QString());
    filter.questionType = reader.enumValue<QuestionType>(QStringLiteral("question_type"), false);
    filter.questionCategory = reader.optionalString(QStringLiteral("question_category")).value_or(QString());
    filter.tag = reader.optionalString(QStringLiteral("tag")).value_or(QString()).trimmed();
    filter.page = reader.integer(QStringLiteral("page"), false).value_or(1);
    filter.pageSize = reader.integer(QStringLiteral("page_size"), false).value_or(DEFAULT_PAGE_SIZE);
    if (filter.page < 1)
        reader.addError(QStringLiteral("page"), QStringLiteral("must be at least 1"));
    if (filter.pageSize < 1 || filter.pageSize > MAX_PAGE_SIZE)
        reader.addError(QStringLiteral("page_size"), QStringLiteral("must be between 1 and %1").arg(MAX_PAGE_SIZE));
    return reader.finish();
}

std::optional<ApiError> readKit(const QJsonObject &body, Kit &draft)
{
    JsonBody reader(body);
    KitPatch fields;
    readKitFields(reader, body, fields, true);
    draft.name = fields.name.value_or(QString());
    draft.position = fields.position.value_or(QString());
    draft.sessionType = fields.sessionType.value_or(draft.sessionType);
    draft.difficultyLevel = fields.difficultyLevel.value_or(draft.difficultyLevel);
    draft.estimatedDuration = fields.estimatedDuration.value_or(draft.estimatedDuration);
    draft.competencies = fields.competencies.value_or(QList<Competency>());
    draft.bankQuestionIds = fields.bankQuestionIds.value_or(QStringList());
    return finish(reader, rules::validate(draft));
}

std::optional<ApiError> readKitPatch(const QJsonObject &body, KitPatch &patch)
{
    JsonBody reader(body);
    readKitFields(reader, body, patch, false);
    return finish(reader, rules::validate(patch));
}

std::optional<ApiError> readScorecardPatch(const QJsonObject &body, ScorecardPatch &patch)
{
    JsonBody reader(body);
    if (const std::optional<QJsonArray> list = readArray(reader, body, COMPETENCY_RATINGS)) {
        readObjects(reader, *list, COMPETENCY_RATINGS, [&patch](JsonBody &inner, const QJsonObject &object) {
            patch.ratings << readRating(inner, object);
        });
    }
    patch.recommendation = reader.enumValue<Recommendation>(QStringLiteral("recommendation"), false);
    patch.strengths = reader.optionalString(QStringLiteral("strengths"));
    patch.concerns = reader.optionalString(QStringLiteral("concerns"));
    const std::optional<bool> submitted = readFlag(reader, body, QStringLiteral("submitted"));
    patch.submit = submitted.value_or(false);
    if (submitted == false && patch.isEmpty() && !reader.hasErrors())
        return std::nullopt;
    return finish(reader, rules::validate(patch));
}

} // namespace ir::http::planninginput
