// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementcache.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace ir {
namespace {

// The driver's native connection (sqlite3 *): a statement prepared on one is void on another.
const void *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || !handle.metaType().flags().testFlag(QMetaType::IsPointer))
        return nullptr;
    return *static_cast<const void *const *>(handle.constData());
}

} // namespace

StatementCache::~StatementCache() = default;

QSqlQuery *StatementCache::acquire(const QSqlDatabase &db, const QString &sql)
{
    const void *handle = nativeHandle(db);
    if (!handle)
        return nullptr;
    auto it = m_entries.find(sql);
    if (it != m_entries.end()) {
        Entry &entry = it->second;
        if (entry.inUse)
            return nullptr;
        if (entry.handle == handle) {
            entry.inUse = true;
            return entry.query.get();
        }
        // The connection was closed and opened again under us: prepare anew.
        m_byQuery.erase(entry.query.get());
        m_entries.erase(it);
    }
    if (m_entries.size() >= CAPACITY)
        evictIdle();

    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    ++m_prepares;
    if (!query->prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << query->lastError().text();
        return nullptr;
    }
    QSqlQuery *prepared = query.get();
    Entry &entry = m_entries[sql];
    entry.query = std::move(query);
    entry.handle = handle;
    entry.inUse = true;
    m_byQuery[prepared] = &entry;
    return prepared;
}

void StatementCache::release(QSqlQuery *query)
{
    const auto it = m_byQuery.find(query);
    if (it == m_byQuery.end())
        return;
    query->finish(); // sqlite3_reset: ends the statement's read, keeps it prepared
    it->second->inUse = false;
}

void StatementCache::clear()
{
    // A statement in use is kept: a caller up the stack still reads from it.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.inUse) {
            ++it;
            continue;
        }
        m_byQuery.erase(it->second.query.get());
        it = m_entries.erase(it);
    }
}

void StatementCache::evictIdle()
{
    // Simple and rare: the hot statements are prepared again on their next use.
    clear();
}

} // namespace ir
