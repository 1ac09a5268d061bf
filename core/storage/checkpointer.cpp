// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointer.h"

#include "database.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

namespace ir {

Checkpointer::Checkpointer(Database &database, WhileWriterIdle whileWriterIdle)
    : m_database(database)
    , m_whileWriterIdle(std::move(whileWriterIdle))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ir-checkpoint"));
    // Not a low priority: starved on a busy machine, it would let the WAL grow without bound.
    m_thread->start();
}

Checkpointer::~Checkpointer()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void Checkpointer::poke()
{
    QMutexLocker locker(&m_mutex);
    if (m_pending)
        return;
    m_pending = true;
    m_wake.wakeOne();
}

qint64 Checkpointer::checkpointCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_count;
}

void Checkpointer::run()
{
    QMutexLocker locker(&m_mutex);
    for (;;) {
        while (!m_pending && !m_stopping)
            m_wake.wait(&m_mutex);
        if (m_stopping)
            return;
        m_pending = false;
        locker.unlock();
        if (m_database.checkpoint() > RESTART_FRAMES)
            m_whileWriterIdle([this] { m_database.checkpoint(); });
        locker.relock();
        ++m_count;
        // Rate limit: commits arriving meanwhile share the next checkpoint.
        QDeadlineTimer pause(MIN_INTERVAL_MS);
        while (!m_stopping && !pause.hasExpired())
            m_wake.wait(&m_mutex, pause);
    }
}

} // namespace ir
