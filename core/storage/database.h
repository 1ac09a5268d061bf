// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storagehealth.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

namespace ir {

class Dialect;
class StatementCache;

// The database: an SQLite file (the default) or, in team mode, a PostgreSQL database named by a
// postgresql:// URL (see DatabaseUrl). Each thread that touches it gets its own QtSql connection
// (named after the database and the thread, closed when the thread ends), configured as
// docs/architecture.md says. The schema is brought up to date by open().
class Database final
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool readOnly = false;
    };

    // `location`: a file path, or a postgresql:// URL.
    explicit Database(const QString &location);
    Database(const QString &location, Options options);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens this thread's connection and runs pending migrations.
    Status open();
    // The file path (SQLite) or the URL as given (PostgreSQL: it may hold a password; show
    // displayName() instead).
    const QString &filePath() const { return m_filePath; }
    bool isPostgres() const { return m_postgres; }
    const Dialect &dialect() const;
    // The file path, or the URL without its password: for titles, logs and messages.
    QString displayName() const;
    bool isReadOnly() const { return m_options.readOnly; }

    // This thread's connection, opened on first use; invalid if it cannot be opened.
    QSqlDatabase connection();
    // True when a trivial query succeeds on this thread's connection.
    bool ping();
    int schemaVersion();
    // Faults met on this database, for /health and the window.
    StorageHealth &health() { return m_health; }
    const StorageHealth &health() const { return m_health; }
    // False when the file at filePath() is no longer the one open() opened (deleted or replaced):
    // a write committed now would not be in the database the next start opens.
    bool isFileStillOurs() const;
    // A cheap check that the database answers and its file is still there; reports what it finds
    // to health() and returns whether all is well.
    bool probe();
    // The first call checks every page (PRAGMA quick_check) and reports a corrupt file; later
    // calls do nothing. Slow on a large file: run it on a reader thread.
    bool checkIntegrityOnce();
    // True when another connection (this process's writer or another process) committed since
    // this thread last asked (and on its first call).
    bool changedSinceLastLook();

    // How long this thread's statements wait for another connection's lock.
    void setBusyTimeout(int milliseconds);
    // For the one writer thread: its commits leave the WAL to checkpoint() and the flush to the
    // writer (synchronous=NORMAL; it calls WalSync before acknowledging), and its page cache
    // holds a whole batch (a batch of random inserts dirties more pages than the default 2 MiB
    // cache holds, which then spills them into the WAL mid-transaction and writes them twice).
    // It also scrubs erased text itself, between batches (beginSecureErase()).
    void configureWriterConnection();
    // Copies what it can of the WAL into the file now without waiting for anyone (PASSIVE);
    // returns the WAL's length in frames (-1 on failure). Once every frame is copied, the
    // writer's next transaction writes the WAL from its start again.
    qint64 checkpoint();
    // Erasing a person (SQLite; nothing on PostgreSQL), inside the erasing transaction: from now
    // on, pages this connection frees are overwritten with zeros (PRAGMA secure_delete), and the
    // file notes that its text indexes still hold erased text. After the commit, IndexScrub takes
    // that text out of the indexes and the WAL: at once on most threads, between its batches on
    // the writer's (see takeScrubRequests()).
    Status beginSecureErase();
    // The writer's thread: erasures committed since the last call, which it is to scrub.
    int takeScrubRequests();
    // The file holds erased text not yet scrubbed (a scrub was cut short: stop, crash).
    bool hasUnscrubbedErasure();

    // Runs fn after the outermost transaction of this thread commits (at once when none is open).
    // Dropped if that transaction rolls back.
    void afterCommit(std::function<void()> fn);

    // A consistent copy of the live database (VACUUM INTO), verified with integrity_check.
    Status backupTo(const QString &targetPath);

    // The prepared-statement cache of db on this thread when db is a connection this thread opened
    // through a Database, else null. Valid while that connection stays open.
    static StatementCache *statementCache(const QSqlDatabase &db);

    // Standard location of the database file: DIR/interview-recorder.db, DIR defaulting to
    // QStandardPaths::AppDataLocation.
    static QString defaultFilePath(const QString &dataDir = {});

    // Per-thread connection bookkeeping; defined in database.cpp.
    struct ThreadState;

private:
    friend class Transaction;
    // Why open() failed, from what this thread's connection met.
    Status openFailure();
    Status serverOpenFailure();
    ThreadState &threadState();
    bool openConnection(ThreadState &state);
    bool openServerConnection(ThreadState &state, QSqlDatabase &db);
    // The server closed this thread's PostgreSQL connection (restart, network): it must reconnect.
    bool connectionLost(const ThreadState &state) const;

    QString m_filePath;
    Options m_options;
    QString m_connectionPrefix;
    StorageHealth m_health;
    // The file open() opened (st_dev, st_ino); 0 before.
    quint64 m_device = 0;
    quint64 m_inode = 0;
    std::atomic<bool> m_integrityChecked {false};
    // The schema version once it is the latest (0 before): which text index queues exist for the
    // outermost commit to apply (migrations::INDEX_QUEUE_VERSION and later).
    std::atomic<int> m_latestSchema {0};
    bool m_postgres = false;
};

// A write transaction (BEGIN IMMEDIATE). Nested ones become savepoints, so an inner failure
// rolls back only its own work. Rolls back on destruction unless committed.
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    Status commit();

private:
    void rollback();

    Database &m_database;
    bool m_active = false;
    int m_depth = 0;
    qsizetype m_pendingMark = 0; // afterCommit entries that predate this savepoint
};

} // namespace ir
