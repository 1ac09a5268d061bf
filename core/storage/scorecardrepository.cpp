// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardrepository.h"

#include "dialect.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace ir {
namespace {

Error readError()
{
    return Error::database(QStringLiteral("cannot read the scorecard"));
}

Error writeError()
{
    return Error::database(QStringLiteral("cannot save the scorecard"));
}

const QString PLAN_COLUMNS = QStringLiteral("p.position, p.bank_question_id, p.question_text, p.question_type, "
                                            "p.question_category, p.expected_answer");

PlannedQuestion readPlanned(const QSqlQuery &query)
{
    PlannedQuestion p;
    p.position = query.value(0).toInt();
    p.bankQuestionId = query.value(1).toString();
    p.questionText = query.value(2).toString();
    p.questionType = fromWire<QuestionType>(query.value(3).toString()).value_or(QuestionType::Technical);
    p.questionCategory = query.value(4).toString();
    p.expectedAnswer = query.value(5).toString();
    return p;
}

} // namespace

ScorecardRepository::ScorecardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<Scorecard> ScorecardRepository::find(const QString &sessionId)
{
    Scorecard card;
    card.sessionId = sessionId;
    {
        sql::Statement head(m_db,
                            QStringLiteral("SELECT s.interviewer, s.recommendation, c.strengths, c.concerns, "
                                           "c.submitted_at, c.updated_at FROM sessions s LEFT JOIN scorecards c "
                                           "ON c.session_id = s.session_id WHERE s.session_id = ?"));
        if (!head.exec({sessionId}))
            return readError();
        QSqlQuery &query = head.query();
        if (!query.next())
            return sql::readFailed(query) ? Result<Scorecard>(readError()) : card;
        card.interviewer = query.value(0).toString();
        card.recommendation = fromWire<Recommendation>(query.value(1).toString()).value_or(Recommendation::NoDecision);
        card.strengths = query.value(2).toString();
        card.concerns = query.value(3).toString();
        card.submittedAt = sql::optionalEpochMs(query.value(4));
        if (const std::optional<qint64> updated = sql::optionalEpochMs(query.value(5)))
            card.updatedAt = *updated;
    }
    sql::Statement ratings(m_db,
                           QStringLiteral("SELECT key, name, description, weight, rubric_1, rubric_2, rubric_3, "
                                          "rubric_4, rating, note FROM scorecard_ratings WHERE session_id = ? "
                                          "ORDER BY position"));
    if (!ratings.exec({sessionId}))
        return readError();
    QSqlQuery &query = ratings.query();
    while (query.next()) {
        CompetencyRating r;
        r.competency.key = query.value(0).toString();
        r.competency.name = query.value(1).toString();
        r.competency.description = query.value(2).toString();
        r.competency.weight = query.value(3).toDouble();
        for (int level = 0; level < RUBRIC_LEVELS; ++level)
            r.competency.rubric[size_t(level)] = query.value(4 + level).toString();
        if (const std::optional<qint64> rating = sql::optionalInt64(query.value(8)))
            r.rating = int(*rating);
        r.note = query.value(9).toString();
        card.ratings << r;
    }
    if (sql::readFailed(query))
        return readError();
    return card;
}

Status ScorecardRepository::store(const Scorecard &card)
{
    const Dialect &dialect = Dialect::of(m_db);
    sql::Statement clear(m_db, QStringLiteral("DELETE FROM scorecards WHERE session_id = ?"));
    sql::Statement head(m_db,
                        QStringLiteral("INSERT INTO scorecards (session_id, strengths, concerns, submitted_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?)"));
    if (!clear.exec({card.sessionId})
        || !head.exec({card.sessionId, sql::text(card.strengths), sql::text(card.concerns),
                       sql::instant(card.submittedAt), sql::instant(card.updatedAt)}))
        return writeError();
    sql::Statement clearRatings(m_db, QStringLiteral("DELETE FROM scorecard_ratings WHERE session_id = ?"));
    if (!clearRatings.exec({card.sessionId}))
        return writeError();
    sql::Statement insert(m_db,
                          QStringLiteral("INSERT INTO scorecard_ratings (session_id, position, key, name, "
                                         "description, weight, rubric_1, rubric_2, rubric_3, rubric_4, rating, "
                                         "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < card.ratings.size(); ++i) {
        const CompetencyRating &r = card.ratings.at(i);
        const Competency &c = r.competency;
        const QVariant rating = r.rating ? QVariant(*r.rating) : QVariant(QMetaType(QMetaType::Int));
        if (!insert.exec({card.sessionId, i + 1, c.key, c.name, sql::text(c.description), c.weight,
                          sql::text(c.rubric.at(0)), sql::text(c.rubric.at(1)), sql::text(c.rubric.at(2)),
                          sql::text(c.rubric.at(3)), dialect.bindable(rating), sql::text(r.note)}))
            return writeError();
    }
    return Done {};
}

Status ScorecardRepository::insertPlan(const QString &sessionId, const QList<PlannedQuestion> &plan)
{
    sql::Statement insert(m_db,
                          QStringLiteral("INSERT INTO session_plan (session_id, position, bank_question_id, "
                                         "question_text, question_type, question_category, expected_answer) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const PlannedQuestion &p : plan) {
        if (!insert.exec({sessionId, p.position, p.bankQuestionId, p.questionText, toWire(p.questionType),
                          sql::text(p.questionCategory), sql::text(p.expectedAnswer)}))
            return Error::database(QStringLiteral("cannot save the session's plan"));
    }
    return Done {};
}

Result<QList<PlannedQuestion>> ScorecardRepository::plan(const QString &sessionId)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + PLAN_COLUMNS
                                 + QStringLiteral(" FROM session_plan p WHERE p.session_id = ? ORDER BY p.position"));
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the session's plan"));
    QSqlQuery &query = statement.query();
    QList<PlannedQuestion> plan;
    while (query.next())
        plan << readPlanned(query);
    if (sql::readFailed(query))
        return Error::database(QStringLiteral("cannot read the session's plan"));
    return plan;
}

Result<NextQuestion> ScorecardRepository::next(const QString &sessionId)
{
    // Asked means: a question of the session has the same trimmed text (its stored text_key).
    const QString notAsked = QStringLiteral(" FROM session_plan p WHERE p.session_id = ? AND NOT EXISTS (SELECT 1 "
                                            "FROM questions q WHERE q.session_id = p.session_id AND q.text_key = %1)")
                                 .arg(Dialect::of(m_db).trimmed(QStringLiteral("p.question_text")));
    sql::Statement statement(
        m_db, QStringLiteral("SELECT ") + PLAN_COLUMNS + notAsked + QStringLiteral(" ORDER BY p.position"));
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the session's plan"));
    QSqlQuery &query = statement.query();
    NextQuestion next;
    while (query.next()) {
        if (next.remaining++ == 0)
            next.question = readPlanned(query);
    }
    if (sql::readFailed(query))
        return Error::database(QStringLiteral("cannot read the session's plan"));
    return next;
}

} // namespace ir
