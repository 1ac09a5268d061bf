// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankrepository.h"

#include "dialect.h"
#include "sqlhelpers.h"
#include "textsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ir {
namespace {

const QString COLUMNS = QStringLiteral("bank_question_id, question_text, question_type, question_category, "
                                       "difficulty_level, tags, expected_answer, created_at, updated_at");

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

BankQuestion readQuestion(const QSqlQuery &query)
{
    BankQuestion b;
    b.bankQuestionId = query.value(0).toString();
    b.questionText = query.value(1).toString();
    b.questionType = fromWire<QuestionType>(query.value(2).toString()).value_or(QuestionType::Technical);
    b.questionCategory = query.value(3).toString();
    b.difficultyLevel = fromWire<DifficultyLevel>(query.value(4).toString()).value_or(DifficultyLevel::Medium);
    for (const QJsonValue &tag : jsonArray(query.value(5)))
        b.tags << tag.toString();
    b.expectedAnswer = query.value(6).toString();
    b.createdAt = sql::epochMs(query.value(7));
    b.updatedAt = sql::epochMs(query.value(8));
    return b;
}

// Kits keep competencies as the API writes them (rubric keys "1".."4").
QJsonArray competenciesJson(const QList<Competency> &competencies)
{
    QJsonArray array;
    for (const Competency &c : competencies) {
        QJsonObject rubric;
        for (int level = 0; level < RUBRIC_LEVELS; ++level)
            rubric.insert(QString::number(level + 1), c.rubric.at(size_t(level)));
        array.append(QJsonObject {{QStringLiteral("key"), c.key},
                                  {QStringLiteral("name"), c.name},
                                  {QStringLiteral("description"), c.description},
                                  {QStringLiteral("weight"), c.weight},
                                  {QStringLiteral("rubric"), rubric}});
    }
    return array;
}

QList<Competency> competenciesFrom(const QJsonArray &array)
{
    QList<Competency> competencies;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Competency c;
        c.key = o.value(QStringLiteral("key")).toString();
        c.name = o.value(QStringLiteral("name")).toString();
        c.description = o.value(QStringLiteral("description")).toString();
        c.weight = o.value(QStringLiteral("weight")).toDouble(1.0);
        const QJsonObject rubric = o.value(QStringLiteral("rubric")).toObject();
        for (int level = 0; level < RUBRIC_LEVELS; ++level)
            c.rubric[size_t(level)] = rubric.value(QString::number(level + 1)).toString();
        competencies << c;
    }
    return competencies;
}

QJsonArray stringsJson(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

const QString KIT_COLUMNS
    = QStringLiteral("kit_id, name, position, session_type, difficulty_level, "
                     "estimated_duration, competencies, bank_question_ids, created_at, updated_at");

Kit readKit(const QSqlQuery &query)
{
    Kit k;
    k.kitId = query.value(0).toString();
    k.name = query.value(1).toString();
    k.position = query.value(2).toString();
    k.sessionType = fromWire<SessionType>(query.value(3).toString()).value_or(SessionType::KnowledgeBased);
    k.difficultyLevel = fromWire<DifficultyLevel>(query.value(4).toString()).value_or(DifficultyLevel::Medium);
    k.estimatedDuration = query.value(5).toInt();
    k.competencies = competenciesFrom(jsonArray(query.value(6)));
    for (const QJsonValue &id : jsonArray(query.value(7)))
        k.bankQuestionIds << id.toString();
    k.createdAt = sql::epochMs(query.value(8));
    k.updatedAt = sql::epochMs(query.value(9));
    return k;
}

Error bankError()
{
    return Error::database(QStringLiteral("cannot read the question bank"));
}

Error kitError()
{
    return Error::database(QStringLiteral("cannot read the kits"));
}

} // namespace

BankRepository::BankRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status BankRepository::insert(const BankQuestion &b)
{
    sql::Statement statement(m_db,
                             QStringLiteral("INSERT INTO question_bank (") + COLUMNS
                                 + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement.exec({b.bankQuestionId, b.questionText, toWire(b.questionType), sql::text(b.questionCategory),
                         toWire(b.difficultyLevel), jsonText(stringsJson(b.tags)), sql::text(b.expectedAnswer),
                         sql::instant(b.createdAt), sql::instant(b.updatedAt)}))
        return Error::database(QStringLiteral("cannot save the bank question"));
    return Done {};
}

Result<std::optional<BankQuestion>> BankRepository::find(const QString &bankQuestionId)
{
    sql::Statement statement(
        m_db, QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM question_bank WHERE bank_question_id = ?"));
    if (!statement.exec({bankQuestionId}))
        return bankError();
    QSqlQuery &query = statement.query();
    if (!query.next())
        return sql::readFailed(query) ? Result<std::optional<BankQuestion>>(bankError())
                                      : std::optional<BankQuestion> {};
    return std::optional<BankQuestion> {readQuestion(query)};
}

Result<std::optional<BankQuestion>> BankRepository::findByText(const QString &text)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + COLUMNS
                                 + QStringLiteral(" FROM question_bank WHERE text_key = ? ORDER BY created_at "
                                                  "LIMIT 1"));
    if (!statement.exec({text.trimmed()}))
        return bankError();
    QSqlQuery &query = statement.query();
    if (!query.next())
        return sql::readFailed(query) ? Result<std::optional<BankQuestion>>(bankError())
                                      : std::optional<BankQuestion> {};
    return std::optional<BankQuestion> {readQuestion(query)};
}

Result<Page<BankQuestion>> BankRepository::list(const BankFilter &filter)
{
    const Dialect &dialect = Dialect::of(m_db);
    const Result<search::TextMatch> text = search::plan(m_db, QStringLiteral("question_bank_fts"), filter.text);
    if (!text)
        return text.error();
    Page<BankQuestion> page;
    if (text->kind == search::TextMatch::Kind::None)
        return page;
    QStringList conditions;
    QVariantList values;
    if (text->kind == search::TextMatch::Kind::Index) {
        conditions << dialect.textIndexCondition(QString(), QStringLiteral("question_bank"));
        values << text->expression;
    } else if (text->kind == search::TextMatch::Kind::Scan) {
        QStringList columns;
        for (const char *column : {"question_text", "question_category", "tags", "expected_answer"}) {
            columns << dialect.likeColumn(QLatin1String(column)) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << text->likePattern;
        }
        conditions << u'(' + columns.join(QStringLiteral(" OR ")) + u')';
    }
    if (filter.questionType) {
        conditions << QStringLiteral("question_type = ?");
        values << toWire(*filter.questionType);
    }
    if (!filter.questionCategory.isEmpty()) {
        conditions << QStringLiteral("question_category = ?");
        values << filter.questionCategory;
    }
    if (!filter.tag.isEmpty()) {
        // Tags are a JSON array of strings: the tag as a whole JSON string is one element.
        conditions << dialect.likeColumn(QStringLiteral("tags")) + QStringLiteral(" LIKE ? ESCAPE '\\'");
        const QString quoted = jsonText(QJsonArray {filter.tag.trimmed()}).mid(1).chopped(1);
        values << sql::likePattern(search::foldAscii(quoted));
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql::Statement count(m_db, QStringLiteral("SELECT COUNT(*) FROM question_bank") + where);
    if (!count.exec(values) || !count.query().next())
        return bankError();
    page.total = count.query().value(0).toLongLong();
    sql::Statement rows(m_db,
                        QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM question_bank") + where
                            + QStringLiteral(" ORDER BY created_at DESC, bank_question_id LIMIT ? OFFSET ?"));
    if (!rows.exec(values + QVariantList {filter.pageSize, qint64(filter.page - 1) * filter.pageSize}))
        return bankError();
    QSqlQuery &query = rows.query();
    while (query.next())
        page.items << readQuestion(query);
    if (sql::readFailed(query))
        return bankError();
    return page;
}

Status BankRepository::update(const BankQuestion &b)
{
    sql::Statement statement(m_db,
                             QStringLiteral("UPDATE question_bank SET question_text = ?, question_type = ?, "
                                            "question_category = ?, difficulty_level = ?, tags = ?, "
                                            "expected_answer = ?, updated_at = ? WHERE bank_question_id = ?"));
    if (!statement.exec({b.questionText, toWire(b.questionType), sql::text(b.questionCategory),
                         toWire(b.difficultyLevel), jsonText(stringsJson(b.tags)), sql::text(b.expectedAnswer),
                         sql::instant(b.updatedAt), b.bankQuestionId})
        || statement.query().numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the bank question"));
    return Done {};
}

Result<bool> BankRepository::remove(const QString &bankQuestionId)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM question_bank WHERE bank_question_id = ?"));
    if (!statement.exec({bankQuestionId}))
        return Error::database(QStringLiteral("cannot delete the bank question"));
    return statement.query().numRowsAffected() > 0;
}

Result<QStringList> BankRepository::tags()
{
    sql::Statement statement(m_db, QStringLiteral("SELECT tags FROM question_bank WHERE tags <> '[]'"));
    if (!statement.exec())
        return bankError();
    QSqlQuery &query = statement.query();
    QStringList tags;
    while (query.next()) {
        for (const QJsonValue &tag : jsonArray(query.value(0))) {
            if (!tags.contains(tag.toString()))
                tags << tag.toString();
        }
    }
    if (sql::readFailed(query))
        return bankError();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Status BankRepository::insertKit(const Kit &k)
{
    sql::Statement statement(m_db,
                             QStringLiteral("INSERT INTO kits (") + KIT_COLUMNS
                                 + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement.exec({k.kitId, k.name, sql::text(k.position), toWire(k.sessionType), toWire(k.difficultyLevel),
                         k.estimatedDuration, jsonText(competenciesJson(k.competencies)),
                         jsonText(stringsJson(k.bankQuestionIds)), sql::instant(k.createdAt),
                         sql::instant(k.updatedAt)}))
        return Error::database(QStringLiteral("cannot save the kit"));
    return Done {};
}

Result<std::optional<Kit>> BankRepository::findKit(const QString &kitId)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + KIT_COLUMNS + QStringLiteral(" FROM kits WHERE kit_id = ?"));
    if (!statement.exec({kitId}))
        return kitError();
    QSqlQuery &query = statement.query();
    if (!query.next())
        return sql::readFailed(query) ? Result<std::optional<Kit>>(kitError()) : std::optional<Kit> {};
    return std::optional<Kit> {readKit(query)};
}

Result<QList<Kit>> BankRepository::kits()
{
    sql::Statement statement(
        m_db, QStringLiteral("SELECT ") + KIT_COLUMNS + QStringLiteral(" FROM kits ORDER BY name, kit_id"));
    if (!statement.exec())
        return kitError();
    QSqlQuery &query = statement.query();
    QList<Kit> kits;
    while (query.next())
        kits << readKit(query);
    if (sql::readFailed(query))
        return kitError();
    return kits;
}

Status BankRepository::updateKit(const Kit &k)
{
    sql::Statement statement(m_db,
                             QStringLiteral("UPDATE kits SET name = ?, position = ?, session_type = ?, "
                                            "difficulty_level = ?, estimated_duration = ?, competencies = ?, "
                                            "bank_question_ids = ?, updated_at = ? WHERE kit_id = ?"));
    if (!statement.exec({k.name, sql::text(k.position), toWire(k.sessionType), toWire(k.difficultyLevel),
                         k.estimatedDuration, jsonText(competenciesJson(k.competencies)),
                         jsonText(stringsJson(k.bankQuestionIds)), sql::instant(k.updatedAt), k.kitId})
        || statement.query().numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the kit"));
    return Done {};
}

Result<bool> BankRepository::removeKit(const QString &kitId)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM kits WHERE kit_id = ?"));
    if (!statement.exec({kitId}))
        return Error::database(QStringLiteral("cannot delete the kit"));
    return statement.query().numRowsAffected() > 0;
}

Result<int> BankRepository::forgetInKits(const QString &bankQuestionId)
{
    const Result<QList<Kit>> all = kits();
    if (!all)
        return all.error();
    int changed = 0;
    for (Kit kit : *all) {
        if (kit.bankQuestionIds.removeAll(bankQuestionId) == 0)
            continue;
        if (const Status updated = updateKit(kit); !updated)
            return updated.error();
        ++changed;
    }
    return changed;
}

} // namespace ir
