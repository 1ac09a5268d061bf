// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;

namespace ir {

class Database;

// Copies the WAL back into the database file on a thread of its own, so that the writer's
// commits never pay for it (with SQLite's automatic checkpoint, every ~1000 pages one commit
// does the copy and its fsync: the add-qa latency tail). Passive checkpoints wait for no one.
// The writer pokes it after each commit; it checkpoints at most every MIN_INTERVAL_MS.
//
// Under a steady stream of commits a passive checkpoint never reaches the end of the WAL, so
// the WAL is never started over and grows without bound (seen: 400 MB in 8 s). A RESTART
// checkpoint would fix that by locking the writer out through SQLite's busy handler, which
// sleeps in steps of milliseconds (a p99 of 80 ms at 64 connections). Instead, once the WAL is
// past RESTART_FRAMES, the last pass runs while the writer is held between two batches (in
// process, no sleeping): it copies only what was appended during the first pass, and the
// writer's next transaction writes the WAL from its start (journal_size_limit trims the file).
class Checkpointer final
{
public:
    static constexpr int MIN_INTERVAL_MS = 250;
    // 4 MiB of 4 KiB pages: the held pass costs only what was appended during the first one.
    static constexpr qint64 RESTART_FRAMES = 1024;
    // Runs the function given while the writer starts no batch.
    using WhileWriterIdle = std::function<void(const std::function<void()> &)>;

    Checkpointer(Database &database, WhileWriterIdle whileWriterIdle);
    ~Checkpointer();
    Q_DISABLE_COPY_MOVE(Checkpointer)

    // Any thread: something was committed; checkpoint soon.
    void poke();
    // Checkpoints run so far (tests).
    qint64 checkpointCount() const;

private:
    void run();

    Database &m_database;
    WhileWriterIdle m_whileWriterIdle;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_pending = false;
    bool m_stopping = false;
    qint64 m_count = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ir
