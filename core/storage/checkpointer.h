// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace ir {

class Database;

// Copies the WAL back into the database file on a thread of its own, so that the writer's
// commits never pay for it (with SQLite's automatic checkpoint, every ~1000 pages one commit
// does the copy and its fsync: the add-qa latency tail). Passive checkpoints wait for no one.
// The writer pokes it after each commit; it checkpoints at most every MIN_INTERVAL_MS.
class Checkpointer final
{
public:
    static constexpr int MIN_INTERVAL_MS = 250;

    explicit Checkpointer(Database &database);
    ~Checkpointer();
    Q_DISABLE_COPY_MOVE(Checkpointer)

    // Any thread: something was committed; checkpoint soon.
    void poke();
    // Checkpoints run so far (tests).
    qint64 checkpointCount() const;

private:
    void run();

    Database &m_database;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_pending = false;
    bool m_stopping = false;
    qint64 m_count = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ir
