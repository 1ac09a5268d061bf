// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrepository.h"

#include "rules.h"
#include "sqlhelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ir {
namespace {

const QString COLUMNS
    = QStringLiteral("session_id, user_id, session_name, session_type, difficulty_level, status, estimated_duration, "
                     "recommendation, metadata, created_at, updated_at, start_time, end_time, source, question_count, "
                     "completed_count, average_score, notes, updated_by");

Session readSession(const QSqlQuery &query)
{
    Session s;
    s.sessionId = query.value(0).toString();
    s.userId = query.value(1).toString();
    s.sessionName = query.value(2).toString();
    s.sessionType = fromWire<SessionType>(query.value(3).toString()).value_or(SessionType::KnowledgeBased);
    s.difficultyLevel = fromWire<DifficultyLevel>(query.value(4).toString()).value_or(DifficultyLevel::Medium);
    s.status = fromWire<SessionStatus>(query.value(5).toString()).value_or(SessionStatus::Pending);
    s.estimatedDuration = query.value(6).toInt();
    s.recommendation = fromWire<Recommendation>(query.value(7).toString()).value_or(Recommendation::NoDecision);
    s.metadata = QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object();
    s.createdAt = query.value(9).toLongLong();
    s.updatedAt = query.value(10).toLongLong();
    s.startTime = sql::optionalInt64(query.value(11));
    s.endTime = sql::optionalInt64(query.value(12));
    s.source = fromWire<Source>(query.value(13).toString()).value_or(Source::Ui);
    s.totalQuestions = query.value(14).toInt();
    s.completedQuestions = query.value(15).toInt();
    if (const std::optional<double> average = sql::optionalDouble(query.value(16)))
        s.averageScore = rules::roundToTenth(*average);
    s.notes = query.value(17).toString();
    s.updatedBy = fromWire<Source>(query.value(18).toString()).value_or(Source::Ui);
    return s;
}

QString metadataText(const QJsonObject &metadata)
{
    return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
}

QString sortColumn(SessionSortKey key)
{
    switch (key) {
    case SessionSortKey::CreatedAt:
        return QStringLiteral("created_at");
    case SessionSortKey::UserId:
        return QStringLiteral("user_id");
    case SessionSortKey::SessionName:
        return QStringLiteral("session_name");
    case SessionSortKey::SessionType:
        return QStringLiteral("session_type");
    case SessionSortKey::DifficultyLevel:
        return QStringLiteral("difficulty_level");
    case SessionSortKey::Status:
        return QStringLiteral("status");
    case SessionSortKey::QuestionCount:
        return QStringLiteral("question_count");
    case SessionSortKey::AverageScore:
        return QStringLiteral("average_score");
    }
    return QStringLiteral("created_at");
}

// The WHERE clause of a filter: fixed SQL fragments with ? placeholders, values bound in order.
QString whereClause(const SessionFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.userId.isEmpty()) {
        conditions << QStringLiteral("user_id = ?");
        values << filter.userId;
    }
    if (!filter.searchText.isEmpty()) {
        conditions << QStringLiteral(
            "(user_id LIKE ? ESCAPE '\\' OR session_name LIKE ? ESCAPE '\\' OR session_id LIKE ? ESCAPE '\\')");
        const QString pattern = sql::likePattern(filter.searchText);
        values << pattern << pattern << pattern;
    }
    if (filter.status) {
        conditions << QStringLiteral("status = ?");
        values << toWire(*filter.status);
    }
    if (filter.sessionType) {
        conditions << QStringLiteral("session_type = ?");
        values << toWire(*filter.sessionType);
    }
    if (filter.difficultyLevel) {
        conditions << QStringLiteral("difficulty_level = ?");
        values << toWire(*filter.difficultyLevel);
    }
    if (filter.createdFrom) {
        conditions << QStringLiteral("created_at >= ?");
        values << *filter.createdFrom;
    }
    if (filter.createdTo) {
        conditions << QStringLiteral("created_at < ?");
        values << *filter.createdTo;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status SessionRepository::insert(const Session &s)
{
    QSqlQuery query(m_db);
    const bool ok = sql::run(
        query,
        QStringLiteral("INSERT INTO sessions (") + COLUMNS
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.sessionId, s.userId, sql::text(s.sessionName), toWire(s.sessionType), toWire(s.difficultyLevel),
         toWire(s.status), s.estimatedDuration, toWire(s.recommendation), metadataText(s.metadata), s.createdAt,
         s.updatedAt, sql::nullable(s.startTime), sql::nullable(s.endTime), toWire(s.source), s.totalQuestions,
         s.completedQuestions, sql::nullable(s.averageScore), sql::text(s.notes), toWire(s.updatedBy)});
    if (!ok)
        return Error::database(QStringLiteral("cannot save the session"));
    return Done {};
}

Result<std::optional<Session>> SessionRepository::find(const QString &sessionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM sessions WHERE session_id = ?"),
                  {sessionId}))
        return Error::database(QStringLiteral("cannot read the session"));
    if (!query.next())
        return std::optional<Session> {};
    return std::optional<Session> {readSession(query)};
}

Result<Page<Session>> SessionRepository::list(const SessionFilter &filter)
{
    Page<Session> page;
    const Result<qint64> total = count(filter);
    if (!total)
        return total.error();
    page.total = *total;

    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // rowid follows insertion order, so it breaks ties between equal sort values stably.
    const QString order = QStringLiteral(" ORDER BY ") + sortColumn(filter.sortKey) + direction
        + QStringLiteral(", created_at") + direction + QStringLiteral(", rowid") + direction;
    values << filter.limit << filter.offset;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!sql::run(query,
                  QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM sessions") + where + order
                      + QStringLiteral(" LIMIT ? OFFSET ?"),
                  values))
        return Error::database(QStringLiteral("cannot list sessions"));
    while (query.next())
        page.items << readSession(query);
    return page;
}

Result<qint64> SessionRepository::count(const SessionFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*) FROM sessions") + where, values) || !query.next())
        return Error::database(QStringLiteral("cannot count sessions"));
    return query.value(0).toLongLong();
}

Status SessionRepository::update(const Session &s)
{
    QSqlQuery query(m_db);
    const bool ok = sql::run(
        query,
        QStringLiteral("UPDATE sessions SET session_name = ?, session_type = ?, difficulty_level = ?, status = ?, "
                       "estimated_duration = ?, recommendation = ?, metadata = ?, updated_at = ?, start_time = ?, "
                       "end_time = ?, notes = ?, updated_by = ? WHERE session_id = ?"),
        {sql::text(s.sessionName), toWire(s.sessionType), toWire(s.difficultyLevel), toWire(s.status),
         s.estimatedDuration, toWire(s.recommendation), metadataText(s.metadata), s.updatedAt,
         sql::nullable(s.startTime), sql::nullable(s.endTime), sql::text(s.notes), toWire(s.updatedBy), s.sessionId});
    if (!ok || query.numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the session"));
    return Done {};
}

Result<bool> SessionRepository::remove(const QString &sessionId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("DELETE FROM sessions WHERE session_id = ?"), {sessionId}))
        return Error::database(QStringLiteral("cannot delete the session"));
    return query.numRowsAffected() > 0;
}

Result<int> SessionRepository::countActive(const QString &userId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND status IN (?, ?)"),
                  {userId, toWire(SessionStatus::Pending), toWire(SessionStatus::InProgress)})
        || !query.next())
        return Error::database(QStringLiteral("cannot count sessions"));
    return query.value(0).toInt();
}

Result<std::optional<Session>> SessionRepository::latest(const QString &userId)
{
    QSqlQuery query(m_db);
    if (!sql::run(query,
                  QStringLiteral("SELECT ") + COLUMNS
                      + QStringLiteral(" FROM sessions WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"),
                  {userId}))
        return Error::database(QStringLiteral("cannot read sessions"));
    if (!query.next())
        return std::optional<Session> {};
    return std::optional<Session> {readSession(query)};
}

Status SessionRepository::refreshAggregates(const QString &sessionId, qint64 updatedAt)
{
    QSqlQuery query(m_db);
    const bool ok = sql::run(
        query,
        QStringLiteral("UPDATE sessions SET updated_at = ?, "
                       "question_count = (SELECT COUNT(*) FROM questions q WHERE q.session_id = sessions.session_id), "
                       "completed_count = (SELECT COUNT(*) FROM questions q WHERE q.session_id = sessions.session_id "
                       "AND q.overall_score IS NOT NULL AND trim(q.candidate_answer) <> ''), "
                       "average_score = (SELECT AVG(q.overall_score) FROM questions q "
                       "WHERE q.session_id = sessions.session_id AND q.overall_score IS NOT NULL) "
                       "WHERE session_id = ?"),
        {updatedAt, sessionId});
    if (!ok)
        return Error::database(QStringLiteral("cannot update the session figures"));
    return Done {};
}

} // namespace ir
