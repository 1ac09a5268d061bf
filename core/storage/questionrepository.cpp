// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "questionrepository.h"

#include "dialect.h"
#include "recordsearch.h"
#include "sessionrepository.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <unordered_map>

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
// text_key is question_text trimmed as QString::trimmed() trims (migration step 3).
const QString SELECT_SAME_TEXT = QStringLiteral("SELECT ") + COLUMNS
    + QStringLiteral(" FROM questions q WHERE session_id = ? AND text_key = ? AND question_id <> ? "
                     "ORDER BY position LIMIT 1");
const QString SELECT_BY_ROWID
    = QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM questions q WHERE q.rowid = ?");
// Rows by rowid, for a page whose order the search found on an index.
QString selectByRowids(const Dialect &dialect)
{
    return QStringLiteral("SELECT q.rowid, ") + COLUMNS + QStringLiteral(" FROM questions q WHERE q.rowid IN (")
        + dialect.rowidsIn() + u')';
}

Error readError()
{
    return Error::database(QStringLiteral("cannot read the questions"));
}

// The COLUMNS of one row, starting at column `first` of the query.
QuestionRecord readRecord(const QSqlQuery &query, int first = 0)
{
    const auto at = [&](int column) { return query.value(first + column); };
    QuestionRecord r;
    r.questionId = at(0).toString();
    r.sessionId = at(1).toString();
    r.position = at(2).toInt();
    r.questionText = at(3).toString();
    r.questionType = fromWire<QuestionType>(at(4).toString()).value_or(QuestionType::Technical);
    r.questionCategory = at(5).toString();
    r.candidateAnswer = at(6).toString();
    r.interviewerFeedback = at(7).toString();
    r.overallScore = sql::optionalDouble(at(8));
    r.createdAt = sql::epochMs(at(9));
    r.updatedAt = sql::epochMs(at(10));
    r.source = fromWire<Source>(at(11).toString()).value_or(Source::Ui);
    r.reviewed = at(12).toBool();
    r.updatedBy = fromWire<Source>(at(13).toString()).value_or(Source::Ui);
    return r;
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
    const bool ok = statement.exec(
        {r.questionId, r.sessionId, r.position, r.questionText, toWire(r.questionType), sql::text(r.questionCategory),
         sql::text(r.candidateAnswer), sql::text(r.interviewerFeedback), sql::nullable(r.overallScore),
         sql::instant(r.createdAt), sql::instant(r.updatedAt), toWire(r.source), r.reviewed, toWire(r.updatedBy)});
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
    if (!query.next()) {
        if (sql::readFailed(query))
            return Error::database(QStringLiteral("cannot read the question"));
        return std::optional<QuestionRecord> {};
    }
    return std::optional<QuestionRecord> {readRecord(query)};
}

Result<QList<QuestionRecord>> QuestionRepository::listBySession(const QString &sessionId)
{
    sql::Statement statement(m_db, SELECT_BY_SESSION);
    if (!statement.exec({sessionId}))
        return readError();
    QSqlQuery &query = statement.query();
    QList<QuestionRecord> records;
    while (query.next())
        records << readRecord(query);
    if (sql::readFailed(query))
        return readError();
    return records;
}

Result<std::optional<QuestionRepository::AddTarget>> QuestionRepository::addTarget(const QString &sessionId,
                                                                                   const QString &text)
{
    // Another instance on the same PostgreSQL database numbers its questions under this lock too;
    // the read below starts after it, so it sees what that instance committed.
    if (const Status locked = SessionRepository(m_db).lockSession(sessionId); !locked)
        return locked.error();
    sql::Statement statement(
        m_db,
        QStringLiteral("SELECT s.status, s.question_count, "
                       "COALESCE((SELECT MAX(position) FROM questions WHERE session_id = ?), 0), "
                       "(SELECT rowid FROM questions WHERE session_id = ? AND text_key = ? ORDER BY position LIMIT 1) "
                       "FROM sessions s WHERE s.session_id = ?"));
    if (!statement.exec({sessionId, sessionId, sql::text(text.trimmed()), sessionId}))
        return readError();
    QSqlQuery &query = statement.query();
    if (!query.next()) {
        if (sql::readFailed(query))
            return readError();
        return std::optional<AddTarget> {};
    }
    AddTarget target;
    target.status = fromWire<SessionStatus>(query.value(0).toString()).value_or(SessionStatus::Pending);
    target.count = query.value(1).toInt();
    target.maxPosition = query.value(2).toInt();
    const QVariant sameRowid = query.value(3);
    statement.query().finish();
    if (!sameRowid.isNull()) {
        // Rare (a repeated post): the whole record, to compare it with the new one.
        sql::Statement same(m_db, SELECT_BY_ROWID);
        if (!same.exec({sameRowid}) || !same.query().next())
            return readError();
        target.sameText = readRecord(same.query());
    }
    return std::optional<AddTarget> {std::move(target)};
}

Result<std::optional<QuestionRecord>> QuestionRepository::findSameText(const QString &sessionId, const QString &text,
                                                                       const QString &exceptId)
{
    sql::Statement statement(m_db, SELECT_SAME_TEXT);
    if (!statement.exec({sessionId, sql::text(text.trimmed()), sql::text(exceptId)}))
        return readError();
    QSqlQuery &query = statement.query();
    if (!query.next()) {
        if (sql::readFailed(query))
            return readError();
        return std::optional<QuestionRecord> {};
    }
    return std::optional<QuestionRecord> {readRecord(query)};
}

Result<QList<QuestionRepository::Brief>> QuestionRepository::listBriefBySession(const QString &sessionId)
{
    // Completed as QuestionRecord::isCompleted() has it: a score and an answer that is not all
    // whitespace; the answer itself stays in the database.
    sql::Statement statement(
        m_db,
        QStringLiteral("SELECT question_id, position, question_text, question_type, overall_score, "
                       "overall_score IS NOT NULL AND %1 <> '' "
                       "FROM questions WHERE session_id = ? ORDER BY position")
            .arg(Dialect::of(m_db).trimmed(QStringLiteral("candidate_answer"))));
    if (!statement.exec({sessionId}))
        return readError();
    QSqlQuery &query = statement.query();
    QList<Brief> briefs;
    while (query.next()) {
        Brief brief;
        brief.record.questionId = query.value(0).toString();
        brief.record.sessionId = sessionId;
        brief.record.position = query.value(1).toInt();
        brief.record.questionText = query.value(2).toString();
        brief.record.questionType = fromWire<QuestionType>(query.value(3).toString()).value_or(QuestionType::Technical);
        brief.record.overallScore = sql::optionalDouble(query.value(4));
        brief.completed = query.value(5).toBool();
        briefs << std::move(brief);
    }
    if (sql::readFailed(query))
        return readError();
    return briefs;
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

Status QuestionRepository::keepPostedScore(const QString &questionId, double postedScore)
{
    sql::Statement statement(m_db,
                             QStringLiteral("UPDATE questions SET ai_score = ? WHERE question_id = ? AND "
                                            "ai_score IS NULL"));
    if (!statement.exec({postedScore, questionId}))
        return Error::database(QStringLiteral("cannot update the question"));
    return Done {};
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
                          sql::instant(r.updatedAt), toWire(r.updatedBy), r.reviewed, r.questionId});
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
    const Result<RecordSearch::Keys> keys = RecordSearch(m_db).run(filter);
    if (!keys)
        return keys.error();
    Page<QuestionRecord> page;
    page.total = keys->total;
    if (keys->rowids.isEmpty())
        return page;
    QStringList ids;
    std::unordered_map<qint64, qsizetype> slot;
    for (qsizetype i = 0; i < keys->rowids.size(); ++i) {
        ids << QString::number(keys->rowids.at(i));
        slot.emplace(keys->rowids.at(i), i);
    }
    sql::Statement statement(m_db, selectByRowids(Dialect::of(m_db)));
    if (!statement.exec({QString(u'[' + ids.join(u',') + u']')}))
        return Error::database(QStringLiteral("cannot search the records"));
    QSqlQuery &query = statement.query();
    QList<std::optional<QuestionRecord>> ordered(keys->rowids.size());
    while (query.next())
        ordered[slot.at(query.value(0).toLongLong())] = readRecord(query, 1);
    if (sql::readFailed(query))
        return Error::database(QStringLiteral("cannot search the records"));
    for (std::optional<QuestionRecord> &record : ordered) {
        // Only a write between the two reads (they share no transaction) can lose a row.
        if (record)
            page.items << std::move(*record);
    }
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
    if (sql::readFailed(query))
        return Error::database(QStringLiteral("cannot read the categories"));
    return names;
}

} // namespace ir
