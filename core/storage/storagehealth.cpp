// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehealth.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace ir {
namespace {

thread_local StorageFault t_fault = StorageFault::None;

// SQLite's primary result codes (the low byte of an extended code).
constexpr int SQLITE_BUSY = 5;
constexpr int SQLITE_LOCKED = 6;
constexpr int SQLITE_READONLY = 8;
constexpr int SQLITE_IOERR = 10;
constexpr int SQLITE_CORRUPT = 11;
constexpr int SQLITE_CANTOPEN = 14;
constexpr int SQLITE_FULL = 13;
constexpr int SQLITE_NOTADB = 26;

// Which fault to keep when a thread meets several: the one that needs the user most.
int severity(StorageFault fault)
{
    switch (fault) {
    case StorageFault::None:
        return 0;
    case StorageFault::Locked:
        return 1;
    case StorageFault::ReadOnly:
        return 2;
    case StorageFault::DiskFull:
        return 3;
    case StorageFault::Unreachable:
        return 4;
    case StorageFault::Missing:
        return 5;
    case StorageFault::Corrupt:
        return 6;
    }
    return 0;
}

// Faults that end by themselves once writes (or, for a server, probes) succeed again.
bool isWriteFault(StorageFault fault)
{
    return fault == StorageFault::Locked || fault == StorageFault::DiskFull || fault == StorageFault::ReadOnly
        || fault == StorageFault::Unreachable;
}

// PostgreSQL's SQLSTATE classes and codes (Appendix A of its manual).
StorageFault classifyPostgres(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QStringLiteral("08"))
        || state.startsWith(QStringLiteral("57P")) || state.startsWith(QStringLiteral("28")))
        return StorageFault::Unreachable;
    // libpq lost the server before any SQLSTATE arrived; its words ("server closed the connection
    // unexpectedly", "no connection to the server") are the database text, Qt's the driver text.
    if (state.isEmpty()
        && QString(error.driverText() + error.databaseText())
               .contains(QStringLiteral("connection"), Qt::CaseInsensitive))
        return StorageFault::Unreachable;
    if (state == QStringLiteral("55P03") || state == QStringLiteral("40P01"))
        return StorageFault::Locked; // lock_timeout passed, deadlock
    if (state.startsWith(QStringLiteral("53")))
        return StorageFault::DiskFull; // insufficient resources: disk full, out of memory
    if (state == QStringLiteral("25006"))
        return StorageFault::ReadOnly; // a read-only (standby) server
    if (state == QStringLiteral("3D000"))
        return StorageFault::Missing; // the database does not exist
    if (state.startsWith(QStringLiteral("XX0")))
        return StorageFault::Corrupt;
    return StorageFault::None;
}

} // namespace

StorageHealth::StorageHealth(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ir::StorageFault>();
}

void StorageHealth::report(StorageFault fault)
{
    if (fault == StorageFault::None)
        return;
    StorageFault current = m_fault.load();
    // A lasting fault (missing, corrupt) is not hidden by a passing one.
    while (!isWriteFault(fault) || current == StorageFault::None || isWriteFault(current)) {
        if (current == fault)
            return;
        if (m_fault.compare_exchange_weak(current, fault)) {
            Q_EMIT faultChanged(fault);
            return;
        }
    }
}

void StorageHealth::reportWriteSucceeded()
{
    StorageFault current = m_fault.load();
    while (isWriteFault(current)) {
        if (m_fault.compare_exchange_weak(current, StorageFault::None)) {
            Q_EMIT faultChanged(StorageFault::None);
            return;
        }
    }
}

void StorageHealth::reportServerAnswered()
{
    StorageFault current = StorageFault::Unreachable;
    if (m_fault.compare_exchange_strong(current, StorageFault::None))
        Q_EMIT faultChanged(StorageFault::None);
}

StorageFault StorageHealth::classify(const QSqlError &error, bool postgres)
{
    if (postgres)
        return classifyPostgres(error);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return StorageFault::None;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageFault::Locked;
    case SQLITE_FULL:
        return StorageFault::DiskFull;
    case SQLITE_READONLY:
        return StorageFault::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageFault::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        // The file or its folder went away (or the device failed): either way it is not there.
        return StorageFault::Missing;
    default:
        return StorageFault::None;
    }
}

QString StorageHealth::wireName(StorageFault fault)
{
    switch (fault) {
    case StorageFault::None:
        return QStringLiteral("connected");
    case StorageFault::Locked:
        return QStringLiteral("locked");
    case StorageFault::DiskFull:
        return QStringLiteral("disk_full");
    case StorageFault::Missing:
        return QStringLiteral("missing");
    case StorageFault::Corrupt:
        return QStringLiteral("corrupt");
    case StorageFault::ReadOnly:
        return QStringLiteral("read_only");
    case StorageFault::Unreachable:
        return QStringLiteral("disconnected");
    }
    return QStringLiteral("disconnected");
}

void StorageHealth::noteFailure(const QSqlQuery &failed)
{
    const bool postgres = failed.driver() && failed.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const StorageFault fault = classify(failed.lastError(), postgres);
    if (severity(fault) > severity(t_fault))
        t_fault = fault;
}

void StorageHealth::noteFault(StorageFault fault)
{
    if (severity(fault) > severity(t_fault))
        t_fault = fault;
}

StorageFault StorageHealth::takeThreadFault()
{
    return std::exchange(t_fault, StorageFault::None);
}

StorageFault StorageHealth::threadFault()
{
    return t_fault;
}

bool StorageHealth::isUnusable(StorageFault fault)
{
    return fault == StorageFault::Locked || fault == StorageFault::DiskFull || fault == StorageFault::Missing
        || fault == StorageFault::Corrupt || fault == StorageFault::Unreachable;
}

} // namespace ir
