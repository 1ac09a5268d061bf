// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "databasestate.h"

#include "databaseurl.h"
#include "dialect.h"
#include "indexscrub.h"
#include "migrations.h"
#include "sqlhelpers.h"
#include "statementcache.h"
#include "textsearch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadStorage>

#include <sys/stat.h>

#include <atomic>
#include <unordered_map>
#include <utility>

namespace ir {

namespace {

const QString DATABASE_FILE_NAME = QStringLiteral("interview-recorder.db");
// The connections this thread opened; they are closed and removed when the thread ends.
struct ThreadConnections
{
    std::unordered_map<QString, Database::ThreadState *> states;
    ~ThreadConnections()
    {
        for (auto &[prefix, state] : states) {
            const QString name = state->connectionName;
            delete state;
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

// QThreadStorage (unlike thread_local) is cleared before QThread::wait() returns.
QThreadStorage<ThreadConnections *> s_connections;

ThreadConnections &threadConnections()
{
    if (!s_connections.hasLocalData())
        s_connections.setLocalData(new ThreadConnections);
    return *s_connections.localData();
}
std::atomic<int> s_instanceCounter {0};

bool fileIdentity(const QString &path, quint64 *device, quint64 *inode)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    *device = quint64(info.st_dev);
    *inode = quint64(info.st_ino);
    return true;
}

// For the statements every write runs (BEGIN, SAVEPOINT, RELEASE, COMMIT): prepared once.
bool execCached(Database::ThreadState &state, QSqlDatabase &db, const QString &sql)
{
    // PostgreSQL prepares no transaction control (PREPARE … AS BEGIN is a syntax error).
    if (Dialect::of(db).isPostgres())
        return execDirect(db, sql);
    QSqlQuery *query = state.statements.acquire(db, sql);
    if (!query)
        return execDirect(db, sql);
    const bool ok = query->exec();
    if (!ok)
        StorageHealth::noteFailure(*query);
    state.statements.release(query);
    return ok;
}

} // namespace

bool execDirect(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    StorageHealth::noteFailure(query);
    return false;
}

Database::Database(const QString &filePath)
    : Database(filePath, Options {})
{ }

Database::Database(const QString &location, Options options)
    : m_filePath(location)
    , m_options(options)
    , m_connectionPrefix(QStringLiteral("ir-db-%1").arg(++s_instanceCounter))
    , m_postgres(DatabaseUrl::isUrl(location))
{ }

const Dialect &Database::dialect() const
{
    return m_postgres ? Dialect::postgres() : Dialect::sqlite();
}

QString Database::displayName() const
{
    if (!m_postgres)
        return QDir::toNativeSeparators(m_filePath);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_filePath);
    return url ? url->redacted() : QStringLiteral("postgresql://…");
}

Database::~Database()
{
    // Other threads' connections are removed when those threads end.
    ThreadConnections &connections = threadConnections();
    auto it = connections.states.find(m_connectionPrefix);
    if (it == connections.states.end())
        return;
    const QString name = it->second->connectionName;
    delete it->second;
    connections.states.erase(it);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultFilePath(const QString &dataDir)
{
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(DATABASE_FILE_NAME);
}

Database::ThreadState &Database::threadState()
{
    ThreadConnections &connections = threadConnections();
    auto it = connections.states.find(m_connectionPrefix);
    if (it == connections.states.end()) {
        auto *state = new ThreadState;
        state->connectionName = m_connectionPrefix + QStringLiteral("-t")
            + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
        it = connections.states.emplace(m_connectionPrefix, state).first;
    }
    return *it->second;
}

bool Database::openConnection(ThreadState &state)
{
    state.statements.clear();
    QSqlDatabase db = QSqlDatabase::contains(state.connectionName)
        ? QSqlDatabase::database(state.connectionName, false)
        : QSqlDatabase::addDatabase(dialect().driverName(), state.connectionName);
    if (m_postgres)
        return openServerConnection(state, db);
    db.setDatabaseName(m_filePath);
    if (m_options.readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return false;
    // journal_mode is stored in the file; the others hold per connection.
    if (!m_options.readOnly)
        execDirect(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    // A WAL that was started over is cut back to this size instead of keeping its peak.
    const bool configured = execDirect(db, QStringLiteral("PRAGMA journal_size_limit=%1").arg(64 * 1024 * 1024))
        && execDirect(db, QStringLiteral("PRAGMA synchronous=FULL"))
        && execDirect(db, QStringLiteral("PRAGMA foreign_keys=ON"))
        && execDirect(db, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_options.busyTimeoutMs));
    if (!configured) {
        db.close();
        return false;
    }
    state.opened = true;
    return true;
}

StatementCache *Database::statementCache(const QSqlDatabase &db)
{
    if (!s_connections.hasLocalData())
        return nullptr;
    const QString name = db.connectionName();
    for (auto &[prefix, state] : s_connections.localData()->states) {
        if (state->opened && state->connectionName == name)
            return &state->statements;
    }
    return nullptr;
}

QSqlDatabase Database::connection()
{
    ThreadState &state = threadState();
    if (state.opened && m_postgres && state.depth == 0 && connectionLost(state)) {
        // The server restarted or the network broke: a new session, outside any transaction.
        state.statements.clear();
        QSqlDatabase::database(state.connectionName, false).close();
        state.opened = false;
    }
    if (!state.opened && !openConnection(state))
        return {};
    return QSqlDatabase::database(state.connectionName, false);
}

bool Database::isFileStillOurs() const
{
    if (m_inode == 0)
        return true; // never opened here: nothing to compare with
    quint64 device = 0;
    quint64 inode = 0;
    return fileIdentity(m_filePath, &device, &inode) && device == m_device && inode == m_inode;
}

bool Database::probe()
{
    StorageHealth::takeThreadFault();
    const bool answered = ping();
    m_health.report(StorageHealth::takeThreadFault());
    if (answered)
        m_health.reportServerAnswered();
    if (!isFileStillOurs())
        m_health.report(StorageFault::Missing);
    return answered && m_health.fault() == StorageFault::None;
}

bool Database::changedSinceLastLook()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(dialect().dataVersion()) || !query.next())
        return true;
    ThreadState &state = threadState();
    const QVariant version = query.value(0);
    return std::exchange(state.dataVersion, version) != version;
}

bool Database::ping()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (query.exec(dialect().ping()) && query.next())
        return true;
    StorageHealth::noteFailure(query);
    return false;
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (m_postgres) {
        // No version table yet: an empty database, version 0.
        if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
    }
    if (!query.exec(dialect().readVersion()) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void Database::setBusyTimeout(int milliseconds)
{
    QSqlDatabase db = connection();
    if (db.isOpen())
        execDirect(db, dialect().lockWaitStatement(milliseconds));
}

void Database::configureWriterConnection()
{
    QSqlDatabase db = connection();
    threadState().defersScrub = true;
    if (db.isOpen() && !m_postgres) {
        execDirect(db, QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        // Its COMMIT writes the WAL without waiting for the disk: the writer flushes the WAL
        // itself (WalSync) before it acknowledges anything, while the next batch runs.
        execDirect(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        execDirect(db, QStringLiteral("PRAGMA cache_size=-65536"));
        // Each write of a batch is a savepoint, whose undo copies of the pages it touches go to
        // a sub-journal: in memory, not a temporary file written page by page.
        execDirect(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
}

qint64 Database::checkpoint()
{
    if (m_postgres)
        return 0; // the server checkpoints
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return -1;
    QSqlQuery passive(db);
    if (!passive.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !passive.next())
        return -1;
    return passive.value(1).toLongLong();
}

Status Database::beginSecureErase()
{
    if (m_postgres)
        return Done {};
    QSqlDatabase db = connection();
    if (!execDirect(db, QStringLiteral("PRAGMA secure_delete=ON"))
        || !execDirect(db, QStringLiteral("INSERT INTO secure_erase_pending (erasures) VALUES (1)")))
        return Error::database(QStringLiteral("cannot erase securely"));
    ThreadState &state = threadState();
    if (state.defersScrub) {
        ++state.scrubRequests;
    } else {
        afterCommit([this] {
            if (const Status scrubbed = IndexScrub::runToEnd(*this); !scrubbed)
                qWarning("erasure: %s", qUtf8Printable(scrubbed.error().details));
        });
    }
    return Done {};
}

int Database::takeScrubRequests()
{
    return std::exchange(threadState().scrubRequests, 0);
}

bool Database::hasUnscrubbedErasure()
{
    if (m_postgres)
        return false;
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM secure_erase_pending LIMIT 1")) && query.next();
}

Status Database::open()
{
    if (m_postgres) {
        if (const Result<DatabaseUrl> url = DatabaseUrl::parse(m_filePath); !url)
            return url.error();
    } else if (!m_options.readOnly) {
        const QFileInfo info(m_filePath);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::database(QStringLiteral("cannot create the data folder"));
    }
    StorageHealth::takeThreadFault();
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return openFailure();
    // Which file this is, for isFileStillOurs(): it exists now that the connection is open.
    const auto opened = [this]() -> Status {
        if (!m_postgres)
            fileIdentity(m_filePath, &m_device, &m_inode);
        return Done {};
    };
    const int current = schemaVersion();
    // The version is in the file's header; reading the schema shows whether the rest is sound.
    if (current < 0 || !ping())
        return openFailure();
    if (current > migrations::latestVersion())
        return Error::database(QStringLiteral("the database was written by a newer version of the application"));
    if (current == migrations::latestVersion())
        return opened();
    if (m_options.readOnly)
        return Error::database(QStringLiteral("the database needs an upgrade but is read-only"));

    if (current > 0 && !m_postgres) {
        // Keep the pre-upgrade state: a failed or regretted upgrade can be undone by hand.
        const QString backupPath = m_filePath + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(backupPath);
        if (const Status backedUp = backupTo(backupPath); !backedUp)
            return backedUp;
    }
    for (const migrations::Step &step : migrations::steps(dialect())) {
        if (step.version <= current)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive())
            return openFailure();
        // Instances starting together on one server: one upgrades, the others then find it done.
        if (!dialect().lockName().isEmpty()) {
            sql::Statement lock(db, dialect().lockName());
            if (!lock.exec({QStringLiteral("schema")}))
                return openFailure();
            lock.query().finish();
            if (schemaVersion() >= step.version)
                continue;
        }
        const auto failed
            = [&] { return Error::database(QStringLiteral("schema upgrade %1 failed").arg(step.version)); };
        if (!dialect().createVersionTable().isEmpty() && !execDirect(db, dialect().createVersionTable()))
            return failed();
        for (const QString &statement : step.statements) {
            if (!execDirect(db, statement))
                return failed();
        }
        // The version is an integer of our own (a PRAGMA takes no bound values).
        if (!execDirect(db, dialect().writeVersion(step.version)))
            return failed();
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    return opened();
}

Status Database::openFailure()
{
    if (m_postgres)
        return serverOpenFailure();
    // Each cause its own message: the person at the terminal has to act on it.
    const StorageFault fault = StorageHealth::takeThreadFault();
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly) && file.size() > 0 && !file.read(16).startsWith("SQLite format 3")) {
        return Error::database(QStringLiteral("%1 is not an Interview Recorder database (not an SQLite file)")
                                   .arg(QDir::toNativeSeparators(m_filePath)));
    }
    switch (fault) {
    case StorageFault::Corrupt:
        return Error::database(QStringLiteral("the database %1 is damaged; restore it from a backup")
                                   .arg(QDir::toNativeSeparators(m_filePath)));
    case StorageFault::Locked:
        return Error::database(QStringLiteral("the database is locked by another program (is another Interview "
                                              "Recorder using this data folder?)"));
    case StorageFault::ReadOnly:
    case StorageFault::Missing:
        return Error::database(QStringLiteral("cannot open %1 for writing: the file or its folder is read-only")
                                   .arg(QDir::toNativeSeparators(m_filePath)));
    case StorageFault::DiskFull:
        return Error::database(QStringLiteral("the disk holding %1 is full").arg(QDir::toNativeSeparators(m_filePath)));
    case StorageFault::Unreachable: // a server's fault (serverOpenFailure), never a file's
    case StorageFault::None:
        break;
    }
    return Error::database(QStringLiteral("cannot open the database %1").arg(QDir::toNativeSeparators(m_filePath)));
}

bool Database::checkIntegrityOnce()
{
    if (m_integrityChecked.exchange(true) || m_postgres)
        return true; // the server checks its own pages
    QSqlDatabase db = connection();
    QSqlQuery check(db);
    check.setForwardOnly(true);
    // quick_check reads every page (about 30 s for 1 GB): it runs on a reader, after start-up.
    const bool intact = check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next()
        && check.value(0).toString() == QStringLiteral("ok");
    if (!intact) {
        StorageHealth::takeThreadFault();
        m_health.report(StorageFault::Corrupt);
    }
    return intact;
}

void Database::afterCommit(std::function<void()> fn)
{
    ThreadState &state = threadState();
    if (state.depth == 0)
        fn();
    else
        state.afterCommit << std::move(fn);
}

Status Database::backupTo(const QString &targetPath)
{
    if (m_postgres)
        return Error::database(QStringLiteral("a PostgreSQL database is backed up as a JSON export"));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::database(QStringLiteral("cannot open the database"));
    if (QFileInfo::exists(targetPath))
        return Error::database(QStringLiteral("the backup file already exists"));
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(targetPath);
    if (!vacuum.exec())
        return Error::database(QStringLiteral("cannot write the backup"));

    Database copy(targetPath, Options {m_options.busyTimeoutMs, true});
    QSqlDatabase copyDb = copy.connection();
    QSqlQuery check(copyDb);
    const bool intact = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
        && check.value(0).toString() == QStringLiteral("ok");
    check.finish();
    if (!intact) {
        QFile::remove(targetPath);
        return Error::database(QStringLiteral("the backup failed its integrity check"));
    }
    return Done {};
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    Database::ThreadState &state = database.threadState();
    QSqlDatabase db = database.connection();
    if (!db.isOpen())
        return;
    m_depth = state.depth + 1;
    m_pendingMark = state.afterCommit.size();
    const QString sql = m_depth == 1 ? database.dialect().beginWrite() : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    m_active = execCached(state, db, sql);
    if (m_active)
        state.depth = m_depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::database(QStringLiteral("no transaction"));
    Database::ThreadState &state = m_database.threadState();
    QSqlDatabase db = m_database.connection();
    if (m_depth == 1) {
        // Text index writes wait for this point, so the index takes one segment per commit (see
        // migration step 5). Older schemas have no queues: only their upgrade commits here.
        int version = m_database.m_latestSchema;
        if (version == 0 && !m_database.m_postgres) {
            version = m_database.schemaVersion();
            if (version >= migrations::latestVersion())
                m_database.m_latestSchema = version;
        }
        if (version >= migrations::INDEX_QUEUE_VERSION) {
            if (const Status applied = search::applyPendingIndexWrites(db, version); !applied) {
                rollback();
                return applied;
            }
        }
    }
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!execCached(state, db, sql)) {
        rollback();
        return Error::database(QStringLiteral("commit failed"));
    }
    m_active = false;
    state.depth = m_depth - 1;
    if (state.depth == 0) {
        const QList<std::function<void()>> pending = std::exchange(state.afterCommit, {});
        for (const auto &fn : pending)
            fn();
    }
    return Done {};
}

void Transaction::rollback()
{
    Database::ThreadState &state = m_database.threadState();
    QSqlDatabase db = m_database.connection();
    if (m_depth == 1) {
        execCached(state, db, QStringLiteral("ROLLBACK"));
        state.afterCommit.clear();
    } else {
        execCached(state, db, QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        execCached(state, db, QStringLiteral("RELEASE sp%1").arg(m_depth));
        state.afterCommit.resize(m_pendingMark);
    }
    m_active = false;
    state.depth = m_depth - 1;
}

} // namespace ir
