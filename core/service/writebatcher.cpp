// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebatcher.h"

#include "database.h"

#include <QMetaObject>
#include <QThread>

namespace ir {
namespace {

constexpr std::size_t MAX_BATCH = 512;

} // namespace

WriteBatcher::WriteBatcher(Database &database, StoredReply failureReply, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_failureReply(std::move(failureReply))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ir-writer"));
    m_thread->start();
}

WriteBatcher::~WriteBatcher()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void WriteBatcher::submit(Work work, QObject *context, Done done)
{
    {
        QMutexLocker locker(&m_mutex);
        m_queue.push_back(Job {std::move(work), context, std::move(done)});
    }
    m_wake.wakeOne();
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
    for (;;) {
        std::deque<Job> batch;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                return;
            const std::size_t take = std::min(m_queue.size(), MAX_BATCH);
            std::move(m_queue.begin(), m_queue.begin() + qsizetype(take), std::back_inserter(batch));
            m_queue.erase(m_queue.begin(), m_queue.begin() + qsizetype(take));
        }

        QList<StoredReply> replies;
        replies.reserve(qsizetype(batch.size()));
        bool committed = false;
        {
            Transaction transaction(m_database);
            for (Job &job : batch)
                replies << job.work(); // each service call nests as a savepoint
            committed = transaction.isActive() && transaction.commit();
        }
        {
            QMutexLocker locker(&m_mutex);
            ++m_batches;
            m_writes += qint64(batch.size());
        }
        for (qsizetype i = 0; i < replies.size(); ++i) {
            Job &job = batch[std::size_t(i)];
            if (!job.context || !job.done)
                continue;
            const StoredReply reply = committed ? replies.at(i) : m_failureReply;
            QMetaObject::invokeMethod(
                job.context.data(), [done = std::move(job.done), reply] { done(reply); }, Qt::QueuedConnection);
        }
    }
}

} // namespace ir
