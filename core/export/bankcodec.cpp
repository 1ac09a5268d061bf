// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankcodec.h"

#include "csvexporter.h"
#include "csvreader.h"
#include "exportio.h"
#include "jsoncodec.h"
#include "rules.h"
#include "sessionreport.h"

#include <algorithm>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ir {
namespace {

constexpr int MAX_REPORTED_PROBLEMS = 10;

const QString BANK_QUESTION_ID = QStringLiteral("bank_question_id");
const QString QUESTION_TEXT = QStringLiteral("question_text");
const QString QUESTION_TYPE = QStringLiteral("question_type");
const QString QUESTION_CATEGORY = QStringLiteral("question_category");
const QString DIFFICULTY_LEVEL = QStringLiteral("difficulty_level");
const QString TAGS = QStringLiteral("tags");
const QString EXPECTED_ANSWER = QStringLiteral("expected_answer");
const QString CREATED_AT = QStringLiteral("created_at");
const QString UPDATED_AT = QStringLiteral("updated_at");
const QString BANK_QUESTIONS = QStringLiteral("bank_questions");

// Every problem of a file, each with its place; the first few become the error's details.
class Problems
{
public:
    void add(const QString &place, const QString &field, const QString &problem)
    {
        m_list << place + (place.isEmpty() || field.isEmpty() ? QString() : QStringLiteral(", ")) + field
                + QStringLiteral(": ") + problem;
    }
    // rules::validate's details ("field: problem; field: problem") at a place.
    void addRules(const QString &place, const BankQuestion &draft)
    {
        if (const std::optional<Error> invalid = rules::validate(draft)) {
            for (const QString &problem : invalid->details.split(QStringLiteral("; ")))
                m_list << place + QStringLiteral(", ") + problem;
        }
    }
    bool isEmpty() const { return m_list.isEmpty(); }
    Error error() const
    {
        QStringList shown = m_list.mid(0, MAX_REPORTED_PROBLEMS);
        if (m_list.size() > MAX_REPORTED_PROBLEMS)
            shown << QStringLiteral("… and %1 more").arg(m_list.size() - MAX_REPORTED_PROBLEMS);
        return Error {ErrorCode::ValidationError, BankCodec::tr("The file has invalid questions; nothing was imported"),
                      shown.join(QStringLiteral("; "))};
    }

private:
    QStringList m_list;
};

QString oneOf(const QStringList &values)
{
    return QStringLiteral("must be one of: ") + values.join(QStringLiteral(", "));
}

QString timeProblem()
{
    return QStringLiteral("must be empty or a UTC time like 2025-09-05T05:32:19.000Z");
}

QString timeText(qint64 epochMs)
{
    return epochMs > 0 ? JsonCodec::timeToJson(epochMs) : QString();
}

QByteArray withoutBom(const QByteArray &bytes)
{
    const QByteArray bom = CsvExporter::byteOrderMark();
    return bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
}

// One CSV row's value of a column, or empty when the file lacks the column or the row is short.
class CsvRow
{
public:
    CsvRow(const CsvRecord &record, const QHash<QString, int> &columns)
        : m_record(record)
        , m_columns(columns)
    { }

    QString value(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }

private:
    const CsvRecord &m_record;
    const QHash<QString, int> &m_columns;
};

template<typename E>
E enumField(Problems &problems, const QString &place, const QString &field, const QString &text,
            std::optional<E> fallback = std::nullopt)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && fallback)
        return *fallback;
    if (const std::optional<E> value = fromWire<E>(trimmed))
        return *value;
    problems.add(place, field, (trimmed.isEmpty() ? QStringLiteral("missing; ") : QString()) + oneOf(wireValues<E>()));
    return fallback.value_or(allValues<E>().constFirst());
}

qint64 timeField(Problems &problems, const QString &place, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    const std::optional<qint64> value = JsonCodec::timeFromJson(text.trimmed());
    if (!value)
        problems.add(place, field, timeProblem());
    return value.value_or(0);
}

Result<QList<BankQuestion>> finish(const Problems &problems, QList<BankQuestion> drafts)
{
    if (!problems.isEmpty())
        return problems.error();
    return drafts;
}

// One bank question object of a JSON file.
BankQuestion readJsonQuestion(Problems &problems, const QString &place, const QJsonObject &object)
{
    auto string = [&](const QString &field, bool required) {
        const QJsonValue value = object.value(field);
        if (value.isString() && (!required || !value.toString().trimmed().isEmpty()))
            return value.toString();
        if (!required && (value.isUndefined() || value.isNull()))
            return QString();
        problems.add(place, field,
                     required ? QStringLiteral("must be a non-empty string") : QStringLiteral("must be a string"));
        return QString();
    };
    auto enumText = [&](const QString &field) {
        const QJsonValue value = object.value(field);
        return value.isString() ? value.toString() : QString();
    };
    BankQuestion q;
    q.bankQuestionId = string(BANK_QUESTION_ID, false);
    q.questionText = string(QUESTION_TEXT, true);
    q.questionType = enumField<QuestionType>(problems, place, QUESTION_TYPE, enumText(QUESTION_TYPE));
    q.questionCategory = string(QUESTION_CATEGORY, false);
    q.difficultyLevel = enumField<DifficultyLevel>(problems, place, DIFFICULTY_LEVEL, enumText(DIFFICULTY_LEVEL),
                                                   DifficultyLevel::Medium);
    const QJsonValue tags = object.value(TAGS);
    if (tags.isArray()) {
        const QJsonArray array = tags.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                problems.add(place, TAGS + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a string"));
            q.tags << array.at(i).toString();
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        problems.add(place, TAGS, QStringLiteral("must be an array of strings"));
    }
    q.tags = rules::normalizedTags(q.tags);
    q.expectedAnswer = string(EXPECTED_ANSWER, false);
    q.createdAt = timeField(problems, place, CREATED_AT, string(CREATED_AT, false));
    q.updatedAt = timeField(problems, place, UPDATED_AT, string(UPDATED_AT, false));
    return q;
}

} // namespace

QString BankCodec::formatName()
{
    return QStringLiteral("interview-recorder-question-bank");
}

QStringList BankCodec::csvHeader()
{
    return {BANK_QUESTION_ID, QUESTION_TEXT, QUESTION_TYPE, QUESTION_CATEGORY, DIFFICULTY_LEVEL, TAGS,
            EXPECTED_ANSWER,  CREATED_AT,    UPDATED_AT};
}

QString BankCodec::tagSeparator()
{
    return QStringLiteral("; ");
}

QByteArray BankCodec::toCsv(const QList<BankQuestion> &questions, const ExportOptions &options)
{
    QByteArray bytes = options.csvByteOrderMark ? CsvExporter::byteOrderMark() : QByteArray();
    bytes += CsvExporter::line(csvHeader());
    for (const BankQuestion &q : questions) {
        bytes += CsvExporter::line({q.bankQuestionId, q.questionText, toWire(q.questionType), q.questionCategory,
                                    toWire(q.difficultyLevel), q.tags.join(tagSeparator()), q.expectedAnswer,
                                    timeText(q.createdAt), timeText(q.updatedAt)});
    }
    return bytes;
}

QJsonObject BankCodec::questionToJson(const BankQuestion &q)
{
    return QJsonObject {
        {BANK_QUESTION_ID, q.bankQuestionId},
        {QUESTION_TEXT, q.questionText},
        {QUESTION_TYPE, toWire(q.questionType)},
        {QUESTION_CATEGORY, q.questionCategory},
        {DIFFICULTY_LEVEL, toWire(q.difficultyLevel)},
        {TAGS, QJsonArray::fromStringList(q.tags)},
        {EXPECTED_ANSWER, q.expectedAnswer},
        {CREATED_AT, q.createdAt > 0 ? QJsonValue(JsonCodec::timeToJson(q.createdAt)) : QJsonValue()},
        {UPDATED_AT, q.updatedAt > 0 ? QJsonValue(JsonCodec::timeToJson(q.updatedAt)) : QJsonValue()},
    };
}

QByteArray BankCodec::toJson(const QList<BankQuestion> &questions, const ExportOptions &options)
{
    QJsonArray array;
    for (const BankQuestion &q : questions)
        array.append(questionToJson(q));
    const QJsonObject root {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), FORMAT_VERSION},
        {QStringLiteral("app_version"), QStringLiteral(IR_VERSION)},
        {QStringLiteral("exported_at"), JsonCodec::timeToJson(SessionReport::exportTime(options))},
        {BANK_QUESTIONS, array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<BankQuestion>> BankCodec::fromCsv(const QByteArray &bytes)
{
    const Result<QList<CsvRecord>> records = CsvReader::parse(bytes);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error {ErrorCode::ValidationError, tr("The file holds no questions"),
                      QStringLiteral("row 1: the header line is missing")};

    Problems problems;
    const CsvRecord &header = records->constFirst();
    const QStringList known = csvHeader();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const QString place = QStringLiteral("row 1 (line %1)").arg(header.line);
        if (name.isEmpty())
            continue;
        if (!known.contains(name))
            problems.add(place, QStringLiteral("column %1 \"%2\"").arg(i + 1).arg(name),
                         QStringLiteral("unknown column; the columns are ") + known.join(QStringLiteral(", ")));
        else if (columns.contains(name))
            problems.add(place, QStringLiteral("column %1 \"%2\"").arg(i + 1).arg(name),
                         QStringLiteral("appears twice"));
        else
            columns.insert(name, i);
    }
    for (const QString &required : {QUESTION_TEXT, QUESTION_TYPE}) {
        if (!columns.contains(required))
            problems.add(QStringLiteral("row 1 (line %1)").arg(header.line), required,
                         QStringLiteral("column missing"));
    }
    if (!problems.isEmpty())
        return problems.error();

    QList<BankQuestion> drafts;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        const QString place = QStringLiteral("row %1 (line %2)").arg(r + 1).arg(record.line);
        // Trailing empty cells beyond the header are a spreadsheet's habit, not data.
        const bool extraData
            = std::any_of(record.fields.cbegin() + std::min(record.fields.size(), header.fields.size()),
                          record.fields.cend(), [](const QString &f) { return !f.isEmpty(); });
        if (extraData) {
            problems.add(
                place, QString(),
                QStringLiteral("%1 fields, the header has %2").arg(record.fields.size()).arg(header.fields.size()));
            continue;
        }
        const CsvRow row(record, columns);
        BankQuestion q;
        q.bankQuestionId = row.value(BANK_QUESTION_ID).trimmed();
        q.questionText = row.value(QUESTION_TEXT);
        if (q.questionText.trimmed().isEmpty())
            problems.add(place, QUESTION_TEXT, QStringLiteral("missing"));
        q.questionType = enumField<QuestionType>(problems, place, QUESTION_TYPE, row.value(QUESTION_TYPE));
        q.questionCategory = row.value(QUESTION_CATEGORY).trimmed();
        q.difficultyLevel = enumField<DifficultyLevel>(problems, place, DIFFICULTY_LEVEL, row.value(DIFFICULTY_LEVEL),
                                                       DifficultyLevel::Medium);
        q.tags = rules::normalizedTags(row.value(TAGS).split(tagSeparator().trimmed()));
        q.expectedAnswer = row.value(EXPECTED_ANSWER);
        q.createdAt = timeField(problems, place, CREATED_AT, row.value(CREATED_AT));
        q.updatedAt = timeField(problems, place, UPDATED_AT, row.value(UPDATED_AT));
        if (!q.questionText.trimmed().isEmpty())
            problems.addRules(place, q);
        drafts << q;
    }
    return finish(problems, std::move(drafts));
}

Result<QList<BankQuestion>> BankCodec::fromJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(bytes), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {ErrorCode::ValidationError, tr("The file is not valid JSON"),
                      QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    }
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (!format.isUndefined() && format.toString() != formatName()) {
            return Error {ErrorCode::ValidationError, tr("The file is not a question bank export"),
                          QStringLiteral("format: expected \"%1\"").arg(formatName())};
        }
        const QJsonValue version = root.value(QStringLiteral("format_version"));
        if (!version.isUndefined() && (version.toInt(-1) < 1 || version.toInt(-1) > FORMAT_VERSION)) {
            return Error {ErrorCode::ValidationError, tr("The file's format version is not supported"),
                          QStringLiteral("format_version: %1, this version reads 1 to %2")
                              .arg(version.toInt(-1))
                              .arg(FORMAT_VERSION)};
        }
        if (!root.value(BANK_QUESTIONS).isArray()) {
            return Error {ErrorCode::ValidationError, tr("The file holds no questions"),
                          QStringLiteral("bank_questions: must be an array")};
        }
        array = root.value(BANK_QUESTIONS).toArray();
    }

    Problems problems;
    QList<BankQuestion> drafts;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = BANK_QUESTIONS + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            problems.add(place, QString(), QStringLiteral("must be an object"));
            continue;
        }
        BankQuestion q = readJsonQuestion(problems, place, array.at(i).toObject());
        if (!q.questionText.trimmed().isEmpty())
            problems.addRules(place, q);
        drafts << std::move(q);
    }
    return finish(problems, std::move(drafts));
}

Result<QList<BankQuestion>> BankCodec::parse(const QByteArray &bytes)
{
    const QByteArray body = withoutBom(bytes).trimmed();
    if (body.startsWith('{') || body.startsWith('['))
        return fromJson(bytes);
    return fromCsv(bytes);
}

Status BankCodec::writeFile(const QString &path, const QList<BankQuestion> &questions, ExportFormat format,
                            const ExportOptions &options)
{
    if (format != ExportFormat::Csv && format != ExportFormat::Json)
        return Error::validation(QStringLiteral("format: the question bank is written as csv or json"));
    const QByteArray bytes = format == ExportFormat::Csv ? toCsv(questions, options) : toJson(questions, options);
    return ExportIo::writeFile(path, [&](QIODevice &device) { return ExportIo::write(device, bytes); });
}

Result<QList<BankQuestion>> BankCodec::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::ValidationError, tr("Cannot read the file"),
                      path + QStringLiteral(": ") + file.errorString()};
    return parse(file.readAll());
}

} // namespace ir
