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
    QSqlQuery query(m_db);
    const bool ok = sql::run(
        query,
        QStringLiteral("INSERT INTO questions (question_id, session_id, position, question_text, question_type, "
                       "question_category, candidate_answer, interviewer_feedback, overall_score, created_at, "
                       "updated_at, source, reviewed, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.questionId, r.sessionId, r.position, r.questionText, toWire(r.questionType), sql::text(r.questionCategory),
         sql::text(r.candidateAnswer), sql::text(r.interviewerFeedback), sql::nullable(r.overallScore), r.createdAt,
         r.updatedAt, toWire(r.source), r.reviewed, toWire(r.updatedBy)});
    if (!ok)
        return Error::database(QStringLiteral("cannot save the question"));
    return Done {};
}

Result<std::optional<QuestionRecord>> QuestionRepository::find(const QString &questionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM questions q WHERE question_id = ?"),
                  {questionId}))
        return Error::database(QStringLiteral("cannot read the question"));
    if (!query.next())
        return std::optional<QuestionRecord> {};
    return std::optional<QuestionRecord> {readRecord(query)};
}

Result<QList<QuestionRecord>> QuestionRepository::listBySession(const QString &sessionId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT ") + COLUMNS
                      + QStringLiteral(" FROM questions q WHERE session_id = ? ORDER BY position"),
                  {sessionId}))
        return Error::database(QStringLiteral("cannot read the questions"));
    QList<QuestionRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

Result<int> QuestionRepository::nextPosition(const QString &sessionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM questions WHERE session_id = ?"),
                  {sessionId})
        || !query.next())
        return Error::database(QStringLiteral("cannot number the question"));
    return query.value(0).toInt();
}

Result<int> QuestionRepository::count(const QString &sessionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*) FROM questions WHERE session_id = ?"), {sessionId})
        || !query.next())
        return Error::database(QStringLiteral("cannot count the questions"));
    return query.value(0).toInt();
}

Status QuestionRepository::update(const QuestionRecord &r)
{
    QSqlQuery query(m_db);
    const bool ok
        = sql::run(query,
                   QStringLiteral("UPDATE questions SET question_text = ?, question_type = ?, question_category = ?, "
                                  "candidate_answer = ?, interviewer_feedback = ?, overall_score = ?, updated_at = ?, "
                                  "updated_by = ?, reviewed = ? WHERE question_id = ?"),
                   {r.questionText, toWire(r.questionType), sql::text(r.questionCategory), sql::text(r.candidateAnswer),
                    sql::text(r.interviewerFeedback), sql::nullable(r.overallScore), r.updatedAt, toWire(r.updatedBy),
                    r.reviewed, r.questionId});
    if (!ok || query.numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the question"));
    return Done {};
}

Result<bool> QuestionRepository::remove(const QString &questionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("DELETE FROM questions WHERE question_id = ?"), {questionId}))
        return Error::database(QStringLiteral("cannot delete the question"));
    return query.numRowsAffected() > 0;
}

Result<Page<QuestionRecord>> QuestionRepository::search(const RecordFilter &filter)
{
    QVariantList values;
    const QString from = QStringLiteral(" FROM questions q JOIN sessions s ON s.session_id = q.session_id");
    const QString where = whereClause(filter, values);
    Page<QuestionRecord> page;
    {
        QSqlQuery countQuery(m_db);
        if (!sql::run(countQuery, QStringLiteral("SELECT COUNT(*)") + from + where, values) || !countQuery.next())
            return Error::database(QStringLiteral("cannot search the records"));
        page.total = countQuery.value(0).toLongLong();
    }
    values << filter.pageSize << qint64(filter.page - 1) * filter.pageSize;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT ") + COLUMNS + from + where
                      + QStringLiteral(" ORDER BY q.created_at DESC, q.rowid DESC LIMIT ? OFFSET ?"),
                  values))
        return Error::database(QStringLiteral("cannot search the records"));
    while (query.next())
        page.items << readRecord(query);
    return page;
}

Result<QStringList> QuestionRepository::categories()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT DISTINCT question_category FROM questions "
                                 "WHERE question_category <> '' ORDER BY question_category")))
        return Error::database(QStringLiteral("cannot read the categories"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace ir
