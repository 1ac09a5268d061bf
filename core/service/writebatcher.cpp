// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebatcher.h"

#include "checkpointer.h"
#include "database.h"
#include "indexscrub.h"
#include "walsync.h"

#include <QThread>

#include <algorithm>
#include <limits>
#include <utility>

namespace ir {
namespace {

constexpr std::size_t MAX_BATCH = 512;
// How long scrub steps may go on failing (a reader keeps the WAL, another process the lock)
// before the results waiting for them are delivered anyway: what they erased is gone from the
// tables, and the file's note has the next start scrub again.
constexpr int SCRUB_GIVE_UP_MS = 30'000;

} // namespace

Error commitFailedError()
{
    return Error::database(QStringLiteral("commit failed"));
}

WriteBatcher::WriteBatcher(Database &database, QObject *parent)
    : WriteBatcher(database, defaultSync(database), parent)
{ }

WriteBatcher::SyncWal WriteBatcher::defaultSync(const Database &database)
{
    // A PostgreSQL COMMIT returns once the server has its WAL on disk: nothing left to flush.
    if (database.isPostgres())
        return [] { return StorageFault::None; };
    return [wal = std::make_shared<WalSync>(database.filePath())] {
        return wal->sync() ? StorageFault::None : wal->fault();
    };
}

WriteBatcher::WriteBatcher(Database &database, SyncWal syncWal, QObject *parent)
    : WriteBatcher(database, std::move(syncWal), IndexScrub::STEP_PAGES, parent)
{ }

WriteBatcher::WriteBatcher(Database &database, SyncWal syncWal, int scrubStepPages, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_checkpointer(std::make_unique<Checkpointer>(database, [this](const auto &fn) { whileIdle(fn); }))
    , m_scrubStepPages(scrubStepPages)
    , m_syncWal(std::move(syncWal))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ir-writer"));
    m_thread->start();
    m_syncThread.reset(QThread::create([this] { syncLoop(); }));
    m_syncThread->setObjectName(QStringLiteral("ir-walsync"));
    m_syncThread->start();
}

WriteBatcher::~WriteBatcher()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_holdChanged.wakeAll();
    m_thread->wait();
    // The writer has committed its last batch: flush and deliver what waits, then stop.
    {
        QMutexLocker locker(&m_syncMutex);
        m_syncStopping = true;
    }
    m_syncWake.wakeAll();
    m_syncThread->wait();
}

void WriteBatcher::submit(QObject *context, Work work, Delivery failed)
{
    const ContextRelay::Ticket ticket = m_relay.track(context);
    {
        QMutexLocker locker(&m_mutex);
        m_queue.push_back(Job {std::move(work), std::move(failed), ticket, QDeadlineTimer(m_deadlineMs)});
    }
    m_wake.wakeOne();
}

void WriteBatcher::setDeadline(int milliseconds)
{
    QMutexLocker locker(&m_mutex);
    m_deadlineMs = std::max(1, milliseconds);
}

qint64 WriteBatcher::batchCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_batches;
}

qint64 WriteBatcher::writeCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_writes;
}

void WriteBatcher::run()
{
    // Checkpoints are the Checkpointer's job: a commit here never copies the WAL into the file.
    m_database.configureWriterConnection();
    if (!m_database.isPostgres()) {
        m_scrub = std::make_unique<IndexScrub>(m_database, m_scrubStepPages);
        if (m_database.hasUnscrubbedErasure())
            m_scrub->request(); // cut short last time
    }
    for (;;) {
        std::deque<Job> batch;
        const bool scrubbing = m_scrub && m_scrub->pending();
        {
            QMutexLocker locker(&m_mutex);
            waitForWork(locker, scrubbing);
            if (m_queue.empty() && m_stopping)
                break;
            const std::size_t take = std::min(m_queue.size(), MAX_BATCH);
            std::move(m_queue.begin(), m_queue.begin() + qsizetype(take), std::back_inserter(batch));
            m_queue.erase(m_queue.begin(), m_queue.begin() + qsizetype(take));
        }
        if (!batch.empty())
            runBatch(batch);
        // Between two batches, one step: the writes queued meanwhile wait for one step at most.
        if (scrubbing)
            scrubStep();
    }
    // Stopping: what waits for a scrub was committed; the next start finishes the scrub.
    if (m_scrub) {
        m_scrub->abandon();
        releaseScrubbed(std::numeric_limits<quint64>::max());
    }
}

void WriteBatcher::waitForWork(QMutexLocker<QMutex> &locker, bool ownWork)
{
    Q_UNUSED(locker)
    for (;;) {
        if (m_holdRequests > 0 && !m_stopping) {
            m_held = true;
            m_holdChanged.wakeAll();
            m_wake.wait(&m_mutex);
            continue;
        }
        m_held = false;
        if (!m_queue.empty() || m_stopping || ownWork)
            return;
        m_wake.wait(&m_mutex);
    }
}

void WriteBatcher::scrubStep()
{
    const Result<quint64> done = m_scrub->step();
    m_checkpointer->poke(); // the step's pages go to the file like any batch's
    if (done) {
        m_scrubFailingSince.reset();
        releaseScrubbed(*done);
        return;
    }
    if (!m_scrubFailingSince) {
        m_scrubFailingSince.emplace(SCRUB_GIVE_UP_MS);
        return;
    }
    if (!m_scrubFailingSince->hasExpired())
        return;
    qWarning("erasure: %s", qUtf8Printable(done.error().details));
    m_scrubFailingSince.reset();
    m_scrub->abandon();
    releaseScrubbed(std::numeric_limits<quint64>::max());
}

void WriteBatcher::releaseScrubbed(quint64 upTo)
{
    while (!m_scrubWaiting.empty() && m_scrubWaiting.front().request <= upTo) {
        handToFlush(std::move(m_scrubWaiting.front().items));
        m_scrubWaiting.pop_front();
    }
}

void WriteBatcher::handToFlush(Unsynced items)
{
    {
        QMutexLocker locker(&m_syncMutex);
        m_unsynced.push_back(std::move(items));
    }
    m_syncWake.wakeOne();
}

void WriteBatcher::whileIdle(const std::function<void()> &fn)
{
    QMutexLocker locker(&m_mutex);
    ++m_holdRequests;
    m_wake.wakeAll();
    while (!m_held && !m_stopping)
        m_holdChanged.wait(&m_mutex);
    if (m_held) {
        locker.unlock();
        fn();
        locker.relock();
    }
    --m_holdRequests;
    m_wake.wakeAll();
}

void WriteBatcher::runBatch(std::deque<Job> &batch)
{
    std::deque<Job> late;
    for (auto it = batch.begin(); it != batch.end();) {
        if (it->deadline.hasExpired()) {
            late.push_back(std::move(*it));
            it = batch.erase(it);
        } else {
            ++it;
        }
    }
    failLate(late);

    QList<Delivery> deliveries;
    const bool committed = !batch.empty() && commitBatch(batch, deliveries);
    {
        QMutexLocker locker(&m_mutex);
        ++m_batches;
        m_writes += qint64(batch.size());
    }
    if (!committed) {
        std::vector<ContextRelay::Item> failures;
        for (Job &job : batch)
            failures.emplace_back(job.ticket, std::move(job.failed));
        m_relay.postInOrder(std::move(failures));
        return;
    }
    m_checkpointer->poke();
    Unsynced unsynced;
    Unsynced scrubbed;
    unsynced.replies.reserve(batch.size());
    unsynced.failures.reserve(batch.size());
    for (qsizetype i = 0; i < qsizetype(batch.size()); ++i) {
        Job &job = batch[std::size_t(i)];
        Unsynced &to = job.waitsForScrub && m_scrub ? scrubbed : unsynced;
        to.replies.emplace_back(job.ticket, std::move(deliveries[i]));
        to.failures.emplace_back(job.ticket, std::move(job.failed));
    }
    if (!scrubbed.replies.empty())
        m_scrubWaiting.push_back({m_scrub->request(), std::move(scrubbed)});
    handToFlush(std::move(unsynced));
}

void WriteBatcher::syncLoop()
{
    QMutexLocker locker(&m_syncMutex);
    for (;;) {
        while (m_unsynced.empty() && !m_syncStopping)
            m_syncWake.wait(&m_syncMutex);
        if (m_unsynced.empty())
            return; // stopping, and nothing waits
        // One flush for every batch committed while the last one ran.
        std::deque<Unsynced> batches = std::exchange(m_unsynced, {});
        locker.unlock();
        m_flushing.store(true);
        const StorageFault fault = m_syncWal();
        m_flushing.store(false);
        if (fault != StorageFault::None)
            m_database.health().report(fault);
        for (Unsynced &batch : batches)
            m_relay.postInOrder(fault == StorageFault::None ? std::move(batch.replies) : std::move(batch.failures));
        locker.relock();
    }
}

void WriteBatcher::failLate(std::deque<Job> &late)
{
    // Their submitter is about to give up on them: they fail without running.
    if (!late.empty())
        m_database.health().report(StorageFault::Locked);
    for (Job &job : late)
        m_relay.post(job.ticket, std::move(job.failed));
}

void WriteBatcher::joinWhileFlushing(std::deque<Job> &batch)
{
    // Committed now, these writes would wait for the next flush anyway: so writes queued
    // meanwhile join this batch instead (fewer, fuller commits share pages and one index
    // segment), unless the checkpointer waits for the writer.
    if (!m_flushing.load())
        return;
    std::deque<Job> late;
    {
        QMutexLocker locker(&m_mutex);
        if (m_holdRequests > 0)
            return;
        while (!m_queue.empty() && batch.size() < MAX_BATCH) {
            Job &next = m_queue.front();
            (next.deadline.hasExpired() ? late : batch).push_back(std::move(next));
            m_queue.pop_front();
        }
    }
    failLate(late);
}

bool WriteBatcher::commitBatch(std::deque<Job> &batch, QList<Delivery> &deliveries)
{
    qint64 waitMs = std::numeric_limits<qint64>::max();
    for (const Job &job : batch)
        waitMs = std::min(waitMs, job.deadline.remainingTime());
    m_database.setBusyTimeout(int(std::clamp<qint64>(waitMs, 0, DEFAULT_DEADLINE_MS)));
    bool committed = false;
    for (int attempt = 0; !committed; ++attempt) {
        StorageHealth::takeThreadFault();
        deliveries.clear();
        deliveries.reserve(qsizetype(batch.size()));
        bool deadlocked = false;
        {
            Transaction transaction(m_database);
            // Without the shared transaction no job runs: each would otherwise commit on its own
            // while its submitter is told it failed.
            if (!transaction.isActive())
                break;
            for (std::size_t i = 0; i < batch.size() && !deadlocked; ++i) {
                deliveries << batch[i].work(); // each service call nests as a savepoint
                batch[i].waitsForScrub = m_database.takeScrubRequests() > 0;
                deadlocked = attempt < DEADLOCK_RETRIES && isDeadlock(batch[i]);
                if (i + 1 == batch.size())
                    joinWhileFlushing(batch);
            }
            if (deadlocked)
                continue; // rolled back as the transaction goes: every lock of the batch with it
            if (m_database.isFileStillOurs())
                committed = bool(transaction.commit());
            else
                m_database.health().report(StorageFault::Missing);
        }
        break;
    }
    const StorageFault fault = StorageHealth::takeThreadFault();
    m_database.health().report(fault);
    if (committed && fault == StorageFault::None)
        m_database.health().reportWriteSucceeded();
    return committed;
}

bool WriteBatcher::isDeadlock(const Job &job) const
{
    // Instances sharing a PostgreSQL database each hold their batch's row locks to its commit, so
    // two batches can wait for each other; the server then fails a write of one of them (Locked).
    // Run again within the same transaction it would wait for the same locks; the whole batch
    // runs again instead, once its locks are gone and the other batch could commit. A lock
    // wait that outlasted the deadline is not retried. SQLite's one write lock never deadlocks.
    return m_database.isPostgres() && StorageHealth::threadFault() == StorageFault::Locked
        && !job.deadline.hasExpired();
}

} // namespace ir
