// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queries.h"
#include "result.h"
#include "session.h"

#include <QSqlDatabase>

#include <optional>

namespace ir {

// SQL for the sessions table. Callers own transactions.
class SessionRepository final
{
public:
    explicit SessionRepository(QSqlDatabase db);

    Status insert(const Session &session);
    Result<std::optional<Session>> find(const QString &sessionId);
    // Only the status of a session (nullopt when there is none): cheaper than find().
    Result<std::optional<SessionStatus>> status(const QString &sessionId);
    // The lifecycle fields a summary reports, without the rest of the row.
    struct Timeline
    {
        SessionStatus status = SessionStatus::Pending;
        std::optional<qint64> startTime;
        std::optional<qint64> endTime;
    };
    Result<std::optional<Timeline>> timeline(const QString &sessionId);
    Result<Page<Session>> list(const SessionFilter &filter);
    Result<qint64> count(const SessionFilter &filter);
    // Writes every mutable field of session.
    Status update(const Session &session);
    Result<bool> remove(const QString &sessionId);
    Result<int> countActive(const QString &userId);
    // Until the transaction ends, no other connection changes the session's row or numbers its
    // questions (PostgreSQL: SELECT … FOR UPDATE; SQLite's one write lock already covers it).
    Status lockSession(const QString &sessionId);
    // Until the transaction ends, no other connection takes the same name (a user's session
    // count, an idempotency key): a PostgreSQL advisory lock; nothing on SQLite.
    Status lockName(const QString &name);
    Result<std::optional<Session>> latest(const QString &userId);
    // Recomputes the stored question count, completed count and average from the questions.
    Status refreshAggregates(const QString &sessionId, qint64 updatedAt);
    // The figures after one question was added: constant time, no read of the other questions.
    Status addToAggregates(const QString &sessionId, qint64 updatedAt, bool completed, std::optional<double> score);

private:
    QSqlDatabase m_db;
};

} // namespace ir
