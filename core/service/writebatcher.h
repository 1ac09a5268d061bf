// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interviewservice.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace ir {

class Database;

// Group commit. With synchronous=FULL every commit waits for the disk (a few hundred fsyncs a
// second on ordinary storage), so writes submitted while one batch is being committed are run
// together, each in its own savepoint, and share the next commit. A reply is delivered only
// after its write is durable; if the shared commit fails every reply of the batch becomes the
// failure reply.
class WriteBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteBatcher)

public:
    using Work = std::function<StoredReply()>;
    using Done = std::function<void(const StoredReply &reply)>;

    WriteBatcher(Database &database, StoredReply failureReply, QObject *parent = nullptr);
    ~WriteBatcher() override;

    // Runs work on the writer thread; calls done on context's thread once the batch is committed.
    // done is dropped if context is destroyed first.
    void submit(Work work, QObject *context, Done done);

    // Batches committed so far and writes they held (for benchmarks and tests).
    qint64 batchCount() const;
    qint64 writeCount() const;

private:
    struct Job
    {
        Work work;
        QPointer<QObject> context;
        Done done;
    };
    void run();

    Database &m_database;
    const StoredReply m_failureReply;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    qint64 m_batches = 0;
    qint64 m_writes = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace ir
