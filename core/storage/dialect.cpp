// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include "sqlhelpers.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace ir {
namespace {

const QString PSQL = QStringLiteral("QPSQL");

// QChar::isSpace(): tab to carriage return, space, NEL, NBSP and the Unicode space separators.
const QList<char32_t> WHITESPACE {9,    10,   11,   12,   13,   32,   133,  160,  5760, 8192, 8193, 8194, 8195,
                                  8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288};

QString sqliteCharList()
{
    QStringList codes;
    for (char32_t c : WHITESPACE)
        codes << QString::number(c);
    return QStringLiteral("char(") + codes.join(QStringLiteral(", ")) + u')';
}

// A PostgreSQL string of those characters: U&'\0009…' (standard_conforming_strings is on).
QString postgresCharList()
{
    QString text = QStringLiteral("U&'");
    for (char32_t c : WHITESPACE)
        text += QStringLiteral("\\%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return text + u'\'';
}

} // namespace

const Dialect &Dialect::sqlite()
{
    static const Dialect dialect(Backend::Sqlite);
    return dialect;
}

const Dialect &Dialect::postgres()
{
    static const Dialect dialect(Backend::Postgres);
    return dialect;
}

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    return db.driverName() == PSQL ? postgres() : sqlite();
}

QString Dialect::driverName() const
{
    return isPostgres() ? PSQL : QStringLiteral("QSQLITE");
}

QString Dialect::timeType() const
{
    return isPostgres() ? QStringLiteral("TIMESTAMPTZ") : QStringLiteral("INTEGER");
}

QString Dialect::realType() const
{
    return isPostgres() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL");
}

QString Dialect::bytesType() const
{
    return isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

QString Dialect::rowidColumn() const
{
    return isPostgres() ? QStringLiteral("rowid BIGSERIAL NOT NULL UNIQUE, ") : QString();
}

QString Dialect::generatedColumn(const QString &name, const QString &expression) const
{
    // SQLite computes a virtual column when read (its index stores it); PostgreSQL 15 stores it.
    return QStringLiteral("%1 TEXT GENERATED ALWAYS AS (%2) %3")
        .arg(name, expression, isPostgres() ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
}

QString Dialect::trimmed(const QString &expression) const
{
    return isPostgres() ? QStringLiteral("btrim(%1, %2)").arg(expression, postgresCharList())
                        : QStringLiteral("trim(%1, %2)").arg(expression, sqliteCharList());
}

QString Dialect::asciiLower(const QString &expression) const
{
    // SQLite's lower() folds ASCII only; PostgreSQL's folds every letter, so translate() instead.
    return isPostgres()
        ? QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')").arg(expression)
        : QStringLiteral("lower(%1)").arg(expression);
}

QString Dialect::separator() const
{
    return isPostgres() ? QStringLiteral("chr(1)") : QStringLiteral("char(1)");
}

QString Dialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString Dialect::readVersion() const
{
    return isPostgres() ? QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                        : QStringLiteral("PRAGMA user_version");
}

QString Dialect::writeVersion(int version) const
{
    return isPostgres() ? QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)
                        : QStringLiteral("PRAGMA user_version=%1").arg(version);
}

QString Dialect::createVersionTable() const
{
    return isPostgres() ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                         "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
                        : QString();
}

QString Dialect::dataVersion() const
{
    return isPostgres() ? QStringLiteral("SELECT pg_current_wal_lsn()::text") : QStringLiteral("PRAGMA data_version");
}

QString Dialect::ping() const
{
    return isPostgres() ? QStringLiteral("SELECT 1") : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString Dialect::lockWaitStatement(int milliseconds) const
{
    return isPostgres() ? QStringLiteral("SET lock_timeout = %1").arg(std::max(0, milliseconds))
                        : QStringLiteral("PRAGMA busy_timeout=%1").arg(std::max(0, milliseconds));
}

QString Dialect::rowidsIn() const
{
    return isPostgres() ? QStringLiteral("SELECT json_array_elements_text(?::json)::bigint")
                        : QStringLiteral("SELECT value FROM json_each(?)");
}

QString Dialect::unindexed(const QString &expression) const
{
    return isPostgres() ? expression : u'+' + expression;
}

QString Dialect::textIndexCondition(const QString &alias, const QString &table) const
{
    if (isPostgres())
        return alias + QStringLiteral("search_body LIKE ? ESCAPE '\\'");
    // The + leaves the choice of index to the other filters and the sort: the matches are a set.
    return QStringLiteral("+%1rowid IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)").arg(alias, table);
}

QString Dialect::likeColumn(const QString &expression) const
{
    return isPostgres() ? asciiLower(expression) : expression;
}

QString Dialect::bytesContain(const QString &column) const
{
    return isPostgres() ? QStringLiteral("position(CAST(? AS bytea) in %1) > 0").arg(column)
                        : QStringLiteral("instr(%1, CAST(? AS BLOB)) > 0").arg(column);
}

QString Dialect::storeIdempotency() const
{
    return isPostgres() ? QStringLiteral("INSERT INTO idempotency (key, request_hash, response_status, response, "
                                         "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                         "request_hash = excluded.request_hash, response_status = "
                                         "excluded.response_status, response = excluded.response, "
                                         "created_at = excluded.created_at")
                        : QStringLiteral("INSERT OR REPLACE INTO idempotency (key, request_hash, response_status, "
                                         "response, created_at) VALUES (?, ?, ?, ?, ?)");
}

QString Dialect::lockSession() const
{
    return isPostgres() ? QStringLiteral("SELECT 1 FROM sessions WHERE session_id = ? FOR UPDATE") : QString();
}

QString Dialect::lockName() const
{
    // Held to the end of the transaction; two names rarely share a hash, and then one only waits.
    return isPostgres() ? QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))") : QString();
}

QString Dialect::notifyChange() const
{
    return isPostgres() ? QStringLiteral("SELECT pg_notify(?, ?)") : QString();
}

QVariant Dialect::time(qint64 epochMs) const
{
    if (!isPostgres())
        return epochMs;
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
}

QVariant Dialect::bindable(const QVariant &value) const
{
    if (isPostgres() && value.metaType().id() == QMetaType::Bool && !value.isNull())
        return value.toBool() ? 1 : 0;
    return value;
}

} // namespace ir
