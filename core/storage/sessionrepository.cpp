// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrepository.h"

#include "dialect.h"
#include "rules.h"
#include "sqlhelpers.h"
#include "textsearch.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ir {
namespace {

const QString COLUMNS
    = QStringLiteral("session_id, user_id, session_name, session_type, difficulty_level, status, estimated_duration, "
                     "recommendation, metadata, created_at, updated_at, start_time, end_time, source, question_count, "
                     "completed_count, average_score, notes, updated_by, interviewer, kit_id");

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
    s.createdAt = sql::epochMs(query.value(9));
    s.updatedAt = sql::epochMs(query.value(10));
    s.startTime = sql::optionalEpochMs(query.value(11));
    s.endTime = sql::optionalEpochMs(query.value(12));
    s.source = fromWire<Source>(query.value(13).toString()).value_or(Source::Ui);
    s.totalQuestions = query.value(14).toInt();
    s.completedQuestions = query.value(15).toInt();
    if (const std::optional<double> average = sql::optionalDouble(query.value(16)))
        s.averageScore = rules::roundToTenth(*average);
    s.notes = query.value(17).toString();
    s.updatedBy = fromWire<Source>(query.value(18).toString()).value_or(Source::Ui);
    s.interviewer = query.value(19).toString();
    s.kitId = query.value(20).toString();
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

// The conditions of a filter: fixed SQL fragments with ? placeholders, values bound in order.
struct Clause
{
    QStringList conditions;
    QVariantList values;
    bool textAlone = false; // only a searchText answered by the index
    bool matchesNothing = false;

    QString where() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
};

Result<Clause> clauseFor(const QSqlDatabase &db, const SessionFilter &filter)
{
    Clause clause;
    const Dialect &dialect = Dialect::of(db);
    auto add = [&](const QString &condition, const QVariant &value) {
        clause.conditions << condition;
        clause.values << value;
    };
    const Result<search::TextMatch> text = search::plan(db, QStringLiteral("sessions_fts"), filter.searchText);
    if (!text)
        return text.error();
    switch (text->kind) {
    case search::TextMatch::Kind::Any:
        break;
    case search::TextMatch::Kind::None:
        clause.matchesNothing = true;
        break;
    case search::TextMatch::Kind::Index:
        add(dialect.textIndexCondition(QString(), QStringLiteral("sessions")), text->expression);
        break;
    case search::TextMatch::Kind::Scan:
        clause.conditions << QStringLiteral("(%1 LIKE ? ESCAPE '\\' OR %2 LIKE ? ESCAPE '\\' OR %3 LIKE ? ESCAPE '\\')")
                                 .arg(dialect.likeColumn(QStringLiteral("user_id")),
                                      dialect.likeColumn(QStringLiteral("session_name")),
                                      dialect.likeColumn(QStringLiteral("session_id")));
        clause.values << text->likePattern << text->likePattern << text->likePattern;
        break;
    }
    clause.textAlone = text->kind == search::TextMatch::Kind::Index && dialect.hasTextIndexTables();
    if (!filter.userId.isEmpty())
        add(QStringLiteral("user_id = ?"), filter.userId);
    if (filter.status)
        add(QStringLiteral("status = ?"), toWire(*filter.status));
    if (filter.sessionType)
        add(QStringLiteral("session_type = ?"), toWire(*filter.sessionType));
    if (filter.difficultyLevel)
        add(QStringLiteral("difficulty_level = ?"), toWire(*filter.difficultyLevel));
    if (filter.createdFrom)
        add(QStringLiteral("created_at >= ?"), sql::instant(*filter.createdFrom));
    if (filter.createdTo)
        add(QStringLiteral("created_at < ?"), sql::instant(*filter.createdTo));
    clause.textAlone = clause.textAlone && clause.conditions.size() == 1;
    return clause;
}

Error listError()
{
    return Error::database(QStringLiteral("cannot list sessions"));
}

Result<qint64> countOf(const QSqlDatabase &db, const Clause &clause)
{
    if (clause.matchesNothing)
        return qint64(0);
    // The index holds exactly the sessions' rows, so with no other filter it counts alone.
    sql::Statement statement(db,
                             clause.textAlone
                                 ? QStringLiteral("SELECT COUNT(*) FROM sessions_fts WHERE sessions_fts MATCH ?")
                                 : QStringLiteral("SELECT COUNT(*) FROM sessions") + clause.where());
    if (!statement.exec(clause.values) || !statement.query().next())
        return Error::database(QStringLiteral("cannot count sessions"));
    return statement.query().value(0).toLongLong();
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
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = statement.exec({s.sessionId,
                                    s.userId,
                                    sql::text(s.sessionName),
                                    toWire(s.sessionType),
                                    toWire(s.difficultyLevel),
                                    toWire(s.status),
                                    s.estimatedDuration,
                                    toWire(s.recommendation),
                                    metadataText(s.metadata),
                                    sql::instant(s.createdAt),
                                    sql::instant(s.updatedAt),
                                    sql::instant(s.startTime),
                                    sql::instant(s.endTime),
                                    toWire(s.source),
                                    s.totalQuestions,
                                    s.completedQuestions,
                                    sql::nullable(s.averageScore),
                                    sql::text(s.notes),
                                    toWire(s.updatedBy),
                                    sql::text(s.interviewer),
                                    sql::text(s.kitId)});
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
    if (!query.next()) {
        if (sql::readFailed(query))
            return Error::database(QStringLiteral("cannot read the session"));
        return std::optional<Session> {};
    }
    return std::optional<Session> {readSession(query)};
}

Result<std::optional<SessionStatus>> SessionRepository::status(const QString &sessionId)
{
    const Result<std::optional<Timeline>> found = timeline(sessionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<SessionStatus> {};
    return std::optional<SessionStatus> {(*found)->status};
}

Result<std::optional<SessionRepository::Timeline>> SessionRepository::timeline(const QString &sessionId)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT status, start_time, end_time FROM sessions WHERE session_id = ?"));
    if (!statement.exec({sessionId}))
        return Error::database(QStringLiteral("cannot read the session"));
    QSqlQuery &query = statement.query();
    if (!query.next()) {
        if (sql::readFailed(query))
            return Error::database(QStringLiteral("cannot read the session"));
        return std::optional<Timeline> {};
    }
    return std::optional<Timeline> {
        Timeline {fromWire<SessionStatus>(query.value(0).toString()).value_or(SessionStatus::Pending),
                  sql::optionalEpochMs(query.value(1)), sql::optionalEpochMs(query.value(2))}};
}

Result<Page<Session>> SessionRepository::list(const SessionFilter &filter)
{
    const Result<Clause> clause = clauseFor(m_db, filter);
    if (!clause)
        return clause.error();
    Page<Session> page;
    const Result<qint64> total = countOf(m_db, *clause);
    if (!total)
        return total.error();
    page.total = *total;
    if (page.total <= filter.offset || filter.limit <= 0)
        return page;
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Each sort key has an index on (key, created_at); rowid follows insertion order and breaks
    // the remaining ties stably, as the index's last column.
    const QString order = QStringLiteral(" ORDER BY ") + sortColumn(filter.sortKey) + direction
        + QStringLiteral(", created_at") + direction + QStringLiteral(", rowid") + direction;
    QVariantList values = clause->values;
    values << filter.limit << filter.offset;
    // The page's rowids come from the index alone; only its rows are read in full.
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT ") + COLUMNS
                                 + QStringLiteral(" FROM sessions WHERE rowid IN (SELECT rowid FROM sessions")
                                 + clause->where() + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order);
    if (!statement.exec(values))
        return listError();
    QSqlQuery &query = statement.query();
    while (query.next())
        page.items << readSession(query);
    if (sql::readFailed(query))
        return listError();
    return page;
}

Result<qint64> SessionRepository::count(const SessionFilter &filter)
{
    const Result<Clause> clause = clauseFor(m_db, filter);
    if (!clause)
        return clause.error();
    return countOf(m_db, *clause);
}

Status SessionRepository::update(const Session &s)
{
    sql::Statement statement(
        m_db,
        QStringLiteral(
            "UPDATE sessions SET session_name = ?, session_type = ?, difficulty_level = ?, "
            "status = ?, estimated_duration = ?, recommendation = ?, metadata = ?, updated_at = ?, "
            "start_time = ?, end_time = ?, notes = ?, updated_by = ?, interviewer = ? WHERE session_id = ?"));
    const bool ok
        = statement.exec({sql::text(s.sessionName), toWire(s.sessionType), toWire(s.difficultyLevel), toWire(s.status),
                          s.estimatedDuration, toWire(s.recommendation), metadataText(s.metadata),
                          sql::instant(s.updatedAt), sql::instant(s.startTime), sql::instant(s.endTime),
                          sql::text(s.notes), toWire(s.updatedBy), sql::text(s.interviewer), s.sessionId});
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

namespace {

Status lockWith(const QSqlDatabase &db, const QString &lock, const QString &value)
{
    if (lock.isEmpty())
        return Done {};
    sql::Statement statement(db, lock);
    if (!statement.exec({value}))
        return Error::database(QStringLiteral("cannot lock the session"));
    statement.query().finish();
    return Done {};
}

} // namespace

Status SessionRepository::lockSession(const QString &sessionId)
{
    return lockWith(m_db, Dialect::of(m_db).lockSession(), sessionId);
}

Status SessionRepository::lockName(const QString &name)
{
    return lockWith(m_db, Dialect::of(m_db).lockName(), name);
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
    if (!query.next()) {
        if (sql::readFailed(query))
            return Error::database(QStringLiteral("cannot read the session"));
        return std::optional<Session> {};
    }
    return std::optional<Session> {readSession(query)};
}

Status SessionRepository::refreshAggregates(const QString &sessionId, qint64 updatedAt)
{
    // One pass over the session's questions (UPDATE ... FROM, SQLite 3.33+). AVG skips NULL scores;
    // calibration's sums (squares, the reviewed posted scores) count scored questions only;
    // the aggregate row exists even for a session without questions (count 0, average NULL).
    // Completed as QuestionRecord::isCompleted() has it: the answer trimmed of all whitespace, as
    // QString::trimmed() trims, not only of spaces (plain trim()).
    sql::Statement statement(
        m_db,
        QStringLiteral("UPDATE sessions SET updated_at = ?, question_count = figures.total, "
                       "completed_count = figures.completed, average_score = figures.average, "
                       "score_sum = figures.total_score, scored_count = figures.scored, "
                       "score_square_sum = figures.squares, ai_reviewed = figures.reviewed, "
                       "ai_delta_sum = figures.delta "
                       "FROM (SELECT COUNT(*) AS total, "
                       "COUNT(CASE WHEN overall_score IS NOT NULL AND %1 <> '' THEN 1 END) "
                       "AS completed, AVG(overall_score) AS average, COALESCE(SUM(overall_score), 0) AS total_score, "
                       "COUNT(overall_score) AS scored, COALESCE(SUM(overall_score * overall_score), 0) AS squares, "
                       "COUNT(overall_score - ai_score) AS reviewed, "
                       "COALESCE(SUM(overall_score - ai_score), 0) AS delta "
                       "FROM questions WHERE session_id = ?) AS figures "
                       "WHERE session_id = ?")
            .arg(Dialect::of(m_db).trimmed(QStringLiteral("candidate_answer"))));
    if (!statement.exec({sql::instant(updatedAt), sessionId, sessionId}))
        return Error::database(QStringLiteral("cannot update the session figures"));
    return Done {};
}

Status SessionRepository::addToAggregates(const QString &sessionId, qint64 updatedAt, bool completed,
                                          std::optional<double> score)
{
    // The right-hand sides read the row as it was; the sum is added in insertion order, as
    // AVG() over the session's questions would add it, so both give the same average.
    sql::Statement statement(
        m_db,
        QStringLiteral("UPDATE sessions SET updated_at = ?, question_count = question_count + 1, "
                       "completed_count = completed_count + ?, score_sum = score_sum + ?, "
                       "score_square_sum = score_square_sum + ?, scored_count = scored_count + ?, average_score = CASE "
                       "WHEN scored_count + ? > 0 THEN (score_sum + ?) / (scored_count + ?) END "
                       "WHERE session_id = ?"));
    const int scored = score ? 1 : 0;
    const double added = score.value_or(0.0);
    // A new question has no posted score kept (that comes with a later change): no AI sums.
    if (!statement.exec({sql::instant(updatedAt), completed ? 1 : 0, added, added * added, scored, scored, added,
                         scored, sessionId}))
        return Error::database(QStringLiteral("cannot update the session figures"));
    return Done {};
}

} // namespace ir
