// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidaterepository.h"

#include "dialect.h"
#include "rules.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <cmath>

namespace ir {
namespace {

// A profile and the figures of the person's sessions, from the sessions' running sums.
const QString SELECT_CANDIDATE = QStringLiteral(
    "SELECT c.user_id, c.display_name, c.email, c.position, c.notes, c.created_at, c.updated_at, "
    "(SELECT COUNT(*) FROM sessions s WHERE s.user_id = c.user_id), "
    "(SELECT MAX(s.created_at) FROM sessions s WHERE s.user_id = c.user_id), "
    "(SELECT SUM(s.score_sum) / NULLIF(SUM(s.scored_count), 0) FROM sessions s WHERE s.user_id = c.user_id), "
    "(SELECT s.recommendation FROM sessions s WHERE s.user_id = c.user_id ORDER BY s.created_at DESC, s.rowid DESC "
    "LIMIT 1) FROM candidates c");

Candidate readCandidate(const QSqlQuery &query)
{
    Candidate c;
    c.userId = query.value(0).toString();
    c.displayName = query.value(1).toString();
    c.email = query.value(2).toString();
    c.position = query.value(3).toString();
    c.notes = query.value(4).toString();
    c.createdAt = sql::epochMs(query.value(5));
    c.updatedAt = sql::epochMs(query.value(6));
    c.sessions = query.value(7).toInt();
    c.lastSessionAt = sql::optionalEpochMs(query.value(8));
    if (const std::optional<double> average = sql::optionalDouble(query.value(9)))
        c.averageScore = rules::roundToTenth(*average);
    c.latestRecommendation = fromWire<Recommendation>(query.value(10).toString()).value_or(Recommendation::NoDecision);
    return c;
}

Error readError()
{
    return Error::database(QStringLiteral("cannot read the candidates"));
}

std::optional<Actor> actorFrom(const QString &text)
{
    for (Actor actor : {Actor::Ui, Actor::Api, Actor::Cli}) {
        if (toWire(actor) == text)
            return actor;
    }
    return std::nullopt;
}

std::optional<AuditAction> actionFrom(const QString &text)
{
    for (AuditAction action : {AuditAction::Erasure, AuditAction::Purge, AuditAction::PersonExport,
                               AuditAction::SessionDeletion, AuditAction::ApiKeyChange}) {
        if (toWire(action) == text)
            return action;
    }
    return std::nullopt;
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status CandidateRepository::ensure(const QString &userId, const QString &displayName, qint64 now)
{
    sql::Statement statement(m_db,
                             QStringLiteral("INSERT INTO candidates (user_id, display_name, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE "
                                            "SET display_name = excluded.display_name, updated_at = "
                                            "excluded.updated_at WHERE candidates.display_name = '' AND "
                                            "excluded.display_name <> ''"));
    if (!statement.exec({userId, sql::text(displayName), sql::instant(now), sql::instant(now)}))
        return Error::database(QStringLiteral("cannot save the candidate"));
    return Done {};
}

Result<std::optional<Candidate>> CandidateRepository::find(const QString &userId)
{
    sql::Statement statement(m_db, SELECT_CANDIDATE + QStringLiteral(" WHERE c.user_id = ?"));
    if (!statement.exec({userId}))
        return readError();
    QSqlQuery &query = statement.query();
    if (!query.next())
        return sql::readFailed(query) ? Result<std::optional<Candidate>>(readError()) : std::optional<Candidate> {};
    return std::optional<Candidate> {readCandidate(query)};
}

Result<Page<Candidate>> CandidateRepository::list(const CandidateFilter &filter)
{
    const Dialect &dialect = Dialect::of(m_db);
    QStringList conditions;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        QStringList columns;
        for (const char *column : {"c.user_id", "c.display_name", "c.email"}) {
            columns << dialect.likeColumn(QLatin1String(column)) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << sql::likePattern(filter.text.toLower());
        }
        conditions << u'(' + columns.join(QStringLiteral(" OR ")) + u')';
    }
    if (!filter.position.isEmpty()) {
        conditions << QStringLiteral("c.position = ?");
        values << filter.position;
    }
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Page<Candidate> page;
    sql::Statement count(m_db, QStringLiteral("SELECT COUNT(*) FROM candidates c") + where);
    if (!count.exec(values) || !count.query().next())
        return readError();
    page.total = count.query().value(0).toLongLong();
    sql::Statement rows(m_db,
                        SELECT_CANDIDATE + where
                            + QStringLiteral(" ORDER BY (SELECT MAX(s.created_at) FROM sessions s WHERE s.user_id "
                                             "= c.user_id) DESC NULLS LAST, c.user_id LIMIT ? OFFSET ?"));
    if (!rows.exec(values + QVariantList {filter.pageSize, qint64(filter.page - 1) * filter.pageSize}))
        return readError();
    QSqlQuery &query = rows.query();
    while (query.next())
        page.items << readCandidate(query);
    if (sql::readFailed(query))
        return readError();
    return page;
}

Status CandidateRepository::update(const Candidate &c)
{
    sql::Statement statement(m_db,
                             QStringLiteral("UPDATE candidates SET display_name = ?, email = ?, position = ?, "
                                            "notes = ?, updated_at = ? WHERE user_id = ?"));
    if (!statement.exec({sql::text(c.displayName), sql::text(c.email), sql::text(c.position), sql::text(c.notes),
                         sql::instant(c.updatedAt), c.userId})
        || statement.query().numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the candidate"));
    return Done {};
}

Result<QStringList> CandidateRepository::usersInPosition(const QString &position, int limit)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT user_id FROM candidates WHERE position = ? ORDER BY user_id "
                                            "LIMIT ?"));
    if (!statement.exec({position, limit}))
        return readError();
    QSqlQuery &query = statement.query();
    QStringList users;
    while (query.next())
        users << query.value(0).toString();
    if (sql::readFailed(query))
        return readError();
    return users;
}

Result<ComparisonRow> CandidateRepository::comparison(const QString &userId)
{
    ComparisonRow row;
    const Result<std::optional<Candidate>> found = find(userId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::candidateNotFound(userId);
    row.candidate = **found;
    sql::Statement byType(m_db,
                          QStringLiteral("SELECT q.question_type, AVG(q.overall_score) FROM questions q JOIN "
                                         "sessions s ON s.session_id = q.session_id WHERE s.user_id = ? AND "
                                         "q.overall_score IS NOT NULL GROUP BY q.question_type"));
    if (!byType.exec({userId}))
        return readError();
    while (byType.query().next()) {
        if (const auto type = fromWire<QuestionType>(byType.query().value(0).toString()))
            row.averageByType.insert(*type, rules::roundToTenth(byType.query().value(1).toDouble()));
    }
    if (sql::readFailed(byType.query()))
        return readError();
    // Per competency, the ratings of the person's scorecards weighted as their kits weighed them.
    sql::Statement ratings(m_db,
                           QStringLiteral("SELECT r.key, SUM(r.weight * r.rating), SUM(r.weight), AVG(r.rating) "
                                          "FROM scorecard_ratings r JOIN sessions s ON s.session_id = "
                                          "r.session_id WHERE s.user_id = ? AND r.rating IS NOT NULL GROUP BY "
                                          "r.key ORDER BY r.key"));
    if (!ratings.exec({userId}))
        return readError();
    QSqlQuery &query = ratings.query();
    while (query.next()) {
        const double weights = query.value(2).toDouble();
        const double mean = weights > 0 ? query.value(1).toDouble() / weights : query.value(3).toDouble();
        row.competencies.insert(query.value(0).toString(), rules::roundToTenth(mean));
    }
    if (sql::readFailed(query))
        return readError();
    return row;
}

Result<QList<InterviewerStats>> CandidateRepository::interviewerStats()
{
    // From the running sums each session keeps (SessionRepository::refreshAggregates): one row a
    // session, not one a question.
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT interviewer, recommendation, COUNT(*), SUM(scored_count), "
                                            "SUM(score_sum), SUM(score_square_sum), SUM(ai_reviewed), "
                                            "SUM(ai_delta_sum) FROM sessions GROUP BY interviewer, recommendation"));
    if (!statement.exec())
        return readError();
    // Per interviewer: the figures, and the sums they are worked out from.
    struct Totals
    {
        InterviewerStats stats;
        double scores = 0;
        double squares = 0;
        double deltas = 0;
    };
    QMap<QString, Totals> totals;
    for (QSqlQuery &q = statement.query(); q.next();) {
        const QString interviewer = q.value(0).toString();
        Totals &t = totals[interviewer];
        InterviewerStats &s = t.stats;
        s.interviewer = interviewer;
        const int sessions = q.value(2).toInt();
        s.sessions += sessions;
        s.recommendations[fromWire<Recommendation>(q.value(1).toString()).value_or(Recommendation::NoDecision)]
            += sessions;
        s.questions += q.value(3).toInt();
        s.aiReviewed += q.value(6).toInt();
        t.scores += q.value(4).toDouble();
        t.squares += q.value(5).toDouble();
        t.deltas += q.value(7).toDouble();
    }
    if (sql::readFailed(statement.query()))
        return readError();
    QList<InterviewerStats> stats;
    for (Totals &t : totals) {
        InterviewerStats &s = t.stats;
        // Population spread from the mean of squares: scores are 0–10, so no precision is lost.
        if (s.questions > 0) {
            const double mean = t.scores / s.questions;
            s.meanScore = rules::roundToTenth(mean);
            s.scoreStdDev = rules::roundToTenth(std::sqrt(std::max(0.0, t.squares / s.questions - mean * mean)));
        }
        if (s.aiReviewed > 0)
            s.aiReviewDelta = rules::roundToTenth(t.deltas / s.aiReviewed);
        stats << s;
    }
    return stats;
}

Status CandidateRepository::appendAudit(const AuditEntry &entry)
{
    sql::Statement statement(m_db,
                             QStringLiteral("INSERT INTO audit_log (at, action, actor, subject, count) VALUES "
                                            "(?, ?, ?, ?, ?)"));
    if (!statement.exec(
            {sql::instant(entry.at), toWire(entry.action), toWire(entry.actor), sql::text(entry.subject), entry.count}))
        return Error::database(QStringLiteral("cannot write the audit log"));
    return Done {};
}

Result<Page<AuditEntry>> CandidateRepository::audit(int page, int pageSize)
{
    Page<AuditEntry> entries;
    sql::Statement count(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!count.exec() || !count.query().next())
        return Error::database(QStringLiteral("cannot read the audit log"));
    entries.total = count.query().value(0).toLongLong();
    sql::Statement rows(m_db,
                        QStringLiteral("SELECT at, action, actor, subject, count FROM audit_log ORDER BY rowid "
                                       "DESC LIMIT ? OFFSET ?"));
    if (!rows.exec({pageSize, qint64(page - 1) * pageSize}))
        return Error::database(QStringLiteral("cannot read the audit log"));
    for (QSqlQuery &q = rows.query(); q.next();) {
        AuditEntry entry;
        entry.at = sql::epochMs(q.value(0));
        entry.action = actionFrom(q.value(1).toString()).value_or(AuditAction::Erasure);
        entry.actor = actorFrom(q.value(2).toString()).value_or(Actor::Ui);
        entry.subject = q.value(3).toString();
        entry.count = q.value(4).toInt();
        entries.items << entry;
    }
    if (sql::readFailed(rows.query()))
        return Error::database(QStringLiteral("cannot read the audit log"));
    return entries;
}

Result<QStringList> CandidateRepository::sessionIds(const QString &userId)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT session_id FROM sessions WHERE user_id = ? ORDER BY "
                                            "created_at DESC, rowid DESC"));
    if (!statement.exec({userId}))
        return readError();
    QStringList ids;
    for (QSqlQuery &q = statement.query(); q.next();)
        ids << q.value(0).toString();
    if (sql::readFailed(statement.query()))
        return readError();
    return ids;
}

Result<int> CandidateRepository::forgetReplies(const QStringList &texts)
{
    sql::Statement statement(m_db,
                             QStringLiteral("DELETE FROM idempotency WHERE ")
                                 + Dialect::of(m_db).bytesContain(QStringLiteral("response")));
    int removed = 0;
    for (const QString &text : texts) {
        if (!statement.exec({text.toUtf8()}))
            return Error::database(QStringLiteral("cannot erase stored replies"));
        removed += statement.query().numRowsAffected();
    }
    return removed;
}

Status CandidateRepository::remove(const QString &userId)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM candidates WHERE user_id = ?"));
    if (!statement.exec({userId}))
        return Error::database(QStringLiteral("cannot erase the candidate"));
    return Done {};
}

Result<QStringList> CandidateRepository::sessionsUnchangedSince(qint64 epochMs)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT session_id FROM sessions WHERE updated_at < ? ORDER BY "
                                            "updated_at, rowid"));
    if (!statement.exec({sql::instant(epochMs)}))
        return readError();
    QStringList ids;
    for (QSqlQuery &q = statement.query(); q.next();)
        ids << q.value(0).toString();
    if (sql::readFailed(statement.query()))
        return readError();
    return ids;
}

} // namespace ir
