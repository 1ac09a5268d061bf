// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace ir {
class Dialect;
class StatementCache;
} // namespace ir

namespace ir::sql {

// A statement taken from the connection's StatementCache (prepared once per connection and
// thread), or prepared for this use alone when the connection has no cache or the cached one is
// already in use further up the stack. Reset when the handle goes out of scope, so no read cursor
// stays open past it.
class Statement final
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // Binds values in order and runs; logs the driver's error (see run()).
    bool exec(const QVariantList &values = {});
    QSqlQuery &query() { return *m_query; }

private:
    const Dialect *m_dialect = nullptr;
    StatementCache *m_cache = nullptr;
    QSqlQuery *m_query = nullptr;
    std::optional<QSqlQuery> m_own;
    bool m_prepared = false;
};

// Prepares and runs a statement with bound values; logs the driver's error (never returned to
// callers, who report a DATABASE_ERROR without SQL text).
bool run(QSqlQuery &query, const QString &statement, const QVariantList &values = {});

// A string for a NOT NULL text column: a null QString would bind as SQL NULL.
QVariant text(const QString &value);
// A moment (epoch milliseconds) to bind: Statement binds it as its backend's time column wants.
struct Instant
{
    qint64 epochMs = 0;
};
QVariant instant(qint64 epochMs);
QVariant instant(const std::optional<qint64> &epochMs);
// A time column read back as epoch milliseconds (an integer on SQLite, a timestamptz on PostgreSQL).
qint64 epochMs(const QVariant &value);
std::optional<qint64> optionalEpochMs(const QVariant &value);
QVariant nullable(const std::optional<qint64> &value);
QVariant nullable(const std::optional<double> &value);
std::optional<qint64> optionalInt64(const QVariant &value);
std::optional<double> optionalDouble(const QVariant &value);

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
QString likePattern(const QString &substring);

// After a read loop: true (and logged) when next() stopped on an error rather than at the end
// of the rows, as it does on a corrupt page.
bool readFailed(const QSqlQuery &query);

// The characters QString::trimmed() trims, as SQL (char(...)) for trim(X, Y).
// Sees each statement a Statement runs on this thread, with its bound values, just before it
// runs: tests check the query plans of the statements the repositories really run. Empty to stop.
using StatementObserver = std::function<void(const QString &sql, const QVariantList &values)>;
void setStatementObserver(StatementObserver observer);

} // namespace ir::sql

Q_DECLARE_METATYPE(ir::sql::Instant)
