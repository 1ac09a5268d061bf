// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace ir {

// Where team mode's PostgreSQL database is:
//   postgresql://[user[:password]@][host][:port][/dbname][?sslmode=…&connect_timeout=…&application_name=…]
// (postgres:// too). Without a password libpq looks in PGPASSWORD and ~/.pgpass, so a password
// need never be on a command line that ps shows. The password never leaves this class except
// into the connection (redacted() is what logs and messages show).
class DatabaseUrl final
{
public:
    // True when `text` names a PostgreSQL database rather than an SQLite file.
    static bool isUrl(const QString &text);
    // The URL's parts, or an Error whose message says which part is wrong.
    static Result<DatabaseUrl> parse(const QString &text);

    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &user() const { return m_user; }
    const QString &databaseName() const { return m_database; }
    const QString &sslMode() const { return m_sslMode; }
    bool hasPassword() const { return !m_password.isEmpty(); }

    // The URL with the password replaced by "***": for logs, titles and error messages.
    QString redacted() const;
    // Sets host, port, user, password, database name and libpq options on a QPSQL connection.
    void applyTo(QSqlDatabase &db) const;

private:
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_sslMode;
    int m_connectTimeoutSeconds = 5;
    QString m_applicationName = QStringLiteral("interview-recorder");
};

} // namespace ir
