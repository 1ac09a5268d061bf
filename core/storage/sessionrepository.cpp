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

const QString SELECT_BY_ID
    = QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM sessions WHERE session_id = ?");

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
    sql::Statement statement(
        m_db,
        QStringLiteral("INSERT INTO sessions (") + COLUMNS
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = statement.exec(
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
    sql::Statement statement(m_db, SELECT_BY_ID);
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the session"));
    QSqlQuery &query = statement.query();
    if (!query.next())
        return std::optional<Session> {};
    return std::optional<Session> {readSession(query)};
}

Result<std::optional<SessionStatus>> SessionRepository::status(const QString &sessionId)
{
    sql::Statement statement(m_db, QStringLiteral("SELECT status FROM sessions WHERE session_id = ?"));
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the session"));
    QSqlQuery &query = statement.query();
    if (!query.next())
        return std::optional<SessionStatus> {};
    return std::optional<SessionStatus> {
        fromWire<SessionStatus>(query.value(0).toString()).value_or(SessionStatus::Pending)};
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
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + COLUMNS + QStringLiteral(" FROM sessions") + where + order
                                 + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!statement.exec(values))
        return Error::database(QStringLiteral("cannot list sessions"));
    QSqlQuery &query = statement.query();
    while (query.next())
        page.items << readSession(query);
    return page;
}

Result<qint64> SessionRepository::count(const SessionFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    sql::Statement statement(m_db, QStringLiteral("SELECT COUNT(*) FROM sessions") + where);
    if (!statement.exec(values) || !statement.query().next())
        return Error::database(QStringLiteral("cannot count sessions"));
    return statement.query().value(0).toLongLong();
}

Status SessionRepository::update(const Session &s)
{
    sql::Statement statement(
        m_db,
        QStringLiteral("UPDATE sessions SET session_name = ?, session_type = ?, difficulty_level = ?, "
                       "status = ?, estimated_duration = ?, recommendation = ?, metadata = ?, updated_at = ?, "
                       "start_time = ?, end_time = ?, notes = ?, updated_by = ? WHERE session_id = ?"));
    const bool ok = statement.exec({sql::text(s.sessionName), toWire(s.sessionType), toWire(s.difficultyLevel),
                                    toWire(s.status), s.estimatedDuration, toWire(s.recommendation),
                                    metadataText(s.metadata), s.updatedAt, sql::nullable(s.startTime),
                                    sql::nullable(s.endTime), sql::text(s.notes), toWire(s.updatedBy), s.sessionId});
    if (!ok || statement.query().numRowsAffected() != 1)
        return Error::database(QStringLiteral("cannot update the session"));
    return Done {};
}

Result<bool> SessionRepository::remove(const QString &sessionId)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM sessions WHERE session_id = ?"));
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot delete the session"));
    return statement.query().numRowsAffected() > 0;
}

Result<int> SessionRepository::countActive(const QString &userId)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND status IN (?, ?)"));
    if (!statement.exec({userId, toWire(SessionStatus::Pending), toWire(SessionStatus::InProgress)})
        || !statement.query().next())
        return Error::database(QStringLiteral("cannot count sessions"));
    return statement.query().value(0).toInt();
}

Result<std::optional<Session>> SessionRepository::latest(const QString &userId)
{
    sql::Statement statement(
        m_db,
        QStringLiteral("SELECT ") + COLUMNS
            + QStringLiteral(" FROM sessions WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    if (!statement.exec({userId}))
        return Error::database(QStringLiteral("cannot read sessions"));
    QSqlQuery &query = statement.query();
    if (!query.next())
        return std::optional<Session> {};
    return std::optional<Session> {readSession(query)};
}

Status SessionRepository::refreshAggregates(const QString &sessionId, qint64 updatedAt)
{
    // One pass over the session's questions (UPDATE ... FROM, SQLite 3.33+). AVG skips NULL scores;
    // the aggregate row exists even for a session without questions (count 0, average NULL).
    sql::Statement statement(
        m_db,
        QStringLiteral("UPDATE sessions SET updated_at = ?, question_count = figures.total, "
                       "completed_count = figures.completed, average_score = figures.average "
                       "FROM (SELECT COUNT(*) AS total, "
                       "COUNT(CASE WHEN overall_score IS NOT NULL AND trim(candidate_answer) <> '' THEN 1 END) "
                       "AS completed, AVG(overall_score) AS average "
                       "FROM questions WHERE session_id = ?) AS figures "
                       "WHERE session_id = ?"));
    if (!statement.exec({updatedAt, sessionId, sessionId}))
        return Error::database(QStringLiteral("cannot update the session figures"));
    return Done {};
}

} // namespace ir
