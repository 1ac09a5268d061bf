// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QSqlError;
class QSqlQuery;

namespace ir {

// Why the database cannot be used right now, as /health and the window tell it.
enum class StorageFault {
    None,
    Locked, // another process holds the write lock past the deadline
    DiskFull,
    Missing, // the file was deleted or replaced while open
    Corrupt,
    ReadOnly,
    Unreachable, // the database server does not answer (team mode: PostgreSQL down or the network)
};

// The one health state of the database, written by whoever meets a fault (the writer, the
// readers, the probes) and read by /health and the window's banner without running a query.
// A write fault (locked, disk full, read-only) holds until a write succeeds again; a missing or
// corrupt file holds until the application is restarted on a good file. Thread-safe.
class StorageHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageHealth)

public:
    explicit StorageHealth(QObject *parent = nullptr);

    StorageFault fault() const { return m_fault.load(); }
    void report(StorageFault fault);
    // A write committed: write faults are over.
    void reportWriteSucceeded();
    // A statement reached the database server again: it is no longer unreachable.
    void reportServerAnswered();

    // The fault a failed statement means (None when it is not a storage fault, e.g. a constraint).
    // `postgres`: the error is a PostgreSQL one (its native code is a SQLSTATE, not SQLite's number).
    static StorageFault classify(const QSqlError &error, bool postgres = false);
    // The contract's name for /health's stats.database_status ("connected" for None).
    static QString wireName(StorageFault fault);

    // The worst fault met by statements on this thread since the last take (the storage layer
    // notes every failed statement here; the writer and readers take it after each job).
    static void noteFailure(const QSqlQuery &failed);
    // A fault met without a statement (a connection that would not open).
    static void noteFault(StorageFault fault);
    static StorageFault takeThreadFault();
    static StorageFault threadFault();
    // Faults that make the database unusable right now (the API answers 503, the client may
    // retry later), as opposed to one refused statement.
    static bool isUnusable(StorageFault fault);

Q_SIGNALS:
    // Emitted on the reporting thread; connect queued.
    void faultChanged(ir::StorageFault fault);

private:
    std::atomic<StorageFault> m_fault {StorageFault::None};
};

} // namespace ir

Q_DECLARE_METATYPE(ir::StorageFault)
