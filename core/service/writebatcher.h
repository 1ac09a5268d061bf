// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contextrelay.h"
#include "result.h"
#include "storagehealth.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ir {

class Checkpointer;
class Database;
class IndexScrub;

// The one writer of the process: every write, from the API and from the window, runs here, on
// its own thread and connection. Group commit: with synchronous=FULL every commit waits for the
// disk (a few hundred fsyncs a second on ordinary storage), so writes submitted while one batch
// is being committed run together, each in its own savepoint, and share the next commit. A
// write's result reaches its submitter (on the submitter's thread) only once it is durable; if
// the batch cannot begin or commit, no write of it runs on its own and every submitter gets its
// failure callback. The WAL checkpoint runs on another thread (Checkpointer), off this path.
// So does the wait for the disk: a commit writes the WAL without flushing it, and a second
// thread flushes it (one fdatasync for every batch committed meanwhile, WalSync) before those
// batches' results are delivered; the writer runs the next batch during the flush. What is
// acknowledged is on the disk; other connections may read a batch a moment before that.
// Every write has a deadline (DEFAULT_DEADLINE_MS after it was submitted, inside the API's 30 s request
// deadline): a batch waits for another process's lock no longer than its earliest deadline, and
// a write whose deadline passed fails without running. Before a batch commits, the writer checks
// that the database file is still the one it opened: a commit into a deleted or replaced file
// would be acknowledged and then lost. Storage faults go to the database's StorageHealth.
// An erasure's result waits until its text is gone from the files too: the writer scrubs the
// text indexes in steps of their own between batches (IndexScrub), so other writes go on.
class WriteBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteBatcher)

public:
    // Runs on the submitter's thread.
    using Delivery = std::function<void()>;
    // Runs on the writer thread inside the batch's transaction; returns what to deliver on success.
    using Work = std::function<Delivery()>;

    static constexpr int DEFAULT_DEADLINE_MS = 25'000;
    // Makes every commit so far durable; None, or what went wrong (then those writes fail).
    using SyncWal = std::function<StorageFault()>;

    explicit WriteBatcher(Database &database, QObject *parent = nullptr);
    // With another flush than the database's own (tests).
    WriteBatcher(Database &database, SyncWal syncWal, QObject *parent = nullptr);
    // Scrubbing erased text in steps of another size (tests: 1 page, to see a long scrub).
    WriteBatcher(Database &database, SyncWal syncWal, int scrubStepPages, QObject *parent = nullptr);
    // The database's flush: an fdatasync of an SQLite file's WAL; none for PostgreSQL.
    static SyncWal defaultSync(const Database &database);
    // For writes submitted from now on (tests shorten it).
    void setDeadline(int milliseconds);
    ~WriteBatcher() override;

    // Queues work; context's thread later runs the delivery work returned (committed) or failed
    // (the batch failed). Neither runs if context is destroyed first. Call on context's thread.
    void submit(QObject *context, Work work, Delivery failed);

    // A service call on the writer thread, its Result delivered to done on context's thread; a
    // failed batch delivers a DATABASE_ERROR.
    template<typename T>
    void call(QObject *context, std::function<Result<T>()> work, std::function<void(const Result<T> &)> done);

    // Batches committed so far and writes they held (for benchmarks and tests).
    qint64 batchCount() const;
    qint64 writeCount() const;

private:
    struct Job
    {
        Work work;
        Delivery failed;
        ContextRelay::Ticket ticket;
        QDeadlineTimer deadline;
        bool waitsForScrub = false; // it erased text: its result waits until the text is gone
    };
    void run();
    // Waits (under m_mutex) for work, or holds still while whileIdle() asks it to; with ownWork
    // (a scrub to go on with), only holds.
    void waitForWork(QMutexLocker<QMutex> &locker, bool ownWork);
    void runBatch(std::deque<Job> &batch);
    // Runs fn on the calling thread while the writer starts no batch (the checkpointer's last pass).
    void whileIdle(const std::function<void()> &fn);
    // Runs the jobs in one transaction; false if it could not begin or commit.
    bool isDeadlock(const Job &job) const;
    static constexpr int DEADLOCK_RETRIES = 3;
    bool commitBatch(std::deque<Job> &batch, QList<Delivery> &deliveries);
    // Fails writes whose deadline passed before they ran.
    void failLate(std::deque<Job> &late);
    // While a flush runs, moves queued writes into the batch being run (writer thread).
    void joinWhileFlushing(std::deque<Job> &batch);
    // The flushing thread: delivers committed batches once the WAL is on the disk.
    void syncLoop();
    // One step of scrubbing erased text (writer thread); hands on the results it completes.
    void scrubStep();
    void releaseScrubbed(quint64 upTo);

    // A committed batch waiting for the flush: what to deliver after it, and if it fails.
    struct Unsynced
    {
        std::vector<ContextRelay::Item> replies;
        std::vector<ContextRelay::Item> failures;
    };
    // Gives committed results to the flushing thread, which delivers them once the WAL is on disk.
    void handToFlush(Unsynced items);
    Database &m_database;
    ContextRelay m_relay;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_holdChanged;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    int m_holdRequests = 0;
    bool m_held = false;
    qint64 m_batches = 0;
    qint64 m_writes = 0;
    int m_deadlineMs = DEFAULT_DEADLINE_MS;
    std::unique_ptr<Checkpointer> m_checkpointer;
    // Writer thread only: the scrub, and the results waiting for it (with the request they need).
    std::unique_ptr<IndexScrub> m_scrub;
    struct ScrubWaiting
    {
        quint64 request;
        Unsynced items;
    };
    std::deque<ScrubWaiting> m_scrubWaiting;
    std::optional<QDeadlineTimer> m_scrubFailingSince; // the deadline of the failures in a row
    int m_scrubStepPages;
    SyncWal m_syncWal;
    QMutex m_syncMutex;
    QWaitCondition m_syncWake;
    std::deque<Unsynced> m_unsynced;
    bool m_syncStopping = false;
    std::atomic<bool> m_flushing {false};
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QThread> m_syncThread;
};

// The error a write reports when its batch could not be committed.
Error commitFailedError();

template<typename T>
void WriteBatcher::call(QObject *context, std::function<Result<T>()> work, std::function<void(const Result<T> &)> done)
{
    auto receiver = std::make_shared<std::function<void(const Result<T> &)>>(std::move(done));
    submit(
        context,
        [work = std::move(work), receiver]() -> Delivery {
            auto result = std::make_shared<Result<T>>(work());
            return [result, receiver] { (*receiver)(*result); };
        },
        [receiver] { (*receiver)(Result<T>(commitFailedError())); });
}

} // namespace ir
