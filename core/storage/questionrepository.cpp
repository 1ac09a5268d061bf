// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

namespace ir {
namespace {

const QString COLUMNS
    = QStringLiteral("q.question_id, q.session_id, q.position, q.question_text, q.question_type, q.question_category, "
                     "q.candidate_answer, q.interviewer_feedback, q.overall_score, q.created_at, q.updated_at, "
                     "q.source, q.reviewed, q.updated_by");

const QString SELECT_BY_ID
    = QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM questions q WHERE question_id = ?");
const QString SELECT_BY_SESSION
    = QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM questions q WHERE session_id = ? ORDER BY position");
// A trimmed text equal to the wanted trimmed text contains it, so instr() finds every candidate
// (and a few more); the exact comparison stays QString::trimmed(), as before.
const QString SELECT_TEXT_CANDIDATES = QStringLiteral("SELECT ") + COLUMNS
    + QStringLiteral(" FROM questions q WHERE session_id = ? AND instr(question_text, ?) > 0 ORDER BY position");

QuestionRecord readRecord(const QSqlQuery &query)
{
    QuestionRecord r;
    r.questionId = query.value(0).toString();
    r.sessionId = query.value(1).toString();
    r.position = query.value(2).toInt();
    r.questionText = query.value(3).toString();
    r.questionType = fromWire<QuestionType>(query.value(4).toString()).value_or(QuestionType::Technical);
    r.questionCategory = query.value(5).toString();
    r.candidateAnswer = query.value(6).toString();
    r.interviewerFeedback = query.value(7).toString();
    r.overallScore = sql::optionalDouble(query.value(8));
    r.createdAt = query.value(9).toLongLong();
    r.updatedAt = query.value(10).toLongLong();
    r.source = fromWire<Source>(query.value(11).toString()).value_or(Source::Ui);
    r.reviewed = query.value(12).toBool();
    r.updatedBy = fromWire<Source>(query.value(13).toString()).value_or(Source::Ui);
    return r;
}

QString whereClause(const RecordFilter &filter, QVariantList &values)
{
    QStringList conditions;
    auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    if (!filter.sessionId.isEmpty())
        add(QStringLiteral("q.session_id = ?"), filter.sessionId);
    if (!filter.userId.isEmpty())
        add(QStringLiteral("s.user_id = ?"), filter.userId);
    if (filter.questionType)
        add(QStringLiteral("q.question_type = ?"), toWire(*filter.questionType));
    if (!filter.questionCategory.isEmpty())
        add(QStringLiteral("q.question_category = ?"), filter.questionCategory);
    if (filter.minScore)
        add(QStringLiteral("q.overall_score >= ?"), *filter.minScore);
    if (filter.maxScore)
        add(QStringLiteral("q.overall_score <= ?"), *filter.maxScore);
    if (filter.since)
        add(QStringLiteral("q.created_at >= ?"), *filter.since);
    if (filter.until)
        add(QStringLiteral("q.created_at <= ?"), *filter.until);
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(q.question_text LIKE ? ESCAPE '\\' OR q.candidate_answer LIKE ? ESCAPE '\\' "
                                     "OR q.interviewer_feedback LIKE ? ESCAPE '\\')");
        const QString pattern = sql::likePattern(filter.text);
        values << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QuestionRepository::QuestionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status QuestionRepository::insert(const QuestionRecord &r)
{
    sql::Statement statement(
        m_db,
        QStringLiteral("INSERT INTO questions (question_id, session_id, position, question_text, question_type, "
                       "question_category, candidate_answer, interviewer_feedback, overall_score, created_at, "
                       "updated_at, source, reviewed, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = statement.exec({r.questionId, r.sessionId, r.position, r.questionText, toWire(r.questionType),
                                    sql::text(r.questionCategory), sql::text(r.candidateAnswer),
                                    sql::text(r.interviewerFeedback), sql::nullable(r.overallScore), r.createdAt,
                                    r.updatedAt, toWire(r.source), r.reviewed, toWire(r.updatedBy)});
    if (!ok)
        return Error::database(QStringLiteral("cannot save the question"));
    return Done {};
}

Result<std::optional<QuestionRecord>> QuestionRepository::find(const QString &questionId)
{
    sql::Statement statement(m_db, SELECT_BY_ID);
    if (!statement.exec({questionId}))
        return Error::database(QStringLiteral("cannot read the question"));
    QSqlQuery &query = statement.query();
    if (!query.next())
        return std::optional<QuestionRecord> {};
    return std::optional<QuestionRecord> {readRecord(query)};
}

Result<QList<QuestionRecord>> QuestionRepository::listBySession(const QString &sessionId)
{
    sql::Statement statement(m_db, SELECT_BY_SESSION);
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the questions"));
    QSqlQuery &query = statement.query();
    QList<QuestionRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

Result<QuestionRepository::Occupancy> QuestionRepository::occupancy(const QString &sessionId, const QString &text)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT COUNT(*), COALESCE(MAX(position), 0), "
                                            "COUNT(CASE WHEN instr(question_text, ?) > 0 THEN 1 END) "
                                            "FROM questions WHERE session_id = ?"));
    if (!statement.exec({sql::text(text.trimmed()), sessionId}) || !statement.query().next())
        return Error::database(QStringLiteral("cannot read the questions"));
    const QSqlQuery &query = statement.query();
    return Occupancy {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

Result<QList<QuestionRecord>> QuestionRepository::findSameText(const QString &sessionId, const QString &text)
{
    const QString wanted = text.trimmed();
    sql::Statement statement(m_db, SELECT_TEXT_CANDIDATES);
    if (!statement.exec({sessionId, sql::text(wanted)}))
        return Error::database(QStringLiteral("cannot read the questions"));
    QSqlQuery &query = statement.query();
    QList<QuestionRecord> records;
    while (query.next()) {
        QuestionRecord record = readRecord(query);
        if (record.questionText.trimmed() == wanted)
            records << std::move(record);
    }
    return records;
}

Result<int> QuestionRepository::nextPosition(const QString &sessionId)
{
    sql::Statement statement(
        m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM questions WHERE session_id = ?"));
    if (!statement.exec({sessionId}) || !statement.query().next())
        return Error::database(QStringLiteral("cannot number the question"));
    return statement.query().value(0).toInt();
}

Result<int> QuestionRepository::count(const QString &sessionId)
{
    sql::Statement statement(m_db, QStringLiteral("SELECT COUNT(*) FROM questions WHERE session_id = ?"));
    if (!statement.exec({sessionId}) || !statement.query().next())
        return Error::database(QStringLiteral("cannot count the questions"));
    return statement.query().value(0).toInt();
}

Status QuestionRepository::update(const QuestionRecord &r)
{
    sql::Statement statement(
        m_db,
        QStringLiteral("UPDATE questions SET question_text = ?, question_type = ?, question_category = ?, "
                       "candidate_answer = ?, interviewer_feedback = ?, overall_score = ?, updated_at = ?, "
                       "updated_by = ?, reviewed = ? WHERE question_id = ?"));
    const bool ok
        = statement.exec({r.questionText, toWire(r.questionType), sql::text(r.questionCategory),
                          sql::text(r.candidateAnswer), sql::text(r.interviewerFeedback), sql::nullable(r.overallScore),
                          r.updatedAt, toWire(r.updatedBy), r.reviewed, r.questionId});
    if (!ok || statement.query().numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the question"));
    return Done {};
}

Result<bool> QuestionRepository::remove(const QString &questionId)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM questions WHERE question_id = ?"));
    if (!statement.exec({questionId}))
        return Error::database(QStringLiteral("cannot delete the question"));
    return statement.query().numRowsAffected() > 0;
}

Result<Page<QuestionRecord>> QuestionRepository::search(const RecordFilter &filter)
{
    QVariantList values;
    const QString from = QStringLiteral(" FROM questions q JOIN sessions s ON s.session_id = q.session_id");
    const QString where = whereClause(filter, values);
    Page<QuestionRecord> page;
    {
        sql::Statement countStatement(m_db, QStringLiteral("SELECT COUNT(*)") + from + where);
        if (!countStatement.exec(values) || !countStatement.query().next())
            return Error::database(QStringLiteral("cannot search the records"));
        page.total = countStatement.query().value(0).toLongLong();
    }
    values << filter.pageSize << qint64(filter.page - 1) * filter.pageSize;
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + COLUMNS + from + where
                                 + QStringLiteral(" ORDER BY q.created_at DESC, q.rowid DESC LIMIT ? OFFSET ?"));
    if (!statement.exec(values))
        return Error::database(QStringLiteral("cannot search the records"));
    QSqlQuery &query = statement.query();
    while (query.next())
        page.items << readRecord(query);
    return page;
}

Result<QStringList> QuestionRepository::categories()
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT DISTINCT question_category FROM questions "
                                            "WHERE question_category <> '' ORDER BY question_category"));
    if (!statement.exec())
        return Error::database(QStringLiteral("cannot read the categories"));
    QSqlQuery &query = statement.query();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace ir
