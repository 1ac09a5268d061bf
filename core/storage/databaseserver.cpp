// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database's team mode: its connections to a PostgreSQL server (the SQLite file is database.cpp).
#include "database.h"
#include "databasestate.h"
#include "databaseurl.h"
#include "dialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace ir {

bool Database::openServerConnection(ThreadState &state, QSqlDatabase &db)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_filePath);
    if (!url)
        return false;
    url->applyTo(db);
    if (!db.open()) {
        // A connection that never opened is at least an unreachable server.
        const StorageFault fault = StorageHealth::classify(db.lastError(), true);
        StorageHealth::noteFault(fault == StorageFault::None ? StorageFault::Unreachable : fault);
        return false;
    }
    // Moments travel as UTC; a lock another instance holds is waited for as long as SQLite's
    // busy timeout would wait.
    bool configured = execDirect(db, QStringLiteral("SET TIME ZONE 'UTC'"))
        && execDirect(db, QStringLiteral("SET client_min_messages = warning")) // no NOTICE on stderr
        && execDirect(db, dialect().lockWaitStatement(m_options.busyTimeoutMs));
    if (configured && m_options.readOnly)
        configured = execDirect(db, QStringLiteral("SET default_transaction_read_only = on"));
    if (!configured) {
        db.close();
        return false;
    }
    state.opened = true;
    return true;
}

bool Database::connectionLost(const ThreadState &state) const
{
    const QSqlDatabase db = QSqlDatabase::database(state.connectionName, false);
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6.4's QPSQL names the handle's type "pg_conn*" (libpq's struct); later ones "PGconn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return !db.isOpen();
    auto *connection = *static_cast<PGconn *const *>(handle.data());
    return connection == nullptr || PQstatus(connection) == CONNECTION_BAD;
}

Status Database::serverOpenFailure()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_filePath);
    if (!url)
        return url.error();
    const QString where = url->redacted();
    const QSqlError error = QSqlDatabase::database(threadState().connectionName, false).lastError();
    StorageHealth::takeThreadFault();
    // libpq's words, matched to what the person at the terminal can do about each.
    const QString said = error.databaseText() + u' ' + error.driverText();
    if (said.contains(QStringLiteral("password authentication failed"))
        || said.contains(QStringLiteral("no password supplied")))
        return Error::database(QStringLiteral("the PostgreSQL server refused the user name or password for %1 "
                                              "(give the password in PGPASSWORD or ~/.pgpass)")
                                   .arg(where));
    if (said.contains(QStringLiteral("does not exist")) && said.contains(QStringLiteral("database")))
        return Error::database(
            QStringLiteral("the database of %1 does not exist on the server (create it with createdb)").arg(where));
    if (said.contains(QStringLiteral("does not exist")) && said.contains(QStringLiteral("role")))
        return Error::database(QStringLiteral("the PostgreSQL server has no user %1 (%2)").arg(url->user(), where));
    if (said.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        return Error::database(QStringLiteral("the SSL connection to %1 failed (check sslmode in the URL)").arg(where));
    if (said.contains(QStringLiteral("permission denied")))
        return Error::database(QStringLiteral("the PostgreSQL user may not create the schema in %1 (make it the "
                                              "database's owner)")
                                   .arg(where));
    return Error::database(QStringLiteral("cannot reach the PostgreSQL server of %1").arg(where));
}

} // namespace ir
