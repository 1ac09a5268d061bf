// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace ir {

// The prepared statements of one connection on its thread, reused call after call: QtSql
// otherwise parses and plans every statement again each time it runs, which cost more than
// running most of ours. Owned by Database's per-thread state and destroyed before the connection
// closes. Not thread-safe, like the connection it belongs to.
class StatementCache final
{
public:
    // Past this many statements, idle ones are dropped (filters build a bounded but large set).
    static constexpr std::size_t CAPACITY = 128;

    StatementCache() = default;
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    // The prepared, idle query for sql, marked in use until release(); prepared now if it is new.
    // Null when that statement is already in use further up the stack (the caller then prepares
    // its own) or cannot be prepared.
    QSqlQuery *acquire(const QSqlDatabase &db, const QString &sql);
    // Resets the query (no read cursor stays open) and makes it available again.
    void release(QSqlQuery *query);
    void clear();

    std::size_t size() const { return m_entries.size(); }
    // How many times a statement was prepared for this cache (tests check re-use with it).
    qint64 prepareCount() const { return m_prepares; }

private:
    struct Entry
    {
        std::unique_ptr<QSqlQuery> query;
        const void *handle = nullptr; // the driver's connection the statement was prepared on
        bool inUse = false;
    };

    void evictIdle();

    std::unordered_map<QString, Entry> m_entries;
    std::unordered_map<const QSqlQuery *, Entry *> m_byQuery;
    qint64 m_prepares = 0;
};

} // namespace ir
