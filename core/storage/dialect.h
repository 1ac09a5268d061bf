// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace ir {

// Every piece of SQL that differs between SQLite (the embedded default) and PostgreSQL (team
// mode), and nothing else: repositories, searches and migrations write the rest once. The
// backend of a connection is its QtSql driver.
class Dialect final
{
public:
    enum class Backend { Sqlite, Postgres };

    static const Dialect &sqlite();
    static const Dialect &postgres();
    static const Dialect &of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString driverName() const;

    // --- schema (migrations) ---
    // Column types: a moment (epoch milliseconds on SQLite, timestamptz on PostgreSQL), a real
    // number, bytes; and the integer row id every table has (implicit on SQLite).
    QString timeType() const;
    QString realType() const;
    QString bytesType() const;
    QString rowidColumn() const; // "" or "rowid BIGSERIAL NOT NULL UNIQUE, "
    // A column computed from others and kept with the row.
    QString generatedColumn(const QString &name, const QString &expression) const;
    // `expression` trimmed exactly as QString::trimmed() trims.
    QString trimmed(const QString &expression) const;
    // `expression` with ASCII letters lowercased (LIKE's case rule on SQLite), nothing else.
    QString asciiLower(const QString &expression) const;
    // The character that ends each column in a search body (char(1)).
    QString separator() const;

    // --- connections and transactions ---
    QString beginWrite() const; // takes the write lock at once on SQLite
    // The schema version: the file header's user_version, or a schema_version table.
    QString readVersion() const;
    QString writeVersion(int version) const;
    QString createVersionTable() const; // empty where there is none to create
    // A value that changes whenever any connection commits (SQLite: PRAGMA data_version, per
    // connection; PostgreSQL: the server's WAL position, which other databases move too).
    QString dataVersion() const;
    QString ping() const;
    QString lockWaitStatement(int milliseconds) const; // busy_timeout / lock_timeout

    // --- queries ---
    // The rows whose rowid is in a JSON array of integers bound to the one ? .
    QString rowidsIn() const;
    // `expression` hidden from the SQLite planner's index choice (the unary +); as is elsewhere.
    QString unindexed(const QString &expression) const;
    // --- text search (q=) ---
    // The condition that `table`'s row (columns prefixed with `alias`, e.g. "q.") holds the term
    // that search::plan() turned into the one bound value: an FTS5 MATCH on SQLite, a LIKE on the
    // trigram-indexed search_body column on PostgreSQL.
    QString textIndexCondition(const QString &alias, const QString &table) const;
    // SQLite's index is a table of its own that counts and pages matches without the rows.
    bool hasTextIndexTables() const { return !isPostgres(); }
    // A column as LIKE compares it with an ASCII-lowercased pattern (SQLite's LIKE folds ASCII).
    QString likeColumn(const QString &expression) const;

    // True where the bytes column holds the bytes bound to the one ? .
    QString bytesContain(const QString &column) const;
    // Replaces the stored reply of an idempotency key (key, hash, status, response, created_at).
    QString storeIdempotency() const;
    // Statements that lock, for the rest of the transaction, what concurrent instances on one
    // PostgreSQL database must not change meanwhile: a session row, any name (a user, a key).
    // Empty on SQLite, whose BEGIN IMMEDIATE already holds the one write lock.
    QString lockSession() const;
    QString lockName() const;
    // Announces a change to every instance that LISTENs on a channel (channel and payload bound,
    // in that order). Sent when the transaction commits, dropped with a rolled-back savepoint, so
    // only committed changes are announced. Empty on SQLite (one process owns the file).
    QString notifyChange() const;

    // --- values ---
    // A moment bound as the column type expects.
    QVariant time(qint64 epochMs) const;
    // A value bound as the driver expects (PostgreSQL: a bool as 0/1 for the integer columns).
    QVariant bindable(const QVariant &value) const;

private:
    explicit Dialect(Backend backend)
        : m_backend(backend)
    { }
    Backend m_backend;
};

} // namespace ir
