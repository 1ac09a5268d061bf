// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "bankcodec.h"
#include "jsoncodec.h"
#include "rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ir {
namespace {

constexpr int MAX_REPORTED_PROBLEMS = 10;

// Reads typed fields out of one JSON object and collects every problem with its path.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QStringList &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    void fail(const QString &field, const QString &problem)
    {
        m_problems << (m_path.isEmpty() ? field : m_path + u'.' + field) + QStringLiteral(": ") + problem;
    }

    QString string(const QString &field, bool required = true)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (!required && value.isUndefined())
            return {};
        fail(field, required ? QStringLiteral("must be a non-empty string") : QStringLiteral("must be a string"));
        return {};
    }

    template<typename E>
    E enumValue(const QString &field, E fallback)
    {
        const std::optional<E> value = fromWire<E>(m_object.value(field).toString());
        if (!value) {
            fail(field, QStringLiteral("must be one of: ") + wireValues<E>().join(QStringLiteral(", ")));
            return fallback;
        }
        return *value;
    }

    Source source(const QString &field)
    {
        const std::optional<Source> value = fromWire<Source>(m_object.value(field).toString());
        if (!value)
            fail(field, QStringLiteral("must be one of: ui, api"));
        return value.value_or(Source::Ui);
    }

    int integer(const QString &field, int min, int max)
    {
        const QJsonValue value = m_object.value(field);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
            fail(field, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
            return min;
        }
        return int(number);
    }

    qint64 time(const QString &field)
    {
        const std::optional<qint64> value = JsonCodec::timeFromJson(m_object.value(field).toString());
        if (!value)
            fail(field, QStringLiteral("must be a UTC time like 2025-09-05T05:32:19.000Z"));
        return value.value_or(0);
    }

    std::optional<qint64> optionalTime(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        return time(field);
    }

    std::optional<double> score(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isDouble() || !rules::isValidScore(value.toDouble())) {
            fail(field, QStringLiteral("must be null or a number from 0 to 10"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    // A string at most rule.max characters long (empty allowed), or empty when absent.
    QString text(const rules::Length &rule)
    {
        const QString field = QStringView(rule.field).toString();
        const QString value = string(field, false);
        if (rules::characterCount(value) > rule.max)
            fail(field, QStringLiteral("must be at most %1 characters").arg(rule.max));
        return value;
    }

    double number(const QString &field, double min, double max)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
            fail(field, QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return value.toDouble();
    }

    std::optional<int> optionalInteger(const QString &field, int min, int max)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        return integer(field, min, max);
    }

    bool boolean(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isBool())
            fail(field, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    // An array field; absent counts as empty when optional.
    QJsonArray array(const QString &field, bool optional)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isArray() || (optional && value.isUndefined()))
            return value.toArray();
        fail(field, QStringLiteral("must be an array"));
        return {};
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    QStringList &m_problems;
};

QuestionRecord readQuestion(const QJsonObject &object, const QString &path, const QString &sessionId,
                            QStringList &problems)
{
    FieldReader reader(object, path, problems);
    QuestionRecord q;
    q.questionId = reader.string(QStringLiteral("question_id"));
    q.sessionId = reader.string(QStringLiteral("session_id"));
    if (!q.sessionId.isEmpty() && q.sessionId != sessionId)
        reader.fail(QStringLiteral("session_id"), QStringLiteral("does not match the enclosing session"));
    q.position = reader.integer(QStringLiteral("position"), 1, 1000000);
    q.questionText = reader.string(QStringLiteral("question_text"));
    q.questionType = reader.enumValue(QStringLiteral("question_type"), QuestionType::Technical);
    q.questionCategory = reader.string(QStringLiteral("question_category"), false);
    q.candidateAnswer = reader.string(QStringLiteral("candidate_answer"), false);
    q.interviewerFeedback = reader.string(QStringLiteral("interviewer_feedback"), false);
    q.overallScore = reader.score(QStringLiteral("overall_score"));
    q.createdAt = reader.time(QStringLiteral("created_at"));
    q.updatedAt = reader.time(QStringLiteral("updated_at"));
    q.source = reader.source(QStringLiteral("source"));
    q.updatedBy = reader.source(QStringLiteral("updated_by"));
    const QJsonValue reviewed = object.value(QStringLiteral("reviewed"));
    if (!reviewed.isBool())
        reader.fail(QStringLiteral("reviewed"), QStringLiteral("must be true or false"));
    q.reviewed = reviewed.toBool(true);
    return q;
}

QList<PlannedQuestion> readPlan(const QJsonArray &array, const QString &path, QStringList &problems)
{
    QList<PlannedQuestion> plan;
    QSet<int> positions;
    if (array.size() > rules::MAX_KIT_QUESTIONS)
        problems << path + QStringLiteral(": at most %1 planned questions").arg(rules::MAX_KIT_QUESTIONS);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems << at + QStringLiteral(": must be an object");
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        FieldReader reader(object, at, problems);
        PlannedQuestion p;
        p.position = reader.integer(QStringLiteral("position"), 1, rules::MAX_KIT_QUESTIONS);
        if (positions.contains(p.position))
            reader.fail(QStringLiteral("position"), QStringLiteral("used twice in the plan"));
        positions.insert(p.position);
        p.bankQuestionId = reader.string(QStringLiteral("bank_question_id"), false);
        p.questionText = reader.string(QStringLiteral("question_text"));
        p.questionType = reader.enumValue(QStringLiteral("question_type"), QuestionType::Technical);
        p.questionCategory = reader.string(QStringLiteral("question_category"), false);
        p.expectedAnswer = reader.text(rules::EXPECTED_ANSWER);
        plan << p;
    }
    return plan;
}

Competency readCompetency(const QJsonObject &object, const QString &path, QStringList &problems)
{
    FieldReader reader(object, path, problems);
    Competency c;
    c.key = reader.string(QStringLiteral("key"));
    if (!c.key.isEmpty() && !rules::isValidCompetencyKey(c.key))
        reader.fail(QStringLiteral("key"), QStringLiteral("must be 1 to 50 characters of a-z, 0-9 and _"));
    c.name = reader.string(QStringLiteral("name"));
    if (rules::characterCount(c.name) > rules::COMPETENCY_NAME.max)
        reader.fail(QStringLiteral("name"),
                    QStringLiteral("must be at most %1 characters").arg(rules::COMPETENCY_NAME.max));
    c.description = reader.text(rules::COMPETENCY_DESCRIPTION);
    // Files that carry only the API's shape (no weight, no rubric) get the defaults.
    if (!object.value(QStringLiteral("weight")).isUndefined())
        c.weight = reader.number(QStringLiteral("weight"), rules::MIN_WEIGHT, rules::MAX_WEIGHT);
    const QJsonValue rubric = object.value(QStringLiteral("rubric"));
    if (!rubric.isObject() && !rubric.isUndefined())
        reader.fail(QStringLiteral("rubric"), QStringLiteral("must be an object with the levels \"1\" to \"4\""));
    const QJsonObject rubricObject = rubric.toObject();
    FieldReader levels(rubricObject, path + QStringLiteral(".rubric"), problems);
    for (int level = 1; level <= RUBRIC_LEVELS; ++level) {
        const QString text = levels.string(QString::number(level), false);
        if (rules::characterCount(text) > rules::RUBRIC_TEXT.max)
            levels.fail(QString::number(level),
                        QStringLiteral("must be at most %1 characters").arg(rules::RUBRIC_TEXT.max));
        c.rubric[size_t(level - 1)] = text;
    }
    return c;
}

CompetencyRating readRating(const QJsonObject &object, const QString &path, QStringList &problems)
{
    FieldReader reader(object, path, problems);
    CompetencyRating r;
    r.competency = readCompetency(object, path, problems);
    r.rating = reader.optionalInteger(QStringLiteral("rating"), rules::MIN_RATING, rules::MAX_RATING);
    r.note = reader.text(rules::RATING_NOTE);
    return r;
}

// The scorecard as stored, or nullopt when the file's says nothing was (an untouched scorecard
// without competencies, as every session without a kit has).
std::optional<Scorecard> readScorecard(const QJsonObject &object, const QString &path, const QString &sessionId,
                                       QStringList &problems)
{
    FieldReader reader(object, path, problems);
    Scorecard card;
    card.sessionId = sessionId;
    const QString ownId = reader.string(QStringLiteral("session_id"), false);
    if (!ownId.isEmpty() && ownId != sessionId)
        reader.fail(QStringLiteral("session_id"), QStringLiteral("does not match the enclosing session"));
    const QJsonArray ratings = reader.array(QStringLiteral("competency_ratings"), true);
    if (ratings.size() > rules::MAX_COMPETENCIES)
        reader.fail(QStringLiteral("competency_ratings"), QStringLiteral("at most %1").arg(rules::MAX_COMPETENCIES));
    QSet<QString> keys;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QString at = path + QStringLiteral(".competency_ratings[%1]").arg(i);
        if (!ratings.at(i).isObject()) {
            problems << at + QStringLiteral(": must be an object");
            continue;
        }
        CompetencyRating r = readRating(ratings.at(i).toObject(), at, problems);
        if (keys.contains(r.competency.key))
            problems << at + QStringLiteral(".key: repeats ") + r.competency.key;
        keys.insert(r.competency.key);
        card.ratings << std::move(r);
    }
    card.strengths = reader.text(rules::STRENGTHS);
    card.concerns = reader.text(rules::CONCERNS);
    const bool submitted = object.contains(QStringLiteral("submitted")) && reader.boolean(QStringLiteral("submitted"));
    card.submittedAt = reader.optionalTime(QStringLiteral("submitted_at"));
    if (submitted != card.submittedAt.has_value())
        reader.fail(QStringLiteral("submitted_at"), QStringLiteral("must be a time exactly when submitted is true"));
    const std::optional<qint64> updated = reader.optionalTime(QStringLiteral("updated_at"));
    card.updatedAt = updated.value_or(0);
    if (card.ratings.isEmpty() && card.strengths.isEmpty() && card.concerns.isEmpty() && !card.submittedAt && !updated)
        return std::nullopt;
    return card;
}

Kit readKit(const QJsonObject &object, const QString &path, QStringList &problems)
{
    FieldReader reader(object, path, problems);
    Kit kit;
    kit.kitId = reader.string(QStringLiteral("kit_id"));
    kit.name = reader.string(QStringLiteral("name"));
    kit.position = reader.string(QStringLiteral("position"), false);
    kit.sessionType = reader.enumValue(QStringLiteral("session_type"), SessionType::KnowledgeBased);
    kit.difficultyLevel = reader.enumValue(QStringLiteral("difficulty_level"), DifficultyLevel::Medium);
    kit.estimatedDuration
        = reader.integer(QStringLiteral("estimated_duration"), rules::MIN_DURATION, rules::MAX_DURATION);
    const QJsonArray competencies = reader.array(QStringLiteral("competencies"), true);
    for (qsizetype i = 0; i < competencies.size(); ++i) {
        const QString at = path + QStringLiteral(".competencies[%1]").arg(i);
        if (!competencies.at(i).isObject()) {
            problems << at + QStringLiteral(": must be an object");
            continue;
        }
        kit.competencies << readCompetency(competencies.at(i).toObject(), at, problems);
    }
    const QJsonArray ids = reader.array(QStringLiteral("bank_question_ids"), true);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!ids.at(i).isString())
            problems << path + QStringLiteral(".bank_question_ids[%1]: must be a string").arg(i);
        kit.bankQuestionIds << ids.at(i).toString();
    }
    kit.createdAt = reader.time(QStringLiteral("created_at"));
    kit.updatedAt = reader.time(QStringLiteral("updated_at"));
    // Counts, repeats and lengths as the service checks them.
    if (const std::optional<Error> invalid = rules::validate(kit)) {
        for (const QString &problem : invalid->details.split(QStringLiteral("; ")))
            problems << path + u'.' + problem;
    }
    return kit;
}

// A complete export's question bank (BankCodec reads the objects); the IDs are kept, so each
// must have one.
QList<BankQuestion> readBank(const QJsonArray &array, QStringList &problems)
{
    const Result<QList<BankQuestion>> read = BankCodec::fromJson(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!read) {
        problems << read.error().details;
        return {};
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < read->size(); ++i) {
        const QString id = read->at(i).bankQuestionId;
        if (id.isEmpty())
            problems << QStringLiteral("bank_questions[%1].bank_question_id: must be a non-empty string").arg(i);
        else if (ids.contains(id))
            problems << QStringLiteral("bank_questions[%1].bank_question_id: appears twice in the file").arg(i);
        ids.insert(id);
    }
    return *read;
}

SessionWithQuestions readSession(const QJsonObject &object, const QString &path, QStringList &problems)
{
    FieldReader reader(object, path, problems);
    SessionWithQuestions entry;
    Session &s = entry.session;
    s.sessionId = reader.string(QStringLiteral("session_id"));
    s.userId = reader.string(QStringLiteral("user_id"));
    s.sessionName = reader.string(QStringLiteral("session_name"), false);
    s.sessionType = reader.enumValue(QStringLiteral("session_type"), SessionType::KnowledgeBased);
    s.difficultyLevel = reader.enumValue(QStringLiteral("difficulty_level"), DifficultyLevel::Medium);
    s.status = reader.enumValue(QStringLiteral("status"), SessionStatus::Pending);
    s.estimatedDuration = reader.integer(QStringLiteral("estimated_duration"), 0, 100000);
    s.recommendation = reader.enumValue(QStringLiteral("recommendation"), Recommendation::NoDecision);
    s.notes = reader.string(QStringLiteral("notes"), false);
    const QJsonValue metadata = object.value(QStringLiteral("metadata"));
    if (!metadata.isObject() && !metadata.isUndefined())
        reader.fail(QStringLiteral("metadata"), QStringLiteral("must be an object"));
    s.metadata = metadata.toObject();
    s.createdAt = reader.time(QStringLiteral("created_at"));
    s.updatedAt = reader.time(QStringLiteral("updated_at"));
    s.startTime = reader.optionalTime(QStringLiteral("start_time"));
    s.endTime = reader.optionalTime(QStringLiteral("end_time"));
    s.source = reader.source(QStringLiteral("source"));
    s.updatedBy = reader.source(QStringLiteral("updated_by"));
    // Issue 12's fields: absent in older files.
    s.interviewer = reader.text(rules::INTERVIEWER);
    s.kitId = reader.string(QStringLiteral("kit_id"), false);
    entry.plan = readPlan(reader.array(QStringLiteral("plan"), true), path + QStringLiteral(".plan"), problems);
    const QJsonValue scorecard = object.value(QStringLiteral("scorecard"));
    if (scorecard.isObject())
        entry.scorecard
            = readScorecard(scorecard.toObject(), path + QStringLiteral(".scorecard"), s.sessionId, problems);
    else if (!scorecard.isUndefined() && !scorecard.isNull())
        reader.fail(QStringLiteral("scorecard"), QStringLiteral("must be an object"));

    const QJsonValue questions = object.value(QStringLiteral("questions"));
    if (!questions.isArray())
        reader.fail(QStringLiteral("questions"), QStringLiteral("must be an array"));
    const QJsonArray array = questions.toArray();
    QSet<int> positions;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString questionPath = path + QStringLiteral(".questions[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems << questionPath + QStringLiteral(": must be an object");
            continue;
        }
        QuestionRecord q = readQuestion(array.at(i).toObject(), questionPath, s.sessionId, problems);
        if (positions.contains(q.position))
            problems << questionPath + QStringLiteral(".position: used twice in the session");
        positions.insert(q.position);
        entry.questions << std::move(q);
    }
    return entry;
}

} // namespace

Result<QList<SessionWithQuestions>> JsonImporter::parse(const QByteArray &json)
{
    Result<ExportData> data = parseAll(json);
    if (!data)
        return data.error();
    return std::move(data).value().sessions;
}

Result<ExportData> JsonImporter::parseAll(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {ErrorCode::ValidationError, tr("The file is not valid JSON"),
                      QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != JsonCodec::formatName()) {
        return Error {ErrorCode::ValidationError, tr("The file is not an Interview Recorder export"),
                      QStringLiteral("format: expected \"%1\"").arg(JsonCodec::formatName())};
    }
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version < 1 || version > JsonCodec::FORMAT_VERSION) {
        return Error {ErrorCode::ValidationError, tr("The file's format version is not supported"),
                      QStringLiteral("format_version: %1, this version reads 1 to %2")
                          .arg(version)
                          .arg(JsonCodec::FORMAT_VERSION)};
    }
    const QJsonValue sessions = root.value(QStringLiteral("sessions"));
    if (!sessions.isArray())
        return Error {ErrorCode::ValidationError, tr("The file holds no sessions"),
                      QStringLiteral("sessions: must be an array")};

    QStringList problems;
    ExportData all;
    FieldReader rootReader(root, QString(), problems);
    all.bankQuestions = readBank(rootReader.array(QStringLiteral("bank_questions"), true), problems);
    const QJsonArray kits = rootReader.array(QStringLiteral("kits"), true);
    QSet<QString> kitIds;
    for (qsizetype i = 0; i < kits.size(); ++i) {
        const QString path = QStringLiteral("kits[%1]").arg(i);
        if (!kits.at(i).isObject()) {
            problems << path + QStringLiteral(": must be an object");
            continue;
        }
        Kit kit = readKit(kits.at(i).toObject(), path, problems);
        if (kitIds.contains(kit.kitId))
            problems << path + QStringLiteral(".kit_id: appears twice in the file");
        kitIds.insert(kit.kitId);
        all.kits << std::move(kit);
    }
    QList<SessionWithQuestions> &data = all.sessions;
    QSet<QString> sessionIds;
    QSet<QString> questionIds;
    const QJsonArray array = sessions.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("sessions[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems << path + QStringLiteral(": must be an object");
            continue;
        }
        SessionWithQuestions entry = readSession(array.at(i).toObject(), path, problems);
        if (sessionIds.contains(entry.session.sessionId))
            problems << path + QStringLiteral(".session_id: appears twice in the file");
        sessionIds.insert(entry.session.sessionId);
        for (const QuestionRecord &q : entry.questions) {
            if (questionIds.contains(q.questionId))
                problems << path + QStringLiteral(": question_id %1 appears twice in the file").arg(q.questionId);
            questionIds.insert(q.questionId);
        }
        data << std::move(entry);
    }
    if (!problems.isEmpty()) {
        const qsizetype total = problems.size();
        if (total > MAX_REPORTED_PROBLEMS) {
            problems = problems.mid(0, MAX_REPORTED_PROBLEMS);
            problems << QStringLiteral("… and %1 more").arg(total - MAX_REPORTED_PROBLEMS);
        }
        return Error {ErrorCode::ValidationError, tr("The file has invalid entries; nothing was imported"),
                      problems.join(QStringLiteral("; "))};
    }
    return all;
}

Result<ImportReport> JsonImporter::importBytes(Database &database, const QByteArray &json)
{
    const Result<ExportData> data = parseAll(json);
    if (!data)
        return data.error();
    return DataImporter(database).importData(*data);
}

Result<ImportReport> JsonImporter::importFile(Database &database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::ValidationError, tr("Cannot read the file"),
                      path + QStringLiteral(": ") + file.errorString()};
    return importBytes(database, file.readAll());
}

} // namespace ir
