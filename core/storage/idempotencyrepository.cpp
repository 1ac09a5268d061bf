// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idempotencyrepository.h"

#include "dialect.h"
#include "sqlhelpers.h"

namespace ir {
namespace {

// A null QByteArray binds as SQL NULL; the columns hold empty blobs instead.
QByteArray nonNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace

IdempotencyRepository::IdempotencyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<std::optional<IdempotencyRepository::Entry>> IdempotencyRepository::find(const QString &key)
{
    sql::Statement statement(m_db,
                             QStringLiteral("SELECT request_hash, response_status, response, created_at "
                                            "FROM idempotency WHERE key = ?"));
    if (!statement.exec({key}))
        return Error::database(QStringLiteral("cannot read the idempotency key"));
    QSqlQuery &query = statement.query();
    if (!query.next()) {
        if (sql::readFailed(query))
            return Error::database(QStringLiteral("cannot read the idempotency key"));
        return std::optional<Entry> {};
    }
    return std::optional<Entry> {Entry {query.value(0).toByteArray(), query.value(1).toInt(),
                                        query.value(2).toByteArray(), sql::epochMs(query.value(3))}};
}

Status IdempotencyRepository::store(const QString &key, const Entry &entry)
{
    sql::Statement statement(m_db, Dialect::of(m_db).storeIdempotency());
    if (!statement.exec({key, nonNull(entry.requestHash), entry.responseStatus, nonNull(entry.response),
                         sql::instant(entry.createdAt)}))
        return Error::database(QStringLiteral("cannot store the idempotency key"));
    return Done {};
}

Status IdempotencyRepository::purgeOlderThan(qint64 epochMs)
{
    sql::Statement statement(m_db, QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    if (!statement.exec({sql::instant(epochMs)}))
        return Error::database(QStringLiteral("cannot purge idempotency keys"));
    return Done {};
}

} // namespace ir
